"""The ``postingparse extract`` and ``tables`` commands end to end, on small files in ``tmp_path``.

What must hold whatever the rules find: records + errors = inputs, input
order whatever the number of jobs, the documented outputs and error log,
and ``--resume`` continuing a killed run with every id exactly once.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import multiprocessing
import signal
import time
from pathlib import Path

import pandas as pd
import pytest

from postingparse import cli
from postingparse.frame import SUMMARY_COLUMNS, TABLES
from postingparse.io import BatchOptions, Item, extract_items, run_batch
from postingparse.io.parallel import WORKER_DIED, ZONE_SIZE, Zones, extract_one, tasks_in_flight
from postingparse.pipeline import Extractor, default_extractor

POSTINGS = [
    "Bachelor's degree in mechanical engineering required; master's preferred.",
    "3-5 years of experience in food manufacturing. Six Sigma Green Belt a plus.",
    "High school diploma and 2+ years of forklift experience.",
    "Knowledge of ISO 9001 and lean manufacturing; 5 years of quality experience.",
    "We are an automotive parts manufacturer. Associate degree preferred.",
]


def run(*args: str | Path) -> int:
    return cli.main([str(a) for a in args])


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def rows_file(path: Path, count: int, *, extra: dict | None = None) -> Path:
    rows = [{"id": f"p{n}", "text": POSTINGS[n % len(POSTINGS)], **(extra or {})} for n in range(count)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of 6 good postings (plus any rows before the gzip cut), 5 bad inputs and one file of another kind."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(POSTINGS[0])
    (folder / "b.html").write_text(f"<ul><li>{POSTINGS[1]}</li><li>{POSTINGS[2]}</li></ul>")
    (folder / "c.bin.txt").write_bytes(b"\0\1\2binary")  # error
    (folder / "d.txt").write_bytes(b"")  # error
    (folder / "e.txt").write_bytes(b"caf\xe9 latin-1")  # not UTF-8: read as Windows-1252, with a warning
    whole = gzip.compress(
        "".join(json.dumps({"id": f"g{n}", "text": POSTINGS[0] * 100}) + "\n" for n in range(50)).encode()
    )
    (folder / "f.jsonl.gz").write_bytes(whole[:200])  # truncated: error (rows before the cut, if any, are records)
    (folder / "g.jsonl").write_text(
        json.dumps({"id": "j1", "text": POSTINGS[3]}) + "\n{broken\n" + json.dumps({"id": "j3", "text": ""}) + "\n"
    )  # 1 record, 2 errors
    (folder / "h.csv").write_text(f'id,description\nc1,"{POSTINGS[4]}"\nc2,"{POSTINGS[1]}"\n')
    (folder / "readme.docx").write_bytes(b"PK")
    return folder


def test_mixed_folder_records_plus_errors_add_up(mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out.jsonl"
    assert run("extract", mixed, "-o", out, "--jobs", "1") == 0
    records, errors = jsonl(out), jsonl(tmp_path / "out.jsonl.errors.jsonl")
    gz_rows = [r for r in records if r["id"].startswith("g")]
    assert len(records) == 6 + len(gz_rows) and len(errors) == 5
    assert [r["id"] for r in records] == [
        f"{mixed}/a.txt",
        f"{mixed}/b.html",
        f"{mixed}/e.txt",
        *[r["id"] for r in gz_rows],
        "j1",
        "c1",
        "c2",
    ]
    assert {e["source"].rsplit("/", 1)[-1] for e in errors} == {
        "c.bin.txt",
        "d.txt",
        "f.jsonl.gz",
        "g.jsonl:2",
        "g.jsonl:3",
    }
    assert all(set(e) == {"id", "source", "error"} for e in errors)
    first = records[0]
    assert list(first)[:2] == ["id", "source"] and {"degrees", "experience", "industries", "methodologies"} <= set(
        first
    )
    err = capsys.readouterr().err
    assert records[2]["warnings"][0].startswith("not UTF-8 (byte 0xe9 at offset 3): decoded as Windows-1252")
    assert f"{len(records)} postings, 5 errors" in err and "1 file(s) of other kinds ignored" in err
    assert run("extract", mixed, "-o", out, "--strict", "--quiet") == 1


def test_html_offsets_point_into_the_converted_text(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>Requirements:</p><ul><li>At least <b>5</b> years of experience</li></ul>")
    out = tmp_path / "out.jsonl"
    assert run("extract", tmp_path / "a.html", "-o", out, "-q") == 0
    (record,) = jsonl(out)
    assert record["id"] == f"{tmp_path}/a.html" and record["experience"], record
    assert record["experience"][0]["min_years"] == 5.0


# --chunk-size for --jobs 2: tasks far smaller than a memory zone, the default, one task holding everything
@pytest.mark.parametrize("chunk_size", [["--chunk-size", "7"], [], ["--chunk-size", "500"]])
def test_jobs_keep_input_order(tmp_path: Path, chunk_size: list[str]) -> None:
    path = rows_file(tmp_path / "in.jsonl", 300)
    with path.open("a") as f:
        f.write("not json\n")
    run("extract", path, "-o", tmp_path / "one.jsonl", "-j", "1", "-q")
    run("extract", path, "-o", tmp_path / "two.jsonl", "-j", "2", *chunk_size, "-q")
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert [r["id"] for r in jsonl(tmp_path / "two.jsonl")] == [f"p{n}" for n in range(300)]
    assert jsonl(tmp_path / "two.jsonl.errors.jsonl")[0]["id"] == f"{path}:301"


# (jobs, postings per task) -> tasks in flight: 2 * jobs * ZONE_SIZE postings, at least two tasks per worker
TASKS_IN_FLIGHT = [
    ((2, 64), 16),
    ((2, 256), 4),
    ((2, 7), 147),
    ((2, 5000), 4),
    ((4, 64), 32),
]


@pytest.mark.parametrize(("args", "expected"), TASKS_IN_FLIGHT)
def test_tasks_in_flight(args: tuple[int, int], expected: int) -> None:
    assert ZONE_SIZE == 256  # the table's figures
    assert tasks_in_flight(*args) == expected


def test_extraction_failure_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parse = Extractor.parse

    def fragile(self: Extractor, text: str, id: str | None = None):  # type: ignore[no-untyped-def]
        if "BOOM" in text:
            raise RuntimeError("rule blew up")
        if "CRASH" in text:
            os._exit(3)  # a worker that dies (segfault, out of memory)
        return parse(self, text, id)

    monkeypatch.setattr(Extractor, "parse", fragile)
    path = tmp_path / "in.jsonl"
    texts = [POSTINGS[0], "BOOM", POSTINGS[1], "CRASH", POSTINGS[2]] * 3
    for jobs in ("1", "2"):  # a crash would take this very process down with one job
        out = tmp_path / f"out{jobs}.jsonl"
        lines = texts if jobs == "2" else [t for t in texts if t != "CRASH"]
        path.write_text("".join(json.dumps({"id": f"r{n}", "text": t}) + "\n" for n, t in enumerate(lines)))
        assert run("extract", path, "-o", out, "-j", jobs, "--chunk-size", "4", "-q") == 0
        errors = {e["id"]: e["error"] for e in jsonl(tmp_path / f"out{jobs}.jsonl.errors.jsonl")}
        records = [r["id"] for r in jsonl(out)]
        assert len(records) + len(errors) == len(lines)
        assert [lines[int(i[1:])] for i in errors] == [t for t in lines if t in ("BOOM", "CRASH")]
        assert {e.split(":")[0] for e in errors.values()} <= {"extraction failed", WORKER_DIED}
        assert records == sorted(records, key=lambda i: int(i[1:]))


def test_summary_formats(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = rows_file(tmp_path / "in.jsonl", 5, extra={"meta": {"state": "OH"}, "title": "Operator"})
    assert run("extract", path, "--format", "csv", "--keep", "title,meta.state", "-q") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",") == ["id", "source", "title", "meta.state", *list(SUMMARY_COLUMNS)[1:]]
    assert len(lines) == 6 and lines[1].startswith(f"p0,{path}:1,Operator,OH,")
    assert run("extract", path, "-o", tmp_path / "s.parquet", "--keep", "title", "-q") == 0  # format from the suffix
    frame = pd.read_parquet(tmp_path / "s.parquet")
    assert list(frame.columns) == ["id", "source", "title", *list(SUMMARY_COLUMNS)[1:]]
    assert frame["id"].tolist() == [f"p{n}" for n in range(5)] and str(frame["min_degree_level"].dtype) == "category"
    assert run("extract", path, "-o", tmp_path / "s.csv", "-q") == 0
    assert pd.read_csv(tmp_path / "s.csv")["id"].tolist() == [f"p{n}" for n in range(5)]


def test_tables(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = rows_file(tmp_path / "in.jsonl", 10, extra={"title": "Operator"})
    out = tmp_path / "tables"
    assert run("extract", path, "--tables", out, "--keep", "title", "-q") == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]  # stdout is not a terminal here
    assert sorted(os.listdir(out)) == sorted([f"{t}.parquet" for t in TABLES] + ["errors.jsonl"])
    tables = {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}
    assert tables["postings"]["id"].tolist() == [f"p{n}" for n in range(10)]
    assert list(tables["postings"].columns[:3]) == ["id", "source", "title"]
    for family in ("degrees", "experience", "industries", "methodologies"):
        assert len(tables[family]) == sum(len(r[family]) for r in records)
        assert set(tables[family]["id"]) <= set(tables["postings"]["id"])
    # the same tables from the JSONL records
    (tmp_path / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    assert run("tables", tmp_path / "records.jsonl", "-o", tmp_path / "again") == 0
    for t in TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "again" / f"{t}.parquet"), tables[t])


def test_progress_bar_and_tables_only(tmp_path: Path) -> None:
    path = rows_file(tmp_path / "in.jsonl", 30)
    stdout, stderr = io.StringIO(), io.StringIO()
    options = BatchOptions([str(path)], tables=str(tmp_path / "t"), records_to_stdout=False, progress=True, jobs=1)
    report = run_batch(options, stdout=stdout, stderr=stderr)
    assert (report.records, report.errors) == (30, 0) and stdout.getvalue() == ""
    assert "30/30" in stderr.getvalue()  # the bar knows the total from a quick line count
    assert report.line().startswith("30 postings, 0 errors in ")


def test_empty_input_still_writes_typed_tables(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("\n")
    assert run("extract", tmp_path / "empty.jsonl", "--tables", tmp_path / "t", "-o", tmp_path / "o.jsonl", "-q") == 0
    degrees = pd.read_parquet(tmp_path / "t" / "degrees.parquet")
    assert len(degrees) == 0 and str(degrees["level"].dtype) == "category"
    assert len(jsonl(tmp_path / "o.jsonl.errors.jsonl")) == 1  # "no postings in file"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_after_a_kill(tmp_path: Path, fmt: str) -> None:
    path = rows_file(tmp_path / "in.jsonl", 40)
    with path.open("a") as f:
        f.write("{bad line\n")
    rows_file(tmp_path / "more.jsonl", 0)
    full, out = tmp_path / f"full.{fmt}", tmp_path / f"out.{fmt}"
    assert run("extract", path, "-o", full, "-q") == 0
    # A run killed after 17 records, in the middle of the 18th line.
    lines = full.read_bytes().splitlines(keepends=True)
    head = 17 + (fmt == "csv")
    out.write_bytes(b"".join(lines[:head]) + lines[head][:9])
    assert run("extract", path, "-o", out, "--resume", "-q") == 0
    assert out.read_bytes() == full.read_bytes()
    errors = jsonl(tmp_path / f"out.{fmt}.errors.jsonl")
    assert len(errors) == 1
    # Resuming a finished run adds nothing.
    assert run("extract", path, "-o", out, "--resume", "-q") == 0
    assert out.read_bytes() == full.read_bytes() and len(jsonl(tmp_path / f"out.{fmt}.errors.jsonl")) == 1


def test_resume_handles_repeated_ids(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": "same", "text": t}) + "\n" for t in POSTINGS))
    out = tmp_path / "out.jsonl"
    run("extract", path, "-o", out, "-q")
    full = out.read_bytes()
    out.write_bytes(b"".join(full.splitlines(keepends=True)[:2]))
    run("extract", path, "-o", out, "--resume", "-q")
    assert out.read_bytes() == full


@pytest.mark.parametrize(
    "args",
    [
        ["--resume"],  # to stdout
        ["--resume", "-o", "x.parquet"],
        ["--resume", "-o", "x.jsonl", "--tables", "t"],
        ["-f", "parquet"],  # parquet needs a file
        ["-o", "x.jsonl.gz"],
        ["--data-dir", "no-such-folder"],  # once quietly ignored: the bundled tables only
    ],
)
def test_option_conflicts_are_usage_errors(tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture) -> None:
    path = rows_file(tmp_path / "in.jsonl", 1)
    os.chdir(tmp_path)
    assert run("extract", path, *args) == 2
    assert "postingparse: error:" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl"]  # nothing written


def test_sigkill_then_resume(tmp_path: Path) -> None:
    """A real kill: a forked process running the command is SIGKILLed while writing; the re-run completes it exactly."""
    count = 400
    path = rows_file(tmp_path / "in.jsonl", count)
    out = tmp_path / "out.jsonl"
    argv = ["extract", str(path), "-o", str(out), "-q", "--chunk-size", "8"]
    cli.main(
        ["extract", str(rows_file(tmp_path / "warm.jsonl", 1)), "-q", "-o", str(tmp_path / "warm.out")]
    )  # build the pipeline before forking
    process = multiprocessing.get_context("fork").Process(target=cli.main, args=(argv + ["-j", "2"],))
    process.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.is_alive() and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.005)
    assert process.is_alive(), "the run ended before it could be killed"
    workers = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    assert len(workers) == 2
    os.kill(process.pid, signal.SIGKILL)  # as soon as the first buffer of records is out
    process.join()
    killed_at = out.read_bytes().count(b"\n")
    assert 0 < killed_at < count
    time.sleep(0.2)
    assert not [w for w in workers if _running(w)]  # the workers died with the main process
    assert run(*argv, "--resume", "-j", "2") == 0
    ids = [r["id"] for r in jsonl(out)]
    assert ids == [f"p{n}" for n in range(count)]  # each id exactly once, in input order


def _running(pid: str) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


def test_vocabulary_does_not_grow_with_distinct_postings() -> None:
    """Memory stays flat on real data, where every posting brings new words (spaCy keeps them otherwise)."""
    extractor = default_extractor()
    texts = [f"Operator {n} with skill{n}x{n} and {n % 9 + 1} years of experience at plant{n}." for n in range(300)]
    items = [Item(f"u{n}", "test", text=t) for n, t in enumerate(texts)]
    list(extract_items(items[:20], factory=lambda: extractor))
    before = len(extractor.nlp.vocab.strings)
    assert len(list(extract_items(items, factory=lambda: extractor))) == 300
    assert len(extractor.nlp.vocab.strings) == before


def test_zones_span_tasks_and_forget_their_strings() -> None:
    """Small tasks share a zone until it has seen its postings; its strings are forgotten when it ends."""
    extractor = default_extractor()
    texts = [f"Welder {n} with torch{n}q{n} and {n % 7 + 1} years of experience at yard{n}." for n in range(60)]
    with Zones(extractor, size=1) as warm:  # a fresh extractor keeps its first block's strings
        warm.extract([(POSTINGS[0], False)])
    before = len(extractor.nlp.vocab.strings)
    zones = Zones(extractor, size=20)
    outcomes = zones.extract([(t, False) for t in texts[:9]]) + zones.extract([(t, False) for t in texts[9:18]])
    assert len(extractor.nlp.vocab.strings) > before  # 18 postings: the zone is still open
    outcomes += zones.extract([(t, False) for t in texts[18:27]])
    assert len(extractor.nlp.vocab.strings) == before  # 27 >= 20: closed after that task
    outcomes += zones.extract([(t, False) for t in texts[27:]])
    zones.close()
    assert len(extractor.nlp.vocab.strings) == before
    expected = [extract_one(extractor, t) for t in texts]
    assert [o.to_dict() for o in outcomes] == [e.to_dict() for e in expected]  # type: ignore[union-attr]

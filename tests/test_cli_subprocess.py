"""The command line as a user runs it: the real ``postingparse`` command in a subprocess (issue 16).

- One reader for every command: the CSV that ``extract`` reads is what ``report --texts`` reads,
  and ``summarize``/``report``/``tables`` read records, tables folders and summaries alike.
- Bad input never shows a traceback: one line naming the file (and line or row), exit status 2.
- Files that are not UTF-8, and plain text on standard input, are postings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
POSTINGS = [
    ("p1", "OH", "Bachelor's degree in mechanical engineering required.\n\n5+ years of experience in food manufacturing."),
    ("p2", "OH", "High school diploma or GED.\n3 years of maintenance experience. Six Sigma Green Belt a plus."),
    ("p3", "MI", "Associate degree preferred; 2-4 years of experience in automotive manufacturing. Lean."),
]


def postingparse(*args: object, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m postingparse.cli ARGS`` with this tree first on the path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "postingparse.cli", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


def stderr_of(done: subprocess.CompletedProcess) -> str:
    return done.stderr.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CSV of postings, and what extract wrote from it: records, a summary CSV and Parquet, a tables folder."""
    folder = tmp_path_factory.mktemp("round_trip")
    pd.DataFrame(POSTINGS, columns=["job_id", "state", "description"]).to_csv(folder / "postings.csv", index=False)
    common = ["--text-field", "description", "--id-field", "job_id", "--keep", "state", "-q", "--jobs", "1"]
    done = postingparse(
        "extract", folder / "postings.csv", *common, "-o", folder / "records.jsonl", "--tables", folder / "tables"
    )
    assert done.returncode == 0, stderr_of(done)
    for name in ("summary.csv", "summary.parquet"):
        assert postingparse("extract", folder / "postings.csv", *common, "-o", folder / name).returncode == 0
    return folder


# -- 1. one reader for every command -------------------------------------------------------------


def test_csv_to_records_summary_and_report(round_trip: Path) -> None:
    summary = postingparse("summarize", round_trip / "records.jsonl", "--by", "state", "--format", "csv")
    assert summary.returncode == 0, stderr_of(summary)
    table = pd.read_csv(pd.io.common.StringIO(summary.stdout.decode()), index_col="state")
    assert table.loc["OH", "postings"] == 2 and table.loc["MI", "postings"] == 1
    report = round_trip / "report.html"
    done = postingparse(
        "report", round_trip / "records.jsonl", "--by", "state", "--texts", round_trip / "postings.csv",
        "--text-field", "description", "--id-field", "job_id", "-o", report,
    )
    assert done.returncode == 0, stderr_of(done)
    assert "3 postings; texts for 3 of them" in stderr_of(done)
    page = report.read_text(encoding="utf-8")
    assert "Bachelor's degree in mechanical engineering</span>" in page  # highlighted as written
    assert " required.\n\n<span title=\"EXPERIENCE 5+ years" in page  # the line breaks kept


@pytest.mark.parametrize("output", ["records.jsonl", "tables", "summary.csv", "summary.parquet"])
def test_summarize_reads_every_output_of_extract(round_trip: Path, output: str) -> None:
    done = postingparse("summarize", round_trip / output, "--by", "state", "--format", "json")
    assert done.returncode == 0, stderr_of(done)
    rows = {row["state"]: row for row in json.loads(done.stdout)}
    assert rows["OH"]["postings"] == 2 and rows["OH"]["min_degree_bachelor"] == 0.5
    assert rows["OH"]["years_median"] == 4.0 and rows["MI"]["method_lean"] == 1.0
    assert rows["OH"]["method_six_sigma"] == 0.5


def test_report_and_tables_read_summaries_and_tables(round_trip: Path, tmp_path: Path) -> None:
    done = postingparse("report", round_trip / "summary.parquet", "-o", tmp_path / "s.html", "--by", "state")
    assert done.returncode == 0, stderr_of(done)
    assert "These are summaries" in (tmp_path / "s.html").read_text(encoding="utf-8")
    done = postingparse("tables", round_trip / "tables", round_trip / "records.jsonl", "-o", tmp_path / "merged")
    assert done.returncode == 0, stderr_of(done)
    assert len(pd.read_parquet(tmp_path / "merged" / "postings.parquet")) == 6
    degrees = pd.read_parquet(tmp_path / "merged" / "degrees.parquet")
    assert degrees["id"].tolist() == ["p1", "p2", "p3"] * 2
    done = postingparse("tables", round_trip / "summary.csv", "-o", tmp_path / "from_summary")
    assert done.returncode == 0 and "summaries have no entries" in stderr_of(done)
    postings = pd.read_parquet(tmp_path / "from_summary" / "postings.parquet")
    assert postings["state"].tolist() == ["OH", "OH", "MI"] and postings["methodologies"].map(list).tolist()[1] == [
        "six_sigma"
    ]


def test_report_finds_texts_in_the_records_sources(round_trip: Path, tmp_path: Path) -> None:
    done = postingparse("report", round_trip / "records.jsonl", "-o", tmp_path / "r.html", cwd=tmp_path)
    assert done.returncode == 0 and "texts for 3 of them" in stderr_of(done)


# -- 2. no traceback for bad input ---------------------------------------------------------------


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    record = {"id": "a", "degrees": [], "experience": [], "industries": [], "methodologies": []}
    (folder / "malformed.jsonl").write_text(json.dumps(record) + "\n{broken\n", encoding="utf-8")
    (folder / "wrong.jsonl").write_text(json.dumps(record) + '\n{"id": "b", "degrees": "bachelor"}\n')
    (folder / "postings.jsonl").write_text(json.dumps({"id": "a", "text": "Bachelor's degree."}) + "\n")
    (folder / "postings.csv").write_text("id,text\na,Bachelor's degree.\n")
    (folder / "summary.csv").write_text(
        "id,source,min_degree_level,max_degree_level,min_years_required,methodologies,industries,"
        "n_degrees,n_experience,n_industries,n_methodologies\n"
        "a,x,bachelor,bachelor,3,,,1,1,0,0\nb,x,phd,phd,,,,1,0,0,0\n"
    )
    (folder / "good_summary.csv").write_text((folder / "summary.csv").read_text().rsplit("b,x", 1)[0])
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "empty_dir").mkdir()
    (folder / "records.jsonl").write_text(json.dumps(record) + "\n")
    return folder


BAD = [
    (["extract", "{d}/missing.csv"], "{d}/missing.csv: no such file or folder"),
    (["extract", "{d}/postings.csv", "{d}/nothing*.jsonl"], "{d}/nothing*.jsonl: no file matches this pattern"),
    (["extract", "{d}/notes.docx"], "{d}/notes.docx: unknown file kind"),
    (["extract", "{d}/postings.csv", "--encoding", "klingon"], "--encoding klingon: unknown encoding"),
    (["extract", "{d}/postings.csv", "-o", "{d}/out.parquet.gz"], "compressed output is not supported"),
    (["summarize", "{d}/missing.jsonl"], "{d}/missing.jsonl: no such file or folder"),
    (["summarize", "{d}/malformed.jsonl"], "{d}/malformed.jsonl:2: malformed JSON"),
    (["summarize", "{d}/wrong.jsonl"], "{d}/wrong.jsonl:2: not a v1 record"),
    (["summarize", "{d}/postings.jsonl"], "{d}/postings.jsonl:1: a posting, not a record: extract it first"),
    (["summarize", "{d}/postings.csv"], "{d}/postings.csv: postings, not an output of `postingparse extract`"),
    (["summarize", "{d}/summary.csv"], "{d}/summary.csv:3: min_degree_level 'phd' is not a degree level"),
    (["summarize", "{d}/empty_dir"], "{d}/empty_dir: a folder without tables"),
    (["summarize", "{d}/notes.docx"], "{d}/notes.docx: not an output of `postingparse extract`"),
    (["summarize", "{d}/records.jsonl", "--by", "state"], "--by state: no such column"),
    (["report", "{d}/malformed.jsonl", "-o", "{d}/r.html"], "{d}/malformed.jsonl:2: malformed JSON"),
    (["report", "{d}/records.jsonl", "--texts", "{d}/gone.csv", "-o", "{d}/r.html"], "{d}/gone.csv: no such file"),
    (["report", "{d}/records.jsonl", "-o", "{d}/no/such/dir/r.html"], "{d}/no/such/dir/r.html: No such file"),
    (["tables", "{d}/malformed.jsonl", "-o", "{d}/t"], "{d}/malformed.jsonl:2: malformed JSON"),
    (["tables", "{d}/good_summary.csv", "{d}/records.jsonl", "-o", "{d}/t"], "cannot mix records"),
    (["evaluate", "{d}/missing.jsonl"], "missing.jsonl"),
    (["evaluate", "{d}/records.jsonl", "--texts", "{d}/gone.csv"], "{d}/gone.csv: no such file or folder"),
]


@pytest.mark.parametrize("args, message", BAD, ids=[" ".join(a).replace("{d}/", "") for a, _ in BAD])
def test_bad_input_is_one_line_and_exit_2(bad: Path, args: list[str], message: str) -> None:
    done = postingparse(*(a.format(d=bad) for a in args))
    err = stderr_of(done)
    assert done.returncode == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("postingparse: error: "), err
    assert message.format(d=bad) in err


@pytest.mark.parametrize(
    "args",
    [["extract"], ["extract", "x.csv", "--jobs", "0"], ["summarize", "x", "--format", "xml"], ["report", "x.jsonl"]],
)
def test_wrong_options_are_usage_errors(args: list[str]) -> None:
    done = postingparse(*args)
    assert done.returncode == 2 and "Traceback" not in stderr_of(done) and "usage: " in stderr_of(done)


def test_rows_inside_a_file_stay_error_rows(bad: Path, tmp_path: Path) -> None:
    done = postingparse("extract", bad / "malformed.jsonl", "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0
    errors = [json.loads(line) for line in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [e["source"] for e in errors] == [f"{bad}/malformed.jsonl:1", f"{bad}/malformed.jsonl:2"]


# -- 3. encodings --------------------------------------------------------------------------------


def test_windows_1252_file_is_extracted_with_a_warning(tmp_path: Path) -> None:
    text = "Bachelor\u2019s degree required \u2013 3+ years\u2019 experience in caf\u00e9 operations."
    (tmp_path / "scraped.txt").write_bytes(text.encode("cp1252"))
    done = postingparse("extract", tmp_path / "scraped.txt")
    assert done.returncode == 0, stderr_of(done)
    record = json.loads(done.stdout)
    assert record["degrees"][0]["text"] == "Bachelor\u2019s degree"
    assert record["experience"][0]["min_years"] == 3.0
    assert record["warnings"] == [
        "not UTF-8 (byte 0x92 at offset 8): decoded as Windows-1252; --encoding chooses another"
    ]
    forced = postingparse("extract", tmp_path / "scraped.txt", "--encoding", "utf-8", "-o", tmp_path / "out.jsonl")
    assert forced.returncode == 0 and "cannot decode as utf-8 (byte 0x92 at offset 8)" in stderr_of(forced)


# -- 4. plain text on standard input -------------------------------------------------------------


def test_plain_text_on_stdin_is_one_posting() -> None:
    done = postingparse("extract", "-", stdin="Bachelor's degree and 3+ years of experience required.\n".encode())
    assert done.returncode == 0, stderr_of(done)
    [record] = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert record["id"] == "<stdin>" and record["degrees"][0]["level"] == "bachelor"


def test_json_lines_on_stdin_and_forcing_a_format() -> None:
    lines = "".join(json.dumps({"id": pid, "text": text}) + "\n" for pid, _, text in POSTINGS).encode()
    done = postingparse("extract", "-", stdin=lines)
    assert [json.loads(line)["id"] for line in done.stdout.decode().splitlines()] == ["p1", "p2", "p3"]
    as_text = postingparse("extract", "-", "--stdin-format", "text", stdin=lines)
    assert [json.loads(line)["id"] for line in as_text.stdout.decode().splitlines()] == ["<stdin>"]


def test_extract_to_json_lines_imports_no_pandas(tmp_path: Path) -> None:
    """pandas (~0.2 s of every start) is imported where a table is written, not for JSON Lines records."""
    code = (
        "import sys; from postingparse import cli\n"
        "assert cli.main(sys.argv[1:]) == 0\n"
        "print('pandas' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    text = POSTINGS[0][2].encode()
    for output, imports_pandas in (("records.jsonl", "False"), ("summary.csv", "True")):
        done = subprocess.run(
            [sys.executable, "-c", code, "extract", "-", "-o", str(tmp_path / output), "-q"],
            input=text, capture_output=True, env=env, timeout=300, check=True,
        )
        assert done.stdout.decode().strip() == imports_pandas, output
    record = json.loads((tmp_path / "records.jsonl").read_text())
    assert record["degrees"][0]["level"] == "bachelor"

"""Readers of the batch command: every input kind, every way an input can be bad, and resume bookkeeping.

Each test writes small files in ``tmp_path`` and reads them with `Inputs`
(no extraction), checking ids, sources, texts and error items.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from postingparse.io.documents import html_to_text
from postingparse.io.items import ReadOptions, kind_of
from postingparse.io.resume import ResumeError, cut_partial_line, written_ids
from postingparse.io.sources import Inputs

TEXT = "Bachelor's degree and 3+ years of experience in food manufacturing required."


def read(*paths: object, **options: object) -> list[tuple[str, str, str | None, str | None]]:
    """(id, source, text, error) of every item read from ``paths``."""
    items = Inputs([str(p) for p in paths], ReadOptions(**options))  # type: ignore[arg-type]
    return [(i.id, i.source, i.text, i.error) for i in items]


def write_jsonl(path: Path, rows: list[object], compress: bool = False) -> Path:
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


@pytest.mark.parametrize(
    "name, kind, compressed",
    [
        ("a.txt", "text", False),
        ("a.MD", "text", False),
        ("a.html.gz", "html", True),
        ("a.htm", "html", False),
        ("a.jsonl.gz", "jsonl", True),
        ("a.json", "json", False),
        ("a.csv", "csv", False),
        ("a.tsv.gz", "tsv", True),
        ("a.parquet", "parquet", False),
        ("a.docx", None, False),
        ("a.gz", None, True),
    ],
)
def test_kind_of(name: str, kind: str | None, compressed: bool) -> None:
    assert kind_of(name) == (kind, compressed)


# One-posting files


def test_text_and_markdown_files_are_one_posting_each(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.md").write_text("# Title\n\n" + TEXT)
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"\xef\xbb\xbf" + TEXT.encode()))  # BOM is dropped
    got = read(tmp_path / "a.txt", tmp_path / "b.md", tmp_path / "c.txt.gz")
    assert [(i, t) for i, _, t, _ in got] == [
        (f"{tmp_path}/a.txt", TEXT),
        (f"{tmp_path}/b.md", "# Title\n\n" + TEXT),
        (f"{tmp_path}/c.txt.gz", TEXT),
    ]


def test_html_files_are_marked_for_conversion(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>" + TEXT + "</p>")
    (item,) = Inputs([str(tmp_path / "a.html")])
    assert item.html and item.text == "<p>" + TEXT + "</p>"


HTML_EXAMPLES = [
    # block elements end lines, inline ones do not
    (
        "<p>Need <b>5</b> years of <a href='#'>experience</a>.</p><p>Lean a plus.</p>",
        ["Need 5 years of experience.", "Lean a plus."],
    ),
    ("<ul><li>BS in Chemistry</li><li>Six&nbsp;Sigma</li></ul>", ["* BS in Chemistry", "* Six Sigma"]),
    ("<div>Requirements<br>ISO 9001 &amp; GMP</div>", ["Requirements", "ISO 9001 & GMP"]),
    (
        "<html><head><style>p{}</style><script>var a='<p>no</p>';</script></head>"
        "<body><h2>Role</h2>Operator</body></html>",
        ["Role", "Operator"],
    ),
    (
        "<table><tr><td>Education:</td><td>BS</td></tr><tr><td>Experience:</td><td>3 years</td></tr></table>",
        ["Education:   BS", "Experience:  3 years"],
    ),
]


@pytest.mark.parametrize("html, lines", HTML_EXAMPLES)
def test_html_to_text_keeps_blocks_as_lines(html: str, lines: list[str]) -> None:
    got = [line.strip() for line in html_to_text(html).splitlines() if line.strip()]
    assert got == lines


def test_empty_binary_and_undecodable_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Café, 3 years of experience".encode("latin-1"))
    got = read(*(tmp_path / n for n in ("empty.txt", "empty.jsonl", "image.txt", "latin1.txt")), encoding="utf-8")
    errors = [(i, e) for i, _, t, e in got]
    assert [i for i, _ in errors] == [
        f"{tmp_path}/{n}" for n in ("empty.txt", "empty.jsonl", "image.txt", "latin1.txt")
    ]
    assert ["empty file", "empty file", "binary file", "cannot decode as utf-8"] == [
        e.split(" (")[0]
        for _, e in errors  # type: ignore[union-attr]
    ]


def test_encoding_option(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Café".encode("latin-1"))
    assert read(tmp_path / "latin1.txt", encoding="latin-1")[0][2] == "Café"


CP1252 = "Caf\u00e9 \u2013 5+ years\u2019 experience \u201cSix Sigma\u201d \u00e0 la carte"


def warnings_of(*paths: object, **options: object) -> list[tuple[str | None, list[str] | None]]:
    items = Inputs([str(p) for p in paths], ReadOptions(**options))  # type: ignore[arg-type]
    return [(i.text, i.warnings) for i in items]


@pytest.mark.parametrize("suffix", ["txt", "html"])
def test_windows_1252_files_are_read_with_a_warning(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"scraped.{suffix}"
    path.write_bytes(CP1252.encode("cp1252"))
    [(text, warnings)] = warnings_of(path)
    assert text == CP1252
    assert warnings == ["not UTF-8 (byte 0xe9 at offset 3): decoded as Windows-1252; --encoding chooses another"]


def test_latin1_bytes_outside_windows_1252_still_decode(tmp_path: Path) -> None:
    (tmp_path / "odd.txt").write_bytes(b"5 years \x81\x8d\x8f\x90\x9d")  # undefined in Windows-1252
    [(text, warnings)] = warnings_of(tmp_path / "odd.txt")
    assert text == "5 years \x81\x8d\x8f\x90\x9d" and warnings


def test_utf8_with_bom_and_utf16_with_bom(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffCaf\u00e9".encode("utf-8"))
    (tmp_path / "wide.txt").write_bytes("Caf\u00e9 \u2013 3 years".encode("utf-16"))
    assert warnings_of(tmp_path / "bom.txt", tmp_path / "wide.txt") == [
        ("Caf\u00e9", None),
        ("Caf\u00e9 \u2013 3 years", ["decoded as UTF-16 (byte-order mark)"]),
    ]


def test_rows_not_in_utf8_are_decoded_row_by_row(tmp_path: Path) -> None:
    good = json.dumps({"id": "u", "text": "Caf\u00e9"}, ensure_ascii=False).encode()
    bad = json.dumps({"id": "w", "text": CP1252}, ensure_ascii=False).encode("cp1252")
    (tmp_path / "mixed.jsonl").write_bytes(good + b"\n" + bad + b"\n")
    csv_bytes = b'id,text\nu,"Caf\xc3\xa9"\nw,"' + CP1252.encode("cp1252") + b'\nsecond line"\n'
    (tmp_path / "mixed.csv").write_bytes(csv_bytes)
    got = warnings_of(tmp_path / "mixed.jsonl", tmp_path / "mixed.csv")
    assert [text for text, _ in got] == ["Caf\u00e9", CP1252, "Caf\u00e9", CP1252 + "\nsecond line"]
    assert [bool(w) for _, w in got] == [False, True, False, True]
    forced = read(tmp_path / "mixed.jsonl", tmp_path / "mixed.csv", encoding="utf-8")
    assert [e is None for _, _, _, e in forced] == [True, False, True, False]
    assert forced[1][3].startswith("cannot decode as utf-8")  # type: ignore[union-attr]


def test_truncated_and_corrupt_gzip(tmp_path: Path) -> None:
    rows = [{"id": f"r{n}", "text": TEXT + " " * 50 + str(n) * 2000} for n in range(40)]
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "junk.txt.gz").write_bytes(b"this is not gzip data at all")
    got = read(tmp_path / "cut.jsonl.gz", tmp_path / "junk.txt.gz")
    good = [i for i, _, t, e in got if e is None]
    errors = [(i, e) for i, _, t, e in got if e is not None]
    assert good == [f"r{n}" for n in range(len(good))] and good  # the rows before the cut are kept
    assert errors[0][0] == f"{tmp_path}/cut.jsonl.gz" and errors[0][1].startswith("truncated file")
    assert errors[1][0] == f"{tmp_path}/junk.txt.gz" and "BadGzipFile" in errors[1][1]


# Row files


def test_jsonl_ids_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "p1", "text": TEXT}),
        "",  # blank lines are not inputs
        json.dumps({"text": "No id here."}),
        '{"id": "cut", "text": "abc',
        json.dumps([1, 2]),
        json.dumps({"id": "p5", "title": "Operator"}),
        json.dumps({"id": "p6", "text": None}),
        json.dumps({"id": 7, "description": "Description instead of text."}),
        json.dumps({"id": "p8", "text": 12}),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "p9", "text": "caf\xe9"}\n')
    got = read(path, encoding="utf-8")  # forced: no fallback
    assert [(i, s.rsplit("/", 1)[1], t) for i, s, t, e in got if e is None] == [
        ("p1", "a.jsonl:1", TEXT),
        (f"{path}:3", "a.jsonl:3", "No id here."),
        ("7", "a.jsonl:8", "Description instead of text."),
    ]
    errors = {i.rsplit("/", 1)[-1]: e for i, _, _, e in got if e is not None}
    assert errors["a.jsonl:4"].startswith("malformed JSON line")
    assert errors["a.jsonl:5"] == "row is a JSON list, not an object"
    assert errors["p5"].startswith("no field text or description")
    assert errors["p6"] == "field text is null, not text"
    assert errors["p8"] == "field text is int, not text"
    assert errors["a.jsonl:10"].startswith("cannot decode as utf-8")
    assert len(got) == 9  # every non-blank line is one record or one error


def test_text_field_id_field_and_keep(tmp_path: Path) -> None:
    rows = [{"key": "k1", "body": TEXT, "text": "not this", "meta": {"state": "OH"}, "title": "Operator"}]
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    (item,) = Inputs(
        [str(path)], ReadOptions(text_fields=("body",), id_field="key", keep=("title", "meta.state", "gone"))
    )
    assert (item.id, item.text, item.keep) == ("k1", TEXT, {"title": "Operator", "meta.state": "OH", "gone": None})


def test_json_shapes(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"id": "a", "text": TEXT}, {"text": TEXT}]))
    (tmp_path / "one.json").write_text(json.dumps({"id": "b", "description": TEXT}))
    (tmp_path / "wrapped.json").write_text(json.dumps({"count": 1, "postings": [{"id": "c", "text": TEXT}]}))
    (tmp_path / "lines.json").write_text(
        json.dumps({"id": "d", "text": TEXT}) + "\n" + json.dumps({"id": "e", "text": TEXT}) + "\n"
    )
    (tmp_path / "empty.json").write_text("[]")
    (tmp_path / "odd.json").write_text('{"a": 1}')
    (tmp_path / "broken.json").write_text('[{"id": "x", "text": "a"')
    got = read(*(tmp_path / f"{n}.json" for n in ("list", "one", "wrapped", "lines", "empty", "odd", "broken")))
    assert [i.rsplit("/", 1)[-1] for i, _, _, e in got if e is None] == ["a", "list.json:2", "b", "c", "d", "e"]
    errors = [(i.rsplit("/", 1)[-1], e.split(":")[0]) for i, _, _, e in got if e is not None]  # type: ignore[union-attr]
    assert errors == [
        ("empty.json", "no postings in file"),
        ("odd.json", "no postings in file"),
        ("broken.json", "JSONDecodeError"),
    ]


def test_csv_and_tsv(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        "id,title,description\n"
        'c1,Operator,"Line one,\nline two with ""quotes"""\n'
        "c2,Technician\n"  # too few fields
        'c3,Engineer,"BS required",surplus\n'  # too many fields
        ",Lead,No id: path and row\n"
        "\n"
        "c5,Trailing empty field,Fine,\n",
        encoding="utf-8",
    )
    (tmp_path / "b.tsv.gz").write_bytes(gzip.compress(b"id\ttext\nt1\tTab separated text\n"))
    (tmp_path / "bytes.csv").write_bytes(b"id,text\nb1,good\nb2,caf\xe9\nb3,also good\n")
    got = read(tmp_path / "a.csv", tmp_path / "b.tsv.gz", tmp_path / "bytes.csv", encoding="utf-8")
    ok = [(i.rsplit("/", 1)[-1], t) for i, _, t, e in got if e is None]
    assert ok == [
        ("c1", 'Line one,\nline two with "quotes"'),
        ("a.csv:4", "No id: path and row"),
        ("c5", "Fine"),
        ("t1", "Tab separated text"),
        ("b1", "good"),
        ("b3", "also good"),
    ]
    errors = [(s.rsplit("/", 1)[-1], e) for _, s, _, e in got if e is not None]
    assert errors == [
        ("a.csv:2", "malformed CSV row (line 4): 2 fields, the header has 3"),
        ("a.csv:3", "malformed CSV row (line 5): 4 fields, the header has 3"),
        ("bytes.csv:2", "cannot decode as utf-8 (line 3)"),
    ]


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,title\n1,a\n2,b\n")
    (tmp_path / "h.csv").write_text("id,text\n")
    got = read(tmp_path / "a.csv", tmp_path / "h.csv")
    assert [e for *_, e in got] == ["no column text or description (columns: id, title)", "no postings in file"]


def test_parquet(tmp_path: Path) -> None:
    frame = pd.DataFrame({"id": ["q1", None, "q3"], "description": [TEXT, "Second", None], "state": ["OH", "MI", "IN"]})
    frame.to_parquet(tmp_path / "a.parquet")
    frame[["id", "state"]].to_parquet(tmp_path / "notext.parquet")
    (tmp_path / "b.parquet.gz").write_bytes(gzip.compress((tmp_path / "a.parquet").read_bytes()))
    got = read(tmp_path / "a.parquet", tmp_path / "notext.parquet", keep=("state",))
    assert read(tmp_path / "b.parquet.gz")[0][:1] == ("q1",)
    assert [(i.rsplit("/", 1)[-1], t, e) for i, _, t, e in got] == [
        ("q1", TEXT, None),
        ("a.parquet:2", "Second", None),
        ("q3", None, "field description is null, not text"),
        ("notext.parquet", None, "no column text or description (columns: id, state)"),
    ]


def test_stdin_is_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (json.dumps({"id": "s1", "text": TEXT}) + "\n" + json.dumps({"text": "Two"}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [(i, s) for i, s, _, _ in read("-")] == [("s1", "<stdin>:1"), ("<stdin>:2", "<stdin>:2")]


@pytest.mark.parametrize(
    "data, fmt, expected",
    [
        (b"\n  \n" + json.dumps({"id": "s1", "text": TEXT}).encode() + b"\n", "auto", [("s1", "<stdin>:3", TEXT)]),
        (b"\xef\xbb\xbf" + json.dumps({"id": "s1", "text": TEXT}).encode(), "auto", [("s1", "<stdin>:1", TEXT)]),
        (TEXT.encode() + b"\n{not json}\n", "auto", [("<stdin>", "<stdin>", TEXT + "\n{not json}\n")]),
        (b'{"looks": "like json"} but is a posting', "text", [("<stdin>", "<stdin>", '{"looks": "like json"} but is a posting')]),
        (TEXT.encode(), "jsonl", [("<stdin>:1", "<stdin>:1", None)]),
        (b"", "auto", [("<stdin>", "<stdin>", None)]),
    ],
)
def test_stdin_plain_text_or_json_lines(monkeypatch: pytest.MonkeyPatch, data: bytes, fmt: str, expected: list) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [(i, s, t) for i, s, t, _ in read("-", stdin_format=fmt)] == expected


# Finding files


def test_folders_globs_and_missing_paths(tmp_path: Path) -> None:
    for name in ("b/2.txt", "b/1.html", "a.txt", ".hidden/x.txt", "b/.x.txt", "notes.docx", "b/c/3.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT)
    inputs = Inputs(
        [
            str(tmp_path),
            str(tmp_path / "b" / "*.txt"),
            str(tmp_path / "nothing*.csv"),
            str(tmp_path / "gone.txt"),
            str(tmp_path / "notes.docx"),
        ]
    )
    got = [(i.id.replace(str(tmp_path), "T"), i.error) for i in inputs]
    assert got == [
        ("T/a.txt", None),
        ("T/b/1.html", None),
        ("T/b/2.txt", None),
        ("T/b/c/3.md", None),
        ("T/b/2.txt", None),
        ("T/nothing*.csv", "no file matches this pattern"),
        ("T/gone.txt", "no such file or folder"),
        ("T/notes.docx", got[-1][1]),
    ]
    assert got[-1][1].startswith("unknown file kind")  # type: ignore[union-attr]
    assert inputs.skipped == [f"{tmp_path}/notes.docx"]  # found in a folder: not an input, not an error


def test_estimate(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl.gz", [{"text": "x"}] * 5, compress=True)
    (tmp_path / "b.csv").write_text("id,text\n1,a\n2,b\n")
    pd.DataFrame({"text": ["a"] * 7}).to_parquet(tmp_path / "c.parquet")
    (tmp_path / "d.txt").write_text("x")
    assert Inputs([str(tmp_path), str(tmp_path / "missing.txt")]).estimate() == 5 + 2 + 7 + 1 + 1
    assert Inputs(["-"]).estimate() is None


# Resume bookkeeping


def test_cut_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "deg')
    assert cut_partial_line(str(path)) == len(b'{"id": "c", "deg')
    assert path.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'
    assert cut_partial_line(str(path)) == 0
    path.write_bytes(b'{"id": "only part of a first line')
    assert cut_partial_line(str(path)) > 0 and path.read_bytes() == b""


def test_written_ids(tmp_path: Path) -> None:
    jsonl = tmp_path / "out.jsonl"
    jsonl.write_text('{"id": "a", "source": "x"}\n{"source": "y", "id": "b"}\n{"id": "a"}\n{"id": "d", "sou')
    assert written_ids(str(jsonl)) == {"a": 2, "b": 1}
    csv_path = tmp_path / "out.csv"
    csv_path.write_text('id,source\nc1,x\n"c,2",y\nc3,z')
    assert written_ids(str(csv_path), "csv") == {"c1": 1, "c,2": 1}
    assert written_ids(str(tmp_path / "none.jsonl")) == {}
    (tmp_path / "other.jsonl").write_text("not json\n")
    with pytest.raises(ResumeError):
        written_ids(str(tmp_path / "other.jsonl"))
    (tmp_path / "other.csv").write_text("name,x\n1,2\n")
    with pytest.raises(ResumeError):
        written_ids(str(tmp_path / "other.csv"), "csv")

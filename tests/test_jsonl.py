"""The one JSON Lines reader behind evaluate, summarize, report and tables."""

from __future__ import annotations

import gzip

import pytest

from postingparse.io.batch import records_to_tables
from postingparse.io.readback import ReadbackError
from postingparse.jsonl import numbered_jsonl, read_jsonl, read_texts

TEXTS = [
    ('{"id": "a", "text": "Bachelor\'s degree."}\n', {"a": "Bachelor's degree."}),
    ('{"id": 7, "description": "From the description field."}\n', {7: "From the description field."}),
    ('{"id": "b", "text": null, "description": "Text missing, description kept."}\n', {"b": "Text missing, description kept."}),
    ('{"id": "c"}\n\n{"text": "no id"}\n', {}),
]


@pytest.mark.parametrize("content,expected", TEXTS)
def test_read_texts(tmp_path, content: str, expected: dict) -> None:
    path = tmp_path / "texts.jsonl"
    path.write_text(content, encoding="utf-8")
    assert read_texts(str(path)) == expected


def test_gzip_and_line_numbers(tmp_path) -> None:
    path = tmp_path / "gold.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write('{"id": "a"}\n\n{"id": "b"}\n')
    assert list(numbered_jsonl(str(path))) == [(1, {"id": "a"}), (3, {"id": "b"})]


BAD_LINES = [
    ('{"id": "a", "degrees": []}\n{"id": \n', "records.jsonl:2: malformed JSON"),
    ('{"id": "a", "degrees": []}\n[1, 2]\n', "records.jsonl:2: expected a JSON object, got list"),
]


@pytest.mark.parametrize("content,message", BAD_LINES)
def test_bad_lines_name_the_file_and_line(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        list(read_jsonl(str(path)))
    with pytest.raises(ReadbackError, match=message):  # the tables command reports it, not a traceback
        records_to_tables([str(path)], str(tmp_path / "tables"))

"""Reading JSON Lines files (``.gz`` too): gold labels, posting texts, written records.

The one JSON Lines reader for files that must be whole: gold labels (`evaluate`)
and records read back by `postingparse.io.readback` (`summarize`, `report`,
`tables`), where a bad line stops the command with its file and line. The
batch's input readers (`postingparse.io.rows`) read bytes and turn a bad line
into an error row instead.
"""

from __future__ import annotations

import gzip
import json
from typing import IO, Any, Iterator


def open_text(path: str) -> IO[str]:
    """``path`` opened for reading as UTF-8 text, through gzip when it ends in ``.gz``."""
    return gzip.open(path, "rt", encoding="utf-8") if str(path).endswith(".gz") else open(path, encoding="utf-8")


def numbered_jsonl(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for every JSON object of a JSON Lines file, blank lines skipped.

    Raises:
        ValueError: A line is not a JSON object (the message names the file and line).
    """
    with open_text(path) as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: malformed JSON: {exc}") from None
            if not isinstance(value, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object, got {type(value).__name__}")
            yield number, value


def read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file (``.gz`` too), blank lines skipped.

    Raises:
        ValueError: A line is not a JSON object (the message names the file and line).
    """
    for _, value in numbered_jsonl(path):
        yield value


def read_texts(path: str, text_fields: tuple[str, ...] = ("text", "description")) -> dict[Any, str]:
    """Posting texts by id from a JSON Lines file of ``{"id": ..., "text": ...}`` rows.

    Args:
        path (str): The file (``.gz`` too).
        text_fields (tuple[str, ...]): The fields tried for the text, in order; a row
            without an ``id`` or without a string in any of them is skipped.
    """
    texts = {}
    for row in read_jsonl(path):
        text = next((row[f] for f in text_fields if isinstance(row.get(f), str)), None)
        if "id" in row and text is not None:
            texts[row["id"]] = text
    return texts


__all__ = ["open_text", "numbered_jsonl", "read_jsonl", "read_texts"]

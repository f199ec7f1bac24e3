"""Finding what an interrupted run already wrote, so that a re-run continues without duplicates or gaps.

A batch writes records and errors in input order, one line each, so a killed
run leaves a prefix of its output, possibly ending in a half-written line.
`written_ids` cuts that line off and counts the ids before it; the re-run
skips an input as many times as its id was written (ids that repeat in the
input are thus still handled exactly once each).
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter

_BLOCK = 1 << 16
_ID_PREFIX = '{"id": '
_DECODER = json.JSONDecoder()


class ResumeError(Exception):
    """An existing output that a run cannot continue (it was not written by this command)."""


def cut_partial_line(path: str) -> int:
    """Truncate ``path`` after its last line break (a line cut short by a kill); the bytes removed."""
    with open(path, "rb+") as f:
        size = f.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - _BLOCK)
            f.seek(start)
            block = f.read(end - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        if end < size:
            f.truncate(end)
        return size - end


def written_ids(path: str, kind: str = "jsonl") -> Counter[str]:
    """The ids already in an output file (``"jsonl"``: records or errors; ``"csv"``: a summary), by count.

    A missing file has none; a last line without its line break is removed from the file first.

    Raises:
        ResumeError: A line is not a record with an id.
    """
    if not os.path.exists(path):
        return Counter()
    cut_partial_line(path)
    return _csv_ids(path) if kind == "csv" else _jsonl_ids(path)


def _jsonl_ids(path: str) -> Counter[str]:
    ids: Counter[str] = Counter()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                if line.startswith(_ID_PREFIX):  # our own writer puts the id first: no need to parse the record
                    value = _DECODER.raw_decode(line, len(_ID_PREFIX))[0]
                else:
                    value = json.loads(line)["id"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ResumeError(f"{path}, line {number}: not a record with an id ({exc})") from None
            ids[str(value)] += 1
    return ids


def _csv_ids(path: str) -> Counter[str]:
    ids: Counter[str] = Counter()
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is not None and header[:1] != ["id"]:
            raise ResumeError(f"{path}: not a summary written by postingparse (first column is not id)")
        for row in reader:
            if row:
                ids[row[0]] += 1
    return ids


__all__ = ["written_ids", "cut_partial_line", "ResumeError"]

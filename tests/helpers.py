"""Shared helpers for the rule tables: run the real pipeline, check offsets, project keys."""

from __future__ import annotations

from typing import Any, Sequence

import postingparse
from postingparse.rules.literals import full_path


def entries_of(text: str, family: str, keys: Sequence[str]) -> list[dict[str, Any]]:
    """The entries of ``family`` that ``parse(text)`` finds, reduced to ``keys``, in text order.

    Every entry's offsets are checked on the way: ``text[start:end] == entry.text``.
    """
    posting = postingparse.parse(text)
    with full_path():  # the pre-checks that skip regexes must change nothing
        assert postingparse.parse(text).to_dict() == posting.to_dict(), "screened and full paths differ"
    out = []
    for entry in getattr(posting, family):
        assert text[entry.start : entry.end] == entry.text, (entry, text[entry.start : entry.end])
        record = entry.to_dict()
        out.append({k: record[k] for k in keys})
    return out


def expected_of(rows: Sequence[dict[str, Any]], defaults: dict[str, Any], keys: Sequence[str]) -> list[dict[str, Any]]:
    """Expected entries with ``defaults`` filled in for the keys a table row leaves out."""
    return [{k: row.get(k, defaults.get(k)) for k in keys} for row in rows]


def assert_parse_time_linear(unit: str, small: int = 20_000, large: int = 200_000) -> None:
    """Parsing ``unit`` repeated to ``large`` characters costs about ``large / small`` times ``small``'s.

    A growth check, not a timing: CPU seconds of the two sizes compared in one run, with room for a
    noisy machine (2.5x the linear ratio, plus a second); per-entry work over the rest of the text
    (quadratic) grows with the square of the ratio.
    """
    import time

    ratio = large / small
    seconds = []
    for size in (small, large):
        text = unit * (size // len(unit) + 1)
        started = time.process_time()
        postingparse.parse(text[:size])
        seconds.append(time.process_time() - started)
    assert seconds[1] < ratio * seconds[0] * 2.5 + 1.0, seconds

"""Checking a record against the v1 schema (``RECORD.md``): field names, types and value sets.

`validate_record` returns a list of problems (empty when the record is valid)
instead of raising, so a batch can report every bad record at once. Extra keys
are allowed: v1 fixes what a record must contain, not what else it may carry.
"""

from __future__ import annotations

import math
from typing import Any

import regex

from .record import DEGREE_LEVELS, FAMILIES, REQUIREMENTS, ROLES, V1_FAMILIES

_SNAKE = regex.compile(r"[a-z0-9]++(?:_[a-z0-9]++)*+")
_NAICS = regex.compile(r"[0-9]{2,6}+|31-33|44-45|48-49")
_EVIDENCE = {"text": str, "start": int, "end": int}
# Per family: key -> (allowed types, allowed values or a pattern, None for any).
_FIELDS: dict[str, dict[str, tuple[tuple[type, ...], Any]]] = {
    "degrees": {
        "level": ((str,), frozenset(DEGREE_LEVELS)),
        "fields": ((list,), None),
        "requirement": ((str,), frozenset(REQUIREMENTS)),
        "or_equivalent": ((bool,), None),
    },
    "experience": {
        "min_years": ((int, float), None),
        "max_years": ((int, float, type(None)), None),
        "domain": ((str, type(None)), None),
        "requirement": ((str,), frozenset(REQUIREMENTS)),
    },
    "industries": {
        "label": ((str,), _SNAKE),
        "naics": ((str, type(None)), _NAICS),
        "role": ((str,), frozenset(ROLES)),
    },
    "methodologies": {
        "label": ((str,), _SNAKE),
        "detail": ((str, type(None)), None),
        "requirement": ((str,), frozenset(REQUIREMENTS)),
    },
    "certifications": {
        "label": ((str,), _SNAKE),
        "issuer": ((str, type(None)), None),
        "requirement": ((str,), frozenset(REQUIREMENTS)),
        "or_equivalent": ((bool,), None),
        "in_progress": ((bool,), None),
    },
}


def validate_record(record: dict[str, Any], text: str | None = None) -> list[str]:
    """The ways ``record`` breaks the v1 schema; ``[]`` when it is a valid v1 record.

    v1's four fields must be there; an added field (``certifications``) is checked where present.

    Args:
        record (dict): One posting as a JSON object (``Posting.to_dict()``).
        text (Optional[str]): The posting's text; when given, every entry must also
            satisfy ``text[start:end] == entry["text"]``.

    Returns:
        list[str]: One message per problem, naming the family, the entry index and the key.
    """
    if not isinstance(record, dict):
        return [f"record must be a dict, got {type(record).__name__}"]
    problems = []
    if "id" not in record:
        problems.append("missing key 'id'")
    elif record["id"] is not None and not isinstance(record["id"], str):
        problems.append(f"id must be a str or null, got {type(record['id']).__name__}")
    warnings = record.get("warnings", [])
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        problems.append("warnings must be a list of str")
    for family in FAMILIES:
        if family not in V1_FAMILIES and family not in record:
            continue  # an added field: a v1 record without it is still valid
        entries = record.get(family)
        if not isinstance(entries, list):
            problems.append(f"{family} must be a list, got {type(entries).__name__}")
            continue
        for i, entry in enumerate(entries):
            problems.extend(f"{family}[{i}]: {p}" for p in _entry_problems(family, entry, text))
    return problems


def _entry_problems(family: str, entry: Any, text: str | None) -> list[str]:
    if not isinstance(entry, dict):
        return [f"entry must be a dict, got {type(entry).__name__}"]
    problems = []
    for key, kind in _EVIDENCE.items():
        if not _is(entry.get(key), (kind,)):
            problems.append(f"{key} must be {kind.__name__}, got {entry.get(key)!r}")
    for key, (types, allowed) in _FIELDS[family].items():
        if key not in entry:
            problems.append(f"missing key {key!r}")
            continue
        value = entry[key]
        if not _is(value, types):
            problems.append(f"{key} has type {type(value).__name__}, expected {' or '.join(t.__name__ for t in types)}")
        elif isinstance(value, str) and allowed is not None and not _allowed(value, allowed):
            problems.append(f"{key} {value!r} is not an allowed value")
    if not problems:
        problems.extend(_consistency(family, entry, text))
    return problems


def _consistency(family: str, entry: dict[str, Any], text: str | None) -> list[str]:
    problems = []
    start, end = entry["start"], entry["end"]
    if not 0 <= start <= end:
        problems.append(f"offsets ({start}, {end}) are not 0 <= start <= end")
    elif len(entry["text"]) != end - start:
        problems.append(f"text has {len(entry['text'])} characters but the offsets span {end - start}")
    elif text is not None and text[start:end] != entry["text"]:
        problems.append(f"text[{start}:{end}] is {text[start:end]!r}, not {entry['text']!r}")
    if family == "degrees" and not all(isinstance(f, str) and f for f in entry["fields"]):
        problems.append("fields must be non-empty strings")
    if family == "experience":
        low, high = entry["min_years"], entry["max_years"]
        if not math.isfinite(low) or (high is not None and not math.isfinite(high)):
            problems.append(f"years ({low}, {high}) must be finite numbers")
        elif low < 0 or (high is not None and high < low):
            problems.append(f"years ({low}, {high}) are not 0 <= min_years <= max_years")
    return problems


def _is(value: Any, types: tuple[type, ...]) -> bool:
    # bool is an int in Python, but not a number of years or an offset in JSON.
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)


def _allowed(value: str, allowed: Any) -> bool:
    if isinstance(allowed, frozenset):
        return value in allowed
    return allowed.fullmatch(value) is not None


__all__ = ["validate_record"]

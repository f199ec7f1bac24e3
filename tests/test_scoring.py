"""Scoring (RECORD.md, "How a posting is scored"), checked on hand-computed cases."""

from __future__ import annotations

import pytest

from postingparse import Posting
from postingparse.record import V1_FAMILIES as V1, ExperienceEntry
from postingparse.scoring import (
    Counts,
    entry_key,
    labelled_families,
    matched_entries,
    posting_counts,
    posting_keys,
    score,
    secondary,
    token_overlap,
)


def deg(level, requirement="required", fields=()):
    return {"level": level, "fields": list(fields), "requirement": requirement, "or_equivalent": False,
            "text": level, "start": 0, "end": len(level)}


def exp(lo, hi, domain=None, requirement="required"):
    return {"min_years": lo, "max_years": hi, "domain": domain, "requirement": requirement, "text": "x", "start": 0, "end": 1}


def ind(label, naics, role):
    return {"label": label, "naics": naics, "role": role, "text": "x", "start": 0, "end": 1}


def meth(label, requirement="required", detail=None):
    return {"label": label, "detail": detail, "requirement": requirement, "text": "x", "start": 0, "end": 1}


def rec(id, **fields):
    return {"id": id, "degrees": [], "experience": [], "industries": [], "methodologies": [], **fields}


# (family, entry, expected key)
KEYS = [
    ("degrees", deg("bachelor"), "bachelor"),
    ("experience", exp(5, 7), (5.0, 7.0)),
    ("experience", exp(5.0, None), (5.0, None)),
    ("experience", exp(0.5, None), (0.5, None)),
    ("industries", ind("pharmaceutical_manufacturing", "3254", "experience"), ("325", "experience")),
    ("industries", ind("manufacturing", "31-33", "employer"), ("31-", "employer")),
    ("industries", ind("healthcare", "62", "employer"), ("62", "employer")),
    ("industries", ind("consumer_products", None, "experience"), ("consumer_products", "experience")),
    ("methodologies", meth("six_sigma", detail="green_belt"), "six_sigma"),
]


@pytest.mark.parametrize("family, entry, expected", KEYS)
def test_entry_key(family, entry, expected):
    assert entry_key(family, entry) == expected


def test_entry_key_unknown_family():
    with pytest.raises(ValueError):
        entry_key("salary", {})


def test_five_and_five_point_zero_are_one_key():
    assert entry_key("experience", exp(5, None)) == entry_key("experience", exp(5.0, None))
    assert posting_keys(rec("a", experience=[exp(5, 7), exp(5.0, 7.0)]), "experience") == {(5.0, 7.0)}


# (gold record, predicted record, family, expected (tp, fp, fn))
CASES = [
    # perfect
    (rec("a", degrees=[deg("bachelor"), deg("master", "preferred")]),
     rec("a", degrees=[deg("master"), deg("bachelor")]), "degrees", (2, 0, 0)),
    # missing
    (rec("a", degrees=[deg("bachelor"), deg("master")]), rec("a", degrees=[deg("bachelor")]), "degrees", (1, 0, 1)),
    # extra
    (rec("a", methodologies=[meth("lean")]), rec("a", methodologies=[meth("lean"), meth("iso")]), "methodologies", (1, 1, 0)),
    # duplicate keys in one posting collapse to one (on both sides)
    (rec("a", methodologies=[meth("six_sigma", detail="green_belt"), meth("six_sigma")]),
     rec("a", methodologies=[meth("six_sigma"), meth("six_sigma"), meth("six_sigma")]), "methodologies", (1, 0, 0)),
    (rec("a", degrees=[deg("bachelor")]), rec("a", degrees=[deg("bachelor"), deg("bachelor")]), "degrees", (1, 0, 0)),
    # 5 vs 5.0, None vs None
    (rec("a", experience=[exp(5, None), exp(2, 5)]), rec("a", experience=[exp(5.0, None), exp(2.0, 5.0)]), "experience", (2, 0, 0)),
    # open-ended is not the same as bounded
    (rec("a", experience=[exp(5, None)]), rec("a", experience=[exp(5, 7)]), "experience", (0, 1, 1)),
    # naics compared on 3 digits: "3254" matches "325"
    (rec("a", industries=[ind("pharmaceutical_manufacturing", "3254", "experience")]),
     rec("a", industries=[ind("chemical_manufacturing", "325", "experience")]), "industries", (1, 0, 0)),
    # null naics: the label is compared
    (rec("a", industries=[ind("consumer_products", None, "experience")]),
     rec("a", industries=[ind("consumer_products", None, "experience")]), "industries", (1, 0, 0)),
    (rec("a", industries=[ind("consumer_products", None, "experience")]),
     rec("a", industries=[ind("household_goods", None, "experience")]), "industries", (0, 1, 1)),
    # role matters
    (rec("a", industries=[ind("food_manufacturing", "311", "employer")]),
     rec("a", industries=[ind("food_manufacturing", "311", "experience")]), "industries", (0, 1, 1)),
    # empty on both sides
    (rec("a"), rec("a"), "methodologies", (0, 0, 0)),
]


@pytest.mark.parametrize("gold, pred, family, expected", CASES)
def test_posting_counts(gold, pred, family, expected):
    c = posting_counts(gold, pred, family)
    assert (c.tp, c.fp, c.fn) == expected


def test_counts_figures():
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0  # nothing to find, nothing found
    assert Counts(fp=2).f1 == 0.0
    assert Counts(fn=2).f1 == 0.0
    assert Counts(1, 2, 3) + Counts(10, 20, 30) == Counts(11, 22, 33)


def test_score_micro_averages_over_postings_matched_by_id():
    golds = [
        rec("a", degrees=[deg("bachelor")], methodologies=[meth("lean"), meth("six_sigma")]),
        rec("b", degrees=[deg("high_school")], experience=[exp(3, None)]),
        rec("c", methodologies=[meth("iso")]),
    ]
    preds = [
        # out of order, and "c" missing: its gold entries are all false negatives
        rec("b", degrees=[deg("high_school"), deg("associate")], experience=[exp(3.0, None)]),
        rec("a", degrees=[deg("bachelor")], methodologies=[meth("lean")]),
        rec("z", degrees=[deg("master")]),  # no gold posting: not scored
    ]
    result = score(golds, preds)
    assert result["degrees"] == Counts(tp=2, fp=1, fn=0)
    assert result["experience"] == Counts(tp=1, fp=0, fn=0)
    assert result["industries"] == Counts()
    assert result["methodologies"] == Counts(tp=1, fp=0, fn=2)
    assert result["degrees"].precision == pytest.approx(2 / 3)
    assert result["methodologies"].recall == pytest.approx(1 / 3)
    assert result["methodologies"].f1 == pytest.approx(0.5)


def test_score_rejects_duplicate_ids():
    with pytest.raises(ValueError):
        score([rec("a"), rec("a")], [])


def test_score_accepts_posting_objects():
    gold = rec("a", experience=[exp(2, 5)])
    pred = Posting(id="a", experience=[ExperienceEntry(text="2-5 years", start=0, end=9, min_years=2.0, max_years=5.0)])
    assert score([gold], [pred])["experience"] == Counts(tp=1)


@pytest.mark.parametrize("a, b, expected", [
    ("supervisory", "supervisory", 1.0),
    ("food manufacturing", "manufacturing", 0.5),
    (None, None, 1.0),
    (None, "quality", 0.0),
    (["industrial engineering", "mechanical engineering"], ["mechanical engineering"], 2 / 3),
    ([], [], 1.0),
    ("Electrical/Mechanical", "electrical", 0.5),
])
def test_token_overlap(a, b, expected):
    assert token_overlap(a, b) == pytest.approx(expected)


def test_matched_entries_first_entry_stands_for_key():
    gold = rec("a", experience=[exp(3, None, "quality"), exp(3, None, "audit")])
    pred = rec("a", experience=[exp(3.0, None, "quality assurance"), exp(1, None)])
    pairs = matched_entries(gold, pred, "experience")
    assert [(g["domain"], p["domain"]) for g, p in pairs] == [("quality", "quality assurance")]


def test_secondary_figures():
    golds = [
        rec("a", degrees=[deg("bachelor", fields=["mechanical engineering"]), deg("master", "preferred")],
            experience=[exp(5, 7, "supervisory"), exp(2, None, "food manufacturing")]),
        rec("b", methodologies=[meth("lean", "preferred")]),
    ]
    preds = [
        rec("a", degrees=[deg("bachelor", fields=["mechanical engineering", "electrical engineering"]),
                          deg("master", "required")],
            experience=[exp(5.0, 7.0, "supervisory"), exp(2, None, "manufacturing"), exp(9, None)]),
        rec("b", methodologies=[meth("lean", "preferred")]),
    ]
    s = secondary(golds, preds)
    assert s.matched == {"degrees": 2, "experience": 2, "methodologies": 1}
    assert s.degree_requirement_accuracy == pytest.approx(0.5)
    # fields: {mechanical, engineering} vs {mechanical, electrical, engineering} = 2/3; [] vs [] = 1
    assert s.degree_fields_overlap == pytest.approx((2 / 3 + 1) / 2)
    assert s.experience_domain_overlap == pytest.approx((1 + 0.5) / 2)
    assert s.experience_requirement_accuracy == 1.0
    assert s.methodology_requirement_accuracy == 1.0


def test_secondary_with_nothing_matched():
    s = secondary([rec("a")], [rec("a")])
    assert s.degree_requirement_accuracy is None and s.experience_domain_overlap is None


@pytest.mark.parametrize("gold, expected", [
    ({"id": "a", "degrees": [], "experience": [], "industries": [], "methodologies": []}, V1),
    ({"id": "a", "degrees": [], "certifications": []}, (*V1, "certifications")),
    ({"id": "a", "degrees": [], "paths": []}, (*V1, "paths")),
    # a set labelled for added fields only is scored on those alone
    ({"id": "a", "paths": []}, ("paths",)),
    ({"id": "a", "certifications": []}, ("certifications",)),
    ({"id": "a", "certifications": [], "paths": []}, ("certifications", "paths")),
    ({"id": "a"}, V1),
])
def test_labelled_families(gold, expected):
    assert labelled_families([gold]) == expected

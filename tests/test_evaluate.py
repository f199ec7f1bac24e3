"""`postingparse.evaluate` and ``postingparse evaluate``, checked against hand-computed figures.

Three tiny postings with gold and predicted records written by hand (no
extraction): one where every key matches, one with a missed degree, one
with a missed experience amount and an extra methodology. The figures
below were computed on paper from RECORD.md's keys.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import postingparse
from postingparse.evaluate import CONTEXT, TABLE_COLUMNS, evaluate

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "spec" / "seed-gold.jsonl"

T1 = ("Bachelor's degree in mechanical engineering required; master's degree preferred. "
      "3-5 years of supervisory experience required. Six Sigma Green Belt a plus.")
T2 = ("A food manufacturer in the Midwest seeks a production supervisor for its second shift. "
      "High school diploma required. 5+ years of manufacturing experience.")
T3 = "Lean manufacturing plant. At least 2 years of experience; 1 year in quality preferred."
TEXTS = {"p1": T1, "p2": T2, "p3": T3}


def span(id, phrase):
    """Evidence fields of ``phrase``'s first occurrence in posting ``id``."""
    start = TEXTS[id].index(phrase)
    return {"text": phrase, "start": start, "end": start + len(phrase)}


def deg(id, phrase, level, requirement="required", fields=()):
    return {"level": level, "fields": list(fields), "requirement": requirement, "or_equivalent": False, **span(id, phrase)}


def exp(id, phrase, lo, hi, domain=None, requirement="required"):
    return {"min_years": lo, "max_years": hi, "domain": domain, "requirement": requirement, **span(id, phrase)}


def ind(id, phrase, label, naics, role):
    return {"label": label, "naics": naics, "role": role, **span(id, phrase)}


def meth(id, phrase, label, requirement="required", detail=None):
    return {"label": label, "detail": detail, "requirement": requirement, **span(id, phrase)}


def rec(id, **fields):
    return {"id": id, "degrees": [], "experience": [], "industries": [], "methodologies": [], **fields}


GOLD = [
    rec("p1",
        degrees=[deg("p1", "Bachelor's degree in mechanical engineering", "bachelor", fields=["mechanical engineering"]),
                 deg("p1", "master's degree", "master", "preferred")],
        experience=[exp("p1", "3-5 years of supervisory experience", 3, 5, "supervisory")],
        methodologies=[meth("p1", "Six Sigma Green Belt", "six_sigma", "preferred", "green_belt")]),
    rec("p2",
        degrees=[deg("p2", "High school diploma", "high_school")],
        experience=[exp("p2", "5+ years of manufacturing experience", 5, None, "manufacturing")],
        industries=[ind("p2", "food manufacturer", "food_manufacturing", "311", "employer"),
                    ind("p2", "manufacturing experience", "manufacturing", "31-33", "experience")]),
    rec("p3",
        experience=[exp("p3", "At least 2 years of experience", 2, None),
                    exp("p3", "1 year in quality", 1, None, "quality", "preferred")]),
]
PRED = [
    rec("p1",  # same keys; master's requirement, fields and domain read slightly wrong
        degrees=[deg("p1", "Bachelor's degree in mechanical engineering", "bachelor", fields=["mechanical"]),
                 deg("p1", "master's degree", "master", "required")],
        experience=[exp("p1", "3-5 years of supervisory experience", 3.0, 5.0, "supervisory experience")],
        methodologies=[meth("p1", "Six Sigma Green Belt", "six_sigma", "preferred", "green_belt")]),
    rec("p2",  # the degree missed
        experience=[exp("p2", "5+ years of manufacturing experience", 5.0, None, "manufacturing")],
        industries=[ind("p2", "food manufacturer", "food_manufacturing", "311", "employer"),
                    ind("p2", "manufacturing experience", "manufacturing", "31-33", "experience")]),
    rec("p3",  # the 2 years missed, the preferred year read as required, the plant's Lean taken as a requirement
        experience=[exp("p3", "1 year in quality", 1, None, "quality")],
        methodologies=[meth("p3", "Lean", "lean")]),
]

# field: (tp, fp, fn, precision, recall, f1)
EXPECTED_TABLE = {
    "degrees": (2, 0, 1, 1.0, 2 / 3, 0.8),
    "experience": (3, 0, 1, 1.0, 3 / 4, 6 / 7),
    "industries": (2, 0, 0, 1.0, 1.0, 1.0),
    "methodologies": (1, 1, 0, 1 / 2, 1.0, 2 / 3),
}
# name: (value, matched entries it rests on)
EXPECTED_SECONDARY = {
    "degree_requirement_accuracy": (1 / 2, 2),
    "degree_fields_overlap": ((1 / 2 + 1.0) / 2, 2),
    "experience_requirement_accuracy": (2 / 3, 3),
    "experience_domain_overlap": ((1 / 2 + 1.0 + 1.0) / 3, 3),
    "methodology_requirement_accuracy": (1.0, 1),
}


@pytest.fixture(scope="module")
def result():
    return evaluate([dict(g, text=TEXTS[g["id"]]) for g in GOLD], pred=PRED)


def test_table(result):
    table = result.table()
    assert list(table.index) == ["degrees", "experience", "industries", "methodologies"]
    assert list(table.columns) == list(TABLE_COLUMNS)
    for fam, expected in EXPECTED_TABLE.items():
        assert tuple(table.loc[fam]) == pytest.approx(expected), fam


def test_perfect():
    perfect = evaluate(GOLD, pred=GOLD, texts=TEXTS)
    assert perfect.table()[["fp", "fn"]].sum().sum() == 0
    assert (perfect.table()[["precision", "recall", "f1"]] == 1.0).all().all()
    assert perfect.errors().empty
    assert all(level.accuracy == 1.0 for level in perfect.posting_level.values())


def test_posting_level(result):
    degree, years = result.posting_level["min_degree_required"], result.posting_level["min_years_required"]
    # p1 bachelor = bachelor (the preferred master does not count), p2 high_school vs None, p3 None = None
    assert (degree.correct, degree.postings, degree.mismatches) == (2, 3, [("p2", "high_school", None)])
    # p1 3 = 3, p2 5 = 5, p3 2 (the preferred 1 year does not count) vs 1
    assert (years.correct, years.postings, years.mismatches) == (2, 3, [("p3", 2.0, 1.0)])
    assert degree.accuracy == pytest.approx(2 / 3)


def test_secondary(result):
    for name, (value, matched) in EXPECTED_SECONDARY.items():
        assert getattr(result.secondary, name) == pytest.approx(value), name
    assert result.secondary.matched == {"degrees": 2, "experience": 3, "methodologies": 1}


def test_errors_one_row_per_miss_and_extra(result):
    errors = result.errors()
    rows = sorted(zip(errors["id"], errors["field"], errors["error"], errors["key"], errors["text"]))
    assert rows == [
        ("p2", "degrees", "miss", "high_school", "High school diploma"),
        ("p3", "experience", "miss", "2+", "At least 2 years of experience"),
        ("p3", "methodologies", "extra", "lean", "Lean"),
    ]
    counts = result.table()
    for fam in EXPECTED_TABLE:
        assert (errors["field"] == fam).sum() == counts.loc[fam, "fp"] + counts.loc[fam, "fn"]


def test_error_context(result):
    errors = result.errors().set_index("key")
    start = T2.index("High school")
    miss = errors.loc["high_school"]
    assert (miss["start"], miss["end"]) == (start, start + len("High school diploma"))
    assert miss["before"] == T2[start - CONTEXT : start] and len(miss["before"]) == CONTEXT
    assert miss["after"] == " required. 5+ years of manufacturing experience."  # shorter: the text ends
    extra = errors.loc["lean"]
    assert extra["before"] == "" and extra["after"] == T3[4 : 4 + CONTEXT]


def test_overlapping_key_shows_a_value_read_wrongly():
    gold = [rec("p1", experience=[exp("p1", "3-5 years of supervisory experience", 3, 5)])]
    pred = [rec("p1", experience=[exp("p1", "3-5 years of supervisory experience", 3, None)])]
    errors = evaluate(gold, pred=pred, texts=TEXTS).errors()
    assert list(zip(errors["error"], errors["key"], errors["overlaps"])) == [("extra", "3+", "3-5"), ("miss", "3-5", "3+")]


def test_errors_frame_types(result):
    errors = result.errors()
    assert errors["overlaps"].isna().all() and errors["start"].dtype == "Int64"
    assert evaluate(GOLD, pred=PRED).errors()["before"].isna().all()  # no texts: no context


def test_missing_prediction_counts_as_nothing_found():
    result = evaluate(GOLD, pred=PRED[:1], texts=TEXTS)
    assert result.table().loc["industries", "fn"] == 2
    assert result.posting_level["min_years_required"].mismatches == [("p2", 5.0, None), ("p3", 2.0, None)]


def test_to_dict_is_json(result):
    data = json.loads(json.dumps(result.to_dict()))
    assert data["postings"] == 3
    assert data["fields"]["degrees"]["fn"] == 1
    assert data["posting_level"]["min_years_required"]["mismatches"] == [{"id": "p3", "gold": 2.0, "pred": 1.0}]
    assert data["secondary"]["experience_requirement_accuracy"]["matched"] == 3
    assert len(data["errors"]) == 3
    assert "errors" not in result.to_dict(errors=False)


def test_format_text(result):
    text = result.format_text(errors=True)
    assert "degrees             2     0     1      1.000   0.667   0.800" in text
    assert "min years required                    0.667       2/3" in text
    assert "[[High school diploma]]" in text
    assert "methodologies       0        0      1         1" in text  # miss, misread, extra, spurious
    assert "errors (3):" in text and "errors (" not in result.format_text()


def test_gold_evidence_checked():
    bad = rec("p2", degrees=[dict(deg("p2", "High school diploma", "high_school"), start=0)])
    assert evaluate([bad], pred=[bad], texts=TEXTS).warnings


def test_duplicate_gold_ids_and_missing_texts_are_errors():
    with pytest.raises(ValueError, match="twice"):
        evaluate([GOLD[0], GOLD[0]], pred=PRED, texts=TEXTS)
    with pytest.raises(ValueError, match="no text"):
        evaluate(GOLD)


def test_extracting():
    text = "Requirements: 5+ years of experience in manufacturing. Bachelor's degree in engineering required."
    gold = [rec("x", text=text, experience=[{"min_years": 5, "max_years": None, "domain": "manufacturing",
                                            "requirement": "required", "text": "5+ years of experience in manufacturing",
                                            "start": 14, "end": 53}])]
    extracted = evaluate(gold)
    by_hand = evaluate(gold, pred=[postingparse.parse(text, id="x").to_dict()])
    assert extracted.to_dict() == by_hand.to_dict()
    assert extracted.postings == 1 and not extracted.warnings


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/spec/seed-gold.jsonl not present")
def test_seed_postings():
    from postingparse.evaluate import read_jsonl

    seed = list(read_jsonl(str(SEED)))
    assert evaluate(seed, pred=seed).table()["f1"].eq(1.0).all()
    result = evaluate(seed)
    assert result.postings == len(seed) and not result.warnings
    print(result.format_text(errors=True))


# -- the command line --------------------------------------------------------------


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.fixture()
def files(tmp_path):
    return {
        "gold": write_jsonl(tmp_path / "gold.jsonl", GOLD),
        "pred": write_jsonl(tmp_path / "pred.jsonl", PRED),
        "texts": write_jsonl(tmp_path / "texts.jsonl", [{"id": k, "text": v} for k, v in TEXTS.items()]),
    }


def run_cli(*args):
    from postingparse.cli import main

    return main(["evaluate", *args])


def test_cli_json(files, capsys):
    assert run_cli(files["gold"], "--pred", files["pred"], "--texts", files["texts"], "--format", "json", "--errors") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fields"]["methodologies"] == pytest.approx(dict(zip(TABLE_COLUMNS, EXPECTED_TABLE["methodologies"])))
    assert [e["key"] for e in data["errors"]] == ["high_school", "lean", "2+"]  # by posting, then by position


def test_cli_text(files, capsys):
    assert run_cli(files["gold"], "--pred", files["pred"], "--texts", files["texts"]) == 0
    out = capsys.readouterr().out
    assert "experience          3     0     1      1.000   0.750   0.857" in out and "errors (" not in out


def test_cli_errors_are_reported(files, capsys):
    assert run_cli(files["gold"]) == 2  # no texts to extract from
    assert "no text" in capsys.readouterr().err
    assert run_cli(files["gold"] + ".missing", "--pred", files["pred"]) == 2


def test_cli_subprocess(files):
    done = subprocess.run(
        [sys.executable, "-m", "postingparse.cli", "evaluate", files["gold"], "--pred", files["pred"], "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    assert json.loads(done.stdout)["postings"] == 3

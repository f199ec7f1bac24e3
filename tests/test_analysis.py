"""The pandas analysis API: wide rows, extraction over a DataFrame, group summaries.

Every figure is checked against numbers computed by hand on five postings
built from entries directly (not extracted), so these tests hold whatever the
rule families find; one test runs the real extractor through `extract_frame`.
"""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import postingparse
from postingparse import frame
from postingparse.analysis import extract_frame, industry_key, methodology_labels, summarize, to_frame
from postingparse.record import DegreeEntry, ExperienceEntry, IndustryEntry, MethodologyEntry, Posting


def degree(level: str, requirement: str = "required") -> DegreeEntry:
    return DegreeEntry(level, 0, len(level), level=level, requirement=requirement)


def years(low: float, requirement: str = "required") -> ExperienceEntry:
    return ExperienceEntry(f"{low} years", 0, 7, min_years=low, requirement=requirement)


def method(label: str, requirement: str = "required") -> MethodologyEntry:
    return MethodologyEntry(label, 0, len(label), label=label, requirement=requirement)


def industry(label: str, naics: str | None, role: str = "employer") -> IndustryEntry:
    return IndustryEntry(label, 0, len(label), label=label, naics=naics, role=role)


POSTINGS = [
    Posting(  # CA: bachelor (master preferred), 3 years, six_sigma + lean, chemicals employer
        id="p1",
        degrees=[degree("bachelor"), degree("master", "preferred")],
        experience=[years(3)],
        industries=[industry("chemical_manufacturing", "325")],
        methodologies=[method("six_sigma"), method("lean")],
    ),
    Posting(  # CA: associate, 5 years (largest required min), lean; pharmaceuticals (NAICS 3254 -> 325) as experience
        id="p2",
        degrees=[degree("associate")],
        experience=[years(5), years(2)],
        industries=[industry("pharmaceutical_manufacturing", "3254", "experience"), industry("manufacturing", "31-33")],
        methodologies=[method("lean")],
    ),
    Posting(  # NY: only preferred entries; an industry without a NAICS code
        id="p3",
        experience=[years(1, "preferred")],
        industries=[industry("life_sciences", None)],
        methodologies=[method("iso", "preferred")],
    ),
    Posting(id="p4", degrees=[degree("high_school"), degree("bachelor")], experience=[years(10)]),  # NY
    Posting(id="p5"),  # TX: nothing found
]
STATES = ["CA", "CA", "NY", "NY", "TX"]
REMOTE = [True, False, True, True, False]

ROW_EXAMPLES = [
    # (posting index, {column: expected value}); missing values written as None
    (0, {"min_degree_level": "bachelor", "max_degree_level": "master", "min_years_required": 3.0,
         "any_required": True, "any_preferred": True, "method_six_sigma": True, "method_lean": True,
         "method_iso": False, "industry_325": True, "industry_325_employer": True, "industry_325_experience": False,
         "industry_31_33": False, "n_methodologies": 2}),
    (1, {"min_degree_level": "associate", "max_degree_level": "associate", "min_years_required": 5.0,
         "any_required": True, "any_preferred": False, "method_lean": True, "method_six_sigma": False,
         "industry_325": True, "industry_325_employer": False, "industry_325_experience": True,
         "industry_31_33": True, "industry_31_33_employer": True, "industry_31_33_experience": False}),
    (2, {"min_degree_level": None, "max_degree_level": None, "min_years_required": None,
         "any_required": False, "any_preferred": True, "method_iso": True,
         "industry_life_sciences": True, "industry_life_sciences_employer": True, "industry_325": False}),
    (3, {"min_degree_level": "high_school", "max_degree_level": "bachelor", "min_years_required": 10.0,
         "any_required": True, "any_preferred": False, "n_degrees": 2}),
    (4, {"min_degree_level": None, "min_years_required": None, "any_required": False, "any_preferred": False,
         "method_lean": False, "industry_life_sciences": False, "n_degrees": 0}),
]

OVERALL = {  # over the five postings
    "postings": 5, "errors": 0,
    "min_degree_none": 0.0, "min_degree_high_school": 0.2, "min_degree_associate": 0.2,
    "min_degree_bachelor": 0.2, "min_degree_master": 0.0, "min_degree_doctorate": 0.0,
    "min_degree_professional": 0.0, "min_degree_not_stated": 0.4,
    # required minimums 3, 5, 10: median 5, linear quantiles 3 + 0.5 * 2 and 5 + 0.5 * 5
    "years_count": 3, "years_median": 5.0, "years_p25": 4.0, "years_p75": 7.5,
    "any_required": 0.6, "any_preferred": 0.4,
    "method_lean": 0.4, "method_six_sigma": 0.2, "method_iso": 0.2, "method_kaizen": 0.0,
    "industry_325": 0.4, "industry_325_employer": 0.2, "industry_325_experience": 0.2,
    "industry_31_33": 0.2, "industry_31_33_employer": 0.2, "industry_31_33_experience": 0.0,
    "industry_life_sciences": 0.2, "industry_life_sciences_experience": 0.0,
}

BY_STATE = {
    "CA": {"postings": 2, "min_degree_bachelor": 0.5, "min_degree_associate": 0.5, "min_degree_not_stated": 0.0,
           "years_count": 2, "years_median": 4.0, "years_p25": 3.5, "years_p75": 4.5,
           "any_required": 1.0, "any_preferred": 0.5, "method_lean": 1.0, "method_six_sigma": 0.5,
           "method_iso": 0.0, "industry_325": 1.0, "industry_life_sciences": 0.0},
    "NY": {"postings": 2, "min_degree_high_school": 0.5, "min_degree_not_stated": 0.5, "min_degree_bachelor": 0.0,
           "years_count": 1, "years_median": 10.0, "years_p25": 10.0, "years_p75": 10.0,
           "any_required": 0.5, "any_preferred": 0.5, "method_iso": 0.5, "method_lean": 0.0,
           "industry_life_sciences": 0.5, "industry_325": 0.0},
    "TX": {"postings": 1, "min_degree_not_stated": 1.0, "years_count": 0, "years_median": None, "years_p25": None,
           "any_required": 0.0, "any_preferred": 0.0, "method_lean": 0.0, "industry_325": 0.0},
}

BY_STATE_AND_REMOTE = {
    ("CA", False): {"postings": 1, "min_degree_associate": 1.0, "years_median": 5.0, "method_six_sigma": 0.0},
    ("CA", True): {"postings": 1, "min_degree_bachelor": 1.0, "years_median": 3.0, "method_six_sigma": 1.0},
    ("NY", True): {"postings": 2, "min_degree_high_school": 0.5, "years_count": 1, "any_preferred": 0.5},
    ("TX", False): {"postings": 1, "min_degree_not_stated": 1.0, "years_count": 0},
}


@pytest.fixture
def wide() -> pd.DataFrame:
    df = to_frame(POSTINGS)
    df["state"] = STATES
    df["remote"] = REMOTE
    return df


def check(row: pd.Series, expected: dict) -> None:
    for column, value in expected.items():
        got = row[column]
        if value is None:
            assert pd.isna(got), (column, got)
        elif isinstance(value, float):
            assert got == pytest.approx(value), (column, got)
        else:
            assert got == value, (column, got)


@pytest.mark.parametrize("index,expected", ROW_EXAMPLES)
def test_to_frame_rows(index: int, expected: dict) -> None:
    check(to_frame(POSTINGS).iloc[index], expected)


def test_to_frame_types_and_columns() -> None:
    df = to_frame(POSTINGS)
    assert list(df.columns[: len(frame.SUMMARY_COLUMNS)]) == list(frame.SUMMARY_COLUMNS)
    assert df["min_degree_level"].dtype == frame.LEVEL_DTYPE and df["min_degree_level"].cat.ordered
    assert list(frame.LEVEL_DTYPE.categories) == [
        "none", "high_school", "associate", "bachelor", "master", "doctorate", "professional"]
    assert df["min_years_required"].dtype == "Float64"
    assert (df["min_degree_level"] >= "bachelor").tolist() == [True, False, False, False, False]
    flags = [c for c in df.columns if c.startswith(("method_", "industry_", "any_"))]
    assert all(df[c].dtype == "boolean" for c in flags)
    # every vocabulary methodology has a column even when no posting names it
    assert all(f"method_{label}" in df.columns for label in methodology_labels())
    assert {c for c in df.columns if c.startswith("industry_")} == {
        f"industry_{key}{role}" for key in ("325", "31_33", "life_sciences") for role in ("", "_employer", "_experience")}


def test_to_frame_accepts_dicts_and_empty_input() -> None:
    pd.testing.assert_frame_equal(to_frame([p.to_dict() for p in POSTINGS]), to_frame(POSTINGS))
    empty = to_frame([])
    assert len(empty) == 0 and empty["method_lean"].dtype == "boolean"


@pytest.mark.parametrize("naics,label,key", [("3254", "pharmaceutical_manufacturing", "325"), ("31-33", "manufacturing", "31_33"),
                                             ("11", "agriculture", "11"), (None, "life_sciences", "life_sciences")])
def test_industry_key(naics: str | None, label: str, key: str) -> None:
    assert industry_key(industry(label, naics)) == key


def test_summarize_overall(wide: pd.DataFrame) -> None:
    out = summarize(wide)
    assert out.index.tolist() == ["all"]
    check(out.loc["all"], OVERALL)
    assert "state" not in out.columns and "remote" not in out.columns  # group-by candidates are not shares


@pytest.mark.parametrize("state,expected", BY_STATE.items())
def test_summarize_by_column(wide: pd.DataFrame, state: str, expected: dict) -> None:
    out = summarize(wide, by="state")
    assert out.index.tolist() == ["CA", "NY", "TX"]
    check(out.loc[state], expected)


@pytest.mark.parametrize("group,expected", BY_STATE_AND_REMOTE.items())
def test_summarize_by_columns(wide: pd.DataFrame, group: tuple, expected: dict) -> None:
    out = summarize(wide, by=["state", "remote"])
    assert out.index.names == ["state", "remote"] and len(out) == 4
    check(out.loc[group], expected)


def test_summarize_leaves_error_rows_out(wide: pd.DataFrame) -> None:
    wide["error"] = pd.array([None, None, None, None, "empty text"], dtype="string")
    out = summarize(wide).loc["all"]
    # p5 no longer counts: four postings, of which p3 has no required degree
    check(out, {"postings": 5, "errors": 1, "min_degree_not_stated": 0.25, "min_degree_bachelor": 0.25,
                "any_required": 0.75, "method_lean": 0.5, "years_count": 3})


def test_summarize_types_and_empty_frame(wide: pd.DataFrame) -> None:
    out = summarize(wide, by="state")
    assert out["postings"].dtype == "Int64" and out["years_count"].dtype == "Int64"
    assert out["min_degree_bachelor"].dtype == "Float64" and out["method_lean"].dtype == "Float64"
    empty = summarize(wide.iloc[:0])
    check(empty.loc["all"], {"postings": 0, "years_count": 0, "min_degree_bachelor": None, "method_lean": None})
    with pytest.raises(KeyError):
        summarize(wide, by="country")


USER_ROWS = pd.DataFrame(
    {
        "title": ["Quality Engineer", "Plant Manager", "Operator", "Buyer"],
        "state": ["OH", "MI", "OH", "TX"],
        "date": pd.to_datetime(["2024-01-05", "2024-02-01", "2024-02-03", "2024-03-01"]),
        "description": [
            "Bachelor's degree in engineering required. Six Sigma Green Belt preferred.",
            "Master's degree and 10+ years of experience in food manufacturing required.",
            "",
            "High school diploma required. 2 years of experience required.",
        ],
    },
    index=[30, 10, 20, 40],
)


def test_extract_frame_keeps_user_columns_and_marks_empty_text() -> None:
    out = extract_frame(USER_ROWS)
    assert out.index.tolist() == [30, 10, 20, 40]
    assert list(out.columns[:3]) == ["title", "state", "date"] and "description" not in out.columns
    pd.testing.assert_frame_equal(out[["title", "state", "date"]], USER_ROWS[["title", "state", "date"]])
    check(out.loc[30], {"min_degree_level": "bachelor", "method_six_sigma": True, "any_preferred": True,
                        "min_years_required": None, "error": None})
    check(out.loc[10], {"min_degree_level": "master", "min_years_required": 10.0, "industry_311": True, "error": None})
    check(out.loc[20], {"min_degree_level": None, "min_years_required": None, "method_six_sigma": None,
                        "any_required": None, "n_degrees": None, "error": "empty text"})
    check(out.loc[40], {"min_degree_level": "high_school", "min_years_required": 2.0, "error": None})
    assert out["min_degree_level"].dtype == frame.LEVEL_DTYPE and out["method_lean"].dtype == "boolean"
    by_state = summarize(out, by="state")
    check(by_state.loc["OH"], {"postings": 2, "errors": 1, "min_degree_bachelor": 1.0, "method_six_sigma": 1.0})


def test_extract_frame_missing_and_non_str_text_and_ids() -> None:
    rows = pd.DataFrame({"ref": [7, 8, 9], "description": [None, 42, "Associate degree required."]})
    out = extract_frame(rows, id="ref")
    assert out["id"].tolist() == ["7", "8", "9"]  # the id names the row even where extraction failed
    assert out["error"].iloc[0] == "missing text" and out["error"].iloc[1] == "text is int, not str"
    assert out["min_degree_level"].iloc[2] == "associate"
    assert out["ref"].tolist() == [7, 8, 9]
    with pytest.raises(KeyError):
        extract_frame(rows, text="body")


def test_public_names_are_lazy() -> None:
    assert postingparse.to_frame is to_frame and postingparse.summarize is summarize
    assert postingparse.extract_frame is extract_frame and postingparse.tables is frame.tables
    code = "import sys, postingparse; bad = {'pandas', 'dask', 'distributed'} & set(sys.modules); assert not bad, bad"
    subprocess.run([sys.executable, "-c", code], check=True)

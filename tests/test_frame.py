"""pandas tables of postings: summary rows computed by hand, fixed column types, long tables keyed by id.

The postings are built from entries directly (not extracted), so these tests
hold whatever the rule families find.
"""

from __future__ import annotations

import pandas as pd
import pytest

from postingparse.frame import (
    LEVEL_DTYPE,
    SUMMARY_COLUMNS,
    TABLES,
    entry_columns,
    summary_frame,
    summary_row,
    tables,
    typed_frame,
)
from postingparse.record import DegreeEntry, ExperienceEntry, IndustryEntry, MethodologyEntry, Posting


def degree(level: str, requirement: str = "required", fields: list[str] | None = None) -> DegreeEntry:
    return DegreeEntry(level, 0, len(level), level=level, requirement=requirement, fields=fields or [])


def years(low: float, high: float | None = None, requirement: str = "required") -> ExperienceEntry:
    return ExperienceEntry(f"{low} years", 0, 7, min_years=low, max_years=high, requirement=requirement)


def method(label: str) -> MethodologyEntry:
    return MethodologyEntry(label, 0, len(label), label=label)


def industry(label: str, naics: str | None, role: str = "employer") -> IndustryEntry:
    return IndustryEntry(label, 0, len(label), label=label, naics=naics, role=role)


FULL = Posting(
    id="full",
    degrees=[degree("bachelor", fields=["chemistry"]), degree("master", "preferred"), degree("associate")],
    experience=[years(3, 5), years(7, None, "preferred"), years(2)],
    industries=[industry("food", "311"), industry("manufacturing", "31-33", "experience"), industry("food", "311")],
    methodologies=[method("lean"), method("six_sigma"), method("lean")],
)
EMPTY = Posting(id="empty")
PREFERRED_ONLY = Posting(
    id="pref", degrees=[degree("doctorate", "preferred")], experience=[years(4, None, "preferred")]
)

SUMMARY_EXAMPLES = [
    (
        FULL,
        {
            "min_degree_level": "associate",  # lowest required level
            "max_degree_level": "master",  # highest named, preferred included
            "min_years_required": 3.0,  # largest min_years among required entries
            "methodologies": ["lean", "six_sigma"],  # distinct, in text order
            "industries": ["food", "manufacturing"],
            "n_degrees": 3,
            "n_experience": 3,
            "n_industries": 3,
            "n_methodologies": 3,
        },
    ),
    (
        EMPTY,
        {
            "min_degree_level": None,
            "max_degree_level": None,
            "min_years_required": None,
            "methodologies": [],
            "n_degrees": 0,
        },
    ),
    (
        PREFERRED_ONLY,
        {"min_degree_level": None, "max_degree_level": "doctorate", "min_years_required": None, "n_experience": 1},
    ),
]


@pytest.mark.parametrize("posting, expected", SUMMARY_EXAMPLES, ids=lambda v: getattr(v, "id", ""))
def test_summary_row(posting: Posting, expected: dict) -> None:
    row = summary_row(posting)
    assert list(row) == list(SUMMARY_COLUMNS)
    assert {k: row[k] for k in expected} == expected and row["id"] == posting.id


def test_tables_are_long_and_keyed_by_posting_id() -> None:
    got = tables([FULL, EMPTY, PREFERRED_ONLY.to_dict()])  # v1 dicts work too
    assert list(got) == list(TABLES)
    assert got["postings"]["id"].tolist() == ["full", "empty", "pref"]
    assert got["degrees"][["id", "level", "requirement"]].astype(str).values.tolist() == [
        ["full", "bachelor", "required"],
        ["full", "master", "preferred"],
        ["full", "associate", "required"],
        ["pref", "doctorate", "preferred"],
    ]
    assert got["degrees"]["fields"].tolist() == [["chemistry"], [], [], []]
    assert got["experience"]["max_years"].isna().tolist() == [False, True, True, True]
    assert got["industries"]["naics"].tolist() == ["311", "31-33", "311"]
    assert got["methodologies"].groupby("id").size().to_dict() == {"full": 3}
    # one line of pandas: share of postings asking for lean
    share = got["postings"]["methodologies"].apply(lambda labels: "lean" in labels).mean()
    assert share == pytest.approx(1 / 3)


def test_levels_are_ordered() -> None:
    frame = summary_frame([FULL, EMPTY, Posting(id="hs", degrees=[degree("high_school")])])
    assert frame["min_degree_level"].dtype == LEVEL_DTYPE
    assert (frame["min_degree_level"] >= "associate").tolist() == [True, False, False]
    assert frame["min_degree_level"].max() == "associate"


def test_column_types_do_not_depend_on_the_data() -> None:
    empty, full = tables([]), tables([FULL])
    for name in TABLES:
        assert len(empty[name]) == 0
        assert empty[name].dtypes.to_dict() == full[name].dtypes.to_dict(), name
    assert list(empty["degrees"].columns) == [
        "id",
        "level",
        "fields",
        "requirement",
        "or_equivalent",
        "text",
        "start",
        "end",
    ]
    assert list(entry_columns("experience")) == [
        "id",
        "min_years",
        "max_years",
        "domain",
        "requirement",
        "text",
        "start",
        "end",
    ]
    assert str(full["experience"]["min_years"].dtype) == "Float64" and str(full["degrees"]["start"].dtype) == "Int64"


def test_typed_frame_keeps_only_its_columns() -> None:
    frame = typed_frame([{"id": "a", "n": 1, "other": "x"}, {"id": "b"}], {"id": "string", "n": "Int64"})
    assert list(frame.columns) == ["id", "n"] and frame["n"].isna().tolist() == [False, True]
    pd.testing.assert_frame_equal(typed_frame([], {"id": "string"}), pd.DataFrame({"id": pd.array([], dtype="string")}))


@pytest.mark.parametrize(
    "annotation, dtype",
    [
        ("float", "Float64"),
        ("float | None", "Float64"),
        ("int", "Int64"),
        ("bool", "boolean"),
        ("str | None", "string"),
        ("list[str]", "object"),
        ("dict[str, str]", "string"),
    ],
)
def test_a_new_entry_field_gets_a_column_of_its_type(annotation: str, dtype: str) -> None:
    from postingparse.frame import _dtype_of

    assert _dtype_of(annotation) == dtype

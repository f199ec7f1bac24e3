"""pandas tables of postings: one summary row per posting, and long tables with one row per entry.

Every table has fixed column types, whatever the data (an empty batch, a
column that is all missing), so that tables built chunk by chunk concatenate
and write to one Parquet file with one schema:

- degree levels are an ordered categorical in `DEGREE_LEVELS` order, so
  ``frame.min_degree_level >= "bachelor"`` works;
- years are nullable floats (``Float64``), counts and offsets nullable integers;
- lists (degree fields, the methodologies, industries and certifications of a posting) are
  object columns holding Python lists of strings (never missing: an empty
  list), so ``df.explode("methodologies")`` gives one row per label; they
  are the only object columns;
- everything else is the nullable ``string`` type.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Iterable, Mapping

import pandas as pd

from .record import DEGREE_LEVELS, ENTRY_TYPES, FAMILIES, Posting

#: Degree levels, ordered from "none" to "professional".
LEVEL_DTYPE = pd.CategoricalDtype(list(DEGREE_LEVELS), ordered=True)
#: A list of labels or fields per cell (Python lists).
LABELS_DTYPE = "object"

#: The long tables' names: one per family, plus "postings" (one summary row per posting).
TABLES: tuple[str, ...] = ("postings", *FAMILIES)

#: Columns of the per-posting summary, in order, with their types.
SUMMARY_COLUMNS: dict[str, Any] = {
    "id": "string",
    "min_degree_level": LEVEL_DTYPE,
    "max_degree_level": LEVEL_DTYPE,
    "min_years_required": "Float64",
    "min_years_by_degree": "object",
    "methodologies": LABELS_DTYPE,
    "industries": LABELS_DTYPE,
    "certifications": LABELS_DTYPE,
    "n_degrees": "Int64",
    "n_experience": "Int64",
    "n_industries": "Int64",
    "n_methodologies": "Int64",
    "n_certifications": "Int64",
}

# Column types follow the entry fields' annotations (a field added to an entry type gets a
# column of the right type without touching this module); degree levels are the exception.
_ANNOTATION_DTYPES: dict[str, Any] = {"float": "Float64", "int": "Int64", "bool": "boolean"}
_FIELD_DTYPES: dict[str, Any] = {"level": LEVEL_DTYPE}
_EVIDENCE = ("text", "start", "end")


def summary_row(posting: Posting) -> dict[str, Any]:
    """One posting's summary as plain Python values (the columns of `SUMMARY_COLUMNS`).

    Args:
        posting (Posting): An extracted record.

    Returns:
        dict: ``min_degree_level`` (lowest required level) and ``max_degree_level``
        (highest level named, required or preferred), ``min_years_required``
        (see `Posting.min_years_required`), ``min_years_by_degree`` (a dict: the least
        years asked of a holder of each degree level, `Posting.min_years_by_degree`), the distinct
        ``methodologies``, ``industries`` and ``certifications`` labels in text order, and the
        number of entries per family.
    """
    levels = [d.level for d in posting.degrees]
    return {
        "id": posting.id,
        "min_degree_level": posting.min_degree_level,
        "max_degree_level": max(levels, key=DEGREE_LEVELS.index) if levels else None,
        "min_years_required": posting.min_years_required,
        "min_years_by_degree": posting.min_years_by_degree,
        "methodologies": list(dict.fromkeys(m.label for m in posting.methodologies)),
        "industries": list(dict.fromkeys(i.label for i in posting.industries)),
        "certifications": list(dict.fromkeys(c.label for c in posting.certifications)),
        "n_degrees": len(posting.degrees),
        "n_experience": len(posting.experience),
        "n_industries": len(posting.industries),
        "n_methodologies": len(posting.methodologies),
        "n_certifications": len(posting.certifications),
    }


def entry_columns(family: str) -> dict[str, Any]:
    """The columns of one family's long table, with their types.

    ``id`` (the posting's id) first, then the entry's v1 fields, then the
    evidence ``text``, ``start``, ``end``.
    """
    types = {f.name: _FIELD_DTYPES.get(f.name) or _dtype_of(str(f.type)) for f in fields(ENTRY_TYPES[family])}
    ordered = [n for n in types if n not in _EVIDENCE] + list(_EVIDENCE)
    return {"id": "string", **{name: types[name] for name in ordered}}


def _dtype_of(annotation: str) -> Any:
    """The column type for a field annotated ``annotation`` (``"float | None"``, ``"list[str]"``, ...)."""
    base = annotation.replace(" ", "").replace("|None", "").replace("None|", "")
    if base.startswith(("list", "tuple")):
        return LABELS_DTYPE
    return _ANNOTATION_DTYPES.get(base, "string")


def summary_frame(postings: Iterable[Posting | Mapping[str, Any]]) -> pd.DataFrame:
    """One row per posting with the summary columns (`summary_row`), typed as in `SUMMARY_COLUMNS`.

    Args:
        postings (Iterable[Posting | dict]): Records, as `Posting` objects or v1 dicts.
    """
    return typed_frame([summary_row(_posting(p)) for p in postings], SUMMARY_COLUMNS)


def tables(postings: Iterable[Posting | Mapping[str, Any]]) -> dict[str, pd.DataFrame]:
    """The tidy long tables of many postings, keyed by posting id.

    Args:
        postings (Iterable[Posting | dict]): Records, as `Posting` objects or v1
            dicts (as read back from a JSONL output).

    Returns:
        dict[str, DataFrame]: ``"postings"``: one summary row per posting (see
        `summary_row`); ``"degrees"``, ``"experience"``, ``"industries"``,
        ``"methodologies"``, ``"certifications"``: one row per entry, in posting order then text
        order, whose ``id`` column is the posting's id (join on it).

    Example:
        >>> from postingparse import parse
        >>> t = tables([parse("Bachelor's degree and 3+ years of experience required.", id="a")])
        >>> t["degrees"][["id", "level"]].values.tolist()
        [['a', 'bachelor']]
    """
    summaries: list[dict[str, Any]] = []
    entries: dict[str, list[dict[str, Any]]] = {fam: [] for fam in FAMILIES}
    for item in postings:
        posting = _posting(item)
        summaries.append(summary_row(posting))
        for fam in FAMILIES:
            entries[fam].extend({"id": posting.id, **e.to_dict()} for e in getattr(posting, fam))
    out = {"postings": typed_frame(summaries, SUMMARY_COLUMNS)}
    out.update({fam: typed_frame(rows, entry_columns(fam)) for fam, rows in entries.items()})
    return out


def typed_frame(rows: list[dict[str, Any]], columns: Mapping[str, Any]) -> pd.DataFrame:
    """A DataFrame of ``rows`` with exactly ``columns`` (name to dtype), in that order.

    Keys missing from a row are missing values; keys not in ``columns`` are dropped.
    """
    frame = pd.DataFrame.from_records(rows, columns=list(columns)) if rows else pd.DataFrame(columns=list(columns))
    return frame.astype(dict(columns))


def _posting(item: Posting | Mapping[str, Any]) -> Posting:
    return item if isinstance(item, Posting) else Posting.from_dict(item)


__all__ = [
    "LEVEL_DTYPE",
    "LABELS_DTYPE",
    "TABLES",
    "SUMMARY_COLUMNS",
    "summary_row",
    "entry_columns",
    "summary_frame",
    "tables",
    "typed_frame",
]

"""Analysis with pandas: one wide row per posting, extraction over a DataFrame, group summaries.

Built on `postingparse.frame` (the per-posting summary columns and their types);
this module adds what analysts group and average over:

- ``any_required`` / ``any_preferred``: the posting has at least one entry
  (degree, experience, methodology or certification) with that requirement;
- ``method_<label>``: one boolean column per methodology label (every label of
  the vocabulary, so frames of different batches share columns, plus any other
  label found; `extract_frame` takes them from its extractor's vocabulary, so
  labels of a ``data_dir`` get columns too);
- ``cert_<label>``: one boolean column per certification label (every label of the
  vocabulary, plus any other label found), true where the posting asks for it,
  required or preferred (``cert_cqe``: ASQ's Certified Quality Engineer);
- ``industry_<key>`` and ``industry_<key>_<role>``: one boolean column per
  industry key found, in any role and per role (``employer``, ``experience``).
  The key is the one postings are scored on: the 3-digit NAICS code
  (``industry_311_employer``), the NAICS sector or range where the code is shorter
  (``industry_31_33``), or the label where there is no code (``industry_life_sciences``).
  With ``industry_columns="vocabulary"`` there is one per key of the industries
  vocabulary instead, found or not: every batch then has the same columns, which
  is what frames built partition by partition (Dask, Spark) need.

Indicator columns are nullable booleans: rows whose text could not be extracted
(`extract_frame`) hold missing values there, and `summarize` leaves them out of
every share.
"""

from __future__ import annotations

from typing import Any, Hashable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .frame import LEVEL_DTYPE, SUMMARY_COLUMNS, summary_frame, tables, typed_frame
from .pipeline import COMPONENT, Extractor, default_extractor
from .record import FAMILIES, ROLES, IndustryEntry, Posting
from .vocabulary import Vocabularies

METHOD_PREFIX = "method_"
CERT_PREFIX = "cert_"
INDUSTRY_PREFIX = "industry_"
#: Families whose entries carry a ``requirement``.
_REQUIREMENT_FAMILIES = ("degrees", "experience", "methodologies", "certifications")
#: The choices of ``industry_columns``: the keys found in the batch, or every key of the vocabulary.
INDUSTRY_COLUMNS = ("found", "vocabulary")


def methodology_labels(vocabularies: Vocabularies | None = None) -> list[str]:
    """The methodology labels (``label`` and ``also`` of the rows) of a vocabulary (default: the bundled one), sorted."""
    rows = (vocabularies or Vocabularies()).table("methodologies")
    return sorted({row[key] for row in rows for key in ("label", "also") if row.get(key)})


def certification_labels(vocabularies: Vocabularies | None = None) -> list[str]:
    """The certification labels of a vocabulary (default: the bundled one), sorted."""
    rows = (vocabularies or Vocabularies()).table("certifications")
    return sorted({row["label"] for row in rows if row.get("label")})


def industry_keys(vocabularies: Vocabularies | None = None) -> list[str]:
    """Every `industry_key` of a vocabulary's industries table (default: the bundled one), sorted."""
    rows = (vocabularies or Vocabularies()).industries()
    return sorted({_industry_key(row.get("naics"), row["label"]) for row in rows})


def industry_key(entry: IndustryEntry) -> str:
    """The key an industry entry is counted under: 3-digit NAICS code, shorter code or range, else label.

    Example: ``"311"`` for naics ``"3121"``, ``"31_33"`` for ``"31-33"``, ``"life_sciences"`` for no code.
    """
    return _industry_key(entry.naics, entry.label)


def _industry_key(naics: str | None, label: str) -> str:
    if naics:
        return naics[:3] if naics.isdigit() else naics.replace("-", "_")
    return label


def vocabularies_of(extractor: Extractor) -> Vocabularies:
    """The vocabularies an extractor's pipeline was built with (its ``data_dir`` and ``replace_data``)."""
    return extractor.nlp.get_pipe(COMPONENT).vocabularies


def to_frame(
    postings: Iterable[Posting | Mapping[str, Any]],
    *,
    industry_columns: str = "found",
    vocabularies: Vocabularies | None = None,
) -> pd.DataFrame:
    """One row per posting: the summary columns of `postingparse.frame` plus indicator columns.

    Args:
        postings (Iterable[Posting | dict]): Records, as `Posting` objects or v1 dicts.
        industry_columns (str): ``"found"``: ``industry_*`` columns for the keys found in
            ``postings`` only; ``"vocabulary"``: for every key of the vocabulary's industries
            table, so that every batch has the same columns (keys found outside it are
            added after them).
        vocabularies (Optional[Vocabularies]): Where the methodology and certification labels (and, with
            ``industry_columns="vocabulary"``, the industry keys) come from; by default the
            bundled tables. Give the extractor's (`vocabularies_of`) when it has its own ``data_dir``.

    Returns:
        DataFrame: ``id``, ``min_degree_level``/``max_degree_level`` (ordered
        categoricals, none < high_school < ... < professional), ``min_years_required``
        (``Float64``), the ``methodologies``/``industries`` label lists, entry counts
        ``n_degrees``... (``Int64``), then the boolean columns ``any_required``,
        ``any_preferred``, ``method_<label>``, ``cert_<label>`` and ``industry_<key>[_<role>]``
        (see the module docstring).

    Example:
        >>> from postingparse import parse
        >>> df = to_frame([parse("Bachelor's degree required; Six Sigma a plus.")])
        >>> bool(df.loc[0, "method_six_sigma"]), df.loc[0, "min_degree_level"]
        (True, 'bachelor')
    """
    if industry_columns not in INDUSTRY_COLUMNS:
        raise ValueError(f"industry_columns must be one of {INDUSTRY_COLUMNS}, got {industry_columns!r}")
    records = [p if isinstance(p, Posting) else Posting.from_dict(p) for p in postings]
    frame = summary_frame(records)
    indicators: dict[str, list[bool]] = {}
    for name in ("any_required", "any_preferred"):
        requirement = name.removeprefix("any_")
        indicators[name] = [
            any(e.requirement == requirement for fam in _REQUIREMENT_FAMILIES for e in getattr(p, fam)) for p in records
        ]
    found_methods = [{m.label for m in p.methodologies} for p in records]
    labels = methodology_labels(vocabularies)
    for label in labels + sorted(set().union(*found_methods) - set(labels)):
        indicators[METHOD_PREFIX + label] = [label in found for found in found_methods]
    found_certs = [{c.label for c in p.certifications} for p in records]
    cert_labels = certification_labels(vocabularies)
    for label in cert_labels + sorted(set().union(*found_certs) - set(cert_labels)):
        indicators[CERT_PREFIX + label] = [label in found for found in found_certs]
    found_industries = [{(industry_key(i), i.role) for i in p.industries} for p in records]
    found_keys = {key for found in found_industries for key, _ in found}
    keys = industry_keys(vocabularies) if industry_columns == "vocabulary" else []
    for key in keys + sorted(found_keys - set(keys)):
        indicators[f"{INDUSTRY_PREFIX}{key}"] = [any(k == key for k, _ in found) for found in found_industries]
        for role in ROLES:
            indicators[f"{INDUSTRY_PREFIX}{key}_{role}"] = [(key, role) in found for found in found_industries]
    # One 2-D array made into BooleanArrays column by column: 5x faster than ``.astype("boolean")``
    # on hundreds of columns, a cost every partition of a Dask or Spark job pays.
    flags = np.array(list(indicators.values()), dtype=bool).reshape(len(indicators), len(records))
    valid = np.zeros(len(records), dtype=bool)
    columns = {name: pd.arrays.BooleanArray(flags[i], valid) for i, name in enumerate(indicators)}
    return pd.concat([frame, pd.DataFrame(columns, index=frame.index, columns=list(indicators))], axis=1)


#: Record keys that are not kept columns (`records_frame`).
_RECORD_KEYS = frozenset({"id", "source", "warnings", "text", "paths", *FAMILIES})


def records_frame(records: Iterable[Posting | Mapping[str, Any]]) -> pd.DataFrame:
    """`to_frame` of records as ``extract`` writes them, with their kept columns after ``id``.

    Args:
        records (Iterable[Posting | dict]): Records (``id``, ``source``, kept fields, v1 fields), or `Posting` objects.
    """
    dicts = [r.to_dict() if isinstance(r, Posting) else dict(r) for r in records]
    frame = to_frame(dicts)
    kept = pd.DataFrame([{k: v for k, v in r.items() if k not in _RECORD_KEYS} for r in dicts], index=frame.index)
    kept = kept.drop(columns=[c for c in kept.columns if c in frame.columns])
    return pd.concat([frame[["id"]], kept, frame.drop(columns="id")], axis=1)


def summary_to_frame(
    summaries: pd.DataFrame | Iterable[Mapping[str, Any]], vocabularies: Vocabularies | None = None
) -> pd.DataFrame:
    """A frame like `to_frame`'s from per-posting summaries (``extract -o summary.csv|.parquet``), for `summarize`.

    A summary has no entries, so the frame has what can be told from its columns:
    the summary columns (typed as in `postingparse.frame`), the other columns
    (``source``, kept fields) as strings after ``id``, ``method_<label>``, ``cert_<label>`` and
    ``industry_<key>`` indicator columns (the key from the label's NAICS code in the
    vocabulary). It has no ``any_required``/``any_preferred`` and no per-role
    industry columns (requirements and roles are not in a summary).

    Args:
        summaries (DataFrame | Iterable[dict]): Summary rows; list columns hold lists of labels.
        vocabularies (Optional[Vocabularies]): Where labels and codes come from (default: the bundled tables).
    """
    rows = summaries.to_dict("records") if isinstance(summaries, pd.DataFrame) else [dict(r) for r in summaries]
    frame = typed_frame(rows, SUMMARY_COLUMNS)
    for name in ("methodologies", "industries", "certifications"):
        frame[name] = [list(v) if isinstance(v, (list, tuple, np.ndarray)) else [] for v in frame[name]]
    other = [c for c in dict.fromkeys(k for r in rows for k in r) if c not in SUMMARY_COLUMNS]
    for position, name in enumerate(other, 1):
        frame.insert(position, name, pd.array([_cell_text(r.get(name)) for r in rows], dtype="string"))
    indicators: dict[str, list[bool]] = {}
    labels = methodology_labels(vocabularies)
    found_methods = [set(v) for v in frame["methodologies"]]
    for label in labels + sorted(set().union(*found_methods) - set(labels)):
        indicators[METHOD_PREFIX + label] = [label in found for found in found_methods]
    cert_labels = certification_labels(vocabularies)
    found_certs = [set(v) for v in frame["certifications"]]
    for label in cert_labels + sorted(set().union(*found_certs) - set(cert_labels)):
        indicators[CERT_PREFIX + label] = [label in found for found in found_certs]
    codes = industry_codes(vocabularies)
    found_keys = [{_industry_key(codes.get(label), label) for label in v} for v in frame["industries"]]
    for key in sorted(set().union(*found_keys)):
        indicators[INDUSTRY_PREFIX + key] = [key in found for found in found_keys]
    columns = {name: pd.array(values, dtype="boolean") for name, values in indicators.items()}
    return pd.concat([frame, pd.DataFrame(columns, index=frame.index, columns=list(indicators))], axis=1)


def _cell_text(value: Any) -> str | None:
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    return value if isinstance(value, str) else str(value)


def industry_codes(vocabularies: Vocabularies | None = None) -> dict[str, str | None]:
    """The NAICS code of every industry label of a vocabulary (default: the bundled one)."""
    rows = (vocabularies or Vocabularies()).table("industries")
    return {row["label"]: row.get("naics") for row in rows}


def extract_frame(
    df: pd.DataFrame,
    text: str = "description",
    id: str | None = None,
    extractor: Extractor | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    industry_columns: str = "found",
) -> pd.DataFrame:
    """Extract every posting of a DataFrame and return the `to_frame` columns next to the user's columns.

    Args:
        df (DataFrame): One posting per row.
        text (str): The column holding the posting texts.
        id (Optional[str]): A column naming each posting; its values (as strings) become
            ``Posting.id`` and the result's ``id`` column. With None the result has no
            ``id`` column: the index (kept from ``df``) identifies the rows.
        extractor (Optional[Extractor]): The extractor to use; by default the process-wide one.
        batch_size (int): Texts per batch given to `Extractor.pipe`.
        n_process (int): Worker processes for `Extractor.pipe`; -1 uses every core.
        industry_columns (str): ``"found"`` (industry columns for the keys found in ``df``) or
            ``"vocabulary"`` (for every key of the extractor's industries vocabulary: the
            same columns whatever the rows, as frames built in partitions need); see `to_frame`.

    Returns:
        DataFrame: ``df``'s columns other than ``text``, then the `to_frame` columns and
        ``error`` (nullable string): same index and order as ``df``. A row whose text is
        missing, empty or not a string (or fails to extract) holds missing values in the
        extracted columns and says why in ``error``; it never raises.

    Raises:
        KeyError: ``text`` or ``id`` is not a column of ``df``.
        ValueError: an extracted column's name is already a column of ``df``.
    """
    extractor = extractor or default_extractor()
    outcomes = extract_postings(df, text=text, id=id, extractor=extractor, batch_size=batch_size, n_process=n_process)
    good = [i for i, outcome in enumerate(outcomes) if isinstance(outcome, Posting)]
    extracted = to_frame(
        [outcomes[i] for i in good], industry_columns=industry_columns, vocabularies=vocabularies_of(extractor)
    )
    extracted.index = good
    extracted = extracted.reindex(range(len(df)))
    extracted["id"] = pd.array(posting_ids(df, id), dtype="string")
    extracted["error"] = pd.array([o if isinstance(o, str) else None for o in outcomes], dtype="string")
    if id is None or id == "id":
        extracted = extracted.drop(columns="id")
    extracted.index = df.index
    user = df.drop(columns=text)
    clash = [c for c in extracted.columns if c in user.columns]
    if clash:
        raise ValueError(f"columns {clash} of the DataFrame clash with extracted columns: rename them first")
    return pd.concat([user, extracted], axis=1)


def extract_postings(
    df: pd.DataFrame,
    text: str = "description",
    id: str | None = None,
    extractor: Extractor | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> list[Posting | str]:
    """The record of every row of a DataFrame, or why there is none: what `extract_frame` tabulates.

    Args: as `extract_frame`.

    Returns:
        list[Posting | str]: One per row, in order: the `Posting` (its ``id`` from the
        ``id`` column, else None), or for a row whose text is missing, empty, not a
        string or fails to extract, the reason (never raises for a row).

    Raises:
        KeyError: ``text`` or ``id`` is not a column of ``df``.
    """
    for column in (text, id):
        if column is not None and column not in df.columns:
            raise KeyError(f"no column {column!r} in the DataFrame (columns: {list(df.columns)})")
    texts = df[text].tolist()
    outcomes: list[Posting | str | None] = [_text_problem(t) for t in texts]
    good = [i for i, problem in enumerate(outcomes) if problem is None]
    ids = posting_ids(df, id)
    postings = _extract(extractor or default_extractor(), [texts[i] for i in good], [ids[i] for i in good],
                        batch_size, n_process)
    for i, posting in zip(good, postings):
        outcomes[i] = posting
    return outcomes  # type: ignore[return-value]  (every None was replaced)


def posting_ids(df: pd.DataFrame, id: str | None) -> list[str | None]:
    """The posting id of every row: the ``id`` column's values as strings (missing ones None), or all None."""
    return [None if pd.isna(v) else str(v) for v in df[id]] if id is not None else [None] * len(df)


def _text_problem(value: object) -> str | None:
    """Why ``value`` cannot be extracted, or None when it is a non-empty string."""
    if isinstance(value, str):
        return None if value.strip() else "empty text"
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return "missing text"
    return f"text is {type(value).__name__}, not str"


def _extract(
    extractor: Extractor, texts: list[str], ids: list[str | None], batch_size: int, n_process: int
) -> list[Posting | str]:
    """Postings for ``texts``, or for a text that fails, the error's message (one at a time after a failure)."""
    try:
        return list(extractor.pipe(texts, ids=ids, batch_size=batch_size, n_process=n_process))
    except Exception:  # noqa: BLE001  (find the failing texts one by one below)
        pass
    out: list[Posting | str] = []
    for text, posting_id in zip(texts, ids):
        try:
            out.append(extractor.parse(text, id=posting_id))
        except Exception as exc:  # noqa: BLE001  (one bad posting must not stop a batch)
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def summarize(frame: pd.DataFrame, by: Hashable | Sequence[Hashable] | None = None) -> pd.DataFrame:
    """Per-group figures of a `to_frame` / `extract_frame` frame.

    Args:
        frame (DataFrame): One row per posting, with the `to_frame` columns (and the user's).
        by (Optional[column or list of columns]): Columns to group by (groups sorted,
            missing values form their own group); None gives one row, indexed ``"all"``.

    Returns:
        DataFrame: one row per group, indexed by the group's values, with
        ``postings`` (rows in the group) and ``errors`` (rows with an ``error``);
        over the other rows (rows with an error are left out of every figure):
        ``min_degree_<level>`` share whose lowest required degree is that level, for
        every level, and ``min_degree_not_stated`` share with no required degree;
        ``years_count``, ``years_median``, ``years_p25``, ``years_p75`` of
        ``min_years_required`` (over postings that state one; quantiles interpolated);
        ``years_median_<level>``, the median years asked of a holder of that degree level
        (``min_years_by_degree``, over postings that say; "median years asked of bachelor's
        holders" is ``years_median_bachelor``), for every level, where the frame has that column;
        then the share of postings with each boolean column of the frame:
        ``any_required``, ``any_preferred``, ``method_<label>``, ``cert_<label>``, ``industry_<key>[_<role>]``.
    """
    keys = [] if by is None else [by] if isinstance(by, str) or not isinstance(by, Sequence) else list(by)
    missing = [k for k in keys if k not in frame.columns]
    if missing:
        raise KeyError(f"no column(s) {missing} to group by (columns: {list(frame.columns)})")
    ok = frame["error"].isna() if "error" in frame.columns else pd.Series(True, index=frame.index)
    counts = pd.DataFrame({"postings": 1, "errors": (~ok).astype(int)}, index=frame.index)
    degrees: dict[str, pd.Series] = {}
    level = frame["min_degree_level"]
    for name in LEVEL_DTYPE.categories:
        degrees[f"min_degree_{name}"] = (level == name).astype("Float64").where(ok)
    degrees["min_degree_not_stated"] = level.isna().astype("Float64").where(ok)
    indicators = {c: frame[c].astype("Float64").where(ok) for c in _indicator_columns(frame, keys)}
    years = frame["min_years_required"].astype("Float64").where(ok)
    by_degree = _years_by_degree(frame, ok)

    group_keys = [frame[k] for k in keys] if keys else pd.Series("all", index=frame.index)
    options = {"observed": True, "dropna": False, "sort": True}
    by_years = years.groupby(group_keys, **options)
    parts = [
        counts.groupby(group_keys, **options).sum().astype("Int64"),
        pd.DataFrame(degrees, index=frame.index).groupby(group_keys, **options).mean(),
        pd.DataFrame({
            "years_count": by_years.count().astype("Int64"),
            "years_median": by_years.median(),
            "years_p25": by_years.quantile(0.25),
            "years_p75": by_years.quantile(0.75),
        }),
        by_degree.groupby(group_keys, **options).median(),
        pd.DataFrame(indicators, index=frame.index, columns=list(indicators)).groupby(group_keys, **options).mean(),
    ]
    out = pd.concat(parts, axis=1)
    if not keys and out.empty:
        out = out.reindex(["all"]).astype(out.dtypes.to_dict())
        out[["postings", "errors", "years_count"]] = 0
    float_columns = [c for c in out.columns if c not in ("postings", "errors", "years_count")]
    return out.astype(dict.fromkeys(float_columns, "Float64"))


def _years_by_degree(frame: pd.DataFrame, ok: pd.Series) -> pd.DataFrame:
    """One ``years_median_<level>`` column per degree level: that level's years, or missing."""
    names = [f"years_median_{level}" for level in LEVEL_DTYPE.categories]
    if "min_years_by_degree" not in frame.columns:
        return pd.DataFrame(index=frame.index, columns=[])
    values = {
        name: [v.get(level) if isinstance(v, Mapping) else None for v in frame["min_years_by_degree"]]
        for name, level in zip(names, LEVEL_DTYPE.categories)
    }
    return pd.DataFrame(values, index=frame.index).astype("Float64").where(ok)


def _indicator_columns(frame: pd.DataFrame, exclude: list[Hashable]) -> list[str]:
    """The frame's boolean indicator columns (`to_frame`'s), in frame order."""
    names = ("any_required", "any_preferred")
    return [
        c for c in frame.columns
        if c not in exclude and c not in SUMMARY_COLUMNS and isinstance(c, str)
        and (c in names or c.startswith((METHOD_PREFIX, CERT_PREFIX, INDUSTRY_PREFIX)))
        and pd.api.types.is_bool_dtype(frame[c])
    ]


__all__ = [
    "to_frame",
    "records_frame",
    "summary_to_frame",
    "industry_codes",
    "extract_frame",
    "extract_postings",
    "posting_ids",
    "summarize",
    "tables",
    "methodology_labels",
    "certification_labels",
    "industry_key",
    "industry_keys",
    "vocabularies_of",
    "INDUSTRY_COLUMNS",
]

"""Reading back what ``postingparse extract`` wrote, for ``summarize``, ``report``, ``tables`` and ``evaluate``.

Three kinds of output are read, each told from its name and columns:

- records: JSON Lines (``-o records.jsonl``, ``.gz`` too), one v1 record per line
  with ``id``, ``source`` and kept fields;
- tables: a folder with ``postings.parquet`` and one table per family
  (``--tables DIR``), or with ``postings/``, ``degrees/``, ... folders of part
  files (``--dask``); put back together into the same records;
- summaries: one row per posting without entries (``-o summary.csv``,
  ``.tsv``, ``.parquet``, or the folder of part files of ``--dask -o DIR``).

Records and tables give every figure and the evidence of every entry; a
summary gives the per-posting columns only (degree levels, years, methodology
and industry labels), which is what `summarize` needs. `posting_texts` reads
the posting texts of any input ``extract`` reads, with the same readers.

Whatever cannot be read raises `ReadbackError`, whose message names the file
(and the line or row): these commands cannot do their job on half an input.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence

from ..errors import UsageError
from ..jsonl import numbered_jsonl, open_text
from ..record import DEGREE_LEVELS, FAMILIES, Posting
from .documents import html_to_text
from .items import ReadOptions, kind_of
from .sources import Inputs, argument_problems
from .writers import LIST_SEPARATOR

#: Keys of a record that are neither kept fields nor v1 fields.
RECORD_KEYS = frozenset({"id", "source", "warnings", "text", "paths", *FAMILIES})
#: Columns a summary must have, and those holding lists, counts and numbers.
_SUMMARY_REQUIRED = ("id", "min_degree_level")
_LIST_COLUMNS = ("methodologies", "industries", "certifications")
_COUNT_COLUMNS = ("n_degrees", "n_experience", "n_industries", "n_methodologies", "n_certifications")


class ReadbackError(UsageError):
    """An output of ``extract`` that cannot be read back; the message names the file (and line or row)."""


@dataclass
class Outputs:
    """What was read back: complete records, or summary rows (never both).

    Attributes:
        records: v1 records (``id``, ``source``, kept fields, the four families).
        summaries: Summary rows (``id``, ``source``, kept fields, the summary columns of
            `postingparse.frame`), from summary files.
        paths: The paths read, in order.
    """

    records: list[dict[str, Any]] = field(default_factory=list)
    summaries: list[dict[str, Any]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether the entries are known (records or tables were read, not summaries)."""
        return not self.summaries

    def __len__(self) -> int:
        return len(self.records) + len(self.summaries)

    def frame(self) -> Any:
        """One row per posting: `postingparse.analysis.records_frame` of the records, or
        `postingparse.analysis.summary_to_frame` of the summaries."""
        from ..analysis import records_frame, summary_to_frame

        return records_frame(self.records) if self.complete else summary_to_frame(self.summaries)


def read_outputs(paths: str | Sequence[str]) -> Outputs:
    """Read records, tables or summaries written by ``postingparse extract`` (see the module docstring).

    Raises:
        ReadbackError: A path does not exist, is of another kind, or holds a line or row
            that is not what ``extract`` writes; records and summaries are mixed.
    """
    out = Outputs()
    for path in [paths] if isinstance(paths, str) else list(paths):
        kind = output_kind(path)
        if kind == "records":
            out.records.extend(_read_jsonl_records(path))
        elif kind == "tables":
            out.records.extend(_read_tables(path))
        else:
            out.summaries.extend(_read_summary(path))
        out.paths.append(path)
    if out.records and out.summaries:
        raise ReadbackError(
            "cannot mix records (JSONL, tables) with summaries (one row per posting): give one kind"
        )
    return out


def output_kind(path: str) -> str:
    """``"records"``, ``"tables"`` or ``"summary"``: what kind of ``extract`` output ``path`` is.

    Raises:
        ReadbackError: It does not exist or is none of them.
    """
    if os.path.isdir(path):
        if _table_path(path, "postings") is not None:
            return "tables"
        if any(name.endswith(".parquet") for name in os.listdir(path)):
            return "summary"
        raise ReadbackError(f"{path}: a folder without tables (postings.parquet) or Parquet part files")
    if not os.path.exists(path):
        raise ReadbackError(f"{path}: no such file or folder")
    kind, _ = kind_of(path)
    if kind == "jsonl":
        return "records"
    if kind in ("csv", "tsv", "parquet"):
        return "summary"
    raise ReadbackError(
        f"{path}: not an output of `postingparse extract` (expected records .jsonl, "
        "a summary .csv/.tsv/.parquet, or a tables folder)"
    )


def _read_jsonl_records(path: str) -> Iterator[dict[str, Any]]:
    try:
        for number, record in numbered_jsonl(path):
            yield checked_record(record, f"{path}:{number}")
    except (UnicodeDecodeError, EOFError, OSError) as exc:
        raise ReadbackError(f"{path}: cannot read: {exc}") from None
    except ReadbackError:
        raise
    except ValueError as exc:  # malformed JSON: the message names the file and line
        raise ReadbackError(str(exc)) from None


def checked_record(record: dict[str, Any], where: str) -> dict[str, Any]:
    """``record`` when it is a v1 record as ``extract`` writes it.

    Raises:
        ReadbackError: It has no family, or a family is not a list of entries (naming ``where``).
    """
    if not any(fam in record for fam in FAMILIES):
        if any(name in record for name in ("text", "description")):
            raise ReadbackError(
                f"{where}: a posting, not a record: extract it first (postingparse extract FILE -o records.jsonl)"
            )
        raise ReadbackError(f"{where}: not a record written by `postingparse extract` (no {', '.join(FAMILIES)})")
    try:
        Posting.from_dict(record)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise ReadbackError(f"{where}: not a v1 record: {exc}") from None
    return record


# -- tables ------------------------------------------------------------------------------------


def _table_path(folder: str, name: str) -> str | None:
    """The file (or folder of part files) of table ``name`` in a tables folder, or None."""
    for candidate in (os.path.join(folder, f"{name}.parquet"), os.path.join(folder, name)):
        if os.path.exists(candidate):
            return candidate
    return None


def _read_parquet_rows(path: str) -> list[dict[str, Any]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.read_table(path).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise ReadbackError(f"{path}: cannot read as Parquet: {exc}") from None


def _read_tables(folder: str) -> list[dict[str, Any]]:
    """The records of a tables folder: each postings row with its entries (joined on ``id``)."""
    postings_path = _table_path(folder, "postings")
    assert postings_path is not None
    rows = _read_parquet_rows(postings_path)
    if rows and "id" not in rows[0]:
        raise ReadbackError(f"{postings_path}: no id column: not a postings table")
    entries: dict[str, dict[Any, list[dict[str, Any]]]] = {}
    for fam in FAMILIES:
        path = _table_path(folder, fam)
        if path is None:
            raise ReadbackError(f"{folder}: no {fam}.parquet beside postings.parquet: not a complete tables folder")
        by_id: dict[Any, list[dict[str, Any]]] = {}
        for row in _read_parquet_rows(path):
            posting_id = row.pop("id", None)
            by_id.setdefault(posting_id, []).append(row)
        entries[fam] = by_id
    summary_columns = _summary_columns()
    records = []
    for number, row in enumerate(rows, 1):
        record = {k: v for k, v in row.items() if k not in summary_columns or k == "id"}
        for fam in FAMILIES:
            # An id that repeats in the input: its entries go with its first posting.
            record[fam] = entries[fam].pop(row["id"], [])
        records.append(checked_record(record, f"{postings_path}:{number}"))
    return records


def _summary_columns() -> set[str]:
    from ..frame import SUMMARY_COLUMNS

    return set(SUMMARY_COLUMNS)


# -- summaries ---------------------------------------------------------------------------------


def _read_summary(path: str) -> list[dict[str, Any]]:
    if os.path.isdir(path) or kind_of(path)[0] == "parquet":
        rows = _read_parquet_rows(path)
        columns = list(rows[0]) if rows else []
        return [_summary_row(row, columns, f"{path}:{n}", path) for n, row in enumerate(rows, 1)]
    delimiter = "\t" if kind_of(path)[0] == "tsv" else ","
    try:
        with open_text(path) as f:
            reader = csv.DictReader(f, delimiter=delimiter)
            columns = list(reader.fieldnames or [])
            return [_summary_row(_split_lists(row), columns, f"{path}:{reader.line_num}", path) for row in reader]
    except (UnicodeDecodeError, EOFError, OSError, csv.Error) as exc:
        raise ReadbackError(f"{path}: cannot read: {exc}") from None


def _split_lists(row: dict[str, Any]) -> dict[str, Any]:
    """A summary CSV row with its list cells split (``;``) and empty cells missing."""
    out: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
    for name in _LIST_COLUMNS:
        if isinstance(out.get(name), str):
            out[name] = out[name].split(LIST_SEPARATOR)
    return out


def _summary_row(row: dict[str, Any], columns: list[str], where: str, path: str) -> dict[str, Any]:
    """A summary row checked and typed: levels known, years a number, lists lists, counts integers."""
    missing = [c for c in _SUMMARY_REQUIRED if c not in columns]
    if missing:
        if any(name in columns for name in ("text", "description")):
            raise ReadbackError(
                f"{path}: postings, not an output of `postingparse extract`: extract them first "
                "(postingparse extract FILE -o records.jsonl)"
            )
        raise ReadbackError(f"{path}: no column {', '.join(missing)}: not a summary written by `postingparse extract`")
    if None in row:  # csv.DictReader's place for cells beyond the header
        raise ReadbackError(f"{where}: more cells than the header has columns")
    out = dict(row)
    for name in ("min_degree_level", "max_degree_level"):
        if out.get(name) is not None and out[name] not in DEGREE_LEVELS:
            raise ReadbackError(f"{where}: {name} {out[name]!r} is not a degree level ({', '.join(DEGREE_LEVELS)})")
    try:
        if out.get("min_years_required") is not None:
            out["min_years_required"] = float(out["min_years_required"])
        for name in _COUNT_COLUMNS:
            if out.get(name) is not None:
                out[name] = int(out[name])
    except (TypeError, ValueError) as exc:
        raise ReadbackError(f"{where}: not a number: {exc}") from None
    for name in _LIST_COLUMNS:
        value = out.get(name)
        out[name] = [] if value is None else [v for v in value if v]
    out["min_years_by_degree"] = _years_by_level(out.get("min_years_by_degree"), where)
    return out


def _years_by_level(value: Any, where: str) -> dict[str, float]:
    """A summary's ``min_years_by_degree``: a dict (JSON text in a CSV cell), levels known, years numbers."""
    if value is None or value == "":
        return {}
    try:
        data = json.loads(value) if isinstance(value, str) else dict(value)
        out = {str(level): float(years) for level, years in data.items()}
    except (TypeError, ValueError, AttributeError) as exc:
        raise ReadbackError(f"{where}: min_years_by_degree is not a JSON object of years by level: {exc}") from None
    unknown = [level for level in out if level not in DEGREE_LEVELS]
    if unknown:
        raise ReadbackError(f"{where}: min_years_by_degree has unknown degree levels {unknown}")
    return out


# -- posting texts -----------------------------------------------------------------------------


@dataclass
class Texts:
    """Posting texts read with the batch's readers (HTML converted to text, as ``extract`` does).

    Attributes:
        by_id: Text by posting id.
        by_source: Text by source (``path`` or ``path:row``), to find a record's text without ids.
        errors: Inputs that could not be read (left out).
    """

    by_id: dict[str, str] = field(default_factory=dict)
    by_source: dict[str, str] = field(default_factory=dict)
    errors: int = 0

    def text_of(self, record: dict[str, Any]) -> str | None:
        """The text of a record: by its id, else by its source."""
        text = self.by_id.get(str(record.get("id")))
        return text if text is not None else self.by_source.get(str(record.get("source")))


def posting_texts(arguments: Sequence[str], options: ReadOptions | None = None, *, strict: bool = True) -> Texts:
    """The texts of postings in any input ``extract`` reads (files, folders, globs; see `Inputs`).

    Args:
        arguments (Sequence[str]): Files, folders or globs.
        options (Optional[ReadOptions]): Text and id fields, encoding (as given to ``extract``,
            so that ids and offsets match its records).
        strict (bool): A path that does not exist is a `ReadbackError` (else it is skipped).

    Raises:
        ReadbackError: With ``strict``, an argument names nothing readable.
    """
    options = options or ReadOptions()
    problems = argument_problems(arguments)
    if problems and strict:
        raise ReadbackError("; ".join(problems))
    texts = Texts()
    for item in Inputs(arguments, options):
        if item.error is not None or item.text is None:
            texts.errors += 1
            continue
        text = html_to_text(item.text) if item.html else item.text
        texts.by_id.setdefault(item.id, text)
        texts.by_source[item.source] = text
    return texts


def source_texts(records: Sequence[dict[str, Any]], options: ReadOptions | None = None) -> Texts:
    """The texts of records whose ``source`` files are still readable here (``path`` or ``path:row``)."""
    files = []
    for record in records:
        source = str(record.get("source") or "")
        path = source if os.path.isfile(source) else source.rpartition(":")[0]
        if path and os.path.isfile(path) and kind_of(path)[0] is not None and path not in files:
            files.append(path)
    return posting_texts(files, options, strict=False) if files else Texts()


__all__ = [
    "Outputs",
    "Texts",
    "ReadbackError",
    "read_outputs",
    "output_kind",
    "checked_record",
    "posting_texts",
    "source_texts",
    "RECORD_KEYS",
]

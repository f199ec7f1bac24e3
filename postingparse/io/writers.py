"""Writing a batch's records, summaries, long tables and errors, streaming.

Every writer takes one posting at a time (``write(item, posting)``) and keeps
at most one row group in memory. ``close()`` finishes the output; Parquet
files are written as ``NAME.partial`` and renamed only then, so a killed run
never leaves a Parquet file that looks complete.

- `JsonlRecords`: the v1 record of each posting plus ``id`` and ``source`` (and kept fields).
- `CsvSummary`, `ParquetSummary`: one row per posting, the columns of `frame.SUMMARY_COLUMNS`.
- `ParquetTables`: the long tables of `frame.tables` as ``DIR/<table>.parquet``.
- `ErrorLog`: one JSON line per error, ``{"id", "source", "error"}``.
"""

from __future__ import annotations

import csv
import json
import os
from typing import IO, TYPE_CHECKING, Any, Protocol, Sequence

from ..record import Posting
from .items import Item

if TYPE_CHECKING:
    import pandas as pd

# `postingparse.frame` (pandas) is imported by the writers of summaries and tables only, where they are
# used: a batch that writes JSON Lines records does not pay for importing pandas (~0.2 s of each start).

#: Postings per Parquet row group: bounds the memory a Parquet writer holds.
ROW_GROUP = 5000
LIST_SEPARATOR = ";"


class Writer(Protocol):
    """What the batch writes records to."""

    def write(self, item: Item, posting: Posting) -> None: ...

    def close(self) -> None: ...


def record_of(item: Item, posting: Posting) -> dict[str, Any]:
    """The output record of a posting: ``id``, ``source``, kept fields, then the v1 fields."""
    record = posting.to_dict()
    out: dict[str, Any] = {"id": record.pop("id"), "source": item.source}
    if item.keep:
        out.update((k, v) for k, v in item.keep.items() if k not in record and k not in out)
    out.update(record)
    return out


def kept_text(value: Any) -> str | None:
    """A kept field's value as a table cell: strings as they are, other values as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class JsonlRecords:
    """v1 records as JSON Lines on a text stream (which the caller owns)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, item: Item, posting: Posting) -> None:
        self.stream.write(json.dumps(record_of(item, posting), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvSummary:
    """One summary row per posting as CSV: lists joined with ``;``, missing values empty.

    Args:
        stream (IO[str]): A text stream opened with ``newline=""`` (the caller owns it).
        keep (Sequence[str]): Kept field names, as columns after ``source``.
        header (bool): Write the header line (False when appending to a resumed file).
    """

    def __init__(self, stream: IO[str], keep: Sequence[str] = (), *, header: bool = True) -> None:
        self.stream = stream
        self.keep = list(keep)
        self.columns = summary_columns(self.keep)
        self.writer = csv.writer(stream)
        if header:
            self.writer.writerow(self.columns)

    def write(self, item: Item, posting: Posting) -> None:
        row = summary_of(item, posting, self.keep)
        self.writer.writerow([_csv_cell(row[c]) for c in self.columns])

    def close(self) -> None:
        self.stream.flush()


def summary_columns(keep: Sequence[str]) -> list[str]:
    """The columns of a summary output: ``id``, ``source``, kept fields, then the summary."""
    from .. import frame

    rest = [c for c in frame.SUMMARY_COLUMNS if c != "id"]
    return ["id", "source", *[k for k in keep if k not in frame.SUMMARY_COLUMNS and k != "source"], *rest]


def summary_of(item: Item, posting: Posting, keep: Sequence[str]) -> dict[str, Any]:
    """The summary row of a posting with its ``source`` and kept fields."""
    from .. import frame

    row = frame.summary_row(posting)
    row["source"] = item.source
    for name in keep:
        row.setdefault(name, kept_text((item.keep or {}).get(name)))
    return row


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, dict):  # min_years_by_degree: {"bachelor": 5.0} as JSON
        return json.dumps(value, separators=(",", ":"))
    return value


class _ParquetFile:
    """One Parquet file written row group by row group, as ``path.partial`` until closed."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.partial = path + ".partial"
        self.writer: Any = None

    def write(self, table: pd.DataFrame) -> None:
        import pyarrow.parquet as pq

        arrow = to_arrow(table)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.partial, arrow.schema)
        self.writer.write_table(arrow)

    def close(self, empty: pd.DataFrame) -> None:
        """Finish the file (with the columns of ``empty`` when no rows came) and give it its name."""
        if self.writer is None:
            self.write(empty)
        self.writer.close()
        os.replace(self.partial, self.path)


def write_parquet(table: pd.DataFrame, path: str) -> None:
    """Write one frame of `postingparse.frame` as a Parquet file (named ``path`` only once complete)."""
    file = _ParquetFile(path)
    file.write(table)
    file.close(table)


#: Object columns of `postingparse.frame` that hold a dict of years by degree level.
YEARS_BY_LEVEL_COLUMNS: frozenset[str] = frozenset({"min_years_by_degree"})


def to_arrow(table: pd.DataFrame) -> Any:
    """A frame of `postingparse.frame` as a pyarrow Table whose schema does not depend on the data.

    The frame's object columns hold lists of strings (see `postingparse.frame`), except
    ``min_years_by_degree``, a dict of years by degree level (a map column);
    left to itself pyarrow would type a chunk whose lists are all empty as a list of nulls.
    """
    import pyarrow as pa

    schema = pa.Schema.from_pandas(table, preserve_index=False)
    for index, name in enumerate(table.columns):
        if name in YEARS_BY_LEVEL_COLUMNS:
            schema = schema.set(index, pa.field(name, pa.map_(pa.string(), pa.float64())))
        elif table[name].dtype == object:
            schema = schema.set(index, pa.field(name, pa.list_(pa.string())))
    return pa.Table.from_pandas(table, schema=schema, preserve_index=False)


def _with_columns(table: pd.DataFrame, extra: dict[str, list[Any]]) -> pd.DataFrame:
    """``table`` with string columns inserted after ``id``."""
    import pandas as pd

    for position, (name, values) in enumerate(extra.items(), 1):
        table.insert(position, name, pd.array(values, dtype="string"))
    return table


class _BufferedRows:
    """Rows buffered into row groups of `ROW_GROUP` postings; subclasses write a group in ``_flush``.

    Args:
        keep (Sequence[str]): Kept field names (those that are not summary columns or ``source``).
    """

    def __init__(self, keep: Sequence[str] = ()) -> None:
        from .. import frame

        self.keep = [k for k in keep if k not in frame.SUMMARY_COLUMNS and k != "source"]
        self.rows: list[tuple[Item, Posting]] = []

    def write(self, item: Item, posting: Posting) -> None:
        self.rows.append((_without_text(item), posting))
        if len(self.rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        raise NotImplementedError


class ParquetSummary(_BufferedRows):
    """One summary row per posting as a Parquet file (typed columns, lists as lists).

    Args:
        path (str): The file to write.
        keep (Sequence[str]): Kept field names, as string columns after ``source``.
    """

    def __init__(self, path: str, keep: Sequence[str] = ()) -> None:
        super().__init__(keep)
        self.file = _ParquetFile(path)

    def _frame(self, rows: list[tuple[Item, Posting]]) -> pd.DataFrame:
        from .. import frame

        table = frame.summary_frame([p for _, p in rows])
        return _with_columns(table, _extra_columns([i for i, _ in rows], self.keep))

    def _flush(self) -> None:
        if self.rows:
            self.file.write(self._frame(self.rows))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.file.close(self._frame([]))


class ParquetTables(_BufferedRows):
    """The long tables (`frame.tables`) as ``DIR/postings.parquet``, ``DIR/degrees.parquet``, ...

    The postings table carries ``source`` and the kept fields after ``id``.

    Args:
        folder (str): The folder to write to (created if missing).
        keep (Sequence[str]): Kept field names, as string columns of the postings table.
        part (Optional[str]): Write one part of partitioned tables instead:
            ``DIR/postings/<part>.parquet``, ``DIR/degrees/<part>.parquet``, ...
    """

    def __init__(self, folder: str, keep: Sequence[str] = (), *, part: str | None = None) -> None:
        from .. import frame

        paths = {
            name: os.path.join(folder, f"{name}.parquet") if part is None else os.path.join(folder, name, f"{part}.parquet")
            for name in frame.TABLES
        }
        for path in paths.values():
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        super().__init__(keep)
        self.files = {name: _ParquetFile(path) for name, path in paths.items()}

    def _tables(self, rows: list[tuple[Item, Posting]]) -> dict[str, pd.DataFrame]:
        from .. import frame

        tables = frame.tables([p for _, p in rows])
        _with_columns(tables["postings"], _extra_columns([i for i, _ in rows], self.keep))
        return tables

    def _flush(self) -> None:
        if self.rows:
            for name, table in self._tables(self.rows).items():
                if len(table):
                    self.files[name].write(table)
            self.rows = []

    def close(self) -> None:
        self._flush()
        empty = self._tables([])
        for name, file in self.files.items():
            file.close(empty[name])


def _without_text(item: Item) -> Item:
    """What a buffered row needs of its item (the text would multiply a row group's memory)."""
    return Item(item.id, item.source, keep=item.keep)


def _extra_columns(items: list[Item], keep: Sequence[str]) -> dict[str, list[Any]]:
    extra: dict[str, list[Any]] = {"source": [i.source for i in items]}
    for name in keep:
        extra[name] = [kept_text((i.keep or {}).get(name)) for i in items]
    return extra


class ErrorLog:
    """Error records ``{"id", "source", "error"}``, as JSON Lines on a stream (or only counted).

    Args:
        stream (Optional[IO[str]]): Where to write them; None keeps only the
            count and the first few (for the closing summary).
        path (Optional[str]): The file name to show in the summary.
    """

    SHOWN = 5

    def __init__(self, stream: IO[str] | None = None, path: str | None = None) -> None:
        self.stream = stream
        self.path = path
        self.count = 0
        self.first: list[Item] = []

    def write(self, item: Item) -> None:
        self.count += 1
        if len(self.first) < self.SHOWN:
            self.first.append(item)
        if self.stream is not None:
            record = {"id": item.id, "source": item.source, "error": item.error}
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self.stream is not None:
            self.stream.flush()


__all__ = [
    "Writer",
    "JsonlRecords",
    "CsvSummary",
    "ParquetSummary",
    "ParquetTables",
    "ErrorLog",
    "record_of",
    "summary_of",
    "summary_columns",
    "write_parquet",
    "ROW_GROUP",
]

"""One posting per row: JSON Lines, JSON, CSV/TSV and Parquet files.

Every row becomes an `Item`. A row that cannot be parsed (a malformed JSON
line, a CSV row with the wrong number of fields or undecodable bytes), that
lacks the text field or whose text is not a string becomes an error item
with the row's place, and reading goes on with the next row. A file without
the text column at all (CSV, Parquet) is one error item.

Ids: the row's ``--id-field`` value, else ``path:row`` where row counts from
1 (the line number in JSON Lines, the data row in CSV, JSON and Parquet).
"""

from __future__ import annotations

import csv
import json
from typing import Any, Iterable, Iterator, Sequence

import regex

from .encoding import decode
from .items import Item, ReadOptions, Source

# Postings can be long; the csv module's default limit is 128 KB per field.
csv.field_size_limit(2**31 - 1)

# Bytes that did not decode (kept as lone surrogates by "surrogateescape").
_UNDECODED = regex.compile(r"[\udc80-\udcff]")
_PARQUET_BATCH = 1024


def read_jsonl(source: Source, options: ReadOptions) -> Iterator[Item]:
    """The rows of a JSON Lines file (blank lines are skipped)."""
    with source.open() as f:
        yield from jsonl_items(f, source, options)


def jsonl_items(lines: Iterable[bytes], source: Source, options: ReadOptions) -> Iterator[Item]:
    """The rows of the JSON Lines ``lines`` of ``source`` (blank lines are skipped)."""
    rows = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rows += 1
        where = f"{source.name}:{number}"
        try:
            text, warning = decode(line, options.encoding, first=number == 1)
            row = json.loads(text)
        except UnicodeDecodeError as exc:
            yield Item(where, where, error=f"cannot decode as {exc.encoding} (byte {exc.start} of the line)")
        except ValueError as exc:
            yield Item(where, where, error=f"malformed JSON line: {exc}")
        else:
            yield _warned(item_from_row(row, where, options), warning)
    if not rows:
        yield Item(source.name, source.name, error="no postings in file")


def _warned(item: Item, warning: str | None) -> Item:
    """``item`` with the reader's ``warning`` (if any) among its warnings."""
    if warning and item.error is None:
        item.warnings = [*(item.warnings or []), warning]
    return item


def read_json(source: Source, options: ReadOptions) -> Iterator[Item]:
    """The rows of a JSON file: an array of objects, one object, or an object holding one array of objects.

    A file that turns out to hold JSON Lines (several values one per line) is read as JSON Lines.
    """
    with source.open() as f:
        data = f.read()
    text, warning = decode(data, options.encoding)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(source, options)
            return
        raise
    rows = _json_rows(value, options)
    if rows is None:
        yield Item(
            source.name,
            source.name,
            error="no postings in file: expected an array of objects or an object with a text field",
        )
        return
    if not rows:
        yield Item(source.name, source.name, error="no postings in file")
    for number, row in enumerate(rows, 1):
        where = f"{source.name}:{number}"
        yield _warned(item_from_row(row, where, options), warning)


def _json_rows(value: Any, options: ReadOptions) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        if first_of(value, options.text_fields)[0] is not None:
            return [value]
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
    return None


def read_csv(source: Source, options: ReadOptions) -> Iterator[Item]:
    """The rows of a CSV (``,``) or TSV (tab) file with a header line."""
    delimiter = "\t" if source.kind == "tsv" else ","
    with source.open() as f:
        lines = _CsvLines(f, options.encoding)
        reader = csv.reader(lines, delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            yield Item(source.name, source.name, error="no postings in file")
            return
        if not first_of(dict.fromkeys(header), options.text_fields)[0]:
            columns = ", ".join(header[:20])
            yield Item(
                source.name, source.name, error=f"no column {' or '.join(options.text_fields)} (columns: {columns})"
            )
            return
        lines.take_warning()
        yield from _csv_rows(reader, header, source, options, lines)


class _CsvLines:
    """The decoded lines of a CSV file, for `csv.reader`, remembering a fallback decoding until asked.

    With a forced encoding, bytes that do not decode are kept as lone surrogates
    ("surrogateescape") for the row to be reported; otherwise a line that is not
    UTF-8 is decoded as Windows-1252 and its row gets the warning.
    """

    def __init__(self, lines: Iterable[bytes], encoding: str | None) -> None:
        self.lines = iter(lines)
        self.encoding = encoding
        self.first = True
        self.warning: str | None = None

    def __iter__(self) -> "_CsvLines":
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        first, self.first = self.first, False
        if self.encoding is not None:
            return line.decode(self.encoding, "surrogateescape")
        text, warning = decode(line, None, first=first)
        self.warning = self.warning or warning
        return text

    def take_warning(self) -> str | None:
        """The warning of the lines read since the last call (the row just read), then forget it."""
        warning, self.warning = self.warning, None
        return warning


def _csv_rows(
    reader: Any, header: list[str], source: Source, options: ReadOptions, lines: _CsvLines
) -> Iterator[Item]:
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number += 1
            where = f"{source.name}:{number}"
            lines.take_warning()
            yield Item(where, where, error=f"malformed CSV row (line {reader.line_num}): {exc}")
            continue
        warning = lines.take_warning()
        if not row:
            continue
        number += 1
        where = f"{source.name}:{number}"
        if len(row) < len(header) or any(row[len(header) :]):
            yield Item(
                where,
                where,
                error=f"malformed CSV row (line {reader.line_num}): {len(row)} fields, the header has {len(header)}",
            )
        elif any(_UNDECODED.search(value) for value in row):
            yield Item(where, where, error=f"cannot decode as {options.encoding} (line {reader.line_num})")
        else:
            yield _warned(item_from_row(dict(zip(header, row)), where, options), warning)
    if number == 0:
        yield Item(source.name, source.name, error="no postings in file")


def read_parquet(source: Source, options: ReadOptions) -> Iterator[Item]:
    """The rows of a Parquet file, read in batches of the needed columns only."""
    import pyarrow.parquet as pq

    with source.open() as f:
        parquet = pq.ParquetFile(f)
        names = parquet.schema_arrow.names
        text_field = first_of(dict.fromkeys(names), options.text_fields)[0]
        if text_field is None:
            columns = ", ".join(names[:20])
            yield Item(
                source.name, source.name, error=f"no column {' or '.join(options.text_fields)} (columns: {columns})"
            )
            return
        wanted = [text_field, options.id_field, *(k.split(".")[0] for k in options.keep)]
        columns = list(dict.fromkeys(c for c in wanted if c in names))
        number = 0
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield item_from_row(row, f"{source.name}:{number}", options)
    if number == 0:
        yield Item(source.name, source.name, error="no postings in file")


def item_from_row(row: Any, where: str, options: ReadOptions) -> Item:
    """The `Item` of one parsed row found at ``where`` (``path:row``)."""
    if not isinstance(row, dict):
        return Item(where, where, error=f"row is a JSON {type(row).__name__}, not an object")
    raw_id = lookup(row, options.id_field)[1]
    posting_id = where if raw_id is None or raw_id == "" else str(raw_id)
    name, text = first_of(row, options.text_fields)
    if name is None:
        fields = ", ".join(list(row)[:20])
        return Item(posting_id, where, error=f"no field {' or '.join(options.text_fields)} (fields: {fields})")
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return Item(posting_id, where, error=f"field {name} is {kind}, not text")
    keep = {k: lookup(row, k)[1] for k in options.keep} if options.keep else None
    return Item(posting_id, where, text=text, keep=keep)


def first_of(row: dict[str, Any], names: Sequence[str]) -> tuple[str | None, Any]:
    """The first of ``names`` that ``row`` has (see `lookup`), and its value."""
    for name in names:
        found, value = lookup(row, name)
        if found:
            return name, value
    return None, None


def lookup(row: dict[str, Any], name: str) -> tuple[bool, Any]:
    """Whether ``row`` has the field ``name`` and its value; ``a.b`` is ``row["a"]["b"]`` unless ``"a.b"`` is a key."""
    if name in row:
        return True, row[name]
    value: Any = row
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return False, None
        value = value[part]
    return True, value


def count_lines(source: Source) -> int:
    """The number of lines of a file (minus a CSV/TSV header), read in large blocks."""
    lines = 0
    with source.open() as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            lines += block.count(b"\n")
    return max(lines - (source.kind in ("csv", "tsv")), 0)


def count_parquet_rows(source: Source) -> int:
    """The number of rows of a Parquet file, from its footer."""
    import pyarrow.parquet as pq

    with source.open() as f:
        return pq.ParquetFile(f).metadata.num_rows

"""The units a batch reads: `Item` (one posting or one unreadable input), `Source` (one file) and `ReadOptions`."""

from __future__ import annotations

import gzip
import sys
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

#: File kinds by suffix (after an optional ``.gz``).
KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
}
STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(slots=True)
class Item:
    """One posting read from the inputs, or one input that could not be read.

    Attributes:
        id: The posting's id: the row's id field, else ``path`` for a
            one-posting file or ``path:row`` for a row (1-based; the line number in JSON Lines).
        source: Where it came from: ``path`` or ``path:row``.
        text: The posting's text (HTML markup still in when ``html``); None for an error.
        html: The text is HTML, to convert before extraction.
        error: What went wrong, for an input that yields no record.
        keep: Input fields to carry into the output (``--keep``), by name.
        warnings: Notes from reading it (an encoding guessed), added to the record's ``warnings``.
    """

    id: str
    source: str
    text: str | None = None
    html: bool = False
    error: str | None = None
    keep: dict[str, Any] | None = None
    warnings: list[str] | None = None


#: How standard input is read: JSON Lines when it starts with ``{`` (else one plain-text posting), or as told.
STDIN_FORMATS = ("auto", "text", "jsonl")


@dataclass(frozen=True)
class ReadOptions:
    """How rows are read.

    Attributes:
        text_fields: Field names tried in order for the text (first present wins).
        id_field: Field holding the posting id; rows without it get ``path:row``.
        keep: Fields copied into the output (a dotted name reaches into nested objects: ``meta.location``).
        encoding: Text encoding of the files; None (the default) reads UTF-8 (with or without
            BOM) and decodes a file or row that is not UTF-8 as Windows-1252, with a warning
            (see `postingparse.io.encoding`).
        stdin_format: How ``-`` is read: ``auto`` (JSON Lines when the first non-blank
            character is ``{``, else one plain-text posting), ``text`` or ``jsonl``.
    """

    text_fields: tuple[str, ...] = ("text", "description")
    id_field: str = "id"
    keep: tuple[str, ...] = ()
    encoding: str | None = None
    stdin_format: str = "auto"


@dataclass(frozen=True)
class Source:
    """One input file: its path as shown in ids, its kind and whether it is gzip-compressed."""

    path: str
    kind: str
    compressed: bool = False

    def open(self) -> IO[bytes]:
        """The file's bytes, decompressed (standard input for ``-``)."""
        if self.path == STDIN:
            return sys.stdin.buffer
        return gzip.open(self.path, "rb") if self.compressed else open(self.path, "rb")

    @property
    def name(self) -> str:
        """The path as written in ids and sources."""
        return STDIN_NAME if self.path == STDIN else self.path


def kind_of(path: str) -> tuple[str | None, bool]:
    """The kind of a file from its name (None when unknown), and whether it ends in ``.gz``."""
    name = PurePath(path).name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[: -len(".gz")]
    return KINDS.get(PurePath(name).suffix), compressed

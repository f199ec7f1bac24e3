"""Finding the input files of a batch and turning them into one stream of `Item`s.

An argument is a file, a folder (read recursively, in sorted order, skipping
hidden names and files of other kinds), a glob (``"exports/**/*.html"``) or
``-`` (standard input: JSON Lines when it starts with ``{``, else one
plain-text posting; ``ReadOptions.stdin_format`` forces either). The kind of a file comes from its name:
``.txt``/``.md`` and ``.html``/``.htm`` are one posting each;
``.jsonl``, ``.json``, ``.csv``, ``.tsv`` and ``.parquet`` hold one posting
per row; any of them may end in ``.gz``.

Nothing is dropped silently: a path that does not exist, a file that cannot
be read or decoded, a malformed row, a row without text each become an
`Item` with ``error`` set, which the batch writes to its error log.
"""

from __future__ import annotations

import codecs
import glob
import itertools
import os
import zlib
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

from .documents import document_item, read_document
from .items import KINDS, STDIN, Item, ReadOptions, Source, kind_of
from .rows import count_lines, count_parquet_rows, jsonl_items, read_csv, read_json, read_jsonl, read_parquet

Reader = Callable[[Source, ReadOptions], Iterator[Item]]


def read_stdin(source: Source, options: ReadOptions) -> Iterator[Item]:
    """Standard input: JSON Lines when its first non-blank character is ``{`` (or as ``options.stdin_format`` says),
    else one plain-text posting. JSON Lines are read as they come; only the blank lines before the first are held.
    """
    with source.open() as stream:
        head: list[bytes] = []
        fmt = options.stdin_format
        if fmt == "auto":
            for line in stream:
                head.append(line)
                if line.strip():
                    break
            start = b"".join(head).removeprefix(codecs.BOM_UTF8).lstrip()
            fmt = "jsonl" if start.startswith(b"{") else "text"
        lines = itertools.chain(head, stream)
        if fmt == "jsonl":
            yield from jsonl_items(lines, source, options)
        else:
            yield document_item(b"".join(lines), Source(source.path, "text"), options)


READERS: dict[str, Reader] = {
    "text": read_document,
    "html": read_document,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_csv,
    "parquet": read_parquet,
    "stdin": read_stdin,
}

# What reading a damaged file raises: OSError covers gzip.BadGzipFile, EOFError a truncated gzip.
_READ_ERRORS = (OSError, EOFError, zlib.error, UnicodeError, ValueError)


def read_source(source: Source, options: ReadOptions) -> Iterator[Item]:
    """The items of one file; a file that cannot be read (at all, or past some row) ends with one error item.

    The error item's id is the file's path, so a re-run (``--resume``) finds it again.
    """
    try:
        if source.path != STDIN and os.path.getsize(source.path) == 0:
            yield Item(source.name, source.name, error="empty file")
            return
        yield from READERS[source.kind](source, options)
    except _READ_ERRORS as exc:
        yield Item(source.name, source.name, error=describe(exc))
    except Exception as exc:  # a reader library's own error (pyarrow, csv): still never stop the batch
        yield Item(source.name, source.name, error=describe(exc))


def argument_problems(arguments: Sequence[str]) -> list[str]:
    """What is wrong with input arguments given on a command line, one line each (empty when nothing is).

    A path that does not exist, a pattern that matches nothing and a file of an unknown
    kind are mistakes of the command line, reported before anything is read; files
    found inside a folder or a dump that cannot be read are error records instead.
    """
    problems = []
    for argument in arguments:
        if argument == STDIN or os.path.isdir(argument):
            continue
        if os.path.exists(argument):
            if kind_of(argument)[0] is None:
                problems.append(f"{argument}: {_unknown_kind()}")
        elif any(c in argument for c in "*?["):
            if not glob.glob(argument, recursive=True):
                problems.append(f"{argument}: no file matches this pattern")
        else:
            problems.append(f"{argument}: no such file or folder")
    return problems


def _unknown_kind() -> str:
    return f"unknown file kind (expected {' '.join(sorted(KINDS))}, optionally .gz)"


def describe(exc: BaseException) -> str:
    """A one-line message for an exception that made an input unreadable."""
    if isinstance(exc, EOFError):
        return f"truncated file: {exc}"
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"cannot decode as {exc.encoding} (byte {exc.object[exc.start]:#04x} at offset {exc.start}); try --encoding"
        )
    return f"{type(exc).__name__}: {exc}"


@dataclass
class Inputs:
    """The postings of many input arguments, as one stream of `Item`s in argument order.

    Args:
        arguments (Sequence[str]): Files, folders, globs, or ``-`` for standard input.
        options (ReadOptions): Field names and encoding.

    Attributes:
        skipped: Files found in folders or globs whose kind is not an input kind
            (they are neither postings nor errors; the batch reports their number).
    """

    arguments: Sequence[str]
    options: ReadOptions = field(default_factory=ReadOptions)
    skipped: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Item]:
        for found in self.sources():
            if isinstance(found, Item):
                yield found
            else:
                yield from read_source(found, self.options)

    def sources(self) -> Iterator[Source | Item]:
        """The input files in order; an argument that names nothing readable is an error `Item`."""
        self.skipped.clear()
        for argument in self.arguments:
            if argument == STDIN:
                yield Source(STDIN, "stdin")
            elif os.path.isdir(argument):
                yield from self._walk(argument)
            elif os.path.exists(argument):
                yield self._named(argument)
            elif any(c in argument for c in "*?["):
                matches = sorted(glob.glob(argument, recursive=True))
                if not matches:
                    yield Item(argument, argument, error="no file matches this pattern")
                for match in matches:
                    yield from self._walk(match) if os.path.isdir(match) else self._found(match)
            else:
                yield Item(argument, argument, error="no such file or folder")

    def estimate(self) -> int | None:
        """A quick count of the inputs ahead, for a progress bar's ETA; None when unknown (stdin).

        Counts lines of JSON Lines and CSV files (a header line, blank lines and
        quoted line breaks make it an overestimate), rows of Parquet files, and
        one per other file or error.
        """
        total = 0
        for found in self.sources():
            if isinstance(found, Item) or found.kind in ("text", "html", "json"):
                total += 1
            elif found.path == STDIN:
                return None
            else:
                try:
                    total += count_parquet_rows(found) if found.kind == "parquet" else count_lines(found)
                except Exception:  # unreadable: reading it will say why; it counts as one error
                    total += 1
        return total

    def _walk(self, folder: str) -> Iterator[Source]:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield from self._found(os.path.join(root, name))

    def _found(self, path: str) -> Iterator[Source]:
        """A file found by a folder walk or a glob: a source, or noted in `skipped` when not an input kind."""
        kind, compressed = kind_of(path)
        if kind is None:
            self.skipped.append(path)
        else:
            yield Source(path, kind, compressed)

    def _named(self, path: str) -> Source | Item:
        """A file named on the command line: a source, or an error when its kind is unknown."""
        kind, compressed = kind_of(path)
        if kind is None:
            return Item(path, path, error=_unknown_kind())
        return Source(path, kind, compressed)


__all__ = ["Inputs", "read_source", "read_stdin", "argument_problems", "READERS", "describe"]

"""A batch: inputs through the extractor into records, summaries, tables and an error log.

`run_batch` ties the pieces together: `Inputs` reads, `resume` skips what a
previous run wrote, `extract_items` extracts in order, the writers write,
and a progress bar and a closing line report. Every input ends as exactly
one record or one error: ``records + errors (+ skipped on resume) = inputs``.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterator, Sequence

from ..pipeline import Extractor, cached_extractor
from ..record import Posting
from .items import STDIN_FORMATS, Item, ReadOptions, kind_of
from .parallel import CHUNK_SIZE, default_jobs, extract_items
from .readback import RECORD_KEYS, Outputs, read_outputs
from .resume import ResumeError, written_ids
from .sources import Inputs, argument_problems
from .writers import CsvSummary, ErrorLog, JsonlRecords, ParquetSummary, ParquetTables, Writer, kept_text, write_parquet

FORMATS = ("jsonl", "csv", "parquet")


class BatchError(Exception):
    """Options that cannot work together (reported before anything is read)."""


@dataclass
class BatchOptions:
    """What to read, what to write and how.

    Attributes:
        inputs: Files, folders, globs, or ``-`` for standard input. One that does not exist (or a
            pattern matching nothing, a named file of an unknown kind) is a `BatchError`.
        output: The records/summary file; None writes to standard output.
        format: ``jsonl`` (v1 records), ``csv`` or ``parquet`` (one summary row
            per posting); None takes it from ``output``'s suffix, else jsonl.
        tables: A folder for the long tables as Parquet, or None.
        errors: The error log; None means ``<output>.errors.jsonl``, or
            ``<tables>/errors.jsonl``, or only a summary on stderr.
        read: Field names and encoding for the readers.
        jobs: Worker processes (None: all cores).
        chunk_size: Postings per task sent to a worker.
        resume: Continue into an existing output, skipping ids already written.
        records_to_stdout: Write records to stdout when there is no ``output``
            (False when only tables are wanted).
        progress: Show a progress bar on stderr.
        data_dir: Vocabulary tables extending the bundled ones.
        replace_data: ``data_dir``'s tables replace the bundled ones.
        dask: Run on a Dask cluster: a scheduler address (``tcp://host:8786``), or
            ``local:N`` for a new local cluster of N worker processes (``local``: one
            per core). ``output`` and ``tables`` are then folders of Parquet part
            files (see `postingparse.io.cluster`); needs the ``dask`` extra.
    """

    inputs: list[str]
    output: str | None = None
    format: str | None = None
    tables: str | None = None
    errors: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    jobs: int | None = None
    chunk_size: int = CHUNK_SIZE
    resume: bool = False
    records_to_stdout: bool = True
    progress: bool = False
    data_dir: str | None = None
    replace_data: bool = False
    dask: str | None = None

    def resolved_format(self) -> str:
        """The output format: as given, else from the output file's suffix, else jsonl."""
        if self.format:
            return self.format
        suffix = os.path.splitext(self.output or "")[1].lower().lstrip(".")
        return suffix if suffix in FORMATS else "jsonl"

    def errors_path(self) -> str | None:
        """Where the error log goes (None: stderr summary only)."""
        if self.errors:
            return self.errors
        if self.output:
            return self.output.rstrip("/" + os.sep) + ".errors.jsonl"
        if self.tables:
            return os.path.join(self.tables, "errors.jsonl")
        return None


@dataclass
class BatchReport:
    """What a batch did.

    Attributes:
        records: Postings written as records.
        errors: Inputs written as errors.
        resumed: Inputs skipped because a previous run wrote them.
        seconds: Wall time.
        skipped_files: Files of other kinds found in folders (not inputs).
        first_errors: The first few error items.
        errors_path: The error log file, if any.
    """

    records: int = 0
    errors: int = 0
    resumed: int = 0
    seconds: float = 0.0
    skipped_files: list[str] = field(default_factory=list)
    first_errors: list[Item] = field(default_factory=list)
    errors_path: str | None = None

    @property
    def rate(self) -> float:
        """Inputs handled per second (records and errors)."""
        return (self.records + self.errors) / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """The closing summary line."""
        text = (
            f"{self.records:,} postings, {self.errors:,} errors in {self.seconds:.1f} s ({self.rate:,.0f} postings/s)"
        )
        if self.resumed:
            text += f"; {self.resumed:,} already written, skipped"
        if self.skipped_files:
            text += f"; {len(self.skipped_files):,} file(s) of other kinds ignored"
        if self.errors and self.errors_path:
            text += f"; errors in {self.errors_path}"
        return text


def run_batch(options: BatchOptions, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> BatchReport:
    """Run one batch; see `BatchOptions`. Returns what it did.

    Raises:
        BatchError: The options cannot work together (nothing was written).
    """
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    fmt = options.resolved_format()
    _check_inputs(options)
    _check(options, fmt)
    started = time.perf_counter()
    inputs = Inputs(options.inputs, options.read)
    report = BatchReport(errors_path=options.errors_path())
    done = _already_written(options, fmt, report.errors_path) if options.resume else Counter()

    with ExitStack() as stack:
        errors = _open_errors(report.errors_path, options.resume, stack)
        bar = _progress_bar(inputs, sum(done.values()), stderr, stack) if options.progress else None
        if options.dask is not None:
            from .cluster import run_on_cluster

            run_on_cluster(options, inputs, report, errors, bar)
        else:
            _extract_locally(options, fmt, inputs, done, report, errors, bar, stdout, stack)
        errors.close()
    report.errors = errors.count
    report.first_errors = errors.first
    report.skipped_files = list(inputs.skipped)
    report.seconds = time.perf_counter() - started
    return report


def _extract_locally(
    options: BatchOptions,
    fmt: str,
    inputs: Inputs,
    done: Counter[str],
    report: BatchReport,
    errors: ErrorLog,
    bar: Any,
    stdout: IO[str],
    stack: ExitStack,
) -> None:
    """The batch in this process or a pool of local worker processes, written by the writers of ``fmt``."""
    writers = _open_writers(options, fmt, stdout, stack)
    items = _skip_written(inputs, done, report)
    jobs = options.jobs or default_jobs()
    factory = _extractor_factory(options)
    for item, posting in extract_items(items, jobs=jobs, chunk_size=options.chunk_size, factory=factory):
        if posting is None:
            errors.write(item)
        else:
            report.records += 1
            for writer in writers:
                writer.write(item, posting)
        if bar is not None:
            bar.update(1)
    for writer in writers:
        writer.close()


def _extractor_factory(options: BatchOptions) -> Callable[[], Extractor]:
    # built once per process, however many batches run in it
    return functools.partial(cached_extractor, options.data_dir, options.replace_data)


def _check_inputs(options: BatchOptions) -> None:
    problems = argument_problems(options.inputs)
    if problems:
        raise BatchError("; ".join(problems))
    if options.read.stdin_format not in STDIN_FORMATS:
        raise BatchError(f"unknown stdin format {options.read.stdin_format!r} (choose {', '.join(STDIN_FORMATS)})")


def _check(options: BatchOptions, fmt: str) -> None:
    if options.dask is not None:
        _check_dask(options)  # --data-dir is checked where it is read: on the workers
        return
    if options.data_dir is not None and not os.path.isdir(options.data_dir):
        raise BatchError(f"--data-dir {options.data_dir!r} is not a folder")
    if fmt not in FORMATS:
        raise BatchError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    if fmt == "parquet" and not options.output:
        raise BatchError("--format parquet needs an output file (-o FILE)")
    if options.output and options.output.endswith(".gz"):
        raise BatchError("compressed output is not supported: pipe standard output through gzip instead")
    if options.resume:
        if not options.output or fmt == "parquet":
            raise BatchError("--resume needs a JSONL or CSV output file (-o FILE): Parquet files cannot be appended to")
        if options.tables:
            raise BatchError(
                "--resume cannot continue --tables (Parquet files cannot be appended to): "
                "resume the JSONL output, then write the tables with `postingparse tables`"
            )


def _check_dask(options: BatchOptions) -> None:
    from .cluster import local_workers

    try:
        local_workers(options.dask or "")
    except ValueError as exc:
        raise BatchError(str(exc)) from None
    if not options.dask:
        raise BatchError("--dask needs a scheduler address (tcp://host:8786) or local:N")
    if not options.output and not options.tables:
        raise BatchError("--dask writes folders of Parquet part files: give -o DIR and/or --tables DIR")
    if options.format not in (None, "parquet"):
        raise BatchError(f"--dask writes Parquet only; --format {options.format} is for a run without --dask")
    if options.output:
        kind, compressed = kind_of(options.output)
        if kind not in (None, "parquet") or compressed:
            raise BatchError(f"--dask writes -o as a folder of Parquet part files, not a {kind} file: {options.output}")
        if os.path.isfile(options.output):
            raise BatchError(f"--dask writes -o as a folder of Parquet part files, but {options.output} is a file")
    if options.resume:
        raise BatchError("--resume cannot continue a --dask run (Parquet part files cannot be appended to)")
    if options.jobs is not None:
        raise BatchError("--jobs does not apply with --dask: the cluster's workers extract (local:N starts N)")
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise BatchError(f"--dask needs Dask: pip install \"postingparse[dask]\" ({exc})") from None


def _already_written(options: BatchOptions, fmt: str, errors_path: str | None) -> Counter[str]:
    assert options.output is not None
    done = written_ids(options.output, fmt)
    if errors_path:
        done.update(written_ids(errors_path, "jsonl"))
    return done


def _skip_written(items: Inputs, done: Counter[str], report: BatchReport) -> Iterator[Item]:
    for item in items:
        if done[item.id] > 0:
            done[item.id] -= 1
            report.resumed += 1
        else:
            yield item


def _open_writers(options: BatchOptions, fmt: str, stdout: IO[str], stack: ExitStack) -> list[Writer]:
    writers: list[Writer] = []
    keep = options.read.keep
    if options.output or options.records_to_stdout:
        if fmt == "parquet":
            assert options.output is not None
            writers.append(ParquetSummary(options.output, keep))
        else:
            stream = stdout
            appending = options.resume and options.output is not None and os.path.exists(options.output)
            if options.output:
                _make_parent(options.output)
                mode = "a" if appending else "w"
                stream = stack.enter_context(open(options.output, mode, encoding="utf-8", newline=""))
            if fmt == "csv":
                has_header = appending and os.path.getsize(options.output or "") > 0
                writers.append(CsvSummary(stream, keep, header=not has_header))
            else:
                writers.append(JsonlRecords(stream))
    if options.tables:
        writers.append(ParquetTables(options.tables, keep))
    return writers


def _open_errors(path: str | None, resume: bool, stack: ExitStack) -> ErrorLog:
    if path is None:
        return ErrorLog()
    _make_parent(path)
    stream = stack.enter_context(open(path, "a" if resume else "w", encoding="utf-8"))
    return ErrorLog(stream, path)


def _make_parent(path: str) -> None:
    parent = os.path.dirname(path)
    if parent:
        os.makedirs(parent, exist_ok=True)


def _progress_bar(inputs: Inputs, already: int, stderr: IO[str], stack: ExitStack):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    total = inputs.estimate()
    if total is not None:
        total = max(total - already, 0)
    return stack.enter_context(tqdm(total=total, unit="posting", file=stderr, dynamic_ncols=True, smoothing=0.1))


def records_to_tables(paths: Sequence[str], folder: str) -> int:
    """Write the long tables of what ``extract`` wrote (records, tables folders; see `write_tables`) to ``folder``.

    Returns:
        int: The number of postings.

    Raises:
        ReadbackError: A path cannot be read back (the message names the file and line).
    """
    outputs = read_outputs(paths)
    write_tables(outputs, folder)
    return len(outputs)


def write_tables(outputs: Outputs, folder: str) -> None:
    """Write the long tables of records read back (`read_outputs`) to ``folder`` as ``<table>.parquet``.

    Fields of the records besides ``id``, ``source`` and the v1 fields (kept fields)
    become columns of the postings table, as in the batch. Summaries have no
    entries: from them only ``postings.parquet`` is written (the summary rows, typed).
    """
    if not outputs.complete:
        _summary_table(outputs.summaries, os.path.join(folder, "postings.parquet"))
        return
    writer: ParquetTables | None = None
    for record in outputs.records:
        keep = {k: v for k, v in record.items() if k not in RECORD_KEYS}
        if writer is None:
            writer = ParquetTables(folder, list(keep))
        item = Item(str(record.get("id")), str(record.get("source") or ""), keep=keep)
        writer.write(item, Posting.from_dict(record))
    (writer or ParquetTables(folder)).close()


def _summary_table(rows: list[dict[str, Any]], path: str) -> None:
    import pandas as pd

    from ..frame import SUMMARY_COLUMNS, typed_frame

    _make_parent(path)
    table = typed_frame(rows, SUMMARY_COLUMNS)
    other = [c for c in dict.fromkeys(k for r in rows for k in r) if c not in SUMMARY_COLUMNS]
    for position, name in enumerate(other, 1):
        table.insert(position, name, pd.array([kept_text(r.get(name)) for r in rows], dtype="string"))
    write_parquet(table, path)


__all__ = [
    "BatchOptions",
    "BatchReport",
    "BatchError",
    "ResumeError",
    "run_batch",
    "records_to_tables",
    "write_tables",
    "FORMATS",
]

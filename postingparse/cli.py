"""The ``postingparse`` command: argument parsing only; the work is in `postingparse.io`.

postingparse extract corpus/postings --tables out/
postingparse extract dump.jsonl.gz -o records.jsonl --jobs 2
postingparse extract vendor.csv --text-field description -o summary.csv
postingparse extract dump.jsonl.gz --dask local:2 -o summary/ --tables tables/
echo "Bachelor's degree and 3+ years of experience required." | postingparse extract -
postingparse tables records.jsonl -o out/
postingparse report records.jsonl --texts vendor.csv --text-field description -o report.html

Bad input never shows a traceback: a file that is missing, unreadable or malformed
and a wrong option give one line naming the file (and line or row) and exit status
2; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from typing import Callable, Sequence

from . import __version__
from .errors import UsageError
from .evaluate_cli import add_evaluate_command
from .report_cli import add_read_options, add_report_command, add_summarize_command, forced_encoding
from .io.batch import FORMATS, BatchError, BatchOptions, BatchReport, ResumeError, run_batch, write_tables
from .io.items import STDIN_FORMATS, ReadOptions
from .io.parallel import CHUNK_SIZE
from .io.readback import read_outputs

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
#: Postings per worker task: locally, and on a Dask cluster (where each task writes one part file).
DASK_CHUNK_SIZE = 1000


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="postingparse", description="Structured requirements from job postings.")
    parser.add_argument("--version", action="version", version=f"postingparse {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_extract(commands)
    _add_tables(commands)
    add_evaluate_command(commands)
    add_summarize_command(commands)
    add_report_command(commands)
    return parser


def _add_extract(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "extract",
        help="extract records from posting files",
        description=(
            "Extract v1 records from posting files: .txt .md .html .htm (one posting per file), "
            ".jsonl .json .csv .tsv .parquet (one per row), any of them .gz; folders are read "
            "recursively, globs are expanded, '-' reads standard input (JSON Lines when it starts with '{', "
            "else one plain-text posting). Records go to -o FILE "
            "or standard output (not to a terminal when only --tables is asked for). Unreadable "
            "files and rows inside the inputs become error records; records + errors always add up to "
            "the inputs. A path on the command line that does not exist is a usage error (exit status 2)."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs, or - for standard input")
    out = p.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    out.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="jsonl: v1 records with id and source (default); csv, parquet: one summary row per posting "
        "(default: from the -o suffix)",
    )
    out.add_argument(
        "--tables",
        metavar="DIR",
        help="also write the long tables (postings, degrees, experience, "
        "industries, methodologies, certifications) as DIR/<table>.parquet",
    )
    out.add_argument(
        "--errors",
        metavar="FILE",
        help="error records as JSON Lines (default: OUTPUT.errors.jsonl, "
        "or DIR/errors.jsonl with --tables, else a summary on stderr)",
    )
    out.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: skip ids already in the output and the error file (JSONL or CSV output)",
    )
    fields = add_read_options(p, title="rows (JSON Lines, JSON, CSV, Parquet)")
    fields.add_argument(
        "--keep",
        metavar="NAME",
        action="append",
        default=[],
        help="copy this input field into the output (repeatable or comma-separated; a.b reaches into nested objects)",
    )
    fields.add_argument(
        "--stdin-format",
        choices=STDIN_FORMATS,
        default="auto",
        help="how '-' is read: jsonl (one posting per line), text (all of it is one posting), or auto "
        "(jsonl when it starts with '{', else text; the default)",
    )
    run = p.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=_positive, metavar="N", help="worker processes (default: all cores)")
    run.add_argument(
        "--chunk-size",
        type=_positive,
        metavar="N",
        help=f"postings per worker task (default: {CHUNK_SIZE}; with --dask {DASK_CHUNK_SIZE:,}, one part file each)",
    )
    run.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on a Dask cluster: a scheduler address (tcp://host:8786), or local:N to start N local "
        "worker processes; -o and --tables are then folders of Parquet part files (pip install 'postingparse[dask]')",
    )
    run.add_argument("--strict", action="store_true", help="exit with status 1 when any input was an error")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no closing summary")
    run.add_argument("--data-dir", metavar="DIR", help="vocabulary tables extending the bundled ones")
    run.add_argument("--replace-data", action="store_true", help="--data-dir's tables replace the bundled ones")
    p.set_defaults(run=_extract)


def _add_tables(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "tables",
        help="write the long tables of extracted records",
        description="Write the long tables (postings, degrees, experience, industries, methodologies, certifications) of what "
        "`extract` wrote as DIR/<table>.parquet: JSONL records or tables folders (merged into one); "
        "from summaries (.csv/.tsv/.parquet, one row per posting) only the postings table.",
    )
    p.add_argument(
        "records",
        nargs="+",
        metavar="OUTPUT",
        help="what `postingparse extract` wrote: records .jsonl(.gz), a --tables folder, a summary .csv/.tsv/.parquet",
    )
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write the tables to")
    p.set_defaults(run=_tables)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _extract(args: argparse.Namespace) -> int:
    read = ReadOptions(
        text_fields=(args.text_field,) if args.text_field else ReadOptions.text_fields,
        id_field=args.id_field,
        keep=tuple(name for value in args.keep for name in value.split(",") if name),
        encoding=_checked_encoding(args.encoding),
        stdin_format=args.stdin_format,
    )
    options = BatchOptions(
        inputs=args.inputs,
        output=args.output,
        format=args.format,
        tables=args.tables,
        errors=args.errors,
        read=read,
        jobs=args.jobs,
        chunk_size=args.chunk_size or (DASK_CHUNK_SIZE if args.dask else CHUNK_SIZE),
        resume=args.resume,
        records_to_stdout=not (args.tables and sys.stdout.isatty()),
        progress=not args.quiet and sys.stderr.isatty(),
        data_dir=args.data_dir,
        replace_data=args.replace_data,
        dask=args.dask,
    )
    report = run_batch(options)
    _print_report(report, quiet=args.quiet)
    return EXIT_ERRORS if args.strict and report.errors else EXIT_OK


def _checked_encoding(name: str | None) -> str | None:
    import codecs

    if name is not None:
        try:
            codecs.lookup(name)
        except LookupError:
            raise UsageError(f"--encoding {name}: unknown encoding") from None
    return forced_encoding(name)


def _print_report(report: BatchReport, *, quiet: bool) -> None:
    if report.errors:
        for item in report.first_errors:
            print(f"error: {item.source}: {item.error}", file=sys.stderr)
        if report.errors > len(report.first_errors):
            print(f"error: ... and {report.errors - len(report.first_errors):,} more", file=sys.stderr)
    if not quiet or report.errors:
        print(f"postingparse: {report.line()}", file=sys.stderr)


def _tables(args: argparse.Namespace) -> int:
    outputs = read_outputs(args.records)
    write_tables(outputs, args.output)
    names = "*.parquet" if outputs.complete else "postings.parquet (summaries have no entries)"
    print(f"postingparse: {len(outputs):,} postings -> {os.path.join(args.output, names)}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    atexit.unregister(_leave_heap_at_exit)  # registered once however many times main runs in a process
    atexit.register(_leave_heap_at_exit)
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # records are UTF-8 whatever the locale
    try:
        return run(args)
    except (BatchError, ResumeError, UsageError) as exc:
        print(f"postingparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("postingparse: interrupted (continue with --resume)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of our standard output went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file that cannot be opened or written (missing folder, permissions, disk full)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"postingparse: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _leave_heap_at_exit() -> None:
    """Keep the interpreter's shutdown collections off the objects that exist when the command ends.

    Those collections walk every object the pipeline made, about 0.3 s of CPU after the last record
    is written (a tenth of a one-posting command's CPU); the memory goes back to the system at
    exit either way. The command has closed its outputs by then: no finalizer in a cycle has work to do.
    """
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())

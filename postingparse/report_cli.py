"""The ``postingparse summarize`` and ``report`` subcommands: argument parsing only; the work is in `postingparse.report`.

Kept apart from `postingparse.report` (pandas, matplotlib) so that building the command line, which every
command does, imports neither: ``postingparse extract`` to JSON Lines never needs pandas.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .errors import UsageError
from .io.items import ReadOptions

if TYPE_CHECKING:
    import pandas as pd

SUMMARY_FORMATS = ("text", "csv", "json", "markdown")


def read_options(args: argparse.Namespace) -> ReadOptions:
    """The `ReadOptions` of the posting-reading options (`add_read_options`) of a command line."""
    return ReadOptions(
        text_fields=(args.text_field,) if args.text_field else ReadOptions.text_fields,
        id_field=args.id_field,
        encoding=forced_encoding(args.encoding),
    )


def forced_encoding(value: str | None) -> str | None:
    """``--encoding`` as the readers take it: None detects; UTF-8 also drops a byte-order mark."""
    if value is None:
        return None
    return "utf-8-sig" if value.lower().replace("_", "-") in ("utf-8", "utf8") else value


def add_read_options(parser: argparse.ArgumentParser, *, title: str = "posting files") -> argparse._ArgumentGroup:
    """``--text-field``, ``--id-field`` and ``--encoding``, as the batch command reads postings; the group, for
    a command's own reading options."""
    group = parser.add_argument_group(title)
    group.add_argument("--text-field", metavar="NAME", help="the text field of rows (default: text, else description)")
    group.add_argument(
        "--id-field", metavar="NAME", default="id", help="the id field of rows (default: id; rows without one get PATH:ROW)"
    )
    group.add_argument(
        "--encoding",
        metavar="NAME",
        help="text encoding of the files (default: UTF-8, and a file or row that is not UTF-8 is read as "
        "Windows-1252, with a warning in the record)",
    )
    return group


def summary_command(args: argparse.Namespace) -> int:
    """``postingparse summarize``: print the `summarize` table of records, tables or summaries (``args.records``)."""
    from .analysis import summarize
    from .io.readback import read_outputs
    from .report import format_summary

    frame = read_outputs(args.records).frame()
    summary = summarize(frame, _checked_by(frame, _by(args.by)))
    sys.stdout.write(format_summary(summary, args.format))
    return 0


def report_command(args: argparse.Namespace) -> int:
    """``postingparse report``: write `render_report` of records, tables or summaries to ``args.output``."""
    from .io.readback import ReadbackError, posting_texts, read_outputs, source_texts
    from .report import render_report

    outputs = read_outputs(args.records)
    by = _checked_by(outputs.frame(), _by(args.by))
    options = read_options(args)
    if args.texts:
        found = posting_texts(args.texts, options)
        if not found.by_id:
            raise ReadbackError(f"{', '.join(args.texts)}: no posting texts found")
    else:
        found = source_texts(outputs.records, options)
    texts = {str(r.get("id")): t for r in outputs.records if (t := found.text_of(r)) is not None}
    frame = outputs.frame() if not outputs.complete else None
    try:
        page = render_report(frame if frame is not None else outputs.records, by=by, sample=args.sample,
                             title=args.title, texts=texts)
    except ImportError as exc:  # matplotlib is missing: say how to install it
        raise UsageError(str(exc)) from None
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(page)
    shown = f"; texts for {len(texts):,} of them" if outputs.complete else ""
    print(f"postingparse: {len(outputs):,} postings{shown} -> {args.output}", file=sys.stderr)
    if args.texts and outputs.complete and not texts:
        print(
            f"postingparse: none of the {len(found.by_id):,} postings read from --texts has the id or source of a "
            "record: read them with the --text-field/--id-field given to extract, from the same path",
            file=sys.stderr,
        )
    return 0


def _by(value: str | list[str] | None) -> str | list[str] | None:
    """``--by`` as `summarize` takes it: None, one column, or a list of columns (each split at commas)."""
    if not value:
        return None
    columns = [c for v in ([value] if isinstance(value, str) else value) for c in v.split(",") if c]
    return columns[0] if len(columns) == 1 else columns


def _checked_by(frame: pd.DataFrame, by: str | list[str] | None) -> str | list[str] | None:
    """``by`` when every column of it is in ``frame``; else a `UsageError` listing the columns there are."""
    from .analysis import INDUSTRY_PREFIX, METHOD_PREFIX
    from .report import _keys

    missing = [c for c in _keys(by) if c not in frame.columns] if by is not None else []
    if missing:
        columns = ", ".join(str(c) for c in frame.columns if not str(c).startswith((METHOD_PREFIX, INDUSTRY_PREFIX)))
        raise UsageError(
            f"--by {', '.join(missing)}: no such column (columns: {columns}; keep input fields with extract --keep)"
        )
    return by


def add_summarize_command(commands: argparse._SubParsersAction) -> None:
    """Add ``postingparse summarize OUTPUT... [--by COLUMN] [--format text|csv|json|markdown]``."""
    p = commands.add_parser(
        "summarize",
        help="print group summaries of extracted records",
        description="Print the summary (postings, degree shares, years, methodology, certification and industry shares) per group "
        "of --by, from what `extract` wrote: JSONL records, a tables folder (--tables), or a summary "
        "(.csv/.tsv/.parquet; it has no requirement flags or industry roles).",
    )
    p.add_argument("records", nargs="+", metavar="OUTPUT", help=_OUTPUT_HELP)
    p.add_argument("--by", action="append", metavar="COLUMN", help="a kept column to group by (repeat for several)")
    p.add_argument("-f", "--format", choices=SUMMARY_FORMATS, default="text", help="output format (default: text)")
    p.set_defaults(run=summary_command)


def add_report_command(commands: argparse._SubParsersAction) -> None:
    """Add ``postingparse report OUTPUT... -o report.html [--by COLUMN] [--texts POSTINGS...]``."""
    p = commands.add_parser(
        "report",
        help="write an HTML report of extracted records",
        description="Write a self-contained HTML report (charts, summary, sample postings with their evidence "
        "highlighted) of what `extract` wrote: JSONL records, a tables folder, or a summary (no samples then). "
        "Needs matplotlib: pip install \"postingparse[report]\".",
    )
    p.add_argument("records", nargs="+", metavar="OUTPUT", help=_OUTPUT_HELP)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument("--by", action="append", metavar="COLUMN", help="a kept column to group by (repeat for several)")
    p.add_argument(
        "--texts",
        action="append",
        metavar="POSTINGS",
        help="the postings the records were extracted from, for the samples: any input `extract` reads "
        "(.jsonl .csv .parquet .txt ..., a folder; repeat for several; default: the records' sources, "
        "where still readable)",
    )
    p.add_argument("--sample", type=_count, default=5, metavar="N", help="sample postings shown (default: 5)")
    p.add_argument("--title", default="postingparse report", help="the page title")
    add_read_options(p, title="posting files (--texts; as given to extract)")
    p.set_defaults(run=report_command)


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


_OUTPUT_HELP = "what `postingparse extract` wrote: records .jsonl(.gz), a --tables folder, a summary .csv/.tsv/.parquet"


__all__ = [
    "add_read_options",
    "read_options",
    "forced_encoding",
    "summary_command",
    "report_command",
    "add_summarize_command",
    "add_report_command",
    "SUMMARY_FORMATS",
]

"""The ``postingparse evaluate`` subcommand: argument parsing and printing; the work is in `postingparse.evaluate`.

    postingparse evaluate gold.jsonl                        # gold lines carry their text
    postingparse evaluate labels-*.jsonl --texts postings.jsonl --errors
    postingparse evaluate gold.jsonl --texts vendor.csv --text-field description
    postingparse evaluate gold.jsonl --pred records.jsonl --format json
"""

from __future__ import annotations

import argparse
import json
import sys

from .report_cli import add_read_options, read_options

EXIT_OK, EXIT_USAGE = 0, 2


def add_evaluate_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``evaluate`` subcommand to a parser's subcommands.

    Args:
        subparsers (argparse._SubParsersAction): What ``parser.add_subparsers()`` returned.

    Returns:
        argparse.ArgumentParser: The subcommand's parser; its ``run`` default is `run_evaluate`.
    """
    p = subparsers.add_parser(
        "evaluate",
        help="score extraction against hand-labelled records",
        description=(
            "Score records against hand-labelled v1 records (RECORD.md): per field micro precision, "
            "recall, F1 and TP/FP/FN, posting-level min degree and min years accuracy, and the "
            "secondary figures on matched entries. Each gold line carries an id and its text, or the "
            "id of a posting in --texts. Without --pred the records are extracted from the texts."
        ),
    )
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="hand-labelled v1 records (JSON Lines, .gz too)")
    p.add_argument("--pred", metavar="PRED", help="extracted records to score instead of extracting: "
                   "what `extract` wrote (JSONL records or a tables folder)")
    p.add_argument("--texts", action="append", metavar="POSTINGS", help="the postings' texts, by id: any input "
                   "`extract` reads (.jsonl .csv .parquet .txt ..., a folder; repeat for several)")
    p.add_argument("--errors", action="store_true", help="list every miss and extra with 60 characters of "
                   "context either side")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text: aligned tables (default); "
                   "json: one JSON object")
    p.add_argument("--data-dir", metavar="DIR", help="vocabulary tables extending the bundled ones (when extracting)")
    add_read_options(p, title="posting files (--texts; as given to extract)")
    p.set_defaults(run=run_evaluate)
    return p


def run_evaluate(args: argparse.Namespace) -> int:
    """The body of ``postingparse evaluate``: prints the report on standard output, returns the exit status."""
    from .evaluate import evaluate, read_jsonl  # pandas only when evaluating
    from .io.readback import posting_texts
    from .report import read_records

    try:
        gold = [record for path in args.gold for record in read_jsonl(path)]
        texts = posting_texts(args.texts, read_options(args)).by_id if args.texts else None
        pred = read_records(args.pred) if args.pred else None
        extractor = None
        if pred is None and args.data_dir:
            from .pipeline import Extractor

            extractor = Extractor(data_dir=args.data_dir)
        result = evaluate(gold, pred=pred, texts=texts, extractor=extractor)
    except KeyError as exc:
        print(f"postingparse: error: a record lacks the key {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, ValueError) as exc:
        print(f"postingparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        json.dump(result.to_dict(errors=args.errors), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(result.format_text(errors=args.errors))
    return EXIT_OK


__all__ = ["add_evaluate_command", "run_evaluate"]

"""Accuracy on the development set: `evaluate` over the hand-labelled real postings.

The labels (ids, entries, offsets) are in ``benchmarks/devset/labels-*.jsonl``;
the posting texts stay in ``../shared/corpus-real/postings.jsonl`` beside the
repository. Without ``../shared`` the script says so and exits with status 0.

    python benchmarks/evaluate_devset.py                  # table, posting level, secondary figures
    python benchmarks/evaluate_devset.py --errors         # ... and every miss and extra, with context
    python benchmarks/evaluate_devset.py --format json    # the same as one JSON object
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parent / "devset"
TEXTS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-real" / "postings.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list every miss and extra with context")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args()

    if not TEXTS.is_file():
        print(f"evaluate_devset: {TEXTS} not found; the development set's texts live in ../shared, skipping.")
        return 0
    from postingparse.evaluate import evaluate, read_jsonl, read_texts

    labels = sorted(DEVSET.glob("labels-*.jsonl"))
    gold = [record for path in labels for record in read_jsonl(str(path))]
    result = evaluate(gold, texts=read_texts(str(TEXTS)))
    if args.format == "json":
        print(json.dumps(result.to_dict(errors=args.errors), ensure_ascii=False, indent=1))
    else:
        print(f"development set: {', '.join(p.name for p in labels)}")
        print(result.format_text(errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Make a benchmark corpus: the real postings repeated to N postings with unique ids, as JSON Lines.

    python benchmarks/make_corpus.py 100000 -o /tmp/postings-100k.jsonl
    python benchmarks/make_corpus.py 10000 -o /tmp/postings-10k.jsonl.gz   # gzip by suffix
    python benchmarks/make_corpus.py 20000 --source large --source small -o /tmp/postings-20k.jsonl

``--source`` (repeatable) names JSON Lines files, ``.gz`` or not; ``small``
and ``large`` stand for the 209 and 10,225 real postings of
``shared/corpus-real`` (``small`` by default). Their rows are taken in
order, then over again: with both sources, 20,000 postings hold 10,434
distinct texts, each at most twice. Each copy keeps every field of the
source posting; its id becomes ``<id>~<copy>`` (copy 0, 1, 2, ...), so every
id is unique and each posting's origin stays visible. The output is written
streaming and is never committed (the texts belong to their employers).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

CORPUS_REAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-real"
#: Short names for the real postings.
SOURCES = {"small": CORPUS_REAL / "postings.jsonl", "large": CORPUS_REAL / "postings-large.jsonl.gz"}
DEFAULT_SOURCE = SOURCES["small"]


def repeated(sources: Path | Sequence[Path], count: int, exclude: frozenset[str] = frozenset()) -> Iterator[dict]:
    """``count`` postings: the rows of ``sources`` (in order) over and over, each id made unique by its copy number.

    Rows whose id is in ``exclude`` (a blind sample's ids) are left out.
    """
    rows = []
    for source in [sources] if isinstance(sources, Path) else sources:
        opener = gzip.open if source.suffix == ".gz" else open
        with opener(source, "rt", encoding="utf-8") as f:
            rows.extend(row for row in map(json.loads, filter(str.strip, f)) if row.get("id") not in exclude)
    for n in range(count):
        row = dict(rows[n % len(rows)])
        row["id"] = f"{row['id']}~{n // len(rows)}"
        yield row


def write(rows: Iterator[dict], out: IO[str]) -> int:
    """Write rows as JSON Lines; the number written."""
    count = 0
    for batch in iter(lambda: list(itertools.islice(rows, 1000)), []):
        out.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch))
        count += len(batch)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of postings")
    parser.add_argument("-o", "--output", help="output file (.gz: gzip-compressed); default stdout")
    parser.add_argument(
        "--source",
        action="append",
        type=lambda name: SOURCES.get(name) or Path(name),
        help="JSONL (or .jsonl.gz) to repeat, or small / large (repeatable; default: small)",
    )
    args = parser.parse_args()
    rows = repeated(args.source or [DEFAULT_SOURCE], args.count)
    if not args.output:
        write(rows, sys.stdout)
        return
    opener = gzip.open if args.output.endswith(".gz") else open
    with opener(args.output, "wt", encoding="utf-8") as out:
        n = write(rows, out)
    print(f"{n:,} postings -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()

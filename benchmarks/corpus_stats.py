"""Coverage of the extraction on the real postings: how many postings get at least one entry per field.

    python benchmarks/corpus_stats.py                  # ../shared/corpus-real/postings.jsonl
    python benchmarks/corpus_stats.py --large          # the 10,225-posting file
    python benchmarks/corpus_stats.py --show industries --limit 40   # print entries to read by eye
"""

from __future__ import annotations

import argparse
import collections
import random

from throughput import load_texts_with_ids

from postingparse import Extractor
from postingparse.record import FAMILIES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--limit", type=int, default=None, help="at most this many postings")
    parser.add_argument("--show", choices=FAMILIES, help="print a random sample of this field's entries with context")
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args()

    ids, texts = load_texts_with_ids(args.large, args.limit)
    postings = list(Extractor().pipe(texts, ids=ids))
    print(f"postings: {len(postings):,}")
    print(f"{'field':<14} {'postings with >=1':>18} {'share':>7} {'entries':>8}")
    for fam in FAMILIES:
        having = sum(1 for p in postings if getattr(p, fam))
        entries = sum(len(getattr(p, fam)) for p in postings)
        print(f"{fam:<14} {having:>18,} {having / len(postings):>7.1%} {entries:>8,}")
    preferred = collections.Counter(
        e.requirement for p in postings for fam in ("degrees", "experience", "methodologies") for e in getattr(p, fam)
    )
    print("requirement:", dict(preferred))
    if args.show:
        rows = [(p.id, text, e) for p, text in zip(postings, texts) for e in getattr(p, args.show)]
        for pid, text, e in random.Random(1).sample(rows, min(args.sample, len(rows))):
            context = text[max(0, e.start - 60) : e.end + 60].replace("\n", " | ")
            values = {k: v for k, v in e.to_dict().items() if k not in ("text", "start", "end")}
            print(f"{pid}: {values}\n    ...{context}...")


if __name__ == "__main__":
    main()

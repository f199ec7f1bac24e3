"""Coverage of the extraction on the real postings: how many postings get at least one entry per field.

    python benchmarks/corpus_stats.py                  # ../shared/corpus-real/postings.jsonl
    python benchmarks/corpus_stats.py --large          # the 10,225-posting file
    python benchmarks/corpus_stats.py --show industries --limit 40   # print entries to read by eye
    python benchmarks/corpus_stats.py --large --show certifications --sample 30   # ... certifications, 30 of them

It also prints, per certification label, how many postings carry it (the 20 most frequent, with the
share of those postings that require it rather than prefer it).
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
    parser.add_argument("--top", type=int, default=20, help="how many certification labels to list")
    parser.add_argument("--exclude", metavar="IDS_FILE", help="never show postings whose ids this file lists (one per line)")
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
        e.requirement
        for p in postings
        for fam in ("degrees", "experience", "methodologies", "certifications")
        for e in getattr(p, fam)
    )
    print("requirement:", dict(preferred))
    carrying = collections.Counter(label for p in postings for label in {c.label for c in p.certifications})
    required = collections.Counter(
        label for p in postings for label in {c.label for c in p.certifications if c.requirement == "required"}
    )
    print(f"\ncertifications: postings carrying each of the {args.top} most frequent labels")
    print(f"{'label':<28} {'postings':>8} {'share':>7} {'required':>9}")
    for label, n in carrying.most_common(args.top):
        print(f"{label:<28} {n:>8,} {n / len(postings):>7.2%} {required[label] / n:>9.0%}")
    if args.show:
        hidden = set(open(args.exclude, encoding="utf-8").read().split()) if args.exclude else set()
        rows = [(p.id, text, e) for p, text in zip(postings, texts) if p.id not in hidden for e in getattr(p, args.show)]
        for pid, text, e in random.Random(1).sample(rows, min(args.sample, len(rows))):
            context = f"{text[max(0, e.start - 60) : e.start]}[[{e.text}]]{text[e.end : e.end + 60]}".replace("\n", " | ")
            values = {k: v for k, v in e.to_dict().items() if k not in ("text", "start", "end")}
            print(f"{pid}: {values}\n    ...{context}...")


if __name__ == "__main__":
    main()

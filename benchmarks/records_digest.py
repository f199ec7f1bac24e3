"""A digest of the records `Extractor.pipe` gives for the first N postings of the large corpus.

A change made for speed must leave the records identical: run this before and after and
compare the total digest. Per-posting digests go to a file (``--save``); with ``--compare``
the postings whose records differ are listed by id, with both records, so that every
difference can be read and explained.

    python benchmarks/records_digest.py --limit 10000 --save /tmp/before.tsv
    python benchmarks/records_digest.py --limit 10000 --compare /tmp/before.tsv
    python benchmarks/records_digest.py --exclude ../blind-ids.txt   # leave a blind sample's postings out
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from postingparse import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import load_texts_with_ids, read_ids  # noqa: E402


def canonical(record: dict) -> str:
    """The record as canonical JSON (sorted keys, no spaces): equal records give equal strings."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=10_000, help="the first this many postings of postings-large")
    parser.add_argument("--save", type=Path, help="write id, digest and record per posting (TSV) here")
    parser.add_argument("--compare", type=Path, help="a file written by --save: list the postings that differ")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for Extractor.pipe")
    parser.add_argument("--exclude", metavar="IDS_FILE", help="leave out the postings whose ids this file lists (a blind sample's)")
    args = parser.parse_args()

    ids, texts = load_texts_with_ids(True, args.limit, read_ids(args.exclude))
    total = hashlib.sha256()
    rows = []
    for posting_id, posting in zip(ids, Extractor().pipe(texts, ids=ids, n_process=args.jobs)):
        record = canonical(posting.to_dict())
        digest = hashlib.sha256(record.encode()).hexdigest()
        total.update(digest.encode())
        rows.append((posting_id, digest, record))
    print(f"postings: {len(rows):,}  records digest: {total.hexdigest()}")
    if args.save:
        with args.save.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write("\t".join(row) + "\n")
    if args.compare:
        before = {}
        with args.compare.open(encoding="utf-8") as fh:
            for line in fh:
                posting_id, digest, record = line.rstrip("\n").split("\t", 2)
                before[posting_id] = (digest, record)
        differ = [(i, before[i][1], r) for i, d, r in rows if i in before and before[i][0] != d]
        print(f"postings that differ from {args.compare}: {len(differ)}")
        for posting_id, old, new in differ:
            print(f"--- {posting_id}\n  before: {old}\n  after:  {new}")


if __name__ == "__main__":
    main()

"""Throughput of `Extractor.pipe` against the bare spaCy tokenizer on the same texts.

Both run in this one process, alternating, several rounds; the script prints
the median seconds of each, postings/s and the ratio (extraction time over
tokenizer time), in wall-clock seconds and in this process's CPU seconds.
Machines here are shared and noisy: read the ratios, not the absolute figures;
where other processes load the machine, the CPU-time ratio is the steadier one.

    python benchmarks/throughput.py                      # ../shared/corpus-real/postings.jsonl
    python benchmarks/throughput.py --large --limit 3000 # the large file, first 3,000 postings
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from pathlib import Path

import spacy

from postingparse import Extractor

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-real"


def read_ids(path: str | Path | None) -> set[str]:
    """The posting ids listed in ``path`` (whitespace-separated), none without a path: a blind sample's, to leave out."""
    if path is None:
        return set()
    try:
        return set(Path(path).read_text(encoding="utf-8").split())
    except OSError as exc:
        raise SystemExit(f"{path}: cannot read the ids to exclude ({exc.strerror})") from None


def load_texts_with_ids(
    large: bool, limit: int | None, exclude: set[str] | frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Ids and texts of ``../shared/corpus-real`` (the 209-posting file, or the large one).

    Postings whose id is in ``exclude`` are left out; ``limit`` counts the postings kept.
    """
    path = SHARED / ("postings-large.jsonl.gz" if large else "postings.jsonl")
    if not path.exists():
        raise SystemExit(f"{path} not found: the real postings live in ../shared beside the project")
    opener = gzip.open if path.suffix == ".gz" else open
    ids, texts = [], []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in exclude:
                continue
            ids.append(row["id"])
            texts.append(row["text"])
            if limit and len(texts) >= limit:
                break
    return ids, texts


def timed(fn) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process) of ``fn()``."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--large", action="store_true", help="use postings-large.jsonl.gz")
    parser.add_argument("--limit", type=int, default=None, help="at most this many postings")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--skip", type=int, default=0, help="leave out the first this many postings")
    parser.add_argument("--exclude", metavar="IDS_FILE", help="leave out the postings whose ids this file lists")
    args = parser.parse_args()

    limit = args.limit + args.skip if args.limit else None
    _, texts = load_texts_with_ids(args.large, limit, read_ids(args.exclude))
    texts = texts[args.skip :]
    chars = sum(map(len, texts))
    blank = spacy.blank("en")
    extractor = Extractor()
    extractor.parse(texts[0])  # warm up matchers and vocab tables

    def tokenize() -> None:
        for _ in blank.pipe(texts, batch_size=args.batch_size):
            pass

    def extract() -> None:
        for _ in extractor.pipe(texts, batch_size=args.batch_size):
            pass

    tok_times, ext_times = [], []
    for _ in range(args.rounds):
        tok_times.append(timed(tokenize))
        ext_times.append(timed(extract))
    print(f"postings: {len(texts):,}  characters: {chars:,}  rounds: {args.rounds} (medians)")
    for clock, k in (("wall", 0), ("CPU", 1)):
        tok, ext = statistics.median(t[k] for t in tok_times), statistics.median(t[k] for t in ext_times)
        print(f"{clock:4} spacy.blank('en').pipe : {tok:8.3f} s  {len(texts) / tok:10,.0f} postings/s")
        print(f"{clock:4} Extractor.pipe         : {ext:8.3f} s  {len(texts) / ext:10,.0f} postings/s")
        print(f"{clock:4} time ratio extraction/tokenizer: {ext / tok:.2f}x  (throughput ratio {tok / ext:.2f})")


if __name__ == "__main__":
    main()

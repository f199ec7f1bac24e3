"""Would a statistical step earn its place? A bag-of-words classifier of the employer's sector, measured.

Issue 12 allows a small classifier over the company description, trained on the board-labelled
postings, to propose the employer's sector where no phrase decides it. This script measures what
such a step could give before anyone ships one: a multinomial naive Bayes over the words of the
company description (`board_industries.company_blurb`), trained on 70% of the usable board-labelled
postings (split by a hash of the id, so the split never changes) and judged on the other 30% with
`board_industries.py`'s own sector agreement. It prints, for each confidence threshold, the share of
held-out postings the classifier would label and how often its sector is among the board's, then the
same for the rules alone and for the rules with the classifier filling in where they found nothing.

    python benchmarks/board_sector_classifier.py --exclude ../blind-wave2/ids.txt

Nothing here is shipped: the figures decide whether a classifier goes into the package (see
benchmarks/BOARD_INDUSTRIES.md, "A statistical step?").
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from board_industries import (  # noqa: E402
    POSTINGS,
    BoardVocabulary,
    Case,
    _read_ids,
    _read_rows,
    company_blurb,
    labelled_cases,
    run,
    sector_of,
)

_WORD = regex.compile(r"[\p{L}\p{N}]+")
#: Confidence thresholds reported (posterior probability of the best sector).
THRESHOLDS = (0.0, 0.5, 0.8, 0.9, 0.95, 0.99)
#: Characters of the company description the classifier reads.
DESCRIPTION = 1000
#: A word must occur in this many training descriptions to be a feature.
MIN_COUNT = 3


def words(text: str) -> set[str]:
    """The lower-cased words of a text, once each (binary features)."""
    return {w.lower() for w in _WORD.findall(text)}


def held_out(posting_id: str) -> bool:
    """Whether a posting falls in the 30% test split (a fixed hash of its id)."""
    return int(hashlib.md5(posting_id.encode()).hexdigest(), 16) % 10 >= 7


class NaiveBayes:
    """Multinomial naive Bayes over binary word features; a multi-sector label splits its weight."""

    def __init__(self, examples: Sequence[tuple[set[str], frozenset[str]]]) -> None:
        df = Counter(w for feats, _ in examples for w in feats)
        self.vocabulary = {w for w, n in df.items() if n >= MIN_COUNT}
        self.prior: Counter[str] = Counter()
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        for feats, sectors in examples:
            share = 1 / len(sectors)
            for sector in sectors:
                self.prior[sector] += share
                for w in feats & self.vocabulary:
                    self.counts[sector][w] += share
        self.totals = {s: sum(c.values()) for s, c in self.counts.items()}

    def predict(self, feats: set[str]) -> tuple[str, float]:
        """The most probable sector and its posterior probability."""
        size = len(self.vocabulary)
        scores = {
            s: math.log(p) + sum(math.log((self.counts[s][w] + 0.5) / (self.totals[s] + 0.5 * size)) for w in feats & self.vocabulary)
            for s, p in self.prior.items()
        }
        top = max(scores.values())
        norm = sum(math.exp(v - top) for v in scores.values())
        best = max(scores, key=scores.get)
        return best, 1 / norm


def description_words(case: Case) -> set[str]:
    return words(company_blurb(case.row["text"], (case.row.get("meta") or {}).get("company"), DESCRIPTION))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exclude", metavar="FILE", help="ids to leave out (one a line), e.g. a blind sample's")
    args = parser.parse_args(argv)
    if not POSTINGS.is_file():
        print(f"board_sector_classifier: {POSTINGS} not found; the postings live in ../shared, skipping.")
        return 0
    excluded = _read_ids(args.exclude) if args.exclude else frozenset()
    cases = [c for c in labelled_cases(_read_rows(POSTINGS), BoardVocabulary.bundled(), excluded) if c.reason is None]
    train = [c for c in cases if not held_out(str(c.row["id"]))]
    test = [c for c in cases if held_out(str(c.row["id"]))]
    model = NaiveBayes([(description_words(c), c.label.sectors) for c in train])
    predictions = [model.predict(description_words(c)) for c in test]
    print(f"board-labelled postings used: {len(cases):,}; trained on {len(train):,}, judged on {len(test):,}")
    print("\nclassifier alone (held-out 30%)")
    print(f"{'threshold':>9}  {'coverage':>8}  {'sector agreement':>16}")
    for threshold in THRESHOLDS:
        kept = [(s, c) for (s, p), c in zip(predictions, test) if p >= threshold]
        agree = sum(s in c.label.sectors for s, c in kept)
        print(f"{threshold:>9.2f}  {len(kept) / len(test):>8.3f}  {agree / max(1, len(kept)):>16.3f}")

    run(test)
    ruled = [c for c in test if c.entries]
    rule_agree = sum(c.judgement.sector_agrees for c in ruled)
    print(f"\nrules alone: coverage {len(ruled) / len(test):.3f}, sector agreement {rule_agree / max(1, len(ruled)):.3f}")
    print("rules, and the classifier where the rules found no employer:")
    print(f"{'threshold':>9}  {'coverage':>8}  {'sector agreement':>16}")
    for threshold in THRESHOLDS:
        filled = [(s, c) for (s, p), c in zip(predictions, test) if not c.entries and p >= threshold]
        covered = len(ruled) + len(filled)
        agree = rule_agree + sum(s in c.label.sectors for s, c in filled)
        print(f"{threshold:>9.2f}  {covered / len(test):>8.3f}  {agree / max(1, covered):>16.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

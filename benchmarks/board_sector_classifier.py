"""Would a statistical step earn its place? Classifiers of the employer's sector, measured.

Issue 12 allows a small classifier over the company description, trained on the board-labelled
postings, to propose the employer's sector where no phrase decides it. This script measures what
such a step could give before anyone ships one: a multinomial naive Bayes over the words of the
company description (`board_industries.company_blurb`, first 1,000 characters) and three spaCy
text classifiers (exclusive classes = the board's NAICS sectors, trained from scratch on a blank
English pipeline, no pretrained vectors): TextCatBOW (uni- and bigrams), TextCatEnsemble and
TextCatCNN (each with a small hash-embedding tok2vec), each reading the company description alone
or the title and the description. They are trained on 70% of the usable board-labelled postings
(split by a hash of the id, so the split never changes) and judged on the other 30% with
`board_industries.py`'s own sector agreement. Every id of the hand-labelled sets
(benchmarks/*/labels-*.jsonl) is left out of both, and so is every id of ``--exclude``.

For each classifier it prints, per threshold on the top score, the share of held-out postings the
classifier would label and how often its sector is among the board's, then the same for the rules
with the classifier filling in where they found no employer, and the best the rules with it could
reach at the coverage the issue asks (0.60; the threshold picked on the test split itself, so an
upper bound).

    python benchmarks/board_sector_classifier.py --exclude ../blind-ids-session4.txt
    python benchmarks/board_sector_classifier.py --models nb,bow --features description

Nothing here is shipped: the figures decide whether a classifier goes into the package (see
benchmarks/BOARD_INDUSTRIES.md, "A statistical step?").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
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
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)
#: The coverage issue 12 asks of the rules with the classifier.
TARGET_COVERAGE = 0.60
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


def description(case: Case) -> str:
    """The company description the classifiers read (first `DESCRIPTION` characters)."""
    return company_blurb(case.row["text"], (case.row.get("meta") or {}).get("company"), DESCRIPTION)


def title_and_description(case: Case) -> str:
    """The posting's title, then its company description."""
    return f"{case.row.get('title') or ''}. {description(case)}"


def description_words(case: Case) -> set[str]:
    return words(description(case))


FEATURES = {"description": description, "title+description": title_and_description}

#: spaCy text classifiers measured (name -> the textcat model config); tok2vecs start from scratch.
_TOK2VEC = {
    "@architectures": "spacy.Tok2Vec.v2",
    "embed": {
        "@architectures": "spacy.MultiHashEmbed.v2",
        "width": 64,
        "rows": [2000, 2000, 500, 1000, 500],
        "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"],
        "include_static_vectors": False,
    },
    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "window_size": 1, "maxout_pieces": 3, "depth": 2},
}
_BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2, "no_output_layer": False, "length": 262144}
SPACY_MODELS = {
    "bow": (_BOW, 12),
    "ensemble": ({"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": _TOK2VEC, "linear_model": _BOW}, 8),
    "cnn": ({"@architectures": "spacy.TextCatCNN.v2", "tok2vec": _TOK2VEC, "exclusive_classes": True}, 8),
}


def train_textcat(texts: Sequence[str], sectors: Sequence[frozenset[str]], model: dict, epochs: int, seed: int = 0):
    """A blank English pipeline with one exclusive textcat over the NAICS sectors, trained from scratch.

    A posting the board gives several sectors becomes one example per sector.
    """
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": model})
    labels = sorted({s for group in sectors for s in group})
    for label in labels:
        textcat.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(text), {"cats": {label: float(label == sector) for label in labels}})
        for text, group in zip(texts, sectors)
        for sector in sorted(group)
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
    return nlp


def textcat_predictions(nlp, texts: Sequence[str]) -> list[tuple[str, float]]:
    """The top sector of each text and its score."""
    return [max(doc.cats.items(), key=lambda kv: kv[1]) for doc in nlp.pipe(texts, batch_size=64)]


def labelled_set_ids(root: Path) -> frozenset[str]:
    """The ids of every hand-labelled set (benchmarks/*/labels-*.jsonl): never trained or judged on."""
    ids = set()
    for path in root.glob("*/labels-*.jsonl"):
        with path.open(encoding="utf-8") as fh:
            ids.update(str(json.loads(line)["id"]) for line in fh if line.strip())
    return frozenset(ids)


def print_rows(name: str, predictions: Sequence[tuple[str, float]], test: Sequence[Case], ruled: int, rule_agree: int) -> None:
    """Per threshold: the classifier alone, then the rules with it where they found no employer; then
    the highest threshold (of the scores seen) at which the rules with it still cover `TARGET_COVERAGE`,
    an operating point chosen on the test split itself, so an upper bound of what it could give."""
    def rules_with(threshold: float) -> tuple[float, float]:
        filled = [s in c.label.sectors for (s, p), c in zip(predictions, test) if not c.entries and p >= threshold]
        covered = ruled + len(filled)
        return covered / len(test), (rule_agree + sum(filled)) / max(1, covered)

    print(f"\n{name}")
    print(f"{'threshold':>9}  {'alone: coverage':>15}  {'agreement':>9}  {'rules+: coverage':>16}  {'agreement':>9}")
    for threshold in THRESHOLDS:
        kept = [s in c.label.sectors for (s, p), c in zip(predictions, test) if p >= threshold]
        coverage, agreement = rules_with(threshold)
        print(f"{threshold:>9.2f}  {len(kept) / len(test):>15.3f}  {sum(kept) / max(1, len(kept)):>9.3f}  {coverage:>16.3f}  {agreement:>9.3f}")
    best = max((p for (_, p), c in zip(predictions, test) if not c.entries and rules_with(p)[0] >= TARGET_COVERAGE), default=None)
    if best is not None:
        coverage, agreement = rules_with(best)
        print(f"rules+ at coverage >= {TARGET_COVERAGE:.2f}: threshold {best:.4f}, coverage {coverage:.3f}, agreement {agreement:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exclude", metavar="FILE", help="ids to leave out (one a line), e.g. a blind sample's")
    parser.add_argument("--models", default="nb," + ",".join(SPACY_MODELS), help="classifiers to measure (default: %(default)s)")
    parser.add_argument("--features", default="description,title+description", help="texts they read (default: %(default)s)")
    args = parser.parse_args(argv)
    if not POSTINGS.is_file():
        print(f"board_sector_classifier: {POSTINGS} not found; the postings live in ../shared, skipping.")
        return 0
    models = [m for m in args.models.split(",") if m]
    features = [f for f in args.features.split(",") if f]
    unknown = [m for m in models if m != "nb" and m not in SPACY_MODELS] + [f for f in features if f not in FEATURES]
    if unknown:
        parser.error(f"unknown model or feature set: {', '.join(unknown)}")
    excluded = (_read_ids(args.exclude) if args.exclude else frozenset()) | labelled_set_ids(Path(__file__).resolve().parent)
    cases = [c for c in labelled_cases(_read_rows(POSTINGS), BoardVocabulary.bundled(), excluded) if c.reason is None]
    train = [c for c in cases if not held_out(str(c.row["id"]))]
    test = [c for c in cases if held_out(str(c.row["id"]))]
    print(f"board-labelled postings used: {len(cases):,}; trained on {len(train):,}, judged on {len(test):,}")
    run(test)
    ruled = sum(1 for c in test if c.entries)
    rule_agree = sum(c.judgement.sector_agrees for c in test if c.entries)
    print(f"rules alone: coverage {ruled / len(test):.3f}, sector agreement {rule_agree / max(1, ruled):.3f}")
    for feature in features:
        read = FEATURES[feature]
        train_texts, test_texts = [read(c) for c in train], [read(c) for c in test]
        for name in models:
            if name == "nb":
                model = NaiveBayes([(words(t), c.label.sectors) for t, c in zip(train_texts, train)])
                predictions = [model.predict(words(t)) for t in test_texts]
            else:
                config, epochs = SPACY_MODELS[name]
                nlp = train_textcat(train_texts, [c.label.sectors for c in train], config, epochs)
                predictions = textcat_predictions(nlp, test_texts)
            print_rows(f"{name} over {feature}", predictions, test, ruled, rule_agree)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

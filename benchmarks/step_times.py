"""Where the extraction's time goes: each step of `PostingParser.pipe`, timed alone, against the bare tokenizer.

The steps run as the component runs them (chunks of `RECENT` docs, each step over a whole chunk
before the next): normalising, tokenizing, segments, sections, each rule family, the requirement
scope and the record (annotations, paths). Each is printed in CPU seconds (median of the rounds)
and as a multiple of the bare ``spacy.blank("en")`` tokenizer's time on the same texts, measured
in the same rounds; ``throughput.py``'s ratio is 1 over the sum. Each family's time is also split
between the postings where it finds entries and those where it finds none: the second share is
what a pre-scan of the family's trigger words could save at most.

    python benchmarks/step_times.py --limit 800 --exclude ../blind-ids.txt
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import spacy
from spacy.tokens import Doc

from postingparse import Extractor
from postingparse.component import _doc_text
from postingparse.rules.base import Context
from postingparse.rules.degrees import MENTIONS
from postingparse.rules.literals import RECENT
from postingparse.rules.segments import Segments

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import load_texts_with_ids, read_ids  # noqa: E402

#: The steps before the families and after them, in the order the component runs them.
STEPS_BEFORE = ("normalize", "tokenize", "segments", "sections")
STEPS_AFTER = ("scope", "annotations")


def step_times(extractor: Extractor, texts: list[str], clock: Callable[[], float] = time.process_time) -> dict[str, float]:
    """Seconds per step of extracting ``texts`` (one round), by step name; families by family name, each
    also as ``"<family> (no entries)"``: its seconds on the postings where it found nothing."""
    component = extractor.nlp.get_pipe("postingparse")
    times: dict[str, float] = {}

    def timed(step: str, fn: Callable[[], object]) -> object:
        start = clock()
        out = fn()
        times[step] = times.get(step, 0.0) + clock() - start
        return out

    for at in range(0, len(texts), RECENT):
        normalized = timed("normalize", lambda: [extractor.normalizer(t) for t in texts[at : at + RECENT]])
        docs: list[Doc] = timed("tokenize", lambda: [_make_doc(extractor, norm) for norm in normalized])  # type: ignore[assignment]
        contexts: list[Context] = timed(  # type: ignore[assignment]
            "segments", lambda: [Context(segments=Segments(_doc_text(d)), scope=component.scope) for d in docs]
        )
        timed("sections", lambda: [c.sections for c in contexts])
        for family in component.families:
            empty = f"{family.family} (no entries)"
            times.setdefault(family.family, 0.0)
            times.setdefault(empty, 0.0)
            for doc, context in zip(docs, contexts):
                start = clock()
                found = context.found[family.family] = family(doc, context)
                spent = clock() - start
                times[family.family] += spent
                if not found:
                    times[empty] += spent
        matched = [[e for family in component.families for e in c.found[family.family]] for c in contexts]
        scoped = timed(
            "scope", lambda: [component.scope.apply(d, c.segments, e, c.sections) for d, c, e in zip(docs, contexts, matched)]
        )

        def annotate() -> None:
            for doc, context, (entries, cues, sections) in zip(docs, contexts, scoped):  # type: ignore[call-overload]
                component.set_annotations(doc, entries, cues, sections, context.found.get(MENTIONS, []), context.segments.text)

        timed("annotations", annotate)
    return times


def _make_doc(extractor: Extractor, normalized) -> Doc:
    doc = extractor.nlp.make_doc(normalized.text)
    doc._.normalized = normalized
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=800, help="the first this many postings of postings-large")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--exclude", metavar="IDS_FILE", help="leave out the postings whose ids this file lists")
    args = parser.parse_args()

    _, texts = load_texts_with_ids(True, args.limit, read_ids(args.exclude))
    blank = spacy.blank("en")
    extractor = Extractor()
    for _ in extractor.pipe(texts):  # warm up matchers, vocab and the tokenizers' caches
        pass
    rounds = []
    for _ in range(args.rounds):
        start = time.process_time()
        for _ in blank.pipe(texts):
            pass
        tokenizer = time.process_time() - start
        rounds.append((tokenizer, step_times(extractor, texts)))
    tokenizer = statistics.median(r[0] for r in rounds)
    print(f"postings: {len(texts):,}  rounds: {args.rounds} (medians, CPU seconds)")
    print(f"{'spacy.blank tokenizer':28} {tokenizer:7.3f} s  1.00x")
    total = 0.0
    for step in rounds[0][1]:
        seconds = statistics.median(r[1][step] for r in rounds)
        if not step.endswith("(no entries)"):
            total += seconds
        print(f"{step:28} {seconds:7.3f} s  {seconds / tokenizer:5.2f}x")
    print(f"{'all steps':28} {total:7.3f} s  {total / tokenizer:5.2f}x  (throughput ratio {tokenizer / total:.2f})")


if __name__ == "__main__":
    main()

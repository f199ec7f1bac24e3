"""Accuracy on the hand-labelled real postings: `evaluate` over the development or held-out set.

Two sets, labels (ids, entries, offsets) in the project, texts in ``../shared/corpus-real``
beside the repository (without ``../shared`` the script says so and exits with status 0):

- ``devset``: ``benchmarks/devset/labels-*.jsonl``, 90 postings of ``postings.jsonl``;
  the rules were developed against its errors.
- ``heldout``: ``benchmarks/heldout/labels-*.jsonl``, 40 postings sampled from
  ``postings-large.jsonl.gz`` (24 manufacturing/engineering roles, 16 others), labelled
  blind and scored once before any rule saw them; errors found there were fixed since,
  so its figures after that first run are no longer a held-out measure.
- ``testset``: ``benchmarks/testset/labels-*.jsonl``, 40 more postings of the large file,
  labelled blind and scored once after the rules were final (its README has that run).
- ``wave2``: ``benchmarks/wave2/labels-*.jsonl``, the second wave's blind sample: 40 more postings of
  the large file (26 manufacturing/engineering roles), every field labelled (certifications and paths
  too) by people who never ran the extractor, kept outside the project until the wave's rules were
  final and scored once (its README has that run).
- ``paths``: ``benchmarks/paths/labels-*.jsonl``, 36 postings of the large file labelled
  for the ``paths`` field only (34 with alternatives); only ``paths`` is scored on it.
- ``wave3``: ``benchmarks/wave3/labels-*.jsonl``, a fresh blind sample for the second wave's second
  session: 40 more postings of the large file (26 manufacturing/engineering roles), every field
  labelled by people who never ran the extractor, scored once when the session's rules were final
  (its README has that run).
- ``paths2``: ``benchmarks/paths2/labels-*.jsonl``, 40 postings of the large file found by a text
  search for alternatives ("in lieu", "substitute", "equivalent combination", "with a master's"),
  labelled blind for ``paths`` only by people who never ran the extractor, scored once.
- ``wave4``: ``benchmarks/wave4/labels-*.jsonl``, the fresh blind sample of session 5: 40 more postings of
  the large file (26 manufacturing/engineering roles), every field, scored once (its README has that run).
- ``certs2``: ``benchmarks/certs2/labels-*.jsonl``, 40 postings of the large file found by a text search for
  "certif", "licen[cs]", "licensure", labelled blind for ``certifications`` only, scored once.
- ``wave5``: ``benchmarks/wave5/labels-*.jsonl``, the fresh blind sample of session 6: 40 more postings of
  the large file, every field, scored once (its README has that run).
- ``certs3``: ``benchmarks/certs3/labels-*.jsonl``, 40 more postings found by the same search as ``certs2``,
  labelled blind for ``certifications`` only, scored once.
- ``wave6``: ``benchmarks/wave6/labels-*.jsonl``, the fresh blind sample of session 7: 40 more postings of
  the large file, every field, scored once (its README has that run).
- ``certs4``: ``benchmarks/certs4/labels-*.jsonl``, 40 more postings found by the same search as ``certs2``,
  labelled blind for ``certifications`` only, scored once.

A field is scored where the set's postings carry it: ``certifications`` (added after v1) is
scored on a set once its labels have a ``certifications`` key, and the script says which
fields a set is not labelled for.

    python benchmarks/evaluate_devset.py                  # table, posting level, secondary figures
    python benchmarks/evaluate_devset.py --set heldout    # the held-out sample
    python benchmarks/evaluate_devset.py --set testset    # the test sample
    python benchmarks/evaluate_devset.py --set wave2      # the second wave's blind sample
    python benchmarks/evaluate_devset.py --set paths      # alternative paths only (``paths`` key)
    python benchmarks/evaluate_devset.py --set wave3      # the fresh blind sample of session 4
    python benchmarks/evaluate_devset.py --set paths2     # blind alternative paths (``paths`` key)
    python benchmarks/evaluate_devset.py --set wave4      # the fresh blind sample of session 5
    python benchmarks/evaluate_devset.py --set certs2     # blind certifications (``certifications`` key)
    python benchmarks/evaluate_devset.py --set wave5      # the fresh blind sample of session 6
    python benchmarks/evaluate_devset.py --set certs3     # blind certifications of session 6
    python benchmarks/evaluate_devset.py --set wave6      # the fresh blind sample of session 7
    python benchmarks/evaluate_devset.py --set certs4     # blind certifications of session 7
    python benchmarks/evaluate_devset.py --errors         # ... and every miss and extra, with context
    python benchmarks/evaluate_devset.py --format json    # the same as one JSON object
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_REAL = HERE.parents[1] / "shared" / "corpus-real"
#: Each set: the folder of its labels and the file of its texts.
SETS = {
    "devset": (HERE / "devset", CORPUS_REAL / "postings.jsonl"),
    "heldout": (HERE / "heldout", CORPUS_REAL / "postings-large.jsonl.gz"),
    "testset": (HERE / "testset", CORPUS_REAL / "postings-large.jsonl.gz"),
    "wave2": (HERE / "wave2", CORPUS_REAL / "postings-large.jsonl.gz"),
    "paths": (HERE / "paths", CORPUS_REAL / "postings-large.jsonl.gz"),
    "wave3": (HERE / "wave3", CORPUS_REAL / "postings-large.jsonl.gz"),
    "paths2": (HERE / "paths2", CORPUS_REAL / "postings-large.jsonl.gz"),
    "wave4": (HERE / "wave4", CORPUS_REAL / "postings-large.jsonl.gz"),
    "certs2": (HERE / "certs2", CORPUS_REAL / "postings-large.jsonl.gz"),
    "wave5": (HERE / "wave5", CORPUS_REAL / "postings-large.jsonl.gz"),
    "certs3": (HERE / "certs3", CORPUS_REAL / "postings-large.jsonl.gz"),
    "wave6": (HERE / "wave6", CORPUS_REAL / "postings-large.jsonl.gz"),
    "certs4": (HERE / "certs4", CORPUS_REAL / "postings-large.jsonl.gz"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list every miss and extra with context")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--set", choices=tuple(SETS), default="devset", help="which labelled set (default: devset)")
    args = parser.parse_args()
    folder, texts = SETS[args.set]

    if not texts.is_file():
        print(f"evaluate_devset: {texts} not found; the labelled postings' texts live in ../shared, skipping.")
        return 0
    from postingparse.evaluate import evaluate, read_jsonl, read_texts
    from postingparse.record import FAMILIES

    labels = sorted(folder.glob("labels-*.jsonl"))
    gold = [record for path in labels for record in read_jsonl(str(path))]
    result = evaluate(gold, texts=read_texts(str(texts)))
    if args.format == "json":
        print(json.dumps(result.to_dict(errors=args.errors), ensure_ascii=False, indent=1))
    else:
        print(f"{args.set}: {', '.join(f'{folder.name}/{p.name}' for p in labels)}")
        unlabelled = [fam for fam in FAMILIES if fam not in result.counts]
        if unlabelled:
            print(f"not labelled in this set, so not scored: {', '.join(unlabelled)}")
        print(result.format_text(errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

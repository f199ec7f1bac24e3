"""Time `postingparse.parse` on adversarial inputs of 10 KB, 100 KB and 1 MB: growth must be linear.

Each input is one pattern repeated to the size (in characters). The script
prints, per input, the median seconds of a few runs at each size and the
growth ratio from one size to the next: about 10x per 10x size is linear; a
ratio far above that (say 30x) points at a regex or loop that is superlinear.

It also prints each input's seconds per MB at the largest size against ordinary
text's: the 209 real postings of ``../shared/corpus-real/postings.jsonl`` through
`Extractor.pipe`, timed right after each input (the machine is shared and noisy,
so each input is compared with the ordinary text timed beside it, medians of the rounds).
Hostile input must stay within 5x of ordinary text per MB.

    python benchmarks/adversarial.py                 # all inputs, 10 KB / 100 KB / 1 MB, median of 3
    python benchmarks/adversarial.py --only parens --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from postingparse import Extractor

#: name -> the unit repeated to the size.
INPUTS: dict[str, str] = {
    "digits": "1234567890",
    "dashes": "-",
    "unicode dashes": "\u2013\u2014",
    "years years": "years ",
    "5-5-5-5": "5-",
    "5+ years 5+ years": "5+ years ",
    "nested parens": "(",
    "one line, no breaks": "Bachelor's degree in engineering and 3-5 years of experience in manufacturing; Six Sigma preferred; ",
    "Bachelor's Bachelor's": "Bachelor's ",
    "ISO ISO ISO": "ISO ",
    "ISO 9001 preferred": "ISO 9001 preferred ",
    "preferred preferred": "preferred ",
    "aaaa": "a",
    "glued camelCase": "skillsExperience",
    "&amp; entities": "&amp;",
    "nbsp runs": "\u00a0",
    "bullets, one per line": "\u2022 5+ years of experience in food manufacturing\n",
    "header lines": "Preferred Qualifications:\nSix Sigma\n",
    "(ISO 9001 preferred)": "(ISO 9001 preferred) ",
    "certified to operate forklifts": "certified to operate forklifts ",
    "lower-case pmp cqe fpc": "pmp cqe fpc ",
    "driver's license required, CDL preferred": "Valid driver's license required, CDL preferred, ",
    "preferred skills / education level headers": "Preferred Skills\nEducation Level: Bachelors Degree\n",
    "employer sentences": "Acme Foods is a leading manufacturer of frozen food products and we are a food company. ",
    "base64 blob": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
}
SIZES = (10_000, 100_000, 1_000_000)
ORDINARY = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-real" / "postings.jsonl"
#: Hostile input may cost at most this many times ordinary text's seconds per MB.
MAX_RATIO = 5.0


def build(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def median_seconds(extractor: Extractor, text: str, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        extractor.parse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ordinary_texts() -> list[str]:
    """The real postings (ordinary text), or an empty list when the shared corpus is not beside the project."""
    if not ORDINARY.exists():
        return []
    with ORDINARY.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def seconds_per_mb(extractor: Extractor, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in extractor.pipe(texts):
        pass
    return (time.perf_counter() - start) / (sum(map(len, texts)) / 1_000_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="input sizes in characters")
    parser.add_argument("--rounds", type=int, default=3, help="runs per cell (the median is printed)")
    parser.add_argument("--only", nargs="+", default=None, help="input names (substrings) to run")
    args = parser.parse_args()

    extractor = Extractor()
    extractor.parse("warm up: Bachelor's degree, 3-5 years, Six Sigma.")
    names = [n for n in INPUTS if not args.only or any(o in n for o in args.only)]
    sizes = sorted(args.sizes)
    header = f"{'input':24}" + "".join(f"{_size_label(s):>10}" for s in sizes)
    header += "".join(f"{'x' + _size_label(b) + '/' + _size_label(a):>14}" for a, b in zip(sizes, sizes[1:]))
    ordinary = ordinary_texts()
    if ordinary:
        header += f"{'s/MB':>8}{'x ordinary':>12}"
    print(header)
    print("-" * len(header))
    worst, worst_ratio, worst_name = 0.0, 0.0, ""
    for name in names:
        seconds = [median_seconds(extractor, build(INPUTS[name], size), args.rounds) for size in sizes]
        ratios = [b / a if a > 0 else float("nan") for a, b in zip(seconds, seconds[1:])]
        norm = [r / (b / a) for r, (a, b) in zip(ratios, zip(sizes, sizes[1:]))]
        worst = max([worst, *norm])
        row = f"{name:24}" + "".join(f"{s:>9.3f}s" for s in seconds) + "".join(f"{r:>13.1f}x" for r in ratios)
        if ordinary:
            # The largest size again, each run beside a run over ordinary text.
            hostile, plain = [], []
            for _ in range(args.rounds):
                hostile.append(median_seconds(extractor, build(INPUTS[name], sizes[-1]), 1) / (sizes[-1] / 1_000_000))
                plain.append(seconds_per_mb(extractor, ordinary))
            per_mb, ratio = statistics.median(hostile), statistics.median(hostile) / statistics.median(plain)
            row += f"{per_mb:>8.2f}{ratio:>11.1f}x"
            if ratio > worst_ratio:
                worst_ratio, worst_name = ratio, name
        flags = ["superlinear?"] if any(n > 2.0 for n in norm) else []
        flags += [f"over {MAX_RATIO:g}x ordinary"] if ordinary and ratio > MAX_RATIO else []
        print(row + ("   <- " + ", ".join(flags) if flags else ""), flush=True)
    print("-" * len(header))
    print(f"worst growth relative to size growth: {worst:.2f} (1.0 is linear)")
    if ordinary:
        print(f"worst seconds per MB against ordinary postings: {worst_ratio:.1f}x ({worst_name}; at most {MAX_RATIO:g}x)")


def _size_label(size: int) -> str:
    return f"{size // 1_000_000}MB" if size >= 1_000_000 else f"{size // 1000}KB"


if __name__ == "__main__":
    main()

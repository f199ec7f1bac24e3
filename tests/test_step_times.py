"""The step-times benchmark: every step of the component is timed, each family split by postings with and without entries."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from postingparse import Extractor
from postingparse.component import FAMILY_CLASSES
from postingparse.rules.literals import RECENT

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import step_times as st  # noqa: E402

TEXTS = [
    "Bachelor's degree in engineering and 5+ years of experience in food manufacturing required. Six Sigma a plus.",
    "We offer medical and dental coverage from day one.",
    "Requirements:\n- Master's degree\n- ISO 9001 auditing",
]


def test_each_step_is_timed_once_per_chunk_and_each_family_once_per_posting() -> None:
    ticks = itertools.count()
    texts = TEXTS * (RECENT // 2)  # two chunks
    times = st.step_times(Extractor(), texts, clock=lambda: float(next(ticks)))
    families = [cls.family for cls in FAMILY_CLASSES]
    assert list(times) == [*st.STEPS_BEFORE, *(k for f in families for k in (f, f"{f} (no entries)")), *st.STEPS_AFTER]
    chunks = -(-len(texts) // RECENT)
    assert all(times[step] == chunks for step in (*st.STEPS_BEFORE, *st.STEPS_AFTER))
    assert all(times[f] == len(texts) for f in families)
    # The benefits line holds no degree, the benefits line and the list no experience, none a certification.
    assert times["degrees (no entries)"] == len(texts) // len(TEXTS)
    assert times["experience (no entries)"] == 2 * len(texts) // len(TEXTS)
    assert times["certifications (no entries)"] == len(texts)

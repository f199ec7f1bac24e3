"""Property-based tests (hypothesis): any text parses, offsets hold, records are v1, parsing is deterministic.

Settings are explicit so the whole module stays well under a minute: ``max_examples``
per property below, ``deadline=None`` (the first parse builds matchers), no example
database written to the work tree.
"""

from __future__ import annotations

import os

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postingparse
from postingparse import Extractor
from postingparse.normalize import normalize
from postingparse.schema import validate_record

# Local runs explore new examples each time; CI (CI=true) replays a fixed sequence so a red build is reproducible.
SETTINGS = dict(
    deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow], derandomize=bool(os.environ.get("CI"))
)
#: Examples per property (hypothesis stops earlier when it runs out of distinct inputs).
ARBITRARY_EXAMPLES = 250
FRAGMENT_EXAMPLES = 200
NORMALIZE_EXAMPLES = 300

_SECOND = Extractor()  # a second, independent pipeline: same text, same record


def _check_posting(text: str) -> dict[str, Any]:
    posting = postingparse.parse(text, id="p")
    record = posting.to_dict()
    assert validate_record(record, text) == []
    for entry in posting.entries():
        assert 0 <= entry.start <= entry.end <= len(text)
        assert text[entry.start : entry.end] == entry.text
    json.dumps(record)
    assert postingparse.parse(text, id="p").to_dict() == record
    assert _SECOND.parse(text, id="p").to_dict() == record
    return record


# Any code point, lone surrogates included.
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=400)


@settings(max_examples=ARBITRARY_EXAMPLES, **SETTINGS)
@given(ANY_TEXT)
def test_arbitrary_text_parses_to_a_valid_record(text: str) -> None:
    _check_posting(text)


# -- real phrasing mixed with the noise scraped postings carry --------------------------------------
FRAGMENTS = [
    "Bachelor's degree in Mechanical or Industrial Engineering",
    "BS in Chemical Engineering required",
    "Master's degree preferred",
    "High school diploma or GED",
    "Associate's degree in Electronics or equivalent experience",
    "3-5 years of experience in food manufacturing",
    "Minimum of 5 years of supervisory experience",
    "5+ years' experience in a plant environment",
    "two (2) years of maintenance experience",
    "10-15 years experience",
    "Six Sigma Green Belt preferred",
    "Lean Six Sigma Black Belt a plus",
    "ISO 9001:2015 and IATF 16949",
    "statistical process control (SPC)",
    "Kaizen, 5S and TPM",
    "HACCP and GMP in a USDA facility",
    "root cause analysis (8D, 5 Whys)",
    "experience in the automotive or aerospace industry",
    "a leading plastics injection molding manufacturer",
    "our client, a Tier 1 automotive supplier",
    "Preferred Qualifications:",
    "Requirements:",
    "Benefits: 401(k), dental",
    "About us",
    "Must be 18 years of age",
    "for over 100 years",
    "is a plus",
    "required",
    "•",
    "(",
    "-----",
    "ﬁeld ofﬁce",
]
SEPARATORS = ["", " ", "\n", ". ", " • ", "\u2028", "\r\n", "; ", "&nbsp;", "\t"]
# Noise: (clean, noisy) substitutions scrapers produce.
NOISE = [
    (" ", "\u00a0"), (" ", "\u202f"), (" ", "\u3000"), ("-", "\u2013"), ("-", "\u2014"), ("-", "\u2212"),
    ("'", "\u2019"), ("'", "`"), ("'", "\x92"), ("5", "\uff15"), ("3", "\uff13"), ("1", "\uff11"),
    ("&", "&amp;"), ("-", "&ndash;"), ("-", "&#8211;"), ("fi", "\ufb01"), ("e", "e\u00ad"), ("o", "o\u200d"),
    (":", "\uff1a"), ("(", "\uff08"),
]


@st.composite
def noisy_postings(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=12))
    text = "".join(fragment + sep for fragment, sep in parts)
    for clean, noisy in draw(st.lists(st.sampled_from(NOISE), max_size=4)):
        text = text.replace(clean, noisy, draw(st.integers(1, 3)))
    if draw(st.booleans()):
        text = text.upper() if draw(st.booleans()) else text.lower()
    return text


@settings(max_examples=FRAGMENT_EXAMPLES, **SETTINGS)
@given(noisy_postings())
def test_real_phrasing_with_noise_parses_to_a_valid_record(text: str) -> None:
    _check_posting(text)


def _keys(record: dict[str, Any]) -> list[tuple]:
    return [tuple((k, json.dumps(v)) for k, v in e.items() if k not in ("text", "start", "end")) for fam in ("degrees", "experience", "industries", "methodologies") for e in record[fam]]


@settings(max_examples=FRAGMENT_EXAMPLES // 2, **SETTINGS)
@given(st.lists(st.sampled_from(FRAGMENTS[:20]), min_size=1, max_size=6), st.sampled_from(NOISE[:12]))
def test_same_length_noise_does_not_change_what_is_found(fragments: list[str], noise: tuple[str, str]) -> None:
    clean = ". ".join(fragments) + "."
    noisy = clean.replace(*noise)
    assert normalize(noisy).text == normalize(clean).text
    assert _keys(postingparse.parse(noisy).to_dict()) == _keys(postingparse.parse(clean).to_dict())


@settings(max_examples=NORMALIZE_EXAMPLES, **SETTINGS)
@given(st.one_of(ANY_TEXT, noisy_postings()), st.data())
def test_normalized_spans_map_into_the_original(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    assert norm.to_original(len(norm.text), len(norm.text)) == (len(text), len(text))
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    o_start, o_end = norm.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    # Wider spans map to wider spans (an empty span at a dropped character may sit on either side of it).
    w_start, w_end = norm.to_original(0, end)
    assert w_start <= o_start
    if start < end:
        assert w_end == o_end

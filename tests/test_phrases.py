"""Pattern tables: exact token patterns and the longest-match choice behave as spaCy's Matcher and filter_spans."""

from __future__ import annotations

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from postingparse.rules.phrases import PhraseTable, longest_matches

NLP = spacy.blank("en")
WORDS = ["IT", "it", "I.T.", "lean", "Lean", "six", "sigma", "."]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 12), st.integers(1, 4)), max_size=25))
def test_longest_matches_choose_as_filter_spans(raw: list[tuple[int, int, int]]) -> None:
    doc = Doc(NLP.vocab, words=["w"] * 16)
    matches = [(label, start, start + length) for label, start, length in raw]
    spans = [Span(doc, start, end, label=label) for label, start, end in matches]
    assert longest_matches(matches) == [(s.label, s.start, s.end) for s in filter_spans(spans)]


TOKEN_PATTERNS = [
    [{"ORTH": "IT"}],
    [{"ORTH": "I.T."}],
    [{"TEXT": "six"}, {"TEXT": "sigma"}],
    [{"LOWER": "lean"}],
    [{"LOWER": "Lean"}],  # never matches: LOWER is compared as written
    [{"LOWER": "six"}, {"IS_ALPHA": True}],  # not exact: stays with the Matcher
]


@given(st.lists(st.sampled_from(WORDS), max_size=20))
def test_exact_token_patterns_match_as_the_matcher(words: list[str]) -> None:
    doc = Doc(NLP.vocab, words=words)
    table = PhraseTable(NLP, [{"pattern": p, "n": i} for i, p in enumerate(TOKEN_PATTERNS)])
    matcher = Matcher(NLP.vocab)
    for i, pattern in enumerate(TOKEN_PATTERNS):
        matcher.add(str(i), [pattern])
    expected = sorted((s, e, int(NLP.vocab.strings[k])) for k, s, e in matcher(doc))
    found = sorted((m.span.start, m.span.end, m.row["n"]) for m in table.find(doc, longest=False))
    assert found == expected


@given(st.lists(st.sampled_from(WORDS), max_size=20))
def test_matches_with_the_text_find_what_matches_without_it(words: list[str]) -> None:
    """Given the doc's text, `matches` skips the exact ORTH patterns only where none of their first words stands
    in it: the matches are those found without the text."""
    doc = Doc(NLP.vocab, words=words)
    table = PhraseTable(NLP, [{"pattern": p, "n": i} for i, p in enumerate(TOKEN_PATTERNS)])
    assert sorted(table.matches(doc, doc.text)) == sorted(table.matches(doc))

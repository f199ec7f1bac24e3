"""Patterns-as-data matching shared by the rule families.

A pattern row is a plain dict in the SpanRuler style::

    {"label": "six_sigma", "pattern": "lean six sigma", ...}
    {"label": "iso", "pattern": [{"LOWER": "iso"}, {"LIKE_NUM": true}], ...}

A string pattern goes to a case-insensitive `PhraseMatcher`; a list of token
dicts goes to a `Matcher`, unless every token asks for one exact ``ORTH`` (or a
lower-case ``LOWER``): such a pattern goes to a `PhraseMatcher` on that attribute,
which finds the same matches without making a Python `Token` of every token of the doc. Any other keys of the row ride along and come back
with each match, so a family keeps its values (level, naics, detail) in the
data file, not in code.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, NamedTuple

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from .literals import screening


class PhraseMatch(NamedTuple):
    """A pattern row matched in a doc: the span and the row it came from."""

    span: Span
    row: dict[str, Any]

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        return self.span.end_char


class PhraseTable:
    """Match a table of pattern rows against docs, longest match first.

    Args:
        nlp (Language): The pipeline whose tokenizer and vocab the patterns use.
        rows (Iterable[dict]): Pattern rows, each with a ``pattern`` key.
        name (str): A name for error messages.
    """

    def __init__(self, nlp: Language, rows: Iterable[dict[str, Any]], name: str = "patterns") -> None:
        self.name = name
        self.rows: list[dict[str, Any]] = list(rows)
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._tokens = Matcher(nlp.vocab)
        # Exact token patterns by attribute: a PhraseMatcher reads the doc's token array, a Matcher
        # creates a Python Token per token of the doc (the costliest call of a whole parse).
        self._exact = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("ORTH", "LOWER")}
        self._orth_words: set[str] = set()  # the first word of each exact ORTH pattern: one must stand in a text it matches
        phrase_docs: dict[str, list[Doc]] = {}
        for i, row in enumerate(self.rows):
            pattern = row.get("pattern")
            key = f"{name}:{i}"
            if isinstance(pattern, str):
                phrase_docs.setdefault(key, []).append(nlp.make_doc(pattern))
            elif isinstance(pattern, list) and (exact := _exact_words(pattern)) is not None:
                attr, words = exact
                self._exact[attr].add(key, [Doc(nlp.vocab, words=words, spaces=[False] * len(words))])
                if attr == "ORTH":
                    self._orth_words.add(words[0])
            elif isinstance(pattern, list):
                self._tokens.add(key, [pattern])
            else:
                raise ValueError(f"{name} row {i}: 'pattern' must be a string or a list of token dicts, got {pattern!r}")
        for key, docs in phrase_docs.items():
            self._phrases.add(key, docs)
        self._row_of = {nlp.vocab.strings.add(f"{name}:{i}"): row for i, row in enumerate(self.rows)}

    def matches(self, doc: Doc, text: str | None = None) -> list[tuple[int, int, int]]:
        """Every match in ``doc`` as ``(match_id, start, end)`` (tokens), overlapping ones too, in no set order.

        For a caller that keeps several tables in one (one pass of the matchers) and resolves overlaps per
        table: `ids_of` tells the tables' matches apart, `row` gives a match's row. With the doc's ``text``,
        the exact ``ORTH`` patterns are not run on a text holding none of their first words (a pass of
        the matcher over every token of the doc, for "IT").
        """
        raw = []
        # Calling an empty matcher only warns (spaCy W036), so skip whichever kind the table does not use.
        if len(self._phrases):
            raw += self._phrases(doc)
        for attr, exact in self._exact.items():
            if attr == "ORTH" and text is not None and screening() and not any(map(text.__contains__, self._orth_words)):
                continue
            if len(exact):
                raw += exact(doc)
        if len(self._tokens):
            raw += self._tokens(doc)
        return raw

    def row(self, match_id: int) -> dict[str, Any]:
        """The pattern row of a match found by `matches`."""
        return self._row_of[match_id]

    def ids_of(self, keep: Callable[[dict[str, Any]], bool]) -> frozenset[int]:
        """The match ids of the rows that ``keep`` admits."""
        return frozenset(match_id for match_id, row in self._row_of.items() if keep(row))

    def find(self, doc: Doc, longest: bool = True) -> list[PhraseMatch]:
        """All matches in ``doc`` in text order; overlapping ones resolved to the longest when ``longest``."""
        raw = self.matches(doc)
        if longest:
            raw = longest_matches(raw)
        raw.sort(key=lambda m: (m[1], m[2]))
        # Spans are made for the matches kept only (a doc has many more raw matches than kept ones).
        return [PhraseMatch(Span(doc, start, end, label=match_id), self._row_of[match_id]) for match_id, start, end in raw]


def longest_matches(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """`spacy.util.filter_spans` on ``(match_id, start, end)`` triples: overlaps go to the (first) longest.

    The same choice, in the same order, without making a `Span` of every match.
    """
    ordered = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    kept = []
    seen: set[int] = set()
    for match in ordered:
        _, start, end = match
        if start not in seen and end - 1 not in seen:
            kept.append(match)
            seen.update(range(start, end))
    kept.sort(key=lambda m: m[1])
    return kept


def _exact_words(pattern: list[Any]) -> tuple[str, list[str]] | None:
    """("ORTH"|"LOWER", words) when every token of a token pattern is one exact word of one attribute.

    ``TEXT`` is ``ORTH``; a ``LOWER`` word must be lower-case (a PhraseMatcher lower-cases its
    pattern, where a Matcher compares the word as written and "IT" never matches).
    """
    attrs, words = set(), []
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        (attr, value), = token.items()
        attr = {"TEXT": "ORTH"}.get(attr.upper(), attr.upper())
        if not isinstance(value, str) or not value or attr not in ("ORTH", "LOWER") or (attr == "LOWER" and value != value.lower()):
            return None
        attrs.add(attr)
        words.append(value)
    if len(attrs) != 1:
        return None
    return attrs.pop(), words

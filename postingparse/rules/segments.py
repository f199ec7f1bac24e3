"""Splitting a posting into lines and sentences (bullets count as sentences).

Rule families and the requirement scope ask "which sentence or bullet is this
span in?". Postings are full of bullets, headers and run-on lines, so a plain
sentence splitter is not enough: a line break, a bullet glyph and a sentence
end each start a new segment.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

import regex

from .literals import screening

# A sentence ends at . ! or ? followed by space and a capital, digit, bullet or
# opening bracket; lower-cased scraped text also ends at ". " after a word of 4+ letters.
# Each pattern starts with the character it is about (no lookbehind first): the regex module then
# skips to the next candidate character at C speed instead of trying every position.
_SENTENCE_END = regex.compile(
    r"""[.!?][\"')\]]?+[ \t]++(?=[\p{Lu}\p{N}•●▪◦■□\-\*\u2013\u2014(\[])"""
    r"""|(?<=\p{Ll}{4})[.!?][ \t]++(?=\p{Ll})""",
    regex.V0,
)
# Bullet glyphs inside a line ("• one • two") start a segment too, and so do bullets
# that a scraper glued together ("...customersWork hands-on...", "...them.Collaborate with...",
# "...MBA preferred15+ years..."). Each pattern gives the cut at its match's end.
_GLYPHS = "•●▪◦■□·"
_INLINE_GLYPH = regex.compile(rf"[{_GLYPHS}](?=[ \t])", regex.V0)  # a cut before it, after the spaces that follow a non-space
_NON_SPACE = regex.compile(r"\S", regex.V0)
_INLINE_CUTS = (
    regex.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})", regex.V0),
    regex.compile(r"(?<=\p{Ll})[.!?](?=[\p{Lu}\p{N}])", regex.V0),
    regex.compile(r"(?<=\p{Ll}{4})(?=\p{N}++\+?+[ \t])", regex.V0),
)
# Abbreviations whose period does not end a sentence.
_ABBREVIATION = regex.compile(
    r"(?:\b(?:[A-Za-z]\.){1,4}|\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Co|Corp|Sr|Jr|Mr|Mrs|Ms|Dr|St|No|Nos|min|max|yrs?|mos?|Ph\.D|M\.Eng|B\.Eng|B\.Tech|M\.Tech|B\.Sc|M\.Sc|B\.Com|M\.Com|Dip|Assoc|Dept|ext)\.)$",
    regex.IGNORECASE,
)


class Segment(NamedTuple):
    """A line or a sentence within a line: ``text[start:end]``."""

    start: int
    end: int
    line_start: int
    line_end: int


class Segments:
    """The sentence/bullet segments of one text, with lookups by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.segments: list[Segment] = _split(text)
        self._starts = [s.start for s in self.segments]

    def __iter__(self):
        return iter(self.segments)

    def __len__(self) -> int:
        return len(self.segments)

    def index_at(self, offset: int) -> int:
        """The index of the segment holding character ``offset`` (the nearest one before it in a gap)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def at(self, offset: int) -> Segment:
        """The segment holding character ``offset``."""
        return self.segments[self.index_at(offset)]


def _split(text: str) -> list[Segment]:
    # One pass of each cut pattern over the whole text (cuts never span a line break), then lines.
    cuts = []
    for m in _SENTENCE_END.finditer(text):
        after_stop = m.start() + 1  # the text before the stop is what may be an abbreviation
        if not _ABBREVIATION.search(text, max(0, after_stop - 12), after_stop):
            cuts.append(m.end())
    # Most texts hold no glyph (looking for each costs a fiftieth of the regex's pass over the text).
    glyphs = _INLINE_GLYPH.finditer(text) if not screening() or any(g in text for g in _GLYPHS) else ()
    for m in glyphs:
        before = m.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before > 0 and _NON_SPACE.match(text, before - 1):
            cuts.append(m.start())
    for pattern in _INLINE_CUTS:
        cuts += [m.end() for m in pattern.finditer(text)]
    cuts.sort()
    cuts.append(len(text) + 1)  # a sentinel past every line: the walk below needs no bounds check
    segments: list[Segment] = []
    make = Segment._make
    pos = 0
    k = 0  # the first cut after the current line's start (lines and cuts are both in text order)
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        line_end = line_start + len(line.rstrip("\r\n"))
        if line_end <= line_start or line.isspace():
            continue
        while cuts[k] <= line_start:
            k += 1
        if cuts[k] >= line_end:  # most lines hold one segment: the line less its break, not blank (checked above)
            segments.append(make((line_start, line_end, line_start, line_end)))
            continue
        a = line_start
        while cuts[k] < line_end:
            b = cuts[k]
            if b > a and not text[a:b].isspace():
                segments.append(make((a, b, line_start, line_end)))
            a = max(a, b)
            k += 1
        if line_end > a and not text[a:line_end].isspace():
            segments.append(make((a, line_end, line_start, line_end)))
    return segments

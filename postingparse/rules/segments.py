"""Splitting a posting into lines and sentences (bullets count as sentences).

Rule families and the requirement scope ask "which sentence or bullet is this
span in?". Postings are full of bullets, headers and run-on lines, so a plain
sentence splitter is not enough: a line break, a bullet glyph and a sentence
end each start a new segment.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

# A sentence ends at . ! or ? followed by space and a capital, digit, bullet or
# opening bracket; lower-cased scraped text also ends at ". " after a word of 4+ letters.
_SENTENCE_END = regex.compile(
    r"""(?<=[.!?])[\"')\]]?+[ \t]++(?=[\p{Lu}\p{N}•●▪◦■□\-\*\u2013\u2014(\[])"""
    r"""|(?<=\p{Ll}{4}[.!?])[ \t]++(?=\p{Ll})""",
    regex.V0,
)
# Bullet glyphs inside a line ("• one • two") start a segment too, and so do bullets
# that a scraper glued together ("...customersWork hands-on...", "...them.Collaborate with...",
# "...MBA preferred15+ years...").
_INLINE_BULLET = regex.compile(
    r"(?<=\S)[ \t]*+(?=[•●▪◦■□·][ \t])|(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})|(?<=\p{Ll}[.!?])(?=[\p{Lu}\p{N}])"
    r"|(?<=\p{Ll}{4})(?=\p{N}++\+?+[ \t])",
    regex.V0,
)
# Abbreviations whose period does not end a sentence.
_ABBREVIATION = regex.compile(
    r"(?:\b(?:[A-Za-z]\.){1,4}|\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Co|Corp|Sr|Jr|Mr|Mrs|Ms|Dr|St|No|Nos|min|max|yrs?|mos?|Ph\.D|M\.Eng|B\.Eng|B\.Tech|M\.Tech|B\.Sc|M\.Sc|B\.Com|M\.Com|Dip|Assoc|Dept|ext)\.)$",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    """A line or a sentence within a line: ``text[start:end]``."""

    start: int
    end: int
    line_start: int
    line_end: int


class Segments:
    """The sentence/bullet segments of one text, with lookups by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.segments: list[Segment] = list(_split(text))
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


def _split(text: str):
    # One pass of each cut pattern over the whole text (cuts never span a line break), then lines.
    cuts = [
        m.end()
        for m in _SENTENCE_END.finditer(text)
        if not _ABBREVIATION.search(text, max(0, m.start() - 12), m.start())
    ]
    cuts += [m.end() for m in _INLINE_BULLET.finditer(text)]
    cuts.sort()
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if line_end <= line_start or line.isspace():
            continue
        lo, hi = bisect_right(cuts, line_start), bisect_left(cuts, line_end)
        bounds = [line_start, *cuts[lo:hi], line_end]
        for a, b in zip(bounds, bounds[1:]):
            if b > a and not text[a:b].isspace():
                yield Segment(a, b, line_start, line_end)

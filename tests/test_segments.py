"""Sentence and bullet segments: where a line is cut (rows are text -> the segments' texts)."""

from __future__ import annotations

import pytest

from postingparse.rules.segments import Segments

CUTS = [
    # Sentence ends: a stop, optional closing quote or bracket, space, then a capital, digit, bullet or bracket.
    ("Design parts. Build them.", ["Design parts. ", "Build them."]),
    ('He said "go." Then left', ['He said "go." ', "Then left"]),
    ("Step one! 2 more", ["Step one! ", "2 more"]),
    ("Lead the line.. Next step", ["Lead the line.. ", "Next step"]),
    ("lower case text. another sentence", ["lower case text. ", "another sentence"]),
    ("it is. so short", ["it is. so short"]),  # a word of fewer than 4 letters before the stop
    # Abbreviations do not end a sentence.
    ("Tools e.g. Excel and Word", ["Tools e.g. Excel and Word"]),
    ("Work with Acme Inc. Team members", ["Work with Acme Inc. Team members"]),
    ("Hold a B.S. Degree in Chemistry", ["Hold a B.S. Degree in Chemistry"]),
    # Bullet glyphs inside a line, after a word (and the spaces after it); not at a line's start.
    ("Skills: • Excel • Word", ["Skills: ", "• Excel ", "• Word"]),
    ("Skills:   • Excel", ["Skills:   ", "• Excel"]),
    ("• Excel\n• Word", ["• Excel", "• Word"]),
    ("Skills •Excel", ["Skills •Excel"]),  # a glyph not followed by a space is not a bullet
    # Bullets a scraper glued on.
    ("Serve customersWork hands-on", ["Serve customers", "Work hands-on"]),
    ("Train them.Collaborate with QA", ["Train them.", "Collaborate with QA"]),
    ("MBA preferred15+ years in sales", ["MBA preferred", "15+ years in sales"]),
    ("Use iPhone daily", ["Use iPhone daily"]),  # two lower-case letters before the capital: no cut
]


@pytest.mark.parametrize("text, expected", CUTS)
def test_segments_cut_lines_at_sentences_and_bullets(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in Segments(text)] == expected


def test_segments_keep_their_line() -> None:
    text = "First line. Second part\n\nThird line"
    segments = Segments(text)
    assert [(text[s.line_start : s.line_end]) for s in segments] == ["First line. Second part"] * 2 + ["Third line"]
    assert segments.at(text.index("Second")).start == text.index("Second")
    assert segments.at(text.index("\n\n") + 1) == segments.segments[1]  # in a gap: the segment before

"""HTML views of a posting (`postingparse.display`): the text as written, entries highlighted and stacked."""

from __future__ import annotations

import html
import pickle

import regex

import postingparse
from postingparse import parse
from postingparse.display import FAMILY_COLORS, PostingView, highlight_html, posting_html
from postingparse.record import DegreeEntry, ExperienceEntry, MethodologyEntry

TEXT = (
    "Requirements:\n"
    "  \u2022 Bachelor's degree (B.S. or Ph.D.) in Chemical Engineering\n"
    "  \u2022 3+ years\u2019 experience with Six Sigma & <Lean>\n"
)
#: A marked piece: its tooltip, its bar colours, its label tags (if it starts entries) and its text.
MARK = regex.compile(
    r'<span title="(?P<title>[^"]*+)" style="[^"]*?background: (?P<bars>[^"]*+)">'
    r'(?:<span style="position: absolute[^"]*+">(?P<tags>(?:<span[^>]*+>[A-Z]++</span>)++)</span>)?'
    r"(?P<text>[^<]*+)</span>"
)
LABEL_TAGS = regex.compile(r'<span style="position: absolute[^"]*+">(?:<span[^>]*+>[A-Z]++</span>)++</span>')


def visible_text(fragment: str) -> str:
    """The text a reader sees, without the family labels above the entries."""
    return html.unescape(regex.sub(r"<[^>]++>", "", LABEL_TAGS.sub("", fragment)))


def test_text_is_shown_as_written() -> None:
    posting = parse(TEXT)
    fragment, skipped = highlight_html(TEXT, posting.entries())
    assert skipped == 0
    assert visible_text(fragment) == TEXT  # line breaks, indentation, apostrophes, "&" and "<Lean>" as written
    assert "white-space: pre-wrap" in fragment
    pieces = [m["text"] for m in MARK.finditer(fragment)]
    assert "3+ years\u2019 experience" in "".join(pieces)
    assert "Six Sigma" in pieces


def test_overlapping_entries_are_stacked_on_separate_rows() -> None:
    text = "5 years of Six Sigma experience"
    entries = [
        ExperienceEntry(text=text, start=0, end=len(text), min_years=5.0, domain="six sigma"),
        MethodologyEntry(text="Six Sigma", start=11, end=20, label="six_sigma"),
    ]
    fragment, _ = highlight_html(text, entries)
    marks = list(MARK.finditer(fragment))
    assert [m["text"] for m in marks] == ["5 years of ", "Six Sigma", " experience"]
    inner = marks[1]
    assert inner["bars"].count("linear-gradient") == 2  # two bars under "Six Sigma"
    assert FAMILY_COLORS["experience"] in inner["bars"] and FAMILY_COLORS["methodologies"] in inner["bars"]
    assert regex.findall(r"bottom (\d++)px", inner["bars"]) == ["5", "0"]  # the outer entry's bar on top
    assert "EXPERIENCE 5+ years of six sigma, required\nMETHODOLOGY six_sigma, required" == html.unescape(inner["title"])
    assert "EXPERIENCE</span>" in marks[0]["tags"] and "METHODOLOGY</span>" in inner["tags"]
    assert marks[2]["tags"] is None and marks[2]["bars"].count("linear-gradient") == 1


def test_entries_not_at_their_offsets_are_counted_not_drawn() -> None:
    entries = [DegreeEntry(text="Bachelor", start=0, end=8), DegreeEntry(text="Master", start=50, end=56)]
    fragment, skipped = highlight_html("Bachelor or equivalent", entries)
    assert skipped == 1 and [m["text"] for m in MARK.finditer(fragment)] == ["Bachelor"]


def test_posting_renders_itself_in_jupyter() -> None:
    posting = parse(TEXT, id="job-1")
    assert posting.text == TEXT and "text" not in posting.to_dict()
    page = posting._repr_html_()
    assert ">job-1</div>" in page
    assert visible_text(MARK.search(page)[0]) in TEXT
    assert '<table class="postingparse-entries"' in page
    assert "bachelor in chemical engineering, required" in page
    assert "3+ years\u2019 experience" in page  # the evidence column


def test_text_is_not_pickled_nor_compared() -> None:
    posting = parse(TEXT)
    copy = pickle.loads(pickle.dumps(posting))
    assert copy == posting and copy.text is None
    assert "not attached" in copy._repr_html_() and '<table class="postingparse-entries"' in copy._repr_html_()


def test_show_from_a_string() -> None:
    view = postingparse.show("High school diploma and 2+ years of forklift experience.", id="x")
    assert isinstance(view, PostingView)
    assert view.posting.degrees[0].level == "high_school"
    assert view._repr_html_() == posting_html(view.posting, view.text) == str(view)
    assert "HIGH" not in view._repr_html_() and "DEGREE</span>" in view._repr_html_()


def test_warnings_are_shown() -> None:
    posting = parse("Bachelor's degree required.").attach_text("Bachelor's degree required.")
    posting.warnings.append("not UTF-8 (byte 0x92 at offset 8): decoded as Windows-1252")
    assert "decoded as Windows-1252</li>" in posting._repr_html_()

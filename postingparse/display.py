"""HTML views of a posting: its text as written, with the evidence of every entry highlighted, and its entries.

The text keeps its own whitespace and line breaks (``white-space: pre-wrap``)
and is cut only at the entries' character offsets, so "Bachelor's degree" or
"3+ years’ experience" reads as in the posting (displaCy's span view shows
tokens: "Bachelor 's degree"). As in displaCy, each entry is a coloured bar
under its words with its family's label above its first word; overlapping
entries get bars on separate rows. Everything is inline-styled HTML, with no
script and no stylesheet, so it renders the same in a report page, a Jupyter
notebook and an e-mail.

`posting_html` is what the HTML report shows per sample and what a `Posting`
shows in Jupyter (``Posting._repr_html_``); `show` extracts a text and returns
a `PostingView` that Jupyter renders. displaCy remains available on the
component's ``doc.spans["postingparse"]``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .component import SPAN_LABELS
from .record import Entry, Posting

#: Bar and label colours per family (as the report's legend shows them).
FAMILY_COLORS = {
    "degrees": "#6baed6", "experience": "#fd8d3c", "industries": "#74c476", "methodologies": "#9e9ac8",
    "certifications": "#e7969c",
}
#: Colours per span label, for displaCy (``displacy.render(..., options={"colors": SPAN_COLORS})``).
SPAN_COLORS = {SPAN_LABELS[fam]: color for fam, color in FAMILY_COLORS.items()}
_BAR, _GAP = 3, 2  # bar height and the space between stacked bars, in pixels
_FONT = "font-family: -apple-system, Segoe UI, Helvetica, Arial, sans-serif; color: #222"


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    family: str
    title: str
    slot: int = 0


def highlight_html(text: str, entries: Iterable[Entry]) -> tuple[str, int]:
    """``text`` as HTML with each entry's evidence marked; entries whose evidence is not at their offsets are left out.

    Returns:
        (str, int): The HTML (a ``<div>``), and how many entries were left out (their
        ``text[start:end]`` differs from their evidence: the text is not the one they came from).
    """
    marks, skipped = [], 0
    for entry in sorted(entries, key=lambda e: (e.start, -(e.end - e.start))):
        if not (0 <= entry.start < entry.end <= len(text)) or text[entry.start : entry.end] != entry.text:
            skipped += 1
        else:
            marks.append(_Mark(entry.start, entry.end, entry.family, describe_entry(entry)))
    marks = _stack(marks)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b], quote=False)
        active = [m for m in marks if m.start <= a and b <= m.end]
        if not active:
            parts.append(piece)
            continue
        depth = max(m.slot for m in active) + 1
        bars = ", ".join(
            f"linear-gradient({FAMILY_COLORS[m.family]}, {FAMILY_COLORS[m.family]}) "
            f"left 0 bottom {(depth - 1 - m.slot) * (_BAR + _GAP)}px / 100% {_BAR}px no-repeat"
            for m in sorted(active, key=lambda m: m.slot)
        )
        starting = [m for m in active if m.start == a]
        tags = "".join(
            f'<span style="background: {FAMILY_COLORS[m.family]}; color: #fff; border-radius: 3px; '
            f'padding: 0 4px; margin-right: 2px">{SPAN_LABELS[m.family]}</span>'
            for m in sorted(starting, key=lambda m: m.slot)
        )
        if tags:
            tags = (
                '<span style="position: absolute; left: 0; top: -1.45em; font-size: 0.62em; line-height: 1.3; '
                f'font-weight: bold; white-space: nowrap; user-select: none">{tags}</span>'
            )
        title = html.escape("\n".join(m.title for m in active), quote=True)
        parts.append(
            f'<span title="{title}" style="position: relative; padding-bottom: {depth * (_BAR + _GAP)}px; '
            f'background: {bars}; -webkit-box-decoration-break: clone; box-decoration-break: clone">{tags}{piece}</span>'
        )
    body = "".join(parts)
    return (
        '<div class="postingparse-text" style="white-space: pre-wrap; line-height: 2.3; font-size: 15px; '
        f'padding: 0.6em 0.2em">{body}</div>',
        skipped,
    )


def _stack(marks: list[_Mark]) -> list[_Mark]:
    """Each mark with the lowest bar row free over its whole extent (marks sorted by start, longest first)."""
    row_ends: list[int] = []
    out = []
    for mark in marks:
        slot = next((i for i, end in enumerate(row_ends) if end <= mark.start), len(row_ends))
        if slot == len(row_ends):
            row_ends.append(mark.end)
        else:
            row_ends[slot] = mark.end
        out.append(_Mark(mark.start, mark.end, mark.family, mark.title, slot))
    return out


def describe_entry(entry: Entry) -> str:
    """One line naming what an entry says: ``DEGREE bachelor in mechanical engineering, required``."""
    return f"{SPAN_LABELS[entry.family]} {entry_summary(entry)}"


def entry_summary(entry: Entry) -> str:
    """What an entry says, without its evidence: ``bachelor in mechanical engineering, required``."""
    d = entry.to_dict()
    if entry.family == "degrees":
        what = d["level"] + (f" in {' / '.join(d['fields'])}" if d["fields"] else "")
        what += ", or equivalent" if d["or_equivalent"] else ""
    elif entry.family == "experience":
        years = f"{_number(d['min_years'])}" + (f"-{_number(d['max_years'])}" if d["max_years"] is not None else "+")
        what = f"{years} years" + (f" of {d['domain']}" if d["domain"] else "")
    elif entry.family == "industries":
        what = d["label"] + (f" ({d['naics']})" if d["naics"] else "") + f", {d['role']}"
    elif entry.family == "certifications":
        what = d["label"] + (f" ({d['issuer']})" if d["issuer"] else "")
        what += ", or equivalent" if d["or_equivalent"] else ""
        what += ", or in progress" if d["in_progress"] else ""
    else:
        what = d["label"] + (f" ({d['detail']})" if d["detail"] else "")
    requirement = d.get("requirement")
    return f"{what}, {requirement}" if requirement else what


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def entries_table(entries: Sequence[Entry]) -> str:
    """The entries as a small HTML table: family, what it says, and its evidence."""
    if not entries:
        return '<p style="color: #666">No entries found.</p>'
    cell = "padding: 2px 10px; border-bottom: 1px solid #e5e5e5; text-align: left; vertical-align: top"
    rows = [
        f'<tr><td style="{cell}"><span style="color: {FAMILY_COLORS[e.family]}; font-weight: bold">'
        f"{SPAN_LABELS[e.family]}</span></td><td style=\"{cell}\">{html.escape(entry_summary(e), quote=False)}</td>"
        f'<td style="{cell}; color: #555">{html.escape(e.text, quote=False)}</td></tr>'
        for e in entries
    ]
    head = "".join(f'<th style="{cell}">{name}</th>' for name in ("family", "entry", "evidence"))
    return (
        '<table class="postingparse-entries" style="border-collapse: collapse; font-size: 13px; margin-top: 0.4em">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def posting_html(posting: Posting, text: str | None = None, *, table: bool = True) -> str:
    """A posting as HTML: its text with the entries highlighted (when the text is known), then its entries.

    Args:
        posting (Posting): The record.
        text (Optional[str]): The text it was extracted from; default ``posting.text``.
        table (bool): Add the table of entries.
    """
    text = text if text is not None else posting.text
    entries = posting.entries()
    parts = []
    if posting.id is not None:
        parts.append(f'<div style="font-weight: bold; margin-bottom: 0.2em">{html.escape(str(posting.id))}</div>')
    if text is None:
        parts.append(
            '<p style="color: #666">The text is not attached to this record (records read from files, or '
            "from <code>Extractor.pipe</code>): <code>postingparse.show(text)</code> highlights it.</p>"
        )
    else:
        highlighted, skipped = highlight_html(text, entries)
        if skipped:
            parts.append(f'<p style="color: #a00">{skipped} entries are not found at their offsets in this text.</p>')
        parts.append(highlighted)
    if posting.warnings:
        items = "".join(f"<li>{html.escape(w)}</li>" for w in posting.warnings)
        parts.append(f'<ul style="color: #8a6d3b; font-size: 13px">{items}</ul>')
    if table:
        parts.append(entries_table(entries))
    return f'<div class="postingparse" style="{_FONT}">{"".join(parts)}</div>'


@dataclass
class PostingView:
    """A posting and its text, shown as HTML by Jupyter (`posting_html`); ``str()`` gives the HTML too."""

    posting: Posting
    text: str

    def _repr_html_(self) -> str:
        return posting_html(self.posting, self.text)

    def __str__(self) -> str:
        return self._repr_html_()


def show(text: str, *, id: str | None = None, extractor: Any = None) -> PostingView:
    """Extract ``text`` and return a view that a Jupyter notebook renders: the highlighted text and the entries.

    Args:
        text (str): A posting's text.
        id (Optional[str]): An id to show above it.
        extractor (Optional[Extractor]): The extractor to use (default: the process-wide one).

    Example:
        >>> view = show("Bachelor's degree and 3+ years of experience required.")
        >>> view.posting.degrees[0].level
        'bachelor'
    """
    from .pipeline import default_extractor

    posting = (extractor or default_extractor()).parse(text, id=id)
    return PostingView(posting, text)


__all__ = [
    "show",
    "PostingView",
    "posting_html",
    "highlight_html",
    "entries_table",
    "entry_summary",
    "describe_entry",
    "FAMILY_COLORS",
    "SPAN_COLORS",
]

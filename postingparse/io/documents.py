"""One posting per file: plain text and Markdown as they are, HTML converted to text.

HTML goes through inscriptis, which lays the page out as text: block elements
(paragraphs, list items, headings, table rows, ``<br>``) end lines, inline
markup (``<b>5</b> years``) does not break them, scripts and styles are
dropped and entities decoded. That keeps a posting's sentences and bullets
intact for the rules. (selectolax is ten times faster but its text
extraction breaks lines at every inline tag; the conversion costs well
under a millisecond per posting and runs in the worker processes.)
"""

from __future__ import annotations

from typing import Iterator

from .items import Item, ReadOptions, Source

# A NUL byte near the start means a binary file (image, PDF, office document) under a text name.
_SNIFF_BYTES = 8192


def read_document(source: Source, options: ReadOptions) -> Iterator[Item]:
    """The one posting of a ``.txt``/``.md``/``.html`` file (or an error item)."""
    with source.open() as f:
        data = f.read()
    if not data:
        yield Item(source.name, source.name, error="empty file")
    elif b"\0" in data[:_SNIFF_BYTES]:
        yield Item(source.name, source.name, error="binary file (NUL bytes), not text")
    else:
        text = data.decode(options.encoding)
        yield Item(source.name, source.name, text=text, html=source.kind == "html")


def html_to_text(html: str) -> str:
    """The text of an HTML page or fragment, one line per block element."""
    from inscriptis import get_text  # imported on first use: the batch workers need it, plain-text jobs do not

    return get_text(html)


__all__ = ["read_document", "html_to_text"]

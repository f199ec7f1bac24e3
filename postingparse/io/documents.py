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

from .encoding import decode, has_utf16_bom
from .items import Item, ReadOptions, Source

# A NUL byte near the start means a binary file (image, PDF, office document) under a text name.
_SNIFF_BYTES = 8192


def read_document(source: Source, options: ReadOptions) -> Iterator[Item]:
    """The one posting of a ``.txt``/``.md``/``.html`` file (or an error item)."""
    with source.open() as f:
        data = f.read()
    yield document_item(data, source, options)


def document_item(data: bytes, source: Source, options: ReadOptions) -> Item:
    """The one posting held by ``data``, the bytes of ``source`` (or an error item).

    Raises:
        UnicodeDecodeError: ``options.encoding`` was given and the bytes are not in it.
    """
    if not data:
        return Item(source.name, source.name, error="empty file")
    if b"\0" in data[:_SNIFF_BYTES] and not (options.encoding is None and has_utf16_bom(data)):
        return Item(source.name, source.name, error="binary file (NUL bytes), not text")
    text, warning = decode(data, options.encoding)
    warnings = [warning] if warning else None
    return Item(source.name, source.name, text=text, html=source.kind == "html", warnings=warnings)


def html_to_text(html: str) -> str:
    """The text of an HTML page or fragment, one line per block element."""
    from inscriptis import get_text  # imported on first use: the batch workers need it, plain-text jobs do not

    return get_text(html)


__all__ = ["read_document", "document_item", "html_to_text"]

"""Decoding input bytes: UTF-8 unless told otherwise, else Windows-1252 with a warning.

Scraped postings are mostly UTF-8; the rest are nearly always Windows-1252
(or Latin-1, which Windows-1252 extends: the two differ only in bytes
0x80-0x9F, which Latin-1 spends on control characters that never occur in
text). So a file that is not valid UTF-8 is decoded as Windows-1252, the five
bytes that Windows-1252 leaves undefined as their Latin-1 characters, and the
posting says so in ``Posting.warnings``. That choice is predictable where a
statistical detector is not: on a posting's few accented characters, detectors
split between cp1250, cp1252 and mac_roman. A file with a UTF-16 byte-order
mark (Windows "Unicode" text) is decoded as UTF-16. ``--encoding`` forces
one encoding and turns off the fallback.
"""

from __future__ import annotations

import codecs

#: The fallback for bytes that are not UTF-8.
FALLBACK = "cp1252"
_LATIN1_ERRORS = "postingparse-latin1"


def _latin1(exc: UnicodeError) -> tuple[str, int]:
    """Decode-error handler: the bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) as Latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error(_LATIN1_ERRORS, _latin1)


def decode(data: bytes, encoding: str | None = None, *, first: bool = True) -> tuple[str, str | None]:
    """The text of ``data`` and a warning when it was not UTF-8.

    Args:
        data (bytes): A whole file, or one line of a file.
        encoding (Optional[str]): Decode with this encoding only (errors raise); None detects:
            UTF-8 (a byte-order mark dropped), UTF-16 with a byte-order mark, else Windows-1252.
        first (bool): ``data`` starts the file (a UTF-8 byte-order mark is dropped only there).

    Returns:
        (str, str | None): The text, and None or a warning saying how it was decoded.

    Raises:
        UnicodeDecodeError: ``encoding`` was given and ``data`` is not in it.
    """
    if encoding is not None:
        return data.decode(encoding), None
    if first and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "decoded as UTF-16 (byte-order mark)"
    try:
        return data.decode("utf-8-sig" if first else "utf-8"), None
    except UnicodeDecodeError as exc:
        text = data.decode(FALLBACK, _LATIN1_ERRORS)
        return text, not_utf8_warning(exc)


def not_utf8_warning(exc: UnicodeDecodeError) -> str:
    """The warning of a posting decoded by the fallback (naming the first byte that is not UTF-8)."""
    return (
        f"not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start}): decoded as Windows-1252; "
        "--encoding chooses another"
    )


def has_utf16_bom(data: bytes) -> bool:
    """Whether ``data`` starts with a UTF-16 byte-order mark (such text holds NUL bytes yet is not binary)."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


__all__ = ["decode", "not_utf8_warning", "has_utf16_bom", "FALLBACK"]

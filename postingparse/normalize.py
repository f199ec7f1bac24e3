"""Text normalisation before matching, with offsets mapped back to the original text.

Scraped postings carry typographic and encoding noise that breaks phrase and
regex matching: "Bachelor’s" (curly apostrophe), "3–5 years" (en dash), a
non-breaking space in "5 years", full-width "３+ years", "ﬁeld" (a ligature),
"R&amp;D" (an HTML entity left in), "â€“" (UTF-8 read as cp1252), and bullets a
scraper glued together ("...developmentIn depth...", "Qualifications3+ years").
`normalize` returns the cleaned text with a map back to the original, so an
offset found in the normalised text can be reported in the caller's text.

Two kinds of change:

* **same length**, one character for one (a translate table): Unicode dashes
  and minus signs to "-", exotic and zero-width spaces to " ", full-width
  ASCII to ASCII, curly quotes and primes to ' and ", line and paragraph
  separators to "\\n", other control characters to " " (C1 controls are read
  as the cp1252 characters a mis-decoded file meant), lone surrogates to U+FFFD
  (spaCy cannot encode them). Offsets do not move.
* **length-changing**, recorded as edits that anchor the offset map: HTML
  entities decoded, ligatures spelled out, invisible joiners and soft hyphens
  dropped, mis-decoded UTF-8 repaired, a line break inserted where a
  scraper glued a bullet or sentence to the previous one, and a space inserted
  every `MAX_RUN` characters of a run without whitespace (spaCy's tokenizer
  takes quadratic time on a long run of brackets, quotes or "&": 10 KB of "("
  takes 40 s; a base64 image pasted into a page is such a run too).

Every pass is a compiled regex with bounded look-arounds (linear time); a
pure-ASCII text with nothing to change comes back as it is.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from typing import Iterable

import regex

from .vocabulary import Vocabularies

# -- same-length: one character for one ----------------------------------------------
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u02d7\u2e3a\u2e3b\ufe58\ufe63"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000"
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u0060\u02bc"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036"
_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F]))


def _same_length_table() -> list[str]:
    table = [chr(i) for i in range(0x10000)]
    for chars, to in ((_DASHES, "-"), (_SPACES, " "), (_LINE_BREAKS, "\n"), (_SINGLE_QUOTES, "'"), (_DOUBLE_QUOTES, '"'), (_CONTROLS, " ")):
        for c in chars:
            table[ord(c)] = to
    for i in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[i] = chr(i - 0xFEE0)
    for i in range(0xD800, 0xE000):  # lone surrogates (json.loads lets them through) cannot be encoded
        table[i] = "\ufffd"
    for i in range(0x80, 0xA0):  # C1 controls: what a cp1252 file meant
        meant = bytes([i]).decode("cp1252", errors="ignore") or " "
        table[i] = table[ord(meant)] if ord(meant) < 0x10000 else meant
    return table


#: ``str.translate`` table (a list: no dict misses, about 3x faster); characters past U+FFFF stay as they are.
SAME_LENGTH = _same_length_table()

# -- length-changing -----------------------------------------------------------------
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
#: Invisible characters that join or hint inside a word: dropped (soft hyphen, joiners, BOM, bidi marks).
INVISIBLE = "\u00ad\u180e\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
# UTF-8 bytes that were decoded as cp1252 (or latin-1): a lead byte and its continuation bytes.
_CP1252_HIGH = "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xA0))
_CONTINUATION = "[\x80-\xbf" + regex.escape(_CP1252_HIGH) + "]"
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)} | {c: c.encode("cp1252")[0] for c in _CP1252_HIGH}
_SPECIAL = regex.compile(
    "[" + "".join(LIGATURES) + regex.escape(INVISIBLE) + "]++"
    f"|[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
)
# Where a special character may start. "[^\x00-\x7f]" first lets the engine skip ASCII quickly.
_SPECIAL_START = regex.compile("[^\x00-\x7f](?<=[" + "".join(LIGATURES) + regex.escape(INVISIBLE) + "\u00c2-\u00ef])")
# "&amp;", "&#8211;", "&#x2013;" (an "&amp;" that escapes another reference, "&amp;nbsp;", is undone twice).
_ENTITY_BODY = r"(?:#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+|[A-Za-z][A-Za-z0-9]{1,31}+);"
_ENTITY = regex.compile("&" + _ENTITY_BODY)
_ESCAPED_ENTITY = regex.compile(_ENTITY_BODY)

# Glued boundaries, found on the same-length text at the capital or digit that starts the glued
# line; each pattern starts with one character class (fast to scan for) and looks back a bounded way.
_GLUE_LETTER = regex.compile(
    r"\p{Lu}(?:(?=\p{Ll})(?:"
    r"(?<=\p{Ll}{3}.)(?P<camel>)"  # "developmentIn depth", "QualificationsBachelor's"
    r"|(?<=\p{Ll}{2}[)\]\"'”’]?+[.!?:;].)(?=.\p{Ll})(?P<stop>))"  # "...preferred.Experience with", "Kaizen).Six" (not "React.Js")
    r"|(?<=\p{Ll}{3}.)(?=\p{Lu}{1,39}+(?!\p{L}))(?P<caps>)"  # "criteriaFMEA based", "skillsDOE experience"
    # "SPCand GD&T", "CVor portfolio": an acronym glued to the conjunction after it (a space goes in after it).
    r"|(?=(?:and|or)(?!\p{L}))(?<=(?<!\p{L})\p{Lu}{2,10}+)(?P<conjunction>))"
)
_GLUE_NUMBER = regex.compile(  # "field3+ years", "Qualifications2-5 years"
    r"\d(?<=\p{L}{3}.)(?=\d?+(?:\.\d)?+\+?+[ \t]{0,3}+(?:(?:-|to)[ \t]{0,3}+\d{1,2}+\+?+[ \t]{0,3}+)?+(?i:years?|yrs?|months?)\b)"
)
#: Longest run without whitespace handed to the tokenizer; a space is inserted after every MAX_RUN characters.
MAX_RUN = 100
_RUN = regex.compile(r"\S{%d}" % (MAX_RUN + 1))
_RUN_END = regex.compile(r"\S++")
_LETTERS_BEFORE = regex.compile(r"\p{L}{1,40}+", regex.REVERSE)
_HUMP_AFTER = regex.compile(r"\p{Lu}\p{Ll}{1,40}+")
_WORD_REACH = 40
_PRINTABLE_ASCII = bytes([9, 10, 13, *range(0x20, 0x7F)])
_NOT_CONTROL_BYTES = bytes([9, 10, 13, *range(0x20, 0x7F), *range(0x80, 0x100)])
_NON_ASCII = regex.compile("[^\x00-\x7f]")


class OffsetMap:
    """Where the length-changing edits sit, in the normalised and in the original text.

    Edit ``i`` replaced ``original[orig_starts[i]:orig_ends[i]]`` with
    ``normalized[norm_starts[i]:norm_ends[i]]``; between edits the texts align 1:1.
    """

    __slots__ = ("norm_starts", "norm_ends", "orig_starts", "orig_ends")

    def __init__(self) -> None:
        self.norm_starts: list[int] = []
        self.norm_ends: list[int] = []
        self.orig_starts: list[int] = []
        self.orig_ends: list[int] = []

    def __len__(self) -> int:
        return len(self.norm_starts)

    def start(self, pos: int) -> int:
        """The original offset of a span start at normalised ``pos`` (a dropped character is left out)."""
        i = bisect_right(self.norm_ends, pos)
        if i < len(self.norm_ends) and self.norm_starts[i] <= pos:
            return self.orig_starts[i]
        return pos if i == 0 else self.orig_ends[i - 1] + pos - self.norm_ends[i - 1]

    def end(self, pos: int) -> int:
        """The original offset of a span end at normalised ``pos`` (a replaced stretch is taken whole)."""
        i = bisect_left(self.norm_starts, pos) - 1
        if i < 0:
            return pos
        if self.norm_ends[i] >= pos:
            return self.orig_ends[i]
        return self.orig_ends[i] + pos - self.norm_ends[i]


class Normalized:
    """A normalised text and the way back to the original.

    Attributes:
        text (str): The normalised text (what the matchers see).
        original (str): The caller's text.

    ``to_original(start, end)`` maps a span of ``text`` to the span of
    ``original`` it came from. A `window` is a slice of ``text`` that still maps
    into the whole original (used to process a huge posting in pieces).
    """

    __slots__ = ("text", "original", "_map", "_offset")

    def __init__(self, text: str, original: str, offset_map: OffsetMap | None = None, offset: int = 0) -> None:
        self.text = text
        self.original = original
        self._map = offset_map if offset_map else None
        self._offset = offset

    @property
    def changed(self) -> bool:
        """Whether normalisation changed anything at all."""
        return self.text is not self.original and self.text != self.original

    @property
    def edits(self) -> int:
        """How many length-changing edits were made (0: offsets map 1:1)."""
        return len(self._map) if self._map else 0

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that ``text[start:end]`` came from.

        Args:
            start (int): Start offset into ``text``.
            end (int): End offset into ``text`` (exclusive), ``start <= end <= len(text)``.

        Returns:
            tuple[int, int]: ``(start, end)`` into ``original``.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is not inside the normalised text of length {len(self.text)}")
        start += self._offset
        end += self._offset
        if self._map is None:
            return start, end
        orig_start, orig_end = self._map.start(start), self._map.end(end)
        return orig_start, max(orig_start, orig_end)

    def window(self, start: int, end: int) -> "Normalized":
        """The slice ``text[start:end]`` as a `Normalized` whose offsets still map into the whole original."""
        return Normalized(self.text[start:end], self.original, self._map, self._offset + start)

    def __repr__(self) -> str:
        return f"Normalized(text={self.text[:40]!r}..., length={len(self.text)}, edits={self.edits}, offset={self._offset})"


class Normalizer:
    """Normalise posting texts; the glued-bullet word lists come from the vocabularies.

    Args:
        vocabularies (Optional[Vocabularies]): Where the ``camelcase_words`` table (words
            never split at a case change: "PowerPoint", "devOps") and the ``glue_words``
            table (capitalised words that end a glued header, words that start a glued
            bullet, and words that run on into a number) come from; the bundled ones by default.
    """

    def __init__(self, vocabularies: Vocabularies | None = None) -> None:
        vocabularies = vocabularies or Vocabularies()
        self.camelcase_words = tuple(row["word"] for row in vocabularies.table("camelcase_words"))
        glue = vocabularies.table("glue_words")
        roles = {"header", "starter", "joiner"}
        for row in glue:
            if row.get("role") not in roles:
                raise ValueError(f"glue_words row {row!r}: role must be one of {sorted(roles)}")
        self.headers = frozenset(r["word"] for r in glue if r["role"] == "header")
        self.starters = frozenset(r["word"] for r in glue if r["role"] == "starter")
        self.joiners = frozenset(r["word"].lower() for r in glue if r["role"] == "joiner")
        # Each camel-case word indexed by the two characters around each of its inner boundaries.
        self._protected: dict[str, list[tuple[str, int]]] = {}
        for word in self.camelcase_words:
            for k in range(1, len(word)):
                if word[k].isupper() or word[k].isdigit():
                    self._protected.setdefault(word[k - 1 : k + 1], []).append((word, k))

    def __call__(self, text: str) -> Normalized:
        """Normalise ``text`` (a str); see the module docstring for what changes."""
        if text.isascii():
            # Control characters and the backtick ("5 years` experience") are the ASCII the table changes.
            mapped = "`" in text or bool(text.encode("ascii").translate(None, _PRINTABLE_ASCII))
            if (
                not mapped
                and "&" not in text
                and not _GLUE_LETTER.search(text)
                and not _GLUE_NUMBER.search(text)
                and not _has_long_run(text)
            ):
                return Normalized(text, text)
            same = text.translate(SAME_LENGTH) if mapped else text
            edits: list[tuple[int, int, str]] = []
        else:
            same = _same_length(text)
            edits = list(self._special_edits(text))
        replaced_ends: set[int] = set()
        if "&" in text:
            entities = list(self._entity_edits(text))
            edits.extend(entities)
            replaced_ends = {end for _, end, _ in entities}
        # "&amp;Science" looks like "amp;Science" to the glue pattern: no line break right after an entity.
        edits.extend(e for e in self._glue_edits(same) if e[0] not in replaced_ends)
        if _has_long_run(same):
            edits.extend(_run_breaks(same))
        if not edits:
            return Normalized(same, text)
        edits.sort(key=lambda e: (e[0], e[1]))
        return _apply(text, same, edits)

    # -- finding the length-changing edits ------------------------------------------
    def _special_edits(self, text: str) -> Iterable[tuple[int, int, str]]:
        done = 0
        for start in _SPECIAL_START.finditer(text):
            m = _SPECIAL.match(text, start.start()) if start.start() >= done else None
            if m is None:
                continue
            done = m.end()
            found = m.group()
            if found[0] in LIGATURES or found[0] in INVISIBLE:
                yield m.start(), m.end(), "".join(LIGATURES.get(c, "") for c in found)
            elif (repaired := _repair_mojibake(found)) is not None:
                yield m.start(), m.end(), repaired

    def _entity_edits(self, text: str) -> Iterable[tuple[int, int, str]]:
        for m in _ENTITY.finditer(text):
            end, decoded = m.end(), _unescape(m.group())
            if decoded == "&" and (inner := _ESCAPED_ENTITY.match(text, end)) and (twice := _unescape("&" + inner.group())):
                end, decoded = inner.end(), twice
            if decoded:
                yield m.start(), end, plain(decoded)

    def _glue_edits(self, text: str) -> Iterable[tuple[int, int, str]]:
        for m in _GLUE_LETTER.finditer(text):
            p = m.start()
            if self._is_protected(text, p):
                continue
            if m.lastgroup == "stop":
                if not text.endswith("www.", 0, p):  # "www.CalCareers.ca.gov"
                    yield p, p, "\n"
                continue
            if m.lastgroup == "conjunction":
                yield m.end(), m.end(), " "
                continue
            word = self._word_before(text, p)
            # An acronym after an all-lower-case word or a header starts a new line ("criteriaFMEA",
            # "QualificationsBS"); after another capitalised word it is part of a name ("MongoDB", "JazzHR").
            if word.islower() or self._glued_header(word, text, p):
                yield p, p, "\n"
        for m in _GLUE_NUMBER.finditer(text):
            p = m.start()
            if not self._is_protected(text, p):
                yield p, p, " " if self._word_before(text, p).lower() in self.joiners else "\n"

    @staticmethod
    def _word_before(text: str, p: int) -> str:
        left = _LETTERS_BEFORE.match(text, max(0, p - _WORD_REACH), p)
        return left.group() if left else ""

    def _is_protected(self, text: str, p: int) -> bool:
        for word, k in self._protected.get(text[p - 1 : p + 1], ()):
            if text.startswith(word, p - k):
                return True
        return False

    def _glued_header(self, left_word: str, text: str, p: int) -> bool:
        # "QualificationsBachelor's", "AnalystLocation": a capitalised word glued to the next
        # bullet; "PowerPoint", "CyberCoders": a name, left alone.
        hump = left_word[max((i for i, c in enumerate(left_word) if c.isupper()), default=0) :]
        if hump in self.headers:
            return True
        right = _HUMP_AFTER.match(text, p)
        return right is not None and right.group() in self.starters


def _has_long_run(text: str) -> bool:
    # str.split runs in C: about 5x faster than scanning with a regex for a long run.
    return len(text) > MAX_RUN and max(map(len, text.split()), default=0) > MAX_RUN


def _run_breaks(text: str) -> Iterable[tuple[int, int, str]]:
    pos = 0
    while m := _RUN.search(text, pos):
        end = _RUN_END.match(text, m.start()).end()
        for p in range(m.start() + MAX_RUN, end, MAX_RUN):
            yield p, p, " "
        pos = end


def _unescape(reference: str) -> str:
    """The character(s) an HTML reference such as "&amp;" stands for; "" for an unknown one."""
    decoded = html.unescape(reference)
    return "" if decoded == reference else decoded


def _same_length(text: str) -> str:
    """``text.translate(SAME_LENGTH)``, touching only the non-ASCII characters when they are few."""
    encoded = text.encode("utf-8", errors="surrogatepass")
    if len(encoded) - len(text) > len(text) // 16 or encoded.translate(None, _NOT_CONTROL_BYTES):
        return text.translate(SAME_LENGTH)
    pieces = []
    prev = 0
    table = SAME_LENGTH
    for m in _NON_ASCII.finditer(text):
        i = m.start()
        c = text[i]
        to = table[ord(c)] if ord(c) < 0x10000 else c
        if to != c:
            pieces.append(text[prev:i])
            pieces.append(to)
            prev = i + 1
    if not pieces:
        return text
    pieces.append(text[prev:])
    return "".join(pieces)


def _repair_mojibake(found: str) -> str | None:
    try:
        repaired = bytes(_BYTE_OF[c] for c in found).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    # One character that a posting plausibly holds: punctuation, a symbol, a space or a Latin letter.
    if len(repaired) != 1 or (repaired.isalpha() and not 0xC0 <= ord(repaired) <= 0x24F):
        return None
    return plain(repaired)


def _apply(original: str, same: str, edits: list[tuple[int, int, str]]) -> Normalized:
    pieces: list[str] = []
    offset_map = OffsetMap()
    prev = shift = 0
    for start, end, replacement in edits:
        if start < prev:
            if start != end:  # overlaps an earlier edit (the patterns above do not produce this; be safe)
                continue
            start = end = prev  # an insertion that fell inside a replaced stretch goes right after it
        pieces.append(same[prev:start])
        pieces.append(replacement)
        offset_map.norm_starts.append(start + shift)
        offset_map.norm_ends.append(start + shift + len(replacement))
        offset_map.orig_starts.append(start)
        offset_map.orig_ends.append(end)
        shift += len(replacement) - (end - start)
        prev = end
    pieces.append(same[prev:])
    return Normalized("".join(pieces), original, offset_map)


def plain(text: str) -> str:
    """Normalise a short string without keeping offsets (same-length table, ligatures, invisibles)."""
    text = text.translate(SAME_LENGTH)
    if any(c in LIGATURES or c in INVISIBLE for c in text):
        text = "".join(LIGATURES.get(c, "" if c in INVISIBLE else c) for c in text)
    return text


_DEFAULT: Normalizer | None = None


def normalize(text: str) -> Normalized:
    """Normalise ``text`` with the bundled word lists.

    Args:
        text (str): A posting's text.

    Returns:
        Normalized: ``.text`` is what to match on; ``.to_original(start, end)`` maps a span back.

    Example:
        >>> n = normalize("Bachelor’s degree and 3–5\u00a0years of experienceSix Sigma")
        >>> n.text
        "Bachelor's degree and 3-5 years of experience\\nSix Sigma"
        >>> n.to_original(46, 55)
        (45, 54)
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Normalizer()
    return _DEFAULT(text)


__all__ = ["normalize", "Normalizer", "Normalized", "OffsetMap", "plain", "SAME_LENGTH"]

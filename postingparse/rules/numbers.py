"""Numbers as postings write them: numerals ("5", "1.5", "2½", "1 1/2") and words ("five", "twenty-five", "a couple of").

The words and their values are data (``data/numbers.jsonl``); this module turns
them into a regex source that other patterns embed, and reads a matched number
back into its value.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

import regex

#: One numeral: up to three digits, with an optional decimal part or half ("1.5", "2½", "1 1/2").
NUMERAL = r"(?<![\d½])(?<!\d[.,])(?:\d{1,3}+(?:\.\d{1,2}+|[^\S\r\n]?+½|[^\S\r\n]1/2)?+(?![\d½]|[.,]\d)|½)"
_NUMERAL = regex.compile(r"(\d{1,3})(?:\.(\d{1,2})|\s?(½)|\s(1/2))?|(½)")
_SPACE = r"[^\S\r\n]++"
_JOIN = r"(?:[^\S\r\n]++|[^\S\r\n]*+[-‐‑][^\S\r\n]*+)"


_SPLIT = regex.compile(r"[\s\-‐‑]+")


@lru_cache(maxsize=4096)  # the same few number words and amounts, read again for every amount
def _normalise(text: str) -> str:
    return " ".join(_SPLIT.split(text.lower().strip()))


def _phrase_source(phrase: str) -> str:
    return _JOIN.join(regex.escape(word) for word in _normalise(phrase).split(" "))


class Numbers:
    """Read numbers written as numerals or words.

    Args:
        rows (Iterable[dict]): Rows of the ``numbers`` table: ``phrase``, ``value`` and
            ``kind`` ("number", "tens", "article" or "addend").

    Attributes:
        pattern (str): Regex source matching one number, numeral or words (articles excluded).
        article_pattern (str): Regex source matching an article worth 1 ("a", "an").
        addend_pattern (str): Regex source matching a fraction added after a number or unit ("and a half").
    """

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self._values: dict[str, float] = {}
        self._kinds: dict[str, str] = {}
        by_kind: dict[str, list[str]] = {}
        for row in rows:
            phrase, kind = _normalise(str(row["phrase"])), row.get("kind", "number")
            self._values[phrase] = float(row["value"])
            self._kinds[phrase] = kind
            by_kind.setdefault(kind, []).append(phrase)
        units = [p for p in by_kind.get("number", []) if 1 <= self._values[p] <= 9 and self._values[p].is_integer()]
        words = by_kind.get("number", [])
        tens = by_kind.get("tens", [])
        compound = ""
        if tens:
            compound = rf"(?:{_alternation(tens)})(?:{_JOIN}(?:{_alternation(units)}))?+"
        word_source = "|".join(s for s in (compound, _alternation(words)) if s)
        addend = _alternation(by_kind.get("addend", []))
        self.addend_pattern = rf"(?:\b(?:{addend})\b)" if addend else r"(?!)"
        # A word number starts at a word boundary or where a scraper glued it on ("RequirementsThree (3) years").
        self.pattern = rf"(?:{NUMERAL}|(?:\b|(?<=\p{{Ll}})(?-i:(?=\p{{Lu}})))(?:{word_source})\b(?:{_SPACE}{self.addend_pattern})?+)"
        articles = _alternation(by_kind.get("article", []))
        self.article_pattern = rf"(?:\b(?:{articles})\b)" if articles else r"(?!)"
        self._addend_suffix = regex.compile(rf"\s+({addend})$") if addend else None

    def value(self, text: str) -> float | None:
        """The value of one number as matched by `pattern` or `article_pattern` (None when unknown).

        Args:
            text (str): The number's text, e.g. "5", "1.5", "1 1/2", "five", "twenty-five", "one and a half".
        """
        text = _normalise(text)
        if not text:
            return None
        numeral = _NUMERAL.fullmatch(text)
        if numeral:
            whole, decimals, half1, half2, lone_half = numeral.groups()
            if lone_half:
                return 0.5
            value = float(whole)
            if decimals:
                value += float("0." + decimals)
            if half1 or half2:
                value += 0.5
            return value
        extra = 0.0
        if self._addend_suffix is not None:
            suffix = self._addend_suffix.search(text)
            if suffix:
                extra = self._values[suffix.group(1)]
                text = text[: suffix.start()]
        if text in self._values:
            return self._values[text] + extra
        head, _, tail = text.partition(" ")
        if self._kinds.get(head) == "tens" and self._kinds.get(tail) == "number":
            return self._values[head] + self._values[tail] + extra
        return None

    def addend(self, text: str) -> float | None:
        """The value of a fraction added after a number or unit ("and a half" is 0.5), or None.

        Args:
            text (str): The addend as matched by `addend_pattern`.
        """
        phrase = _normalise(text)
        return self._values[phrase] if self._kinds.get(phrase) == "addend" else None

    def is_article(self, text: str) -> bool:
        """Whether ``text`` is an article ("a", "an") that counts as 1 only before a singular unit."""
        return self._kinds.get(_normalise(text)) == "article"


def _alternation(phrases: Iterable[str]) -> str:
    # Longest first, so "a couple of" wins over "a couple" and "a".
    return "|".join(_phrase_source(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))

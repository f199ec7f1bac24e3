"""Job boards' own industry names for an employer and the 2022 NAICS codes they cover.

The names live in ``data/board_industries.jsonl`` (LinkedIn's current and 2018 taxonomies,
Glassdoor's industries and sectors). Two readers share them: the industries rules, which make a
board's "Industry" line in a posting's text an employer entry with the name's codes, and
``benchmarks/board_industries.py``, which checks the extractor against the board's label in ``meta``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from .vocabulary import load_table

TABLE = "board_industries"
LINKEDIN, GLASSDOOR_INDUSTRY, GLASSDOOR_SECTOR = "linkedin", "glassdoor_industry", "glassdoor_sector"
BOARDS = (LINKEDIN, GLASSDOOR_INDUSTRY, GLASSDOOR_SECTOR)

_WORD = regex.compile(r"[a-z0-9]+")
_DROPPED_WORDS = frozenset({"and"})


def name_words(name: str) -> tuple[str, ...]:
    """A board name as the words it is matched on: lower-cased, without "and" and punctuation.

    Example: ``"Hospital & Health Care"`` and ``"Hospital,&,Health,Care"`` both give
    ``("hospital", "health", "care")``.
    """
    return tuple(w for w in _WORD.findall(name.lower()) if w not in _DROPPED_WORDS)


@dataclass(frozen=True)
class BoardName:
    """One board industry name, the NAICS codes it covers and their 2022 titles."""

    board: str
    name: str
    naics: tuple[str, ...]
    flag: str | None = None
    titles: tuple[str, ...] = ()


class BoardVocabulary:
    """The board names of ``board_industries.jsonl``, looked up by board and words.

    Args:
        rows (Iterable[dict]): Table rows with ``board``, ``name``, ``naics`` and optional ``titles``, ``flag``.
    """

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self._names: dict[tuple[str, tuple[str, ...]], BoardName] = {}
        self._longest = 1
        for row in rows:
            entry = BoardName(
                row["board"], row["name"], tuple(row.get("naics") or ()), row.get("flag") or None, tuple(row.get("titles") or ())
            )
            words = name_words(entry.name)
            self._names[(entry.board, words)] = entry
            self._longest = max(self._longest, len(words))

    @classmethod
    def bundled(cls, data_dir: str | None = None, replace: bool = False) -> BoardVocabulary:
        """The vocabulary shipped in ``postingparse/data`` (extended or replaced from ``data_dir``)."""
        return cls(load_table(TABLE, data_dir, replace))

    def split(self, board: str, value: str) -> tuple[BoardName, ...] | None:
        """The names a board value is made of, or None where its words are not all known names.

        A value may join several names ("Banking, Financial Services, and Investment Banking").
        Its words are cut into the fewest known names (a name may itself hold commas:
        "Transportation, Logistics, Supply Chain and Storage").
        """
        words = name_words(value)
        if not words:
            return None
        # fewest[i]: the fewest names covering words[:i], with the last name's start.
        fewest: list[tuple[int, int] | None] = [(0, 0)] + [None] * len(words)
        for end in range(1, len(words) + 1):
            for start in range(max(0, end - self._longest), end):
                if fewest[start] is None or (board, words[start:end]) not in self._names:
                    continue
                count = fewest[start][0] + 1  # type: ignore[index]
                if fewest[end] is None or count < fewest[end][0]:  # type: ignore[index]
                    fewest[end] = (count, start)
        if fewest[-1] is None:
            return None
        names, end = [], len(words)
        while end:
            start = fewest[end][1]  # type: ignore[index]
            names.append(self._names[(board, words[start:end])])
            end = start
        return tuple(reversed(names))

    def read(self, value: str) -> tuple[BoardName, ...] | None:
        """The names of a board value whose board is not known: LinkedIn's names first, then Glassdoor's."""
        for board in BOARDS:
            names = self.split(board, value)
            if names:
                return names
        return None

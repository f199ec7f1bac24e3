"""The methodologies rule family: production and quality methods and standards.

Six Sigma (with its belts), Lean, ISO standards (with their numbers), SPC, Kaizen, 5S, TPM, GMP,
HACCP, FMEA, DOE, Agile and the rest of ``RECORD.md``'s vocabulary. All names, variants, false
friends and contexts are data (``data/methodologies.jsonl``, ``data/methodology_contexts.jsonl``).
One posting goes through five steps:

1. **candidates**: the pattern rows (a `PhraseTable`: a false friend such as "lean on" or
   "Technical Program Manager" hides the name inside it and gives nothing) and the
   numbered standards (a regex: "ISO 9001:2015", "IATF 16949", "AS9100D", "ISO 14001/45001");
2. **context**: an ambiguous name (a bare "lean", "TPM", "DOE", "RCA", "agile", "ISO") counts only
   where a word of its context set or an entry of one of the set's labels stands close by
   ("TPM" beside "5S" or "maintenance"), or where it is written as a name inside a sentence
   ("experience in Agile");
3. **employer descriptions**: a sentence that only describes the company ("We are ISO 9001
   certified", "Acme is an ISO 13485 certified manufacturer") gives no entry unless it also asks
   something of the candidate;
4. **colleagues**: a name inside the title of someone the candidate reports to or works with, or of a
   department ("reports to the Kaizen Promotion Office", "partner with our Six Sigma Deployment Leader"),
   gives no entry;
5. **repeats**: one entry per (label, detail), the first mention; a later mention is kept only
   where it adds a detail ("Six Sigma ... Green Belt preferred"). Mentions under sections that are
   not requirements ("About us", "Benefits") do not hide later ones (the scope drops them).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..record import MethodologyEntry
from ..vocabulary import as_tuple, Vocabularies
from .base import Context
from .phrases import PhraseMatch, PhraseTable
from .segments import Segments

_FLAGS = regex.IGNORECASE | regex.V1
# Standards are ASCII names: simple case folding is enough and much faster than V1's full folding.
_STANDARD_FLAGS = regex.IGNORECASE | regex.V0
# Evidence never ends in the sentence's full stop ("8D." and "6S." are single tokens).
_TRAILING = ".,;:"
_WORD = regex.compile(r"\p{L}\p{L}")
_DIGITS = regex.compile(r"\d++")
# How far before its number a standard's prefix may start ("BS EN ISO/IEC " is 15 characters).
_PREFIX_REACH = 24
# No name is longer than this ("single-minute exchange of dies"): bounds the search for neighbours.
_LONGEST_NAME = 100


@dataclass(frozen=True)
class Candidate:
    """A method named in a text, before context and description checks.

    Attributes:
        start: Character offset where the evidence starts.
        end: Character offset where it ends (exclusive).
        label: The methodology label, or None for a false friend that only blocks others.
        detail: The belt or standard number, or None.
        contexts: The context sets one of which must stand nearby; empty when none is needed.
        proper: Written as a name (capitalised in a mixed-case text) where the row counts that as context.
        vetoes: Context sets whose word close by rules the candidate out ("DOE" beside "salary").
    """

    start: int
    end: int
    label: str | None
    detail: str | None = None
    contexts: tuple[str, ...] = ()
    proper: bool = False
    vetoes: tuple[str, ...] = ()


class StandardNumbers:
    """Find numbered standards in a text: "ISO 9001:2015", "IATF 16949", "AS9100D", "ISO 14001/45001".

    Args:
        rows (Iterable[dict]): Standard rows: ``{"label", "prefix": regex, "standards": [numbers]}``
            (no ``standards``: any number of 3-5 digits; a ``detail`` key overrides the number) and
            ``{"label": None, "standard": number}`` for numbers that are never a method (ISO 8601 dates).
    """

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        rows = list(rows)
        self._prefix_rows = [r for r in rows if r.get("prefix")]
        self._never = {str(r["standard"]) for r in rows if r.get("standard") is not None and r.get("label") is None}
        prefixes = "|".join(f"(?P<p{i}>{r['prefix']})" for i, r in enumerate(self._prefix_rows))
        # The number, an optional revision letter (AS9100D) and up to two ":2015"/"-1" parts.
        number = r"(?P<num>\d{1,5})(?!\d)(?:[a-z](?!\p{L}))?+(?:[ \t]*+[-:][ \t]*+\d{1,4}(?!\d)){0,2}+"
        self._head = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{prefixes})[ \t]*+(?:[-/][ \t]*+)?{number}", _STANDARD_FLAGS
        )
        # Searching for the prefixes everywhere is slow (a case-insensitive alternation at every
        # character); digits are rare and fast to find, so find them and match backwards from each one.
        self._before = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{prefixes})[ \t]*+(?:[-/][ \t]*+)?", _STANDARD_FLAGS | regex.REVERSE
        )
        # A further item of a list: "/14001", ", ISO 45001", " and AS9120".
        self._next = regex.compile(
            rf"[ \t]*+(?:(?:[/,&;+]|and\b|or\b)[ \t]*+){{1,2}}(?:(?:{prefixes})[ \t]*+(?:[-/][ \t]*+)?)?{number}",
            _STANDARD_FLAGS,
        )

    def find(self, text: str) -> list[Candidate]:
        """The standards in ``text``; numbers that are never a method come back with label None."""
        found: list[Candidate] = []
        pos = 0
        for digits in _DIGITS.finditer(text):
            if digits.start() < pos:
                continue
            before = self._before.match(text, max(pos, digits.start() - _PREFIX_REACH), digits.start())
            m = self._head.match(text, before.start()) if before else None
            if m is None:
                continue
            row = self._row(m)
            pos = m.end()
            if not self._add(found, m, row, text):
                continue
            while (n := self._next.match(text, pos)) is not None:
                prefixed = _prefix_group(n) is not None
                row = self._row(n) if prefixed else row
                if not prefixed and not _bare_standard_number(n.group("num")):
                    break
                if not self._add(found, n, row, text, prefixed):
                    break
                pos = n.end()
        return found

    def _row(self, m: regex.Match[str]) -> dict[str, Any]:
        return self._prefix_rows[int(_prefix_group(m)[1:])]

    def _add(
        self, found: list[Candidate], m: regex.Match[str], row: dict[str, Any], text: str, prefixed: bool = True
    ) -> bool:
        num = m.group("num").lstrip("0") or "0"
        allowed = row.get("standards")
        if allowed is not None and num not in allowed:
            return False
        # Leading list punctuation is not evidence: start at the prefix ("and ISO 45001" -> "ISO 45001").
        start = m.start(_prefix_group(m)) if prefixed else m.start("num")
        end = _trim_end(text, start, m.end())
        if len(num) < 3 or num in self._never:
            found.append(Candidate(start, end, None))
            return True
        detail = row.get("detail", num)  # a row may set "detail": null (QS-9000)
        found.append(Candidate(start, end, row.get("label"), detail))
        return True


def _prefix_group(m: regex.Match[str]) -> str | None:
    """The name of the prefix group (``p<row index>``) that matched, or None."""
    # Groups are numbered in pattern order: p0, p1, ... come first, then "num".
    for i, (start, _) in enumerate(m.regs[1:-1]):
        if start != -1:
            return f"p{i}"
    return None


def _bare_standard_number(num: str) -> bool:
    """A number after a list separator without a prefix is a standard unless it looks like a year."""
    return len(num) >= 4 and not (1900 <= int(num) <= 2039)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in _TRAILING:
        end -= 1
    return end


class EmployerDescription:
    """Tell a sentence that only describes the employer ("We are ISO 9001 certified") from one that asks.

    Args:
        rows (Iterable[dict]): ``{"description": "subject"|"predicate"|"employer"|"asks", "regex": ...}`` rows.
    """

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        parts: dict[str, list[str]] = {"subject": [], "predicate": [], "employer": [], "asks": []}
        for row in rows:
            if row.get("description") in parts:
                parts[row["description"]].append(row["regex"])
        alt = {k: "|".join(f"(?:{r})" for r in v) or r"(?!)" for k, v in parts.items()}
        self._subject = regex.compile(rf"^[\W_]*+(?:{alt['subject']})\b", _FLAGS)
        self._predicate = regex.compile(rf"\b(?:{alt['predicate']})\b", _FLAGS)
        self._employer = regex.compile(rf"\b(?:{alt['employer']})\b", _FLAGS)
        self._asks = regex.compile(rf"\b(?:{alt['asks']})\b", _FLAGS)

    def describes_employer(self, sentence: str) -> bool:
        """True where ``sentence`` describes the company and asks nothing of the candidate."""
        says = (self._subject.search(sentence) is not None and self._predicate.search(sentence) is not None) or (
            self._employer.search(sentence) is not None
        )
        return says and self._asks.search(sentence) is None


#: Details that name a person's role as well as a method's level.
_ROLE_DETAILS = frozenset({"black_belt", "master_black_belt"})


class Colleagues:
    """Tell a name inside a colleague's title or a department's name from a method asked for.

    Args:
        rows (Iterable[dict]): ``{"colleague": "before"|"after", "regex": ...}`` rows: what stands before the
            name (a reporting or working relation) and right after it (the office or role it names).
    """

    #: How far before a name its relation may start ("reports directly to the Global Lean ...").
    REACH = 80

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        parts: dict[str, list[str]] = {"before": [], "after": []}
        for row in rows:
            if row.get("colleague") in parts:
                parts[row["colleague"]].append(row["regex"])
        self._active = all(parts.values())
        before = "|".join(f"(?:{r})" for r in parts["before"]) or r"(?!)"
        after = "|".join(f"(?:{r})" for r in parts["after"]) or r"(?!)"
        # The relation, then an article and up to three title words, then the name.
        self._before = regex.compile(
            rf"(?:{before})[ \t]*+(?:(?:the|our|a|an|your|their|its)[ \t]++)?(?:[\p{{L}}&/-]++[ \t]++){{0,3}}\Z", _FLAGS
        )
        self._after = regex.compile(after, _FLAGS)
        self._between = regex.compile(r"[ \t]*+(?:[/&-][ \t]*+)?")

    def drop(self, text: str, segments: Segments, candidates: list[Candidate]) -> list[Candidate]:
        """Drop the candidates of each run of adjacent names ("Lean Six Sigma") that is part of such a title."""
        if not self._active or not candidates:
            return candidates
        dropped: set[int] = set()
        i = 0
        while i < len(candidates):
            j = i  # the run: names separated only by spaces or a slash
            while j + 1 < len(candidates) and (
                candidates[j + 1].start <= candidates[j].end
                or self._between.fullmatch(text, candidates[j].end, candidates[j + 1].start) is not None
            ):
                j += 1
            run = candidates[i : j + 1]
            end = max(c.end for c in run)
            # A belt that ends the run is a role already ("reports to the Six Sigma Master Black Belt").
            if any(c.detail in _ROLE_DETAILS for c in run) or self._after.match(text, end) is not None:
                start = candidates[i].start
                lo = max(start - self.REACH, segments.at(start).start if len(segments) else 0)
                if self._before.search(text, lo, start) is not None:
                    dropped.update(range(i, j + 1))
            i = j + 1
        return [c for k, c in enumerate(candidates) if k not in dropped]


class MethodologyRules:
    """Find methodologies entries (label, detail, evidence) in a doc.

    Args:
        nlp (Language): The pipeline whose tokenizer the pattern rows use.
        vocabularies (Vocabularies): Where the ``methodologies`` and ``methodology_contexts`` tables come from.
    """

    family = "methodologies"
    #: How far (in characters, either side) a context word or entry may stand from an ambiguous name.
    CONTEXT_REACH = 120
    #: How far (in characters, either side) a vetoing word ("salary" for "DOE") reaches.
    VETO_REACH = 40

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        rows = vocabularies.table("methodologies")
        pattern_rows = [r for r in rows if "pattern" in r]
        self._names = PhraseTable(nlp, pattern_rows, name="methodologies")
        self._standards = StandardNumbers(r for r in rows if "pattern" not in r)
        context_rows = vocabularies.table("methodology_contexts")
        self._context_words = PhraseTable(nlp, [r for r in context_rows if "pattern" in r], name="methodology_contexts")
        self._context_labels: dict[str, set[str]] = {}
        self._labels_cache: dict[tuple[str, ...], frozenset[str]] = {}
        for row in context_rows:
            if "labels" in row:
                self._context_labels.setdefault(row["set"], set()).update(row["labels"])
        known = {r["set"] for r in context_rows if "set" in r}
        for row in pattern_rows:
            unknown = set(as_tuple(row.get("context")) + as_tuple(row.get("unless"))) - known
            if unknown:
                raise ValueError(f"methodologies row {row!r}: unknown context set(s) {sorted(unknown)}")
        self._description = EmployerDescription(context_rows)
        self._colleagues = Colleagues(context_rows)

    def __call__(self, doc: Doc, context: Context) -> list[MethodologyEntry]:
        text = context.segments.text  # Doc.text joins every token: build it once per doc
        candidates = self.candidates(doc, text)
        accepted = self.in_context(doc, text, context.segments, candidates)
        asked = self._colleagues.drop(text, context.segments, self.drop_descriptions(text, context.segments, accepted))
        entries = [
            MethodologyEntry(text=text[c.start : c.end], start=c.start, end=c.end, label=c.label, detail=c.detail)
            for c in asked
        ]
        return self.first_mentions(context, entries)

    # -- 1. candidates ---------------------------------------------------------------------------
    def names(self, doc: Doc) -> list[PhraseMatch]:
        """Pattern-row matches: a false friend hides the names inside it, then the longest name wins.

        A false friend only hides what it contains (ConText's pseudo-cues): "to lean" must not
        eat "lean manufacturing" in "exposure to lean manufacturing".
        """
        matches = self._names.find(doc, longest=False)
        friends = sorted((m.start_char, m.end_char) for m in matches if m.row.get("label") is None)
        friend_starts = [s for s, _ in friends]
        reach = list(accumulate((e for _, e in friends), max))  # furthest end of the friends so far
        names = []
        for m in matches:
            if m.row.get("label") is None:
                continue
            i = bisect_right(friend_starts, m.start_char) - 1
            if i >= 0 and reach[i] >= m.end_char:
                continue
            names.append(m)
        kept = {id(span) for span in filter_spans([m.span for m in names])}
        return sorted((m for m in names if id(m.span) in kept), key=lambda m: m.start_char)

    def candidates(self, doc: Doc, text: str) -> list[Candidate]:
        """Named methods and numbered standards in ``doc`` (whose text is ``text``), in text order."""
        lowered = text == text.lower()
        standards = self._standards.find(text)  # in text order, never overlapping each other
        found = [c for c in standards if c.label is not None]
        taken_starts = [c.start for c in standards]
        for match in self.names(doc):
            row = match.row
            start, end = match.start_char, _trim_end(text, match.start_char, match.end_char)
            i = bisect_left(taken_starts, end) - 1
            if i >= 0 and standards[i].end > start:
                continue  # "ISO" inside "ISO 9001": the standard says it better
            if row.get("cased") and not lowered and text[start:end] == text[start:end].lower():
                continue
            contexts, vetoes = as_tuple(row.get("context")), as_tuple(row.get("unless"))
            proper = bool(row.get("proper")) and not lowered and text[start].isupper()
            found.append(Candidate(start, end, row["label"], row.get("detail"), contexts, proper, vetoes))
            if row.get("also"):
                found.append(Candidate(start, end, row["also"], None, contexts, proper, vetoes))
        found.sort(key=lambda c: (c.start, c.end))
        return found

    # -- 2. context ------------------------------------------------------------------------------
    def in_context(self, doc: Doc, text: str, segments: Segments, candidates: list[Candidate]) -> list[Candidate]:
        """Keep candidates that need no context, and those with a context word or entry close by.

        "Close" is within `CONTEXT_REACH` characters either side: a sentence would be too wide
        where a scraper ran a whole posting into one line, and a list of methods is short.
        """
        if not any(c.contexts or c.vetoes for c in candidates):
            return candidates
        words: dict[str, list[int]] = {}  # context set -> sorted offsets of its words
        for match in self._context_words.find(doc, longest=False):
            words.setdefault(match.row["set"], []).append(match.start_char)
        for offsets in words.values():
            offsets.sort()
        veto, reach = self.VETO_REACH, self.CONTEXT_REACH
        candidates = [
            c for c in candidates if not any(_any_between(words.get(v), c.start - veto, c.end + veto) for v in c.vetoes)
        ]
        accepted = [
            not c.contexts
            or (c.proper and _inside_sentence(text, segments, c.start))
            or any(_any_between(words.get(name), c.start - reach, c.end + reach) for name in c.contexts)
            for c in candidates
        ]
        # An accepted name is context for the ambiguous ones around it ("TPM, JIT", "Lean, Six Sigma").
        starts = [c.start for c in candidates]
        queue = [k for k, ok in enumerate(accepted) if ok]
        while queue:
            giver = candidates[queue.pop()]
            lo = bisect_left(starts, giver.start - reach - _LONGEST_NAME)
            hi = bisect_right(starts, giver.start + reach)
            for k in range(lo, hi):
                c = candidates[k]
                if accepted[k] or not (c.start - reach <= giver.start <= c.end + reach):
                    continue
                if giver.label in self._labels_for(c.contexts) and giver is not c:
                    accepted[k] = True
                    queue.append(k)
        return [c for c, ok in zip(candidates, accepted) if ok]

    def _labels_for(self, contexts: tuple[str, ...]) -> frozenset[str]:
        """The labels whose entries are context for a row with these context sets."""
        labels = self._labels_cache.get(contexts)
        if labels is None:
            labels = frozenset(label for name in contexts for label in self._context_labels.get(name, ()))
            self._labels_cache[contexts] = labels
        return labels

    # -- 3. employer descriptions ----------------------------------------------------------------
    def drop_descriptions(self, text: str, segments: Segments, candidates: list[Candidate]) -> list[Candidate]:
        """Drop candidates whose sentence only describes the employer."""
        verdict: dict[int, bool] = {}
        kept = []
        for c in candidates:
            i = segments.index_at(c.start)
            if i not in verdict:
                segment = segments.segments[i] if len(segments) else None
                sentence = text[segment.start : segment.end] if segment else text
                verdict[i] = self._description.describes_employer(sentence)
            if not verdict[i]:
                kept.append(c)
        return kept

    # -- 5. repeats ------------------------------------------------------------------------------
    def first_mentions(self, context: Context, entries: list[MethodologyEntry]) -> list[MethodologyEntry]:
        """One entry per (label, detail); a later mention stays only where it adds a detail."""
        labels = [e.label for e in entries]
        if len(set(labels)) == len(labels):
            return entries
        kept: list[MethodologyEntry] = []
        seen: dict[str, set[str | None]] = {}
        for entry in entries:
            if context.holds_no_requirements(self.family, entry.start):
                kept.append(entry)  # the scope drops it; it must not hide a later mention
                continue
            details = seen.setdefault(entry.label, set())
            if entry.detail in details or (entry.detail is None and details):
                continue
            details.add(entry.detail)
            kept.append(entry)
        return kept


def _inside_sentence(text: str, segments: Segments, offset: int) -> bool:
    """True where a word stands before ``offset`` in its sentence (a capital there is not the sentence's)."""
    if not len(segments):
        return False
    return _WORD.search(text, segments.at(offset).start, offset) is not None


def _any_between(offsets: list[int] | None, lo: int, hi: int) -> bool:
    """True where ``offsets`` (sorted) holds a value in ``[lo, hi]``."""
    if not offsets:
        return False
    i = bisect_left(offsets, lo)
    return i < len(offsets) and offsets[i] <= hi

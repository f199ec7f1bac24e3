"""The methodologies rule family: production and quality methods and standards.

Six Sigma (with its belts), Lean, ISO standards (with their numbers), SPC, Kaizen, 5S, TPM, GMP,
HACCP, FMEA, DOE, Agile and the rest of ``RECORD.md``'s vocabulary. All names, variants, false
friends and contexts are data (``data/methodologies.jsonl``, ``data/methodology_contexts.jsonl``).
One posting goes through four steps:

1. **candidates**: the pattern rows (a `PhraseTable`: a false friend such as "lean on" or
   "Technical Program Manager" wins over the shorter name inside it and gives nothing) and the
   numbered standards (a regex: "ISO 9001:2015", "IATF 16949", "AS9100D", "ISO 14001/45001");
2. **context**: an ambiguous name (a bare "lean", "TPM", "DOE", "RCA", "agile", "ISO") counts only
   where a word of its context set or an entry of one of the set's labels stands close by
   ("TPM" beside "5S" or "maintenance"), or where it is written as a name inside a sentence
   ("experience in Agile");
3. **employer descriptions**: a sentence that only describes the company ("We are ISO 9001
   certified", "Acme is an ISO 13485 certified manufacturer") gives no entry unless it also asks
   something of the candidate;
4. **repeats**: one entry per (label, detail), the first mention; a later mention is kept only
   where it adds a detail ("Six Sigma ... Green Belt preferred"). Mentions under sections that are
   not requirements ("About us", "Benefits") do not hide later ones (the scope drops them).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass
from typing import Any, Iterable

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..record import MethodologyEntry
from ..vocabulary import Vocabularies
from .base import Context
from .phrases import PhraseTable
from .scope import NOT_REQUIREMENTS, RequirementScope
from .segments import Segments

_FLAGS = regex.IGNORECASE | regex.V1
# Evidence never ends in the sentence's full stop ("8D." and "6S." are single tokens).
_TRAILING = ".,;:"
_WORD = regex.compile(r"\p{L}\p{L}")
_DIGITS = regex.compile(r"\d++")
# How far before its number a standard's prefix may start ("BS EN ISO/IEC " is 15 characters).
_PREFIX_REACH = 24


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
        self._head = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{prefixes})[ \t]*+(?:[-/][ \t]*+)?{number}", _FLAGS)
        # Searching for the prefixes everywhere is slow (a case-insensitive alternation at every
        # character); digits are rare and fast to find, so find them and look just before each one.
        self._before = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{prefixes})[ \t]*+(?:[-/][ \t]*+)?\Z", _FLAGS)
        # A further item of a list: "/14001", ", ISO 45001", " and AS9120".
        self._next = regex.compile(
            rf"[ \t]*+(?:(?:[/,&;+]|and\b|or\b)[ \t]*+){{1,2}}(?:(?:{prefixes})[ \t]*+(?:[-/][ \t]*+)?)?{number}", _FLAGS
        )

    def find(self, text: str) -> list[Candidate]:
        """The standards in ``text``; numbers that are never a method come back with label None."""
        found: list[Candidate] = []
        pos = 0
        for digits in _DIGITS.finditer(text):
            if digits.start() < pos:
                continue
            before = self._before.search(text, max(pos, digits.start() - _PREFIX_REACH), digits.start())
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

    def _row(self, m: "regex.Match[str]") -> dict[str, Any]:
        return self._prefix_rows[int(_prefix_group(m)[1:])]

    def _add(self, found: list[Candidate], m: "regex.Match[str]", row: dict[str, Any], text: str, prefixed: bool = True) -> bool:
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
        detail = row["detail"] if "detail" in row else num
        found.append(Candidate(start, end, row.get("label"), detail))
        return True


def _prefix_group(m: "regex.Match[str]") -> str | None:
    """The name of the prefix group (``p<row index>``) that matched, or None."""
    return next((k for k, v in m.groupdict().items() if k != "num" and v is not None), None)


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
        for row in context_rows:
            if "labels" in row:
                self._context_labels.setdefault(row["set"], set()).update(row["labels"])
        known = {r["set"] for r in context_rows if "set" in r}
        for row in pattern_rows:
            unknown = set(_as_tuple(row.get("context")) + _as_tuple(row.get("unless"))) - known
            if unknown:
                raise ValueError(f"methodologies row {row!r}: unknown context set(s) {sorted(unknown)}")
        self._description = EmployerDescription(context_rows)
        self._scope = RequirementScope(nlp, vocabularies)

    def __call__(self, doc: Doc, context: Context) -> list[MethodologyEntry]:
        text = context.segments.text  # Doc.text joins every token: build it once per doc
        candidates = self.candidates(doc, text)
        accepted = self.in_context(doc, text, context.segments, candidates)
        asked = self.drop_descriptions(text, context.segments, accepted)
        entries = [MethodologyEntry(text=text[c.start : c.end], start=c.start, end=c.end, label=c.label, detail=c.detail) for c in asked]
        return self.first_mentions(text, entries)

    # -- 1. candidates ---------------------------------------------------------------------------
    def candidates(self, doc: Doc, text: str) -> list[Candidate]:
        """Named methods and numbered standards in ``doc`` (whose text is ``text``), in text order."""
        lowered = text == text.lower()
        standards = self._standards.find(text)
        found = [c for c in standards if c.label is not None]
        taken = [(c.start, c.end) for c in standards]
        for match in self._names.find(doc):
            row = match.row
            if row.get("label") is None:
                continue
            start, end = match.start_char, _trim_end(text, match.start_char, match.end_char)
            if any(s < end and start < e for s, e in taken):
                continue
            if row.get("cased") and not lowered and text[start:end] == text[start:end].lower():
                continue
            contexts, vetoes = _as_tuple(row.get("context")), _as_tuple(row.get("unless"))
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
        near: dict[str, list[int]] = {}  # context set or label -> sorted offsets where one stands
        for match in self._context_words.find(doc, longest=False):
            near.setdefault(match.row["set"], []).append(match.start_char)
        for offsets in near.values():
            offsets.sort()
        reach = self.VETO_REACH
        candidates = [
            c for c in candidates if not any(_any_between(near.get(v), c.start - reach, c.end + reach, -1) for v in c.vetoes)
        ]
        accepted = [
            not c.contexts or (c.proper and _inside_sentence(text, segments, c.start)) for c in candidates
        ]
        for c, ok in zip(candidates, accepted):
            if ok:
                insort(near.setdefault(c.label, []), c.start)
        changed = True
        while changed:  # an accepted ambiguous name is context for the next ("TPM, JIT")
            changed = False
            for k, c in enumerate(candidates):
                if accepted[k]:
                    continue
                lo, hi = c.start - self.CONTEXT_REACH, c.end + self.CONTEXT_REACH
                keys = [key for name in c.contexts for key in (name, *self._context_labels.get(name, ()))]
                if any(_any_between(near.get(key), lo, hi, c.start) for key in keys):
                    accepted[k] = changed = True
                    insort(near.setdefault(c.label, []), c.start)
        return [c for c, ok in zip(candidates, accepted) if ok]

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

    # -- 4. repeats ------------------------------------------------------------------------------
    def first_mentions(self, text: str, entries: list[MethodologyEntry]) -> list[MethodologyEntry]:
        """One entry per (label, detail); a later mention stays only where it adds a detail."""
        labels = [e.label for e in entries]
        if len(set(labels)) == len(labels):
            return entries
        sections = self._scope.sections(text)
        skipped = NOT_REQUIREMENTS
        kept: list[MethodologyEntry] = []
        seen: dict[str, set[str | None]] = {}
        for entry in entries:
            section = next((s for s in reversed(sections) if s.start <= entry.start < s.end), None)
            if section is not None and self.family in skipped.get(section.category, ()):
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


def _any_between(offsets: list[int] | None, lo: int, hi: int, own: int) -> bool:
    """True where ``offsets`` (sorted) holds a value in ``[lo, hi]`` other than ``own``."""
    if not offsets:
        return False
    i = bisect_left(offsets, lo)
    while i < len(offsets) and offsets[i] <= hi:
        if offsets[i] != own:
            return True
        i += 1
    return False


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)

"""The certifications family: certifications and licences asked of the candidate.

CPIM, ASQ CQE, PMP, a Six Sigma belt, a PE licence, a Class A CDL, a valid driver's licence ...
All names, issuers, contexts and sentence rules are data (``data/certifications.jsonl``,
``data/certification_contexts.jsonl``). One posting goes through five steps:

1. **candidates**: the rows' names, matched on tokens (a `PhraseTable`): ``aliases`` count wherever
   they stand; ``acronyms`` ("CSP", "PE") only written as given and with a credential word
   ("certification", "licensed", "designation" ...) or another certification close by; ``stems``
   ("forklift", "HACCP", "Lean", "AWS") only with a credential word attached ("forklift certification",
   "certified in Lean", "AWS or Azure certification"); a word of an ``unless`` set close by rules a
   name out ("PE" beside "private equity"). Overlapping names resolve to the longest.
2. **belts**: a methodologies entry that a row names (``six_sigma`` with detail ``green_belt``) gives
   that row's certification too, on the same evidence: a belt asked of the candidate is both.
3. **sentence rules**: a name followed by a company noun ("CPA firm", "SQF certified facility"), a
   membership ("ASQ member"), another person's ("under the direction of a BCBA"), a negation ("no CDL required", "Valid Driving License | No"), an offer
   of the employer ("we pay for your PMP") or a sentence that only describes the company ("We are ISO
   9001 certified", as methodologies decide it) gives no entry.
4. **values**: ``in_progress`` where the posting accepts obtaining it later ("or ability to obtain
   within 12 months"), ``or_equivalent`` where it accepts an equivalent ("PMP or equivalent").
5. **repeats**: one entry per label, the first mention; an entry whose row is ``subsumed_by`` a label
   found in the same sentence goes ("valid driver's license, Class A CDL" is the CDL alone).
   Mentions under sections that are not requirements do not hide later ones (the scope drops them).

The requirement (required/preferred) is the shared requirement scope's, as for every family.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any, Iterable

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..record import CertificationEntry, MethodologyEntry
from ..vocabulary import as_tuple, Vocabularies
from .base import Context
from .literals import RecentTexts, Screen, fold_slice, occurrences, screening
from .methodologies import EmployerDescription
from .phrases import PhraseTable
from .segments import Segments

_FLAGS = regex.IGNORECASE | regex.V0
_TRAILING = ".,;:"
#: What may end a field's line after the name it holds: "Valid Driving License", "REGISTRATIONS (Including Driver's License)".
_LINE_END = " \t\r\n)"
_CREDENTIAL = "credential"
#: How far (characters) after a name its credential word, and what makes that a document, are read: a bound, since
#: the regex module looks ahead for a pattern's required literal ("of") through the rest of the text otherwise.
_AFTER_REACH = 160
#: What a capitals-only name needs close by in a posting written all in lower case: a credential word or a cue.
_LOWER_CASE_CONTEXTS = (_CREDENTIAL, "asks")
#: How far (characters) a stem, its list separators and its credential word may reach together.
_SEPARATOR = regex.compile(r"[ \t]*+(?:[/,&+]|and/or\b|or\b|and\b)[ \t]*+(?:(?:and/or|or|and)[ \t]++)?", _FLAGS)
#: A number after a numbered name, in its list: "Series 63 & 79", "Series 7, 66", "OSHA 10 or 30" (bounded items).
_NEXT_NUMBER = regex.compile(r"[ \t]*+(?:[/,&]|and/or\b|or\b|and\b)[ \t]*+(?:(?:and|or)[ \t]++)?(?P<number>\d{1,3})(?![\p{L}\p{N}.])", _FLAGS)
_NUMBERED = regex.compile(r"(?P<head>\D*\S)[ -](?P<number>\d{1,3})")
#: How many further numbers a numbered name's list may hold.
_NUMBERED_ITEMS = 6
#: After a backward "ability to obtain" cue: a further name is what it governs, not the name before it.
_NAMED_NEXT = regex.compile(r"[ \t]*+(?:(?:an?|the|your)[ \t]++)?+(?:\p{Lu}[\p{Lu}.]|[\p{Lu}\p{N}][\p{L}\p{N}.&+/-]*+[ \t]++(?:licen[cs]e|certification|certificate|designation|registration))")
#: A capitalised run glued to the lower-case word before it by a scraper: "financeCPA", "fieldAWS/Kubernetes".
#: A credential word that is a header or a form field's name ("Certificates & Licenses", "License/Certification:").
_HEADER_MARK = regex.compile(r"[:\n]")
#: Normalisation puts a line break before a run glued to an all-lower-case word ("finance\nCPAA mix").
_GLUED_CAPITALS = regex.compile(r"(?<=\p{Ll}\p{Ll}\n?+)\p{Lu}[\p{Lu}\p{N}]++")
#: A name in capitals with the next bullet's first word glued after it: "Medical Assistant or LPNExcellent communication".
#: (The word start is checked after a match: a pattern that opens with its capital is skipped to at C speed.)
_CAPITALS_BEFORE_WORD = regex.compile(r"\p{Lu}{3,}+(?=\p{Ll}{2})")
_RULES = ("asked", "offer", "company", "membership", "someone_else", "negated_before", "negated_after", "negated_below",
          "in_progress_before", "in_progress_after", "or_equivalent", "aspiration", "vendor")
#: The end of a credential word: not another lower-case letter or digit of the same word, but a capital may follow where
#: a scraper glued the next line on ("Scrum Master CertificationOther Skills"); case-sensitive inside a case-blind pattern.
_WORD_END = r"(?!(?-i:[\p{Ll}\p{N}]))"
#: How many capitals a scraper may have glued before a name in capitals ("MES" + "PMP Certification").
_GLUED_PREFIX = 12
#: A company's credential word inside a certification's own name ("Certified Healthcare Facility Manager", not "UiPath
#: certified"): names holding one are blanked out before a sentence is read as describing the employer.
_CREDENTIAL_IN_NAME = regex.compile(r"(?i)(?:certified|registered|accredited)[ \t]++\p{L}")
#: A certification word, as a vendor's product must take one ("Tableau certification", not "SAP licenses").
_CERTIFICATION_WORD = regex.compile(r"certif", regex.IGNORECASE)
#: The label a generic licence ("state licensure") carries until its profession names it.
_BY_PROFESSION = "@profession"


@dataclass(frozen=True)
class Name:
    """One way of writing a certification, as the candidates step reads it.

    Attributes:
        label: The certification label.
        also: A second label the same evidence gives ("OSHA 10/30"), or None.
        kind: "alias", "acronym" or "stem".
        cased: Counts only written as given; in a posting written all in lower case it counts only in
            context, as an acronym does ("fpc manufacturing" is no payroll certification), unless
            ``lower_case_anywhere`` (the row's ``"lower_case": "anywhere"``: "ncii" is TESDA's wherever it stands).
        contexts: Context sets one word of which must stand close by (empty: none needed).
        vetoes: Context sets whose word close by rules the name out.
        products: A vendor's stem (the row's ``"products": true``): one or two words of a product may stand between
            it and its credential word ("AWS Security Specialty certification", "Oracle DBA Certification").
    """

    label: str
    also: str | None
    kind: str
    cased: bool
    contexts: tuple[str, ...]
    vetoes: tuple[str, ...]
    written: str
    lower_case_anywhere: bool = False
    products: bool = False


@dataclass(frozen=True)
class Candidate:
    """A certification named in a text: ``text[start:end]`` with its label."""

    start: int
    end: int
    label: str
    kind: str = "alias"


class ContextSets:
    """Context sets of ``certification_contexts.jsonl``: which words stand near an offset.

    Candidates are rare, so each set is one case-insensitive regex searched in a small window
    around a candidate (never across the whole text, except for sets marked ``"reach": "doc"``).
    """

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        phrases: dict[str, list[str]] = {}
        self.doc_sets: set[str] = set()
        #: Sets whose veto a sentence rule lifts (set -> rule name).
        self.lifted_by: dict[str, str] = {}
        for row in rows:
            if "set" not in row:
                continue
            if row.get("reach") == "doc":
                self.doc_sets.add(row["set"])
            if row.get("lifted_by"):
                self.lifted_by[row["set"]] = row["lifted_by"]
            if "phrase" in row:
                phrases.setdefault(row["set"], []).append(row["phrase"])
        self.names = frozenset(phrases) | self.doc_sets
        self._patterns = {
            name: regex.compile(
                r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(p) for p in sorted(words, key=len, reverse=True))
                + r")(?![\p{L}\p{N}])",
                _FLAGS,
            )
            for name, words in phrases.items()
        }
        # Per set, the literals one of which every match holds (None: unknown, never skip): a window without
        # one cannot hold a match. Candidates stand close together in a text of many names, so their windows
        # overlap and searching each made every position of the text be tried dozens of times.
        self._literals = {name: Screen([pattern.pattern], _FLAGS).literals for name, pattern in self._patterns.items()}
        #: Answers kept for the last texts (as `literals.fold` keeps its last texts).
        self._recent: RecentTexts[tuple[dict[str, bool], dict[str, tuple[list[int], list[int]] | None]]] = RecentTexts()

    def spans(self, name: str, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Where a word of set ``name`` stands in ``text[lo:hi]``."""
        pattern = self._patterns.get(name)
        if pattern is None:
            return []
        lo = max(0, lo)
        return [m.span() for m in pattern.finditer(text, lo, hi)] if self._may_match(name, text, lo, hi) else []

    def in_text(self, name: str, text: str) -> bool:
        """Whether a word of set ``name`` (one that reaches the whole doc) stands anywhere in ``text``.

        Asked for each candidate of a text, so the answers for the last text are kept: searching the whole
        text per candidate made a text of many names quadratic.
        """
        answers, _ = self._memo(text)
        if name not in answers:
            pattern = self._patterns.get(name)
            answers[name] = bool(pattern and pattern.search(text))
        return answers[name]

    def _memo(self, text: str) -> tuple[dict[str, bool], dict[str, tuple[list[int], list[int]] | None]]:
        found = self._recent.get(text)
        return found if found is not None else self._recent.put(text, ({}, {}))

    def _may_match(self, name: str, text: str, lo: int, hi: int) -> bool:
        """False only when no required literal of set ``name`` lies whole inside ``text[lo:hi]`` (a proof)."""
        if not screening():
            return True
        _, occurrences = self._memo(text)
        if name not in occurrences:
            occurrences[name] = _literal_occurrences(text, self._literals.get(name))
        found = occurrences[name]
        if found is None:
            return True
        starts, ends = found
        i = bisect_left(starts, lo)
        while i < len(starts) and starts[i] < hi:
            if ends[i] <= hi:
                return True
            i += 1
        return False


class ProfessionGroup:
    """Professions and the labels of their licences, for the generic licences of one group.

    Args:
        professions: Phrase (case-folded) -> licence label ("registered nurse" -> "rn").
        across_sentences: Whether the profession may stand in another sentence close by (a licence asked on its own
            line under the degree that names the profession), not only in the licence's own sentence.
        title: Whether the posting's first line (its title) names the profession where nothing close by does.
    """

    def __init__(self, professions: dict[str, str], across_sentences: bool = False, title: bool = True) -> None:
        self.professions = professions
        self.across_sentences = across_sentences
        self.title = title
        self._pattern = regex.compile(
            r"(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, sorted(professions, key=len, reverse=True)))
            + r")(?![\p{L}\p{N}])" if professions else r"(?!)",
            _FLAGS,
        )

    def licence_of(self, text: str, segments: Segments, start: int, end: int, reach: int) -> str | None:
        """The licence label of the profession named nearest a generic licence within ``reach`` characters (in its
        sentence unless ``across_sentences``), else in the posting's first line (its title: "Registered Nurse",
        "Pediatric Occupational Therapist") where ``title``; None where none is named."""
        lo, hi = (segments.at(start).start, segments.at(start).end) if len(segments) and not self.across_sentences else (0, len(text))
        lo, hi = max(lo, start - reach), min(hi, end + reach)
        near = [m for m in self._pattern.finditer(text, lo, hi) if not (m.start() < end and start < m.end())]
        if near:
            m = min(near, key=lambda m: m.start() - end if m.start() >= end else start - m.end())
            return self.professions[m.group().casefold()]
        if not self.title:
            return None
        title_end = text.find("\n")
        title = self._pattern.search(text, 0, len(text) if title_end < 0 else min(title_end, 200))
        return self.professions[title.group().casefold()] if title else None


class CertificationRules:
    """Find certifications entries (label, issuer, in_progress, or_equivalent, evidence) in a doc.

    Args:
        nlp (Language): The pipeline whose tokenizer the names use.
        vocabularies (Vocabularies): Where the ``certifications`` and ``certification_contexts`` tables come from.
    """

    family = "certifications"
    #: How far (characters, either side, within the sentence) a context word may stand from an acronym.
    CONTEXT_REACH = 60
    #: How far (characters, either side, within the sentence) a generic licence looks for its profession: "Current
    #: licensure in the state of employment as a Registered Nurse"; a bound, so a sentence of many is read in linear time.
    PROFESSION_REACH = 150
    #: How far (characters, either side) a word of an ``unless`` set reaches.
    VETO_REACH = 40
    #: How far (characters) before a name the "before" rules look.
    BEFORE_REACH = 60
    #: How far (characters, either side, within the sentence) an offer of the employer reaches: a scraper's glued
    #: line ("Tuition reimbursement ... License/Certification: EPA Certification (Required)") is no offer of it.
    OFFER_REACH = 150
    #: How far (characters, within the sentence) after a name the "after" rules read (company, membership, negation,
    #: in progress, or equivalent): far past any of their matches. The regex module looks for a pattern's literals
    #: to the end of what it is given before matching, so the rest of a long sentence made each name cost its length.
    AFTER_WINDOW = 1000

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        rows = vocabularies.table("certifications")
        context_rows = vocabularies.table("certification_contexts")
        self.rows: dict[str, dict[str, Any]] = {}
        for row in rows:
            if "label" in row:
                self.rows[row["label"]] = row  # a user's row of the same label wins
        self.contexts = ContextSets(context_rows)
        pattern_rows = [
            {"pattern": written, "name": name}
            for row in self.rows.values()
            for written, name in self._names(row)
        ]
        # A licence named without its profession ("Current state licensure", "licensed to practice in California")
        # is the licence of the profession its sentence, or else the posting's title line, names; none named, none.
        # A group of generic licences reads its own professions ("licensed" beside "electrical engineering" is a
        # Philippine board licence, read across the lines close by, as those postings write it on its own line).
        groups: dict[str, dict[str, Any]] = {"": {"across_sentences": False, "title": True}}
        for row in context_rows:
            if row.get("profession_group"):
                groups[row["profession_group"]] = {
                    "across_sentences": bool(row.get("across_sentences")), "title": bool(row.get("title", True))
                }
        for row in context_rows:
            if row.get("generic_licence"):
                contexts, vetoes = as_tuple(row.get("context")), as_tuple(row.get("unless"))
                unknown = set(contexts + vetoes) - self.contexts.names
                if unknown:
                    raise ValueError(f"generic licence {row['generic_licence']!r}: unknown context set(s) {sorted(unknown)}")
                pattern_rows.append({
                    "pattern": row["generic_licence"],
                    "name": Name(_BY_PROFESSION + row.get("group", ""), None, "alias", False, contexts, vetoes,
                                 row["generic_licence"]),
                })
        self._profession_groups: dict[str, ProfessionGroup] = {}
        for group, options in groups.items():
            professions = {
                row["phrase"].casefold(): row["profession"]
                for row in context_rows if row.get("profession") and row.get("group", "") == group
            }
            unknown = set(professions.values()) - set(self.rows)
            if unknown:
                raise ValueError(f"certification_contexts: profession label(s) {sorted(unknown)} not in certifications")
            self._profession_groups[group] = ProfessionGroup(professions, **options)
        unknown = {row["group"] for row in context_rows if row.get("group") is not None} - set(groups)
        if unknown:
            raise ValueError(f"certification_contexts: group(s) {sorted(unknown)} have no profession_group row")
        self._table = PhraseTable(nlp, pattern_rows, name="certifications")
        self._tokenizer = nlp.tokenizer
        # In an all-lower-case posting a glued line shows only by its first word ("engineerpreferred
        # qualifications"): the long header and starter words of glue_words.jsonl.
        line_starts = sorted(
            {row["word"].lower() for row in vocabularies.table("glue_words")
             if row.get("role") in ("header", "starter") and len(row["word"]) >= 6},
            key=len, reverse=True,
        )
        self._lower_glue = regex.compile(
            r"(?<=\p{Ll}{3})(?:" + "|".join(map(regex.escape, line_starts)) + r")\b" if line_starts else r"(?!)"
        )
        #: Numbered names by head and number ("series", "79"): the later numbers of a list ("Series 63 & 79").
        self._numbered: dict[tuple[str, str], list[Name]] = {}
        for row in pattern_rows:
            numbered = _NUMBERED.fullmatch(row["pattern"])
            if numbered and row["name"].kind != "stem" and not row["name"].also and not row["name"].label.startswith(_BY_PROFESSION):
                self._numbered.setdefault((numbered.group("head").casefold(), numbered.group("number")), []).append(row["name"])
        #: Names written in capitals only ("CPA", "AWS"), found where a scraper glued them to a word.
        self._capital_names: dict[str, list[Name]] = {}
        for row in pattern_rows:
            written = row["pattern"]
            if written.isalnum() and written.isupper() and len(written) >= 2:
                self._capital_names.setdefault(written, []).append(row["name"])
        #: Names of several words whose first is in capitals ("SHRM certification", "ASQ CQE"): a glued run of those
        #: capitals ("postingsSHRM Certification") is read again as a line's start.
        self._capital_heads = frozenset(
            head for row in pattern_rows
            if " " in row["pattern"] and (head := row["pattern"].split(" ", 1)[0]).isalnum() and head.isupper()
            and len(head) >= 2
        )
        self._belts = {
            (row["methodology"]["label"], row["methodology"].get("detail")): row["label"]
            for row in self.rows.values()
            if row.get("methodology")
        }
        credential = {"after": [], "before": [], "not": [], "product_after": []}
        rules: dict[str, list[str]] = {rule: [] for rule in _RULES}
        for row in context_rows:
            if row.get("credential") in credential:
                credential[row["credential"]].append(row["regex"])
            elif row.get("rule") in rules:
                rules[row["rule"]].append(row["regex"])
            elif "rule" in row:
                raise ValueError(f"certification_contexts row {row!r}: rule must be one of {_RULES}")

        def alternation(parts: list[str]) -> str:
            return "|".join(f"(?:{p})" for p in parts) or r"(?!)"

        # A parenthesis may stand between a name and its credential word: "ASCM (formerly APICS) certification".
        self._credential_after = regex.compile(
            rf"[ \t]*+(?:\([^()\n]{{1,80}}+\)[ \t]*+)?-?[ \t]*+(?:{alternation(credential['after'])}){_WORD_END}",
            _FLAGS,
        )
        # A name in capitals glued to the capitals before it, its credential word after it, capitalised as a line's
        # first words are: "TrackSYS MESPMP Certification" (a flattened list: "MES" ends one line, "PMP Certification"
        # starts the next), not "NAACLS accredited" (an agency's name). The names are the vocabulary's capitals-only
        # ones; a bounded prefix keeps a run of thousands of capitals linear.
        glueable = sorted((w for w in self._capital_names if len(w) >= 3), key=len, reverse=True)
        self._glued_capital_run = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?-i:\p{{Lu}}{{3,{_GLUED_PREFIX}}}?)(?-i:(?P<name>"
            + "|".join(map(regex.escape, glueable))
            + rf"))(?=[ \t]++(?=(?-i:\p{{Lu}}))(?:{alternation(credential['after'])}){_WORD_END})",
            _FLAGS,
        ) if glueable else None
        self._credential_before = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(credential['before'])})[ \t]*+$", _FLAGS
        )
        # A vendor's stem may take a product's words before its credential word: "Salesforce Administrator Certified".
        self._product_credential_after = regex.compile(
            rf"[ \t]*+(?:{alternation(credential['product_after'])}){_WORD_END}", _FLAGS
        )
        self._credential_tail = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(credential['after'])})$", _FLAGS
        )  # a name that ends in its credential word ("GCP certification") passes it on to its list
        self._not_credential = regex.compile(alternation(credential["not"]), _FLAGS)
        self._offer = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(rules['offer'])})", _FLAGS)
        # The offer alternation costs ~40 us per window tried at every position; a window without one of the words it
        # requires (derived from its rows) cannot hold an offer.
        self._offer_screen = Screen([self._offer.pattern], _FLAGS)
        self._company = regex.compile(rf"[ \t]*+(?:{alternation(rules['company'])})", _FLAGS)
        self._member_before = regex.compile(alternation([r for r in rules["membership"] if r.endswith("$")]), _FLAGS)
        self._member_after = regex.compile(alternation([r for r in rules["membership"] if r.startswith("^")]), _FLAGS)
        self._someone_else = regex.compile(alternation(rules["someone_else"]), _FLAGS)
        self._lifting = {"asked": regex.compile(alternation(rules["asked"]), _FLAGS)}
        unknown = set(self.contexts.lifted_by.values()) - set(self._lifting)
        if unknown:
            raise ValueError(f"certification_contexts: lifted_by must be one of {sorted(self._lifting)}, not {sorted(unknown)}")
        self._negated_before = regex.compile(alternation(rules["negated_before"]), _FLAGS)
        self._negated_after = regex.compile(alternation(rules["negated_after"]), _FLAGS)
        # A wish to become certified is no ask to hold or obtain it: "Desire to become AWS / Azure Certified architect".
        self._aspiration = regex.compile(alternation(rules["aspiration"]), _FLAGS)
        # A vendor's name right before a name makes it that vendor's product unless the row is that vendor's:
        # "Oracle VCP" is Oracle's Value Chain Planning, not VMware's VCP; "Cisco CCNA", "Microsoft Azure" stay.
        self._vendor_before = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?P<vendor>{alternation(rules['vendor'])})[ \t]++$", _FLAGS
        )
        self._negated_below = regex.compile(alternation(rules["negated_below"]), _FLAGS)
        self._progress_before = regex.compile(alternation(rules["in_progress_before"]), _FLAGS)
        self._progress_after = regex.compile(alternation(rules["in_progress_after"]), _FLAGS)
        self._equivalent = regex.compile(alternation(rules["or_equivalent"]), _FLAGS)
        # The sentence rules are tried on every candidate's windows (a posting of thousands of names tries them
        # thousands of times, the in-progress one on a window of a thousand characters); a window holding none of the
        # words a rule requires (derived from its rows) cannot match it.
        self._window_screens = {
            id(pattern): Screen([pattern.pattern], _FLAGS)
            for pattern in (
                self._member_before, self._someone_else, self._aspiration, self._vendor_before,
                self._progress_before, self._progress_after, self._credential_before, self._credential_tail,
            )
        }
        self._description = EmployerDescription(vocabularies.table("methodology_contexts"))

    def _names(self, row: dict[str, Any]) -> Iterable[tuple[str, Name]]:
        """Every written form of a row, with how it is matched."""
        label = row["label"]
        vetoes = as_tuple(row.get("unless"))
        for kind, key in (("alias", "aliases"), ("acronym", "acronyms"), ("stem", "stems")):
            for item in row.get(key) or ():
                spec = item if isinstance(item, dict) else {kind: item}
                written = spec.get(kind) or spec.get("alias") or spec.get("stem")
                if not isinstance(written, str) or not written.strip():
                    raise ValueError(f"certifications row {label!r}: bad {key} item {item!r}")
                contexts = as_tuple(spec.get("context")) + ((_CREDENTIAL,) if kind == "acronym" else ())
                unknown = set(contexts + vetoes + as_tuple(spec.get("unless"))) - self.contexts.names
                if unknown:
                    raise ValueError(f"certifications row {label!r}: unknown context set(s) {sorted(unknown)}")
                cased = bool(spec.get("cased", kind == "acronym" or _looks_like_acronym(written)))
                yield written, Name(
                    label, spec.get("also"), kind, cased, contexts, vetoes + as_tuple(spec.get("unless")), written,
                    row.get("lower_case") == "anywhere", kind == "stem" and bool(row.get("products")),
                )

    def __call__(self, doc: Doc, context: Context) -> list[CertificationEntry]:
        text = context.segments.text
        segments = context.segments
        candidates = self.candidates(doc, text, segments)
        candidates += self.belts(context.found.get("methodologies") or [])
        if not candidates:
            return []
        candidates.sort(key=lambda c: (c.start, c.end))
        described: dict[tuple[int, int], bool] = {}  # per sentence: a sentence of a thousand names is read once
        blanked = None
        if any(_CREDENTIAL_IN_NAME.search(text, c.start, c.end) for c in candidates):
            chars = list(text)
            for c in candidates:
                if _CREDENTIAL_IN_NAME.search(text, c.start, c.end):
                    chars[c.start : c.end] = " " * (c.end - c.start)
            blanked = "".join(chars)
        asked = [c for c in candidates if self.asked_of_candidate(text, segments, c, described, blanked)]
        entries = [self.entry(text, segments, c) for c in asked]
        return self.first_mentions(doc, context, self.drop_subsumed(doc, context, entries))

    # -- 1. candidates ---------------------------------------------------------------------------
    def candidates(self, doc: Doc, text: str, segments: Segments) -> list[Candidate]:
        """Names in context, stems with a credential word, overlaps resolved to the longest."""
        lowered = text == text.lower()
        found: list[tuple[int, int, Name]] = []
        for match in self._table.find(doc, longest=False):
            name: Name = match.row["name"]
            start, end = match.start_char, _trim_end(text, match.start_char, match.end_char)
            if name.cased and not lowered and text[start:end] != name.written:
                continue
            if lowered and name.cased and name.kind == "alias" and not name.lower_case_anywhere:
                name = self._as_acronym(name)
            found.append((start, end, name))
        found += self._glued_lower_names(text) if lowered else self._glued_names(text)
        found += self._numbered_list(text, found)
        if not found:
            return []
        kept = [f for f in found if f[2].kind != "stem" and self._in_context(text, segments, *f)]
        kept += self._credentialed_stems(text, [f for f in found if f[2].kind == "stem"], list(kept))
        # An acronym needs context; another certification close by is context too ("MBA, CPA, CGMA or CMA").
        acronyms = [f for f in found if f[2].kind == "acronym" and f not in kept]
        added = True
        while acronyms and added:
            added = False
            for f in list(acronyms):
                if self._near_other(segments, f, kept) and not self._vetoed(text, *f):
                    kept.append(f)
                    acronyms.remove(f)
                    added = True
        candidates = []
        longest = _longest(kept)
        named = [(s, e) for s, e, n in longest if not n.label.startswith(_BY_PROFESSION)]
        for start, end, name in longest:
            if name.label.startswith(_BY_PROFESSION):
                if any(s < end and start < e for s, e in named):
                    continue  # a named licence's own words: "driver's license is an advantage"
                group = self._profession_groups[name.label[len(_BY_PROFESSION):]]
                name = replace(name, label=group.licence_of(text, segments, start, end, self.PROFESSION_REACH))
                if name.label is None:
                    continue
            candidates.append(Candidate(start, end, name.label, name.kind))
            if name.also:
                candidates.append(Candidate(start, end, name.also, name.kind))
        return candidates

    def _numbered_list(self, text: str, found: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
        """The further numbers of a numbered name's list, each the row its head and number name: "Series 63 & 79"
        gives Series 79 too, "Series 7, 24 or CAMS" Series 24; the list ends at a number no row names."""
        more = []
        for start, end, name in found:
            if name.kind == "stem" or (head := _numbered_head(name.written)) is None:
                continue
            at = end
            for _ in range(_NUMBERED_ITEMS):
                m = _NEXT_NUMBER.match(text, at, at + 40)
                names = self._numbered.get((head, m.group("number"))) if m else None
                if not names:
                    break
                more += [(m.start("number"), m.end("number"), n) for n in names]
                at = m.end()
        return more

    @functools.lru_cache(maxsize=None)
    def _as_acronym(self, name: Name) -> Name:
        """A capitals-only alias as a lower-case posting reads it: an acronym, counted with context only."""
        return replace(name, kind="acronym", contexts=name.contexts + _LOWER_CASE_CONTEXTS)

    def _glued_names(self, text: str) -> list[tuple[int, int, Name]]:
        """Names in capitals that a scraper glued to the word before: "financeCPAA mix of Big 4" (CPA, then a
        line starting "A mix"), "fieldAWS/Kubernetes certification", "fieldPMPExperience" (PMP)."""
        found = []
        if self._glued_capital_run is not None:
            for m in self._glued_capital_run.finditer(text):
                start, end = m.span("name")
                if text[m.start() : end] not in self._capital_names:
                    found += [(start, end, name) for name in self._capital_names[m.group("name")]]
        for m in _GLUED_CAPITALS.finditer(text):
            run, start, end = m.group(), m.start(), m.end()
            following = text[end : end + 1]
            if following.isalpha():
                run = run[:-1]  # its last capital starts the next word: "PMPExperience"
            elif run not in self._capital_names and run[-1:] in ("A", "I") and following in (" ", "\t"):
                run = run[:-1]  # ... or is that word: "CPAA mix"
            for name in self._capital_names.get(run, ()):
                found.append((start, start + len(run), name))
            if run in self._capital_heads and following in (" ", "\t"):
                found += self._names_starting_at(text, start)
        for m in _CAPITALS_BEFORE_WORD.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum()):
                continue  # inside a word: the run is not a name's start
            run = m.group()[:-1]  # its last capital starts the glued word: "LPNExcellent"
            for name in self._capital_names.get(run, ()):
                found.append((m.start(), m.start() + len(run), name))
            # ... and that word may start a name: "8 AM - 5 PMForklift certification a plus", "LICENSESReal Estate license"
            found += self._names_starting_at(text, m.end() - 1)
        return found

    def _names_starting_at(self, text: str, start: int) -> list[tuple[int, int, Name]]:
        """Names of the vocabulary that start exactly at ``start`` (a scraper glued the word before onto it), read on
        the rest of its line."""
        found = []
        line_end = text.find("\n", start, start + _AFTER_REACH)
        piece = text[start : line_end if line_end >= 0 else start + _AFTER_REACH]
        for match in self._table.find(self._tokenizer(piece), longest=False):
            name, cut = match.row["name"], _trim_end(piece, 0, match.end_char)
            if match.start_char == 0 and not (name.cased and piece[:cut] != name.written):
                found.append((start, start + cut, name))
        return found

    def _glued_lower_names(self, text: str) -> list[tuple[int, int, Name]]:
        """Names that end where a lower-case posting glued the next line on: "registered electrical
        engineerpreferred qualifications", "must be a licensed electrical engineerminimum of 8 years"."""
        found = []
        for m in self._lower_glue.finditer(text):
            cut = m.start()
            lo = max(text.rfind("\n", 0, cut) + 1, cut - 200)
            for match in self._table.find(self._tokenizer(text[lo:cut]), longest=False):
                if lo + match.end_char == cut:
                    found.append((lo + match.start_char, cut, match.row["name"]))
        return found

    def _in_context(self, text: str, segments: Segments, start: int, end: int, name: Name) -> bool:
        if self._vetoed(text, start, end, name):
            return False
        if not name.contexts:
            return True
        segment = segments.at(start) if len(segments) else None
        lo, hi = (segment.start, segment.end) if segment else (0, len(text))
        for set_name in name.contexts:
            if set_name in self.contexts.doc_sets:
                if self.contexts.in_text(set_name, text):
                    return True
                continue
            window = (max(lo, start - self.CONTEXT_REACH), min(hi, end + self.CONTEXT_REACH))
            if any(not (s < end and start < e) for s, e in self.contexts.spans(set_name, text, *window)):
                return True
        return False

    def _vetoed(self, text: str, start: int, end: int, name: Name) -> bool:
        for set_name in name.vetoes:
            lifting = self._lifting.get(self.contexts.lifted_by.get(set_name, ""))
            if lifting and lifting.search(text, max(0, start - self.BEFORE_REACH), start):
                continue
            if set_name in self.contexts.doc_sets:
                if self.contexts.in_text(set_name, text):
                    return True
                continue
            spans = self.contexts.spans(set_name, text, start - self.VETO_REACH, end + self.VETO_REACH)
            if any(not (s < end and start < e) for s, e in spans):  # its own words do not veto it
                return True
        return False

    def _near_other(self, segments: Segments, found: tuple[int, int, Name], kept: list[tuple[int, int, Name]]) -> bool:
        start, end, _ = found
        index = segments.index_at(start) if len(segments) else 0
        for s, e, _ in kept:
            if (s < end and start < e) or not (start - self.CONTEXT_REACH <= e and s <= end + self.CONTEXT_REACH):
                continue
            if not len(segments) or segments.index_at(s) == index:
                return True
        return False

    def _credentialed_stems(
        self, text: str, stems: list[tuple[int, int, Name]], named: list[tuple[int, int, Name]] = ()
    ) -> list[tuple[int, int, Name]]:
        """Stems with a credential word attached, directly or through a list of stems and other names.

        "AWS, Azure or GCP certification" credentials all three; so does "certifications in AWS, Azure or GCP".
        A list shares its credential word with certifications named in it too ("Six Sigma, PMP certification,
        Agile certification"): the ``named`` ones link the list but are not returned.
        """
        if not stems:
            return []
        own = {(s, e, n.label, n.kind) for s, e, n in stems}
        stems = _longest(stems + list(named))  # a stem inside a longer name ("ASNT" in "ASNT Level II") is that name
        if not any((s, e, n.label, n.kind) in own for s, e, n in stems):
            return []
        linked = []  # stem i and stem i+1 stand in one list
        for (_, end, _), (start, _, _) in zip(stems, stems[1:]):
            sep = _SEPARATOR.match(text, end, start)
            linked.append(sep is not None and sep.end() == start)
        next_named: list[int | None] = [None] * len(stems)  # where the next name that is no stem starts
        for i in range(len(stems) - 2, -1, -1):
            following = stems[i + 1]
            next_named[i] = following[0] if following[2].kind != "stem" else next_named[i + 1]
        after = [False] * len(stems)
        for i in range(len(stems) - 1, -1, -1):
            start, end, name = stems[i]
            m = self._credential_word_after(text, end, name, next_named[i])
            after[i] = (
                bool(m and not self._not_credential.match(text, m.end(), m.end() + _AFTER_REACH))
                or bool(self._search(self._credential_tail, text[start:end], fold_slice(text, start, end)))
                or (i + 1 < len(stems) and linked[i] and after[i + 1])
            )
        before = [False] * len(stems)
        for i, (start, _, _) in enumerate(stems):
            window_start = max(0, start - self.BEFORE_REACH)
            window = text[window_start:start]
            before[i] = bool(self._search(self._credential_before, window, fold_slice(text, window_start, start))) or (i > 0 and linked[i - 1] and before[i - 1])
        kept = []
        starts = [s for s, _, _ in stems]  # in order (`_longest`): the names inside a credential phrase are a slice
        for i, (start, end, name) in enumerate(stems):
            if (start, end, name.label, name.kind) not in own:
                continue
            if not (after[i] or before[i]) or self._vetoed(text, start, end, name):
                continue
            m = self._credential_word_after(text, end, name, next_named[i])
            if (
                m and not self._not_credential.match(text, m.end(), m.end() + _AFTER_REACH)
                and not any(
                    n.label != name.label
                    for _, _, n in stems[bisect_left(starts, end) : bisect_left(starts, m.end())]
                )
            ):
                end = m.end()  # the evidence takes its credential word: "forklift certification", not a name after it
            elif (
                before[i]
                and not (i > 0 and linked[i - 1] and before[i - 1])  # a later item of the list keeps its own span
                and (b := self._credential_before.search(text, max(0, start - self.BEFORE_REACH), start))
                and not (i > 0 and stems[i - 1][1] > b.start())  # ... and so does one after other names
                and not _HEADER_MARK.search(b.group())  # ... and one under a header ("License/Certification:")
            ):
                start = b.start()  # ... or the one before it: "certified in Lean"
            kept.append((start, end, name))
        return kept

    def _credential_word_after(
        self, text: str, end: int, name: Name, next_name: int | None = None
    ) -> regex.Match[str] | None:
        """The credential word right after a stem ending at ``end``, or after a product's words for a vendor's stem.

        A vendor's product takes certification words only: "SAP licenses", "AWS credentials" are the software's; and its
        words are no other certification's name (``next_name``, where the next name found starts): "Amazon Web Services
        CCNA certification" is a CCNA after a skill.
        """
        m = self._credential_after.match(text, end, end + _AFTER_REACH)
        if not name.products:
            return m
        if m is not None and _CERTIFICATION_WORD.search(m.group()):
            return m
        m = self._product_credential_after.match(text, end, end + _AFTER_REACH)
        if m is not None and next_name is not None and next_name < m.end():
            return None
        return m

    # -- 2. belts --------------------------------------------------------------------------------
    def belts(self, methodologies: list[MethodologyEntry]) -> list[Candidate]:
        """Certifications that methodologies entries name (a Six Sigma belt), on their evidence."""
        return [
            Candidate(m.start, m.end, self._belts[(m.label, m.detail)], "methodology")
            for m in methodologies
            if (m.label, m.detail) in self._belts
        ]

    # -- 3. sentence rules -----------------------------------------------------------------------
    def asked_of_candidate(
        self, text: str, segments: Segments, c: Candidate, described: dict[tuple[int, int], bool] | None = None,
        names_blanked: str | None = None,
    ) -> bool:
        """False for a company's or product's name, a membership, another person's ("under the direction of a
        licensed PE"), a negation, an offer or a company description.

        ``described`` keeps, per sentence bounds, whether the sentence describes the employer; ``names_blanked`` is
        the text with the names that hold a company's credential word before more of their words blanked out: "Certification
        as a Certified Healthcare Facility Manager (CHFM), Construction Supervisor's License" describes no certified
        facility.
        """
        lo, hi, before, after, folded_before, folded_after = self._windows(text, segments, c)
        if self._company.match(after) or self._member_after.match(after):
            return False
        if any(self._search(p, before, folded_before) for p in (self._member_before, self._someone_else, self._aspiration)):
            return False
        vendor = self._search(self._vendor_before, before, folded_before)
        if vendor and not self._vendor_of(c.label, vendor.group("vendor")):
            return False
        if self._negated_before.search(before[-24:]):
            return False
        if self._negated_after.match(after):
            return False
        if (
            after.strip(_LINE_END) == ""
            and text[c.end : hi].strip(_LINE_END) == ""
            and self._negated_below.match(text[c.end : c.end + self.BEFORE_REACH])
        ):  # a board's field and its value on the lines below: "Valid Driving License\n\nNo", "(Including Driver's
            return False  # License)\n\nNone required."
        near_start, near_end = max(lo, c.start - self.OFFER_REACH), min(hi, c.end + self.OFFER_REACH)
        if (
            self._offer_screen.may_match(fold_slice(text, near_start, near_end)) and self._offer.search(text[near_start:near_end])
            and not self._in_progress(before, after, folded_before, folded_after)
        ):
            return False
        described = {} if described is None else described
        if (lo, hi) not in described:
            described[(lo, hi)] = self._description.describes_employer((names_blanked or text)[lo:hi])
        return not described[(lo, hi)]

    def _windows(self, text: str, segments: Segments, c: Candidate) -> tuple[int, int, str, str, str, str]:
        """The bounds of the sentence of candidate ``c``, the windows before and after it within them
        (`BEFORE_REACH`, `AFTER_WINDOW`) and the windows' case folds."""
        lo, hi = _sentence_of(text, segments, c)
        before_start, after_end = max(lo, c.start - self.BEFORE_REACH), min(hi, c.end + self.AFTER_WINDOW)
        return (
            lo, hi, text[before_start : c.start], text[c.end : after_end],
            fold_slice(text, before_start, c.start), fold_slice(text, c.end, after_end),
        )

    def _vendor_of(self, label: str, vendor: str) -> bool:
        """Whether ``vendor`` is the one that grants ``label`` (named in its row's issuer or name)."""
        row = self.rows.get(label, {})
        return vendor.casefold() in f"{row.get('issuer') or ''} {row.get('name') or ''}".casefold()

    def _search(self, pattern: regex.Pattern[str], window: str, folded: str) -> regex.Match[str] | None:
        """``pattern.search(window)``, not tried where the window's fold ``folded`` lacks the words it requires."""
        return pattern.search(window) if self._window_screens[id(pattern)].may_match(folded) else None

    def _in_progress(self, before: str, after: str, folded_before: str, folded_after: str) -> bool:
        """Whether the name is being obtained: "working towards a PE license", "CPA (or within 12 months of hire)"
        (``folded_*``: the windows' case folds)."""
        if self._search(self._progress_before, before, folded_before):
            return True
        screen = self._window_screens[id(self._progress_after)]
        m = self._progress_after.match(after) if screen.may_match(folded_after) else None
        # "EIT required, with the ability to obtain a PE license": the cue's object is the next name.
        return m is not None and not _NAMED_NEXT.match(after, m.end())

    # -- 4. values -------------------------------------------------------------------------------
    def entry(self, text: str, segments: Segments, c: Candidate) -> CertificationEntry:
        """The entry of an accepted candidate, with ``in_progress`` and ``or_equivalent`` read from its sentence."""
        _, _, before, after, folded_before, folded_after = self._windows(text, segments, c)
        row = self.rows.get(c.label, {})
        return CertificationEntry(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            label=c.label,
            issuer=row.get("issuer"),
            in_progress=self._in_progress(before, after, folded_before, folded_after),
            or_equivalent=bool(self._equivalent.match(after)),
        )

    # -- 5. repeats ------------------------------------------------------------------------------
    def drop_subsumed(self, doc: Doc, context: Context, entries: list[CertificationEntry]) -> list[CertificationEntry]:
        """Drop entries whose row is ``subsumed_by`` a label found in the same sentence at the same requirement.

        "valid driver's license and Class A CDL" is the CDL alone; "Valid driver's license required, CDL
        preferred" asks for both, each at its own level (the shared scope reads the levels).
        """
        segments = context.segments
        subsumers = {e.label: set(self.rows.get(e.label, {}).get("subsumed_by") or ()) for e in entries}
        if not any(subsumers.values()):
            return entries
        sentence = [segments.index_at(e.start) if len(segments) else 0 for e in entries]
        # A lead-in line reaches the list under it: "Security certifications preferred, but not required:" then "CISSP"
        # on the next line is the CISSP alone (the lead-in's generic ask gives way; the list's names keep their own).
        reach = {index: (index,) for index in sentence}
        if len(segments):
            lead = None
            for index in sorted(reach):
                if lead is not None and self._leads_into(segments, lead, index):
                    reach[lead] += (index,)
                elif segments.text[segments.segments[index].start : segments.segments[index].end].rstrip().endswith(":"):
                    lead = index
        at: dict[tuple[int, str], list[int]] = {}  # (sentence, label) -> its entries
        for i, e in enumerate(entries):
            at.setdefault((sentence[i], e.label), []).append(i)
        involved = set()  # the entries a level must be read for: the subsumed and what subsumes them
        taken: set[tuple[int, str]] = set()  # each group of subsumers is added once (a repeated list stays linear)
        for i, e in enumerate(entries):
            groups = [(s, label) for s in reach[sentence[i]] for label in subsumers[e.label] if (s, label) in at]
            if groups:
                involved.add(i)
                for group in groups:
                    if group not in taken:
                        taken.add(group)
                        involved.update(at[group])
        if not involved:
            return entries
        order = sorted(involved)
        level = dict(zip(order, context.requirement_levels(doc, [entries[i] for i in order])))
        held = {(sentence[i], entries[i].label, level[i]) for i in order}
        return [
            e for i, e in enumerate(entries)
            if i not in level
            or not any((s, label, level[i]) in held for s in reach[sentence[i]] for label in subsumers[e.label])
        ]

    #: How far (characters) the list under a lead-in line ending in a colon reaches for ``drop_subsumed``.
    LEAD_IN_REACH = 400

    def _leads_into(self, segments: Segments, first: int, later: int) -> bool:
        """Whether segment ``later`` stands in the list under the lead-in line ``first`` (one ending in a colon): within
        ``LEAD_IN_REACH`` characters of it, no blank line between."""
        lead, item = segments.segments[first], segments.segments[later]
        between = segments.text[lead.end : item.start]
        return item.start - lead.end <= self.LEAD_IN_REACH and regex.search(r"\n[ \t]*+\n", between) is None

    def first_mentions(
        self, doc: Doc, context: Context, entries: list[CertificationEntry]
    ) -> list[CertificationEntry]:
        """One entry per label, its first mention in a section that can hold requirements.

        A label asked first as preferred and later as required is required, as for the other families: the
        first required mention stands for it then ("Licensed Physical Therapists (Graduate Degree Preferred)"
        ... "License/Certification: Physical Therapy License (Required)").
        """
        kept: list[CertificationEntry] = []
        mentions: dict[str, list[CertificationEntry]] = {}
        for entry in entries:
            if context.holds_no_requirements(self.family, entry.start):
                kept.append(entry)  # the scope drops it; it must not hide a later mention
                continue
            if entry.label not in mentions:
                kept.append(entry)
            mentions.setdefault(entry.label, []).append(entry)
        repeated = [m for m in mentions.values() if len(m) > 1]
        if not repeated:
            return kept
        flat = [e for m in repeated for e in m]
        level = {id(e): r for e, r in zip(flat, context.requirement_levels(doc, flat))}
        for m in repeated:
            if level[id(m[0])] == "preferred":
                required = next((e for e in m[1:] if level[id(e)] == "required"), None)
                if required is not None:
                    kept[kept.index(m[0])] = required
        return sorted(kept, key=lambda e: (e.start, e.end))


def _longest(found: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
    """Matches not inside a longer one ("AWS certification" inside "AWS certified welder" goes); matches that
    only overlap all stay ("CPR/First Aid" and "First Aid certification"), and so do equal spans of different labels.

    One pass in order of start (longest first at a start): a match lies inside a longer one exactly when an
    earlier match reaches past its end, or reaches its end from further left; linear in the matches, so a
    posting of thousands of names stays fast.
    """
    kept: list[tuple[int, int, Name]] = []
    labels_at: dict[tuple[int, int], set[str]] = {}
    reach, reach_from = -1, -1
    for start, end, name in sorted(found, key=lambda f: (f[0], -f[1])):
        if reach > end or (reach == end and reach_from < start):
            continue
        labels = labels_at.setdefault((start, end), set())
        if name.label in labels:
            continue
        labels.add(name.label)
        kept.append((start, end, name))
        if end > reach:
            reach, reach_from = end, start
    return sorted(kept, key=lambda f: (f[0], f[1]))


def _literal_occurrences(text: str, literals: frozenset[str] | None) -> tuple[list[int], list[int]] | None:
    """Starts and ends (sorted by start) of every occurrence of the case-folded ``literals`` in ``text``; None
    when there are none to look for or their offsets would not hold (`literals.occurrences`)."""
    found = occurrences(text, literals) if literals else None
    if found is None:
        return None
    return [s for s, _ in found], [e for _, e in found]


def _sentence_of(text: str, segments: Segments, c: Candidate) -> tuple[int, int]:
    """The bounds of the sentence holding a name, through its end where the splitter cut inside it ("Serv|Safe")."""
    if not len(segments):
        return 0, len(text)
    first, last = segments.at(c.start), segments.at(max(c.start, c.end - 1))
    return first.start, max(first.end, last.end)


@functools.lru_cache(maxsize=None)
def _numbered_head(written: str) -> str | None:
    """The case-folded head of a numbered name ("series" of "Series 7"), None for a name without a number; kept per
    name, as a posting's names are mostly the vocabulary's few."""
    m = _NUMBERED.fullmatch(written)
    return m.group("head").casefold() if m else None


def _looks_like_acronym(written: str) -> bool:
    """Short names without lower-case letters ("CQE", "NC II") are matched as written."""
    return len(written) <= 6 and not any(ch.islower() for ch in written)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in _TRAILING:
        end -= 1
    return end

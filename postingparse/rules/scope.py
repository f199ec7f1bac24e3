"""Requirement scope: is an entry required or preferred, and is it a requirement at all?

Two sources decide, both kept as data (``data/cues.jsonl``, ``data/sections.jsonl``):

* **Cues** (medspaCy ConText style): "preferred", "a plus", "ideal", "required",
  "must" ... each with a direction. A cue governs the entries of its own
  sentence or bullet that lie in its direction, unless a cue of the other
  category stands between them. Of several governing cues the nearest wins.
* **Sections** (medspaCy Sectionizer style): a header line such as
  "Preferred Qualifications:" gives its category to everything below it until
  the next header; "Education:" inherits the category of the section it sits in.
  Entries under "Benefits" or "About us" are not requirements. A header that a
  scraper glued onto the end of a line ("...environment.Preferred Qualifications")
  starts its section at the glue point, and a cue inside a header looks forward only.

A cue in the entry's own sentence beats the section; a line that starts with "or" /
"and/or" and has no cue of its own continues the level of the line before it; the
default is required.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Iterator

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..record import Entry
from ..vocabulary import Vocabularies
from .literals import RecentTexts, Screen, caseless, fold, lowered, occurrences, prescan
from .segments import Segments

PREFERRED, REQUIRED = "preferred", "required"
_CLAUSE_BREAK = regex.compile(r";")
#: A " * " bullet a scraper left inside a line: a cue that closes the entry before it does not reach past it
#: ("...; associate or bachelor's degree preferred * 7+ years of experience": the next bullet's years are not
#: preferred), while a header's cue still governs its bullets ("Preferred Qualifications * MBA").
_STAR_BULLET = regex.compile(r"(?<=[ \t])\*(?=[ \t])")
#: Longest gap between an entry and a cue that closes it.
_CLOSING_GAP = 3
#: An upper rung of years after an experience entry, which a backward cue after it is said of alone ("Minimum of 5 years
#: ... with 10+ years preferred": the 10+ years are preferred, the 5 are not).
_UPPER_RUNG = regex.compile(
    r"[ \t]*+,?[ \t]*+with[ \t]++(?:at[ \t]++least[ \t]++)?\d{1,2}+(?:\.\d)?+\+?+[ \t]*+(?:years?|yrs\.?)"
    r"(?:[ \t]++of[ \t]++experience)?+[ \t]*+(?:(?:is|are|being|strongly|highly)[ \t]++){0,2}+",
    regex.IGNORECASE,
)
#: Where a cue's forward reach ends besides: "but" opening the other side ("MS/PhD is preferred, but candidates with a
#: BS and 5 years of experience will be considered": the BS is what is asked at least); not a "but" that only
#: qualifies the cue ("preferred, but not required", "not required but preferred", "not a must but an advantage",
#: "(not required but you will get exposure to some of these)").
#: A cue after "but" still reaches back ("... would be exceptionally well-qualified, but new graduates are also encouraged").
_CONTRAST = regex.compile(
    r"(?<!\b(?:not[ \t]++(?:required|necessary|mandatory|needed)|optional),?+[ \t]*+)\bbut\b(?![ \t,(]*+(?:(?:is|are|it['’]?s|it[ \t]++is)[ \t]++)?(?:not|n['’]t|preferred|required|desired|desirable"
    r"|necessary|mandatory|an?[ \t]++(?:plus|advantage|asset|bonus|must))\b)",
    regex.IGNORECASE,
)
#: A two-way cue that closes a flattened bullet ("... related fields preferred Ability to use ..."): the
#: capitalised word after it opens the next bullet, so the cue looks back only.
#: So does an amount of years after it ("BA in Mathematics required 5+ years of relevant work experience"), unless
#: "or"/"and" joins the cue to it ("Recent college grad or preferred 2+ years' experience").
_NEXT_BULLET = r"(?:(?-i:\p{Lu}\p{Ll})|\d{1,2}+\+?+[ \t]*+(?:[-–][ \t]*+\d{1,2}+\+?+[ \t]*+)?(?i:years?|yrs?)\b)"
_CLOSES_BULLET = regex.compile(rf"(?<=[\p{{L}}\p{{N}}]['’]?[ \t]|\)[ \t])(?<!\b(?i:or|and)[ \t])(?=\S+[ \t]++{_NEXT_BULLET})")
_OPENS_BULLET = regex.compile(rf"[ \t]++{_NEXT_BULLET}")
#: A parenthesis right after a backward cue: what the cue is said of ("certifications encouraged (GIAC, CISSP)").
_PARENTHESIS_AFTER = regex.compile(r"[ \t]*+\([^()\n]{1,200}+\)")
#: A capitalised two-way cue that opens a header noun inside a flattened line ("... * Willing to travel Preferred
#: Qualifications * MBA ..."): a header, so the cue governs what follows it only.
_OPENS_INLINE_HEADER = regex.compile(
    r"[ \t]++(?-i:Q|S|R|E|C|K|A)(?:ualifications?|kills?|equirements?|xperience|ducation|ertifications?|nowledge|ttributes)\b",
    regex.IGNORECASE,
)
#: An inline requirements label after a flattened bullet ("... Kafka Qualifications: -Bachelors degree"):
#: a forward cue before it does not reach past it.
_INLINE_LABEL = regex.compile(r"(?<=(?-i:[\p{Ll}\d.,;)])[ \t]{1,3})(?<!\b(?:and|or|&)[ \t]{1,3})(?-i:\p{Lu}\p{Ll}+)(?:[ \t]++\p{L}+)?[ \t]*+:")
_INLINE_LABEL_WORDS = regex.compile(r"\b(?:qualifications?|requirements?|education|competenc(?:y|ies))[ \t]*+:", regex.IGNORECASE)
#: Cues looked at on each side of an entry: the nearest decide, and a bound keeps a segment
#: holding thousands of cues (one 1 MB line of "ISO 9001 preferred") linear.
_CUE_REACH = 8
#: The furthest (in characters) a backward cue reaches back over its segment: a scraper that flattened a
#: bullet list into one line leaves "... CPA credentials are desired" hundreds of characters after
#: requirements it does not govern, while a real list before a cue ("SPC, FMEA, ... is a plus") is shorter.
_BACKWARD_REACH = 150
#: A preferred header a scraper glued onto the end of the previous line ("...in a team environment.Preferred
#: Qualifications", "...engineerpreferred qualifications:"): a preferred section starts at the glue point.
_GLUED_LEADS = ("preferred", "desired", "nice[ -]to[ -]have", "bonus")
#: So does one after the last sentence of the paragraph before that ends its line ("... fluently and idiomatically.
#: preferred skills\n5+ years of experience": normalisation breaks the line where the first bullet was glued on); not
#: one with a colon inside a flattened line, whose section would swallow the headers after it on that line.
_GLUED_HEAD = (
    rf"(?:{'|'.join(_GLUED_LEADS)}) (?:qualifications?|skills?|requirements?|experience|education)"
    r"(?: (?:and|&) (?:skills?|experience|qualifications?|education))?"
)
_GLUED_PREFERRED_HEADER = regex.compile(
    rf"(?:(?<=[\p{{L}}\p{{N}}.;,!?)])(?:{_GLUED_HEAD})[ \t]*+(?::|(?=[ \t]*+\r?$))"
    rf"|(?<=[.;!?][ \t]{{1,3}}+)(?:{_GLUED_HEAD})[ \t]*+(?=\r?$))",
    regex.IGNORECASE | regex.MULTILINE,
)
_GLUED_PREFERRED_HEADER_LOWERED = caseless(_GLUED_PREFERRED_HEADER)
#: The words such a header starts with (each lead's letters before its first non-letter): it is matched only where one stands.
_GLUED_LEAD_WORDS = tuple(regex.match(r"[a-z]+", lead).group() for lead in _GLUED_LEADS)
#: A line that continues the previous line's requirement: "... is a plus.\n\nor with at least 6 months ...".
_CONTINUATION = regex.compile(r"(?:[^\w\n]|_)*+(?:and/or|or)\b", regex.IGNORECASE)
_PARENTHESES = regex.compile(r"\([^()\n]{0,160}+\)")
#: Words too common to prefilter cues by; cues are found through their other words.
_COMMON_WORDS = frozenset({"have", "will", "would", "with", "that", "this", "your", "from", "when", "than", "been"})
#: Characters around a cue word in which the whole cue is looked for (longer than any cue's lead-in).
_CUE_WINDOW = 48
_BULLETS = frozenset("-*•●▪◦■□·–—")
DIRECTIONS = ("forward", "backward", "bidirectional", "pseudo")
#: Section categories whose entries are not requirements, by family.
NOT_REQUIREMENTS = {
    "benefits": {"degrees", "experience", "methodologies", "certifications"},
    "company": {"degrees", "experience", "methodologies", "certifications"},
    # What a job board appends after the posting (other jobs, "similar jobs"): not the posting at all.
    "appendix": {"degrees", "experience", "industries", "methodologies", "certifications"},
}


@dataclass(frozen=True)
class Cue:
    """A requirement cue found in a text."""

    start: int
    end: int
    category: str
    direction: str
    scope: tuple[int, int] | None = None
    weak: bool = False


@dataclass(frozen=True)
class Section:
    """A section header found in a text; it governs ``[start, end)``."""

    start: int
    end: int
    header_end: int
    category: str
    title: str


class RequirementScope:
    """Decide `requirement` for entries and drop entries that sit outside requirements.

    Args:
        nlp (Language): The pipeline (unused; kept for the rule-family signature).
        vocabularies (Vocabularies): Where the ``cues`` and ``sections`` tables come from.
    """

    def __init__(self, nlp: Language | None, vocabularies: Vocabularies) -> None:
        cue_rows = vocabularies.table("cues")
        for row in cue_rows:
            if row.get("direction") not in DIRECTIONS or row.get("category") not in (PREFERRED, REQUIRED):
                raise ValueError(f"cue row {row!r}: direction must be one of {DIRECTIONS}, category preferred or required")
        # One alternation per table: the regex engine picks the longest alternative at each position
        # only if longer ones come first, so sort by pattern length (a fair proxy for specificity).
        self._cue_rows = sorted(cue_rows, key=lambda r: -len(r["regex"]))
        # One boundary check around the whole alternation and simple case folding (V0): about 7x faster
        # than a \b per row. The boundaries also accept glued bullets ("...a plusProven", "preferred15+").
        self._cues = regex.compile(
            r"(?:(?<![\p{L}\p{N}])|(?-i:(?<=\p{Ll})(?=\p{Lu})))(?:"
            + "|".join(rf"(?P<c{i}>{row['regex']})" for i, row in enumerate(self._cue_rows))
            + r")(?-i:(?!\p{Ll}))",
            regex.IGNORECASE | regex.V0,
        )
        # Prefilter: the cue alternation is costly to try at every position, so it only runs in windows
        # around the words (4+ letters) its rows are made of; a cue always contains one of them.
        words = {w.casefold() for row in self._cue_rows for w in _required_words(row["regex"])}
        self._trigger_words = sorted(words)
        prescan(self._trigger_words)  # a doc's cue windows (`occurrences`) look only for the words its pre-scan found
        self._recent_windows: RecentTexts[tuple[list[tuple[int, int]], dict[int, list[Cue]]]] = RecentTexts()
        section_rows = [row for row in vocabularies.table("sections") if row["category"] != "appendix"]
        appendix = [row["regex"] for row in vocabularies.table("sections") if row["category"] == "appendix"]
        # A board's appendix starts anywhere, often glued to the posting's last words by a scraper.
        self._appendix = regex.compile("|".join(f"(?:{r})" for r in appendix), regex.IGNORECASE) if appendix else None
        # The appendix regex is searched only in a text holding one of the words it requires (derived from its rows).
        self._appendix_screen = Screen([self._appendix.pattern], self._appendix.flags) if self._appendix else None
        # Specific headers first (longest pattern first), the loose "boundary" pattern last.
        self._section_rows = sorted(section_rows, key=lambda r: (r["category"] == "boundary", -len(r["regex"])))
        self._sections = regex.compile(
            r"^(?:[^\w\n]|_)*+(?:"
            + "|".join(rf"(?P<s{i}>{row['regex']})" for i, row in enumerate(self._section_rows))
            + r")[ \t*_]*+(?::[*_]*+|[ \t\r]*+$)",
            regex.IGNORECASE | regex.V0 | regex.MULTILINE,
        )
        self._sections_lowered = caseless(self._sections)

    # -- finding cues and sections -------------------------------------------------
    def cues(self, text: str, within: list[tuple[int, int]] | None = None) -> list[Cue]:
        """All cues in ``text`` (pseudo-cues included), in text order.

        Args:
            within: Sorted, disjoint ``[start, end)`` ranges: only the cues that start in one of
                them (the same cues as over the whole text, found without searching elsewhere).
        """
        if within is not None and not within:
            return []
        found = []
        range_starts = [r[0] for r in within] if within is not None else []
        windows, window_cues = self._cue_windows(text)
        for lo, hi in windows:
            if within is not None:
                i = bisect_right(range_starts, hi - 1) - 1
                if i < 0 or within[i][1] <= lo:
                    continue  # no range meets this window: no cue of it is wanted
            in_window = window_cues.get(lo)
            if in_window is None:
                in_window = window_cues[lo] = self._cues_between(text, lo, hi)
            found.extend(in_window if within is None else (c for c in in_window if _inside(within, range_starts, c.start)))
        return found

    def _cue_windows(self, text: str) -> tuple[list[tuple[int, int]], dict[int, list[Cue]]]:
        """The windows around cue words in ``text`` and the cues found so far per window (by its start).

        Kept for the last texts (`RecentTexts`): a doc's scope is applied more than once (the certifications
        family reads levels before the pipeline does), each time over most of its segments.
        """
        found = self._recent_windows.get(text)
        if found is None:
            found = self._recent_windows.put(text, (list(_windows(_occurrences(text, self._trigger_words), len(text))), {}))
        return found

    def _cues_between(self, text: str, lo: int, hi: int) -> list[Cue]:
        found = []
        for m in self._cues.finditer(text, lo, hi):
            row = self._cue_rows[int(m.lastgroup[1:])]
            direction = row["direction"]
            if (
                direction == "bidirectional" and text[m.start()].islower()  # "Preferred Skills" opens a list
                and _CLOSES_BULLET.match(text, m.start()) and _OPENS_BULLET.match(text, m.end())
            ):
                direction = "backward"
            elif direction == "bidirectional" and text[m.start()].isupper() and _OPENS_INLINE_HEADER.match(text, m.end()):
                direction = "forward"
            scope = None
            if direction == "backward" and (listed := _PARENTHESIS_AFTER.match(text, m.end())):
                # "certifications encouraged (SANS GIAC, CISSP, etc.)": the parenthesis names what the cue is said of.
                direction, scope = "bidirectional", (0, listed.end())
            found.append(Cue(m.start(), m.end(), row["category"], direction, scope, weak=bool(row.get("weak"))))
        return found

    def sections(self, text: str) -> list[Section]:
        """The section headers of ``text`` with the span each governs, in text order."""
        headers = []
        resume = 0
        # The headers' regexes run case-sensitively on the lower-cased text where that finds the same.
        low = lowered(text)
        pattern, searched = (self._sections_lowered, low) if low is not None and self._sections_lowered is not None else (self._sections, text)
        # Headers start lines: trying the alternation at each line start is what finditer with a
        # MULTILINE "^" does, without testing "^" at every other position of the text.
        for line_start in _line_starts(text):
            if line_start < resume:
                continue
            m = pattern.match(searched, line_start)
            if m is None:
                continue
            resume = m.end()
            row = self._section_rows[int(m.lastgroup[1:])]
            headers.append((m.start(), m.end(), row["category"], text[m.start(m.lastgroup) : m.end(m.lastgroup)], row.get("max_scope")))
        glued = [(start, end, PREFERRED, text[start:end].rstrip(": \t"), None) for start, end in _glued_preferred_headers(text, low)]
        if glued:
            headers = sorted(headers + glued)
        sections: list[Section] = []
        current = "neutral"
        headers = [h for h in headers if h[2] != "boundary" or text[h[0] : h[0] + 1] not in _BULLETS]
        for i, (start, header_end, category, title, max_scope) in enumerate(headers):
            end = headers[i + 1][0] if i + 1 < len(headers) else len(text)
            if category in NOT_REQUIREMENTS:
                # "Salary: competitive" governs its own line only; a company or benefits block reaches
                # at most max_scope characters, since glued or unmarked text may never show the next header
                # (a scraper that flattened the posting into one line leaves "About us: ..." its whole text).
                line_end = text.find("\n", header_end)
                line_end = len(text) if line_end < 0 else line_end
                if text[header_end:line_end].strip():
                    end = min(end, line_end)
            if max_scope:
                # A lead-in line ("The following certifications are preferred:") governs its own list only.
                end = min(end, header_end + int(max_scope))
            if category == "boundary":
                # Ends a benefits or company section; inside a requirement list it is just a short line. A
                # section already closed (a benefits block cut at max_scope) stays closed.
                if current not in NOT_REQUIREMENTS:
                    if sections and sections[-1].end >= start:
                        sections[-1] = replace(sections[-1], end=end)
                    continue
                category = "neutral"
            if category == "inherit":
                category = current if current in (PREFERRED, REQUIRED) else "neutral"
            else:
                current = category
            sections.append(Section(start, end, header_end, category, title))
            if i + 1 < len(headers) and end < headers[i + 1][0]:
                current = "neutral"
        return self._cut_at_appendix(text, _with_inline_preferred(text, low, sections))

    def _cut_at_appendix(self, text: str, sections: list[Section]) -> list[Section]:
        """End every section where a board's appendix starts, and make the rest an "appendix" section."""
        screened = self._appendix_screen is not None and self._appendix_screen.may_match(fold(text))
        m = self._appendix.search(text) if self._appendix and screened else None
        if m is None:
            return sections
        cut = m.start()
        kept = [replace(s, end=min(s.end, cut)) for s in sections if s.start < cut]
        return kept + [Section(cut, len(text), m.end(), "appendix", m.group())]

    # -- applying them -------------------------------------------------------------
    def apply(
        self, doc: Doc, segments: Segments, entries: list[Entry], sections: list[Section] | None = None
    ) -> tuple[list[Entry], list[Cue], list[Section]]:
        """Set ``requirement`` on the entries that have one and drop non-requirements.

        Args:
            sections: The text's sections when already found (`Context.sections`), else found here.

        Returns:
            The kept entries, the cues of their segments and the sections (for display).
        """
        text = segments.text  # Doc.text rebuilds the string from the tokens at every call
        if sections is None:
            sections = self.sections(text)
        # Only the cues of the entries' own segments can govern them (and are the ones shown), and those of
        # the line before a continuation line.
        continued = {e.start for e in entries if _continues_previous_line(segments, e.start)}
        cues = self.cues(text, _entry_segments(segments, entries, continued))
        cues = _forward_in_headers(_bound_to_parentheses(cues, text, entries), sections)
        cue_starts = [c.start for c in cues]
        section_starts = [s.start for s in sections]
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)] if cues else []
        # A "but" inside a cue ("not required but") is the cue's own word.
        contrasts = [b for b in (m.start() for m in _CONTRAST.finditer(text)) if not _inside_cue(cues, cue_starts, b)] if cues else []
        trailing = _trailing_label_cues(text, cues, entries)
        # A list continues through items holding entries of the same family only: "..., related technology
        # certification preferred" is an item of its own beside a degree, though it holds a certification.
        entry_starts: dict[str, list[int]] = {}
        for e in entries:
            entry_starts.setdefault(e.family, []).append(e.start)
        for starts in entry_starts.values():
            starts.sort()
        spans = sorted((e.start, e.end) for e in entries)
        degree_spans = sorted((e.start, e.end) for e in entries if e.family == "degrees")
        joined = _joined_segments(segments, entries)
        kept = []
        for entry in entries:
            section = section_at(sections, section_starts, entry.start)
            category = section.category if section else "neutral"
            if entry.family in NOT_REQUIREMENTS.get(category, ()):
                continue
            if getattr(entry, "level", None) == "none":
                entry.requirement = REQUIRED  # "no degree required" states what is required: nothing
            elif hasattr(entry, "requirement"):
                governing = self._governing_cue(
                    entry, segments, cues, cue_starts, breaks, trailing, entry_starts[entry.family], spans, contrasts,
                    degree_spans if entry.family == "degrees" else None, joined,
                )
                if governing is None and entry.start in continued:
                    governing = _last_cue_of_previous_segment(entry, segments, cues, cue_starts)
                if governing is not None and not (governing.weak and category == PREFERRED):
                    entry.requirement = governing.category
                elif category == PREFERRED:
                    entry.requirement = PREFERRED
                else:
                    entry.requirement = REQUIRED
            kept.append(entry)
        return kept, [c for c in cues if c.direction != "pseudo"], sections

    def _governing_cue(
        self,
        entry: Entry,
        segments: Segments,
        cues: list[Cue],
        cue_starts: list[int],
        breaks: list[int],
        trailing: frozenset[int] = frozenset(),
        entry_starts: list[int] | None = None,
        spans: list[tuple[int, int]] | None = None,
        contrasts: list[int] | None = None,
        degree_spans: list[tuple[int, int]] | None = None,
        joined: dict[int, tuple[int, int]] | None = None,
    ) -> Cue | None:
        # A cut inside an entry's words joins the segments on either side ("Service|Now certification preferred").
        segment = segments.at(entry.start)
        segment_start, segment_end = (joined or {}).get(segments.index_at(entry.start)) or (segment.start, segment.end)
        lo = bisect_right(cue_starts, segment_start - 1)
        hi = bisect_right(cue_starts, segment_end)
        at = bisect_right(cue_starts, entry.start, lo, hi)
        local = [c for c in cues[max(lo, at - _CUE_REACH) : min(hi, at + _CUE_REACH)] if c.end <= segment_end]
        # A pseudo-cue hides any real cue it overlaps.
        pseudo = [c for c in local if c.direction == "pseudo"]
        if pseudo:
            local = [c for c in local if c.direction != "pseudo" and not any(p.start <= c.start < p.end for p in pseudo)]
        # A cue inside the entry's own evidence ("Preferred Qualifications" matched as text) still counts.
        candidates = []
        for order, cue in enumerate(local):
            if cue.scope and not (cue.scope[0] <= entry.start and entry.end <= cue.scope[1]):
                continue
            if cue.end <= entry.start and cue.direction in ("forward", "bidirectional"):
                between = (cue.end, entry.start)
                distance, backward_rank = entry.start - cue.end, 1
                if cue.start in trailing:
                    # "GED required: BS or BA strongly preferred": the cue labels the entry before its colon; one
                    # in the entry's own clause after it says more.
                    distance += _BACKWARD_REACH + 1
            elif cue.start >= entry.end and cue.direction in ("backward", "bidirectional"):
                if cue.start - entry.end > _BACKWARD_REACH:
                    continue
                between = (entry.end, cue.start)
                distance, backward_rank = cue.start - entry.end, 0
            elif cue.start < entry.end and cue.end > entry.start:
                between, distance, backward_rank = (cue.start, cue.start), 0, 0
            else:
                continue
            candidates.append(((cue.weak, distance, backward_rank), order, between, cue))  # backward_rank 1: a forward cue
        # The best-ranked cue that nothing blocks governs (of equal ranks the first): the checks run nearest
        # first and stop at the first cue that passes, since a segment of many cues made each entry check them all.
        candidates.sort(key=lambda c: c[:2])
        for (_, _, backward_rank), _, between, cue in candidates:
            if cue.start >= entry.end and not self._may_reach_back(entry, cue, segments.text, entry_starts, spans, degree_spans):
                continue
            if backward_rank and _inline_label_between(segments.text, cue.end, entry.start):
                continue
            # A weak cue inside a label's item blocks no label: "Preferred: Minimum of 2 full life-cycle implementations ...
            # SuccessFactors Certification" stays preferred ("Master's preferred, minimum of a bachelor's degree" does not).
            labels = backward_rank and _COLON_AFTER.match(segments.text, cue.end) is not None
            if any(
                other.category != cue.category and not (labels and other.weak) and between[0] <= other.start and other.end <= between[1]
                for other in local
            ):
                continue
            # A cue does not reach across a clause boundary: "0-2 years of experience; internships are a plus".
            if _any_between(breaks, between):
                continue
            # Nor across a " * " bullet when the cue closes an entry of its own, forward or back ("... security license
            # verification * High school diploma or GED preferred": the licence is not preferred).
            if _STAR_BULLET.search(segments.text, between[0], between[1]) and _closes_an_entry(cue, spans or []):
                continue
            # Nor forward across a contrasting "but" ("MS/PhD is preferred, but candidates with a BS ..."), nor back across
            # one to an entry before it when the cue has an entry of its own after it ("High School Diploma, but college
            # degree preferred"; "X would be well-qualified, but new graduates are also encouraged" still prefers X).
            if contrasts and _any_between(contrasts, between) and (
                backward_rank or _entry_after_contrast(contrasts, spans or [], between)
            ):
                continue
            return cue
        return None


    @staticmethod
    def _may_reach_back(
        entry: Entry,
        cue: Cue,
        text: str,
        entry_starts: list[int] | None,
        spans: list[tuple[int, int]] | None,
        degree_spans: list[tuple[int, int]] | None,
    ) -> bool:
        """Whether a cue after the entry may be said of it: not one that closes an item or a flattened bullet of its own,
        nor one said of a later degree level only, nor an upper rung's own "preferred" ("with 10+ years preferred").
        Asked of the candidates in rank order only, up to the first that governs."""
        if entry_starts is not None and (
            _closes_own_item(text, entry.end, cue.start, entry_starts)
            or _closes_own_bullet(text, entry.end, cue.start, entry_starts, spans or [])
        ):
            return False
        if degree_spans and _said_of_another_level(text, entry.start, entry.end, cue.start, degree_spans):
            return False
        return not (entry.family == "experience" and _UPPER_RUNG.fullmatch(text, entry.end, cue.start))


#: A cue that ends an entry's label: "GED required:" (the entry, at most this many characters, the cue, a colon).
_TRAILING_LABEL_GAP = 3
_COLON_AFTER = regex.compile(r"[ \t]*+:")


def _trailing_label_cues(text: str, cues: list[Cue], entries: list[Entry]) -> frozenset[int]:
    """The starts of lower-case cues that follow an entry and end in a colon ("GED required: BS or BA")."""
    if not cues or ":" not in text:
        return frozenset()
    ends = sorted(e.end for e in entries)
    found = set()
    for cue in cues:
        if cue.direction != "bidirectional" or not text[cue.start].islower() or _COLON_AFTER.match(text, cue.end) is None:
            continue
        i = bisect_left(ends, cue.start - _TRAILING_LABEL_GAP)
        if i < len(ends) and ends[i] <= cue.start:
            found.add(cue.start)
    return frozenset(found)


_REQUIREMENT_NOUN = regex.compile(
    r"\b(?:certifications?|certificates?|licen[cs]es?|experience|knowledge|skills?|training|familiarity|exposure)\b",
    regex.IGNORECASE,
)
#: A list item that names a requirement of its own ("..., related technology certification preferred").
_OWN_ITEM = regex.compile(
    rf"[ \t]*+(?!(?:and|or|and/or|&)\b)[^,]*?{_REQUIREMENT_NOUN.pattern}[^,]*+", regex.IGNORECASE,
)


#: The longest list member (in characters) before a comma item that closes a list rather than stands alone.
_LIST_MEMBER = 40


def _closes_own_item(text: str, lo: int, cue_start: int, entry_starts: list[int]) -> bool:
    """Whether a backward cue closes a comma item of its own between ``lo`` (an entry's end) and the cue:
    "Bachelor's degree in IT or equivalent experience, related technology certification preferred" prefers
    the certification only. An item holding an entry of the same family continues a list ("SPC, FMEA, and DOE preferred"), and
    one without a requirement noun completes the phrase before it ("in chemistry, or related field preferred",
    "Bachelor degree- Computer Science or STEM degree preferred": a degree word there names the degree's field)."""
    comma = text.rfind(",", lo, cue_start)
    if comma < 0 or text.rfind(",", max(lo, comma - _LIST_MEMBER), comma) >= 0:
        return False  # no comma, or the last member of a list of short ones ("..., web analytics, NLP and/or pricing experience is a plus")
    i = bisect_left(entry_starts, comma)
    if i < len(entry_starts) and entry_starts[i] < cue_start:
        return False
    item = _OWN_ITEM.fullmatch(text, comma + 1, cue_start)
    # A bare noun names nothing of its own: "Lean/Six Sigma experience, certification would be a bonus".
    return item is not None and _REQUIREMENT_NOUN.sub("", item.group()).strip() != ""


#: Where a scraper flattened a bullet list into one line, a bullet opens with a capitalised word right after the
#: last word of the one before, a lower-case one ("... accounting experience Strong Excel skills Finance experience is a
#: plus"), or right after its closing parenthesis; not inside a name ("Six Sigma") nor after a word that joins a phrase ("in Finance", "or Lean", "with Oracle").
_FLATTENED_BULLET_START = regex.compile(
    r"(?<=\b(?-i:\p{Ll})\p{L}*)(?<!\b(?i:and|or|in|of|with|the|an?|for|to|as|on|at|by|from|including|such|like|using|via|nor|plus))"
    r"[ \t]{1,3}(?=(?-i:\p{Lu}\p{Ll}))"
    # ... or glued to the parenthesis that closed the one before: "(e.g., EPA, HVAC certification)Experience in ..."
    r"|(?<=(?-i:\p{L})\))(?=(?-i:\p{Lu}\p{Ll}))"
)

#: Where `_FLATTENED_BULLET_START` may match: before 1-3 spaces or after a ")" that a capitalised word follows. Its
#: look-behinds, tried at every offset of the text, cost more than a search for these and a match at each (the
#: matches are the same: its spaces reach the capital, so a match starts where the run of spaces does).
_FLATTENED_BULLET_AHEAD = regex.compile(r"[ \t]{1,3}+(?=\p{Lu}\p{Ll})|\)(?=\p{Lu}\p{Ll})")

_bullet_matches: RecentTexts[tuple[list[int], list[int]]] = RecentTexts()


def _flattened_bullet_starts(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of `_FLATTENED_BULLET_START`'s matches in ``text``, found once per text (kept for the last
    texts): a search per entry and cue re-read the same characters for every entry within the cue's reach."""
    found = _bullet_matches.get(text)
    if found is None:
        matches = []
        for candidate in _FLATTENED_BULLET_AHEAD.finditer(text):
            at = candidate.end() if text[candidate.start()] == ")" else candidate.start()
            m = _FLATTENED_BULLET_START.match(text, at)
            if m is not None:
                matches.append((m.start(), m.end()))
        found = ([start for start, _ in matches], [end for _, end in matches])
        _bullet_matches.put(text, found)
    return found


def _closes_own_bullet(text: str, lo: int, cue_start: int, entry_starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether a backward cue closes a flattened bullet of its own between ``lo`` (an entry's end) and the cue:
    "... is required 5+ years of accounting experience Strong Excel skills Finance experience is a plus" prefers
    the finance experience, not the years. The bullet names a requirement of its own (a requirement noun and
    other words), and holds no entry of the entry's family (which would make it the list the cue closes); a
    capital inside an entry opens no bullet ("or 3-5 years related inventory Management experience preferred")."""
    match_starts, match_ends = _flattened_bullet_starts(text)
    bullet = None
    # The matches in text[lo:cue_start], read as a search bounded there would: its look-ahead sees no further than the cue.
    for k in range(bisect_left(match_starts, cue_start) - 1, bisect_left(match_starts, lo) - 1, -1):
        end = match_ends[k]
        if end + 2 <= cue_start and not _inside_span(spans, end):
            bullet = end
            break
    if bullet is None:
        return False
    i = bisect_left(entry_starts, bullet)
    if i < len(entry_starts) and entry_starts[i] < cue_start:
        return False
    item = text[bullet:cue_start]
    return _REQUIREMENT_NOUN.search(item) is not None and _REQUIREMENT_NOUN.sub("", item).strip() != ""


#: What may stand between degree levels offered as alternatives ("Bachelor's or Master's", "BS, MS, or PhD", "BS/MS").
_LEVEL_GAP = regex.compile(r"[\s,]*+(?:(?P<alt>or|and/or|/)[\s,]*+)?+(?:(?:an?|the)\s++)?+", regex.IGNORECASE)


def _said_of_another_level(text: str, first: int, lo: int, cue_start: int, degree_spans: list[tuple[int, int]]) -> bool:
    """Whether a backward cue after a degree entry is said of that degree only, not of the one ending at ``lo``:
    "BSEE, CE, CS or related technical degree with Masters or PhD degree preferred" and "Bachelor/Master degree in
    engineering ... with applicable experience, PhD desired" prefer the later levels only, as does "BS in Chemistry,
    MS preferred"; levels offered as alternatives or listed share the cue ("Bachelor's or Master's degree preferred",
    "BS, MS, or PhD preferred", "PharmD, MD, PhD, MPH ... preferred": only "or", "/", commas, an article and the other
    levels between them)."""
    i = bisect_left(degree_spans, (lo, -1))
    # Levels inside a parenthesis are examples of the degree before them ("Advanced degree (PhD, MPH, PharmD, etc.)
    # highly preferred"), not levels of their own.
    later = [span for span in degree_spans[i:] if span[0] < cue_start and span[1] <= cue_start and not _in_parenthesis(text, lo, span)]
    if not later:
        return False
    pos, alternatives, items = lo, False, 1
    for start, end in reversed(degree_spans[: bisect_left(degree_spans, (first, -1))]):  # the list before the entry
        gap = _LEVEL_GAP.fullmatch(text, end, first) if end <= first else None
        if gap is None:
            break
        alternatives, items, first = alternatives or gap["alt"] is not None, items + 1, start
    for start, end in later:
        if start < pos:  # nested in the one before ("Bachelor's or Master's degree" holds "Master's degree")
            pos = max(pos, end)
            continue
        gap = _LEVEL_GAP.fullmatch(text, pos, start)
        if gap is None:
            return True
        alternatives = alternatives or gap["alt"] is not None
        items += 1
        pos = end
    return not (alternatives or items > 2)  # "PharmD, MD, PhD, MPH, ... preferred": a list of three or more


def _in_parenthesis(text: str, lo: int, span: tuple[int, int]) -> bool:
    """Whether ``span`` stands inside a parenthesis (opened less than `_LIST_MEMBER` * 4 characters before ``lo``)."""
    opened = text.rfind("(", max(0, lo - 4 * _LIST_MEMBER), span[0])
    return opened >= 0 and text.find(")", opened, span[0]) < 0


def _inside_cue(cues: list[Cue], cue_starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies inside one of ``cues`` (sorted by start)."""
    i = bisect_right(cue_starts, offset) - 1
    return i >= 0 and cues[i].start <= offset < cues[i].end


def _entry_after_contrast(contrasts: list[int], spans: list[tuple[int, int]], between: tuple[int, int]) -> bool:
    """Whether an entry starts between the last contrasting "but" in ``between`` and its end (the cue)."""
    last = contrasts[bisect_left(contrasts, between[1]) - 1]
    i = bisect_left(spans, (last, -1))
    return i < len(spans) and spans[i][0] < between[1]


def _closes_an_entry(cue: "Cue", spans: list[tuple[int, int]]) -> bool:
    """Whether an entry ends right before ``cue`` (the cue closes its item: "bachelor's degree preferred")."""
    i = bisect_left(spans, (cue.start + 1, -1))
    return any(cue.start - _CLOSING_GAP <= end <= cue.start for _, end in spans[max(0, i - _CUE_REACH) : i])


def _any_between(offsets: list[int], between: tuple[int, int]) -> bool:
    """Whether one of the sorted ``offsets`` lies in ``[between[0], between[1])``."""
    i = bisect_left(offsets, between[0])
    return i < len(offsets) and offsets[i] < between[1]


#: The longest entry evidence looked back over for a span holding an offset (longer ones are rare and only matter
#: here as a capital inside them).
_LONGEST_SPAN = 400


def _inside_span(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies strictly inside one of ``spans`` (sorted by start)."""
    hi = bisect_left(spans, (offset, -1))
    lo = bisect_left(spans, (offset - _LONGEST_SPAN, -1), 0, hi)
    return any(end > offset for _, end in spans[lo:hi])


def _inline_label_between(text: str, lo: int, hi: int) -> bool:
    """Whether an inline requirements label ("Qualifications:") stands in ``text[lo:hi]`` after a flattened bullet."""
    if ":" not in text[lo:hi]:
        return False
    # Not the label the cue opens ("Preferred Qualifications:"): one after other words.
    return any(_INLINE_LABEL_WORDS.search(m.group()) for m in _INLINE_LABEL.finditer(text, lo, hi) if text[lo : m.start()].strip())


def _required_words(pattern: str) -> list[str]:
    """Words of 4+ letters that every match of a cue pattern contains (optional parts left out)."""
    pattern = pattern.lower()
    while True:  # drop optional groups, innermost first: "(?:is |are )?", "(?:s|red)?"
        stripped = regex.sub(r"\((?:\?:)?[^()]*\)[?*]", "", pattern)
        if stripped == pattern:
            break
        pattern = stripped
    pattern = regex.sub(r"[a-z]\?", "", pattern)  # "prefers?" is found through "prefer"
    outside = [w for w in regex.findall(r"[a-z]{4,}", regex.sub(r"\([^()]*+\)", " ", pattern)) if w not in _COMMON_WORDS]
    if outside and "|" not in regex.sub(r"\([^()]*+\)", " ", pattern):
        return [max(outside, key=len)]  # one word every match must contain is enough
    return [w for w in regex.findall(r"[a-z]{4,}", pattern) if w not in _COMMON_WORDS]  # alternatives: any word


def _occurrences(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where any of ``words`` (case-folded) occurs in ``text``, ignoring case, sorted."""
    found = occurrences(text, words)
    if found is None:  # a few characters case-fold to two; fall back to a case-blind regex
        pattern = regex.compile("|".join(map(regex.escape, words)), regex.IGNORECASE | regex.V0)
        return [m.span() for m in pattern.finditer(text)]
    return found


def _windows(hits: list[tuple[int, int]], length: int, reach: int = _CUE_WINDOW):
    """Merged ``[lo, hi)`` windows of ``reach`` characters around each hit."""
    lo = hi = -1
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - reach), min(length, hit_end + reach)
        if start > hi:
            if hi > lo:
                yield lo, hi
            lo = start
        hi = max(hi, end)
    if hi > lo:
        yield lo, hi


def _glued_preferred_headers(text: str, low: str | None) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each `_GLUED_PREFERRED_HEADER` in ``text`` (``low``: its `lowered` copy, if any),
    as its finditer gives them: tried only where one of its lead words stands, since every match starts with one."""
    if low is None or _GLUED_PREFERRED_HEADER_LOWERED is None:
        return [m.span() for m in _GLUED_PREFERRED_HEADER.finditer(text)]
    found: list[tuple[int, int]] = []
    for at in sorted(i for word in _GLUED_LEAD_WORDS for i in _find_all(low, word)):
        if found and at < found[-1][1]:
            continue  # inside the previous match: finditer goes on after it
        m = _GLUED_PREFERRED_HEADER_LOWERED.match(low, at)
        if m is not None:
            found.append(m.span())
    return found


#: A preferred label inside a flattened line, after a sentence ends: "... a related field. Preferred: Master's degree in
#: business ... . Agile and/or other project management certification." It governs the rest of its line (the sentences
#: after it too), not the lines below. "Bonus:" is left out: it names pay as often.
_INLINE_PREFERRED = regex.compile(
    r"(?<=[.;!?)][ \t]{1,3})(?:preferred|desired|nice[ -]to[ -]have)(?:[ \t]++(?:qualifications?|skills?|requirements?))?[ \t]*+:",
    regex.IGNORECASE,
)
_INLINE_PREFERRED_WORDS = ("preferred", "desired", "nice")
#: A sentence that asks in words of its own ends such a label's reach: "... are desired. Usually requires Bachelors degree".
_REQUIRED_WORD = regex.compile(r"\b(?:requires?|required|must|minimum|mandatory)\b", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.;!?][ \t]++")


def _with_inline_preferred(text: str, low: str | None, sections: list[Section]) -> list[Section]:
    """``sections`` with a preferred section for each `_INLINE_PREFERRED` label, to the end of its line or the sentence
    that asks in words of its own ("requires", "must"), cut out of the
    required or neutral section it stands in (which goes on after that line); inside a preferred section or a part
    that holds no requirements it changes nothing."""
    folded = low if low is not None else text.lower()
    if ":" not in text or not any(word in folded for word in _INLINE_PREFERRED_WORDS):
        return sections
    if low is None:
        labels = list(_INLINE_PREFERRED.finditer(text))
    else:  # tried only where a lead word stands (the pattern opens with a look-behind, tried at every offset otherwise)
        starts = sorted(at for word in _INLINE_PREFERRED_WORDS for at in _find_all(low, word))
        labels = [m for at in starts if (m := _INLINE_PREFERRED.match(text, at)) is not None]
    if not labels:
        return sections
    result = list(sections)
    for m in labels:
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not text[m.end() : line_end].strip():
            continue  # a label that ends its line is a header the section rows read
        asks = _REQUIRED_WORD.search(text, m.end(), line_end)
        if asks:
            sentence_starts = [e.end() for e in _SENTENCE_END.finditer(text, m.end(), asks.start())]
            line_end = sentence_starts[-1] if sentence_starts else asks.start()
        at = next((i for i, sec in enumerate(result) if sec.start <= m.start() < sec.end), None)
        inline = Section(m.start(), line_end, m.end(), PREFERRED, m.group().rstrip(": \t"))
        if at is None:
            result.append(inline)
            result.sort(key=lambda sec: sec.start)
            continue
        outer = result[at]
        if outer.category not in (REQUIRED, "neutral"):
            continue
        parts = [replace(outer, end=m.start()), replace(inline, end=min(line_end, outer.end))]
        if line_end < outer.end:
            parts.append(Section(line_end, outer.end, line_end, outer.category, outer.title))
        result[at : at + 1] = parts
    return result


def _find_all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _line_starts(text: str) -> Iterator[int]:
    """Where each line of ``text`` starts (after each "\\n", as a MULTILINE "^" sees lines)."""
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


def _continues_previous_line(segments: Segments, offset: int) -> bool:
    """Whether the segment holding ``offset`` is a line that starts with "or" / "and/or" (it continues the line before)."""
    if not len(segments) or segments.index_at(offset) == 0:
        return False
    segment = segments.at(offset)
    return segment.start == segment.line_start and bool(_CONTINUATION.match(segments.text, segment.start, segment.end))


def _last_cue_of_previous_segment(entry: Entry, segments: Segments, cues: list[Cue], cue_starts: list[int]) -> Cue | None:
    """The last cue of the segment before the entry's own: the level of the line a continuation line continues."""
    previous = segments.segments[segments.index_at(entry.start) - 1]
    lo, hi = bisect_left(cue_starts, previous.start), bisect_left(cue_starts, previous.end)
    pseudo = [c for c in cues[lo:hi] if c.direction == "pseudo"]
    real = [c for c in cues[lo:hi] if c.direction != "pseudo" and not c.scope and not any(p.start <= c.start < p.end for p in pseudo)]
    return real[-1] if real else None


def _forward_in_headers(cues: list[Cue], sections: list[Section]) -> list[Cue]:
    """A cue inside a section header ("Preferred Qualifications", glued or not) governs what follows it only."""
    if not cues or not sections:
        return cues
    starts = [s.start for s in sections]
    out = []
    for cue in cues:
        section = section_at(sections, starts, cue.start)
        if section is not None and cue.end <= section.header_end and cue.direction == "bidirectional":
            cue = replace(cue, direction="forward")
        out.append(cue)
    return out


def _entry_segments(segments: Segments, entries: list[Entry], continued: set[int] = frozenset()) -> list[tuple[int, int]]:
    """The ``[start, end]`` of the segments holding the entries (and of the segment before each entry
    starting in ``continued``), as sorted, merged ``[start, end + 1)`` ranges."""
    spans = {i for e in entries for i in _entry_segment_indices(segments, e)} if len(segments) else set()
    spans |= {segments.index_at(offset) - 1 for offset in continued}
    spans = sorted(spans)
    ranges: list[tuple[int, int]] = []
    for i in spans:
        segment = segments.segments[i]
        if ranges and segment.start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], segment.end + 1))
        else:
            ranges.append((segment.start, segment.end + 1))
    return ranges


def _entry_segment_indices(segments: Segments, entry: Entry) -> range:
    """The indices of the segments that ``entry`` starts in, runs through and ends in."""
    return range(segments.index_at(entry.start), segments.index_at(max(entry.start, entry.end - 1)) + 1)


def _joined_segments(segments: Segments, entries: list[Entry]) -> dict[int, tuple[int, int]]:
    """The ``(start, end)`` of each run of segments that an entry's words join, by the index of each of its segments:
    a cut inside an entry ("Service|Now", "Ph.|D.") is no sentence or bullet end, so the segments on either side are one
    for every entry in them ("ITIL, Service|Now, or other ITSM related certifications are preferred")."""
    if not len(segments):
        return {}
    runs = sorted(
        (r.start, r.stop - 1)
        for e in entries
        if len(r := _entry_segment_indices(segments, e)) > 1
        and all(_cut_inside_a_word(segments.text, segments.segments[i].start) for i in r[1:])
    )
    joined: dict[int, tuple[int, int]] = {}
    merged: list[list[int]] = []
    for first, last in runs:
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    for first, last in merged:
        reach = (segments.segments[first].start, segments.segments[last].end)
        for i in range(first, last + 1):
            joined[i] = reach
    return joined


#: A cut inside a word: at a case change between letters ("Service|Now") or after an abbreviation's short first part
#: ("Ph.|D.", "B.|S."); not after a sentence's last word ("Bachelor's degree or higher.|Degree(s) ... a plus").
_WORD_BEFORE_CUT = regex.compile(r"(?:\p{L}|(?<![\p{L}.])\p{L}{1,2}\.)\Z")


def _cut_inside_a_word(text: str, cut: int) -> bool:
    """Whether the segment cut at ``cut`` falls inside a word (a letter on both sides, or an abbreviation's period)."""
    return cut > 0 and text[cut : cut + 1].isalpha() and _WORD_BEFORE_CUT.search(text, max(0, cut - 4), cut) is not None


def _inside(ranges: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    i = bisect_right(starts, offset) - 1
    return i >= 0 and offset < ranges[i][1]


def section_at(sections: list[Section], starts: list[int], offset: int) -> Section | None:
    """The section of ``sections`` (in text order, ``starts`` their starts) that holds ``offset``, None outside any."""
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return None
    section = sections[i]
    return section if offset < section.end else None


#: Words that may stand before a cue that still qualifies what the parentheses follow: "(strongly preferred)".
_CUE_LEAD_INS = regex.compile(r"(?:[^\p{L}]|\b(?:strongly|highly|very|much|greatly|definitely|especially|also|is|are|would|will|be|but|not|required|and|or|a|an)\b)*+", regex.IGNORECASE)


#: A degree noun ending a level that the levels before it share: "Bachelor's or Master's degree (preferred)" prefers both.
_SHARED_DEGREE_NOUN = regex.compile(r"\b(?:degrees?|diplomas?)$", regex.IGNORECASE)
_FIELD_WORDS = regex.compile(r"\b(?:majors?|fields?|disciplines?|degrees?|concentrations?)\b", regex.IGNORECASE)


def _bound_to_parentheses(cues: list[Cue], text: str, entries: list[Entry]) -> list[Cue]:
    """A cue inside parentheses governs only that group where the group also holds an entry ("Bachelor's (MBA
    preferred)") or other words before the cue ("(MLTK a big plus)": the wish is about MLTK, not the experience
    before it). A group that is the cue alone ("(preferred)", "(strongly preferred)"), or that goes on an entry's
    own words or a degree's fields ("Bachelor's degree (statistics or math preferred)", which RECORD reads as a
    preferred degree), qualifies what it follows; one that is the cue alone right after an entry looks back only
    ("PhD (preferred) or MS in statistics": the MS stays required)."""
    if not cues or "(" not in text:
        return cues
    groups = [m.span() for m in _PARENTHESES.finditer(text)]
    if not groups:
        return cues
    starts = [g[0] for g in groups]
    # Per group: does it hold a whole entry? (Groups never overlap; an entry is inside at most one.)
    holds = [False] * len(groups)
    for e in entries:
        i = bisect_right(starts, e.start) - 1
        if i >= 0 and e.end <= groups[i][1]:
            holds[i] = True
    # Per group: does it go on an entry (the entry runs into it, or a degree stands right before it)?
    attached = [False] * len(groups)
    follows = [False] * len(groups)  # an entry ends right before it
    # ... and where that is a degree, where the levels it is said of start: the one right before it, with the levels
    # slashed onto it ("BS/MS (preferred)"), not the level offered before it ("MS or Ph.D (preferred)": the MS is asked).
    said_of = [len(text)] * len(groups)
    degree_spans = sorted((e.start, e.end) for e in entries if e.family == "degrees")
    for e in entries:
        i = bisect_left(starts, e.start)
        if i < len(groups) and (groups[i][0] < e.end or (e.family == "degrees" and not text[e.end : groups[i][0]].strip())):
            attached[i] = True
        if i < len(groups) and groups[i][0] >= e.end and not text[e.end : groups[i][0]].strip():
            follows[i] = True
            if e.family == "degrees" and not _SHARED_DEGREE_NOUN.search(text, e.start, e.end):
                said_of[i] = min(said_of[i], _slash_joined_start(text, e.start, degree_spans))
    # ... or does it name a field of study ("(STEM major or related field preferred)"), which qualifies the degree?
    for i, (lo, hi) in enumerate(groups):
        if not attached[i] and _FIELD_WORDS.search(text, lo, hi):
            attached[i] = True
    bounded = []
    for cue in cues:
        i = bisect_right(starts, cue.start) - 1
        if i >= 0 and cue.end <= groups[i][1] and (
            holds[i] or not (attached[i] or _CUE_LEAD_INS.fullmatch(text, groups[i][0] + 1, cue.start))
        ):
            cue = replace(cue, scope=groups[i])
        elif (
            i >= 0 and cue.end <= groups[i][1] and follows[i] and cue.direction == "bidirectional"
            and _CUE_LEAD_INS.fullmatch(text, groups[i][0] + 1, cue.start) and not text[cue.end : groups[i][1] - 1].strip()
        ):
            # "PhD (preferred) or MS in statistics": a group that is the cue alone, right after an entry, is said of it.
            cue = replace(cue, direction="backward", scope=(said_of[i], groups[i][1]) if said_of[i] < len(text) else None)
        bounded.append(cue)
    return bounded


def _slash_joined_start(text: str, start: int, degree_spans: list[tuple[int, int]]) -> int:
    """Where the run of degree levels slashed together that ends with the one at ``start`` starts ("BS/MS")."""
    i = bisect_left(degree_spans, (start, -1))
    while i > 0 and text[degree_spans[i - 1][1] : start].strip() == "/":
        i -= 1
        start = degree_spans[i][0]
    return start

"""Alternative requirement paths: the ways a posting lets a candidate qualify.

"BS with 5 years, MS with 3, or PhD with 1" is three paths; "Bachelor's degree or
equivalent experience" is two (the degree, or experience in its place); "a bachelor's
degree may be substituted for up to two years of the required experience" is two (the
years, or the degree and fewer years). Paths are read after the degree and experience
families, from their entries and the text between them; each path names the lowest
degree level it takes and the least years it asks, and links the entries it takes.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

import regex

from ..record import DEGREE_LEVELS, DegreeEntry, ExperienceEntry, PathEntry
from ..vocabulary import Vocabularies
from .literals import Screen, fold
from .numbers import Numbers

#: The most ways to qualify one list states ("BS + 10 years, MS + 7 or PhD + 4" is three); a longer run of
#: degree-and-years pairs is a repeated requirement or hostile text, and its evidence would be copied into every path.
MAX_ALTERNATIVES = 8

_FLAGS = regex.IGNORECASE | regex.VERSION0
#: Longest stretch of text searched for a path's years next to its degree.
_REACH = 200
#: Longest text between two alternatives of one list.
_ALTERNATIVE_GAP = 260
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)(?<!\b[A-Za-z]\.\s)|\n[^\S\n]*+\n")
#: How far after a degree's sentence a cue naming education still refers to it.
_NEARBY = 260
_NAMES_EDUCATION = regex.compile(r"\beducation|\bdegree", regex.IGNORECASE)
#: Words every substitution cue holds (a cheap test before the cues themselves).
_SUBSTITUTION_WORDS: tuple[str, ...] = ("equivalen", "lieu", "substitut", "combination")
_OR = regex.compile(r"\bor\b|;", _FLAGS)
_LIST_SEPARATOR = regex.compile(r"\bor\b|[;,]", _FLAGS)
_OR_AT_LINE_EDGE = regex.compile(r"\bor[ \t]*+(?:\n|$)|\n[ \t]*+or\b|;[ \t]*+or\b", _FLAGS)
_OR_OPENS = regex.compile(r"[\s,;:)]*+or\b(?![ \t]++(?:other|related|similar|equivalent|comparable)\b)", _FLAGS)
_ALTERNATIVE = regex.compile(r"\balternative(?:ly|[ \t]++(?:requirements?|qualifications?))\b", _FLAGS)
#: Longest text between two degree-and-years pairs in consecutive sentences that are still alternatives.
_NEXT_PAIR_GAP = 40
_OR_INSTEAD = regex.compile(r"[ \t]*+[,;]?[ \t]*+or[ \t]++(?:an?[ \t]++)?(?:minimum[ \t]++(?:of[ \t]++)?|at[ \t]++least[ \t]++)?", _FLAGS)
_OR_CLOSES = regex.compile(r"\bor[\s,;:]*+(?:\(?[a-z0-9]\)[ \t]*+)?$", _FLAGS)
#: "or equivalent" right after a degree: the degree's own equivalent ("BS in Computer Science or equivalent experience").
_OR_EQUIVALENT = regex.compile(r"[\s,]*+or[ \t]++(?:an?[ \t]++)?equivalent\b", _FLAGS)
#: An experience-for-degree cue that says so in words ("equivalent combination of education and experience").
_COMBINATION = regex.compile(r"\bcombination\b", _FLAGS)
#: A diploma's GED, and a cue that names experience: "High school diploma / GED or equivalent experience".
_GED = regex.compile(r"\bGED\b|\bgeneral[ \t]++(?:education(?:al)?|equivalency)[ \t]++(?:development|diploma)", _FLAGS)
_SPACES = regex.compile(r"[ \t]*+")
_NAMES_EXPERIENCE = regex.compile(r"\bexperiences?\b", _FLAGS)
#: Longest text between years alone and the degree offered instead of them ("... in an analyst role OR").
_OR_GAP = 80
_OR_BEFORE = regex.compile(r"\bor[ \t]++(?:(?:an?|the)[ \t]++)?$", _FLAGS)
#: Longest text between two rungs of one ladder (a rung's line, a bullet of other years and a "Preferred:" header).
_RUNG_GAP = 600


@dataclass
class _Member:
    """One alternative of a list: degree entries and/or an amount of years, and its span."""

    start: int
    end: int
    degrees: list[int] = field(default_factory=list)
    years: float | None = None
    experience: list[int] = field(default_factory=list)
    instead_of_degree: bool = False  # years right after a degree and "or": "Bachelor's degree or 3 years"
    level: str = "none"  # the lowest level of its degrees
    years_first: bool = False  # the years stand before the degree: "3 years with a Master's degree"
    ladder: bool = False  # a rung of a ladder: "With Master's Degree: 2 years of experience", "MS - 3 yrs"


class PathRules:
    """Finds a posting's alternative paths from its degree and experience entries.

    Args:
        vocabularies (Vocabularies): Where ``path_cues`` and ``numbers`` come from.
    """

    def __init__(self, vocabularies: Vocabularies) -> None:
        self.numbers = Numbers(vocabularies.table("numbers"))
        number = self.numbers.pattern
        by_kind: dict[str, list[str]] = {}
        for row in vocabularies.table("path_cues"):
            by_kind.setdefault(row["kind"], []).append(row["regex"].replace("{number}", number))

        def alternation(kind: str) -> str:
            return "|".join(f"(?:{r})" for r in by_kind.get(kind, [])) or r"(?!)"

        link = alternation("link")
        amount = (rf"(?P<years>{number})(?:\s*\(\s*\d{{1,2}}\s*\))?\s*\+?\s*\)?"
                  rf"(?:\s*(?:-|to)\s*{number}\s*\+?|\s+or\s+more)?\s*(?:years?|yrs)\b")
        lead = (r"(?:(?:generally|typically|usually|normally)\s+)?"
                r"(?:an?\s+|the\s+|a\s+minimum\s+of\s+|at\s+least\s+|minimum\s+(?:of\s+)?)?")
        # In a list of alternatives the unit may be left out where it is said beside ("M.S. with 6, or").
        bare = rf"(?P<years>\d{{1,2}})\s*\+?(?=\s*(?:,|;)\s*(?:or\b|\p{{L}}))"
        # The years after a degree: "BS with 5 years", "Master's (+ 3 years'", "Bachelor's, plus five (5) years".
        self._years_after = regex.compile(
            rf"[^.;\n)]{{0,170}}?(?:\b|(?<=\W))(?:{link})\s*+\(?\s*{lead}\(?\s*(?:{amount}|{bare})", _FLAGS)
        # The years before a degree: "7 years of related experience with a bachelor's", "(2+ years with a Ph.D.".
        # What must stand right before a degree for years to come before it ("... with a").
        self._link_tail = regex.compile(rf"(?:{link})\s+(?:an?\s+|the\s+)?\(?$", _FLAGS)
        self._years_before = regex.compile(rf"{amount}[^.;\n]{{0,50}}?\s(?:{link})\s+(?:an?\s+|the\s+)?\(?$", _FLAGS)
        self._number_start = regex.compile(number, _FLAGS)
        # The low end of a range whose high end starts a years amount: "2 to 5 years with BS/BA".
        self._range_start = regex.compile(rf"(?P<low>{number})\s*+(?:-|to)\s*+$", _FLAGS)
        # A ladder's rung: a degree that labels its years ("With Bachelor's Degree: 3-5 years ...", "Master's: 3 years", "MS - 3 yrs").
        self._rung_years = regex.compile(rf"[ \t]*+[:=\-–—][ \t]*+{lead}\(?[ \t]*+{amount}", _FLAGS)
        # A text holding none of the words the years regexes require (derived from them) has no years beside a degree.
        self._years_screen = Screen([self._years_after.pattern, self._years_before.pattern], _FLAGS)
        self._echo = regex.compile(rf"^\s*(?:\bor\b|/)\s+(?:an?\s+)?(?:{alternation('echo')})\b", _FLAGS)
        self._coordinated = regex.compile(r"^\s*(?:,\s*)?(?:\bor\b|/|,)\s*(?:an?\s+)?$", _FLAGS)
        self._experience_for_degree = regex.compile(alternation("experience_for_degree"), _FLAGS)
        self._degree_for_experience = regex.compile(alternation("degree_for_experience"), _FLAGS)

    # -- public -----------------------------------------------------------------------

    def find(self, text: str, degrees: Sequence[DegreeEntry], experience: Sequence[ExperienceEntry],
             mentions: Sequence[DegreeEntry] | None = None) -> list[PathEntry]:
        """The paths of one posting (offsets into ``text``; entries sorted by start).

        ``mentions`` are every degree mention the degree family found, repeated levels
        included ("7 years with a bachelor's; or 5 years and a master's" after "BS/MS in
        physics" names the master's twice); without them the entries stand for the mentions.
        """
        if not degrees:
            return []
        views, owners = _mention_views(degrees, mentions)
        degree_starts = sorted(v.start for v in views)
        if experience or self._years_screen.may_match(fold(text)):
            members = self._members(text, views, experience, degree_starts)
        else:
            members = []  # no member could have years, and only a list with years makes paths
        ladders, members = _ladders(members)
        lists = ladders + self._lists(text, members)
        paths: list[PathEntry] = []
        outside = _LevelsOutside(views) if lists else None
        for alternatives in lists:
            paths += self._list_paths(text, alternatives, views, outside, experience)
        lowered = text.lower()
        if any(word in lowered for word in _SUBSTITUTION_WORDS) or any(d.or_equivalent for d in views):
            paths += self._substitutions(text, views, experience, paths, degree_starts)
        for path in paths:
            path.degree_entries = sorted({owners[i] for i in path.degree_entries})
        return _distinct(paths)

    # -- degree-conditioned years ------------------------------------------------------

    def _members(
        self, text: str, degrees: Sequence[DegreeEntry], experience: Sequence[ExperienceEntry], degree_starts: list[int]
    ) -> list[_Member]:
        groups = self._degree_groups(text, degrees)
        by_start = sorted(range(len(experience)), key=lambda i: experience[i].start)
        experience_starts = [experience[i].start for i in by_start]
        longest = max((e.end - e.start for e in experience), default=0)
        members: list[_Member] = []
        claimed: set[int] = set()
        offered = self._years_offered_instead(text, degrees, experience, by_start, experience_starts)
        for group in groups:
            first, last = degrees[group[0]], degrees[group[-1]]
            member = _Member(first.start, last.end, degrees=group,
                             level=min((degrees[i].level for i in group), key=DEGREE_LEVELS.index))
            rung = self._rung_years.match(text, last.end)
            found = rung or self._years_after.match(text, last.end, min(len(text), last.end + _REACH))
            if rung is not None:
                member.ladder = True
            if found and not _any_degree_inside(degree_starts, last.end, found.start("years")):
                member.end = found.end()
                member.years = self._value(found.group("years"))
                years_span = (found.start("years"), found.end())
            else:
                years_span = self._years_ahead(text, degree_starts, first.start)
                if years_span is not None:
                    member.start = years_span[0]
                    member.years_first = True
                    member.years = self._value(text[years_span[0]:years_span[1]])
            if member.years is not None:
                # Only entries starting within the longest entry's length before the years can overlap them.
                lo = bisect_left(experience_starts, years_span[0] - longest)
                hi = bisect_left(experience_starts, years_span[1])
                member.experience = sorted(i for i in by_start[lo:hi]
                                           if i not in claimed and years_span[0] < experience[i].end)
                claimed.update(member.experience)
                for i in member.experience:
                    member.start = min(member.start, experience[i].start)
                    member.end = max(member.end, experience[i].end)
            elif all(degrees[i].requirement == "preferred" for i in group) and last.end not in offered:
                continue  # "MBA preferred" beside a list is no way to qualify (unless years are offered instead)
            members.append(member)
        instead_of_degree = set(offered.values())
        for i, e in enumerate(experience):
            if i in claimed:
                continue
            # Years offered right after a degree with "or" are its alternative, whatever cue follows them
            # ("Bachelor's degree in Supply Chain or 3-5 years related experience preferred").
            instead = i in instead_of_degree
            if e.requirement == "required" or instead:
                members.append(_Member(e.start, e.end, years=e.min_years, experience=[i], instead_of_degree=instead))
        return sorted(members, key=lambda m: (m.start, m.end))

    @staticmethod
    def _years_offered_instead(text: str, degrees: Sequence[DegreeEntry], experience: Sequence[ExperienceEntry],
                               by_start: list[int], experience_starts: list[int]) -> dict[int, int]:
        """Experience offered in place of a degree ("Bachelor's degree or 3 years ..."): the index of the entry
        that follows a degree with only "or" between them, by the degree's end."""
        offered = {}
        for d in degrees:
            k = bisect_left(experience_starts, d.end)
            if k < len(by_start) and _OR_INSTEAD.fullmatch(text, d.end, experience[by_start[k]].start) is not None:
                offered[d.end] = by_start[k]
        return offered

    def _years_ahead(self, text: str, degree_starts: list[int], start: int) -> tuple[int, int] | None:
        """The span of a years amount that ends just before a degree with a link ("5 years and a")."""
        if self._link_tail.search(text, max(0, start - 16), start) is None:
            return None
        window_start = max(0, start - _REACH)
        window = text[window_start:start]
        for number in reversed(list(self._number_start.finditer(window))):  # the nearest amount first
            found = self._years_before.match(window, number.start())
            if found and not _any_degree_inside(degree_starts, window_start + found.start(), start):
                low = self._range_start.search(window, max(0, found.start() - 24), found.start())
                first = low.start("low") if low else found.start("years")
                return window_start + first, window_start + found.end("years")
        return None

    def _degree_groups(self, text: str, degrees: Sequence[DegreeEntry]) -> list[list[int]]:
        """Degree entries coordinated with "or"/"/" ("Master's Degree or Ph.D.") form one group;
        an echo ("PhD or similar degree") joins its degree's group without naming a level."""
        groups: list[list[int]] = []
        for i, d in enumerate(degrees):
            if groups:
                previous = degrees[groups[-1][-1]]
                gap = text[previous.end:d.start]
                if d.start < previous.end:  # "Master's Degree or Ph.D. in STEM" read as one evidence
                    groups[-1].append(i)
                    continue
                if self._echo.match(text, previous.end, d.end) or self._coordinated.match(gap):
                    if self._echo.match(text, previous.end, d.end):
                        continue
                    groups[-1].append(i)
                    continue
            groups.append([i])
        return groups

    def _lists(self, text: str, members: list[_Member]) -> list[list[_Member]]:
        """Runs of members that are alternatives of each other, each with at least one degree-with-years."""
        runs: list[list[_Member]] = []
        for member in members:
            if runs:
                previous = runs[-1][-1]
                gap = text[previous.end:member.start]
                if previous.end <= member.start and self._joins(gap, previous, member):
                    runs[-1].append(member)
                    continue
            runs.append([member])
        return [run for run in runs if 1 < len(run) <= MAX_ALTERNATIVES
                and (any(m.degrees and m.years is not None for m in run) or any(m.instead_of_degree for m in run)
                     or self._years_or_degree(text, run))
                and len({(self._level(m), m.years) for m in run}) > 1]

    @staticmethod
    def _years_or_degree(text: str, run: list[_Member]) -> bool:
        """Years alone, then "OR" and a degree alone: "2 years of experience in an analyst role OR Associate's degree"."""
        if len(run) != 2:
            return False
        years, degree = run
        gap = text[years.end:degree.start]
        return (not years.degrees and years.years is not None and bool(degree.degrees) and degree.years is None
                and len(gap) <= _OR_GAP and _OR_BEFORE.search(gap) is not None and _SENTENCE_END.search(gap) is None)

    def _joins(self, gap: str, previous: _Member, member: _Member) -> bool:
        if len(gap) > _ALTERNATIVE_GAP:
            return False
        crosses = _SENTENCE_END.search(gap) is not None or gap.rstrip().endswith((".", "!", "?"))
        paired = all(m.degrees and m.years is not None for m in (previous, member))
        # Degree-and-years pairs in sentences of their own are alternatives where the text says so ("Alternative
        # Requirements: Master's ... plus three years") or nothing but a short tail stands between them.
        # ... and so are years alone followed by years named for a degree ("At least 5 years of experience ...
        # 3 years with a Master's degree").
        conditioned = member.years_first and previous.years is not None and not previous.degrees
        next_pair = (paired or conditioned) and previous.level != member.level and (
            _ALTERNATIVE.search(gap) is not None or len(gap) <= _NEXT_PAIR_GAP
        )
        if crosses and not _OR_AT_LINE_EDGE.search(gap) and not next_pair:
            return False  # a list may run over lines only where an "OR" stands at a line's edge
        if paired:
            return _LIST_SEPARATOR.search(gap) is not None or (crosses and next_pair)
        if not previous.degrees and not member.degrees:
            return False
        if crosses and next_pair:
            return True
        if not previous.degrees or not member.degrees:
            # years without a degree: "or" right after the one before, or right before this one
            return bool(_OR_OPENS.match(gap) or _OR_CLOSES.search(gap) or _OR_AT_LINE_EDGE.search(gap)
                        or gap.strip() == "(")
        return _OR.search(gap) is not None

    def _list_paths(self, text: str, run: list[_Member], degrees: Sequence[DegreeEntry],
                    outside: "_LevelsOutside", experience: Sequence[ExperienceEntry] = ()) -> list[PathEntry]:
        start, end = run[0].start, run[-1].end
        # A degree named without years takes the years asked besides the list ("An Associate's Degree, and/or a
        # Bachelor's, and/or a high school diploma and 3 or more years ... A minimum of 3 years ...").
        besides = [e.min_years for e in experience if e.requirement == "required" and e.min_years is not None
                   and (e.end <= start or e.start >= end)] if any(m.degrees and m.years is None for m in run) else []
        asked_besides = max(besides) if besides else None
        # Years alone in a list take the lowest level required elsewhere (the run's own degrees lie inside it).
        base_level = outside.lowest(start, end)
        if base_level != "none" and all(degrees[i].requirement == "preferred" for m in run for i in m.degrees) and all(
                experience[i].requirement == "preferred" for m in run for i in m.experience):
            return []  # a preference beside a required degree ("Preferred: Advanced degree or 5+ years relevant experience")
        paths = []
        evidence = text[start:end]  # one string for the list's paths: a slice each would copy it once a path
        with_years = {self._level(m, degrees) for m in run if m.degrees and m.years is not None}
        for m in run:
            level = self._level(m, degrees) if m.degrees else ("none" if m.instead_of_degree else base_level)
            if not m.degrees and level != "none" and _dominated(level, m.years, run, degrees, self._level):
                # "six (6) or more years of relevant work experience OR a Bachelor's degree ... and two (2) years":
                # the list offers the outside level with fewer years, so its years alone ask no degree.
                level = "none"
            if m.degrees and m.years is None and level in with_years:
                continue  # "a bachelors degree, masters degree or PhD ... six or more years with a bachelors degree, ..."
            years = asked_besides if m.degrees and m.years is None else m.years
            paths.append(PathEntry(text=evidence, start=start, end=end, degree=level, min_years=years,
                                   degree_entries=list(m.degrees), experience_entries=list(m.experience)))
        return paths

    def _level(self, member: _Member, degrees: Sequence[DegreeEntry] | None = None) -> str:
        if not member.degrees:
            return "none"
        if degrees is None:
            return str(member.degrees)
        return min((degrees[i].level for i in member.degrees), key=DEGREE_LEVELS.index)

    # -- substitutions ---------------------------------------------------------------

    def _substitutions(self, text: str, degrees: Sequence[DegreeEntry], experience: Sequence[ExperienceEntry],
                       found: list[PathEntry], degree_starts: list[int]) -> list[PathEntry]:
        required = [i for i, d in enumerate(degrees) if d.requirement == "required"]
        if not required:
            # A degree only preferred still trades against experience offered right beside it ("Bachelor's degree
            # or equivalent work experience (not required)"): the two ways in are the same, merely not insisted on.
            required = [i for i, d in enumerate(degrees)
                        if self._experience_offered_beside(text, d, experience)]
            if not required:
                return []
        years = [e.min_years for e in experience if e.requirement == "required"]
        base = max(years) if years else None
        base_entries = [i for i, e in enumerate(experience) if e.requirement == "required" and e.min_years == base]
        paths: list[PathEntry] = []
        # A degree only preferred still stands in for years where the cue follows its name ("Master's degree
        # preferred. 3 - 5 years experience required, will accept Master's degree in lieu of experience").
        offered = [i for i, d in enumerate(degrees) if d.requirement != "required"
                   and self._degree_for_experience.match(text, _SPACES.match(text, d.end).end()) is not None]
        for i in required + offered:
            d = degrees[i]
            sentence_end = _sentence_end(text, d.end)
            # The degree's own evidence may run into the cue ("Master's Degree in lieu of experience").
            cue = self._degree_for_experience.search(text, d.start, sentence_end)
            if cue is not None and not _any_degree_inside(degree_starts, d.end, cue.start()):
                fewer = self._value(cue.group("n")) if cue.groupdict().get("n") else None
                others = [degrees[j].level for j in required if j != i]
                lowest = min(others, key=DEGREE_LEVELS.index, default="none")
                lowest = lowest if DEGREE_LEVELS.index(lowest) < DEGREE_LEVELS.index(d.level) else "none"
                with_degree = None if fewer is None or base is None else max(base - fewer, 0.0)
                span = (d.start, cue.end())
                paths.append(self._path(text, span, lowest, base, [], base_entries, None))
                paths.append(self._path(text, span, d.level, with_degree, [i], [], "experience"))
        # Experience in place of a high school diploma is no path: "or equivalent" there is a GED.
        above_school = [j for j in required if degrees[j].level not in ("none", "high_school")]
        if not above_school:
            # ... unless the posting says so in words: "High school diploma or GED; and one year ...; or
            # equivalent combination of education and experience".
            school = [j for j in required if degrees[j].level == "high_school"]
            cue = self._experience_for_degree_cue(text, degrees[school[0]]) if school and not found and not paths else None
            # ... or names the experience itself after a GED is already offered ("High school diploma / GED or
            # equivalent experience": the "or equivalent" can no longer be the GED).
            if cue is None or not (_COMBINATION.search(cue.group()) or self._ged_then_experience(text, degrees[school[0]], cue)):
                return paths
            d = degrees[school[0]]
            return [self._path(text, (d.start, cue.end()), d.level, base, [school[0]], base_entries, None),
                    self._path(text, (d.start, cue.end()), "none", None, [], [], "degree")]
        lowest_index = min(above_school, key=lambda j: DEGREE_LEVELS.index(degrees[j].level))
        d = degrees[lowest_index]
        # ... but a diploma listed with it is the lowest way in ("High school diploma, Trade School or equivalent work
        # experience": high school, or the experience)
        listed = [j for j in required if degrees[j].end <= d.start and self._coordinated.match(text[degrees[j].end : d.start])]
        if listed:
            lowest_index = min(listed, key=lambda j: DEGREE_LEVELS.index(degrees[j].level))
            d = degrees[lowest_index]
        cue = self._experience_for_degree_cue(text, d)
        if cue is None and any(degrees[j].or_equivalent for j in above_school):
            cue_span = next((degrees[j].start, degrees[j].end) for j in above_school if degrees[j].or_equivalent)
            extra = total = None
        elif cue is not None:
            cue_span = (d.start, cue.end())
            extra = self._value(cue.group("n")) if cue.groupdict().get("n") else None
            total = self._value(cue.group("total")) if cue.groupdict().get("total") else None
        else:
            return paths
        if found or paths:
            # "... a high school diploma and 3 or more years drafting course work or equivalent technical experience"
            # inside a list: the equivalent stands for that member's years, not for a degree.
            # (the degree family marked the degrees "or equivalent" for it; a cue of this family is the degree's own)
            inside = cue is None and _OR_EQUIVALENT.match(text, cue_span[1]) is None and any(
                p.start <= cue_span[0] and cue_span[1] <= p.end for p in found)
            if not inside and not any(p.degree == "none" for p in found + paths):
                paths.append(self._path(text, cue_span, "none", None, [], [], "degree"))
            return paths
        if cue is not None and (extra is not None or total is not None):
            # The years the cue offers in the degree's place are not asked besides ("In lieu of a degree, an
            # additional 4 years of experience may be considered").
            asked = [i for i, e in enumerate(experience)
                     if e.requirement == "required" and not cue.start() <= e.start < cue.end()]
            base = max((experience[i].min_years for i in asked), default=None)
            base_entries = [i for i in asked if experience[i].min_years == base]
        without = total if extra is None else (base or 0.0) + extra
        with_degree, with_entries = self._years_linked(text, d, experience, degree_starts) or (base, base_entries)
        paths.append(self._path(text, cue_span, d.level, with_degree, [lowest_index], with_entries, None))
        paths.append(self._path(text, cue_span, "none", without, [], base_entries if extra is not None else [], "degree"))
        return paths

    def _years_linked(self, text: str, degree: DegreeEntry, experience: Sequence[ExperienceEntry],
                      degree_starts: list[int]) -> tuple[float, list[int]] | None:
        """The years a degree names for itself ("a Bachelor's degree in statistics ... plus 2+ years of applicable
        experience") and the entries that state them: its path asks those, not the most years asked elsewhere."""
        found = self._years_after.match(text, degree.end, min(len(text), degree.end + _REACH))
        if found is None or _any_degree_inside(degree_starts, degree.end, found.start("years")):
            return None
        years = self._value(found.group("years"))
        entries = [i for i, e in enumerate(experience)
                   if e.requirement == "required" and e.start <= found.start("years") < e.end]
        return (years, entries) if years is not None and entries else None

    def _experience_offered_beside(self, text: str, degree: DegreeEntry, experience: Sequence[ExperienceEntry]) -> bool:
        """Whether experience is offered in place of ``degree`` on its own line and in its own sentence, with no
        years between ("Bachelor's degree (preferred emphasis in MIS) or equivalent experiences", "MS or PhD
        (preferred) in a scientific discipline or equivalent experience",
        "Associates degree in Social Work or related field preferred, or equivalent combination of education and
        work experience"), or in the next lines where the cue names the degree; not "Bachelor's degree preferred; 3
        years of experience or equivalent experience"."""
        sentence_end = _sentence_end(text, degree.end)
        line_end = text.find("\n", degree.end, sentence_end)
        end = sentence_end if line_end < 0 else line_end
        cue = self._experience_for_degree.search(text, degree.end, end)
        if cue is None:
            # ... or in the next lines, where the cue names the degree it stands for ("Master's Degree Preferred In:
            # Statistics, ... | Additional experience will be considered in lieu of an advanced degree").
            cue = self._experience_for_degree_cue(text, degree)
            if cue is None or cue.start() < end or _NAMES_EDUCATION.search(cue.group()) is None:
                return False
        elif (_NAMES_EXPERIENCE.search(cue.group()) or _COMBINATION.search(cue.group())) is None:
            return False
        return not any(degree.end <= e.start < cue.start() for e in experience)

    @staticmethod
    def _ged_then_experience(text: str, diploma: DegreeEntry, cue: regex.Match[str]) -> bool:
        """Whether ``cue`` offers experience right after a diploma that already names its GED."""
        return (
            _GED.search(diploma.text) is not None and cue.start() - diploma.end <= 2
            and _NAMES_EXPERIENCE.search(cue.group()) is not None
        )

    def _experience_for_degree_cue(self, text: str, degree: DegreeEntry) -> regex.Match[str] | None:
        """A cue that experience may replace ``degree``: in its own sentence, or in the next lines
        where the cue itself names education or a degree."""
        own_end = _sentence_end(text, degree.end)
        cue = self._experience_for_degree.search(text, degree.start, own_end)
        if cue is not None:
            return cue
        for cue in self._experience_for_degree.finditer(text, own_end, min(len(text), own_end + _NEARBY)):
            if _NAMES_EDUCATION.search(cue.group()):
                return cue
        return None

    @staticmethod
    def _path(text: str, span: tuple[int, int], level: str, years: float | None, degree_entries: list[int],
              experience_entries: list[int], replaces: str | None) -> PathEntry:
        return PathEntry(text=text[span[0]:span[1]], start=span[0], end=span[1], degree=level, min_years=years,
                         degree_entries=degree_entries, experience_entries=experience_entries, replaces=replaces)

    def _value(self, text: str) -> float | None:
        number = self._number_start.search(text)
        return self.numbers.value(number.group()) if number else None


class _View(NamedTuple):
    """A degree mention read with the requirement and equivalence of its level's entry."""

    start: int
    end: int
    level: str
    requirement: str
    or_equivalent: bool


def _mention_views(degrees: Sequence[DegreeEntry], mentions: Sequence[DegreeEntry] | None
                   ) -> tuple[Sequence[DegreeEntry | _View], list[int]]:
    """The mentions whose level kept an entry (in text order, as the degree family gives them),
    each read with that entry's requirement and equivalence, and for each the index of that
    entry in ``degrees``."""
    index_of = {id(d): i for i, d in enumerate(degrees)}
    if not mentions or (len(mentions) == len(degrees) and all(id(m) in index_of for m in mentions)):
        return degrees, list(range(len(degrees)))  # one mention per level: the entries themselves
    by_level = {d.level: i for i, d in reversed(list(enumerate(degrees)))}
    views: list[DegreeEntry | _View] = []
    owners: list[int] = []
    for mention in mentions:
        owner = index_of.get(id(mention))
        if owner is not None:
            views.append(mention)
            owners.append(owner)
            continue
        owner = by_level.get(mention.level)
        if owner is None:
            continue  # its level was dropped (benefits, about us, not a requirement)
        entry = degrees[owner]
        views.append(_View(mention.start, mention.end, mention.level, entry.requirement,
                           mention.or_equivalent or entry.or_equivalent))
        owners.append(owner)
    return views, owners


def _ladders(members: list[_Member]) -> tuple[list[list[_Member]], list[_Member]]:
    """Ladders of rungs ("With Bachelor's Degree: 5 years ... With Master's Degree: 3 years"), each rung a way in
    whatever stands between them (other bullets, "Preferred:" / "Equivalent Experience:" headers), and the other members."""
    rungs = [m for m in members if m.ladder]
    if len(rungs) < 2:
        return [], members
    runs: list[list[_Member]] = [[rungs[0]]]
    for rung in rungs[1:]:
        if rung.start - runs[-1][-1].end <= _RUNG_GAP:
            runs[-1].append(rung)
        else:
            runs.append([rung])
    ladders = [run for run in runs if 1 < len(run) <= MAX_ALTERNATIVES and len({m.level for m in run}) > 1]
    taken = {id(m) for run in ladders for m in run}
    return ladders, [m for m in members if id(m) not in taken]


def _dominated(level: str, years: float | None, run: list[_Member], degrees: Sequence[DegreeEntry], level_of) -> bool:
    """Whether a member of ``run`` takes ``level`` or a lower one with fewer years than ``years``."""
    if years is None:
        return False
    rank = DEGREE_LEVELS.index(level)
    return any(m.degrees and m.years is not None and m.years < years
               and DEGREE_LEVELS.index(level_of(m, degrees)) <= rank for m in run)


def _any_degree_inside(degree_starts: list[int], start: int, end: int) -> bool:
    """Whether a degree (its start, in the sorted ``degree_starts``) begins in ``[start, end)``."""
    i = bisect_left(degree_starts, start)
    return i < len(degree_starts) and degree_starts[i] < end


class _LevelsOutside:
    """The lowest level among the required degrees that start outside a span, in logarithmic time per span
    (a list of alternatives asks it; a text of thousands of lists must not ask every degree each time)."""

    def __init__(self, degrees: Sequence[DegreeEntry]) -> None:
        required = sorted((d.start, DEGREE_LEVELS.index(d.level)) for d in degrees if d.requirement == "required")
        self._starts = [start for start, _ in required]
        levels = [level for _, level in required]
        none = len(DEGREE_LEVELS)
        self._before = [none]  # _before[k]: lowest of the first k
        for level in levels:
            self._before.append(min(self._before[-1], level))
        self._after = [none]  # _after[k] (reversed): lowest of the last k
        for level in reversed(levels):
            self._after.append(min(self._after[-1], level))

    def lowest(self, start: int, end: int) -> str:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        best = min(self._before[lo], self._after[len(self._starts) - hi])
        return DEGREE_LEVELS[best] if best < len(DEGREE_LEVELS) else "none"


#: A "sentence" longer than this is a flattened list: cues beyond it do not belong to the degree.
_SENTENCE_REACH = 600


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_END.search(text, start, start + _SENTENCE_REACH)
    return found.start() if found else min(len(text), start + _SENTENCE_REACH)


def _distinct(paths: list[PathEntry]) -> list[PathEntry]:
    seen: set[tuple[str, float | None]] = set()
    out = []
    for p in sorted(paths, key=lambda p: (p.start, p.end)):
        key = (p.degree, p.min_years)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


__all__ = ["PathRules"]

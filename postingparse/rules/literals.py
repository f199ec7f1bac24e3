"""What text a regex cannot match without: the literals one of which every match contains.

A family's regexes come from its vocabulary tables, which users and developers extend.
The pre-checks that let a family skip a text are therefore derived from the regexes
themselves, never kept by hand: `required_literals` reads a regex and returns strings
one of which (case-folded) every match holds, or None when it cannot tell. A `Screen`
answers, per text, whether the regex may match anywhere in it; "no" is a proof, so
skipping the regex then leaves every result as it was. The same reading gives two more
proofs: `Pruned` leaves out of an alternation the branches a text cannot match (each
screened alone), and `leading_literals` gives the strings every match starts with, so
that `search_at_leads` tries a regex only where one of them stands.

The screens of all families ask about a few hundred literals per doc. Instead of one
substring test per literal, every literal they register is looked for in one pass over
the doc's `fold` (`Prescan`: an Aho-Corasick automaton of ``ahocorasick_rs``), and a
screen asks the set of literals found.

The regex is read with Python's own parser (``re._parser``) after the ``regex``-only
property classes (``\\p{L}``) are turned into ``\\w``; a regex using any other
``regex``-only syntax (fuzzy matching, set operations, named lists, branch reset)
gets no literals, and so never a skip.
"""

from __future__ import annotations

import contextlib
import re
from re import _constants as sre
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

import ahocorasick_rs
import regex

#: ``regex``-only syntax that Python's parser would misread: no literals are claimed for such a regex.
_UNSUPPORTED = regex.compile(
    r"\(\?P=|\\g<|\{\s*+[a-zA-Z]|\(\?\||\\[LmMGXK]|\[\[|\[:|(?<!\\)(?:\\\\)*+\[[^\]]*?(?:--|&&|\|\||~~)|\(\?[a-zA-Z]*[rfwbeV]"
)
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*+\}|\\[pP][A-Za-z]")
#: A named group (``regex`` allows a name twice, Python's parser does not): read as a plain group.
_NAMED_GROUP = regex.compile(r"\(\?P?<(?![=!])\w++>")

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = tuple(
    op for op in (getattr(sre, name, None) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None
)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (case-folded) one of which every match of ``pattern`` contains, or None when none are known.

    Args:
        pattern (str): A ``regex`` pattern.
        flags (int): Its compile flags (only ``VERBOSE`` changes how it reads).
    """
    return _folded_strings(pattern, flags, _required)


def required_literal_sets(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Every literal set (case-folded) of ``pattern`` one of whose strings each match contains: all of them
    hold for a match ("experience" ... "in"|"with"), where `required_literals` gives the rarest alone.
    Empty when none is known.
    """
    parsed = _parse(pattern, flags)
    if parsed is None:
        return []
    return [frozenset(s.casefold() for s in found) for found in _requirements(parsed) if found and "" not in found]


def _folded_strings(
    pattern: str, flags: int, walk: Callable[[list[tuple[Any, Any]]], set[str] | None]
) -> frozenset[str] | None:
    """The strings ``walk`` derives from ``pattern``'s parse, case-folded; None when none are known or one is empty."""
    parsed = _parse(pattern, flags)
    found = walk(parsed) if parsed is not None else None
    if not found or "" in found:
        return None
    return frozenset(s.casefold() for s in found)


def _parse(pattern: str, flags: int) -> list[tuple[Any, Any]] | None:
    """``pattern`` read by Python's parser (see the module's docstring), None when it cannot be read."""
    source = _NAMED_GROUP.sub("(", _PROPERTY.sub(r"\\w", pattern))
    if _UNSUPPORTED.search(source):
        return None
    try:
        return list(sre_parse.parse(source, re.VERBOSE if flags & regex.VERBOSE else 0))
    except (re.error, OverflowError, RecursionError):
        return None


def leading_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (case-folded) one of which every match of ``pattern`` starts with (after zero-width assertions
    such as ``\\b`` or lookarounds), or None when none are known (a class or a wildcard may start a match, or
    a match may be empty).

    Args:
        pattern (str): A ``regex`` pattern.
        flags (int): Its compile flags (only ``VERBOSE`` changes how it reads).
    """
    return _folded_strings(pattern, flags, _starts)


def _starts(items: list[tuple[Any, Any]]) -> set[str] | None:
    """For a sequence: the literal texts one of which every match of it starts with, None when unknown."""
    for k, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        rest = items[k + 1 :]
        if op is sre.LITERAL:
            run = []
            for o, a in items[k:]:
                if o is not sre.LITERAL:
                    break
                run.append(chr(a))
            return {"".join(run)}
        if op is sre.SUBPATTERN:
            return _starts(list(av[-1]) + rest)
        if op is getattr(sre, "ATOMIC_GROUP", None):
            return _starts(list(av) + rest)
        if op is sre.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                starts = _starts(list(alternative) + rest)
                if starts is None:
                    return None
                found |= starts
            return found
        if op in _REPEATS:
            low, _, item = av
            first = _starts(list(item))  # not joined to what follows: the item may come again ("a*b" in "aab")
            if first is None or low >= 1:
                return first
            skipped = _starts(rest)  # the item may be left out: the match starts with what follows
            return None if skipped is None else first | skipped
        return None  # a class, a wildcard, a backreference: no literal to look for
    return None  # the sequence may match the empty string


def _sequence(items: list[tuple[Any, Any]]) -> Iterator[tuple[set[str] | None, tuple[Any, Any] | None]]:
    """A sequence's elements with each run of literal characters joined: ``(run, element)`` for every other
    element (``run`` the strings the literals just before it spell, or None), and ``(run, None)`` for a run
    that ends the sequence."""
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        yield (_closed_run(run, op, av) if run else None), (op, av)
        run = []
    if run:
        yield {"".join(run)}, None


def _requirements(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """For a sequence: the literal sets of its elements and of the sequences nested in them, all required."""
    found: list[set[str]] = []
    for run, element in _sequence(items):
        if run:
            found.append(run)
        if element is None:
            continue
        op, av = element
        if run and op is sre.BRANCH and all(all(o is sre.LITERAL for o, _ in alternative) for alternative in av[1]):
            continue  # branches of letters only ("ha" + "s|ve"): their own set says less than the one joined
        if op is sre.SUBPATTERN:
            found += _requirements(list(av[-1]))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found += _requirements(list(av))
        elif op in _REPEATS:
            if av[0] >= 1:
                found += _requirements(list(av[2]))
        elif (one := _element(op, av)) is not None:
            found.append(one)
    return found


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """For a sequence: the best of its elements' literal sets (each alone is required), or None."""
    options: list[set[str]] = []
    for run, element in _sequence(items):
        if run:
            options.append(run)
        if element is not None and (found := _element(*element)):
            options.append(found)
    if not options:
        return None
    # Longer strings (up to four characters), then fewer of them: rarer in text and cheaper to look for.
    return max(options, key=lambda s: (min(4, *map(len, s)), -len(s), min(map(len, s))))


def _closed_run(run: list[str], op: Any, av: Any) -> set[str]:
    """The strings a run of literal characters spells, closed by the element ``(op, av)`` after it.

    Python's parser takes a common first letter out of an alternation ("years?|yrs" is "y" then
    "ears?|rs"): the run goes on into the literal start of each branch ("year", "yrs").
    """
    prefix = "".join(run)
    return {prefix + lead for lead in _leads(av)} if op is sre.BRANCH else {prefix}


def _leads(branch: Any) -> list[str]:
    """The literal text each alternative of a BRANCH starts with ("" for one starting otherwise)."""
    leads = []
    for alternative in branch[1]:
        lead = []
        for op, av in alternative:
            if op is not sre.LITERAL:
                break
            lead.append(chr(av))
        leads.append("".join(lead))
    return leads


def _element(op: Any, av: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _required(list(av[-1]))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _required(list(av))
    if op is sre.BRANCH:
        branches = [_required(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _, item = av
        return _required(list(item)) if low >= 1 else None
    return None  # classes, anchors, lookarounds, backreferences: nothing a match must spell out


#: How many texts the per-text caches (`RecentTexts`) keep: the pipeline runs each step over a chunk of at most
#: this many docs before the next step (`postingparse.component`), so a doc's text comes back within that many.
RECENT = 64

_T = TypeVar("_T")


class RecentTexts(Generic[_T]):
    """What was derived from each of the last `RECENT` texts (by the text's identity: a text's value is found
    again for the same string object, never for an equal one).

    Each entry holds its text, so no other string can take its identity while it is kept. Thread-safe in the
    GIL's sense: a lookup sees a whole entry or none, and a lost race only computes a value again.
    """

    def __init__(self, size: int = RECENT) -> None:
        self._size = size
        self._entries: dict[int, tuple[str, _T]] = {}

    def get(self, text: str) -> _T | None:
        """The value kept for ``text``, None when none is."""
        entry = self._entries.get(id(text))
        return entry[1] if entry is not None and entry[0] is text else None

    def put(self, text: str, value: _T) -> _T:
        """Keep ``value`` for ``text`` (forgetting the oldest text beyond the size) and return it."""
        entries = self._entries
        while len(entries) >= self._size:
            try:
                del entries[next(iter(entries))]
            except (KeyError, RuntimeError, StopIteration):  # another thread changed it meanwhile
                break
        entries[id(text)] = (text, value)
        return value


def fold(text: str) -> str:
    """``text`` as the screens read it (case-folded, so that a case-insensitive match's literals are found).

    The families of one doc fold the same text object: the folds of the last texts are kept (`RecentTexts`).
    """
    folded = _folds.get(text)
    return folded if folded is not None else _folds.put(text, text.casefold())


_folds: RecentTexts[str] = RecentTexts()

#: The automaton as a DFA: built in a few milliseconds for a pipeline's literals (~1,400), a few MB, and the fastest
#: to scan with (about 30 us for a posting of 3,700 characters against 50 us for the default, a contiguous NFA).
_DFA = ahocorasick_rs.Implementation.DFA

#: Literals shorter than this are not pre-scanned: the short ones the screens ask about ("in", "of", "a", ",")
#: stand in nearly every text, where a substring test finds them at once, and would fill a scan with occurrences.
PRESCAN_SHORTEST = 3


class Prescan:
    """The literals the screens look for, found in a doc's fold in one pass: an Aho-Corasick automaton
    (``ahocorasick_rs``) of every literal registered, reporting overlapping matches, so that a literal standing
    inside another ("engineer" in "engineering") or across another's end is found too.

    `Screen`, `Pruned` and the families register their literals when they are built (`prescan`); the automaton is
    built on the first scan after a registration, so once for a pipeline. Registering is only ever a saving: a
    literal that was not scanned for is looked for with a substring test (`Found.may_hold_any`, `Found.lacks`), as
    in a process that unpickled a pipeline built elsewhere (the registrations stay in the process that built it).
    """

    def __init__(self) -> None:
        self._literals: set[str] = set()
        self._built: tuple[ahocorasick_rs.AhoCorasick | None, frozenset[str]] | None = None

    def register(self, literals: Iterable[str]) -> None:
        """Have the scans look for ``literals`` (case-folded; those shorter than `PRESCAN_SHORTEST` are left out)."""
        new = {literal for literal in literals if len(literal) >= PRESCAN_SHORTEST} - self._literals
        if new:
            self._literals = self._literals | new
            self._built = None

    def scan(self, folded: str) -> tuple[frozenset[str], frozenset[str]]:
        """The literals standing in ``folded`` and the literals looked for (a literal of the second set missing
        from the first stands nowhere in it)."""
        built = self._built
        if built is None:
            literals = frozenset(self._literals)
            automaton = (
                ahocorasick_rs.AhoCorasick(sorted(literals), store_patterns=True, implementation=_DFA) if literals else None
            )
            built = self._built = (automaton, literals)
        automaton, literals = built
        if automaton is None:
            return frozenset(), literals
        return frozenset(automaton.find_matches_as_strings(folded, overlapping=True)), literals


_prescan = Prescan()


class Found:
    """Which pre-scanned literals stand in one doc's fold (`scan_doc`), found in one pass when first asked.

    Args:
        folded (str): The fold.
    """

    __slots__ = ("_folded", "_found")

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._found: tuple[frozenset[str], frozenset[str]] | None = None

    def _scan(self) -> tuple[frozenset[str], frozenset[str]]:
        found = self._found
        if found is None:
            found = self._found = _prescan.scan(self._folded)
        return found

    def lacks(self, literal: str) -> bool:
        """Whether ``literal`` (case-folded) is known to stand nowhere in the fold: it was scanned for and not found.

        A string holding a text's ``literal`` has it in its fold, and `lower` keeps a text's fold
        (``casefold(lower(t)) == casefold(t)``): a literal the fold lacks stands in neither.
        """
        present, looked_for = self._found or self._scan()
        return literal in looked_for and literal not in present

    def possible(self, literals: frozenset[str]) -> frozenset[str]:
        """Those of ``literals`` (case-folded) that may stand in the fold: found by the scan, or not scanned for."""
        present, looked_for = self._found or self._scan()
        return (literals & present) | (literals - looked_for)

    def may_hold_any(self, literals: frozenset[str]) -> bool:
        """Whether one of ``literals`` (case-folded) stands in the fold: found by the scan, or, where one was not
        scanned for, by a substring test."""
        present, looked_for = self._found or self._scan()
        if not present.isdisjoint(literals):
            return True
        return any(map(self._folded.__contains__, literals - looked_for))


_scans: RecentTexts[Found] = RecentTexts()


def scan_doc(text: str) -> None:
    """Give the `fold` of ``text``, a doc's text, its pre-scan (`scanned`), run when a screen first asks: the
    families' checks on the whole doc then ask the literals found. Called once per doc (`base.Context`); the
    windows and pieces of a doc that are folded too are left to substring tests, a scan of them would cost more.
    """
    folded = fold(text)
    if _scans.get(folded) is None:
        _scans.put(folded, Found(folded))


def prescan(literals: Iterable[str]) -> None:
    """Register ``literals`` (case-folded) with the pre-scan of every doc's fold: a family whose own checks ask
    `scanned` about them calls this once when it is built (`Screen` and `Pruned` register theirs)."""
    _prescan.register(literals)


def scanned(folded: str) -> Found | None:
    """The pre-scan of ``folded``, the fold of one of the last docs' texts (`scan_doc`); None for any other
    string (a window: its screens test their literals one by one) and inside `full_path`."""
    return _scans.get(folded) if _screening[0] else None


def fold_slice(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi].casefold()``, sliced from the `fold` of the whole text where that keeps every offset (case folding
    maps each character alone, so the slice is the same): a posting's thousand names fold their windows for free."""
    folded = fold(text)
    return folded[lo:hi] if len(folded) == len(text) else text[lo:hi].casefold()


def occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int]] | None:
    """Where any of ``words`` (case-folded) stands in ``text``, ignoring case, as sorted ``(start, end)``
    offsets (``str.find`` over the `fold`, C-fast, for the words the pre-scan did not rule out); None when
    case folding changes the text's length, so that offsets in the fold would not be offsets in ``text``.
    """
    folded = fold(text)
    if len(folded) != len(text):
        return None
    found = []
    scan = scanned(folded)
    for word in words:
        if scan is not None and scan.lacks(word):
            continue
        at = folded.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = folded.find(word, at + 1)
    found.sort()
    return found


def lower(text: str) -> str:
    """``text`` lower-cased character by character, offsets kept (a character whose lower case is
    longer, such as "İ", stays as it is): case-sensitive regexes on it find what case-insensitive
    ones find on ``text``, several times faster. The last texts lowered are kept, as in `fold`.
    """
    low = _lowers.get(text)
    if low is not None:
        return low
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _lowers.put(text, low)


_lowers: RecentTexts[str] = RecentTexts()

#: The characters that a case-insensitive regex matches to an ASCII letter although their lower case is
#: another character ("İ" matches "i", "ſ" matches "s"; every other such character lower-cases to the
#: letter, tests/test_literals.py checks this over all of Unicode).
FOLDS_APART = "İſ"
#: Escapes whose meaning case cannot change (classes that hold a letter's lower case when they hold the letter).
_CASE_NEUTRAL_ESCAPE = regex.compile(r"\\[pP]\{(?:L|N|Nd|P|Z|Zs|S|M)\}|\\[wWsSdDbBnrtf]|\\[^\p{L}\p{N}]|(?<=\(\?)P(?=[<=])")
#: Inline flags (other than named groups and lookarounds), which could switch case-insensitivity off.
_INLINE_FLAGS = regex.compile(r"\(\?(?!P<|P=|[:=!<>])")


def caseless(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive (``IGNORECASE``, version 0) ``pattern``: on the `lowered`
    text it finds what ``pattern`` finds on the text (the regex module is several times faster without
    case folding). None when that cannot be promised: a pattern with an upper-case or non-ASCII letter
    (outside the escapes above), inline flags, or full case folding.
    """
    flags = pattern.flags
    if not flags & regex.IGNORECASE or flags & (regex.V1 | regex.FULLCASE):
        return None
    source = _CASE_NEUTRAL_ESCAPE.sub("", pattern.pattern)
    if "\\" in source or _INLINE_FLAGS.search(source) or any(c.isalpha() and (c.isupper() or not c.isascii()) for c in source):
        return None
    return regex.compile(pattern.pattern, flags & ~regex.IGNORECASE)


def lowered(text: str) -> str | None:
    """`lower` of ``text`` for the `caseless` twins of its regexes, None when they would not find the same
    (the text holds a character of `FOLDS_APART`) or inside `full_path`, which keeps the case-insensitive regexes.
    """
    if not _screening[0] or any(c in text for c in FOLDS_APART):
        return None
    return lower(text)


class Screen:
    """Whether a regex may match somewhere in a text: False only when none of its required literals occurs.

    Args:
        patterns (list[str]): Regexes; the screen passes a text where any of them may match.
        flags (int): Their compile flags.
        every (bool): With one regex, check each of its literal sets (`required_literal_sets`), not only the
            rarest: for short windows, where a second substring test costs less than the regex it spares.
    """

    def __init__(self, patterns: list[str], flags: int = 0, every: bool = False) -> None:
        literals: set[str] = set()
        self.literals: frozenset[str] | None = None
        self._tests: tuple[tuple[str, ...], ...] = ()
        self._sets: tuple[frozenset[str], ...] = ()
        for pattern in patterns:
            found = required_literals(pattern, flags)
            if found is None:
                return  # one regex without literals may match anywhere: no text is skipped
            literals |= found
        self.literals = frozenset(literals)
        sets = [self.literals]
        if every and len(patterns) == 1:
            sets += [found for found in required_literal_sets(patterns[0], flags) if found != self.literals]
        self._tests = tuple(_minimal(found) for found in sets)
        self._sets = tuple(frozenset(tests) for tests in self._tests)
        prescan(self.literals.union(*self._sets))

    def may_match(self, folded: str) -> bool:
        """Whether the regexes may match in the text whose `fold` is ``folded`` (a doc's fold is answered by its
        pre-scan, `scan_doc`; any other text, a window, by a substring test per literal)."""
        if self.literals is None or not _screening[0]:
            return True
        scan = scanned(folded)
        if scan is not None:
            for literals in self._sets:
                if not scan.may_hold_any(literals):
                    return False
            return True
        for tests in self._tests:
            if not any(map(folded.__contains__, tests)):
                return False
        return True


def search_at_leads(pattern: regex.Pattern[str], text: str, folded: str, leads: frozenset[str] | None) -> bool:
    """Whether ``pattern`` matches somewhere in ``text`` (whose `fold` is ``folded``), as ``pattern.search(text)``
    tells, trying only the offsets where one of its `leading_literals` ``leads`` stands: a few ``match`` calls
    instead of an attempt at every offset. The plain search where offsets in the fold are not offsets in the
    text, without ``leads`` or inside `full_path`.
    """
    if leads is None or len(folded) != len(text) or not _screening[0]:
        return pattern.search(text) is not None
    for lead in leads:
        at = folded.find(lead)
        while at >= 0:
            if pattern.match(text, at) is not None:
                return True
            at = folded.find(lead, at + 1)
    return False


class Pruned:
    """A regex whose alternation's branches are screened one by one: on a text, the regex with only the branches
    that may match in it (each branch `Screen`ed by all its literal sets), compiled once per set of branches kept.

    A branch that cannot match anywhere in a text never takes part in a match there, so leaving it out changes
    no match (not even which branch wins where several could), and the regex module does not try it at every
    position. The alternation read is the pattern's own top-level one or that of a non-capturing group opening
    it (``(?:a|b|c)d``, not quantified); a pattern with capturing groups, backreferences, global inline flags or
    ``VERBOSE`` is kept whole.

    Args:
        pattern (str): The regex.
        flags (int): Its compile flags.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.full = regex.compile(pattern, flags)
        self._flags = flags
        self._parts = _alternation(pattern, flags)
        self._screens = [Screen([branch], flags, every=True) for branch in self._parts[1]] if self._parts else []
        self._compiled: dict[tuple[int, ...], regex.Pattern[str]] = {}
        # What each branch's matches start with, read in its place ("(?:branch)rest"): `finditer` tries the kept
        # branches' regex only where one of theirs stands.
        if self._parts:
            prefix, branches, suffix = self._parts
            self._leads = [leading_literals(prefix + branch + suffix, flags) for branch in branches]
        else:
            self._leads = [leading_literals(pattern, flags)]
        prescan(lead for leads in self._leads for lead in leads or ())
        self._alones: dict[tuple[int, ...], regex.Pattern[str] | None] = {}

    def for_text(self, folded: str) -> regex.Pattern[str] | None:
        """The regex to run on the text whose `fold` is ``folded``; None when no branch may match in it."""
        return self._kept(folded)[0]

    def finditer(self, text: str, folded: str) -> Iterator[regex.Match[str]]:
        """The matches ``for_text(folded).finditer(text)`` gives (none where it gives no regex), found by trying
        that regex only where a match can start: where one of a kept branch's leading literals (`leading_literals`)
        stands in ``folded``, the fold of ``text``, and where the kept branches without leads match by themselves
        (a search of those branches alone, from the end of the last match on: cheaper than a scan of them all).
        The plain ``finditer`` where no kept branch has leads, a match may be empty, offsets in the fold are not
        offsets in the text, or inside `full_path`.
        """
        pattern, kept = self._kept(folded)
        if pattern is None:
            return
        if not _screening[0] or len(folded) != len(text) or not self._parts and self._leads[0] is None:
            yield from pattern.finditer(text)
            return
        starts: set[int] = set()
        unled = tuple(i for i in kept if self._leads[i] is None)
        alone = self._alone(unled) if unled else None
        if len(unled) == len(kept) or unled and alone is None:
            yield from pattern.finditer(text)
            return
        scan = scanned(folded)
        for i in kept:
            for lead in self._leads[i] or ():
                if scan is not None and scan.lacks(lead):
                    continue
                at = folded.find(lead)
                while at >= 0:
                    starts.add(at)
                    at = folded.find(lead, at + 1)
        led = sorted(starts)
        size = len(text)

        def alone_from(pos: int) -> int:  # where the branches without leads next match by themselves (size: nowhere)
            found = alone.search(text, pos) if alone is not None else None
            return found.start() if found is not None else size

        k, end, next_alone = 0, 0, alone_from(0)
        while True:
            while k < len(led) and led[k] < end:
                k += 1
            if next_alone < end:
                next_alone = alone_from(end)
            at = min(led[k] if k < len(led) else size, next_alone)
            if at >= size:
                return
            m = pattern.match(text, at)
            if m is not None:
                yield m
                end = m.end()
            else:
                end = at + 1  # no match starts here: the next candidate lies further on

    def _alone(self, branches: tuple[int, ...]) -> regex.Pattern[str] | None:
        """The ``branches`` alone in their place; None where a match of one is not known to hold a literal (it
        might be empty, and `finditer` tries no empty match)."""
        if branches not in self._alones:
            prefix, parts, suffix = self._parts  # type: ignore[misc]
            known = all(self._screens[i].literals is not None for i in branches)
            self._alones[branches] = (
                regex.compile(prefix + "|".join(parts[i] for i in branches) + suffix, self._flags) if known else None
            )
        return self._alones[branches]

    def _kept(self, folded: str) -> tuple[regex.Pattern[str] | None, tuple[int, ...]]:
        """The regex of the branches that may match in the text whose fold is ``folded``, and their indices."""
        if not self._screens or not _screening[0]:
            return self.full, tuple(range(len(self._leads)))
        kept = tuple(i for i, screen in enumerate(self._screens) if screen.may_match(folded))
        if len(kept) == len(self._screens):
            return self.full, kept
        if not kept:
            return None, kept
        compiled = self._compiled.get(kept)
        if compiled is None:
            prefix, branches, suffix = self._parts  # type: ignore[misc]
            compiled = regex.compile(prefix + "|".join(branches[i] for i in kept) + suffix, self._flags)
            self._compiled[kept] = compiled
        return compiled, kept


#: What keeps a pattern whole in `Pruned`: capturing groups (numbers would shift), backreferences, conditionals,
#: comments, global inline flags (they could stand in a branch left out).
_NOT_PRUNED = regex.compile(r"(?<!\\)(?:\\\\)*+(?:\((?!\?)|\(\?P?<(?![=!])|\(\?P=|\(\?[(#]|\(\?[a-zA-Z\-]*+\)|\\[1-9]|\\g<)")


def _alternation(pattern: str, flags: int) -> tuple[str, list[str], str] | None:
    """``(prefix, branches, suffix)`` of the alternation `Pruned` screens branch by branch, None for none."""
    if flags & regex.VERBOSE or _parse(pattern, flags) is None or _NOT_PRUNED.search(pattern):
        return None
    bars: list[tuple[int, int]] = []  # (depth, offset) of each "|" outside classes
    closes: dict[int, int] = {}  # the offset of each group's "(" -> its ")"
    opened: list[int] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            opened.append(i)
        elif c == ")":
            closes[opened.pop()] = i
        elif c == "|":
            bars.append((len(opened), i))
        i += 1
    top = [at for depth, at in bars if depth == 0]
    if top:
        return "", _cut(pattern, 0, len(pattern), top), ""
    if not pattern.startswith("(?:") or 0 not in closes:
        return None
    close = closes[0]
    if pattern[close + 1 : close + 2] in ("?", "*", "+", "{"):
        return None  # a group that may be skipped: a match need not pass through a branch
    inner = [at for depth, at in bars if depth == 1 and at < close]
    if not inner:
        return None
    return "(?:", _cut(pattern, 3, close, inner), pattern[close:]


def _cut(pattern: str, start: int, end: int, bars: list[int]) -> list[str]:
    """``pattern[start:end]`` cut at the offsets ``bars``."""
    edges = [start - 1, *bars, end]
    return [pattern[a + 1 : b] for a, b in zip(edges, edges[1:])]


def _minimal(literals: frozenset[str]) -> tuple[str, ...]:
    """The literals to look for: a literal holding another ("providers", "provider") is found whenever that one
    is, so only the others, shortest first."""
    return tuple(sorted((s for s in literals if not any(o != s and o in s for o in literals)), key=len))


_screening = [True]


def screening() -> bool:
    """Whether pre-checks may skip work now (False inside `full_path`): for checks built on a `Screen`'s literals."""
    return _screening[0]


@contextlib.contextmanager
def full_path() -> Iterator[None]:
    """Within this context every `Screen` passes every text: the path without pre-checks, whose records
    the screened path must reproduce (the tests compare the two)."""
    before = _screening[0]
    _screening[0] = False
    try:
        yield
    finally:
        _screening[0] = before


__all__ = [
    "required_literals", "required_literal_sets", "leading_literals", "search_at_leads", "RECENT", "RecentTexts", "Screen",
    "Pruned", "Found", "PRESCAN_SHORTEST", "Prescan", "caseless", "fold", "full_path", "lower", "lowered", "prescan", "scan_doc",
    "scanned", "screening",
]

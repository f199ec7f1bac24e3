"""The degrees rule family: degree requirements by level, with their fields of study.

Degree requirements come in a handful of shapes ("Bachelor's degree in mechanical engineering",
"BS/MS/Ph.D in Computer Science or related field", "HS diploma or GED", "No degree required"),
written with punctuation-heavy abbreviations and, in scraped text, with bullets glued together
("...or related field.3+ years", "Bachelor's degree5+ years"). So degree names are found by regexes
over the text built from the pattern rows of ``data/degrees.jsonl`` (the tokenizer would keep
"degree5" as one token; see `trie_regexes` for why there are several), and the cues (false friends, "no degree required",
benefits and staff contexts, "or equivalent experience", field-of-study words) come from
``data/degree_cues.jsonl``. The stages:

1. `find_mentions`: degree names, longest row first, minus those inside a false friend
   ("360-degree feedback", "MS Office", "no BS").
2. `group_mentions`: names joined by "/", "or", "," ("BS/MS/Ph.D") share one field phrase.
3. `FieldParser`: the field phrase after a name ("in industrial or mechanical engineering")
   or before a bare "degree" ("an engineering degree").
4. `confirm`: an ambiguous name (MS, BA, MD, a bare "degree") counts only in degree context.
5. `DegreeRules.__call__`: drops names that are not requirements (tuition benefits, "our team of
   PhDs"), marks "or equivalent experience", and keeps one entry per level per posting.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..record import DegreeEntry
from ..vocabulary import Vocabularies
from .base import Context
from .literals import Screen, fold, lower
from .scope import NOT_REQUIREMENTS
from .segments import Segments

_FLAGS = regex.IGNORECASE | regex.V1
_UPPER, _LOWER = r"(?-i:\p{Lu})", r"(?-i:\p{Ll})"
# A name starts on a word edge, or right after a lower-case letter when it starts with a capital
# (glued bullets: "...experienceBachelor's degree"); "glued" rows may start after any letter.
_END = r"(?!\p{L})"


def _end(row: dict[str, Any]) -> str:
    """How a row's name must end in the lower-cased text the name regexes run on.

    Short names ("ms", "ba", "ged") must not run into letters, or every "terms" and "managed" would
    be a candidate; longer ones may ("MBADefined", "degreeRequired": glued by a scraper), and
    `_word_end` checks their end on the original text, where case shows the glue.
    """
    pattern = row["pattern"]
    return "" if row.get("glued") or len(pattern) >= 5 or "." in pattern else _END
_APOSTROPHES = "'’`´‘"
_CAPITAL = regex.compile(r"\p{Lu}", regex.V1)

CONFIRMS = ("context", "group", "after", "generic", "field", "opens", "alternative")
# Between a bare level and the degree it is an alternative to: "associate or bachelor's degree", "Associate/Bachelor".
_ALTERNATIVE = regex.compile(r"[ \t]*+(?:/|or\b)[ \t]*+", _FLAGS)

# Between two names of one group: "/", ",", "or", "and", "(e.g.," ... ("BS/MS", "Master's or Doctoral Degree (e.g., PhD)").
_CONNECTOR = regex.compile(
    r"\.?(?:[ \t]*+(?:/|,|&|\+|\(|\)|and/or\b|or\b|and\b|e\.g\.|i\.e\.|eg\b|ie\b)[ \t]*+){1,4}(?:(?:an?|the)[ \t]++)?",
    _FLAGS,
)
# What may follow a name before its field: "degree", "(s)", "level", "(or foreign equivalent)", "or higher".
_NAME_TAIL = regex.compile(
    r"(?:[ \t]*+\(s\)|[ \t]*+['’]s\b|[ \t]*+[-‐][ \t]*+level\b|[ \t]++level\b|[ \t]++(?:degrees?|diplomas?)\b)",
    _FLAGS,
)
_SKIP = regex.compile(
    r"(?:[ \t]*+,?[ \t]*+\((?:or[ \t]++)?(?:foreign|international|an?|its)?[ \t]*+equivalent\)"
    r"|[ \t]*+\)|[ \t]*+\((?:or[ \t]++)?(?:higher|above|greater)\)"
    r"|[ \t]*+,?[ \t]*+or[ \t]++(?:higher|above|better|greater|more|equivalent)(?:[ \t]++degree)?\b(?![ \t]++(?:experience|combination|work))"
    r"|(?:[ \t]*+,)?[ \t]++from[ \t]++(?:an?[ \t]++|the[ \t]++)?(?:[\w-]++[ \t]++){0,3}?(?:college|university|institution|school)s?"
    r"(?:[ \t]*+(?:/|or|and)[ \t]*+(?:college|university|institution)s?)?"
    r"|[ \t]++(?:holders?|graduates?|programs?|programmes?)\b)",
    _FLAGS,
)
_INTRO = regex.compile(
    r"[ \t]*+(?:,[ \t]*+)?\(?(?:in[ \t]++(?:an?[ \t]++|the[ \t]++)?(?:field|area|discipline)s?[ \t]++of|in|majoring[ \t]++in|major(?:ed)?[ \t]++in|specializ(?:ing|ed)[ \t]++in|concentrat(?:ing|ed)[ \t]++in"
    r"|(?:preferably|ideally)[ \t]++in|related[ \t]++to"
    r"|(?:with|including|and)[ \t]++(?:an?[ \t]++)?(?:(?:minimum|major|strong)[ \t]++)?(?:major|minor|concentration|emphasis|focus|specialization|specialisation|background|coursework|course[ \t]++work)"
    r"(?:[ \t]++or[ \t]++\w++)?(?:[ \t]++(?:in|on))?"
    r")(?=[ \t(]|$)[ \t]*+",
    _FLAGS,
)
#: A "graduate of" row's school before its field: "Graduate of an accredited school of (professional) nursing".
_SCHOOL_OF = regex.compile(
    r"[ \t]*+(?:(?:an?|the)[ \t]++)?(?:(?:accredited|approved|state[- ]approved|recognized|recognised)[ \t]++)?(?:school|college)[ \t]++of[ \t]++",
    _FLAGS,
)
#: "graduate of (any) bs engineering course": the abbreviation after it names a programme, one field word is enough.
_GRADUATE_OF_BEFORE = regex.compile(r"\bgraduates?[ \t]++(?:of|from)[ \t]++(?:(?:any|an?)[ \t]++)?$", _FLAGS)
_AFTER_DEGREE = regex.compile(
    r"[ \t]*+(?:[-‐][ \t]*+)?(?:or[ \t]++(?:higher|above)[ \t]++)?(?:level[ \t]++)?(?:degrees?|diplomas?)\b", _FLAGS
)
# The most text an _AFTER_DEGREE match can span (its four words at most, whole), found with character
# classes only: the regex module looks for a pattern's literals across the whole range before matching,
# so _AFTER_DEGREE is matched within this reach (and the one character its final \b reads).
_AFTER_DEGREE_REACH = regex.compile(r"[ \t]*+(?:[-‐][ \t]*+)?\w*+(?:[ \t]*+\w*+){0,3}+", _FLAGS)
_AFTER_CONTEXT = regex.compile(
    r"[ \t]*+(?:\(s\)[ \t]*+)?\)?[,;:]?[ \t]*+\(?[ \t]*+(?:(?:is|are)[ \t]++)?(?:(?:strongly|highly)[ \t]++)?"
    r"(?:required|preferred|preferable|preferably|desired|desirable|a[ \t]++plus|a[ \t]++must|mandatory|necessary|or[ \t]++(?:equivalent|higher|above|better|more)"
    r"|holders?|candidates?|level|or[ \t]++ged|/[ \t]*+ged|completion|education|graduates?|equivalent|equivalency"
    r"|from[ \t]++(?:an?[ \t]++|the[ \t]++)?(?:[\w-]++[ \t]++){0,3}?(?:college|university|institution|school)"
    r"|(?:would[ \t]++be[ \t]++)?an?[ \t]++(?:plus|advantage|asset|bonus|must)|or[ \t]++(?:an?[ \t]++)?certificat(?:e|ion)"
    r"|(?:\+|plus|with|and)[ \t]*+(?:\d++|at[ \t]++least|(?:a[ \t]++)?minimum"
    # a number word before the years ("BS with ten (10) years", "MS with eight years")
    r"|\p{L}++(?:[ \t]*+\(\d{1,2}+\+?+\))?+[ \t]*+\+?+[ \t]*+(?:years?|yrs?)))\b"
    # A rung of a ladder without "with": "Master's: 3 years", "MS - 3 yrs" (the years asked of its holders).
    r"|[ \t]*+\)?[ \t]*+(?:[:=\-–—][ \t]*+)?(?<=[:=\-–—][ \t]{0,3})\d{1,2}+\+?+[ \t]*+(?:(?:-|–|to)[ \t]*+\d{1,2}+\+?+[ \t]*+)?(?:years?|yrs?)\b",
    _FLAGS,
)
_BEFORE_GENERIC = regex.compile(
    r"(?:^|[^\w])(?:a|an|the|your|relevant|related|appropriate|accredited|formal|recognized|recognised|required|completed|complete|completion[ \t]++of"
    r"|similar|equivalent|professional|bachelor['’]?s?|master['’]?s?)[ \t]++$",
    _FLAGS,
)
#: Where a name that also names a sector ("higher education") opens a requirement: a line, a bullet or a list item
#: of its own, after a label's colon, or after "completion of" / "appropriate" ("- Higher education, self-motivated").
_OPENS_ITEM = regex.compile(
    r"(?:^|[\n•·●▪*:;]|(?<![\w-])-)[ \t]*+(?:(?:completion[ \t]++of|completed|complete|appropriate|relevant|a|an)[ \t]++)?$",
    _FLAGS,
)
#: ... never after a preposition: "institutions of higher education", "experience in higher education".
_SECTOR_BEFORE = regex.compile(
    r"(?:^|[^\w])(?:of|in|within|to|for|at|across|into|and|about|the|serving|seeking)[ \t]++$", _FLAGS
)
_BEFORE_NO = regex.compile(r"(?:^|[^\w])(?:no|zero|not|without)[ \t]++$", _FLAGS)
_SUCH_AS = regex.compile(
    r"[ \t]*+(?:such[ \t]++as|including|like|e\.g\.,?|eg,?|i\.e\.,?|for[ \t]++example,?|namely|\((?:e\.g\.|eg|i\.e\.|ie)[,:]?)[ \t]++", _FLAGS
)
_TOKEN = regex.compile(
    rf"(?P<ws>[ \t]*+)(?:(?P<word>(?:{_UPPER}++(?!{_LOWER})|{_UPPER}?+{_LOWER}++)(?:[-'’]\p{{L}}++)*+)"
    r"|(?P<sep>,|/|&|\+)|(?P<open>[(\[])|(?P<close>[)\]])|(?P<other>\S))",
    regex.V1,
)
_CONJUNCTIONS = frozenset({"or", "and", "and/or", "nor"})
_OF_STUDY = regex.compile(r"[ \t]++study\b", regex.V1 | regex.IGNORECASE)
#: Field phrases whose genericness is remembered (then forgotten all at once).
_MEMO_SIZE = 20_000
_BRACKET_BODY = regex.compile(r"[^()\n]{0,60}?\)", regex.V1)


def phrase_units(phrase: str, keep_case: bool = False) -> list[tuple[str, str]]:
    """A pattern phrase as (key, regex) units, one per character or liberty (see ``data/degrees.jsonl``).

    Keys are case-folded, so that phrases sharing a beginning share a branch of `trie_regex`.
    """
    units: list[tuple[str, str]] = []
    n = len(phrase)
    i = 0
    while i < n:
        ch = phrase[i]
        if ch in _APOSTROPHES and phrase[i + 1 : i + 2].lower() == "s" and (i + 2 == n or not phrase[i + 2].isalpha()):
            units.append(("'s", r"(?:['’`´‘][ ]?s|s['’`´‘]?)"))
            i += 2
            continue
        if ch in _APOSTROPHES:
            units.append(("'", r"['’`´‘]?"))
        elif ch == ".":
            units.append((".$", r"\.?") if i == n - 1 else (".", r"\.[ ]?"))
        elif ch in " -":
            while i + 1 < n and phrase[i + 1] in " -":
                i += 1
            units.append((" ", r"(?:[ \t]{1,3}|[ \t]?[-‐–][ \t]?)"))
        else:
            units.append((ch.lower(), regex.escape(ch if keep_case else ch.lower())))
        i += 1
    return units


def phrase_regex(phrase: str, keep_case: bool = False) -> str:
    """The regex for one pattern phrase (letters as written when ``keep_case``, else lower-cased)."""
    return "".join(r for _, r in phrase_units(phrase, keep_case))


#: Phrase units that may match no character (see `phrase_units`).
_OPTIONAL_UNITS = (".$", "'")


def trie_regexes(rows: list[dict[str, Any]], indices: Iterable[int], depth: int = 2) -> list[str]:
    """Regexes for the phrases of ``rows[indices]``: one per leading ``depth`` letters, each factored as a trie.

    A regex that starts with a literal is searched at C speed for it; one alternation of 190
    phrases would be tried, branch by branch, at every position of the text (costing more than
    tokenizing it), and one regex per first letter still tries its trie at every "a" or "e".
    A row matched is told by the empty named group ``r<index>`` that closes its branch; within a
    regex, longer phrases are tried first (across regexes, the caller keeps the longest match).
    """
    trie: dict = {}
    for i in indices:
        node = trie
        for key, rx in phrase_units(rows[i]["pattern"]):
            node = node.setdefault((key, rx), {})
        node.setdefault(None, []).append(i)

    def children(node: dict) -> list[tuple[tuple[str, str], dict]]:
        # A unit that may match nothing (a final "." or an apostrophe) is tried after its siblings:
        # else "B.S" with no dot would win in "B.Sc." and its end test fail on the "c" that follows.
        items = [(key_rx, child) for key_rx, child in node.items() if key_rx is not None]
        return sorted(items, key=lambda item: item[0][0] in _OPTIONAL_UNITS)

    def emit(node: dict) -> str:
        branches = [key_rx[1] + emit(child) for key_rx, child in children(node)]
        branches += [f"{_end(rows[i])}(?P<r{i}>)" for i in node.get(None, [])]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    out: list[str] = []

    def split(node: dict, prefix: str, depth: int) -> None:
        if depth == 0:
            out.append(prefix + emit(node))
            return
        out.extend(f"{prefix}{_end(rows[i])}(?P<r{i}>)" for i in node.get(None, [])[:1])
        for key_rx, child in children(node):
            key, rx = key_rx
            if len(key) == 1 and key.isalnum():
                split(child, prefix + rx, depth - 1)
            else:
                out.append(prefix + rx + emit(child))

    split(trie, "", depth)
    return out


#: A name of one word ("degree", "graduates"), which may close the degree group before it.
_ONE_WORD = regex.compile(r"\w+")


@dataclass
class Mention:
    """A degree name found in the text: ``text[start:end]`` and the pattern row it matched."""

    start: int
    end: int
    row: dict[str, Any]

    @property
    def level(self) -> str:
        return self.row["label"]

    @property
    def confirm(self) -> str | None:
        return self.row.get("confirm")


@dataclass
class Fields:
    """A parsed field phrase: the fields (lower-cased) and where the phrase starts and ends."""

    names: list[str] = field(default_factory=list)
    start: int = -1
    end: int = -1


@dataclass
class Member:
    """A mention inside its group, with the field phrase found beside it."""

    mention: Mention
    name_end: int
    fields: Fields
    level: str = ""
    read_to: int = -1  # how far the name's tail was read ("M.S. or higher degree"): names before it are this one

    def __post_init__(self) -> None:
        self.level = self.level or self.mention.level


class _Conjunct(list):
    """The words of one item of a field list; ``after_conjunction`` when "or"/"and" introduced it."""

    after_conjunction = False


class FieldParser:
    """Parse the field-of-study phrase next to a degree name.

    Args:
        cues (Iterable[dict]): The ``degree_cues`` rows; those of kind ``field_stop``,
            ``field_generic``, ``field_strip``, ``field_modifier`` and ``field_head`` are used.
        abbreviations (Iterable[dict]): The ``field_abbreviations`` rows: an ``abbreviation``
            written with its exact case in a field list is read as its ``field`` ("ME").
    """

    def __init__(self, cues: Iterable[dict[str, Any]], abbreviations: Iterable[dict[str, Any]] = ()) -> None:
        self.abbreviations = {row["abbreviation"]: row["field"].lower() for row in abbreviations}
        # Exact case, whole words, longest first ("ChemE" before "ChE"); never matches when the table is empty.
        self._abbreviation = regex.compile(
            r"(?P<ws>[ \t]*+)(?P<abbr>"
            + ("|".join(regex.escape(a) for a in sorted(self.abbreviations, key=len, reverse=True)) or r"(?!)")
            + r")(?![\p{L}\p{N}])",
            regex.V1,
        )
        words: dict[str, set[str]] = {}
        for row in cues:
            if row.get("kind", "").startswith("field_"):
                words.setdefault(row["kind"], set()).update(w.lower() for w in row["words"])
        self.stop = words.get("field_stop", set())
        self.generic = words.get("field_generic", set())
        self.vague = words.get("field_vague", set())
        self.modifiers = words.get("field_modifier", set())
        self.heads = words.get("field_head", set())
        strip = words.get("field_strip", set())
        self.strip_words = {s for s in strip if " " not in s}
        self.strip_phrases = sorted((tuple(s.split()) for s in strip if " " in s), key=len, reverse=True)
        self._generic_memo: dict[tuple[str, ...], bool] = {}
        self._glued_head = regex.compile(
            r"(?:" + "|".join(sorted((regex.escape(h) for h in self.heads if len(h) >= 5), key=len, reverse=True)) + r")(?=\p{Ll}{4})",
            regex.V1,
        )

    def after(self, text: str, pos: int, limit: int) -> Fields:
        """The field list starting at ``pos`` (after "in"), read no further than ``limit``."""
        conjuncts, _ = self._conjuncts(text, pos, limit)
        return self._fields(conjuncts)

    def before(self, text: str, lo: int, pos: int, lowercase: bool, head_only: bool = False) -> Fields:
        """The field words right before ``pos`` ("Computer Science or Engineering| degree"), not before ``lo``.

        The last word must be a field head noun ("an engineering degree"), or, in mixed-case text
        unless ``head_only``, the phrase must be capitalized ("a Journalism degree").
        """
        if pos <= lo or not text[pos - 1 : pos].isspace():
            return Fields()
        tokens = []
        at = lo
        while at < pos:
            m = _TOKEN.match(text, at, pos)
            if m is None or m.end() == at:
                break
            tokens.append(m)
            at = m.end()
        start = None
        for m in reversed(tokens):
            word = m.group("word")
            if word is not None:
                low = word.lower()
                if low in _CONJUNCTIONS:
                    continue
                if low in self.stop or low in self.generic or low in self.vague or low in self.strip_words:
                    break
                start = m.start("word")
            elif m.group("sep") is None:
                break
        if start is None:
            return Fields()
        found = self._fields(self._conjuncts(text, start, pos)[0])
        if not found.names:
            return Fields()
        last = found.names[-1].split()[-1]
        if last not in self.heads and (lowercase or head_only or not text[found.start].isupper()):
            return Fields()
        return found

    def has_words(self, text: str, pos: int, limit: int) -> bool:
        """Whether a field-like phrase (even a vague one: "a quantitative field", "one of these fields") starts at ``pos``."""
        first = _TOKEN.match(text, pos, limit)
        return first is not None and first.group("word") is not None and first.group("word").lower() != "the"

    def heads_at(self, text: str, pos: int, limit: int) -> Fields:
        """A field right after an abbreviation without "in" ("BS Mechanical Engineering"); empty unless it ends in a head noun."""
        first = _TOKEN.match(text, pos, limit)
        if first is None or first.group("word") is None or first.group("word").lower() in _CONJUNCTIONS:
            return Fields()  # "PhD and/or project management certification"
        found = self.after(text, pos, limit)
        if found.names and all(name.split()[-1] in self.heads for name in found.names):
            return found
        return Fields()

    # -- internals -----------------------------------------------------------------
    def _conjuncts(self, text: str, pos: int, limit: int, depth: int = 0) -> tuple[list[_Conjunct], int]:
        conjuncts: list[_Conjunct] = []
        cur = _Conjunct()
        previous = None
        listing = False  # after "a technical field such as": the fields follow
        while pos < limit:
            if (cur or conjuncts) and self._is_generic(cur or conjuncts[-1]):
                such = _SUCH_AS.match(text, pos, limit)
                if such:
                    if cur:
                        conjuncts.append(cur)
                        cur = _Conjunct()
                    pos = such.end()
                    previous = None
                    listing = True
                    continue
            abbreviation = self._abbreviation.match(text, pos, limit)
            if abbreviation is not None and not (previous in ("word", "close") and not abbreviation.group("ws")):
                field = self.abbreviations[abbreviation.group("abbr")]
                cur.append((field, abbreviation.start("abbr"), abbreviation.end("abbr")))  # "BS in ME"
                previous, pos = "word", abbreviation.end()
                continue
            m = _TOKEN.match(text, pos, limit)
            if m is None:
                break
            kind = m.lastgroup
            if kind == "word":
                word = m.group("word")
                low = word.lower().replace("’", "'")
                if (previous in ("word", "close") and not m.group("ws")) or (low == "w" and text[m.end() : m.end() + 1] == "/"):
                    break  # glued words ("FieldProven"), "w/ license"
                if low in _CONJUNCTIONS:
                    if cur:
                        conjuncts.append(cur)
                        cur = _Conjunct()
                    cur.after_conjunction = True  # "industrial or mechanical engineering" (also "/": "electrical/electronics engineering")
                    previous = "sep"
                    pos = m.end()
                    continue
                if low == "the" and not cur and not conjuncts:
                    break  # "Boston, MA in the heart of the city": fields take no "the"
                if low == "of" and cur and _OF_STUDY.match(text, m.end(), limit):
                    cur.append((low, m.start("word"), m.end("word")))  # "field of study": stripped later
                    previous, pos = "word", m.end()
                    continue
                if low in self.stop or (not cur and not listing and conjuncts and self._is_generic(conjuncts[-1])):
                    break  # "..., or equivalent education or work experience": no field after "or a related field"
                glued = self._glued_head.match(low)
                if glued:
                    cur.append((low[: glued.end()], m.start("word"), m.start("word") + glued.end()))
                    break
                cur.append((low, m.start("word"), m.end("word")))
                if len(cur) > 6:
                    cur = _Conjunct()
                    break
            elif kind == "sep":
                if previous == "skipped":
                    break  # "in Science (Chemistry preferred), understanding of ...": the list ended at the bracket
                if cur:
                    conjuncts.append(cur)
                    cur = _Conjunct()
                cur.after_conjunction = m.group("sep") == "/" or cur.after_conjunction
            elif kind == "open":
                examples = _SUCH_AS.match(text, m.end() - 1, limit) if conjuncts or cur else None
                if depth == 0 and (examples or not (cur or conjuncts) or self._is_generic(cur or conjuncts[-1])):
                    if cur:
                        conjuncts.append(cur)
                        cur = _Conjunct()
                    start = examples.end() if examples else m.end()
                    inner, end = self._conjuncts(text, start, min(limit, start + 200), depth + 1)
                    conjuncts.extend(inner)
                    pos = end
                    previous = "close"
                    continue
                close = _BRACKET_BODY.match(text, m.end(), limit) if depth == 0 else None
                if close is None:
                    break
                pos = close.end()
                previous = "skipped"
                continue
            else:
                if kind == "close" and depth:
                    pos = m.end()
                break
            previous = kind
            pos = m.end()
        if cur:
            conjuncts.append(cur)
        return conjuncts, pos

    def _strip(self, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        words = [(w[: -len("-related")], s, e - len("-related")) if w.endswith("-related") and len(w) > 8 else (w, s, e) for w, s, e in words]
        # Leading words first ("a related field" keeps "related", which makes it generic), then trailing ones;
        # stripping never empties a conjunct.
        for leading in (True, False):
            changed = True
            while changed and len(words) > 1:
                changed = False
                for seq in self.strip_phrases:
                    k = len(seq)
                    edge = words[:k] if leading else words[-k:]
                    if len(words) > k and tuple(w for w, _, _ in edge) == seq:
                        words = words[k:] if leading else words[:-k]
                        changed = True
                        break
                if not changed and (words[0] if leading else words[-1])[0] in self.strip_words:
                    words = words[1:] if leading else words[:-1]
                    changed = True
        if len(words) > 1 and words[-1][0] == "related":  # "HR or IT related field"
            words = words[:-1]
        return words

    def _is_generic(self, words: list[tuple[str, int, int]]) -> bool:
        # Asked again at every word of a growing field phrase: the answer depends on the words alone.
        key = tuple(w for w, _, _ in words)
        known = self._generic_memo.get(key)
        if known is None:
            stripped = self._strip(list(words))
            known = any(w in self.generic for w, _, _ in stripped) or all(w in self.vague for w, _, _ in stripped)
            if len(self._generic_memo) >= _MEMO_SIZE:
                self._generic_memo.clear()  # bounded: a pile of 10^8 postings must not grow it for ever
            self._generic_memo[key] = known
        return known

    def _fields(self, conjuncts: list[list[tuple[str, int, int]]]) -> Fields:
        pairs = [(self._strip(c), isinstance(c, _Conjunct) and c.after_conjunction) for c in conjuncts]
        pairs = [
            (c, joined)
            for c, joined in pairs
            if c and not self._is_generic(c) and not all(w in self.strip_words for w, _, _ in c) and len(c[0][0]) + len(c) > 2
        ]  # ... and no lone letter ("course/s")
        if not pairs:
            return Fields()
        kept = [c for c, _ in pairs]
        names = [[w for w, _, _ in c] for c in kept]
        # "industrial or mechanical engineering", "electrical, mechanical, or controls engineering": lone
        # modifiers before the last item of a coordination ("or"/"and") take its head noun, when that
        # item is a modifier plus a head ("electrical, physics" keeps "electrical"; in "mechanical,
        # materials science, manufacturing" nothing is shared).
        head: list[str] = []
        for k in range(len(names) - 1, -1, -1):
            name = names[k]
            if len(name) >= 2 and name[0] in self.modifiers and pairs[k][1]:
                head = name[1:]
            elif len(name) == 1 and name[0] in self.modifiers and head:
                names[k] = name + head
            else:
                head = []
        unique = list(dict.fromkeys(" ".join(n) for n in names))
        return Fields(unique, kept[0][0][1], kept[-1][-1][2])

    @staticmethod
    def close_bracket(text: str, start: int, end: int) -> int:
        """``end``, moved past a ")" that closes a bracket opened in ``text[start:end]`` ("discipline (Math, Physics)")."""
        if text[end : end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
            return end + 1
        return end


#: Degree abbreviations that take a field abbreviation glued to them ("BSCE", "MSChE"), by level.
GLUED_DEGREES = {"BS": "bachelor", "MS": "master"}


def glued_degree_rows(abbreviations: Iterable[dict[str, Any]], known: set[str]) -> list[dict[str, Any]]:
    """Degree-name rows for the ``glued`` field abbreviations ("BS" + "ChE" is a bachelor's in chemical
    engineering), matched with their exact case; patterns already in ``known`` (lower-cased) are left out."""
    rows = []
    for row in abbreviations:
        if not row.get("glued"):
            continue
        for prefix, level in GLUED_DEGREES.items():
            pattern = prefix + row["abbreviation"]
            if pattern.lower() not in known:
                known.add(pattern.lower())
                rows.append({"label": level, "pattern": pattern, "fields": [row["field"].lower()], "case": "exact"})
    return rows


class DegreeRules:
    """Find degree requirements in a doc: level, fields of study, equivalence and evidence.

    Args:
        nlp (Language): The pipeline (unused: names are matched on ``doc.text``).
        vocabularies (Vocabularies): Where the ``degrees`` and ``degree_cues`` tables (and the
            ``sections``/``cues`` tables of the requirement scope) come from.
    """

    family = "degrees"

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        abbreviations = vocabularies.table("field_abbreviations")
        rows = [dict(r) for r in vocabularies.table("degrees")]
        rows += glued_degree_rows(abbreviations, {r.get("pattern", "").lower() for r in rows})
        for i, row in enumerate(rows):
            if not isinstance(row.get("pattern"), str) or not row.get("label"):
                raise ValueError(f"degrees row {i}: needs a 'label' and a phrase 'pattern', got {row!r}")
            if row.get("confirm") not in (None, *CONFIRMS):
                raise ValueError(f"degrees row {i}: 'confirm' must be one of {CONFIRMS}, got {row['confirm']!r}")
        self.rows = rows
        self._names = self._compile(rows)
        self._exact = {id(r): regex.compile(phrase_regex(r["pattern"], keep_case=True), regex.V1) for r in rows if r.get("case") == "exact"}
        cues = vocabularies.table("degree_cues")
        self._no_degree = _alternation(cues, "no_degree")
        # A form field that says no degree names none to match around ("Minimum Education: None").
        self._no_degree_field = _alternation(cues, "no_degree_field")
        self._not_requirement = _alternation(cues, "not_requirement")
        self._blocking = _alternation(cues, "false_friend", "no_degree")
        self._or_equivalent = _alternation(cues, "or_equivalent")
        self._education_field = _alternation(cues, "education_field")
        self._school_below_bachelor = _alternation(cues, "school_below_bachelor", bounded=False)
        self._echo = _alternation(cues, "echo")
        # A posting holding none of a cue's required words (derived from the cue rows) is not searched for it.
        self._cue_screens = (_screen(self._not_requirement), _screen(self._or_equivalent))
        self._blocking_screen = _screen(self._blocking)
        self.fields = FieldParser(cues, abbreviations)
        self._dropped_sections = {cat for cat, families in NOT_REQUIREMENTS.items() if self.family in families}

    @staticmethod
    def _compile(rows: list[dict[str, Any]]) -> list[regex.Pattern[str]]:
        """The name regexes, one per first character, matched case-sensitively on the lower-cased text.

        (A case-insensitive literal search is ten times slower in the regex module; case-exact rows
        are checked on the original text afterwards, and so are word edges.)
        """
        return [regex.compile(rx, regex.V1) for rx in trie_regexes(rows, range(len(rows)))]

    # -- stage 1: names ----------------------------------------------------------------
    def find_mentions(self, text: str) -> tuple[list[Mention], list[regex.Match[str]]]:
        """Degree names in ``text``, in text order, minus those that start inside a false friend or a "no degree" cue;
        and the "no degree" cues ("No degree required") found that way.

        A name starts a word, or follows a lower-case letter as a capital (bullets glued by a scraper:
        "...experienceBachelor's"); in an all-lower-case text, "glued" rows may start anywhere.
        """
        low = lower(text)
        lowercase = low == text
        found = sorted((m for pattern in self._names for m in pattern.finditer(low)), key=lambda m: (m.start(), -m.end()))
        may_block = self._blocking_screen.may_match(fold(text)) if found else False
        mentions: list[Mention] = []
        nones: dict[int, regex.Match[str]] = {}
        memo: dict[int, regex.Match[str] | None] = {}
        memo_none: dict[int, regex.Match[str] | None] = {}
        covered = -1
        for m in found:
            start = m.start()
            if start < covered:
                continue
            row = self.rows[int(m.lastgroup[1:])]
            before = text[start - 1] if start else " "
            # In an all-lower-case text, longer names may be glued to the word before ("qualificationsgraduate of ...").
            glued = lowercase and (row.get("glued") is True or len(row["pattern"]) >= 6)
            if before.isalnum() and not _glue_point(text, start) and not glued:
                continue
            if not _word_end(text, m.end()):
                continue
            if row.get("case") == "exact":
                if lowercase and row.get("confirm") == "group":
                    continue  # "as", "be", "do" in lower-cased text are words
                if not lowercase and not self._exact[id(row)].fullmatch(text, start, m.end()):
                    continue
            if row.get("confirm") in ("context", "group") and text[m.end() : m.end() + 1].isdigit():
                continue  # "DNP3", "MS2": a protocol or a model, not a degree
            blocked = _match_around(self._blocking, text, start, m.end(), memo) if may_block else None
            if blocked is not None:
                no = _match_around(self._no_degree, text, start, m.end(), memo_none)
                if no is not None:
                    nones.setdefault(no.start(), no)
                continue
            mentions.append(Mention(start, m.end(), row))
            covered = m.end()
        if "education" in low:
            for no in self._no_degree_field.finditer(text):
                nones.setdefault(no.start(), no)
        return mentions, list(nones.values())

    # -- stage 2-4: groups, fields, confirmation ---------------------------------------------
    def groups(self, text: str, segments: Segments, mentions: list[Mention]) -> list[list[Member]]:
        """The confirmed degree groups of ``text``: members with their names' ends and fields."""
        lowercase = _CAPITAL.search(text) is None
        raw = group_mentions(text, mentions)
        out: list[list[Member]] = []
        starts = [m.start for m in mentions]
        last_end = -1
        for group in raw:
            first = group[0]
            segment = segments.at(first.start)
            if first.start < last_end:
                continue  # already read as the previous group's "degree" or field
            if (
                out and first.confirm in ("generic", "field") and len(group) == 1 and first.start - last_end <= 2
                and _ONE_WORD.fullmatch(first.row["pattern"])
            ):
                # "BS Computer Science degree", "engineering graduates": the name closes the previous group (a school
                # named for its degree does not: "Bachelor's Degree (four year college or technical school)").
                for member in out[-1]:
                    member.name_end = max(member.name_end, first.end)
                last_end = first.end
                continue
            if (
                out and len(group) == 1 and first.confirm == "generic" and last_end > segment.start
                and self._echo.search(text, max(segment.start, first.start - 30), first.start)
            ):
                continue  # "MS or Ph.D in engineering ..., or equivalent degree": the degree before, repeated
            members = []
            for mention in group:
                limit = min(segment.end if segment.end > mention.end else len(text), mention.end + 300)
                members.append(self._member(text, mention, limit, starts, lowercase, segment.start, last_end))
            for k in range(len(members) - 2, -1, -1):
                # "BS/MS in chemistry": a name without a field shares the next one's field phrase
                # (not the field an abbreviation names itself: "Graduate degree (e.g. MBA)").
                if not members[k].fields.names and members[k + 1].fields.end >= 0:
                    members[k].fields = members[k + 1].fields
            # A bare level ("associate") is a degree only as the alternative to the next one ("associate or bachelor's
            # degree"), not a job title beside one ("Retail Associate, Bachelor's degree preferred").
            members = [
                m for k, m in enumerate(members)
                if m.mention.confirm != "alternative"
                or (k + 1 < len(members) and _ALTERNATIVE.fullmatch(text, m.mention.end, members[k + 1].mention.start))
            ]
            if not members:
                continue
            if len(members) > 1:
                # A name that needs its field of study and has none is no member: "Bachelor's Degree (four year
                # college or technical school)" names where the degree is from.
                members = [m for m in members if _ONE_WORD.fullmatch(m.mention.row["pattern"]) or m.mention.confirm != "field" or m.fields.names] or members[:1]
            # A form field's label confirms a name that needs context ("Education: High School"), not a bare
            # "Graduate", which needs its field ("Educational Level: Graduate" may be a graduate degree).
            form_field = first.confirm != "field" and self._education_field.search(
                text, max(segment.line_start, first.start - 50), first.start
            ) is not None
            if form_field or confirm(text, members, lowercase):
                if any(m.level == "high_school" for m in members):
                    for member in members:  # "High school degree, diploma or a GED": the bare "diploma" is that one
                        if member.mention.confirm == "generic":
                            member.level = "high_school"
                out.append(members)
                last_end = max(max(m.name_end, m.fields.end, m.read_to) for m in members)
        return out

    def _member(
        self, text: str, mention: Mention, limit: int, starts: list[int], lowercase: bool, seg_start: int, prev_end: int
    ) -> Member:
        pos = mention.end
        reach = limit  # the field phrase stops at the next name; a school named after it still counts
        for _ in range(3):
            tail = _NAME_TAIL.match(text, pos, limit)
            if not tail:
                break
            pos = tail.end()
        name_end = pos
        for _ in range(3):
            skip = _SKIP.match(text, pos, limit)
            if not skip:
                break
            pos = skip.end()
        # The field phrase stops at the next degree name ("in Pharmacy or Doctor of Pharmacy").
        k = bisect_right(starts, pos - 1)
        if k < len(starts):
            limit = min(limit, starts[k])
        found = Fields()
        if mention.row.get("fields"):
            found = Fields(list(mention.row["fields"]), -1, -1)
        else:
            intro = _INTRO.match(text, pos, limit)
            if intro:
                found = self.fields.after(text, intro.end(), limit)
                if not found.names and self.fields.has_words(text, intro.end(), limit):
                    found = Fields([], -1, name_end)  # "MS in a quantitative field": a degree, no field
            elif mention.row.get("then") == "field":
                school = _SCHOOL_OF.match(text, pos, limit)
                found = self.fields.after(text, school.end() if school else pos, limit)
            elif " " not in mention.row["pattern"] and mention.confirm not in ("generic", "field") and text[pos : pos + 1] in (" ", "\t"):
                found = self.fields.heads_at(text, pos, limit)
                if (
                    mention.confirm and sum(len(n.split()) for n in found.names) < 2
                    and not _GRADUATE_OF_BEFORE.search(text, max(0, mention.start - 24), mention.start)
                ):
                    found = Fields()  # "A.S. Logistics" is a company; "bs electrical engineering" is a degree
            if not found.names and mention.confirm in ("generic", "field"):
                lo = max(seg_start, prev_end, mention.start - 80)
                found = self.fields.before(text, lo, mention.start, lowercase, head_only=mention.confirm == "field")
        preferably = _PREFERABLY_IN.match(text, max(found.end, pos), limit)
        if preferably:
            # "bachelor's degree, preferably in a technical or engineering field (...)", "degree in engineering
            # (preferably mechatronics)": the preferred field is the degree's, and so is the cue (labelling guide)
            more = self.fields.after(text, preferably.end(), limit)
            if more.names:
                names = list(dict.fromkeys(found.names + more.names))
                found = Fields(names, found.start if found.start >= 0 else more.start, more.end)
            elif self.fields.has_words(text, preferably.end(), limit):  # "preferably in a technical field (...)"
                tail = _PREFERRED_TAIL.match(text, preferably.end(), limit)
                found = Fields(found.names, found.start, tail.end())
        level = ""
        if mention.confirm == "generic" and self._school_below_bachelor.match(text, name_end, reach):
            level = "associate"  # "Degree or Certificate from a trade school"
        return Member(mention, name_end, found, level=level, read_to=pos)

    # -- stage 5: entries ---------------------------------------------------------------------
    def __call__(self, doc: Doc, context: Context) -> list[DegreeEntry]:
        """The degree entries of ``doc`` (``requirement`` left at "required" for the scope to decide).

        Args:
            doc (Doc): The posting.
            context (Context): Its segments (whose ``text`` is ``doc.text``).
        """
        segments = context.segments
        text = segments.text  # the same as doc.text, which spaCy rebuilds from the tokens at every call
        candidates: list[DegreeEntry] = []
        mentions, nones = self.find_mentions(text)
        groups = self.groups(text, segments, mentions)
        # Windows around consecutive groups overlap: each word start is tried once per doc.
        folded = fold(text)
        self._doc_cues = tuple(
            _WordCues(cue, text, screen.may_match(folded))
            for cue, screen in zip((self._not_requirement, self._or_equivalent), self._cue_screens)
        )
        spans = [(min(m.mention.start for m in g), max(max(m.name_end, m.fields.end) for m in g)) for g in groups]
        equivalents = [
            self._equivalent_after(text, segments, end, spans[k + 1][0] if k + 1 < len(spans) else len(text))
            for k, (_, end) in enumerate(spans)
        ]
        for k in range(len(groups) - 2, -1, -1):
            # "Bachelor's in Pharmacy or PharmD ..., or equivalent combination": the alternatives share it.
            if _OR_BETWEEN.fullmatch(text, spans[k][1], spans[k + 1][0]):
                equivalents[k] = equivalents[k] or equivalents[k + 1]
        for members, (start, end), equivalent in zip(groups, spans, equivalents):
            if self._not_requirement_near(text, segments, start, end):
                continue
            by_level: dict[str, DegreeEntry] = {}
            for member in members:
                m_start = member.mention.start
                if 0 <= member.fields.start < m_start:
                    m_start = member.fields.start
                m_end = max(member.name_end, member.fields.end)
                same = by_level.get(member.level)
                if same is not None:  # "HS diploma or GED", "BA/BS degree": one entry, evidence through both
                    same.end = self.fields.close_bracket(text, same.start, max(same.end, m_end))
                    same.text = text[same.start : same.end]
                    if not same.fields and member.fields.end >= 0:
                        same.fields = list(member.fields.names)
                    continue
                m_end = self.fields.close_bracket(text, m_start, m_end)
                by_level[member.level] = DegreeEntry(
                    text=text[m_start:m_end], start=m_start, end=m_end, level=member.level,
                    fields=list(member.fields.names), or_equivalent=equivalent,
                )
            candidates.extend(by_level.values())
        for m in nones:
            candidates.append(DegreeEntry(text=m.group(), start=m.start(), end=m.end(), level="none", fields=[]))
        candidates.sort(key=lambda e: (e.start, e.end))
        # Every mention, repeated levels too: alternative paths name a level once per path.
        context.found[MENTIONS] = list(candidates)
        return self._one_per_level(context, candidates)

    def _one_per_level(self, context: Context, candidates: list[DegreeEntry]) -> list[DegreeEntry]:
        """One entry per level: the first mention outside Benefits/About-us sections (which the scope drops).

        The first mention keeps its evidence and scope ("Bachelor's degree required. ... Master's
        preferred. ... Bachelor's in engineering" gives bachelor at the first, required); it takes
        the fields of a later mention of its level when it names none (["engineering"]), and its
        equivalence when a later one offers it.
        """
        levels = [e.level for e in candidates]
        repeated = len(set(levels)) < len(levels)
        kept: dict[str, DegreeEntry] = {}
        for entry in candidates:
            section = context.section_at(entry.start) if repeated else None
            if section is not None and section.category in self._dropped_sections:
                continue
            first = kept.get(entry.level)
            if first is None:
                kept[entry.level] = entry
            elif not first.fields and entry.fields:
                first.fields = list(entry.fields)
            if first is not None and entry.or_equivalent:
                first.or_equivalent = True
        return sorted(kept.values(), key=lambda e: (e.start, e.end))

    def _not_requirement_near(self, text: str, segments: Segments, start: int, end: int) -> bool:
        segment = segments.at(start)
        lo, hi = max(segment.start, start - 100), min(max(segment.end, end), end + 60)
        return self._doc_cues[0].search(lo, hi) is not None

    def _equivalent_after(self, text: str, segments: Segments, end: int, next_start: int) -> bool:
        index = segments.index_at(max(0, end - 1))
        segment = segments.segments[index] if len(segments) else None
        hi = min(next_start, (segment.end if segment else len(text)), end + 160)
        if hi > end and self._doc_cues[1].search(end, hi):
            return True
        if segment is not None and index + 1 < len(segments):
            following = segments.segments[index + 1]
            if following.start < next_start and _LIEU.match(text, following.start, following.end):
                return True
        return False


_PREFERABLY_IN = regex.compile(
    r"[ \t]*+,?[ \t]*+\(?[ \t]*+(?:preferably|ideally)[ \t]*+(?::[ \t]*+)?(?:in[ \t]++)?+(?:an?[ \t]++|the[ \t]++)?+(?=\p{L})"
    r"(?!(?:licen[sc]ed|certified|registered|board|with|having|has|have|holding|someone|candidates?|applicants?"
    r"|experience[ds]?|at|from|who|one|willing|able|knowledge|familiar)\b)", _FLAGS
)
# ... up to the sentence's end, a bracket's end or a bullet glued on ("... in the field You will have ...").
_PREFERRED_TAIL = regex.compile(r"(?:(?![ \t]++(?-i:\p{Lu}\p{Ll}))[^.;\n()]){0,100}+(?:\([^()\n]{0,160}+\))?", _FLAGS)
_OR_BETWEEN = regex.compile(r"[ \t]*+,?[ \t]*+(?:or|and/or)[ \t]++(?:an?[ \t]++)?", _FLAGS)
_LIEU = regex.compile(r"[^\w]{0,6}(?:in[ \t]++lieu[ \t]++of|or[ \t]++equivalent|equivalent[ \t]++(?:\w+[ \t]++){0,2}?experience)", _FLAGS)


#: Key of `Context.found` under which the family leaves every degree mention (before one-per-level).
MENTIONS = "degree_mentions"


def _alternation(rows: Iterable[dict[str, Any]], *kinds: str, bounded: bool = True) -> regex.Pattern[str]:
    """One regex for the cue rows of ``kinds``, starting on a word edge unless not ``bounded``."""
    parts = [row["regex"] for row in rows if row.get("kind") in kinds]
    if not parts:
        return regex.compile(r"(?!)")
    return regex.compile((r"\b" if bounded else "") + "(?:" + "|".join(f"(?:{p})" for p in parts) + r")", _FLAGS)


def _screen(pattern: regex.Pattern[str]) -> Screen:
    return Screen([pattern.pattern], pattern.flags)


_WORD_START = regex.compile(r"\b\w", regex.V1)
_DEGREE_WORD_END = regex.compile(r"\b(?:degrees?|diplomas?)$", _FLAGS)


class _WordCues:
    """Search one text for a cue alternation that starts on a word, in windows that overlap.

    A search tries all of a big alternation's branches at every position (the cue tables have
    dozens), so the cue is tried only at word starts, and once per word start per text: the
    stretches already tried are kept with the word starts where the cue matched, and a match there
    counts in a window when it ends inside it. (A pasted list of degree names puts every word in
    dozens of windows.) With ``possible`` False (the text holds none of the cue's required words,
    `literals.Screen`) every search finds nothing without trying.
    """

    def __init__(self, pattern: regex.Pattern[str], text: str, possible: bool = True) -> None:
        self.pattern, self.text, self.possible = pattern, text, possible
        self._tried: list[tuple[int, int]] = []  # sorted, disjoint [start, end) stretches already tried
        self._hits: list[int] = []  # word starts in the tried stretches where the cue matches, sorted
        self._matches: dict[int, regex.Match[str]] = {}

    def search(self, lo: int, hi: int) -> regex.Match[str] | None:
        """The first match of the cue that starts at a word start in ``[lo, hi)`` and ends by ``hi``."""
        if not self.possible:
            return None  # the text holds none of the cue's required words
        self._try(lo, hi)
        hits, k = self._hits, bisect_left(self._hits, lo)
        while k < len(hits) and hits[k] < hi:
            at = hits[k]
            m = self._matches[at]
            if m.end() > hi:
                m = self.pattern.match(self.text, at, hi)  # a shorter branch may end inside the window
            if m is not None:
                return m
            k += 1
        return None

    def _try(self, lo: int, hi: int) -> None:
        """Try the cue at the word starts of ``[lo, hi)`` not tried yet."""
        tried = self._tried
        i = bisect_right(tried, (lo, len(self.text) + 1)) - 1  # the last stretch starting at or before lo
        i = max(i, 0)
        pos, merged_lo, merged_hi = lo, lo, hi
        first = i
        while i < len(tried) and tried[i][0] <= hi:
            a, b = tried[i]
            if b < lo:
                first = i + 1
                i += 1
                continue
            if a > pos:
                self._try_stretch(pos, a)
            pos = max(pos, b)
            merged_lo, merged_hi = min(merged_lo, a), max(merged_hi, b)
            i += 1
        if pos < hi:
            self._try_stretch(pos, hi)
        tried[first:i] = [(merged_lo, merged_hi)]

    def _try_stretch(self, lo: int, hi: int) -> None:
        for w in _WORD_START.finditer(self.text, lo, hi):
            m = self.pattern.match(self.text, w.start())
            if m is not None:
                insort(self._hits, w.start())
                self._matches[w.start()] = m


def _match_around(
    pattern: regex.Pattern[str], text: str, start: int, end: int, memo: dict[int, regex.Match[str] | None]
) -> regex.Match[str] | None:
    """A match of a word-initial cue ``pattern`` that starts at most 40 characters before ``start`` and covers it.

    ``memo`` keeps the match tried at each word start, for the next names nearby ("BS/MS/PhD").
    """
    for w in _WORD_START.finditer(text, max(0, start - 40), start + 1):
        at = w.start()
        if at not in memo:
            memo[at] = pattern.match(text, at, min(len(text), at + 120))
        m = memo[at]
        if m is not None and m.end() > start:
            return m
    return None


def _word_end(text: str, i: int) -> bool:
    """Whether a name may end at ``i``: no letter follows, or the next word was glued on ("MBA|Defined", "degree|Required")."""
    return i >= len(text) or not text[i].isalpha() or _glue_point(text, i)


def _glue_point(text: str, i: int) -> bool:
    """A word glued to the one before by a scraper: "experience|Bachelor's", "QUALIFICATIONS|Bachelor's"."""
    before, here = text[i - 1], text[i]
    return here.isupper() and (before.islower() or (before.isupper() and text[i + 1 : i + 2].islower()))


def group_mentions(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Split mentions into groups of names joined only by connectors ("BS/MS/Ph.D", "Bachelor's or Master's")."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups:
            last = groups[-1][-1]
            gap_ok = len(groups[-1]) < 8 and 0 <= mention.start - last.end <= 20 and (
                mention.start == last.end or _CONNECTOR.fullmatch(text, last.end, mention.start) is not None
            )
            if gap_ok:
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups


def confirm(text: str, members: list[Member], lowercase: bool) -> bool:
    """Whether a group is a degree: unambiguous names always are; ambiguous ones need degree context.

    Args:
        text (str): The posting text.
        members (list[Member]): The group's members with their fields.
        lowercase (bool): The posting is all lower-case (case tells nothing).
    """
    kinds = [m.mention.confirm for m in members]
    if any(k is None for k in kinds):
        return True
    first, last = members[0], members[-1]
    if _BEFORE_NO.search(text, max(0, first.mention.start - 12), first.mention.start):
        return False
    abbreviations = [k for k in kinds if k in ("context", "group")]
    if len(abbreviations) >= 2:
        return True
    after = max(m.name_end for m in members)
    has_fields = any(m.fields.end >= 0 for m in members)  # a parsed field phrase, not the field an abbreviation names (MPA)
    reach = _AFTER_DEGREE_REACH.match(text, last.mention.end).end() + 1
    degree_after = _AFTER_DEGREE.match(text, last.mention.end, min(len(text), reach)) is not None or any(
        _DEGREE_WORD_END.search(text, m.mention.end, m.name_end) for m in members
    )
    context_after = _AFTER_CONTEXT.match(text, after) is not None or _AFTER_CONTEXT.match(text, last.mention.end) is not None
    for kind in set(kinds):
        if kind == "group" and not degree_after:
            return False
        if kind == "context" and not (degree_after or context_after or has_fields):
            return False
        if kind == "after" and not (degree_after or context_after or has_fields):
            return False
        if kind == "field" and not has_fields:
            return False
        if kind == "opens":
            lo = max(0, first.mention.start - 30)
            if not _OPENS_ITEM.search(text, lo, first.mention.start) and (
                _SECTOR_BEFORE.search(text, lo, first.mention.start) or not (has_fields or degree_after or context_after)
            ):
                return False
        if kind == "generic" and not (
            has_fields or context_after or _BEFORE_GENERIC.search(text, max(0, first.mention.start - 30), first.mention.start)
        ):
            return False
    return True

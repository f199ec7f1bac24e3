"""The industries rule family: the employer's own industry and the industries wanted as experience.

An industry word counts only with an anchor. Three stages, all driven by data
(``data/industries.jsonl`` for the vocabulary, ``data/industry_cues.jsonl`` for
heads, fillers, false friends and role rules):

1. **Mentions.** Industry terms are matched as phrases, then anchored:

   * ``headed``: terms before a head noun, a coordinated list sharing one head
     ("food manufacturer", "consumer product, food, chemical or pharmaceutical industries");
   * ``place``: one noun naming a kind of business ("refinery", "machine shop");
   * ``bare``: an industry noun alone ("manufacturing", "injection molding");
   * ``dangling``: any other term, which only a maker phrasing turns into an entry
     ("a leading manufacturer of specialty chemicals").

2. **Role.** ConText-style rules look at the mention's sentence or bullet:
   "experience in ...", "... experience", "N years in ..." make it ``experience``;
   "we are ...", "our client, a ...", "is a leading ..." make it ``employer``;
   "industry standards", "clients in ...", "health care benefits" make it nothing.
   Without a rule, a singular company head ("a food manufacturer") is the employer,
   an industry/setting head ("the food industry") is experience under a requirements
   header or beside a requirement cue and the employer elsewhere (plural environments,
   "in chemical environments", nothing there), and a bare noun is nothing.

   Mentions coordinated with only a joiner between them ("the staffing industry and/or tech startups",
   "a food manufacturing industry or FMCG") are judged as one list: the later reads the text before the first.

3. **Record.** An ambiguous label's entries take the sense the posting's words show (a row's ``sense``:
   "a security company" is cybersecurity where the posting speaks of cyber threats, firewalls, malware).
   One entry per (label, role), the first evidence kept; the employer entry of a generic label
   (manufacturing, construction, healthcare) gives way to a more specific one under its code (31-33 to food 311).

A job board's industries criteria (LinkedIn's block, often glued to the words around it by scrapers) and its own
"Industry" line ("Industry: Semiconductors", LinkedIn's "Industry\\nSoftware Development") give employer entries
by the board's own names, with the codes ``data/board_industries.jsonl`` gives them (`boards.BoardVocabulary`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Any, NamedTuple

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..boards import BoardName, BoardVocabulary, name_words
from ..record import IndustryEntry
from ..vocabulary import Vocabularies, snake_label
from .base import Context
from .literals import Found, Pruned, Screen, fold, leading_literals, lower, prescan, scanned, screening, search_at_leads
from .phrases import PhraseTable, longest_matches
from .scope import PREFERRED, REQUIRED

MENTION_KINDS = ("headed", "place", "bare", "dangling")
ROLES = ("employer", "experience", "none")
#: Head groups that name a company or a site (a singular one is the employer by default).
COMPANY_GROUPS = ("company", "make")
#: The role rules read at most this many characters before and after a mention, within its sentence or bullet.
WINDOW_BEFORE, WINDOW_AFTER = 160, 80
_FLAGS = regex.IGNORECASE | regex.V1
# Evidence for a bare noun takes in an adjacent "experience in" / "experience" (as the seed gold writes it).
_EXPERIENCE_IN = regex.compile(r"\bexperience\s++(?:in|with|within)\s++$", _FLAGS)
_EXPERIENCE_AFTER = regex.compile(r"[ \t]++experience\b", _FLAGS)
# The run of capitalised words right before a Title Case mention, and the word before that run.
_CAPITALISED_RUN = regex.compile(r"(?:[\p{Lu}][\p{L}\p{N}&'.\-/]*+[ \t]++(?:(?:and|&|of)[ \t]++)?){1,6}$", regex.V1)
_INDEFINITE_BEFORE = regex.compile(r"\b(?:a|an|our)[ \t]++(?:[\w\-,]++[ \t]++){0,2}$", _FLAGS)
# "Australia's best managed service provider": a possessive before a superlative stands for the article
# (not "the company's repair shop", a department).
_ARTICLE_BEFORE = regex.compile(
    r"(?:\b(?:a|an|our|this|one\s++of\s++the)|\w['’]s\s++(?:best|leading|largest|biggest|top|premier|first|only|"
    r"fastest[\w\-]*+|most\s++[\w\-]++))\s++(?:[\w\-/&,]++\s++){0,5}$",
    _FLAGS,
)
# "... within a pharmaceutical company" in a requirement: where the candidate has worked.
_WORKED_AT = regex.compile(r"\b(?:within|inside|at|in|from|for)\s++(?:a|an)\s++(?:[\w\-]++\s++){0,3}$", _FLAGS)
_DASHES = frozenset("-–")
_ELISION_JOINERS = frozenset(("/", "or", "and", "&", "and/or"))
# Mentions coordinated with nothing but joiners between them are judged as one list.
_COORDINATION_GAP = regex.compile(
    r"[ \t]*+(?:,[ \t]*+(?:(?:and/or|and|or|&)[ \t]++)?|(?:and/or|and|or|nor|&|plus)[ \t]++|/[ \t]*+)", _FLAGS
)
_STRENGTH = {"term": 0, "noun": 1, "place": 2}
# The words of a noun phrase after a maker cue, and the words that part its coordinated items.
_NP_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*+|[,/&]", regex.V1)
_NP_BOUNDARY = regex.compile(r"[.;:!?()\[\]\n•|]|\s[-–—]\s", regex.V1)
_NP_TRAILING = frozenset(("services", "service"))  # end an item like the head fillers: "IT consulting [services]"
_NP_SEPARATORS = frozenset((",", "/", "&", "and", "or", "as", "well", "plus"))
_PLURAL = regex.compile(r"(?<![su])s$|ies$", _FLAGS)
_WORD_RUN = regex.compile(r"\w++")


class _DocFacts:
    """What the role rules ask about one doc, each found on first use (most postings never ask).

    Args:
        text (str): The doc's text.
        context (Context): The entries of earlier families, the doc's sections and the requirement scope.
    """

    def __init__(self, text: str, context: Context) -> None:
        self._scope, self._text, self._context = context.requirement_scope, text, context
        self._cues: dict[int, bool] = {}
        self._covers: dict[str, _Reach] = {}
        #: Whether a role rule matches, by the rule and the window text it read: a window that comes again
        #: (a block pasted many times over, a list of one phrase) is read once (`IndustryRules.role`).
        self.window_matches: dict[tuple[int, str, str | None], bool] = {}

    def section_at(self, offset: int) -> str | None:
        """The category of the section holding ``offset`` ("required", "benefits", ...), None outside any."""
        section = self._context.section_at(offset)
        return section.category if section else None

    def cue_in(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (a segment) holds a requirement cue ("preferred", "a plus", "required")."""
        if start not in self._cues:
            cues = self._scope.cues(self._text[start:end])
            pseudo = [c for c in cues if c.direction == "pseudo"]
            self._cues[start] = any(
                c.direction != "pseudo" and not any(p.start <= c.start < p.end for p in pseudo) for c in cues
            )
        return self._cues[start]

    def inside(self, family: str, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies within an entry found by the earlier family ``family``."""
        if family not in self._covers:
            self._covers[family] = _Reach(self._context.found.get(family) or ())
        return self._covers[family].furthest(start, inclusive=True) >= end


class _Reach:
    """How far the entries starting up to an offset reach: their starts in order and the running furthest end,
    so that an overlap test against many entries is a bisection (a pasted text holds thousands of entries).

    Args:
        entries (Iterable): Entries with ``start`` and ``end`` offsets.
    """

    def __init__(self, entries: Iterable[Any]) -> None:
        ordered = sorted(entries, key=lambda e: e.start)
        self._starts = [e.start for e in ordered]
        self._reach = list(accumulate((e.end for e in ordered), max))

    def furthest(self, offset: int, inclusive: bool) -> int:
        """The furthest end of the entries starting before ``offset`` (or at it, when ``inclusive``); -1 for none."""
        i = (bisect_right if inclusive else bisect_left)(self._starts, offset) - 1
        return self._reach[i] if i >= 0 else -1


@dataclass(frozen=True)
class RoleRule:
    """One role rule of ``industry_cues.jsonl``: a regex, the side it looks at and the role it gives."""

    role: str
    side: str
    applies: frozenset[str]
    pattern: regex.Pattern[str] | None
    family: str | None = None
    groups: frozenset[str] | None = None
    plural: bool | None = None
    naics: tuple[str, ...] | None = None
    row_group: str | None = None
    not_row_group: str | None = None
    labels: frozenset[str] | None = None
    terms: frozenset[str] | None = None
    and_after: regex.Pattern[str] | None = None
    #: Screens derived from ``pattern`` and ``and_after`` (`literals.Screen`): a window holding none of a
    #: regex's required words is never searched.
    screen: Screen | None = None
    and_after_screen: Screen | None = None
    #: The `literals.leading_literals` of a "before" regex (None: unknown, or one as short as a letter, found
    #: nearly everywhere): its search tries only where they stand.
    leads: frozenset[str] | None = None

    def governs(self, mention: Mention) -> bool:
        """Whether the rule's filters admit ``mention`` (kind, head group, number, industry, term words)."""
        if mention.kind not in self.applies:
            return False
        if self.groups is not None:
            if mention.head is None or not {mention.head["group"], mention.head["head"]} & self.groups:
                return False
        if self.plural is not None and mention.plural != self.plural:
            return False
        if self.naics is not None and not (mention.row.get("naics") or "").startswith(self.naics):
            return False
        if self.not_row_group is not None and self.not_row_group in mention.row["_groups"]:
            return False
        if self.labels is not None and mention.row["label"] not in self.labels:
            return False
        if self.terms is not None and (not mention.terms or mention.terms[-1] not in self.terms):
            return False
        return self.row_group is None or self.row_group in mention.row["_groups"]


class _RuleWords:
    """Which role rules may match a window, by the words in it: one lookup per word instead of a screen per rule.

    A "before" or "after" rule matches a window only where one of its screen's literals (`Screen.literals`,
    case-folded) stands in it. A literal of word characters (``\\w``) only stands within a word (a run without
    white space), so the rules a window may match are those of the literals inside its words; what each word
    holds is found once and kept. A literal with other characters ("award-winning", "we're") counts by its
    longest run of word characters ("winning", "we"): it never stands where that run does not. A rule of unknown
    literals, or an "inside" rule, is always asked. Rules are bits of one int, by their place in ``rules``.

    Args:
        rules (list[RoleRule]): Every role rule.
    """

    #: Words kept with their rules at most, about 4 MB (past it the table starts again: a pile of postings names no
    #: end of words; 3,000 postings-large postings name 30,000).
    KEPT = 30_000

    def __init__(self, rules: list[RoleRule]) -> None:
        self.bit = {id(rule): 1 << i for i, rule in enumerate(rules)}
        self.always, self.before, self.after = 0, 0, 0
        self._rules_of: dict[str, int] = {}
        for rule in rules:
            bit = self.bit[id(rule)]
            literals = rule.screen.literals if rule.screen is not None else None
            words = [max(_WORD_RUN.findall(literal), key=len, default="") for literal in literals or ()]
            if rule.side not in ("before", "after") or not literals or not all(words):
                self.always |= bit
                continue
            if rule.side == "before":
                self.before |= bit
            else:
                self.after |= bit
            for word in words:
                self._rules_of[word] = self._rules_of.get(word, 0) | bit
        self._lengths = sorted({len(w) for w in self._rules_of})
        self._of_word: dict[str, int] = {}

    def present(self, folded_before: str, folded_after: str) -> int:
        """The bits of the rules that may match the windows whose folds are ``folded_before`` and ``folded_after``."""
        return (
            self.always
            | self._in_words(folded_before) & self.before
            | self._in_words(folded_after) & self.after
        )

    def _in_words(self, folded: str) -> int:
        found = 0
        of_word = self._of_word
        for word in folded.split():
            bits = of_word.get(word)
            if bits is None:
                if len(of_word) >= self.KEPT:
                    of_word.clear()
                bits = of_word[word] = self._rules_in(word)
            found |= bits
        return found

    def _rules_in(self, word: str) -> int:
        """The bits of the rules one of whose literals' words stands inside ``word``."""
        bits = 0
        rules_of = self._rules_of
        for n in self._lengths:
            if n > len(word):
                break
            for i in range(len(word) - n + 1):
                bits |= rules_of.get(word[i : i + n], 0)
        return bits


class _Governing:
    """The role rules governing a kind of mention (`IndustryRules._governing`), in order, and of them the ones a
    pair of windows may match (`_RuleWords`).

    Args:
        rules (tuple[RoleRule, ...]): The governing rules.
        words (_RuleWords): The rules' words.
    """

    def __init__(self, rules: tuple[RoleRule, ...], words: _RuleWords) -> None:
        self.rules = rules
        self._words = words
        self._mask = sum(words.bit[id(r)] for r in rules)
        self._kept: dict[int, tuple[RoleRule, ...]] = {}

    def kept(self, folded_before: str, folded_after: str) -> tuple[RoleRule, ...]:
        """The rules that may match the windows whose folds are given: a rule left out would not match there
        (its screen fails)."""
        if not screening():
            return self.rules
        present = self._words.present(folded_before, folded_after) & self._mask
        kept = self._kept.get(present)
        if kept is None:
            bit = self._words.bit
            kept = self._kept[present] = tuple(r for r in self.rules if bit[id(r)] & present)
        return kept


class _Found(NamedTuple):
    """A phrase of the terms-and-heads table found in a doc: its tokens, characters, text and pattern row."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    row: dict[str, Any]


@dataclass(frozen=True)
class _Head:
    """A head noun closing a mention: its cue row, where it ends (character), the token after it."""

    row: dict[str, Any]
    end_char: int
    end_token: int


@dataclass
class Mention:
    """Industry terms anchored together: one entry per item once a role is decided.

    Attributes:
        kind: One of `MENTION_KINDS`.
        start, end: The whole mention (first term to last head), what the role rules look around.
        items: ``(start, end, row)`` per industry named: the evidence span and its vocabulary row.
        head: The head row closing the mention (None for places, bare nouns and dangling terms).
        plural: The mention names other companies ("food manufacturers"), not one.
        terms: The industry words as written, lower-cased (what a rule's ``terms`` filter reads).
        lead: Where the mention coordinated right before this one starts ("the staffing industry and/or
            [tech startups]"): the role rules read the text before that one, as for one list.
    """

    kind: str
    start: int
    end: int
    items: list[tuple[int, int, dict[str, Any]]]
    head: dict[str, Any] | None = None
    plural: bool = False
    terms: tuple[str, ...] = ()
    lead: int | None = None

    @property
    def row(self) -> dict[str, Any]:
        return self.items[-1][2]


class IndustryRules:
    """Find industries entries: the employer's own industry and industries wanted as experience.

    Args:
        nlp (Language): The pipeline whose tokenizer the phrase patterns use.
        vocabularies (Vocabularies): Where the ``industries`` and ``industry_cues`` tables come from.
    """

    family = "industries"

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        self.vocabularies = vocabularies
        cues = vocabularies.table("industry_cues")
        heads = [row for row in cues if row.get("kind") == "head"]
        self._head_rows = {row["pattern"].lower(): row for row in heads}
        words = sorted((w for w in self._head_rows if " " not in w), key=len, reverse=True)
        self._glued_head = regex.compile(rf"((?i:{'|'.join(map(regex.escape, words))}))(?=\p{{Lu}}\p{{Ll}})", regex.V1)
        self._fillers = _words(cues, "filler")
        self._joiners = _words(cues, "joiner")
        self._name_ok = _words(cues, "name_ok")
        self._goods = _words(cues, "goods")
        self._goods_users = tuple(code for row in cues if row.get("kind") == "goods" for code in row.get("naics") or ())
        self._goods_after = regex.compile(
            rf"(?:[ \t\-]++(?:related|based))?[ \t]++(?:[\w\-]++[ \t]++)?(?:{'|'.join(map(regex.escape, sorted(self._goods)))})\b",
            _FLAGS,
        ) if self._goods else None
        rules = [_rule(row) for row in cues if row.get("kind") == "rule"]
        self._rules = {kind: [r for r in rules if kind in r.applies] for kind in MENTION_KINDS}
        self._governing_cache: dict[tuple, _Governing] = {}
        self._rule_words = _RuleWords(rules)
        self._phrases = [
            (Pruned(row["regex"], _FLAGS), row["label"], Screen([row["regex"]], _FLAGS))
            for row in cues if row.get("kind") == "employer_phrase"
        ]
        self._makers = [
            (
                Pruned(row["regex"], _FLAGS), regex.compile(row["not_after"], _FLAGS), row, Screen([row["regex"]], _FLAGS),
                _Words(row.get("triggers") or ()), _Words(row.get("anchors") or ()),
            )
            for row in cues
            if row.get("kind") == "maker_phrase"
        ]
        self._np_stops = _words(cues, "np_stop")
        self._optin = {row["head"] for row in heads if row.get("optin")}
        self._optin_codes = {row["head"]: tuple(row["naics"]) for row in heads if row.get("optin") and row.get("naics")}
        groups = {row["group"] for row in heads}
        self._industries: dict[str, dict[str, Any]] = {}
        for row in vocabularies.industries():
            allowed = {g for g in groups if self._allows(row, {"group": g, "head": None})}
            self._industries[row["label"]] = {**row, "_groups": frozenset(allowed)}
        self._generic = {label: frozenset(row["generic"]) for label, row in self._industries.items() if row.get("generic")}
        self._boards = [regex.compile(row["regex"], _FLAGS) for row in cues if row.get("kind") == "board_list"]
        # A name may be listed by several rows: "Electrical/Electronic Manufacturing" names both 334 and 335.
        self._board_rows: dict[str, list[dict[str, Any]]] = {}
        for row in self._industries.values():
            for n in row.get("board") or ():
                self._board_rows.setdefault(n.lower(), []).append(row)
        names = sorted(self._board_rows, key=len, reverse=True)
        self._board_names = regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(map(regex.escape, names))})(?!\p{{L}})", _FLAGS)
        self._board_lines = [
            (regex.compile(row["regex"], _FLAGS), Screen([row["regex"]], _FLAGS)) for row in cues if row.get("kind") == "board_line"
        ]
        self._board_vocabulary = BoardVocabulary(vocabularies.table("board_industries"))
        self._code_rows: dict[str, dict[str, Any]] = {}
        for row in self._industries.values():  # curated rows first: their label stands for the code
            if row.get("naics"):
                self._code_rows.setdefault(row["naics"], row)
        patterns = self._term_patterns(cues)
        # Terms and heads in one table: one pass of the matchers finds both (overlaps are resolved per kind).
        self._table = PhraseTable(nlp, [*patterns, *heads], "industries")
        self._head_ids = self._table.ids_of(lambda row: row.get("kind") == "head")
        self._phrase_rows = {p["pattern"].lower(): p["industry"] for p in patterns if isinstance(p["pattern"], str)}
        self._products = {p.lower(): row for row in self._industries.values() for p in row.get("products") or ()}
        self._senses = {
            label: (
                self._industries[row["sense"]["label"]],
                regex.compile("|".join(map(regex.escape, row["sense"]["words"])), _FLAGS),
                frozenset(row["sense"].get("roles") or ROLES),
            )
            for label, row in self._industries.items() if row.get("sense")
        }

    def _term_patterns(self, cues) -> list[dict[str, Any]]:
        """One pattern row per phrase: its kind (place > noun > term) and its industry row; blocks win nothing."""
        patterns: dict[str, dict[str, Any]] = {}
        for row in self._industries.values():
            for kind, key in (("term", "terms"), ("noun", "nouns"), ("place", "places")):
                for phrase in row.get(key) or ():
                    patterns[phrase.lower()] = {"pattern": phrase, "kind": kind, "industry": row}
        for phrase in _words(cues, "block"):
            patterns[phrase] = {"pattern": phrase, "kind": "block", "industry": None}
        token_patterns = [
            {"pattern": pattern, "kind": "term", "industry": row}
            for row in self._industries.values()
            for pattern in row.get("token_terms") or ()
        ]
        return list(patterns.values()) + token_patterns

    # -- stage 1: mentions ---------------------------------------------------------
    def mentions(self, doc: Doc, text: str | None = None) -> list[Mention]:
        """Anchor the industry terms of ``doc`` (whose text is ``text``) into mentions (see `Mention`), in text order."""
        text = doc.text if text is None else text
        term_matches, head_matches = [], []
        for match in self._table.matches(doc, text):
            (head_matches if match[0] in self._head_ids else term_matches).append(match)
        matches = self._found(doc, text, term_matches)
        terms = [m for m in matches if m.row["kind"] != "block"]
        blocked = {i for m in matches if m.row["kind"] == "block" for i in range(m.start, m.end)}
        heads = {m.start: m for m in self._found(doc, text, head_matches) if m.start not in blocked}
        found: list[Mention] = []
        i = 0
        while i < len(terms):
            group, j = [terms[i]], i
            while j + 1 < len(terms):
                nxt = terms[j + 1]
                gap = range(group[-1].end, max(group[-1].end, nxt.start))
                if len(gap) == 0 and nxt.start not in heads:
                    # "tier 1 automotive": the word nearest the head names the industry; of two words
                    # naming the same one ("consumer electronics hardware"), the stronger kind stays.
                    prev = group[-1]
                    if nxt.row["industry"] is prev.row["industry"] and _STRENGTH[prev.row["kind"]] > _STRENGTH[nxt.row["kind"]]:
                        merged = {**nxt.row, "kind": prev.row["kind"]}
                        nxt = _Found(prev.start, nxt.end, prev.start_char, nxt.end_char, text[prev.start_char : nxt.end_char], merged)
                    group[-1] = nxt
                elif 0 < len(gap) <= 3 and all(doc[k].lower_ in self._joiners or doc[k].lower_ == "other" for k in gap):
                    group.append(nxt)
                else:
                    break
                j += 1
            chain = self._head_chain(doc, group[-1].end, heads)
            made = self._headed(doc, group, chain) if chain else []
            if not made and chain and all(h.row["head"] in self._optin for h in chain):
                chain = []  # an opt-in head the terms may not take is no head of theirs: "a healthcare platform"
            if chain:
                end_token = chain[-1].end_token
            else:
                made = self._headless(group)
                end_token = group[-1].end
            if made and (chain or made[0].kind == "place"):
                self._elide_before(doc, group[0].start, doc[end_token - 1].lower_, made)
            found.extend(made)
            i = j + 1
            while i < len(terms) and terms[i].start < end_token:
                i += 1
        return found

    def _found(self, doc: Doc, text: str, matches: list[tuple[int, int, int]]) -> list[_Found]:
        """The matches of one kind, overlaps resolved to the longest, in text order (as `PhraseTable.find`)."""
        matches = longest_matches(matches)
        matches.sort(key=lambda m: (m[1], m[2]))
        found = []
        for match_id, start, end in matches:
            last = doc[end - 1]
            start_char, end_char = doc[start].idx, last.idx + len(last)
            found.append(_Found(start, end, start_char, end_char, text[start_char:end_char], self._table.row(match_id)))
        return found

    def _head_chain(self, doc: Doc, token: int, heads: dict[int, _Found]) -> list[_Head]:
        """The heads right after ``token`` ("manufacturing company"), over at most 5 filler words.

        Joiners may stand among the fillers ("..., and other regulated industries") but not alone:
        in "finance or business" the head belongs to a list of its own. A head glued to the next
        bullet by a scraper ("...food industryPreference for ...") still counts.
        """
        start, fillers = token, 0
        while token < len(doc) and token not in heads and token - start < 5:
            word = doc[token].lower_
            if word in _DASHES and doc[token - 1].whitespace_:
                break  # "solar - industry" is a list of tags, "food-grade" a compound
            if word == "(" and token + 2 < len(doc) and doc[token + 2].text == ")":
                token, fillers = token + 3, fillers + 1  # "business process outsourcing (BPO) company"
                continue
            if word in self._fillers:
                fillers += 1
            elif word not in self._joiners:
                break
            token += 1
        if token > start and (not fillers or doc[token - 1].lower_ in self._joiners):
            return []  # "equipment and facility": a head after a joiner is coordinated, not modified
        chain = []
        while token in heads:
            head = heads[token]
            chain.append(_Head(head.row, head.end_char, head.end))
            token = head.end
        if token < len(doc) and (glued := self._glued_head.match(doc[token].text)):
            chain.append(_Head(self._head_rows[glued.group(1).lower()], doc[token].idx + glued.end(), token + 1))
        return chain

    def _elide_before(self, doc: Doc, token: int, head_word: str, made: list[Mention]) -> None:
        """"technology/media company": a word before a joiner that names an industry with the same head
        ("technology company") is an item of the first mention; the list starts at that word."""
        if token < 2 or doc[token - 1].lower_ not in _ELISION_JOINERS or not doc[token - 2].is_alpha:
            return
        word = doc[token - 2]
        row = self._phrase_rows.get(f"{word.lower_} {head_word}")
        if row is None:
            return
        first = made[0]
        first.items.insert(0, (word.idx, word.idx + len(word.text), row))
        first.terms = (word.lower_, *first.terms)
        for m in made:
            if m.start == first.start and m is not first:
                m.start = word.idx
        first.start = word.idx

    def _headed(self, doc: Doc, group: list[_Found], chain: list[_Head]) -> list[Mention]:
        allowed = [t for t in group if any(self._allows(t.row["industry"], h.row) for h in self._term_heads(doc, t, chain))]
        if not allowed:
            return []
        last = chain[-1]
        start, end = group[0].start_char, last.end_char
        if len(group) == 1:
            items = [(start, end, group[0].row["industry"])]
        else:
            items = [(t.start_char, t.end_char, self._elided(t, group[-1])) for t in allowed]
        terms = tuple(t.text.lower() for t in allowed)
        return [Mention("headed", start, end, items, head=last.row, plural=bool(last.row.get("plural")), terms=terms)]

    def _term_heads(self, doc: Doc, term: _Found, chain: list[_Head]) -> list[_Head]:
        """The heads a term takes, counting a head noun that ends the term itself: "electronics manufacturing"
        [environment] is a manufacturing setting, so a row allowing "manufacturing" takes the setting after it."""
        own = self._head_rows.get(doc[term.end - 1].lower_)
        if own is None or own["group"] != "make" or chain[0].row["group"] != "setting":
            return chain
        return [_Head(own, term.end_char, term.end), *chain]

    def _elided(self, term: _Found, last: _Found) -> dict[str, Any]:
        """The industry of a list item that shares the last item's noun: "agricultural [equipment] or
        construction equipment manufacturing" is agricultural equipment (333), not agriculture."""
        words = last.text.lower().split()
        if term is not last and len(words) > 1:
            row = self._phrase_rows.get(f"{term.text.lower()} {words[-1]}")
            if row is last.row["industry"]:  # not "cybersecurity [services]" beside "financial services"
                return row
        return term.row["industry"]

    def _headless(self, group: list[_Found]) -> list[Mention]:
        # In a list beside an industry noun, a term whose industry has nouns too stands for it:
        # "experience in food or pharma" (not "healthcare", which counts only with "industry").
        named = len(group) > 1 and any(t.row["kind"] in ("noun", "place") for t in group)
        out = []
        for t in group:
            item = [(t.start_char, t.end_char, t.row["industry"])]
            terms = (t.text.lower(),)
            if t.row["kind"] == "place":
                plural = bool(_PLURAL.search(t.text))
                out.append(Mention("place", t.start_char, t.end_char, item, plural=plural, terms=terms))
            elif t.row["kind"] == "noun" or named and t.row["industry"].get("nouns"):
                out.append(Mention("bare", t.start_char, t.end_char, item, terms=terms))
            else:
                out.append(Mention("dangling", t.start_char, t.end_char, item, terms=terms))
        if len(out) > 1:
            # A coordinated list is judged as one: the cue before the first item, the cue after the last.
            start, end = out[0].start, out[-1].end
            for m in out:
                m.start, m.end = start, end
        return out

    def _allows(self, row: dict[str, Any], head: dict[str, Any]) -> bool:
        """Whether the terms of industry ``row`` may take ``head`` (rows may restrict heads, some heads are opt-in)."""
        allowed = row.get("heads")
        if head["head"] in self._optin:
            codes = self._optin_codes.get(head["head"])
            by_code = codes is not None and (row.get("naics") or "").startswith(codes)
            return by_code or bool(allowed) and head["head"] in allowed
        return not allowed or head["head"] in allowed or head["group"] in allowed

    # -- stage 2: roles ------------------------------------------------------------
    def role(self, mention: Mention, text: str, context: Context, facts: _DocFacts) -> str:
        """Decide a mention's role: "employer", "experience" or "none".

        Args:
            mention (Mention): The mention to judge.
            text (str): The doc's text.
            context (Context): The doc's segments.
            facts (_DocFacts): The doc's requirement sections and cues, and earlier families' entries.
        """
        anchor = mention.start if mention.lead is None else mention.lead
        segment = context.segments.at(anchor)
        lo = max(segment.start, anchor - WINDOW_BEFORE)
        if not text[lo:anchor].strip() and segment.start == segment.line_start:
            # A mention that opens its line reads the line above as its context ("Job industry" / "Semiconductors").
            lo = context.segments.segments[max(0, context.segments.index_at(anchor) - 1)].start
        hi = min(max(segment.end, mention.end), mention.end + WINDOW_AFTER)
        before, after = text[lo:anchor], text[mention.end : hi]
        if mention.kind in ("headed", "place") and self._is_name(text, mention, text[lo : mention.start]):
            return "none"
        folded_before, folded_after = before.casefold(), after.casefold()  # as `literals.fold`, uncached: short windows
        rules = self._governing(mention).kept(folded_before, folded_after)
        seen = facts.window_matches

        def matches(rule: RoleRule) -> bool:
            if rule.side == "after":
                key = (id(rule), after, None)
                found = seen.get(key)
                if found is None:
                    found = seen[key] = rule.screen.may_match(folded_after) and rule.pattern.match(after) is not None
                return found
            if rule.side == "before":
                key = (id(rule), before, None if rule.and_after is None else after)
                found = seen.get(key)
                if found is None:
                    found = seen[key] = (
                        rule.screen.may_match(folded_before)
                        and (rule.and_after is None or (
                            rule.and_after_screen.may_match(folded_after) and rule.and_after.match(after) is not None
                        ))
                        and search_at_leads(rule.pattern, before, folded_before, rule.leads)
                    )
                return found
            return facts.inside(rule.family, mention.start, mention.end)

        if mention.kind in ("bare", "dangling"):
            if self._goods_after is not None and self._uses_goods(mention.row) and self._goods_after.match(text, mention.end):
                return "none"  # "RF and Power related equipment": goods used in the industry, not the industry
            # Without a rule these are "none", so the first rule that matches decides only when it gives
            # another role: find that one, then whether a "none" rule before it matches too.
            for j, rule in enumerate(rules):
                if rule.role != "none" and matches(rule):
                    return "none" if any(r.role == "none" and matches(r) for r in rules[:j]) else rule.role
            return "none"
        for rule in rules:
            if matches(rule):
                return rule.role
        section = facts.section_at(mention.start)
        if section == "benefits":
            return "none"
        requirement = section in (REQUIRED, PREFERRED) or facts.cue_in(segment.start, segment.end)
        if mention.kind == "place" or mention.head["group"] in COMPANY_GROUPS:
            if mention.plural:
                return "none"
            if requirement and _WORKED_AT.search(before):
                return "experience"
            if mention.kind == "place" and not _ARTICLE_BEFORE.search(before):
                return "none"
            return "employer"
        if mention.head.get("general"):
            return "experience" if requirement else "none"  # "in chemical environments": environments in general
        return "experience" if requirement else "employer"

    def _governing(self, mention: Mention) -> _Governing:
        """The role rules whose filters admit ``mention``, in order (the same for every mention of its kind,
        head, number, industry and last term word, so found once per such mention)."""
        head = mention.head
        key = (
            mention.kind, head and head["group"], head and head["head"], mention.plural,
            mention.row["label"], mention.terms[-1] if mention.terms else None,
        )
        rules = self._governing_cache.get(key)
        if rules is None:
            rules = self._governing_cache[key] = _Governing(
                tuple(r for r in self._rules[mention.kind] if r.governs(mention)), self._rule_words
            )
        return rules

    def _is_name(self, text: str, mention: Mention, before: str) -> bool:
        """A Title Case mention right after other capitalised words is a company's name ("Acme Food Company").

        Not when the run of capitalised words follows "a"/"an" ("a leading Heavy Civil Construction
        Company") or is made of ordinary words ("Leading Food Manufacturer").
        """
        words = text[mention.start : mention.end].split()
        if not words or not all(w[:1].isupper() for w in words) or text.islower():
            return False
        m = _CAPITALISED_RUN.search(before)
        if not m or _INDEFINITE_BEFORE.search(before, 0, m.start()):
            return False
        run = [w.lower() for w in m.group().split() if w.lower() not in ("and", "&", "of")]
        return run[0] not in ("a", "an") and not all(w in self._name_ok for w in run)

    # -- stage 3: entries ----------------------------------------------------------
    def __call__(self, doc: Doc, context: Context) -> list[IndustryEntry]:
        """The industries entries of ``doc``, one per (label, role), in text order."""
        text = context.segments.text  # Doc.text rebuilds the string from the tokens on every call
        facts = _DocFacts(text, context)
        entries: list[IndustryEntry] = []
        mentions = self.mentions(doc, text)
        _coordinate(text, mentions)
        for mention in mentions:
            role = self.role(mention, text, context, facts)
            if role == "none":
                continue
            for start, end, row in mention.items:
                if role not in row.get("roles", ROLES):
                    continue  # a staffing agency's own industry is never an entry, only its client's
                start, end = self._evidence(text, mention, start, end)
                entries.append(_entry(text, start, end, row, role))
        folded = fold(text) if self._phrases else ""
        for phrase, label, screen in self._phrases:
            row = self._industries.get(label)
            if not screen.may_match(folded):
                continue  # the text holds none of the words the phrase requires
            for m in phrase.finditer(text, folded):
                if row and facts.section_at(m.start()) != "benefits":
                    entries.append(_entry(text, m.start(), m.end(), row, "employer"))
        entries.extend(self._board_entries(text))
        entries.extend(self._maker_entries(text, context, facts, entries))
        lines = self._board_line_entries(text, folded or fold(text))
        if lines:
            decided = [(start, end) for start, end, _ in lines]
            entries = [e for e in entries if not any(s <= e.start < t for s, t in decided)]  # the line's own words
            entries.extend(e for _, _, found in lines for e in found)
        return _one_per_key(self._resolve_senses(text, entries), self._generic)

    def _resolve_senses(self, text: str, entries: list[IndustryEntry]) -> list[IndustryEntry]:
        """Entries of an ambiguous label (a row with ``sense``) under the label its words pick, where the posting
        holds one of them ("a security company" with "cyber", "firewall", "malware" is cybersecurity, 5415), in the
        sense's ``roles`` only where it lists them (a dealership's "leader in the automotive industry" is the dealer's
        own industry, 4411; the automotive experience it asks for stays automotive)."""
        if not any(e.label in self._senses for e in entries):
            return entries
        out = []
        for e in entries:
            sense = self._senses.get(e.label)
            if sense is not None and e.role in sense[2] and sense[1].search(text):  # only postings with such an entry read the text again
                e = _entry(text, e.start, e.end, sense[0], e.role)
            out.append(e)
        return out

    def _maker_entries(
        self, text: str, context: Context, facts: _DocFacts, found: list[IndustryEntry]
    ) -> list[IndustryEntry]:
        """Employer entries of what a maker phrasing says the employer makes, read from the whole noun phrase.

        "a leading manufacturer of portable fuel transfer pump systems, and liquid flow measurement devices":
        each coordinated item of the phrase after the cue names the industry of the longest vocabulary
        phrase that ends it, before filler words only (its head noun: "pump [systems]", not the "gas" of
        "gas delivery systems"), and a maker cue (rows with ``"products": true``) may also resolve the goods
        words that name nothing alone ("pump": 3339). A phrase where an earlier stage already found an entry,
        or an item whose subsector an employer entry already has, is left to it ("overhead cranes [333] and
        hoists"); a cue in a requirement or benefits section, or after experience words in its sentence
        (as far back as the role rules read: "experience with a manufacturer of valves"), says nothing of the employer.
        """
        entries: list[IndustryEntry] = []
        # `lower` (kept for the other families) is str.lower but for "İ", the one letter whose lower case is longer
        lowered, folded = (lower(text) if "İ" not in text else text.lower()), fold(text)
        scan = scanned(folded)
        reach, subsectors = None, None  # of the entries found before, made on first use
        for phrase, not_after, maker, screen, triggers, anchors in self._makers:
            if triggers.words and not any(map(lowered.__contains__, triggers.not_lacking(scan))):
                continue  # a plain substring test (of the triggers the pre-scan leaves) spares most postings the regex scan
            if not screen.may_match(folded):
                continue  # the posting holds none of the words the row's regex requires ("leader", "pioneer")
            # A row with anchors is matched at them only: its branches are not worth screening on the whole text.
            if anchors.words:
                matches = _anchored(phrase.full, text, anchors.not_lacking(scan))
            else:
                matches = phrase.finditer(text, folded)
            for m in matches:
                segment = context.segments.at(m.start())
                limit = min(segment.end, m.end() + 160)
                boundary = _NP_BOUNDARY.search(text, m.end(), limit)
                items = self._noun_phrase_items(text, m.end(), boundary.start() if boundary else limit, maker)
                if not items or not_after.search(text, max(segment.start, m.start() - WINDOW_BEFORE), m.start()):
                    continue  # read as far back as the role rules do: a scan from a long segment's start is quadratic
                if reach is None:
                    reach = _Reach(found)
                    subsectors = {(e.naics or "")[:3] for e in found if e.role == "employer"}
                if reach.furthest(items[-1][1], inclusive=False) > m.end():
                    continue  # an earlier stage read this phrase already: its other items stay its call
                if facts.section_at(m.start()) in ("benefits", REQUIRED, PREFERRED):
                    continue
                for start, end, row in items:
                    if "employer" not in row.get("roles", ROLES):
                        continue  # a staffing agency's own industry is never an entry, only its client's
                    if maker.get("naics") and not (row.get("naics") or "").startswith(tuple(maker["naics"])):
                        continue  # a row for goods only: "developing bearing technology", not "healthcare technology"
                    if maker.get("as_trade") and not (row.get("naics") or "").startswith("42"):
                        trade = maker["as_trade"].get((row.get("naics") or "")[:3])
                        if trade is None:
                            continue  # goods whose wholesale subsector the code does not tell (tires, resin)
                        row = self._industries[trade]  # a distributor of auto parts trades them: 423, not 336
                    if (row.get("naics") or "")[:3] not in subsectors:
                        entries.append(_entry(text, start, end, row, "employer"))
        return entries

    def _noun_phrase_items(
        self, text: str, start: int, limit: int, maker: dict[str, Any]
    ) -> list[tuple[int, int, dict[str, Any]]]:
        """The industry of each coordinated item of the noun phrase at ``start``: ``(start, end, row)`` per item.

        A row with ``"item_nouns"`` keeps only the items ending in one of those nouns and the one-word items read with
        the last item's ("audit, tax and advisory services": audit services, tax services, not "embedded insurance
        products"), where that word names nothing alone ("software and services" is software, not software services). A row with ``"heads"`` reads the phrase only up to one of those singular head nouns ("a leading mobile
        advertising and app monetization [company]") and keeps an industry only where its row may take that
        head (not "a healthcare platform"); without that head the phrase names nothing.
        """
        products, heads = bool(maker.get("products")), maker.get("heads")
        trailing = frozenset(maker.get("trailing") or ())
        words: list[tuple[str, int, int]] = []
        head = None
        for w in _NP_WORD.finditer(text, start, limit):
            word = w.group().lower()
            if word in self._np_stops or len(words) >= 14:
                break
            if heads and word in heads and word in self._head_rows:
                head = self._head_rows[word]
                break
            words.append((word, w.start(), w.end()))
        if heads and head is None:
            return []
        known: list[tuple[int, int, dict[str, Any] | None]] = []
        i = 0
        while i < len(words):
            for n in range(min(5, len(words) - i), 0, -1):
                phrase = " ".join(w for w, _, _ in words[i : i + n])
                found, row = self._known(phrase, products)
                if found:
                    known.append((i, i + n, row))
                    break
            i += 1
        known.sort(key=lambda k: (k[0] - k[1], -k[0]))  # longest first, then the rightmost
        taken: list[tuple[int, int, dict[str, Any] | None]] = []
        for k in known:
            if not any(t[0] < k[1] and k[0] < t[1] for t in taken):
                taken.append(k)
        inside = {i for a, b, _ in taken for i in range(a, b)}
        items, item = [], []
        for i, (word, _, _) in enumerate(words):
            if word in _NP_SEPARATORS and i not in inside:
                items.append(item)
                item = []
            else:
                item.append(i)
        items.append(item)
        out = []
        shared = _shared_noun(words, items, _NP_TRAILING | trailing)
        nouns = frozenset(maker.get("item_nouns") or ())
        for item in items:
            if nouns and not (item and words[item[-1]][0] in nouns):
                if len(item) == 1 and self._known(words[item[0]][0], products)[0]:
                    continue  # a noun of its own, not a kind of service: "software and services", "banking, ..."
                row = None  # an item read only with such a noun: its own, or the last item's shared one below
            else:
                row = None if maker.get("shared_only") else self._item_head(words, item, products, trailing)
            if row is None and shared and len(item) == 1 and words[item[0]][0] != shared:
                # "engineering, mapping and design services": a one-word item shares the last item's noun (not a
                # noun phrase of its own: "communications technology and services")
                row = self._known(f"{words[item[-1]][0]} {shared}", products)[1]
            if row is not None and (head is None or self._allows(row, head)):
                out.append((words[item[0]][1], words[item[-1]][2], row))
        return out

    def _item_head(
        self, words: list[tuple[str, int, int]], item: list[int], products: bool, trailing: frozenset[str] = frozenset()
    ) -> dict[str, Any] | None:
        """The industry of one item: the longest known phrase that ends it, or ends it before filler words only
        ("IT consulting [services]", "pump [systems]"; not the "gas" of "gas delivery systems"); of two as long,
        the one starting first ("IT consulting", not "consulting services"). A maker row's ``trailing`` words end
        an item the same way for that row only ("battery [technology]"). None for a blocked phrase or none known."""
        if not item:
            return None
        last = len(item) - 1
        while last > 0 and (words[item[last]][0] in self._fillers or words[item[last]][0] in _NP_TRAILING | trailing):
            last -= 1
        best: tuple[int, int, int] | None = None
        found, found_stop = None, last
        for stop in range(last, len(item)):
            for begin in range(max(0, stop - 4), stop + 1):
                phrase = " ".join(words[item[k]][0] for k in range(begin, stop + 1))
                known, row = self._known(phrase, products)
                if known:
                    rank = (stop - begin, -begin, -(stop - last))
                    if best is None or rank > best:
                        best, found, found_stop = rank, row, stop
                    break
        if found is not None and self._uses_goods(found) and any(
            words[item[k]][0] in self._goods for k in range(found_stop + 1, len(item))
        ):
            return None  # "commercial bar and restaurant [equipment]": goods used in restaurants, not a restaurant
        return found

    def _uses_goods(self, row: dict[str, Any] | None) -> bool:
        """Whether ``row`` is an industry that uses goods but makes none (the ``goods`` cue row's codes: utilities,
        building, care, food service), so that its word before a goods noun names those goods, not the industry."""
        return row is not None and bool(self._goods_users) and (row.get("naics") or "").startswith(self._goods_users)

    def _known(self, phrase: str, products: bool) -> tuple[bool, dict[str, Any] | None]:
        """Whether a maker phrasing's noun phrase knows ``phrase``, and its industry row (None for a block).

        A goods word of a row's ``products`` counts where the maker cue reads products; a blocked phrase that a
        row lists as a product counts under any maker cue: "dental insurance" is a benefit in a benefits list
        but what a company "specializes in" after a maker cue (insurance 524).
        """
        if phrase in self._phrase_rows:
            row = self._phrase_rows[phrase]
            if row is None and phrase in self._products:
                return True, self._products[phrase]
            return True, row
        if products and phrase in self._products:
            return True, self._products[phrase]
        return False, None

    def _board_entries(self, text: str) -> list[IndustryEntry]:
        """Employer entries from a job board's industries criteria: the board's own names, as listed in the rows."""
        entries = []
        for board in self._boards:
            for m in board.finditer(text):
                offset = m.start("list")  # the names are read in the list alone: glued words end at its edges
                for name in self._board_names.finditer(m.group("list")):
                    known = self._board_vocabulary.read(name.group())
                    rows = self._board_name_rows(known[0]) if known and len(known) == 1 else self._board_rows[name.group().lower()]
                    for row in rows:
                        if "employer" in row.get("roles", ROLES):
                            entries.append(_entry(text, offset + name.start(), offset + name.end(), row, "employer"))
        return entries

    def _board_line_entries(self, text: str, folded: str) -> list[tuple[int, int, list[IndustryEntry]]]:
        """A job board's own "Industry" line ("Industry: Semiconductors", LinkedIn's "Industry\\nSoftware Development"):
        ``(start, end, entries)`` per line whose value is made of board names (``board_industries.jsonl``), each name
        an employer entry of its codes. A line of other words is left to the vocabulary ("Industry: manufacturing
        company"); a staffing agency's own name gives nothing (its postings' employer is the client)."""
        found = []
        for pattern, screen in self._board_lines:
            if not screen.may_match(folded):
                continue
            for m in pattern.finditer(text):
                names = self._board_vocabulary.read(m.group("name"))
                if not names:
                    continue
                rows = [(name, self._board_name_rows(name)) for name in names if name.flag != "staffing"]
                if not all(named for _, named in rows):
                    continue  # a name the board spans over several industries: the line's words say more
                start, end = m.span("name")
                entries = [
                    _entry(text, *_name_span(text, start, end, name.name), row, "employer")
                    for name, named in rows
                    for row in named
                    if "employer" in row.get("roles", ROLES)
                ]
                found.append((start, end, entries))
        return found

    def _board_name_rows(self, name: BoardName) -> list[dict[str, Any]]:
        """The industry row of a board name: the NAICS code ``board_industries.jsonl`` gives it, under the
        vocabulary's label for the code (or the code's title as a label). A name spanning several codes takes the
        one code of the vocabulary row that lists it under ``board``, as the labelling guide reads it ("Technology,
        Information and Internet": information technology, 51), the code of each row where several list it (a name
        joining two industries' words: "Electrical/Electronic Manufacturing", 334 and 335), and none where no row
        lists it ("Aviation & Aerospace" is an airline's or a plane maker's)."""
        if len(name.naics) != 1:
            return self._board_rows.get(name.name.lower(), [])
        code = name.naics[0]
        row = self._code_rows.get(code)
        if row is None:
            title = name.titles[0] if name.titles else name.name
            row = self._code_rows[code] = {"label": snake_label(title), "naics": code}
        return [row]

    @staticmethod
    def _evidence(text: str, mention: Mention, start: int, end: int) -> tuple[int, int]:
        if mention.kind != "bare" or len(mention.items) > 1:
            return start, end
        m = _EXPERIENCE_IN.search(text, max(0, start - 20), start)
        if m:
            return m.start(), end
        m = _EXPERIENCE_AFTER.match(text, end)
        return (start, m.end()) if m else (start, end)


class _Words:
    """A maker row's trigger or anchor strings (matched as written), registered with the doc's pre-scan
    (`literals.prescan`): a string whose fold the doc's fold lacks stands nowhere in the doc (nor in its `lower`).

    Args:
        words (Iterable[str]): The strings.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self._of_fold: dict[str, list[str]] = {}
        for word in self.words:
            self._of_fold.setdefault(word.casefold(), []).append(word)
        self._folds = frozenset(self._of_fold)
        prescan(self._folds)

    def not_lacking(self, scan: Found | None) -> Iterable[str]:
        """The strings (in no set order) but those that the pre-scan ``scan`` of a doc (None: none made) proves absent."""
        if scan is None:
            return self.words
        return [word for folded in scan.possible(self._folds) for word in self._of_fold[folded]]


def _anchored(pattern: regex.Pattern[str], text: str, anchors: Iterable[str]) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` in ``text`` that start at one of ``anchors`` (literal strings where every match
    starts): a few ``match`` calls instead of a scan of the whole text."""
    starts = set()
    for anchor in anchors:
        i = text.find(anchor)
        while i >= 0:
            starts.add(i)
            i = text.find(anchor, i + 1)
    for i in sorted(starts):
        m = pattern.match(text, i)
        if m:
            yield m


def _shared_noun(words: list[tuple[str, int, int]], items: list[list[int]], nouns: frozenset[str]) -> str | None:
    """The noun that ends the last of several coordinated items, where it is one the others may share
    ("engineering, mapping and design [services]"); None for one item or another last word."""
    if len(items) < 2 or not items[-1]:
        return None
    word = words[items[-1][-1]][0]
    return word if word in nouns else None


def _coordinate(text: str, mentions: list[Mention]) -> None:
    """Set ``lead`` on a mention that follows another with only a joiner between ("X industry or FMCG")."""
    prev = None
    for m in mentions:
        if prev is not None:
            if m.start == prev.start:
                m.lead = prev.lead  # one headless list
            elif m.start > prev.end and _COORDINATION_GAP.fullmatch(text, prev.end, m.start):
                m.lead = prev.start if prev.lead is None else prev.lead
        prev = m


def _name_span(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """Where a board name's words stand between ``start`` and ``end`` (punctuation and "and" between them as
    written: "Technology Information and Internet"), or the whole span where they cannot be found."""
    words = name_words(name)
    gap = r"(?:[\W_]++(?:and[\W_]++)?)"
    m = regex.search(gap.join(map(regex.escape, words)), text[start:end], _FLAGS) if words else None
    return (start + m.start(), start + m.end()) if m else (start, end)


def _entry(text: str, start: int, end: int, row: dict[str, Any], role: str) -> IndustryEntry:
    return IndustryEntry(text[start:end], start, end, label=row["label"], naics=row.get("naics"), role=role)


def _words(rows, kind: str) -> frozenset[str]:
    return frozenset(w.lower() for row in rows if row.get("kind") == kind for w in row["words"])


def _rule(row: dict[str, Any]) -> RoleRule:
    if row.get("role") not in ROLES or row.get("side") not in ("before", "after", "inside"):
        raise ValueError(f"industry rule {row!r}: role must be one of {ROLES}, side 'before', 'after' or 'inside'")
    pattern, screen, leads = None, None, None
    if row["side"] != "inside":
        screen = Screen([row["regex"]], _FLAGS, every=True)
    if row["side"] == "before":
        pattern = regex.compile(f"(?:{row['regex']})$", _FLAGS)
        leads = leading_literals(row["regex"], _FLAGS)
        if leads is not None and min(map(len, leads)) < 2:
            leads = None
    elif row["side"] == "after":
        pattern = regex.compile(row["regex"], _FLAGS)
    return RoleRule(
        role=row["role"],
        side=row["side"],
        applies=frozenset(row.get("applies") or MENTION_KINDS),
        pattern=pattern,
        family=row.get("family"),
        groups=frozenset(row["groups"]) if row.get("groups") else None,
        plural=row.get("plural"),
        naics=tuple(row["naics"]) if row.get("naics") else None,
        row_group=row.get("row_group"),
        not_row_group=row.get("not_row_group"),
        labels=frozenset(row["labels"]) if row.get("labels") else None,
        terms=frozenset(t.lower() for t in row["terms"]) if row.get("terms") else None,
        and_after=regex.compile(row["and_after"], _FLAGS) if row.get("and_after") else None,
        screen=screen,
        and_after_screen=Screen([row["and_after"]], _FLAGS, every=True) if row.get("and_after") else None,
        leads=leads,
    )


def _one_per_key(entries: list[IndustryEntry], generic: dict[str, frozenset[str]]) -> list[IndustryEntry]:
    """One entry per (label, role), the first in text order.

    An entry of a ``generic`` label in one of its listed roles (rows marked ``"generic": [roles]``; the
    bundled sector rows of goods, building, care and transport (manufacturing, construction, healthcare,
    agriculture, mining, utilities, wholesale, retail, transportation and warehousing) list "employer")
    yields to a more specific entry of the same role under its code (31-33 to food 311, 62 to 622, 23 to
    236, 48-49 to warehousing 493).
    """
    entries.sort(key=lambda e: (e.start, e.end))
    seen: set[tuple[str, str]] = set()
    kept = []
    for entry in entries:
        key = (entry.label, entry.role)
        if key not in seen:
            seen.add(key)
            kept.append(entry)
    codes = {role: {e.naics for e in kept if e.role == role and e.naics} for role in ROLES}
    return [
        e for e in kept
        if not (e.role in generic.get(e.label, ()) and _broader(e.naics or "", codes[e.role]))
    ]


def _broader(code: str, codes: set[str]) -> bool:
    """Whether another code of ``codes`` lies under ``code`` ("31-33" covers 311, "62" covers 622)."""
    if not code:
        return False
    lo, _, hi = code.partition("-")
    prefixes = [str(p) for p in range(int(lo), int(hi) + 1)] if hi else [code]
    return any(c != code and c.startswith(p) for c in codes for p in prefixes)

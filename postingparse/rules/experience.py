"""The experience rule family: amounts of experience ("5-7 years of supervisory experience").

An amount is numeric and punctuation-heavy ("5 – 7 years", "five (5)+ yrs",
"1 year 6 months"), so it is found with one compiled regex over the text (run only near unit words).
A bare amount is experience only in an experience context, looked for in the
amount's own sentence or bullet:

* after it: an experience word ("years of supervisory experience", "yrs exp"),
  "in <domain>" / "as a <role>" ("five years in food manufacturing"), or an
  -ing phrase ("10 years leading teams");
* before it: an experience label ("Experience: 5 - 7 years", "CAD experience (3+ years)"),
  or a job board's "<domain>: 2 years (Required)".

Ages, tenure benefits, contract lengths, timelines and company history are
turned away by cue lists (``data/experience_cues.jsonl``); number words come
from ``data/numbers.jsonl``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any, Iterable

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..record import ExperienceEntry
from ..vocabulary import Vocabularies
from .base import Context
from .literals import lower
from .numbers import NUMERAL, Numbers
from .scope import PREFERRED, REQUIRED, Section
from .segments import Segment

# Simple case folding (VERSION0): full case folding (the VERSION1 default) makes these patterns several times slower.
_FLAGS = regex.IGNORECASE | regex.VERSION0
_W = r"[^\S\r\n]{0,3}+"  # optional spaces, never across a line break
_W1 = r"[^\S\r\n]{1,3}+"
_DASH = r"[-‐‑‒–—―~]"
_SEP = rf"(?:{_W}{_DASH}{_W}|{_W1}(?:to|or|thru|through|up{_W1}to){_W1}|-to-)"
_TO = rf"(?:{_W}{_DASH}{_W}|{_W1}(?:to|thru|through|up{_W1}to){_W1}|-to-)"
_UNIT_WORDS = r"years?|yrs?|yeras?|months?|mos?|mths?"
# A word ends at a non-letter or where a scraper glued the next bullet on ("experienceBachelor's").
_END = r"(?-i:(?!\p{Ll}))"
_WORD = r"[\p{L}\p{N}](?:[\p{L}\p{N}/&+#]|[.'’-](?=[\p{L}\p{N}])){0,40}+"
# A word for patterns matched right to left, where possessive quantifiers would not give back.
_RWORD = r"(?<![\p{L}\p{N}/&+#.'’-])[\p{L}\p{N}][\p{L}\p{N}/&+#.'’-]{0,40}"
_WORD_RE = regex.compile(rf"(?P<w>{_WORD})", _FLAGS)
_UNIT_RE = regex.compile(_UNIT_WORDS, _FLAGS)
# A cheap first pass finds the unit words; an amount starts at most _WINDOW_BEFORE characters before
# its unit ("at the very least twenty-five (25) years") and ends soon after it ("... years and 6 months").
# Matched case-sensitively on the lower-cased text (`lower`): a case-insensitive scan is twice as slow.
# "ſ" (long s) is the one character that matches these letters ignoring case and is its own lower case.
# Two scans that each start with their letter (the regex module skips to a literal at C speed, where a leading
# "\b" is tested at every position), merged in text order: "y" and "m" words share no letter, so no match of one
# overlaps one of the other. The look-behind after the letter is the "\b or after a digit" before it.
_UNIT_SCANS = (
    regex.compile(r"y(?<![^\W\d]y)(?:ear[sſ]?|r[sſ]?|era[sſ]?)", regex.VERSION0),
    regex.compile(r"m(?<![^\W\d]m)(?:onth[sſ]?|o[sſ]?\b|th[sſ]?)", regex.VERSION0),
)
_WINDOW_BEFORE = 60
_WINDOW_AFTER = 40
_LOOKBACK = 60
_LOOKAHEAD = 240
_SENTENCE_REACH = 300
_COORDINATION_REACH = 80
_BULLET_REACH = 8
# A preferred upper rung after an entry: "... with 10+ years preferred", "..., with 7 years ideal".
# ... or in brackets after it: "at least 6 months of experience in customer service (1–2 years preferred)".
_UPPER_RUNG_WITH = regex.compile(r"[ \t]*+(?:,?[ \t]*+with[ \t]++|\([ \t]*+)", regex.V1 | regex.IGNORECASE)
_UPPER_RUNG_PREFERRED = regex.compile(
    r"[ \t]*+(?:of[ \t]++experience[ \t]++)?(?:(?:being|is|are|strongly|highly)[ \t]++)*+"
    r"(?:preferred|preferable|desired|desirable|ideal|a[ \t]++plus)(?!\p{Ll})",
    regex.V1 | regex.IGNORECASE,
)
_BRACKET_OPEN = regex.compile(r"[ \t]*+\([ \t]*+", regex.V1)
_BRACKET_BEFORE = regex.compile(r"\([ \t]*+$", regex.V1)
_BRACKET_REACH = 40
_EXP_FOR_REACH = 200  # how far before "for <amount>" the experience phrase may start
# A line that goes on from the line before (hard-wrapped text): it opens with a lower-case preposition after a
# line that ends in a word ("work experience\r\nin specialty field for at least 3 years").
_WRAPPED = regex.compile(r"[^\S\r\n]*+(?:in|as|with|on|of|using)\b", regex.V1)
_WRAPPED_AFTER = regex.compile(r"\p{L}[^\S\r\n]*+\r?\n[^\S\r\n]*+$", regex.V1)
_PARENTHESES = regex.compile(r"\([^()\r\n]{0,40}\)")
#: The dot of a one- or two-letter abbreviation ("M.S.", "Ph.D."), which ends no sentence.
_ABBREVIATION_DOT = regex.compile(r"(?<=(?<![\p{L}.])\p{L}{1,2})\.|(?<=(?<![\p{L}.])\p{L}{1,2}\.\p{L}{1,2})\.")
#: Amounts beyond these are not years of experience ("over 100 years of innovation").
MAX_MIN_YEARS = 40.0
MAX_MAX_YEARS = 50.0
_MAX_DOMAIN_WORDS = 5
_MAX_LIST_WORDS = 10
_JOINTS = frozenset(("of", "for"))


@dataclass(frozen=True)
class Amount:
    """An amount of time matched in a text: ``text[start:end]`` reads as (min_years, max_years)."""

    start: int
    end: int
    min_years: float
    max_years: float | None
    labelled: bool = False
    adjective: bool = False  # written as one word with its unit ("18-month", "2-year")
    #: The other amount where the words and the digits after them disagree ("at least eight (5) years": 8.0 beside
    #: the digits' 5.0): each is a stated amount, so each is an entry (labelling guide: one entry per stated amount).
    word_years: float | None = None


def _rows(rows: Iterable[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [row for row in rows if row.get("kind") == kind]


def _alternation(rows: Iterable[dict[str, Any]]) -> str:
    sources = sorted((row["regex"].replace(" ", _W1) for row in rows), key=len, reverse=True)
    return "|".join(f"(?:{s})" for s in sources) or "(?!)"


def _words(rows: Iterable[dict[str, Any]]) -> frozenset[str]:
    return frozenset(row["word"].lower() for row in rows)


class ExperienceRules:
    """Find amounts of experience in a doc.

    Args:
        nlp (Language): The pipeline (unused: the family works on the text with regexes).
        vocabularies (Vocabularies): Where the ``numbers`` and ``experience_cues`` tables come from.
    """

    family = "experience"

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        self.vocabularies = vocabularies
        self.numbers = Numbers(vocabularies.table("numbers"))
        cues = vocabularies.table("experience_cues")
        self._qualifiers = [(regex.compile(r["regex"].replace(" ", r"\s+"), _FLAGS), r["effect"]) for r in _rows(cues, "qualifier")]
        self._trailers = [(regex.compile(r["regex"].replace(" ", r"\s+"), _FLAGS), r["effect"]) for r in _rows(cues, "trailer")]
        self.generic = _words(_rows(cues, "generic"))
        self.domain_tails = _words(_rows(cues, "domain_tail"))
        self.domain_stops = _words(_rows(cues, "domain_stop"))
        self.not_gerunds = _words(_rows(cues, "not_gerund"))
        self.not_experience_nouns = _words(_rows(cues, "not_experience_noun"))
        self.degree_nouns = _words(_rows(cues, "degree_noun"))
        self._compile(cues)

    # -- building the patterns -----------------------------------------------------
    def _compile(self, cues: tuple[dict[str, Any], ...]) -> None:
        number = self.numbers.pattern

        def paren(a: str, b: str) -> str:  # "five (5)", "five (3-5)"
            return rf"(?:{_W}\({_W}(?P<{a}>\d{{1,2}}+)(?:{_SEP}(?P<{b}>\d{{1,2}}+))?+{_W}\+?+{_W}\))"

        qualifier = _alternation(_rows(cues, "qualifier"))
        trailer = _alternation(_rows(cues, "trailer"))
        exp_word = _alternation(_rows(cues, "experience_word"))
        self._amount = regex.compile(
            rf"""
            (?=[\p{{N}}½~(\[]|(?<!\p{{L}})\p{{L}}|(?<=\p{{Ll}})(?-i:\p{{Lu}}))  # start at a digit, a word or a bracket: cheap to rule out elsewhere
            (?<![\p{{N}}$£€#/½])(?<![^\p{{L}}\s]\+|\p{{N}}{_W}\+)(?<!\p{{N}}[.,])(?<!\p{{N}}{_W}{_DASH}{_W})(?<!\p{{N}}{_W1}(?:to|or|thru){_W1})
            (?:(?P<qual>(?<!\p{{L}})(?:{qualifier}))(?!\p{{L}}){_W})?+
            (?:
                \bbetween{_W1}(?P<b1>{number}){_W1}and{_W1}(?P<b2>{number})
              | (?:(?P<lp>\({_W})|(?P<lb>\[{_W}))?+(?P<n1>{number}|{self.numbers.article_pattern})  # "(3) years", "(4+) years", "[5] years"
                (?(lp)(?:{_SEP}(?P<n2>{number}))?+{_W}(?P<pplus>\+)?+{_W}\)|(?(lb){_W}(?P<bplus>\+)?+{_W}\]|{paren("pa1", "pb1")}?+))
                (?:{_SEP}(?P<n2>{number}){paren("pa2", "pb2")}?+)?+
            )
            (?P<plus>{_W}\+|(?:{_W1}|-)plus\b|{_W1}(?:or{_W1}more|and{_W1}(?:above|up|over))\b)?+
            (?:{_W}{_DASH})?+{_W}
            (?P<unit>{_UNIT_WORDS}){_END}(?:\(s\))?+(?:(?<=yrs?|mos?|mths?)\.)?+
            (?:{_TO}(?P<n4>{number}){_W}(?P<unit4>{_UNIT_WORDS}){_END}(?:\(s\))?+)?+
            (?P<apos>['’]s?+{_END})?+
            (?P<half>{_W1}{self.numbers.addend_pattern})?+
            (?P<trail>{_W}\+|{_W1}(?:{trailer})\b)?+
            (?:(?:{_W},)?+{_W1}(?:and{_W1})?+(?P<n3>{NUMERAL}){_W}(?P<unit2>months?|mos?){_END})?+
            """,
            _FLAGS | regex.VERBOSE,
        )
        # "Years of experience: 3-5" (a label and bare numerals).
        self._label_amount = regex.compile(
            rf"""
            \b(?:(?:{qualifier}){_W1})?+years?{_W1}of{_W1}(?:{_WORD}{_W1}){{0,2}}?(?:{exp_word})
            (?:{_W1}(?:required|needed|level))?+{_W}(?:\([^()\r\n]{{0,12}}\))?+{_W}[:\-–—]{_W}
            (?:(?P<qual>{qualifier}){_W})?+
            (?P<n1>{NUMERAL})(?:{_SEP}(?P<n2>{NUMERAL}))?+(?P<plus>{_W}\+)?+
            (?!{_W}(?:{_UNIT_WORDS}|%|[\d/.,]))
            """,
            _FLAGS | regex.VERBOSE,
        )
        pre_stops = (self.domain_stops - {"and", "or", "and/or"}) | {"of"} | self.not_experience_nouns
        self._exp_after = regex.compile(
            rf"[)\]]?+(?:{_W}\([^()\r\n]{{0,40}}\))?+(?:{_W},|{_W}{_DASH}(?=[^\S\r\n]++(?-i:\p{{Lu}})))?+{_W}(?:(?:of|with){_W1})?+(?P<pre>(?:(?:hands{_W1}on|(?!(?:{_stop_source(pre_stops)}|{_UNIT_WORDS}|\d+)(?![\p{{L}}\p{{N}}/&+#'’-]))(?:(?<=\s)\.(?=\p{{L}}))?+{_WORD}|(?<=\p{{L}}\s)(?<!(?:{_UNIT_WORDS})\s)[/&](?=\s)|(?<=\p{{L}}{_W1})\([^()\r\n]{{1,24}}+\))(?:{_W},)?+{_W1}){{0,8}}?)"
            # a word glued onto the experience word by a scraper that lost the space ("years of professionalexperience")
            rf"(?:(?<=\s)\p{{Ll}}{{4,20}}?(?=experience))?+(?P<exp>{exp_word})(?:{_END}|(?=required|preferred|desired|needed))(?!-)",
            _FLAGS,
        )
        self._prep_after = regex.compile(
            rf"[)\]]?+{_W1}(?:of{_W1})?+(?:(?:working|employed|spent|work|involved){_W1})?+(?P<prep>in|within|as|inside|(?<=involved{_W1})with){_W1}(?:(?:an?|the){_W1})?+",
            _FLAGS,
        )
        # Under a requirements header, a bullet that opens with an amount: "4 years with PLC programming",
        # "8 years on capital projects", or the amount alone ("5 years minimum", "Minimum 3 years").
        self._listed_after = regex.compile(
            rf"[)\]]?+{_W1}(?:(?:working|hands{_W1}on){_W1})?+(?:with|on|using|doing|supporting|leading|managing|in){_W1}(?:(?:an?|the){_W1})?+", _FLAGS
        )
        self._listed_alone = regex.compile(
            rf"{_W}(?:of{_W1}(?:{exp_word}){_W})?+(?:\(?{_W}(?:required|preferred|desired|minimum|min\.?){_W}\)?)?+[^\w\n]{{0,3}}+$", _FLAGS
        )
        self._gerund_after = regex.compile(rf"{_W1}(?:of{_W1})?+(?P<g>\p{{L}}{{2,}}ing){_END}\b", _FLAGS)
        self._not_after = regex.compile(rf"[)\]'’]?+{_W}(?:,{_W})?+(?:{_alternation(_rows(cues, 'not_after'))})\b", _FLAGS)
        self._not_before = regex.compile(rf"(?<!\p{{L}})(?:{_alternation(_rows(cues, 'not_before'))}){_W}$", _FLAGS)
        self._company = regex.compile(rf"\b(?:{_alternation(_rows(cues, 'company'))})\b", _FLAGS)
        self._candidate = regex.compile(rf"\b(?:{_alternation(_rows(cues, 'candidate'))})\b", _FLAGS)
        # "Experience: 5 - 7 years", "CAD experience (3+ years)", "experience of 5 years".
        # Matched right to left from the amount (REVERSE): one attempt instead of one per start position.
        self._label_before = regex.compile(
            rf"(?P<pre>(?:{_RWORD}[^\S\r\n]{{1,3}}){{0,4}})(?P<exp>{exp_word}){_END}"
            rf"(?:{_W1}(?:level|required|requirements?|needed|requested|range|desired|preferred|in{_W1}years))?+"
            rf"{_W}(?:\({_W}(?:years?|yrs\.?){_W}\){_W})?+(?:[:\-–—(]|of\b|for\b)?+{_W}$",
            _FLAGS | regex.REVERSE,
        )
        # "Experience with Python (2+ years)", "Proven experience in UX design, typically 5-8 years".
        self._label_paren_before = regex.compile(
            rf"(?P<exp>{exp_word}){_W1}(?:with|in|using|on|of){_W1}(?P<pre>(?:{_RWORD}[^\S\r\n]{{1,3}}){{0,5}}{_RWORD})"
            rf"(?:{_W}\(|{_W}[,:\-–—]?{_W}(?:typically|usually|generally|normally|ideally|preferably|approximately)){_W}$",
            _FLAGS | regex.REVERSE,
        )
        # "Previous experience as a site superintendent or in a similar role for a minimum of 5 years", "work experience in
        # test automation for at least 5 years": the amount closes the experience phrase after "for" (the company's
        # "has been serving the industry for over 50 years" has a verb of its own in between). A hard-wrapped line may
        # break before the lower-case preposition ("work experience\r\nin specialty field for at least 3 years").
        self._exp_for_before = regex.compile(
            rf"(?P<exp>{exp_word})(?:{_W1}(?:in|as|with|on|of|using|developing)|{_W}\r?\n{_W}(?-i:in|as|with|on|of|using|developing))\b"
            rf"(?P<pre>[^.;:!?\n*•·▪]{{1,160}}?){_W1}for{_W1}$",
            _FLAGS | regex.REVERSE,
        )
        # A part of the experience just asked: "at least 2 years' of that experience as a foreman", "at least five years
        # of which is in a strategic business development role".
        self._part_after = regex.compile(
            rf"['’]?+{_W1}of{_W1}(?:(?:that|this|such|said|the{_W1}above){_W1}(?:{exp_word}){_END}"
            rf"|which(?={_W1}(?:is|are|was|were|must|should|shall|has|have|in)\b)(?:{_W1}(?:is|are|was|were|must|should|shall|has|have|be|been|include|including)\b)*+)",
            _FLAGS,
        )
        self._article = regex.compile(rf"{_W}(?:(?:an?|the){_W1})?+", _FLAGS)
        self._finite_verb = regex.compile(r"\b(?:has|have|had|been|is|are|was|were|will|we|our|us|they|their|since)\b", _FLAGS)
        # "Proficiency in project management tools (3+ years)": an amount alone in brackets after a skill.
        self._bracketed = regex.compile(rf"\({_W}$", _FLAGS)
        self._experienced_before = regex.compile(r"\bexperienced(?:[ \t]++[\p{L}/&-]++){1,3}?[ \t]*+\([ \t]*+$", _FLAGS)
        self._bracket_close = regex.compile(rf"{_W}(?:of{_W1}(?:{exp_word}){_W})?+\)", _FLAGS)
        self._skill_cue = regex.compile(r"\b(?:proficien\w*|knowledge|familiar\w*|skills?|expertise|experience|background|hands-on|working with)\b", _FLAGS)
        # "Have at least 3-5 years of hands-on analytical chemistry": an "of" phrase after a verb of having, or opening a bullet.
        self._of_phrase = regex.compile(rf"{_W1}of{_W1}", _FLAGS)
        self._having_before = regex.compile(
            rf"\b(?:have|has|having|possess(?:es|ing)?|bring(?:s|ing)?|with|requires?|requiring){_W}$", _FLAGS
        )
        # A label alone on the line above: "Experience\n\n3+ years".
        self._label_line_before = regex.compile(
            rf"(?:^|\n)[^\S\n]*+[^\w\n]{{0,3}}+[^\S\n]*+(?P<pre>(?:{_WORD}{_W1}){{0,3}}?)(?P<exp>{exp_word}){_END}"
            rf"(?:{_W1}(?:level|required|requirements?))?+{_W}(?P<colon>:)?+\s*+$",
            _FLAGS,
        )
        self._line_rest = regex.compile(rf"{_W}(?:\({_W}(?:required|preferred|minimum){_W}\))?+\W{{0,3}}+$", _FLAGS)
        # A job board's "Operations management: 10 years (Required)".
        self._board_before = regex.compile(rf"(?P<pre>(?:{_WORD}{_W1}){{0,4}}{_WORD}){_W}:{_W}$", _FLAGS)
        self._board_after = regex.compile(rf"{_W}\({_W}(?:required|preferred)\b", _FLAGS)
        # "Bachelor's: 5 years; Master's: 3 years", "BS - 5 yrs / MS - 3 yrs": a degree labels the years asked of its holders.
        mark = rf"(?:[:=]|{_DASH}){_W}"
        self._degree_label_before = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{_alternation(_rows(cues, 'degree_label'))}){_W}{mark}$", _FLAGS
        )
        # ... searched only where its colon, "=" or dash ends the text before the amount ("$" also holds before a
        # final line break): read backwards from the amount, one step, where the search tries every offset of the
        # window (on "5+ years 5+ years ..." the search was the family's costliest regex).
        self._label_mark_before = regex.compile(rf"{mark}\n?", _FLAGS | regex.REVERSE)
        # "2 to 5 years with BS/BA", "BS + 5 years", "MS with eight (8) years; or PhD with five (5) years": the years asked
        # of a degree's holders, experience without the word where no neighbour lends it.
        degree = _alternation(_rows(cues, "degree_label"))
        self._degree_after = regex.compile(
            rf"[)\]]?+{_W}(?:,{_W})?+(?:\({_W}(?:(?:with|w/|if){_W})?+|(?:with|w/|and|plus){_W1})(?:(?:an?|the){_W1})?+"
            rf"(?:{degree}|no{_W1}degree)(?![\p{{L}}\p{{N}}])", _FLAGS
        )
        # Matched right to left from the amount (REVERSE): one attempt instead of one per offset of the window.
        self._degree_before = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{degree})(?:{_W1}degree)?+{_W}(?:(?:with|w/|and|plus){_W1}|\+{_W})", _FLAGS | regex.REVERSE
        )
        self._domain_word = regex.compile(rf"{_W1}(?P<w>{_WORD})", _FLAGS)
        self._list_comma = regex.compile(
            rf"{_W},{_W1}(?:(?:and|or){_W1}|(?=[^.;:()\r\n]{{0,60}}?\b(?:and|or)\b))(?P<w>{_WORD})", _FLAGS
        )
        self._post_domain = regex.compile(
            rf"{_W1}(?:(?:working|gained|acquired){_W1})?+(?:(?P<prep>in|within|with|as|on|of|using|from){_W1}(?:(?:an?|the){_W1})?+)?+", _FLAGS
        )
        self._adjective = regex.compile(rf"[\p{{N}}\p{{L}}][-‐‑](?:{_UNIT_WORDS}){_END}(?!(?:\(s\))?+['’])", _FLAGS)
        self._for_before = regex.compile(rf"\bfor{_W}$", _FLAGS)
        self._sentence_stop = regex.compile(r"(?<!\p{N})[.!?;]|\s[*•·▪]\s", _FLAGS | regex.REVERSE)
        self._sentence_end = regex.compile(r"[.!?;](?!\p{N})|\s[*•·▪]\s", _FLAGS)
        # What may stand between coordinated amounts: "or MS with", ", or", "(with M.S. degree) or".
        self._coordination = regex.compile(r"[^.;:!?\r\n]*?(?:\b(?:or|and|and/or)\b|,)[^.;:!?\r\n]*+", _FLAGS)
        self._company_after = regex.compile(rf"[^.;!?\n]{{0,120}}?,{_W}(?:we|we['’](?:ve|re)|our|us)\b", _FLAGS)
        self._line_break = regex.compile(r"[^\S\r\n]*+\r?\n[^\S\r\n]*+(?=(?:of|in|with|(?-i:experience))\b)", _FLAGS)
        # What the break must start with, as a pre-check: the regex module looks for a regex's literal "\n"
        # from the start to the end of the range before matching (a long unbroken line made each amount
        # scan the rest of it); a character class is not looked for that way.
        self._break_ahead = regex.compile(r"[^\S\r\n]*+[\r\n]", _FLAGS)
        self._gerund_at = regex.compile(r"\p{L}{2,}ing\b", _FLAGS)
        self._as_not_role = regex.compile(r"(?:well|soon|of|needed|such|long|per|part|follows)\b", _FLAGS)

    # -- the family ----------------------------------------------------------------
    def __call__(self, doc: Doc, context: Context) -> list[ExperienceEntry]:
        """Find the experience entries of ``doc``, in text order.

        Args:
            doc (Doc): The posting.
            context (Context): Its segments (sentences and bullets).
        """
        text = context.segments.text  # the same string as doc.text, without rebuilding it from the tokens
        amounts = self.amounts(text)
        found: list[ExperienceEntry | Amount | None] = []
        floor = 0  # an experience word already used by one entry is not a label for the next
        joined: list[str] = []  # the text with its cut phrases joined, made once when first needed
        for i, amount in enumerate(amounts):
            next_start = _next_start(text, amounts, i)
            section = context.section_at(amount.start)
            listed = section if section is not None and section.category in (REQUIRED, PREFERRED) else None
            segment = context.segments.at(amount.start)
            result = self._entry(text, amount, segment, floor, next_start, listed)
            if isinstance(result, Amount):
                result = self._across_break(text, joined, amount, segment, context, floor, next_start, listed) or result
            found.append(result)
            if isinstance(result, ExperienceEntry):
                floor = result.end
        entries = self._coordinated(text, found, context)
        return _with_word_years(entries, amounts) if any(a.word_years is not None for a in amounts) else entries

    def _across_break(
        self, text: str, joined: list[str], amount: Amount, segment: Segment, context: Context, floor: int,
        next_start: int, listed: Section | None,
    ) -> ExperienceEntry | None:
        """An amount whose phrase a line break cut ("3+ years\n of regulated medical device work"): read as one line.

        Only where the next line goes on in lower case; the break is read as a space (same length, so
        offsets hold) and the evidence is taken from the text as written.
        """
        if not self._break_ahead.match(text, amount.end, segment.end + 4):
            return None
        # room after the break for its look-ahead's longest word ("3 years\nexperience in ...")
        brk = self._line_break.match(text, amount.end, segment.end + 4 + len("experience"))
        if brk is None or brk.end() >= len(text):
            return None
        if not joined:  # every such break at once: one copy of the text per doc, not one per amount
            joined.append(self._line_break.sub(lambda m: " " * len(m.group()), text))
        following = context.segments.at(brk.end())
        merged = Segment(segment.start, following.end, segment.line_start, following.line_end)
        result = self._entry(joined[0], amount, merged, floor, next_start, listed)
        if not isinstance(result, ExperienceEntry):
            return None
        result.text = text[result.start : result.end]
        return result

    def _coordinated(self, text: str, found: list[ExperienceEntry | Amount | None], context: Context) -> list[ExperienceEntry]:
        """Give a bare amount the context of an entry it is coordinated with.

        "BS with 8+ years or MS with 6+ years or PhD with 3+ years of experience": the first two
        amounts share the third one's experience word (and domain).
        """
        found = list(found)
        # Right to left, then left to right, so a chain of amounts all reach the one with context.
        for order in (range(len(found) - 1, -1, -1), range(len(found))):
            for i in order:
                item = found[i]
                if not isinstance(item, Amount):
                    continue
                segment = context.segments.at(item.start)
                for j in (i + 1, i - 1):
                    other = found[j] if 0 <= j < len(found) else None
                    if isinstance(other, ExperienceEntry) and self._is_coordinated(text, item, other, segment):
                        shared = not self._is_company_history(text, item, segment)
                        found[i] = self._make(text, item, item.start, item.end, other.domain) if shared else None
                        break
        entries = []
        for item in found:
            if isinstance(item, Amount) and self._beside_degree(text, item, context):
                item = self._make(text, item, item.start, item.end, None)
            if isinstance(item, ExperienceEntry):
                entries.append(item)
        return entries

    def _beside_degree(self, text: str, amount: Amount, context: Context) -> bool:
        """A bare amount asked of a degree's holders: "2 to 5 years with BS/BA", "BS + 5 years", "3 years (with PhD)"."""
        if amount.adjective:
            return False
        segment = context.segments.at(amount.start)
        beside = self._degree_after.match(text, amount.end, min(len(text), amount.end + 40)) is not None or (
            self._degree_before.match(text, max(segment.start, amount.start - 40), amount.start) is not None
        )
        return beside and not self._is_company_history(text, amount, segment)  # the costlier check last

    def _is_coordinated(self, text: str, amount: Amount, other: ExperienceEntry, segment: Segment) -> bool:
        if other.start < amount.start and amount.end <= other.end:
            # "at least 3 years (5+ years is preferred) experience in Property Management": a rung in the entry's brackets
            return _BRACKET_BEFORE.search(text, other.start, amount.start) is not None and _UPPER_RUNG_PREFERRED.match(text, amount.end) is not None
        lo, hi = (amount.end, other.start) if other.start >= amount.end else (other.end, amount.start)
        if lo > hi or hi - lo > _COORDINATION_REACH:
            return False
        if lo == other.end and _UPPER_RUNG_WITH.fullmatch(text, lo, hi) and _UPPER_RUNG_PREFERRED.match(text, amount.end):
            return True  # "Minimum of 5 years of experience repairing saxophones with 10+ years preferred": a higher rung
        # The other entry in the amount's segment, or in the next where that was cut at an abbreviation ("or Ph.D. with").
        cut_at_abbreviation = other.start >= segment.end and _ABBREVIATION_DOT.match(text, segment.end - 1) is not None
        if not (segment.start <= other.start < segment.end or cut_at_abbreviation):
            return False
        between = _ABBREVIATION_DOT.sub("", _PARENTHESES.sub("", text[lo:hi]))  # "M.S. with 6, or Ph.D. with": no stops
        return bool(self._coordination.fullmatch(between))

    def amounts(self, text: str) -> list[Amount]:
        """Every amount of time in ``text``, in text order, whether or not it is experience."""
        found = []
        for lo, hi in self._windows(text):
            found.extend(
                Amount(m.start(), m.end(), *v, adjective=bool(self._adjective.search(m.group())), word_years=self._word_years(m, v))
                for m in self._amount.finditer(text, lo, hi)
                if (v := self._values(m))
            )
        starts = [a.start for a in found]  # in text order, not overlapping
        for m in self._label_amount.finditer(text):
            values = self._label_values(m)
            i = bisect_left(starts, m.end()) - 1
            if values is not None and not (i >= 0 and found[i].end > m.start()):
                found.append(Amount(m.start(), m.end(), *values, labelled=True))
        return sorted(found, key=lambda a: a.start)

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches of ``text`` around unit words: the amount regex runs only there (it is slow to start everywhere)."""
        windows: list[tuple[int, int]] = []
        low = lower(text)
        for m in sorted((m for scan in _UNIT_SCANS for m in scan.finditer(low)), key=regex.Match.start):
            lo, hi = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        return windows

    # -- reading amounts -------------------------------------------------------------
    def _number(self, m: "regex.Match[str]", name: str, paren: str) -> float | None:
        if m[paren]:
            return float(m[paren])
        return self.numbers.value(m[name]) if m[name] else None

    def _values(self, m: "regex.Match[str]") -> tuple[float, float | None] | None:
        unit = m["unit"].lower()
        if m["b1"]:
            low, high = self.numbers.value(m["b1"]), self.numbers.value(m["b2"])
        else:
            if self.numbers.is_article(m["n1"]) and (unit.endswith("s") or m["n2"]):
                return None
            low, high = self._number(m, "n1", "pa1"), self._number(m, "n2", "pa2")
            if m["pb1"]:  # "at least five (3-5) years": the digits are the precise figure
                low, high = float(m["pa1"]), float(m["pb1"])
            elif m["pb2"]:
                high = float(m["pb2"])
        if low is None:
            return None
        ranged = high is not None
        if m["half"]:  # "a year and a half"
            addend = self.numbers.addend(m["half"]) or 0.5
            if ranged:
                high += addend
            else:
                low += addend
        if m["n4"] and not ranged:  # "6 months to 1 year", "3 years - 5 years"
            high = self.numbers.value(m["n4"])
            if high is not None and m["unit4"].lower().startswith("m") != unit.startswith("m"):
                high = high * 12 if unit.startswith("m") else high / 12
            ranged = high is not None
        if m["n3"] and not ranged and not unit.startswith("m"):  # "1 year 6 months"
            low += (self.numbers.value(m["n3"]) or 0) / 12
        if unit.startswith("m"):
            low, high = low / 12, (high / 12 if high is not None else None)
        effects = {self._effect(self._qualifiers, m["qual"]), self._effect(self._trailers, m["trail"])}
        if m["plus"] or m["pplus"] or m["bplus"] or "open" in effects:
            high = None
        elif "up_to" in effects and not ranged:
            low, high = 0.0, low
        elif not ranged:
            high = None
        return _checked(low, high)

    def _word_years(self, m: "regex.Match[str]", values: tuple[float, float | None]) -> float | None:
        """The words' amount where "eight (5) years" states two (None where the words and digits agree, or for ranges)."""
        if not (m["pa1"] and m["n1"]) or m["pb1"] or m["n2"] or m["b1"] or values[1] is not None or m["unit"].lower().startswith("m"):
            return None
        words = self.numbers.value(m["n1"])
        if words is None or words == values[0] or self.numbers.is_article(m["n1"]) or _checked(words, None) is None:
            return None
        return words

    def _label_values(self, m: "regex.Match[str]") -> tuple[float, float | None] | None:
        low = self.numbers.value(m["n1"])
        high = self.numbers.value(m["n2"]) if m["n2"] else None
        if low is None:
            return None
        if m["plus"]:
            high = None
        elif self._effect(self._qualifiers, m["qual"]) == "up_to" and high is None:
            low, high = 0.0, low
        return _checked(low, high)

    @staticmethod
    def _effect(rules: list[tuple["regex.Pattern[str]", str]], text: str | None) -> str | None:
        if not text:
            return None
        text = text.strip()
        return next((effect for pattern, effect in rules if pattern.fullmatch(text)), None)

    # -- is it experience? -------------------------------------------------------------
    def _entry(
        self, text: str, amount: Amount, segment: Segment, floor: int, next_start: int, listed: Section | None = None
    ) -> ExperienceEntry | Amount | None:
        """The amount's entry; the amount itself when it has no context either way; None when it is not experience.

        ``listed``: the requirements section the amount sits in, where a bullet that opens with it is
        experience without the word ("8 years on capital projects", "5 years minimum").
        """
        lo = max(segment.start, amount.start - _LOOKBACK, floor)
        hi = min(segment.end, amount.end + _LOOKAHEAD, max(next_start, amount.end))
        if self._not_before.search(text, lo, amount.start):
            return None
        if amount.labelled:
            return self._make(text, amount, amount.start, amount.end, None)
        found = self._experience_after(text, amount, hi)
        part = self._part_after.match(text, amount.end, hi) if found is None else None
        if part:  # its domain where it names one: "at least 1 year of which in a supervisory capacity"
            named = self._after(text, replace(amount, end=part.end()), hi)
            found = named if named is not None and named[2] is not None else (amount.start, amount.end, None)
        if found is None and amount.adjective:
            return None  # "an 18-month training program", "a 2-year contract": only "a 5-year driving experience" counts
        if found is None:
            if self._not_after.match(text, amount.end, hi):
                return None
            found = self._after(text, amount, hi)
            if found is not None and self._for_before.search(text, lo, amount.start):
                return None  # "serving clients for over 35 years in the Omaha area"
            found = found or self._before(text, amount, segment, lo, hi)
            if found is None and listed is not None:
                found = self._listed(text, amount, segment, hi, listed)
        if found is None:
            return amount  # bare: it may still share a neighbour's context
        if self._is_company_history(text, amount, segment):
            return None
        start, end, domain = found
        return self._make(text, amount, start, end, domain)

    def _experience_after(self, text: str, amount: Amount, hi: int) -> tuple[int, int, str | None] | None:
        """An experience word after the amount: "years of supervisory experience", "yrs exp"."""
        m = self._exp_after.match(text, amount.end, hi)
        if not m or self._not_after.match(text, m.start("exp"), hi):
            return None  # "three years' experience credit for a Master's degree"
        domain, _ = self._clean(text, self._split(text, m.start("pre"), m.end("pre")))
        end = m.end()
        if domain is None:
            post_domain, post_end = self._domain_after(text, end, hi)
            domain, end = post_domain, max(end, post_end)
        return amount.start, end, domain

    def _after(self, text: str, amount: Amount, hi: int) -> tuple[int, int, str | None] | None:
        """Other context after the amount: "in <domain>"/"as a <role>", or an -ing phrase."""
        m = self._prep_after.match(text, amount.end, hi)
        if m and not (m["prep"].lower() == "as" and self._as_not_role.match(text, m.end(), hi)):
            words = self._read_domain(text, m.end(), hi)
            if words:
                domain, end = self._clean(text, words)
                return amount.start, end or words[-1][2], domain
        m = self._gerund_after.match(text, amount.end, hi)
        if m and m["g"].lower() not in self.not_gerunds:
            if m["g"].lower() in self.generic:  # "10 years working on production lines"
                domain, end = self._domain_after(text, m.end(), hi)
                return amount.start, max(end, m.end()), domain
            domain, end = self._clean(text, self._read_domain(text, m.start("g"), hi), verbal=True)
            if domain is not None:
                return amount.start, end, domain
        return None

    def _before(self, text: str, amount: Amount, segment: Segment, lo: int, hi: int) -> tuple[int, int, str | None] | None:
        """Context before the amount: an experience label, or a job board's "<domain>: N years (Required)"."""
        m = self._label_before.search(text, lo, amount.start)
        if m:
            words = _after_degree(self._split(text, m.start("pre"), m.end("pre")), self.degree_nouns)
            domain, _ = self._clean(text, words)
            start = m.start("exp")
            if domain is not None:
                start = next(s for w, s, _ in words if w.lower() not in self.generic)
            return start, amount.end, domain
        m = self._label_paren_before.search(text, lo, amount.start)
        if m:
            domain, _ = self._clean(text, self._split(text, m.start("pre"), m.end("pre")))
            return m.start("exp"), amount.end, domain
        m = self._board_before.search(text, lo, amount.start)
        if m and self._board_after.match(text, amount.end, hi):
            domain, _ = self._clean(text, self._split(text, m.start("pre"), m.end("pre")))
            return m.start("pre"), amount.end, domain
        if self._label_mark_before.match(text, lo, amount.start) and self._degree_label_before.search(text, lo, amount.start):
            return amount.start, amount.end, None
        if self._bracketed.search(text, lo, amount.start) and self._bracket_close.match(text, amount.end, hi):
            if self._skill_cue.search(text, max(segment.start, amount.start - _LOOKAHEAD), amount.start):
                return amount.start, amount.end, None
            # "an experienced engineer (5+ years)": the role right before the bracket, in no sentence about the company
            if self._experienced_before.search(text, max(segment.start, amount.start - _LOOKBACK), amount.start) and not self._company.search(
                text, segment.start, amount.start
            ):
                return amount.start, amount.end, None
        return self._line_label(text, amount, segment) or self._of_having(text, amount, segment, lo, hi) or self._for_after_domain(text, amount, segment)

    def _for_after_domain(self, text: str, amount: Amount, segment: Segment) -> tuple[int, int, str | None] | None:
        """ "Previous experience as a construction site superintendent or in a similar role for a minimum of 5 years"."""
        lo = max(segment.start, amount.start - _EXP_FOR_REACH)
        if not self._for_before.search(text, lo, amount.start):
            return None
        if lo == segment.start and _WRAPPED.match(text, segment.start) and _WRAPPED_AFTER.search(text, max(0, segment.start - 40), segment.start):
            lo = max(0, amount.start - _EXP_FOR_REACH)  # a hard-wrapped line goes on from the line before
        m = self._exp_for_before.search(text, lo, amount.start)
        if m is None or self._finite_verb.search(text, m.start("pre"), m.end("pre")):
            return None
        start = self._article.match(text, m.start("pre"), m.end("pre")).end()
        domain, _ = self._clean(text, self._read_domain(text, start, m.end("pre")))
        return m.start("exp"), amount.end, domain

    def _listed(self, text: str, amount: Amount, segment: Segment, hi: int, section: Section) -> tuple[int, int, str | None] | None:
        """A bullet under a requirements header that opens with the amount: "4 years with PLC programming", "Minimum 3 years"."""
        if not self._opens_segment(text, amount, segment):
            return None
        m = self._listed_after.match(text, amount.end, hi)
        if m:
            domain, end = self._clean(text, self._read_domain(text, m.end(), hi), verbal=True)
            return (amount.start, end, domain) if domain is not None else None
        if self._listed_alone.match(text, amount.end, segment.line_end):
            # Alone on its line, and not the value of a label of its own ("Duration:\n1 Year+").
            before = text[max(section.header_end, segment.line_start - 200) : segment.line_start].rstrip()
            if not before.endswith(":"):
                return amount.start, amount.end, None
        return None

    @staticmethod
    def _opens_segment(text: str, amount: Amount, segment: Segment) -> bool:
        """Whether only bullet marks stand before the amount in its segment (a qualifier belongs to the amount)."""
        return amount.start - segment.start <= _BULLET_REACH and not text[segment.start : amount.start].strip(" \t•·-*–")

    def _of_having(self, text: str, amount: Amount, segment: Segment, lo: int, hi: int) -> tuple[int, int, str | None] | None:
        """ "Have at least 3-5 years of hands-on analytical chemistry", or such a bullet on its own."""
        m = self._of_phrase.match(text, amount.end, hi)
        if not m:
            return None
        opens_segment = self._opens_segment(text, amount, segment)
        if not (opens_segment or self._having_before.search(text, lo, amount.start)):
            return None
        domain, end = self._clean(text, self._read_domain(text, m.end(), hi), verbal=True)
        return (amount.start, end, domain) if domain is not None else None

    def _line_label(self, text: str, amount: Amount, segment: Segment) -> tuple[int, int, str | None] | None:
        """An amount alone on its line under an experience label ("Experience\n3+ years")."""
        if amount.start - segment.line_start > _BULLET_REACH or text[segment.line_start : amount.start].strip(" \t•·-*–"):
            return None
        window = max(0, segment.line_start - _LOOKBACK)
        m = self._label_line_before.search(text[window : segment.line_start])
        # The amount alone on its line, or a label ending in a colon ("Education and Experience:\nFive (5) years ...").
        if not m or not (m["colon"] or self._line_rest.match(text, amount.end, segment.line_end)):
            return None
        domain, _ = self._clean(text, self._split(text, window + m.start("pre"), window + m.end("pre")))
        return amount.start, amount.end, domain

    def _is_company_history(self, text: str, amount: Amount, segment: Segment) -> bool:
        """A sentence about the company ("For over 30 years we have ...", "With 50 years of experience, we ...")."""
        # The sentence: scraped bullets glued at a full stop ("...is React.8+ years of ...") start one too. A segment cut
        # where a scraper glued a capital onto a word ("About Acme StaffingWith over 20 years of staffing experience")
        # keeps the words before the cut: they may name the company.
        first = segment.start
        if first > segment.line_start and text[first - 1].isalpha():
            first = segment.line_start
        start = max(first, amount.start - _SENTENCE_REACH)
        stop = self._sentence_stop.search(text, start, amount.start)
        start = stop.end() if stop else start
        end = min(segment.end, amount.end + _SENTENCE_REACH)
        stop = self._sentence_end.search(text, amount.end, end)
        end = stop.start() if stop else end
        if not (self._company.search(text, start, amount.start) or self._company_after.match(text, amount.end, end)):
            return False
        return not self._candidate.search(text, start, end)

    # -- domains -----------------------------------------------------------------------
    @staticmethod
    def _split(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        return [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]

    def _read_domain(self, text: str, pos: int, hi: int) -> list[tuple[str, int, int]]:
        """The words of a domain phrase starting at ``pos``: up to a stop word, punctuation or the word limit."""
        words: list[tuple[str, int, int]] = []
        limit = _MAX_DOMAIN_WORDS
        while len(words) < limit:
            m = (self._domain_word if words else _WORD_RE).match(text, pos, hi)
            if not m and words:  # a list closed by "and"/"or": "in FP&A, accounting, consulting or banking"
                m = self._list_comma.match(text, pos, hi)
                if not m or not self._is_content(m["w"]):
                    break
                limit = _MAX_LIST_WORDS
            if not m:
                break
            word, start, end = m["w"], m.start("w"), m.end("w")
            if words and word[0].isupper() and start - pos > 2:  # a bullet flattened into the line: "operations   Competencies"
                break
            head, dot, tail = word.partition(".")
            glued = head.isalpha() and len(head) > 2 and tail.isalpha() and len(tail) > 3  # "members.proficient in"
            if dot and head and (glued or not self._is_content(tail.split(".")[0])):  # "engineer.is an advantage"
                word, end, hi = head, start + len(head), start + len(head)
            low = word.lower()
            if low in ("and", "or", "&", "and/or"):
                after = self._domain_word.match(text, end, hi)
                if not words or not after or not self._is_content(after["w"]):
                    break
            elif not self._is_content(word) and low not in self.generic and low not in self.domain_tails:
                break
            elif words and self._is_content(words[-1][0]) and _is_glued_capital(words[-1][0], word):
                # "in finance Excellent oral skills", "in an analytical position  Analytical and ...",
                # but not "providing Hitachi and EMC storage services".
                after = self._domain_word.match(text, end, hi)
                if words[-1][0].lower() in self.domain_tails or (after and after["w"].islower() and self._is_content(after["w"])):
                    break
            words.append((word, start, end))
            pos = end
        else:
            # Cut off mid-phrase at the word limit: keep the head before its last "of" (or a last-but-one "and")
            # ("construction inspection [of major public] works").
            if self._domain_word.match(text, pos, hi):
                joints = [
                    i
                    for i, (w, _, _) in enumerate(words)
                    if i and (w.lower() in _JOINTS or (w.lower() in ("and", "or", "&") and i >= len(words) - 2))
                ]
                if joints:
                    words = words[: joints[-1]]
        return words

    def _is_content(self, word: str) -> bool:
        low = word.lower()
        if low in self.domain_stops or low in self.generic or self.numbers.value(low) is not None:
            return False
        return not _UNIT_RE.fullmatch(low) and not self.numbers.is_article(low)

    def _domain_after(self, text: str, pos: int, hi: int) -> tuple[str | None, int]:
        """A domain after the experience word: "experience in manufacturing", "experience as a process engineer"."""
        m = self._post_domain.match(text, pos, hi)
        if not m or not m.group():
            return None, pos
        if not m["prep"]:
            gerund = self._gerund_at.match(text, m.end(), hi)
            if not gerund or gerund.group().lower() in self.not_gerunds:
                return None, pos
        words = self._read_domain(text, m.end(), hi)
        if any(w.lower() in self.degree_nouns for w, _, _ in words):  # "experience with a master's degree"
            return None, pos
        domain, end = self._clean(text, words, verbal=not m["prep"])
        if domain is None:
            return None, (end if m["prep"] and end else pos)
        return domain, end

    def _clean(self, text: str, words: list[tuple[str, int, int]], verbal: bool = False) -> tuple[str | None, int]:
        """The domain named by ``words`` without generic words and setting nouns, and where its evidence ends.

        Args:
            text (str): The posting text.
            words (list): (word, start, end) of the domain phrase as read.
            verbal (bool): The phrase is an -ing phrase ("managing software teams"): its last noun is kept.

        Returns:
            (domain or None, end offset of the kept words or 0 when none are kept)
        """
        generic, tails = self.generic, self.domain_tails
        while words and words[0][0].lower() in generic:
            words = words[1:]
        while words and words[-1][0].lower() in generic and words[-1][0].lower() not in tails:
            words = words[:-1]
        if not words:
            return None, 0
        end = words[-1][2]
        while words and not verbal and words[-1][0].lower() in tails | generic:
            words = words[:-1]
        if not words:
            return None, end
        return " ".join(text[words[0][1] : words[-1][2]].lower().split()), end

    def _make(self, text: str, amount: Amount, start: int, end: int, domain: str | None) -> ExperienceEntry:
        start, end = min(start, amount.start), max(end, amount.end)
        return ExperienceEntry(
            text=text[start:end],
            start=start,
            end=end,
            min_years=amount.min_years,
            max_years=amount.max_years,
            domain=domain,
        )


def _next_start(text: str, amounts: list[Amount], i: int) -> int:
    """Where the context of ``amounts[i]`` must stop: the next amount, or past a bracket that opens with one.

    "at least 3 years (5+ years is preferred) experience in Property Management": the experience phrase
    of the first amount follows the bracket holding the second.
    """
    k = i + 1
    if k < len(amounts) and _BRACKET_OPEN.fullmatch(text, amounts[i].end, amounts[k].start):
        close = text.find(")", amounts[k].end, amounts[k].end + _BRACKET_REACH)
        if close >= 0:
            while k < len(amounts) and amounts[k].start < close:
                k += 1
    return amounts[k].start if k < len(amounts) else len(text)


_DEGREE_JOINTS = frozenset(("and", "or", "with", "plus", "&", "+"))


def _after_degree(words: list[tuple[str, int, int]], degree_nouns: frozenset[str]) -> list[tuple[str, int, int]]:
    """The label words after its last degree noun: "Master's Degree and job-related experience, 3 years" is job-related."""
    cut = max((k for k, (w, _, _) in enumerate(words) if w.lower() in degree_nouns), default=-1)
    words = words[cut + 1 :]
    while words and words[0][0].lower() in _DEGREE_JOINTS:
        words = words[1:]
    return words


def _with_word_years(entries: list[ExperienceEntry], amounts: list[Amount]) -> list[ExperienceEntry]:
    """Each entry whose amount states two figures ("at least eight (5) years"), followed by a copy with the words' figure."""
    by_start = {a.start: a for a in amounts if a.word_years is not None}
    out = []
    for entry in entries:
        out.append(entry)
        amount = next((a for start, a in by_start.items() if entry.start <= start < entry.end), None)
        if amount is not None and entry.max_years is None and entry.min_years == amount.min_years:
            out.append(replace(entry, min_years=amount.word_years))
    return out


_POSSESSIVE_END = regex.compile(r"['’]s?$")


def _is_glued_capital(previous: str, word: str) -> bool:
    """A capitalised word after a lower-case one: a bullet a scraper glued on ("in finance Excellent oral skills")."""
    rest = _POSSESSIVE_END.sub("", word[1:])  # compiled once: regex.sub looks the pattern up in its cache at each call
    return previous.isalpha() and previous.islower() and word[0].isupper() and rest.isalpha() and rest.islower()


def _checked(low: float, high: float | None) -> tuple[float, float | None] | None:
    low = round(low, 2)
    high = round(high, 2) if high is not None else None
    if low > MAX_MIN_YEARS or (high is not None and (high > MAX_MAX_YEARS or high < low)):
        return None
    return low, high


def _stop_source(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

"""The pre-checks derived from the regexes (`postingparse.rules.literals`): sound, and records unchanged.

A screen may only skip a text where its regexes cannot match: every match of a screened
regex contains one of the literals derived for it, and the records of the screened path
equal those of the full path (`full_path`), on the bundled corpus here and on every rule
table (`tests/helpers.entries_of` parses each table row both ways).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import postingparse
from postingparse.pipeline import default_extractor
from postingparse.rules.literals import (
    FOLDS_APART, PRESCAN_SHORTEST, Prescan, Pruned, RecentTexts, Screen, caseless, fold, fold_slice, full_path,
    leading_literals, lower, lowered, occurrences, prescan, required_literal_sets, required_literals, scan_doc, scanned,
    search_at_leads,
)

CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "postings").glob("*.txt"))

LITERALS = [
    # (regex, flags, the literals one of which every match holds; None: no such set is known)
    (r"\d+\s*years?", 0, {"year"}),
    (r"in[ \t]++lieu[ \t]++of[ \t]++(?:degrees?|diplomas?)", 0, {"lieu"}),  # the rarer word of the sequence
    (r"(?:no|zero)[ \t]++(?:bs|b\.s\.)", 0, {"no", "zero"}),  # two-letter words beat one letter
    (r"\b(?:Leader|leading)\s++in\b", regex.IGNORECASE, {"leader", "leading"}),  # case-folded
    (r"(?<!\bnot\s)foo(?=bar)", 0, {"foo"}),  # lookarounds require nothing of the match itself
    (r"(?P<y>ab)|(?P<y>cd)", regex.V1, {"ab", "cd"}),  # a name used twice (regex allows it)
    (r"\p{Lu}\p{Ll}+ Inc", regex.V1, {" inc"}),  # property classes read as classes
    (r"(?x) team \s+ of", regex.V1, {"team"}),  # verbose: the spaces are not literals
    (r"team \s+ of", regex.VERBOSE, {"team"}),
    (r"(?:a|)b", 0, {"b"}),  # an optional branch requires nothing
    (r"\d+\s*(?:years?|yrs)\b", 0, {"year", "yrs"}),  # the parser's "y(?:ears?|rs)": the letter joins each branch
    (r"\b(?:in|into)\s++(?:the|a)\b", 0, {"in", "into"}),  # "in(?:|to)": a branch with no letters of its own
    (r"[abc]+", 0, None),
    (r"x*y?", 0, None),
    (r"(?P<y>ab)(?P=y)", 0, None),  # backreferences: not read
    (r"(?:cat){e<=1}", regex.V1, None),  # fuzzy matching: not read
    (r"[[a-z]--[aeiou]]+xyz", regex.V1, None),  # set operations: not read
    (r"(?|(a)|(b))", regex.V1, None),  # branch reset: not read
    (r"(", 0, None),  # not a regex
]


@pytest.mark.parametrize("pattern,flags,expected", LITERALS)
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = required_literals(pattern, flags)
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize("pattern,flags,expected", [row for row in LITERALS if row[2] is not None and "(?P=" not in row[0]])
def test_every_match_holds_a_literal(pattern: str, flags: int, expected: set[str]) -> None:
    compiled = regex.compile(pattern, flags)
    samples = ["12 years", "in lieu of degrees", "no B.S.", "zero bs", "LEADER in", "xfoobar", "ab cd", "Acme Inc",
               "team  of", "b", "ab", "5 yrs", "into the", "in a"]
    for text in samples:
        for m in compiled.finditer(text):
            assert any(literal in fold(m.group()) for literal in expected), (pattern, m.group())


LITERAL_SETS = [
    # (regex, flags, every literal set a match holds one of)
    (r"\b(?:experience|background)\b[^.]{0,40}\b(?:in|with)\s++(?:the|a)\s", regex.IGNORECASE,
     [{"experience", "background"}, {"in", "with"}, {"the", "a"}]),
    (r"\bour\s++(?:[\w\-]++\s++){0,3}(?:operations|business)\s++in\b", 0, [{"our"}, {"operations", "business"}, {"in"}]),
    (r"(?:we|our)(?:\s++(?:team|company))?\s++(?:has|have)", 0, [{"we", "our"}, {"has", "have"}]),  # optional: nothing
    (r"(?:a|)b", 0, [{"b"}]),
    (r"[abc]+", 0, []),
]


@pytest.mark.parametrize("pattern,flags,expected", LITERAL_SETS)
def test_required_literal_sets(pattern: str, flags: int, expected: list[set[str]]) -> None:
    assert [set(found) for found in required_literal_sets(pattern, flags)] == expected
    samples = ["Experience  working in the plant", "background with a team", "our global operations in", "we have",
               "our company has", "b"]
    for text in samples:
        for m in regex.finditer(pattern, text, flags):
            assert all(any(literal in fold(m.group()) for literal in found) for found in expected), (pattern, m.group())


def test_a_screen_of_every_set_needs_one_literal_of_each() -> None:
    pattern = r"\b(?:experience|background)\b[^.]{0,40}\b(?:in|with)\s++(?:the|a)\s"
    assert Screen([pattern], regex.IGNORECASE).may_match(fold("Experience required"))  # the rarest set only
    assert not Screen([pattern], regex.IGNORECASE, every=True).may_match(fold("Experience required"))
    assert Screen([pattern], regex.IGNORECASE, every=True).may_match(fold("Experience in the field"))


def test_industry_role_screens_pass_every_match_of_their_rules() -> None:
    """Each role rule's screen passes every corpus match of its regex (and of its ``and_after``), so a window
    holding a match is always searched, and every match starts with one of the rule's leads."""
    component = default_extractor().nlp.get_pipe("postingparse")
    industries = next(f for f in component.families if f.family == "industries")
    rules = {id(rule): rule for kind in industries._rules.values() for rule in kind if rule.screen is not None}
    texts = [default_extractor().normalizer(path.read_text(encoding="utf-8")).text for path in CORPUS]
    checked = led = 0
    for rule in rules.values():
        source = rule.pattern.pattern[3:-2] if rule.side == "before" else rule.pattern.pattern  # "(?:...)$"
        pairs = [(regex.compile(source, rule.pattern.flags), rule.screen)]
        if rule.and_after is not None:
            pairs.append((rule.and_after, rule.and_after_screen))
        for pattern, screen in pairs:
            for text in texts:
                for m in pattern.finditer(text):
                    checked += 1
                    assert screen.may_match(fold(m.group())), (source[:60], m.group())
        if rule.leads is not None:  # and every match of a "before" regex starts with one of its leads
            for text in texts:
                for m in pairs[0][0].finditer(text, overlapped=True):
                    led += 1
                    assert any(fold(m.group()).startswith(lead) for lead in rule.leads), (source[:60], m.group())
    assert checked > 100 and led > 100


def test_role_rule_words_keep_every_rule_whose_screen_passes() -> None:
    """The rules `_RuleWords` finds in a pair of windows hold every rule whose screen passes them (windows cut
    from the corpus texts at every 37th character, 160 before and 80 after), and leave some out."""
    component = default_extractor().nlp.get_pipe("postingparse")
    industries = next(f for f in component.families if f.family == "industries")
    words = industries._rule_words
    rules = {id(rule): rule for kind in industries._rules.values() for rule in kind}
    texts = [default_extractor().normalizer(path.read_text(encoding="utf-8")).text for path in CORPUS]
    left_out = 0
    for text in texts:
        for at in range(160, len(text) - 80, 37):
            before, after = fold(text[at - 160 : at]), fold(text[at : at + 80])
            present = words.present(before, after)
            for rule in rules.values():
                if rule.side not in ("before", "after"):
                    assert present & words.bit[id(rule)]
                    continue
                passes = rule.screen.may_match(before if rule.side == "before" else after)
                assert not passes or present & words.bit[id(rule)], (rule.side, rule.screen.literals, before, after)
                left_out += not present & words.bit[id(rule)]
    assert left_out > 1000


def test_a_screen_without_literals_passes_everything() -> None:
    assert Screen([r"\d+", r"years"]).may_match("")
    assert not Screen([r"\d+\s*years", r"lieu"]).may_match(fold("Bachelor's degree"))
    assert Screen([r"\d+\s*years", r"lieu"]).may_match(fold("In LIEU of"))
    with full_path():
        assert Screen([r"lieu"]).may_match("")


LEADS = [
    # (regex, flags, the literals one of which every match starts with; None: unknown)
    (r"\bexperience\s++in\b", regex.IGNORECASE, {"experience"}),  # after a word boundary
    (r"(?<!\bnot\s)(?:the\s++)?company", regex.IGNORECASE, {"the", "company"}),  # lookbehind; an optional word
    (r"(?:we|our\s++client)\s++(?:are|is)", 0, {"we", "our"}),
    (r"(?:a|b?)c", 0, {"ac", "b", "c"}),  # an optional branch: what follows may start the match
    (r"(?:ab)+c", 0, {"ab"}),
    (r"a*b", 0, {"a", "b"}),  # a repeated item is not joined to what follows ("aab")
    (r"(?-i:With)\s", regex.IGNORECASE, {"with"}),  # case-folded
    (r"(?:[\w\-]++\s++){0,3}of", 0, None),  # a class may start it
    (r"\p{Lu}\w*+ Inc", regex.V1, None),
    (r"x?", 0, None),  # may match the empty string
]


@pytest.mark.parametrize("pattern,flags,expected", LEADS)
def test_leading_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = leading_literals(pattern, flags)
    assert (None if found is None else set(found)) == expected
    samples = ["Experience in plants", "the company", "Company", "we are", "our client is", "ac", "bc", "c", "ababc",
               "aab", "b", "WITH ", "With "]
    for text in samples:
        for m in regex.finditer(pattern, text, flags):
            assert found is None or any(fold(m.group()).startswith(lead) for lead in found), (pattern, m.group())


@pytest.mark.parametrize("text", [
    "5 years of experience in", "experience with", "no experience", "EXPERIENCE  IN", "Straße experience in",
])
def test_search_at_leads_answers_as_search(text: str) -> None:
    pattern = regex.compile(r"(?:\bexperience\s++(?:in|with))$", regex.IGNORECASE | regex.V1)
    leads = leading_literals(pattern.pattern, pattern.flags)
    expected = pattern.search(text) is not None
    assert search_at_leads(pattern, text, fold(text), leads) is expected
    with full_path():
        assert search_at_leads(pattern, text, fold(text), leads) is expected


PRUNED = [
    # (regex, text, the branches kept for it (None: the whole regex, ()): none may match)
    (r"(?:maker|producer|provider)\s++of\s++", "a maker of pumps", ("maker",)),
    (r"(?:maker|producer|provider)\s++of\s++", "a Producer or maker of pumps", ("maker", "producer")),
    (r"(?:maker|producer|provider)\s++of\s++", "we sell pumps", ()),
    (r"maker\s++of|\bwe\s++(?:build|make)", "we build it", (r"\bwe\s++(?:build|make)",)),
    (r"(?:maker|[A-Z]\w*+)\s", "Acme sells", (r"[A-Z]\w*+",)),  # a branch without literals may match anywhere
    (r"(?:maker|producer)?\s++of", "of", None),  # an optional group: a match need not pass through a branch
    (r"(maker|producer)\s++of", "maker of", None),  # capturing groups: numbers would shift
    (r"(?i)maker|producer", "maker", None),  # a global flag in the first branch
    (r"x(?:maker|producer)", "xmaker", None),  # no alternation opens the regex
]


@pytest.mark.parametrize("pattern,text,kept", PRUNED)
def test_pruned_keeps_the_branches_that_may_match(pattern: str, text: str, kept: tuple[str, ...] | None) -> None:
    pruned = Pruned(pattern, regex.IGNORECASE | regex.V1)
    found = pruned.for_text(fold(text))
    if kept is None:
        assert found is pruned.full
    elif not kept:
        assert found is None and not pruned.full.search(text)
    else:
        assert all(branch in found.pattern for branch in kept) and found.findall(text) == pruned.full.findall(text)
    with full_path():
        assert pruned.for_text(fold(text)) is pruned.full


def test_pruned_regexes_find_what_the_whole_regex_finds_on_the_corpus() -> None:
    """Every maker and employer phrase of the industries table, pruned per corpus text, finds the same matches."""
    component = default_extractor().nlp.get_pipe("postingparse")
    industries = next(f for f in component.families if f.family == "industries")
    phrases = [p for p, *_ in industries._makers] + [p for p, *_ in industries._phrases]
    assert any(p._screens for p in phrases)
    pruned = 0
    for path in CORPUS:
        text = default_extractor().normalizer(path.read_text(encoding="utf-8")).text
        for phrase in phrases:
            pattern = phrase.for_text(fold(text))
            pruned += pattern is not phrase.full
            found = [] if pattern is None else [m.span() for m in pattern.finditer(text)]
            assert found == [m.span() for m in phrase.full.finditer(text)], (path.name, phrase.full.pattern[:60])
            assert [m.span() for m in phrase.finditer(text, fold(text))] == found, (path.name, phrase.full.pattern[:60])
    assert pruned > 0


PRUNED_FINDITER = [
    # (regex, text): `Pruned.finditer` finds what the regex's own finditer finds
    (r"(?:maker|producer|provider)\s++of\s++", "a Maker of pumps and a producer of valves, provider of"),
    (r"(?:maker|producer)\s++of|\bof\s++pumps", "maker of pumps"),  # candidates inside a match are not tried
    (r"(?:maker|(?-i:[A-Z])\w*+\s++sells)\s++\w", "Acme sells pumps, a maker of Bolt sells x"),  # a branch without leads
    (r"(?:maker|[A-Z]\w*+)\s++(?:of|sells)", "Acme sells, a maker of pumps; Bolt of"),  # one without literals: the plain scan
    (r"(?:(?:the\s++)?maker|producer)\s++of", "the maker of the producer of"),  # an optional word leads too
    (r"(?:maker|\w*)\s", "maker of"),  # a branch that may match empty: the plain scan
    (r"maker\s++of", "Straße maker of"),  # folding changes offsets: the plain scan
    (r"(?:maker|producer)\s++of", "no match here"),
]


@pytest.mark.parametrize("pattern,text", PRUNED_FINDITER)
def test_pruned_finditer_finds_what_the_regex_finds(pattern: str, text: str) -> None:
    pruned = Pruned(pattern, regex.IGNORECASE | regex.V1)
    expected = [m.span() for m in pruned.full.finditer(text)]
    assert [m.span() for m in pruned.finditer(text, fold(text))] == expected
    with full_path():
        assert [m.span() for m in pruned.finditer(text, fold(text))] == expected


def _screened_regexes() -> list[tuple[Screen, list[regex.Pattern[str]]]]:
    """Each screen of the bundled pipeline with the regexes it stands for."""
    component = default_extractor().nlp.get_pipe("postingparse")
    degrees = component.families[0]
    paths = component.paths
    return [
        *zip(degrees._cue_screens, ([degrees._not_requirement], [degrees._or_equivalent])),
        (degrees._blocking_screen, [degrees._blocking]),
        (paths._years_screen, [paths._years_after, paths._years_before]),
        *[(screen, [phrase.full]) for phrase, _, screen in component.families[2]._phrases],
        (component.scope._appendix_screen, [component.scope._appendix]),
    ]


def test_screens_pass_every_corpus_text_their_regexes_match() -> None:
    checked = 0
    for path in CORPUS:
        text = default_extractor().normalizer(path.read_text(encoding="utf-8")).text
        for screen, patterns in _screened_regexes():
            if any(p.search(text) for p in patterns):
                checked += 1
                assert screen.may_match(fold(text)), (path.name, patterns)
    assert checked > 0


def test_screened_and_full_paths_give_the_same_records_on_the_corpus() -> None:
    texts = [path.read_text(encoding="utf-8") for path in CORPUS]
    screened = [p.to_dict() for p in default_extractor().pipe(texts)]
    with full_path():
        full = [p.to_dict() for p in default_extractor().pipe(texts)]
    assert screened == full


def test_hostile_repetition_is_screened() -> None:
    """A pasted list of degree names holds no years and no cue words: the screens skip those regexes."""
    text = "Bachelor's " * 200
    assert postingparse.parse(text).degrees  # still found
    for screen, _ in _screened_regexes()[:4]:
        assert not screen.may_match(fold(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("5+ YEARS of Experience", "5+ years of experience"),
        ("İstanbul office, 3 Yrs", "İstanbul office, 3 yrs"),  # "İ" lower-cases to two characters: kept
        ("STRASSE ſ", "strasse ſ"),
    ],
)
def test_lower_keeps_offsets(text: str, expected: str) -> None:
    assert lower(text) == expected
    assert lower(text) is lower(text)  # the last text lowered is kept


def test_recent_texts_keep_values_by_identity_and_forget_the_oldest() -> None:
    recent = RecentTexts(size=2)
    a, b, c = "alpha text", "beta text", "gamma text"
    recent.put(a, 1)
    recent.put(b, 2)
    assert (recent.get(a), recent.get(b)) == (1, 2)
    assert recent.get("".join(["alpha", " text"])) is None  # an equal string is another text
    recent.put(c, 3)
    assert (recent.get(a), recent.get(b), recent.get(c)) == (None, 2, 3)


@pytest.mark.parametrize(
    "text,words,expected",
    [
        ("CDL preferred; cdl required", ["cdl"], [(0, 3), (15, 18)]),  # case-blind, every occurrence
        ("Forklift, FORKLIFT", ["lift", "fork"], [(0, 4), (4, 8), (10, 14), (14, 18)]),  # sorted by start
        ("no such word here", ["cqe"], []),
        ("Straße: CQE", ["cqe"], None),  # "ß" folds to "ss": offsets in the fold would be off by one
    ],
)
def test_occurrences_are_offsets_in_the_text(text, words, expected):
    assert occurrences(text, words) == expected


@pytest.mark.parametrize(
    "text,lo,hi",
    [
        ("Valid Driver's LICENSE required", 6, 14),
        ("STRASSE Straße CPA", 0, 7),  # "ß" folds to two characters: the window is folded alone
        ("STRASSE Straße CPA", 15, 18),
        ("ΣΊΣΥΦΟΣ PMP", 0, 7),
        ("", 0, 0),
    ],
)
def test_fold_slice_is_the_fold_of_the_slice(text, lo, hi):
    assert fold_slice(text, lo, hi) == text[lo:hi].casefold()


def test_folds_apart_lists_every_character_lowering_would_miss() -> None:
    """Over all of Unicode: a character a case-insensitive regex matches to an ASCII letter lower-cases to
    that letter, but for `FOLDS_APART` (and one that lower-cases to an ASCII letter matches it)."""
    apart = []
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        low = c.lower() if len(c.lower()) == 1 else c
        if regex.fullmatch("[a-z]", c, regex.IGNORECASE | regex.V0) and not regex.fullmatch(regex.escape(low), c, regex.IGNORECASE | regex.V0):
            apart.append(c)
        elif regex.fullmatch("[a-z]", c, regex.IGNORECASE | regex.V0) and not low.isascii():
            apart.append(c)
        elif low.isascii() and low.isalpha() and not regex.fullmatch(low, c, regex.IGNORECASE | regex.V0):
            apart.append(c)
    assert "".join(apart) == FOLDS_APART


@pytest.mark.parametrize(
    "pattern, flags, twin",
    [
        (r"^(?:[^\w\n]|_)*+(?:(?P<s0>preferred (?:skills?|qualifications?))|(?P<s1>about us))[ \t]*+:", regex.IGNORECASE | regex.MULTILINE, True),
        (r"(?<=[\p{L}\p{N}.;,!?)])(?:bonus|nice[ -]to[ -]have) skills", regex.IGNORECASE, True),
        (r"preferred", 0, False),  # case-sensitive already
        (r"Preferred", regex.IGNORECASE, False),  # an upper-case letter
        (r"(?-i:\p{Lu})preferred", regex.IGNORECASE, False),  # inline flags
        (r"\p{Lu}\p{Ll}+", regex.IGNORECASE, False),  # cased classes
        (r"\x41bc", regex.IGNORECASE, False),  # an escape that spells a letter
        (r"café", regex.IGNORECASE, False),  # a non-ASCII letter
        (r"strasse", regex.IGNORECASE | regex.V1, False),  # full case folding
    ],
)
def test_caseless_twin_only_where_it_finds_the_same(pattern: str, flags: int, twin: bool) -> None:
    compiled = regex.compile(pattern, flags)
    assert (caseless(compiled) is not None) is twin
    if twin:
        for text in ["PREFERRED Skills: x", "Preferred qualifications:", "About Us:", "teamBonus skills", "NICE-TO-HAVE Skills", "nothing here"]:
            low = lowered(text)
            assert [m.span() for m in caseless(compiled).finditer(low)] == [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize("text", ["İstanbul: Preferred Skills", "Bonuſ skills", "preferred ſkills"])
def test_no_lowered_copy_where_case_folding_differs(text: str) -> None:
    assert lowered(text) is None


def test_no_lowered_copy_on_the_full_path() -> None:
    with full_path():
        assert lowered("Preferred Skills") is None
    assert lowered("Preferred Skills") == "preferred skills"


def test_certification_window_screens_pass_every_match_of_their_rules() -> None:
    """Each screened sentence rule of the certifications family passes its screen wherever it matches: on the corpus
    windows it reads (60 characters before a point, a thousand after) and on phrases each rule is written for (the
    credential words before a stem and at a name's end are searched in the windows before a point)."""
    component = default_extractor().nlp.get_pipe("postingparse")
    certifications = next(f for f in component.families if f.family == "certifications")
    screened = {id(p): p for p in vars(certifications).values() if isinstance(p, regex.Pattern)}
    rules = [(screened[key], screen) for key, screen in certifications._window_screens.items()]
    assert len(rules) == 8 and all(screen.literals for _, screen in rules)
    texts = [default_extractor().normalizer(path.read_text(encoding="utf-8")).text for path in CORPUS]
    texts += ["membership in the", "under the direction of a licensed", "desire to become", "Oracle ",
              "working towards a", "must be able to obtain a", " or within 6 months of hire", " (in progress)",
              "must be certified in ", "AWS or GCP certification"]
    matched: set[int] = set()
    for text in texts:
        for point in sorted({*range(0, len(text) + 1, 7), len(text)}):
            before, after = text[max(0, point - 60) : point], text[point : point + 1000]
            for pattern, screen in rules:
                anchored = pattern is certifications._progress_after
                window = after if anchored else before
                if (pattern.match(window) if anchored else pattern.search(window)) is not None:
                    matched.add(id(pattern))
                    assert screen.may_match(window.casefold()), (pattern.pattern[:60], window)
    assert len(matched) >= 7  # the rules are exercised, not skipped


PRESCAN = [
    # (literals, text): the scan finds every literal standing in the text's fold, and only those
    (["engineer", "engineering", "gineer"], "Senior ENGINEERING manager"),  # literals inside one another
    (["abc", "bcd", "cde"], "xabcdex"),  # overlapping literals
    (["strasse", "straße", "ss "], "Straße 5"),  # "ß" folds to "ss": the fold holds "strasse", never "straße"
    (["i̇stanbul", "istanbul"], "İstanbul office"),  # "İ" folds to "i" and a combining dot
    (["café", "ﬁne"], "CAFÉ fine ﬁne"),  # accents; a ligature folds to "fi"
    (["leader in", "eader"], "a Leader\tin x"),  # a tab is no space
    (["xyz"], ""),
]


@pytest.mark.parametrize("literals,text", PRESCAN)
def test_prescan_finds_the_literals_standing_in_a_fold(literals: list[str], text: str) -> None:
    scan = Prescan()
    scan.register(literals)
    present, looked_for = scan.scan(fold(text))
    assert looked_for == {w for w in literals if len(w) >= PRESCAN_SHORTEST}
    assert present == {w for w in looked_for if w in fold(text)}


def test_prescan_answers_as_substring_tests_on_the_corpus() -> None:
    """The pipeline's registered literals found in each corpus text's fold are those a substring test finds."""
    default_extractor()
    from postingparse.rules.literals import _prescan

    texts = [default_extractor().normalizer(path.read_text(encoding="utf-8")).text for path in CORPUS]
    for text in texts:
        present, looked_for = _prescan.scan(fold(text))
        assert len(looked_for) > 500
        assert present == {w for w in looked_for if w in fold(text)}


def test_only_a_docs_fold_is_scanned() -> None:
    prescan(["pipefitter", "zzyzx"])
    text = "Journeyman PIPEFITTER wanted, xqzw crew"
    scan_doc(text)
    folded = fold(text)
    found = scanned(folded)
    assert found is not None
    assert not found.lacks("pipefitter") and found.lacks("zzyzx")
    assert not found.lacks("qqqq")  # never registered: not known to be absent
    assert found.may_hold_any(frozenset({"zzyzx", "xqzw"}))  # "xqzw" was not scanned for: a substring test finds it
    assert not found.may_hold_any(frozenset({"zzyzx", "qqqq"}))
    assert scanned(fold(text[:20])) is None  # a piece of the doc (a window) is folded without a scan
    assert scanned("".join([folded[:20], folded[20:]])) is None  # an equal string is another text
    with full_path():
        assert scanned(folded) is None


def test_screens_answer_alike_with_and_without_the_prescan() -> None:
    """Every screen of the pipeline answers a corpus text's fold (pre-scanned) as it answers an equal string (tested
    literal by literal), and so does every pruned regex's choice of branches."""
    import gc

    default_extractor()
    screens = [o for o in gc.get_objects() if isinstance(o, Screen) and o.literals is not None]
    pruned = [o for o in gc.get_objects() if isinstance(o, Pruned)]
    assert len(screens) > 100 and pruned
    texts = [default_extractor().normalizer(path.read_text(encoding="utf-8")).text for path in CORPUS]
    texts += ["Straße: a leading manufacturer of pumps", "İstanbul leader in", ""]
    skipped = 0
    for text in texts:
        scan_doc(text)
        folded = fold(text)
        copy = "".join(list(folded))
        assert scanned(folded) is not None and (copy is folded or scanned(copy) is None)  # "" is one object
        for screen in screens:
            answer = screen.may_match(folded)
            assert answer == screen.may_match(copy), (screen.literals, text[:60])
            skipped += not answer
        for regex_ in pruned:
            assert regex_._kept(folded)[1] == regex_._kept(copy)[1]
    assert skipped > 100


def test_maker_triggers_and_anchors_left_by_the_prescan_are_those_standing_in_the_text() -> None:
    component = default_extractor().nlp.get_pipe("postingparse")
    industries = next(f for f in component.families if f.family == "industries")
    texts = [default_extractor().normalizer(path.read_text(encoding="utf-8")).text for path in CORPUS]
    texts += ["OUR CLIENT, a leader in", "our client, a LEADER IN", "Straße distributor of", "İ manufacturer"]
    ruled_out = 0
    for text in texts:
        scan_doc(text)
        scan = scanned(fold(text))
        assert scan is not None
        lowered_text = lower(text)
        for *_, triggers, anchors in industries._makers:
            left = set(triggers.not_lacking(scan))
            assert {t for t in left if t in lowered_text} == {t for t in triggers.words if t in lowered_text}
            assert {a for a in anchors.not_lacking(scan) if a in text} == {a for a in anchors.words if a in text}
            ruled_out += len(set(triggers.words) - left)
    assert ruled_out > 100

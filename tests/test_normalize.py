"""Normalisation before matching: real oddities of scraped postings, and offsets mapped back."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

import postingparse
from postingparse import Extractor
from postingparse.normalize import Normalizer, normalize
from postingparse.vocabulary import Vocabularies

from helpers import entries_of

# One character for one: the offsets do not move.
SAME_LENGTH = [
    ("Bachelor’s degree", "Bachelor's degree"),
    ("3–5 years", "3-5 years"),
    ("5—7 years", "5-7 years"),
    ("2 \u2212 4 years", "2 - 4 years"),
    ("inter\u2011department communication", "inter-department communication"),
    ("5\u00a0years of experience", "5 years of experience"),
    ("At our\u202fgrowing plant", "At our growing plant"),
    ("Skills\u2003Lean", "Skills Lean"),
    ("medical\u200b\u200b condition", "medical   condition"),
    ("Skills： Lean, 5S", "Skills: Lean, 5S"),
    ("Must have ３+ years", "Must have 3+ years"),
    ("ＩＳＯ ９００１", "ISO 9001"),
    ("“Thinking like an owner”", '"Thinking like an owner"'),
    ("Minimum 2 years′ experience", "Minimum 2 years' experience"),
    ("Minimum of 7 years` experience", "Minimum of 7 years' experience"),
    ("CMO´s and CLO’s", "CMO's and CLO's"),
    ("Bachelor\x92s degree", "Bachelor's degree"),  # cp1252 read as latin-1
    ("2\x965 years", "2-5 years"),
    ("\x95 Six Sigma", "• Six Sigma"),
    ("Requirements\u20285 years", "Requirements\n5 years"),
    ("a\x0cb\x0bc", "a\nb\nc"),
    ("tab\tand\x00nul", "tab\tand nul"),
    ('{"text": "5 years\ud83d"}', '{"text": "5 years\ufffd"}'),  # a lone surrogate from a broken JSON escape
]

# Length-changing edits: (text, normalised text, [(normalised evidence, original evidence)]).
LENGTH_CHANGING = [
    ("R&amp;D engineer", "R&D engineer", [("R&D", "R&amp;D")]),
    ("3&ndash;5 years", "3-5 years", [("3-5 years", "3&ndash;5 years")]),
    ("3&#8211;5 years, 2&#x2013;4 months", "3-5 years, 2-4 months", [("2-4 months", "2&#x2013;4 months")]),
    ("Six&nbsp;Sigma", "Six Sigma", [("Six Sigma", "Six&nbsp;Sigma")]),
    ("Lean &amp;nbsp; Six Sigma", "Lean   Six Sigma", [("Six Sigma", "Six Sigma")]),
    ("qualiﬁed candidates", "qualified candidates", [("qualified", "qualiﬁed"), ("fied candidates", "ﬁed candidates")]),
    ("eﬃcient ﬂow", "efficient flow", [("efficient flow", "eﬃcient ﬂow")]),
    ("tool\u00adsets and data \u00adrelated", "toolsets and data related", [("toolsets", "tool\u00adsets"), ("related", "related")]),
    ("\ufeffBachelor's degree", "Bachelor's degree", [("Bachelor's", "Bachelor's")]),
    ("Six\u2060Sigma", "SixSigma", [("SixSigma", "Six\u2060Sigma")]),
    ("â€¢ 3â€“5 years", "• 3-5 years", [("3-5 years", "3â€“5 years")]),
    ("the teamâ€™s goals", "the team's goals", [("team's", "teamâ€™s")]),
    ("Â© 2020", "© 2020", [("2020", "2020")]),
    ("AD&D; AT&T", "AD&D; AT&T", [("AT&T", "AT&T")]),  # not entities
]

# Bullets and lines that a scraper ran together, and camel case that is not a glued bullet.
GLUED = [
    ("Strong communication skillsBachelor's degree", "Strong communication skills\nBachelor's degree"),
    ("product developmentIn depth knowledge", "product development\nIn depth knowledge"),
    ("QualificationsBachelor’s DegreeMinimum of 3 years", "Qualifications\nBachelor's Degree\nMinimum of 3 years"),
    ("Data AnalystLocation: Dallas", "Data Analyst\nLocation: Dallas"),
    ("Job DescriptionThe Quality Engineer", "Job Description\nThe Quality Engineer"),
    ("is a plus.Experience with SPC", "is a plus.\nExperience with SPC"),
    ("(e.g., Six Sigma, Lean, Kaizen).Six Sigma, PMP certification", "(e.g., Six Sigma, Lean, Kaizen).\nSix Sigma, PMP certification"),
    ('as "best in class".Experience with SAP', 'as "best in class".\nExperience with SAP'),
    ("Qualifications:Bachelor's degree", "Qualifications:\nBachelor's degree"),
    ("Responsibilities：Lead kaizen events", "Responsibilities:\nLead kaizen events"),
    ("related fieldWe offer", "related field\nWe offer"),
    ("Job OverviewAt Acme", "Job Overview\nAt Acme"),
    ("or related field3+ years of experience", "or related field\n3+ years of experience"),
    ("Preferred Qualifications5+ years", "Preferred Qualifications\n5+ years"),
    ("Requirements2-5 years of experience", "Requirements\n2-5 years of experience"),
    ("with atleast3 years of experience", "with atleast 3 years of experience"),
    ("Minimum2 yrs experience", "Minimum 2 yrs experience"),
    # an acronym glued to an all-lower-case word or a header, or to the conjunction after it
    ("selection criteriaFMEA based validation", "selection criteria\nFMEA based validation"),
    ("communication skillsDOE experience a plus", "communication skills\nDOE experience a plus"),
    ("QualificationsBS in Chemistry", "Qualifications\nBS in Chemistry"),
    ("Knowledge of SPCand GD&T", "Knowledge of SPC and GD&T"),
    ("Attach your CVor portfolio", "Attach your CV or portfolio"),
]
CAMEL_CASE_KEPT = [
    "Proficient in PowerPoint, JavaScript and SharePoint",
    "LinkedIn, YouTube and iPhone apps",
    "QuickBooks, SolidWorks and AutoCAD",
    "Apply through CyberCoders or UnitedHealth Group",
    "TensorFlow, PeopleSoft and ServiceNow",
    "experience with devOps and dataOps teams",
    "Genesis10 and Office365 and Windows10",
    "visit www.CalCareers.ca.gov",
    "React.Js, Node.Js and ASP.Net",
    "LinkedIn, BuiltIn and 23andMe",
    "Sr.Manager and U.S.Army",
    "2-5 years of experience",
    "Runs on macOS, with data in mongoDB and postgreSQL",
    "MongoDB, JazzHR, PostgreSQL and AutoCAD",
    "iOS, mRNA and ISO9001",
    "Built by Anderson and Orlando teams",
]


@pytest.mark.parametrize("text,expected", SAME_LENGTH)
def test_same_length_replacements_keep_offsets(text: str, expected: str) -> None:
    norm = normalize(text)
    assert norm.text == expected
    assert norm.edits == 0
    assert all(norm.to_original(i, j) == (i, j) for i in range(len(expected)) for j in range(i, len(expected) + 1))


@pytest.mark.parametrize("text,expected,spans", LENGTH_CHANGING)
def test_length_changing_edits_map_back(text: str, expected: str, spans: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    assert norm.text == expected
    for normalised, original in spans:
        start = expected.index(normalised)
        o_start, o_end = norm.to_original(start, start + len(normalised))
        assert text[o_start:o_end] == original


@pytest.mark.parametrize("text,expected", GLUED)
def test_glued_bullets_get_a_line_break(text: str, expected: str) -> None:
    norm = normalize(text)
    assert norm.text == expected
    assert norm.to_original(0, len(norm.text)) == (0, len(text))


@pytest.mark.parametrize("text", CAMEL_CASE_KEPT)
def test_camel_case_words_and_plain_text_are_kept(text: str) -> None:
    assert normalize(text).text == text


def test_plain_ascii_comes_back_untouched() -> None:
    text = "Bachelor's degree and 3-5 years of experience in food manufacturing."
    norm = normalize(text)
    assert norm.text is text and not norm.changed and norm.to_original(3, 9) == (3, 9)


def test_offsets_out_of_range_are_an_error() -> None:
    with pytest.raises(ValueError, match="not inside"):
        normalize("abc").to_original(2, 5)


def test_user_camel_case_words_extend_the_bundled_ones(tmp_path) -> None:
    (tmp_path / "camelcase_words.jsonl").write_text('{"word": "plantWorks"}\n', encoding="utf-8")
    text = "Run plantWorks and plantDashboards"
    assert normalize(text).text == "Run plant\nWorks and plant\nDashboards"
    assert Normalizer(Vocabularies(str(tmp_path)))(text).text == "Run plantWorks and plant\nDashboards"


# -- through the pipeline: entries found on the normalised text, reported in the original ----------
# Each row: (text, family, keys, expected entries). Modelled on phrasings found in corpus-real.
BUGS_CAUGHT: list[tuple[str, str, tuple[str, ...], list[dict[str, Any]]]] = [
    # eth20a-326, eth20b-235: a backtick for the apostrophe hid the amount.
    ("Minimum of 7 years` experience in engineering.", "experience", ("min_years", "max_years", "text"),
     [{"min_years": 7.0, "max_years": None, "text": "Minimum of 7 years` experience in engineering"}]),
    ("6+ years` experience as a manufacturing engineer.", "experience", ("min_years", "max_years"),
     [{"min_years": 6.0, "max_years": None}]),
    # 1,065 large-file postings carry non-breaking spaces, inside multi-word names too.
    ("ISO\u00a09001 experience required.", "methodologies", ("label", "detail", "text"),
     [{"label": "iso", "detail": "9001", "text": "ISO\u00a09001"}]),
    ("Six Sigma Black\u00a0Belt preferred.", "methodologies", ("label", "detail"), [{"label": "six_sigma", "detail": "black_belt"}]),
    ("Knowledge of statistical\u00a0process\u00a0control.", "methodologies", ("label",), [{"label": "spc"}]),
    ("Master’s\u00a0degree required.", "degrees", ("level", "text"), [{"level": "master", "text": "Master’s\u00a0degree"}]),
    # lica18da-908 and others: cp1252 punctuation decoded as latin-1 control characters.
    ("Requires a Bachelor\x92s degree and 2\x965 years of experience.", "experience", ("min_years", "max_years", "text"),
     [{"min_years": 2.0, "max_years": 5.0, "text": "2\x965 years of experience"}]),
    # HTML entities left in scraped text.
    ("3&ndash;5 years of experience in a regulated environment.", "experience", ("min_years", "max_years", "text"),
     [{"min_years": 3.0, "max_years": 5.0, "text": "3&ndash;5 years of experience in a regulated environment"}]),
    ("Experience with GMP &amp; HACCP.", "methodologies", ("label", "text"),
     [{"label": "gmp", "text": "GMP"}, {"label": "haccp", "text": "HACCP"}]),
    # Glued bullets: the evidence spans the inserted line break in the original text.
    ("Strong communication skillsBachelor’s degree in Chemical Engineering", "degrees", ("level", "text"),
     [{"level": "bachelor", "text": "Bachelor’s degree in Chemical Engineering"}]),
]


@pytest.mark.parametrize("text,family,keys,expected", BUGS_CAUGHT)
def test_oddities_found_in_real_postings(text: str, family: str, keys: tuple[str, ...], expected: list[dict[str, Any]]) -> None:
    assert entries_of(text, family, keys) == expected


def test_component_in_a_users_pipeline_matches_the_text_as_given() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("postingparse")
    text = "ISO\u00a09001 experience required."
    assert nlp(text)._.posting.methodologies == []  # no normalisation in nlp(text)
    norm = normalize(text)
    doc = nlp.make_doc(norm.text)
    doc._.normalized = norm
    found = nlp(doc)._.posting.methodologies
    assert [(m.detail, text[m.start : m.end]) for m in found] == [("9001", "ISO\u00a09001")]


def test_long_posting_is_parsed_in_segments_with_a_warning() -> None:
    line = "Requirements: 3–5 years of experience in food manufacturing and ISO\u00a09001 audits.\n"
    text = line * 40
    whole = postingparse.parse(text)
    cut = Extractor(max_length=500).parse(text)
    assert [w for w in cut.warnings if "max_length=500" in w]
    assert not whole.warnings
    assert [e.to_dict() for e in cut.entries()] == [e.to_dict() for e in whole.entries()]
    for entry in cut.entries():
        assert text[entry.start : entry.end] == entry.text


def test_one_long_line_is_cut_at_spaces() -> None:
    text = "Six Sigma and Lean experience. " * 200
    cut = Extractor(max_length=1000).parse(text)
    assert cut.warnings and len(cut.methodologies) == len(postingparse.parse(text).methodologies)
    assert all(text[m.start : m.end] == m.text for m in cut.methodologies)


@pytest.mark.parametrize("bad", [0, -5, 1.5, True])
def test_max_length_must_be_a_positive_int(bad: object) -> None:
    with pytest.raises(ValueError, match="max_length"):
        Extractor(max_length=bad)  # type: ignore[arg-type]


def test_ids_that_run_out_are_a_clear_error() -> None:
    with pytest.raises(ValueError, match="ids ran out"):
        list(Extractor().pipe(["a", "b"], ids=["only one"]))


@pytest.mark.parametrize("unit", ["(", ")", "&amp;", '"', "$", "iVBORw0KGgo+/"])
def test_long_runs_without_spaces_are_cut_for_the_tokenizer(unit: str) -> None:
    # spaCy's tokenizer is quadratic on a run of one prefix or suffix character: 10 KB of "(" took 40 s.
    text = unit * (20_000 // len(unit))
    norm = normalize(text)
    assert max(map(len, norm.text.split())) <= 100
    assert norm.to_original(0, len(norm.text)) == (0, len(text))
    assert postingparse.parse(text).entries() == []

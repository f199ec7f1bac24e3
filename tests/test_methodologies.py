"""The methodologies family: production and quality methods and standards, and their false friends.

Each row is (text, expected entries); an expected entry is (label, detail). Rows are short
sentences in real posting style. Repeated mentions give one entry per (label, detail); a later
mention stays only where it adds a detail.
"""

from __future__ import annotations

import time

import pytest
import spacy
from helpers import entries_of

from postingparse.vocabulary import load_table

KEYS = ("label", "detail")
# RECORD.md's methodology labels.
# fmt: off
LABELS = {
    "six_sigma", "lean", "iso", "spc", "kaizen", "5s", "tpm", "kanban", "jit", "tqm", "gmp", "haccp", "fmea",
    "root_cause_analysis", "value_stream_mapping", "dmaic", "doe", "apqp", "ppap", "theory_of_constraints",
    "poka_yoke", "smed", "oee", "agile",
}
# fmt: on


def _found(text: str, keys: tuple[str, ...] = KEYS) -> list[tuple]:
    return [tuple(e.values()) for e in entries_of(text, "methodologies", keys)]


# The hand-labelled seed postings' phrasings, with their exact evidence text.
SEED_EXAMPLES = [
    (
        "Ideal applicants are knowledgeable in manufacturing methods like 6 Sigma, Lean and ISO.",
        [("six_sigma", None, "6 Sigma"), ("lean", None, "Lean"), ("iso", None, "ISO")],
    ),
    (
        "The employer prefers candidates with Six Sigma, SPC and related production process improvement techniques.",
        [("six_sigma", None, "Six Sigma"), ("spc", None, "SPC")],
    ),
]

# Ways of naming each method.
EXAMPLES = [
    ("Six Sigma certification preferred.", [("six_sigma", None)]),
    ("Experience with 6σ tools.", [("six_sigma", None)]),
    # variants: glued, hyphenated, plural, letters swapped, extra words inside
    ("Experience with Lean/6σ tools.", [("six_sigma", None), ("lean", None)]),
    ("Experience with 8-D problem solving.", [("root_cause_analysis", None)]),
    ("Familiar with total productive equipment maintenance.", [("tpm", None)]),
    ("Knowledge of HACCPs.", [("haccp", None)]),
    ("Experience with SPCs on the line.", [("spc", None)]),
    ("Lead PFEMA reviews.", [("fmea", None)]),
    ("Lead DFMAE and PFMAE reviews.", [("fmea", None)]),
    ("Knowledge of HAACP and GMP.", [("haccp", None), ("gmp", None)]),
    ("Working knowledge of HACPP principles.", [("haccp", None)]),
    ("Use the DMIAC cycle on projects.", [("dmaic", None)]),
    # a letter doubled, changed or swapped; a word left out or abbreviated; plurals of acronyms (wave 7)
    ("Prepare processes Failure Mode Effect Analysis (FFMEA) as required.", [("fmea", None)]),
    ("Prepare processes FFMEA as required.", [("fmea", None)]),
    ("Lead FMAE reviews with the plant team.", [("fmea", None)]),
    ("Facilitate Kaizan events on the shop floor.", [("kaizen", None)]),
    ("Lead Kiazen events.", [("kaizen", None)]),
    ("Knowledge of total productive maintainance.", [("tpm", None)]),
    ("Maintain the kan ban system for the line.", [("kanban", None)]),
    ("Reviews and assists in ongoing maintenance of Kaban inventory management process", [("kanban", None)]),
    ("Please send your resume to Ahmet Kaban in our Istanbul office.", []),
    ("Total Quality Mgmt experience.", [("tqm", None)]),
    ("Familiarity with PPAPs and APQPs.", [("ppap", None), ("apqp", None)]),
    ("Apply the theory of constraint to the bottleneck.", [("theory_of_constraints", None)]),
    # "experimental design" names the DOE method (labelling guide, wave 2)
    ("Understanding of experimental design and testing methodologies", [("doe", None)]),
    ("Statistics (Bayesian methods, experimental design, causal inference)", [("doe", None)]),
    ("Strong understanding of hypothesis testing and experiment design", [("doe", None)]),
    ("Knowledge of six-sigma methodology.", [("six_sigma", None)]),
    ("Green Belt preferred.", [("six_sigma", "green_belt")]),
    ("Six Sigma Black Belt certification required.", [("six_sigma", "black_belt")]),
    ("Certified Six Sigma Yellow Belt a plus.", [("six_sigma", "yellow_belt")]),
    ("Master Black Belt with 10 years of deployment experience.", [("six_sigma", "master_black_belt")]),
    ("Lean Six Sigma Green Belt preferred.", [("lean", None), ("six_sigma", "green_belt")]),
    ("lean six sigma green belt preferred", [("lean", None), ("six_sigma", "green_belt")]),
    ("Lean/Six Sigma experience, certification would be a bonus.", [("lean", None), ("six_sigma", None)]),
    ("Lean Sigma expertise.", [("six_sigma", None), ("lean", None)]),
    ("Six Sigma experience - Blackbelt a plus.", [("six_sigma", None), ("six_sigma", "black_belt")]),
    (
        "Green Belt and/or Black Belt certified would be a plus.",
        [("six_sigma", "green_belt"), ("six_sigma", "black_belt")],
    ),
    ("Experience in lean manufacturing principles.", [("lean", None)]),
    ("Knowledge of Lean is required.", [("lean", None)]),
    ("Apply LEAN principles to daily work.", [("lean", None)]),
    ("Support process improvement projects using lean or six sigma tools.", [("lean", None), ("six_sigma", None)]),
    ("Lean certification preferred.", [("lean", None)]),
    ("Working knowledge of ISO 9001:2015.", [("iso", "9001")]),
    ("Experience working in an ISO 9001 certified environment.", [("iso", "9001")]),
    ("knowledge of iso 9001 and iso 14001", [("iso", "9001"), ("iso", "14001")]),
    ("Familiar with ISO 14001/45001 requirements.", [("iso", "14001"), ("iso", "45001")]),
    ("Knowledge of ISO9001 & ISO13485 quality systems.", [("iso", "9001"), ("iso", "13485")]),
    ("Experience with IATF 16949 and customer-specific requirements.", [("iso", "16949")]),
    ("AS9100D experience required.", [("iso", "9100")]),
    ("Familiar with FSSC 22000 and HACCP.", [("iso", "22000"), ("haccp", None)]),
    ("Understanding of ISO/IEC 17025:2017 for calibration labs.", [("iso", "17025")]),
    ("Support internal audits to ISO standards.", [("iso", None)]),
    ("Ensure compliance with ISO requirements and plant procedures.", [("iso", None)]),
    ("Working knowledge of statistical process control.", [("spc", None)]),
    ("Use SPC charts to monitor the process.", [("spc", None)]),
    # SPC named by its tool (wave 5: "versus control chart data"; postings-large: "control charts as required")
    ("reviews and analyzes machine parameters versus control chart data and initiates actions", [("spc", None)]),
    ("generate work instructions, set-up checklist & control charts as required", [("spc", None)]),
    ("Statistics foundation with working knowledge of control charts, statistical significance", [("spc", None)]),
    ("Drive continuous improvement (Kaizen) activities.", [("kaizen", None)]),
    ("Participate in Kaizen events.", [("kaizen", None)]),
    ("Maintain 5S in the work area.", [("5s", None)]),
    ("maintain 5s for all testers and work stations", [("5s", None)]),
    ("Implement 6S procedures on the line.", [("5s", None)]),
    ("Experience with total productive maintenance.", [("tpm", None)]),
    ("Support TPM and 5S programs in the plant.", [("tpm", None), ("5s", None)]),
    ("Manage the kanban system for raw materials.", [("kanban", None)]),
    ("Maintain the team's Kanban board in Jira.", [("kanban", None)]),
    ("Knowledge of just-in-time manufacturing.", [("jit", None)]),
    ("Reduce inventories through JIT and kanban.", [("jit", None), ("kanban", None)]),
    ("Knowledge of TQM principles.", [("tqm", None)]),
    ("Background in total quality management.", [("tqm", None)]),
    ("Work in a cGMP environment.", [("gmp", None)]),
    ("Knowledge of current Good Manufacturing Practices.", [("gmp", None)]),
    ("Must follow GMPs and SOPs.", [("gmp", None)]),
    ("HACCP certification required.", [("haccp", None)]),
    ("Update the PFMEA and control plan.", [("fmea", None)]),
    ("Lead DFMEA reviews.", [("fmea", None)]),
    ("Conduct failure mode and effects analysis.", [("fmea", None)]),
    ("Perform root cause analysis on failures.", [("root_cause_analysis", None)]),
    ("Use 5 Whys and fishbone diagrams to find causes.", [("root_cause_analysis", None)]),
    ("Prepare 8D reports for customer complaints.", [("root_cause_analysis", None)]),
    ("Lead RCA investigations for nonconformances.", [("root_cause_analysis", None)]),
    ("Create value stream maps for each product line.", [("value_stream_mapping", None)]),
    ("Facilitate value stream mapping workshops.", [("value_stream_mapping", None)]),
    ("Lead DMAIC projects.", [("dmaic", None)]),
    ("Experience with SPC, DOE and FMEA.", [("spc", None), ("doe", None), ("fmea", None)]),
    ("Apply design of experiments to optimize the process.", [("doe", None)]),
    ("Familiar with DoE and statistical analysis of data.", [("doe", None)]),
    ("Knowledge of APQP and PPAP.", [("apqp", None), ("ppap", None)]),
    ("Prepare PPAP submissions for customers.", [("ppap", None)]),
    ("Knowledge of the theory of constraints.", [("theory_of_constraints", None)]),
    ("Apply TOC and lean tools to increase throughput.", [("theory_of_constraints", None), ("lean", None)]),
    ("Design poka-yoke devices for assembly.", [("poka_yoke", None)]),
    ("Implement mistake-proofing on the line.", [("poka_yoke", None)]),
    ("Lead SMED and quick changeover projects.", [("smed", None)]),
    ("Improve OEE on packaging lines.", [("oee", None)]),
    ("Track overall equipment effectiveness.", [("oee", None)]),
    ("Agile/Scrum experience.", [("agile", None)]),
    ("Experience with Agile methodology.", [("agile", None)]),
    ("Experience in agile development.", [("agile", None)]),
    ("Experience working in Agile and Scrum teams.", [("agile", None)]),
    ("Participate in sprint planning as part of an agile team.", [("agile", None)]),
    # agile as the way of working: "agile-like" names the method; "agile manner/fashion/ways of working" beside software
    ("Integrating with a diverse team to deliver in an agile-like manner\nDeveloping new algorithms", [("agile", None)]),
    ("Own projects from start to finish in an agile fashion with the software team.", [("agile", None)]),
    ("Understands agile ways of working and the software development lifecycle", [("agile", None)]),
    # "root causing": the verb of root cause analysis
    ("Lead root causing and corrective action for manufacturing defects.", [("root_cause_analysis", None)]),
    ("Drive root-causing of field failures with suppliers.", [("root_cause_analysis", None)]),
]

# Names a scraper glued to the word before or after them (whitespace-flattened or camel-case-joined text).
GLUED = [
    ("Experience in sleeve and roller bearing selection criteriaFMEA based validation process experience",
     [("fmea", None)]),
    ("Hands-on problem solving experienceSPC and capability studies", [("spc", None)]),
    ("Working knowledge of SPCand GD&T", [("spc", None)]),
    ("Knowledge of food safety programsHACCP, GMP and SQF", [("haccp", None), ("gmp", None)]),
    ("5 years in a plant environmentLean manufacturing a plus", [("lean", None)]),
    ("Strong documentation skillsISO 9001 internal auditor", [("iso", "9001")]),
    ("Working knowledge of cGMPs and FMEA's", [("gmp", None), ("fmea", None)]),
    # negatives: a capital inside a product's or an ordinary word stays part of it
    ("Experience with macOS and mongoDB administration", []),
    ("Proficient in PostgreSQL and JazzHR", []),
    ("Our Leandro office is hiring an Agilent HPLC technician", []),
    ("Spacious office with isolated rooms", []),
]

# A method's name beside a relation or a role that is not a colleague's title is still asked for.
NOT_COLLEAGUES = [
    ("Reports to the Plant Manager.\nSix Sigma Black Belt preferred.", [("six_sigma", "black_belt")]),
    ("The role reports to the plant manager and requires Lean experience.", [("lean", None)]),
    ("Work with the TPM coordinator on 5S audits.", [("5s", None)]),
    ("Work closely with the Agile team and the Scrum Master.", [("agile", None)]),
    ("Lean Six Sigma Green Belt required; reports to the Operations Manager.", [("lean", None), ("six_sigma", "green_belt")]),
    ("Experience as a Lean manager or Six Sigma leader in a plant.", [("lean", None), ("six_sigma", None)]),
]

# Named in a list whose other items give the context an ambiguous name needs.
LISTS = [
    (
        "familiar with spc, fmea, doe, tpm, rca and control plans.",
        [("spc", None), ("fmea", None), ("doe", None), ("tpm", None), ("root_cause_analysis", None)],
    ),
    (
        "Quality tools such as 8D, SPC, FMEA, MSA, APQP and PPAP.",
        [("root_cause_analysis", None), ("spc", None), ("fmea", None), ("apqp", None), ("ppap", None)],
    ),
    ("Knowledge of GMP, HACCP and ISO standards.", [("gmp", None), ("haccp", None), ("iso", None)]),
    (
        "Continuous improvement initiatives (Kaizen, 5 Why, 6 Sigma, Value Stream Mapping, SMED, etc.).",
        [
            ("kaizen", None),
            ("root_cause_analysis", None),
            ("six_sigma", None),
            ("value_stream_mapping", None),
            ("smed", None),
        ],
    ),
    # names joined by a slash, the second opening with a digit (the tokenizer splits the slash before a digit too)
    ("Hands-on experience with TPM/5S in a plant.", [("tpm", None), ("5s", None)]),
    ("Lean/6 Sigma certification a plus.", [("lean", None), ("six_sigma", None)]),
    ("Lead 5S/Kaizen events and SPC/8D problem solving.",
     [("5s", None), ("kaizen", None), ("spc", None), ("root_cause_analysis", None)]),
    ("Knowledge of 6S/5S audits.", [("5s", None)]),
    # a slash before a digit that joins no names
    ("Available 24/7, 1/2 day Fridays, w/2 weeks notice; ISO/9001 certified company.", []),
]

# Not a method, or a method only describing the employer.
NEGATIVES = [
    ("We lean on each other to get the job done.", []),
    # a chart of another kind of control
    ("Read air traffic control charts and flight control charts.", []),
    # "agile" as an adverb of manner with no software near it
    ("Manage our supplier performance in an agile manner; lead corrective action implementation.", []),
    ("Respond to customer requests in an agile fashion.", []),
    # a method's name inside a department or a colleague's title asks nothing
    ("Reports to the Kaizen Promotion Office.", []),
    ("You will work with our Six Sigma Deployment Leader.", []),
    ("Reports to the Lean Six Sigma Program Office.", []),
    ("Reports to: Lean Six Sigma Manager", []),
    ("You will partner with our Global Lean Deployment Leader and plant managers.", []),
    ("Work with the site Kaizen Office to schedule events.", []),
    ("This position reports directly to the Operational Excellence / Six Sigma Director.", []),
    ("Reports to the Six Sigma Master Black Belt.", []),
    ("Under the direction of the TPM Coordinator, maintains the line.", []),
    ("You will partner with the Lean Promotion Office and our Six Sigma Deployment Champion.", []),
    # observational study designs are not DOE; nor is a method the company says it works on
    ("Use non-experimental designs (e.g. regression discontinuity, difference-in-differences).", []),
    ("Experience with quasi-experimental designs.", []),
    ("We are constantly innovating in cutting-edge areas: auction theory, experimental design, and information retrieval.", []),
    ("We lean into this challenge.", []),
    ("Willingness to do whatever is needed: we are a lean team.", []),
    ("Our teams are lean, empowered, and collaborative.", []),
    ("We run on a lean budget.", []),
    ("Cafeteria serves lean protein options daily.", []),
    ("Familiar with a Lean Startup approach to building a business.", []),
    ("Must be able to bend, stoop and lean over a table.", []),
    ("If you have good work ethic, are visible, lean in, you will be recognized.", []),
    ("Dates must be in ISO 8601 format.", []),
    ("Convert files to ISO-8859-1 encoding.", []),
    ("Store ISO country codes for each customer.", []),
    ("Career Opportunities at ISO New England.", []),
    ("Verisk's ISO Claims Analytics team is hiring.", []),
    ("Work in an ISO Class 7 cleanroom.", []),
    ("Load ISO containers and railcars.", []),
    ("Payments experience with ISO 8583 and ISO 20022 messages.", []),
    ("Hiring a Senior Technical Program Manager (TPM) for cloud infrastructure.", []),
    ("Knowledge of TPM and secure boot on embedded devices.", []),
    ("Delivering just-in-time training to new hires.", []),
    ("Gifts arrive just in time for the holidays.", []),
    ("Familiarity with the JIT compiler in the JVM.", []),
    ("Salary $75,000-$90,000 DOE, plus bonus.", []),
    ("Pay is $38/hr DOE.", []),
    ("Must obtain a Department of Energy (DOE) Q clearance.", []),
    ("Experience designing experiments and analyzing results.", []),
    ("Participate in the design of experiments or field work.", []),
    ("Connect the RCA cables to the receiver.", []),
    ("Update the TOC of the user manual.", []),
    ("The Consultant will be customer focused, agile, and transparent.", []),
    ("Thrives in a fast-paced, agile environment.", []),
    ("Bring an agile mindset to every challenge.", []),
    ("Be agile and flexible with changing priorities.", []),
    ("Experience with PLM tools such as Agile PLM and Windchill.", []),
    ("Compliance with SOC2, HIPAA and GxP requirements.", []),
    ("Experience in good manufacturing and distribution.", []),
    ("Quick changes in priorities are expected.", []),
    ("Perform changeovers on the filling line.", []),
    ("Bonus paid in the 5 seconds after close.", []),
    ("Are you an experienced SAFe Program Consultant (SPC)?", []),
    ("Microsoft Project Black Belt Certification.", []),
    ("Second degree black belt in karate.", []),
    ("We are ISO 9001 certified.", []),
    ("We’re ISO 27001:2013 and ISO 9001:2015 certified and have CMMI ratings.", []),
    ("Acme is an ISO 9001:2008 and ISO 27001:2013 certified company.", []),
    ("Our Lean culture has won awards.", []),
    ("The plant is IATF 16949 registered.", []),
    ("Acme is a cGMP and ISO 13485 certified medical device manufacturer.", []),
]

# Phrasings found wrong on corpus-real and fixed.
BUGS_CAUGHT = [
    # A list closed by ")." glued to the next bullet hid its last item ("Kaizen).Six" was one token).
    ("In-depth knowledge of process improvement methodologies (e.g., Six Sigma, Lean, Kaizen).Six Sigma, PMP certification",
     [("six_sigma", None), ("lean", None), ("kaizen", None)]),
    # "to lean" (a physical-demands false friend) hid the method after it.
    ("Exposure to lean manufacturing tools and methodologies is desirable.", [("lean", None)]),
    ("Committed to LEAN concepts and the production system.", [("lean", None)]),
    # "the 5S" was a false friend ("in the 5s") and hid "the 5S discipline".
    ("Ensure the principles of the 5S discipline are followed.", [("5s", None)]),
    # A whole posting run into one line gave every bare "lean" a context somewhere in it.
    (
        "Our culture is high-growth, innovative, lean, and values-driven; strong problem solving and compliance skills.",
        [],
    ),
    # "DOE" (depending on experience) beside a salary, close to a Lean Six Sigma line.
    (
        "Lean Six Sigma experience a bonus. Salary range 225-285 base + DOE + benefits.",
        [("lean", None), ("six_sigma", None)],
    ),
    # "Lean-out" is a verb.
    ("Lean-out testing processes to cut cycle times.", []),
    # Scaled Agile's SAFe Program Consultant is not statistical process control.
    ("As a Contract SAFe Program Consultant (SPC), you will deliver SAFe certification training.", []),
    # "ISO" as the Information Security Officer.
    ("The ISO coordinates disaster recovery with all departments.", []),
    # A data-format standard from an automotive diagnostics posting.
    ("Experience with ISO-22901 ODX standard.", []),
    # "prides itself" describes the employer.
    ("Join this world-class organization which prides itself with the latest FSSC 22000 certifications.", []),
    # "We ... encourage" is the employer's culture, not a requirement.
    ("We trust the strength of diverse teams and encourage agile ways of working.", []),
    # "Lean" capitalised inside a sentence is the method even without a method word after it.
    ("Experience in Agile and rapid test-and-learn environments.", [("agile", None)]),
    # The ideal candidate's certification: "Our" opens the sentence but the candidate is asked.
    ("Our ideal candidate holds a Six Sigma Green Belt certification.", [("six_sigma", "green_belt")]),
    # Glued list punctuation: "8D." is one token.
    ("Use 8D.", [("root_cause_analysis", None)]),
    # A list of standards with the year after a colon and spaces.
    ("With knowledge of iso 9001 : 2015 qms & iso 14001:2015 ems.", [("iso", "9001"), ("iso", "14001")]),
    # "Must be Agile certified": "be agile" (adjective) hid "agile certified".
    ("Must be Agile certified.", [("agile", None)]),
    # Oracle Agile PLM named among documentation software.
    ("Experience using common electronic documentation software (e.g. MAP, Agile or equivalent).", []),
    # The Philippine Department of Energy beside the grid operator, near "system optimization".
    ("Work with IT teams for system optimization. Ensure compliance with ngcp/doe/erc protocols.", []),
    # "the design of experiments" is the method after "expertise in", an activity after "participate in".
    ("Expertise in multivariate statistics and the design of experiments.", [("doe", None)]),
    ("Contribute to the design of experiments intended to isolate error sources.", []),
    # "an agile, highly interactive team" is an adjective even beside "software".
    ("Ship quality software by working in an agile, highly interactive, and creative team environment.", []),
    # A cross-functional agile team of data scientists and software engineers is the method.
    (
        "You will work as part of a cross-functional agile team that includes data scientists and software engineers.",
        [("agile", None)],
    ),
    # From the team's hand-labelled corpus: the role "TPM" beside "mass production", and "keeping inventory lean".
    ("Programs move to mass production in 18 months. As a TPM on the Hardware Programs team, you will drive NPI.", []),
    ("Keeps our lines supplied while keeping inventory lean. Set up and maintain kanban loops.", [("kanban", None)]),
    # From the development set's labels (docs/labelling.md): Scrum is agile, a bare "root cause" is the method.
    ("Exercises as Scrum Master for the developers on the team.", [("agile", None)]),
    ("Root cause escalations to identify systemic solutions.", [("root_cause_analysis", None)]),
    (
        "Ensure all documentation, including root causes analysis and CAPAs, is archived.",
        [("root_cause_analysis", None)],
    ),
    ("Agile testing and continuous optimization are integral to our marketing.", [("agile", None)]),
    # Lean Six Sigma's acronym once the long form has been given.
    ("Facilitate Lean Six Sigma (LSS) project management throughout the plant.", [("lean", None), ("six_sigma", None)]),
]

# Repeated mentions: the first of each (label, detail); a later one only where it adds a detail.
REPEATS = [
    (
        "Six Sigma experience required. Six Sigma Green Belt preferred.",
        [("six_sigma", None), ("six_sigma", "green_belt")],
    ),
    ("ISO 9001 experience. Knowledge of ISO 9001:2015 audits. ISO standards.", [("iso", "9001")]),
    ("Lean experience. Lean manufacturing. Lean tools.", [("lean", None)]),
]

# The evidence of each entry: text[start:end] is checked by entries_of; here its extent.
EVIDENCE = [
    ("Working knowledge of ISO 9001:2015.", [("iso", "9001", "ISO 9001:2015")]),
    ("Familiar with ISO 14001/45001 requirements.", [("iso", "14001", "ISO 14001"), ("iso", "45001", "45001")]),
    (
        "Lean Six Sigma Green Belt preferred.",
        [("lean", None, "Lean"), ("six_sigma", "green_belt", "Six Sigma Green Belt")],
    ),
    ("Lean Sigma expertise.", [("six_sigma", None, "Lean Sigma"), ("lean", None, "Lean Sigma")]),
    ("Use 8D.", [("root_cause_analysis", None, "8D")]),
    ("Certified in AS9100D and IATF 16949:2016.", [("iso", "9100", "AS9100D"), ("iso", "16949", "IATF 16949:2016")]),
]


@pytest.mark.parametrize("text,expected", SEED_EXAMPLES)
def test_seed_examples(text: str, expected: list[tuple]) -> None:
    assert _found(text, ("label", "detail", "text")) == expected


@pytest.mark.parametrize("text,expected", EXAMPLES)
def test_examples(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", NOT_COLLEAGUES)
def test_not_colleagues(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", GLUED)
def test_glued(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", LISTS)
def test_lists(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", NEGATIVES)
def test_negatives(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", BUGS_CAUGHT)
def test_bugs_caught(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", REPEATS)
def test_repeats(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", EVIDENCE)
def test_evidence(text: str, expected: list[tuple]) -> None:
    assert _found(text, ("label", "detail", "text")) == expected


def test_labels_are_the_record_vocabulary() -> None:
    rows = load_table("methodologies")
    used = {r["label"] for r in rows if r.get("label") is not None} | {r["also"] for r in rows if r.get("also")}
    assert used == LABELS


def _clashes() -> list[tuple[str, str, str]]:
    """(false friend, method phrase, text) where the friend's last words are the method's first ones.

    Texts where another false friend covers the whole method phrase ("flexible and agile environment")
    are left out: there the false friend is meant to win.
    """
    nlp = spacy.blank("en")
    rows = load_table("methodologies")
    words = lambda row: [t.lower_ for t in nlp.make_doc(row["pattern"])]
    friends = [words(r) for r in rows if r.get("label") is None and isinstance(r.get("pattern"), str)]
    methods = [
        r
        for r in rows
        if r.get("label") and isinstance(r.get("pattern"), str) and not (r.get("context") or r.get("cased"))
    ]
    out = []
    for f in friends:
        for method in methods:
            m = words(method)
            for k in range(1, min(len(f), len(m) - 1) + 1):
                if f[-k:] != m[:k]:
                    continue
                merged, first = f + m[k:], len(f) - k
                covered = any(
                    merged[i : i + len(g)] == g and i <= first and i + len(g) >= len(merged)
                    for g in friends
                    for i in range(len(merged) - len(g) + 1)
                )
                if not covered:
                    out.append((" ".join(f), method["pattern"], " ".join(merged)))
    return out


def test_false_friends_do_not_hide_a_method_that_follows() -> None:
    """Longest match wins and a tie goes to the earlier start: a false friend must not eat a method after it."""
    hidden = []
    for friend, method, text in _clashes():
        expected = {label for label, _ in _found(method)}
        if not expected <= {label for label, _ in _found(text)}:
            hidden.append((friend, method))
    assert hidden == []


ADVERSARIAL = [
    "ISO " * 50_000,
    "9" * 200_000,
    "ISO 9001/" * 20_000,
    "as 9100, " * 20_000,
    "-" * 200_000,
    "We are certified " * 10_000,
    "lean " * 40_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: t[:12])
def test_linear_on_adversarial_text(text: str) -> None:
    """The family alone (no other family's time counted) stays fast on long, repetitive lines."""
    from postingparse.rules.base import Context
    from postingparse.rules.methodologies import MethodologyRules
    from postingparse.rules.segments import Segments
    from postingparse.vocabulary import Vocabularies

    nlp = spacy.blank("en")
    rules = MethodologyRules(nlp, Vocabularies())
    doc = nlp.make_doc(text)
    context = Context(segments=Segments(text))
    start = time.process_time()
    rules(doc, context)
    assert time.process_time() - start < 5.0

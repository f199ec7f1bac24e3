"""The extractor's EMPLOYER industry against the job boards' own industry for the employer.

LinkedIn and Glassdoor postings in ``../shared/corpus-real/postings-large.jsonl.gz`` carry the
board's industry for the employer in ``meta`` (``industry``; Glassdoor adds ``sector``).
``postingparse/data/board_industries.jsonl`` maps those names to 2022 NAICS codes. The script runs
``Extractor().pipe`` over the labelled postings, leaves out staffing-agency postings (their employer
entry is the client's) and postings whose text states the board's industry itself, and reports:

- coverage: share of the postings used with at least one ``employer`` industry entry;
- sector agreement: share of the covered postings with an employer entry whose NAICS sector
  (2 digits; 31-33, 44-45 and 48-49 as ranges) is among the board's sectors;
- subsector agreement: the same on 3 digits, among covered postings whose board codes are all
  subsectors or deeper (a sector-only board code says nothing about the subsector); and the same
  again among those where some employer entry of ours is coded at subsector level (not "62", "31-33").

    python benchmarks/board_industries.py
    python benchmarks/board_industries.py --exclude ../blind-wave2/ids.txt --errors 30
    python benchmarks/board_industries.py --limit 500 --format json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from postingparse import Extractor
from postingparse.boards import (  # noqa: F401 (TABLE: the tests reach it here)
    GLASSDOOR_INDUSTRY,
    GLASSDOOR_SECTOR,
    LINKEDIN,
    TABLE,
    BoardName,
    BoardVocabulary,
    name_words,
)
from postingparse.jsonl import read_jsonl
from postingparse.record import IndustryEntry, Posting

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-real"
POSTINGS = SHARED / "postings-large.jsonl.gz"
#: NAICS sectors that NAICS writes as ranges: two-digit prefix -> the range.
RANGE_SECTORS = {"31": "31-33", "32": "31-33", "33": "31-33", "44": "44-45", "45": "44-45", "48": "48-49", "49": "48-49"}
#: Reasons a labelled posting is left out, in the order they are checked.
REASONS = ("board name not mapped", "staffing (board)", "staffing (text)", "board industry in text", "excluded id")

_STAFFING_TEXT = regex.compile(
    r"\b(?:on\s+behalf\s+of\s+(?:our|a|one\s+of\s+our)\s+client\b(?!s)"
    r"|(?:our|my)\s+client(?:\s*,|\s+is\b|\s+has\b|\s+seeks\b|\s+located\b|\s+based\b|\s+in\s+the\b)"
    r"|(?:we\s+are|is)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:staffing|recruiting|recruitment)\s+(?:agency|firm|company)"
    r"|helping\s+to\s+source\s+candidates)",
    regex.IGNORECASE,
)
_INDUSTRY_LABEL = regex.compile(r"(?:company\s+)?(?:industry|industries|sector)\s*(?::\s*(.*)|:?)", regex.IGNORECASE)
_ABOUT_HEADER = regex.compile(
    r"^[ \t]*(?:about\s+(?:us|the\s+company|the\s+organi[sz]ation)|company\s+(?:description|overview|profile)"
    r"|who\s+we\s+are|our\s+company)[ \t]*:?[ \t]*$",
    regex.IGNORECASE | regex.MULTILINE,
)


def sector_of(code: str) -> str:
    """The NAICS sector of a code: its first two digits, or the range for 31-33, 44-45, 48-49."""
    return RANGE_SECTORS.get(code[:2], code[:2])


def subsector_of(code: str) -> str | None:
    """The 3-digit subsector of a code, or None for a sector ("54", "31-33")."""
    return code[:3] if code.isdigit() and len(code) >= 3 else None


@dataclass(frozen=True)
class BoardLabel:
    """A posting's board industry: the names read from ``meta`` and their NAICS codes."""

    board: str
    value: str
    names: tuple[BoardName, ...] = ()
    mapped: bool = True

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(code for name in self.names for code in name.naics)

    @property
    def sectors(self) -> frozenset[str]:
        return frozenset(sector_of(code) for code in self.codes)

    @property
    def subsectors(self) -> frozenset[str] | None:
        """The board's subsectors, or None unless every board code is a subsector or deeper."""
        subs = {subsector_of(code) for code in self.codes}
        return None if not subs or None in subs else frozenset(subs)  # type: ignore[arg-type]

    @property
    def staffing(self) -> bool:
        return any(name.flag == "staffing" for name in self.names)


def board_label(meta: dict[str, Any], vocabulary: BoardVocabulary) -> BoardLabel | None:
    """The board industry of a posting's ``meta``, or None where it has none.

    LinkedIn: ``meta["industry"]``. Glassdoor: ``meta["industry"]``, the finer label; its
    ``meta["sector"]`` only where the industry is not a mapped name.
    """
    industry, board = meta.get("industry"), meta.get("board")
    if not isinstance(industry, str) or not industry.strip():
        industry = None
    if board == "LinkedIn" and industry:
        names = vocabulary.split(LINKEDIN, industry)
        return BoardLabel("LinkedIn", industry, names or (), names is not None)
    if board == "Glassdoor":
        names = vocabulary.split(GLASSDOOR_INDUSTRY, industry) if industry else None
        if names:
            return BoardLabel("Glassdoor", industry, names)  # type: ignore[arg-type]
        sector = meta.get("sector")
        if isinstance(sector, str) and sector.strip():
            names = vocabulary.split(GLASSDOOR_SECTOR, sector)
            return BoardLabel("Glassdoor", f"{industry or '-'} / {sector}", names or (), names is not None)
        if industry:
            return BoardLabel("Glassdoor", industry, (), False)
    return None


def states_board_industry(text: str, label: BoardLabel) -> bool:
    """Whether the text carries the board's own industry line, which the extractor would read.

    That is a line that is the board value or one of its names ("Software Development" as a
    header line), or an "Industry: ..."/"Industries: ..."/"Sector: ..." line (or such a label
    alone, with the next line) naming one of them: LinkedIn's criteria block glued into the text.
    """
    targets = {name_words(label.value)} | {name_words(n.name) for n in label.names}
    targets.discard(())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if name_words(line) in targets:
            return True
        labelled = _INDUSTRY_LABEL.fullmatch(line)
        if labelled:
            rest = labelled.group(1) or (lines[i + 1] if i + 1 < len(lines) else "")
            words = name_words(rest)
            if any(words[j : j + len(t)] == t for t in targets for j in range(len(words) - len(t) + 1)):
                return True
    return False


def staffing_text(text: str) -> bool:
    """Whether the text reads as a staffing agency posting for a client ("our client, a ...")."""
    return _STAFFING_TEXT.search(text) is not None


def employer_entries(posting: Posting) -> list[IndustryEntry]:
    """The posting's industry entries in the ``employer`` role."""
    return [e for e in posting.industries if e.role == "employer"]


@dataclass
class Judgement:
    """How one posting's employer entries compare with its board industry."""

    id: str
    board: str
    covered: bool
    sector_agrees: bool | None = None
    subsector_agrees: bool | None = None
    #: Whether some employer entry is coded at subsector level or deeper (not "62", "31-33" or null).
    specific: bool = False


def judge(posting_id: str, entries: Sequence[IndustryEntry], label: BoardLabel) -> Judgement:
    """Compare employer entries with the board label.

    ``sector_agrees`` is None without entries; ``subsector_agrees`` is None without entries
    or where the board gives no subsector. An entry without a NAICS code agrees with nothing.
    """
    if not entries:
        return Judgement(posting_id, label.board, covered=False)
    codes = [e.naics for e in entries if e.naics]
    sector = any(sector_of(code) in label.sectors for code in codes)
    board_subs = label.subsectors
    subsector = None if board_subs is None else any(subsector_of(code) in board_subs for code in codes)
    specific = any(subsector_of(code) for code in codes)
    return Judgement(posting_id, label.board, True, sector, subsector, specific)


def _share(hits: int, total: int) -> dict[str, Any]:
    return {"n": total, "hits": hits, "share": round(hits / total, 3) if total else None}


def summarize(judgements: Sequence[Judgement]) -> dict[str, Any]:
    """Coverage, sector and subsector agreement over judgements, overall and by board."""

    def figures(rows: Sequence[Judgement]) -> dict[str, Any]:
        covered = [j for j in rows if j.covered]
        sub = [j for j in covered if j.subsector_agrees is not None]
        specific = [j for j in sub if j.specific]
        return {
            "postings": len(rows),
            "coverage": _share(len(covered), len(rows)),
            "sector_agreement": _share(sum(bool(j.sector_agrees) for j in covered), len(covered)),
            "subsector_agreement": _share(sum(bool(j.subsector_agrees) for j in sub), len(sub)),
            "subsector_agreement_where_ours_is_a_subsector": _share(sum(bool(j.subsector_agrees) for j in specific), len(specific)),
        }

    boards = sorted({j.board for j in judgements})
    return {"all": figures(judgements), **{b: figures([j for j in judgements if j.board == b]) for b in boards}}


# -- reading the postings, running the extractor, printing --------------------------------------


@dataclass
class Case:
    """One board-labelled posting and what became of it."""

    row: dict[str, Any]
    label: BoardLabel
    reason: str | None = None
    entries: list[IndustryEntry] = field(default_factory=list)
    judgement: Judgement | None = None


def exclusion_reason(row: dict[str, Any], label: BoardLabel, excluded: frozenset[str] = frozenset()) -> str | None:
    """Why a labelled posting is left out (one of `REASONS`), or None where it is used."""
    text = row.get("text") or ""
    if str(row.get("id")) in excluded:
        return "excluded id"
    if not label.mapped or not label.codes:
        return "board name not mapped"
    if label.staffing:
        return "staffing (board)"
    if staffing_text(text):
        return "staffing (text)"
    if states_board_industry(text, label):
        return "board industry in text"
    return None


def labelled_cases(rows: Iterable[dict[str, Any]], vocabulary: BoardVocabulary, excluded: frozenset[str]) -> Iterator[Case]:
    """The board-labelled postings of ``rows``, each with its label and exclusion reason."""
    for row in rows:
        if not isinstance(row.get("text"), str):
            continue
        label = board_label(row.get("meta") or {}, vocabulary)
        if label is not None:
            yield Case(row, label, exclusion_reason(row, label, excluded))


def company_blurb(text: str, company: str | None, size: int = 200) -> str:
    """The first ``size`` characters of the company description: the text after an "About us"
    (or "About <company>", "Company description", ...) header, else from the first sentence
    naming the company (or the first word of its name), else the start of the text."""
    names = _company_names(company)
    headers = [m for m in (_ABOUT_HEADER.search(text), *(_about_named(text, n) for n in names)) if m]
    if headers:
        start = min(m.end() for m in headers)
    else:
        lowered = text.lower()
        found = next((lowered.index(n.lower()) for n in names if n.lower() in lowered), None)
        start = 0 if found is None else max(text.rfind(".", 0, found), text.rfind("\n", 0, found)) + 1
    return " ".join(text[start:].split())[:size]


def _company_names(company: str | None) -> list[str]:
    """A company name and, where it has several words, its first word of four letters or more."""
    if not company or not company.strip():
        return []
    words = company.split()
    return [company.strip()] + ([words[0]] if len(words) > 1 and len(words[0]) >= 4 else [])


def _about_named(text: str, name: str) -> regex.Match[str] | None:
    return regex.search(rf"^[ \t]*about\s+{regex.escape(name)}\b[^\n]{{0,20}}$", text, regex.IGNORECASE | regex.MULTILINE)


def _read_rows(path: Path) -> Iterator[dict[str, Any]]:
    yield from read_jsonl(str(path))


def _read_ids(path: str) -> frozenset[str]:
    with open(path, encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def run(cases: list[Case]) -> None:
    """Extract the used cases and judge them (in place)."""
    used = [c for c in cases if c.reason is None]
    postings = Extractor().pipe((c.row["text"] for c in used), ids=(str(c.row["id"]) for c in used))
    for case, posting in zip(used, postings):
        case.entries = employer_entries(posting)
        case.judgement = judge(str(case.row["id"]), case.entries, case.label)


def _entry_view(entry: IndustryEntry, text: str, margin: int = 60) -> dict[str, Any]:
    context = " ".join(text[max(0, entry.start - margin) : entry.end + margin].split())
    return {"label": entry.label, "naics": entry.naics, "text": entry.text, "context": context}


def error_listing(cases: Sequence[Case], n: int, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """A random ``n`` of the sector disagreements and ``n`` of the postings with no employer entry."""
    rng = random.Random(seed)
    judged = [c for c in cases if c.judgement is not None]
    groups = {
        "disagreements": [c for c in judged if c.judgement.covered and not c.judgement.sector_agrees],
        "no_employer_entry": [c for c in judged if not c.judgement.covered],
    }
    listing = {}
    for key, group in groups.items():
        picked = sorted(rng.sample(group, min(n, len(group))), key=lambda c: str(c.row["id"]))
        listing[key] = [
            {
                "id": c.row["id"],
                "board": c.label.board,
                "board_industry": c.label.value,
                "board_naics": sorted(c.label.codes),
                "ours": [_entry_view(e, c.row["text"]) for e in c.entries],
                "company": (c.row.get("meta") or {}).get("company"),
                "description": company_blurb(c.row["text"], (c.row.get("meta") or {}).get("company")),
            }
            for c in picked
        ]
    return listing


def report(cases: Sequence[Case], errors: int = 0, seed: int = 0) -> dict[str, Any]:
    """The figures (and, with ``errors``, the listings) of judged cases as one JSON-ready dict."""
    judgements = [c.judgement for c in cases if c.judgement is not None]
    left_out = Counter(c.reason for c in cases if c.reason is not None)
    unmapped = Counter(c.label.value for c in cases if c.reason == "board name not mapped")
    out: dict[str, Any] = {
        "labelled": len(cases),
        "used": len(judgements),
        "left_out": {reason: left_out[reason] for reason in REASONS if left_out[reason]},
        "unmapped_board_values": dict(unmapped.most_common()),
        "figures": summarize(judgements),
    }
    if errors:
        out["errors"] = error_listing(cases, errors, seed)
    return out


def _pct(figure: dict[str, Any]) -> str:
    return "-" if figure["share"] is None else f"{figure['share']:.3f} ({figure['hits']:,}/{figure['n']:,})"


def print_text(result: dict[str, Any]) -> None:
    print(f"board-labelled postings: {result['labelled']:,}; used: {result['used']:,}")
    for reason, count in result["left_out"].items():
        print(f"  left out, {reason}: {count:,}")
    for value, count in result["unmapped_board_values"].items():
        print(f"  unmapped board value: {value!r} ({count})")
    columns = ("coverage", "sector agreement", "subsector agreement", "subsector, ours 3+ digits")
    print(f"\n{'board':<10} {'postings':>8}  " + " ".join(f"{c:<22}" for c in columns))
    for board, fig in result["figures"].items():
        print(
            f"{board:<10} {fig['postings']:>8,}  {_pct(fig['coverage']):<22} {_pct(fig['sector_agreement']):<22} "
            f"{_pct(fig['subsector_agreement']):<22} {_pct(fig['subsector_agreement_where_ours_is_a_subsector']):<22}"
        )
    for key, rows in result.get("errors", {}).items():
        print(f"\n== {key} ({len(rows)})")
        for r in rows:
            print(f"{r['id']} [{r['board']}: {r['board_industry']} -> {','.join(r['board_naics'])}] {r['company']}")
            for e in r["ours"]:
                print(f"    ours: {e['label']} {e['naics']} «{e['text']}» ...{e['context']}...")
            print(f"    about: {r['description']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", default=str(POSTINGS), help="JSON Lines postings with meta (default: %(default)s)")
    parser.add_argument("--exclude", help="a file of posting ids (one a line) to leave out of figures and listings")
    parser.add_argument("--limit", type=int, help="at most this many board-labelled postings")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N disagreements and N postings with no employer entry")
    parser.add_argument("--seed", type=int, default=0, help="the random seed of the --errors sample")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be a positive number")
    if args.errors < 0:
        parser.error("--errors must not be negative")
    for path in (args.postings, args.exclude):
        if path and not Path(path).is_file():
            print(f"board_industries: {path}: no such file", file=sys.stderr)
            return 2
    try:
        excluded = _read_ids(args.exclude) if args.exclude else frozenset()
        cases = []
        for case in labelled_cases(_read_rows(Path(args.postings)), BoardVocabulary.bundled(), excluded):
            cases.append(case)
            if args.limit and len(cases) >= args.limit:
                break
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        print(f"board_industries: {exc}", file=sys.stderr)
        return 2
    run(cases)
    result = report(cases, args.errors, args.seed)
    if args.format == "json":
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print_text(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

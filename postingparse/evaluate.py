"""Measured accuracy: extracted records scored against hand-labelled ones.

    >>> from postingparse.evaluate import evaluate, read_jsonl, read_texts
    >>> result = evaluate(read_jsonl("gold.jsonl"), texts=read_texts("postings.jsonl"))
    >>> result.table()            # tp fp fn precision recall f1 per field
    >>> result.errors()           # every miss and extra, with context

Entries are matched with exactly the keys of RECORD.md ("How a posting is
scored"), through `postingparse.scoring`; counts are micro-averaged over the
postings. On top of the per-field table: the posting-level accuracy of the
two figures aggregations use (`Posting.min_degree_level`,
`Posting.min_years_required`), the secondary figures on matched entries
(`postingparse.scoring.secondary`), and an error list with one row per missed
(FN) or extra (FP) key, so that the error rows of a field add up to its fn + fp.

This module sits on top of the core (it uses pandas); nothing in the core imports it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Hashable, Iterable, Mapping

import pandas as pd
import regex

from .jsonl import read_jsonl, read_texts
from .pipeline import Extractor, default_extractor
from .record import FAMILIES, Posting
from .scoring import Counts, Secondary, entry_key, labelled_families, score, secondary

#: Characters of posting text shown on each side of an error's evidence.
CONTEXT = 60

Record = Mapping[str, Any]

_SPACES = regex.compile(r"\s++")

#: The columns of `EvaluationResult.table`.
TABLE_COLUMNS: tuple[str, ...] = ("tp", "fp", "fn", "precision", "recall", "f1")
#: The columns of `EvaluationResult.errors`.
ERROR_COLUMNS: tuple[str, ...] = ("id", "field", "error", "key", "text", "start", "end", "before", "after", "overlaps")

# (attribute of `Secondary`, label, family whose matched entries it rests on)
_SECONDARY: tuple[tuple[str, str, str], ...] = (
    ("degree_requirement_accuracy", "degree requirement accuracy", "degrees"),
    ("degree_fields_overlap", "degree fields token overlap", "degrees"),
    ("experience_requirement_accuracy", "experience requirement accuracy", "experience"),
    ("experience_domain_overlap", "experience domain token overlap", "experience"),
    ("methodology_requirement_accuracy", "methodology requirement accuracy", "methodologies"),
)
_POSTING_LEVEL: tuple[tuple[str, str], ...] = (
    ("min_degree_required", "min degree required"),
    ("min_years_required", "min years required"),
)


@dataclass
class PostingLevel:
    """Accuracy of one posting-level figure: gold and predicted values agree (None == None counts).

    Attributes:
        correct: Postings where they agree.
        postings: Postings compared (every gold posting).
        mismatches: ``(id, gold value, predicted value)`` of each disagreement.
    """

    correct: int = 0
    postings: int = 0
    mismatches: list[tuple[Any, Any, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        """correct / postings, or None for an empty set."""
        return self.correct / self.postings if self.postings else None

    def add(self, id: Any, gold: Any, pred: Any) -> None:
        """Count one posting's gold and predicted value."""
        self.postings += 1
        if gold == pred:
            self.correct += 1
        else:
            self.mismatches.append((id, gold, pred))


@dataclass
class EvaluationResult:
    """The outcome of `evaluate`.

    Attributes:
        counts: Micro-averaged `Counts` per field (degrees, experience, industries, methodologies, and
            certifications and ``paths`` where the gold set is labelled for them: `postingparse.scoring.labelled_families`;
            ``paths`` is scored by the set of ``(degree, min_years)`` pairs per posting).
        posting_level: `PostingLevel` of "min_degree_required" and "min_years_required".
        secondary: The secondary figures on matched entries.
        error_rows: One dict per missed or extra key (the columns of `ERROR_COLUMNS`).
        postings: Number of gold postings scored.
        warnings: Problems met in the input (gold evidence that does not match the text).
    """

    counts: dict[str, Counts]
    posting_level: dict[str, PostingLevel]
    secondary: Secondary
    error_rows: list[dict[str, Any]]
    postings: int
    warnings: list[str] = field(default_factory=list)

    def table(self) -> pd.DataFrame:
        """The per-field table: rows degrees/experience/industries/methodologies, columns `TABLE_COLUMNS`."""
        rows = {
            fam: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}
            for fam, c in self.counts.items()
        }
        frame = pd.DataFrame.from_dict(rows, orient="index", columns=list(TABLE_COLUMNS))
        frame.index.name = "field"
        return frame.astype({"tp": "int64", "fp": "int64", "fn": "int64"})

    def errors(self) -> pd.DataFrame:
        """Every miss and extra: one row per key, the columns of `ERROR_COLUMNS`.

        ``error`` is "miss" (in gold, not extracted) or "extra" (extracted, not in
        gold); ``key`` is the scoring key as text; ``text``/``start``/``end`` the
        evidence of the first entry with that key; ``before``/``after`` up to
        `CONTEXT` characters of posting text around it (missing without the text);
        ``overlaps`` the key of an entry on the other side whose span overlaps
        (a value read wrongly rather than a phrase missed), else missing.
        Text columns are pandas ``string``, offsets ``Int64``; missing values are ``pd.NA``.
        """
        frame = pd.DataFrame(self.error_rows, columns=list(ERROR_COLUMNS))
        types = {name: "string" for name in ERROR_COLUMNS if name != "id"}
        return frame.astype({**types, "start": "Int64", "end": "Int64"})

    def to_dict(self, errors: bool = True) -> dict[str, Any]:
        """Everything as plain JSON-able values (``errors=False`` leaves the error list out)."""
        out: dict[str, Any] = {
            "postings": self.postings,
            "fields": self.table().to_dict(orient="index"),
            "posting_level": {
                name: {
                    "accuracy": level.accuracy,
                    "correct": level.correct,
                    "postings": level.postings,
                    "mismatches": [{"id": i, "gold": g, "pred": p} for i, g, p in level.mismatches],
                }
                for name, level in self.posting_level.items()
            },
            "secondary": {
                name: {"value": getattr(self.secondary, name), "matched": self.secondary.matched[fam]}
                for name, _, fam in _SECONDARY
            },
        }
        if errors:
            out["errors"] = [dict(row) for row in self.error_rows]
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    def format_text(self, errors: bool = False) -> str:
        """An aligned plain-text report: the per-field table, posting-level accuracy,
        secondary figures, and with ``errors=True`` the error list."""
        lines = [f"{self.postings} postings", ""]
        lines.append(f"{'field':<15}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>8}")
        for fam, c in self.counts.items():
            lines.append(f"{fam:<15}{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
        lines += ["", f"{'posting level':<34}{'accuracy':>9}{'correct':>10}"]
        for name, label in _POSTING_LEVEL:
            level = self.posting_level[name]
            lines.append(f"{label:<34}{_figure(level.accuracy):>9}{f'{level.correct}/{level.postings}':>10}")
        lines += ["", f"{'secondary (matched entries)':<34}{'value':>9}{'matched':>10}"]
        for name, label, fam in _SECONDARY:
            lines.append(f"{label:<34}{_figure(getattr(self.secondary, name)):>9}{self.secondary.matched[fam]:>10}")
        if self.warnings:
            lines += ["", "warnings:"] + [f"  {w}" for w in self.warnings]
        if errors:
            # misread: a miss whose span an extracted entry overlaps; spurious: an extra no gold entry overlaps.
            lines += ["", f"{'errors':<15}{'miss':>6}{'misread':>9}{'extra':>7}{'spurious':>10}"]
            for fam in self.counts:
                miss = [r for r in self.error_rows if r["field"] == fam and r["error"] == "miss"]
                extra = [r for r in self.error_rows if r["field"] == fam and r["error"] == "extra"]
                misread = sum(1 for r in miss if r["overlaps"])
                spurious = sum(1 for r in extra if not r["overlaps"])
                lines.append(f"{fam:<15}{len(miss):>6}{misread:>9}{len(extra):>7}{spurious:>10}")
            lines += ["", f"errors ({len(self.error_rows)}):"]
            lines += [_error_line(row) for row in self.error_rows]
            for name, label in _POSTING_LEVEL:
                mismatches = self.posting_level[name].mismatches
                if mismatches:
                    lines += ["", f"{label}, mismatches ({len(mismatches)}):"]
                    lines += [f"  {i}: gold {g!r}, extracted {p!r}" for i, g, p in mismatches]
        return "\n".join(lines)


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _flat(text: str | None) -> str:
    """Text on one line: runs of whitespace (newlines included) become one space."""
    return _SPACES.sub(" ", text) if text else ""


def _error_line(row: Mapping[str, Any]) -> str:
    overlaps = f"  (extracted as {row['overlaps']})" if row["error"] == "miss" and row["overlaps"] else ""
    if row["error"] == "extra" and row["overlaps"]:
        overlaps = f"  (gold {row['overlaps']})"
    head = f"{row['id']}  {row['field']:<13} {row['error']:<5} {row['key']}{overlaps}"
    context = f"...{_flat(row['before'])}[[{_flat(row['text'])}]]{_flat(row['after'])}..."
    return f"{head}\n    {context}"


def key_text(family: str, key: Hashable) -> str:
    """A scoring key as short text: "bachelor", "5-7" / "5+" years, "311/experience", "six_sigma", "cqe/preferred"."""
    if family == "experience":
        low, high = key  # type: ignore[misc]
        return f"{_years(low)}+" if high is None else f"{_years(low)}-{_years(high)}"
    if family in ("industries", "certifications"):
        value, qualifier = key  # type: ignore[misc]
        return f"{value}/{qualifier}"
    if family == "paths":
        degree, years = key  # type: ignore[misc]
        return f"{degree}+{_years(years)}y"
    return str(key)


def _years(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


def _first_by_key(entries: Iterable[Record], family: str) -> dict[Hashable, Record]:
    out: dict[Hashable, Record] = {}
    for entry in entries:
        out.setdefault(entry_key(family, entry), entry)
    return out


def _overlapping(entry: Record, others: Iterable[Record], family: str) -> str | None:
    start, end = entry.get("start"), entry.get("end")
    if start is None or end is None:
        return None
    for other in others:
        if other.get("start") is not None and other["start"] < end and start < other["end"]:
            return key_text(family, entry_key(family, other))
    return None


def _error_rows(
    id: Any, gold: Record, pred: Record, text: str | None, families: Iterable[str] = FAMILIES
) -> list[dict[str, Any]]:
    """One row per key of each field that is in gold and not extracted (miss), or the reverse (extra)."""
    rows = []
    for fam in families:
        golds, preds = list(gold.get(fam) or []), list(pred.get(fam) or [])
        g, p = _first_by_key(golds, fam), _first_by_key(preds, fam)
        sides = (("miss", g, p, preds), ("extra", p, g, golds))
        for kind, mine, theirs, their_entries in sides:
            unmatched = [(k, e) for k, e in mine.items() if k not in theirs]
            for key, entry in unmatched:
                others = [o for o in their_entries if entry_key(fam, o) not in mine]
                start, end = entry.get("start"), entry.get("end")
                has_context = text is not None and start is not None and end is not None
                rows.append({
                    "id": id,
                    "field": fam,
                    "error": kind,
                    "key": key_text(fam, key),
                    "text": entry.get("text"),
                    "start": start,
                    "end": end,
                    "before": text[max(0, start - CONTEXT) : start] if has_context else None,
                    "after": text[end : end + CONTEXT] if has_context else None,
                    "overlaps": _overlapping(entry, others, fam),
                })
    return sorted(rows, key=lambda r: (r["start"] is None, r["start"] or 0, r["error"]))


def _as_dict(record: Any) -> dict[str, Any]:
    return dict(record) if isinstance(record, Mapping) else record.to_dict()


def _check_evidence(id: Any, gold: Record, text: str) -> list[str]:
    problems = []
    for fam in FAMILIES:
        for n, entry in enumerate(gold.get(fam) or []):
            start, end = entry.get("start"), entry.get("end")
            if start is not None and end is not None and text[start:end] != entry.get("text"):
                problems.append(f"{id}: gold {fam}[{n}] text {entry.get('text')!r} != text[{start}:{end}] {text[start:end]!r}")
    return problems


def _text_of(gold: Record, texts: Mapping[Any, str] | None) -> str | None:
    """The gold record's own ``text``, else its id's text in ``texts``, else None."""
    if isinstance(gold.get("text"), str):
        return gold["text"]
    return texts.get(gold.get("id")) if texts is not None else None


def _years_value(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def evaluate(
    gold: Iterable[Record],
    pred: Iterable[Record] | Mapping[Any, Record] | None = None,
    texts: Mapping[Any, str] | None = None,
    extractor: Extractor | None = None,
) -> EvaluationResult:
    """Score extracted records against hand-labelled ones (RECORD.md's keys, micro-averaged).

    Args:
        gold (Iterable[Mapping]): Hand-labelled postings as v1 JSON objects; each has an
            ``id`` (unique) and either its ``text`` or an id found in ``texts``.
        pred (Optional[Iterable[Mapping] | Mapping[id, Mapping]]): Extracted records (v1
            JSON objects or `Posting`s), matched to gold by ``id``; a gold posting with no
            record counts as nothing found, records without a gold posting are ignored.
            None extracts them from the texts with ``extractor``.
        texts (Optional[Mapping[id, str]]): Posting texts by id, for gold records without
            ``text``; used for extraction and for the context of errors.
        extractor (Optional[Extractor]): Extracts when ``pred`` is None (default: the
            process-wide default pipeline).

    Returns:
        EvaluationResult: ``.table()``, ``.errors()``, ``.to_dict()``, ``.format_text()``.

    Raises:
        ValueError: A gold id appears twice, or a text is needed and cannot be found.
    """
    golds = [_as_dict(g) for g in gold]
    twice = sorted(str(i) for i, n in Counter(g.get("id") for g in golds).items() if n > 1)
    if twice:
        raise ValueError(f"gold: posting ids appear twice: {', '.join(twice)}")
    posting_texts = {g.get("id"): _text_of(g, texts) for g in golds}

    if pred is None:
        missing = [str(i) for i, t in posting_texts.items() if t is None]
        if missing:
            raise ValueError(f"no text for gold postings {', '.join(missing[:10])}"
                             f"{' ...' if len(missing) > 10 else ''}: give each a 'text' or pass texts")
        extractor = extractor or default_extractor()
        preds = {p.id: p.to_dict() for p in extractor.pipe(list(posting_texts.values()), ids=list(posting_texts))}
    else:
        records = pred.values() if isinstance(pred, Mapping) else pred
        preds = {}
        for record in records:
            record = _as_dict(record)
            if record.get("id") in preds:
                raise ValueError(f"pred: posting id {record.get('id')!r} appears twice")
            preds[record.get("id")] = record

    pairs = [(g, preds.get(g.get("id"), {"id": g.get("id")})) for g in golds]
    families = labelled_families(golds)
    posting_level = {name: PostingLevel() for name, _ in _POSTING_LEVEL}
    error_rows: list[dict[str, Any]] = []
    warnings: list[str] = []
    for g, p in pairs:
        id, text = g.get("id"), posting_texts[g.get("id")]
        gp, pp = Posting.from_dict(g), Posting.from_dict(p)
        # posting-level figures rest on the fields they read (a paths-only set has neither)
        if "degrees" in families:
            posting_level["min_degree_required"].add(id, gp.min_degree_level, pp.min_degree_level)
        if "experience" in families:
            posting_level["min_years_required"].add(
                id, _years_value(gp.min_years_required), _years_value(pp.min_years_required))
        error_rows += _error_rows(id, g, p, text, families)
        if text is not None:
            warnings += _check_evidence(id, g, text)

    return EvaluationResult(
        counts=score(golds, [p for _, p in pairs], families),
        posting_level=posting_level,
        secondary=secondary(golds, [p for _, p in pairs]),
        error_rows=error_rows,
        postings=len(golds),
        warnings=warnings,
    )


__all__ = ["evaluate", "EvaluationResult", "PostingLevel", "read_jsonl", "read_texts", "key_text", "CONTEXT"]

"""Scoring extracted records against hand-labelled ones (RECORD.md, "How a posting is scored").

For each posting and field, the gold entries and the predicted entries are
reduced to sets of keys and compared as sets:

=============  ==============================================================
field          key compared
=============  ==============================================================
degrees        ``level``
experience     ``(min_years, max_years)`` (5 and 5.0 are the same number)
industries     ``(naics[:3], role)``, or ``(label, role)`` where naics is null
methodologies  ``label``
certifications ``(label, requirement)``
=============  ==============================================================

v1's four fields are scored on every labelled set; an added field (``certifications``)
only on sets whose postings carry it (`labelled_families`).

Two entries of one posting with the same key count once. Counts are summed
over postings (micro-averaging) and postings are matched by ``id``.

Pure Python on plain dicts (v1 JSON objects); a `Posting` works too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Hashable, Iterable, Mapping

import regex

from .record import FAMILIES, V1_FAMILIES

Record = Mapping[str, Any]

_TOKEN = regex.compile(r"\w++", regex.V1)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field.

    With nothing to find and nothing found, precision, recall and F1 are all
    1.0; precision is 1.0 when nothing was predicted, recall is 1.0 when there
    was nothing to find.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp), or 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), or 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


#: Fields a labelled set may leave out: a gold posting without the key is not scored for it.
OPTIONAL_FIELDS: tuple[str, ...] = ("paths",)


def _number(value: Any) -> float | None:
    """A years value as a float (so 5, 5.0 and "5" compare equal), None stays None."""
    if value is None:
        return None
    return round(float(value), 6)


def entry_key(family: str, entry: Mapping[str, Any]) -> Hashable:
    """The key an entry is scored by.

    Args:
        family (str): One of "degrees", "experience", "industries", "methodologies", "paths".
        entry (Mapping[str, Any]): The entry as a v1 JSON object.

    Returns:
        Hashable: ``level`` for degrees; ``(min_years, max_years)`` as floats
        (or None) for experience; ``(naics[:3] or label, role)`` for
        industries; ``label`` for methodologies; ``(label, requirement)`` for certifications;
        ``(degree, min_years)`` for paths.
    """
    if family == "degrees":
        return entry["level"]
    if family == "experience":
        return (_number(entry["min_years"]), _number(entry.get("max_years")))
    if family == "industries":
        naics = entry.get("naics")
        return (naics[:3] if naics else entry["label"], entry["role"])
    if family == "methodologies":
        return entry["label"]
    if family == "certifications":
        return (entry["label"], entry.get("requirement", "required"))
    if family == "paths":
        return (entry["degree"], _number(entry.get("min_years")))
    raise ValueError(f"unknown family {family!r}; expected one of {(*FAMILIES, *OPTIONAL_FIELDS)}")


def labelled_families(golds: Iterable[Any]) -> tuple[str, ...]:
    """The fields a labelled set is scored on: v1's four, and each added field that one of its postings carries.

    A set labelled before ``certifications`` existed has no such key, and is not scored on it
    (its postings would otherwise count every extracted certification as an extra).
    """
    present = {key for gold in golds for key in _as_dict(gold)}
    added = tuple(fam for fam in FAMILIES if fam not in V1_FAMILIES) + OPTIONAL_FIELDS
    # A set labelled for added fields only (the paths set, a certifications set) is scored for those alone.
    v1 = any(fam in present for fam in V1_FAMILIES) or not any(f in present for f in added)
    families = tuple(fam for fam in FAMILIES if (v1 and fam in V1_FAMILIES) or fam in present)
    return families + tuple(f for f in OPTIONAL_FIELDS if f in present)


def _as_dict(record: Any) -> Record:
    return record if isinstance(record, Mapping) else record.to_dict()


def _entries(record: Any, family: str) -> list[Mapping[str, Any]]:
    return [_as_dict(e) for e in (_as_dict(record).get(family) or [])]


def posting_keys(record: Any, family: str) -> set[Hashable]:
    """The set of keys of one field of one posting.

    Args:
        record (Mapping | Posting): The posting as a v1 JSON object (or a `Posting`).
        family (str): The field to read.
    """
    return {entry_key(family, e) for e in _entries(record, family)}


def posting_counts(gold: Any, pred: Any, family: str) -> Counts:
    """The counts of one field of one posting: gold keys vs predicted keys."""
    g, p = posting_keys(gold, family), posting_keys(pred, family)
    return Counts(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def _by_id(records: Iterable[Any], what: str) -> dict[Any, Record]:
    out: dict[Any, Record] = {}
    for record in records:
        record = _as_dict(record)
        key = record.get("id")
        if key in out:
            raise ValueError(f"{what}: posting id {key!r} appears twice")
        out[key] = record
    return out


def _pairs(golds: Iterable[Any], preds: Iterable[Any]) -> list[tuple[Record, Record]]:
    """(gold, prediction) per gold posting; a gold posting without prediction gets an empty one.

    Predictions whose id has no gold posting are not scored.
    """
    gold_by_id = _by_id(golds, "golds")
    pred_by_id = _by_id(preds, "preds")
    return [(g, pred_by_id.get(key, {"id": key})) for key, g in gold_by_id.items()]


def score(golds: Iterable[Any], preds: Iterable[Any], families: Iterable[str] = FAMILIES) -> dict[str, Counts]:
    """Micro-averaged counts per field over a set of postings.

    Args:
        golds (Iterable[Mapping | Posting]): The hand-labelled postings (ids must be unique).
        preds (Iterable[Mapping | Posting]): The extracted postings, matched to golds by ``id``;
            a gold posting with no prediction counts as nothing found, and a
            prediction with no gold posting is ignored.
        families (Iterable[str]): The fields to score.

    Returns:
        dict[str, Counts]: Summed counts per field; read ``.precision``, ``.recall``, ``.f1``.
    """
    families = tuple(families)
    totals = {fam: Counts() for fam in families}
    for gold, pred in _pairs(golds, preds):
        for fam in families:
            if fam in OPTIONAL_FIELDS and fam not in gold:
                continue  # a gold posting without the optional key is not scored for it
            totals[fam] = totals[fam] + posting_counts(gold, pred, fam)
    return totals


# -- secondary figures --------------------------------------------------------------


def tokens(text: str | Iterable[str] | None) -> set[str]:
    """Lower-cased word tokens of a phrase (or of a list of phrases); None gives the empty set."""
    if text is None:
        return set()
    if not isinstance(text, str):
        text = " ".join(text)
    return set(_TOKEN.findall(text.lower()))


def token_overlap(a: str | Iterable[str] | None, b: str | Iterable[str] | None) -> float:
    """Jaccard overlap of the word tokens of ``a`` and ``b`` (1.0 when both are empty)."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    return len(ta & tb) / len(ta | tb)


def matched_entries(gold: Any, pred: Any, family: str) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Pairs of (gold entry, predicted entry) sharing a key, one pair per matched key.

    Where a posting has several entries with one key, the first of each (in
    the order given) stands for the key.
    """
    def first_by_key(record: Any) -> dict[Hashable, Mapping[str, Any]]:
        out: dict[Hashable, Mapping[str, Any]] = {}
        for entry in _entries(record, family):
            out.setdefault(entry_key(family, entry), entry)
        return out

    g, p = first_by_key(gold), first_by_key(pred)
    return [(g[k], p[k]) for k in g if k in p]


@dataclass
class Secondary:
    """Secondary figures over matched entries (None where nothing matched).

    Attributes:
        degree_requirement_accuracy: Share of matched degrees whose ``requirement`` agrees.
        degree_fields_overlap: Mean token overlap of matched degrees' ``fields``.
        experience_domain_overlap: Mean token overlap of matched experience ``domain``.
        experience_requirement_accuracy: Share of matched experience entries whose ``requirement`` agrees.
        methodology_requirement_accuracy: Share of matched methodologies whose ``requirement`` agrees.
        matched: Number of matched entries per field the figures rest on.
    """

    degree_requirement_accuracy: float | None
    degree_fields_overlap: float | None
    experience_domain_overlap: float | None
    experience_requirement_accuracy: float | None
    methodology_requirement_accuracy: float | None
    matched: dict[str, int]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _agreement(pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> float | None:
    return _mean([float(g.get("requirement") == p.get("requirement")) for g, p in pairs])


def secondary(golds: Iterable[Any], preds: Iterable[Any]) -> Secondary:
    """The secondary figures of RECORD.md on matched entries, over a set of postings.

    Args:
        golds (Iterable[Mapping | Posting]): The hand-labelled postings.
        preds (Iterable[Mapping | Posting]): The extracted postings, matched by ``id``.
    """
    degrees: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    experience: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    methods: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    for gold, pred in _pairs(golds, preds):
        degrees += matched_entries(gold, pred, "degrees")
        experience += matched_entries(gold, pred, "experience")
        methods += matched_entries(gold, pred, "methodologies")
    return Secondary(
        degree_requirement_accuracy=_agreement(degrees),
        degree_fields_overlap=_mean([token_overlap(g.get("fields") or [], p.get("fields") or []) for g, p in degrees]),
        experience_domain_overlap=_mean([token_overlap(g.get("domain"), p.get("domain")) for g, p in experience]),
        experience_requirement_accuracy=_agreement(experience),
        methodology_requirement_accuracy=_agreement(methods),
        matched={"degrees": len(degrees), "experience": len(experience), "methodologies": len(methods)},
    )


__all__ = [
    "Counts",
    "Secondary",
    "entry_key",
    "labelled_families",
    "posting_keys",
    "posting_counts",
    "score",
    "secondary",
    "matched_entries",
    "token_overlap",
    "tokens",
]

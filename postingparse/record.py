"""The posting record, v1: typed entries and the `Posting` that holds them.

Every entry carries the v1 fields of its family (see ``RECORD.md``) plus the
evidence ``text`` and its character offsets ``start``/``end`` into the
posting's text (``posting_text[start:end] == text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

Requirement = Literal["required", "preferred"]
Role = Literal["employer", "experience"]

#: Degree levels in the order used for "minimum degree" comparisons.
DEGREE_LEVELS: tuple[str, ...] = (
    "none",
    "high_school",
    "associate",
    "bachelor",
    "master",
    "doctorate",
    "professional",
)
REQUIREMENTS: tuple[str, ...] = ("required", "preferred")
ROLES: tuple[str, ...] = ("employer", "experience")
#: The four fields of record v1; every record has them, and every labelled set scores them.
V1_FAMILIES: tuple[str, ...] = ("degrees", "experience", "industries", "methodologies")
#: Every field of a record: v1's four, then the added ``certifications``.
FAMILIES: tuple[str, ...] = (*V1_FAMILIES, "certifications")
_EVIDENCE = ("text", "start", "end")


@dataclass
class Entry:
    """Base of all entries: the evidence text and where it stands."""

    text: str
    start: int
    end: int

    family: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        """The entry as a v1 JSON object: the family's fields, then ``text``, ``start``, ``end``."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _EVIDENCE}
        if "fields" in out:
            out["fields"] = list(out["fields"])
        out.update(text=self.text, start=self.start, end=self.end)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Entry":
        """Build an entry from a v1 JSON object, ignoring unknown keys."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class DegreeEntry(Entry):
    """A degree requirement: ``level`` is one of `DEGREE_LEVELS`."""

    level: str = "bachelor"
    fields: list[str] = field(default_factory=list)
    requirement: str = "required"
    or_equivalent: bool = False

    family: ClassVar[str] = "degrees"


@dataclass
class ExperienceEntry(Entry):
    """An amount of experience: ``max_years`` is None when open-ended."""

    min_years: float = 0.0
    max_years: float | None = None
    domain: str | None = None
    requirement: str = "required"

    family: ClassVar[str] = "experience"


@dataclass
class IndustryEntry(Entry):
    """An industry named as the employer's own or as wanted experience."""

    label: str = ""
    naics: str | None = None
    role: str = "employer"

    family: ClassVar[str] = "industries"


@dataclass
class MethodologyEntry(Entry):
    """A production or quality method or standard (Six Sigma, ISO, SPC, ...)."""

    label: str = ""
    detail: str | None = None
    requirement: str = "required"

    family: ClassVar[str] = "methodologies"


@dataclass
class CertificationEntry(Entry):
    """A certification or licence asked of the candidate (CPIM, ASQ CQE, PMP, a PE licence, a Class A CDL).

    ``issuer`` is the vocabulary's (None where any issuer's counts, as for Six Sigma belts);
    ``in_progress`` is true where the posting accepts obtaining it later ("or ability to obtain
    within 12 months"), ``or_equivalent`` where it accepts an equivalent ("PMP or equivalent").
    """

    label: str = ""
    issuer: str | None = None
    requirement: str = "required"
    or_equivalent: bool = False
    in_progress: bool = False

    family: ClassVar[str] = "certifications"


@dataclass
class PathEntry(Entry):
    """One alternative way to qualify, trading degree against years (an additive field of v1).

    ``degree`` is the lowest degree level the path takes (a `DEGREE_LEVELS` name;
    ``"none"`` where it takes no degree) and ``min_years`` the least years it asks
    (None where it names none). ``degree_entries`` and ``experience_entries`` index
    the posting's ``degrees`` and ``experience`` lists the path takes; ``replaces``
    says what a substitution stands in for: ``"degree"`` (experience in lieu of a
    degree), ``"experience"`` (a degree in lieu of years), else None.
    """

    degree: str = "none"
    min_years: float | None = None
    degree_entries: list[int] = field(default_factory=list)
    experience_entries: list[int] = field(default_factory=list)
    replaces: str | None = None

    family: ClassVar[str] = "paths"

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["degree_entries"] = list(self.degree_entries)
        out["experience_entries"] = list(self.experience_entries)
        return out


ENTRY_TYPES: dict[str, type[Entry]] = {
    t.family: t for t in (DegreeEntry, ExperienceEntry, IndustryEntry, MethodologyEntry, CertificationEntry)
}


@dataclass
class Posting:
    """One posting's extracted requirements.

    Attributes:
        id: The caller's identifier for the posting, or None.
        degrees: Degree requirements, in text order.
        experience: Experience amounts, in text order.
        industries: Industries (employer's own or wanted experience), in text order.
        methodologies: Methods and standards, in text order.
        certifications: Certifications and licences asked of the candidate, in text order.
        warnings: Notes about how the posting was processed (never requirements).
        paths: Alternative ways to qualify ("BS + 5 years or MS + 3 years"), each linking
            degree and experience entries; empty where the posting offers no alternative.
    """

    id: str | None = None
    degrees: list[DegreeEntry] = field(default_factory=list)
    experience: list[ExperienceEntry] = field(default_factory=list)
    industries: list[IndustryEntry] = field(default_factory=list)
    methodologies: list[MethodologyEntry] = field(default_factory=list)
    certifications: list[CertificationEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    paths: list[PathEntry] = field(default_factory=list)

    @property
    def text(self) -> str | None:
        """The text this record was extracted from, when known: set by `Extractor.parse` and `attach_text`.

        Not part of the v1 record (`to_dict` leaves it out), not compared, and not pickled
        (records sent between processes do not carry their texts back).
        """
        return self.__dict__.get("_text")

    def attach_text(self, text: str | None) -> "Posting":
        """Remember the text this record was extracted from (for `text` and the HTML view); returns the record."""
        self.__dict__["_text"] = text
        return self

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_text", None)
        return state

    def _repr_html_(self) -> str:
        """Jupyter's view: the text with the evidence of each entry highlighted, then a table of the entries."""
        from .display import posting_html

        return posting_html(self)

    def entries(self) -> list[Entry]:
        """All entries of all families, in text order."""
        found: list[Entry] = [e for fam in FAMILIES for e in getattr(self, fam)]
        return sorted(found, key=lambda e: (e.start, e.end))

    @property
    def min_degree_level(self) -> str | None:
        """The lowest degree level among required entries (None when there are none)."""
        levels = [d.level for d in self.degrees if d.requirement == "required"]
        if not levels:
            return None
        return min(levels, key=DEGREE_LEVELS.index)

    @property
    def min_years_required(self) -> float | None:
        """The posting's minimum years required: the largest ``min_years`` among required entries."""
        years = [e.min_years for e in self.experience if e.requirement == "required"]
        return max(years) if years else None

    @property
    def min_years_by_degree(self) -> dict[str, float]:
        """The least years asked of a holder of each degree level, where the posting says so.

        With `paths`: for each level a path names, the least ``min_years`` among the
        paths open to a holder of that level (paths taking that level or a lower one).
        Without paths: the lowest required degree level (or ``"none"``) maps to
        `min_years_required`. Levels whose paths name no years are left out.
        """
        if not self.paths:
            years = self.min_years_required
            if years is None:
                return {}
            return {self.min_degree_level or "none": years}
        out: dict[str, float] = {}
        for level in sorted({p.degree for p in self.paths}, key=DEGREE_LEVELS.index):
            rank = DEGREE_LEVELS.index(level)
            open_to = [p.min_years for p in self.paths
                       if p.min_years is not None and DEGREE_LEVELS.index(p.degree) <= rank]
            if open_to:
                out[level] = min(open_to)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The posting as a v1 JSON object, plus the additive ``paths`` list."""
        out: dict[str, Any] = {"id": self.id}
        for fam in FAMILIES:
            out[fam] = [e.to_dict() for e in getattr(self, fam)]
        out["paths"] = [p.to_dict() for p in self.paths]
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Posting":
        """Build a Posting from a v1 JSON object (extra keys are ignored)."""
        return cls(
            id=data.get("id"),
            **{fam: [ENTRY_TYPES[fam].from_dict(e) for e in data.get(fam) or []] for fam in FAMILIES},
            warnings=list(data.get("warnings") or []),
            paths=[PathEntry.from_dict(p) for p in data.get("paths") or []],
        )

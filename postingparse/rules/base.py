"""What every rule family looks like to the pipeline."""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from ..record import Entry
from ..vocabulary import Vocabularies
from .literals import scan_doc
from .scope import NOT_REQUIREMENTS, RequirementScope, Section, section_at
from .segments import Segments


@dataclass
class Context:
    """What the families share about one doc.

    Attributes:
        segments: The doc's lines and sentences.
        found: Entries found so far by earlier families, by family name
            (families run in the order degrees, experience, industries, methodologies, certifications).
        scope: The pipeline's requirement scope (the bundled vocabularies' one when None).
    """

    segments: Segments
    found: dict[str, list[Entry]] = field(default_factory=dict)
    scope: RequirementScope | None = None
    _levels: dict[tuple, dict[tuple, str | None]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        scan_doc(self.segments.text)  # the families' screens of the whole doc ask one pre-scan of its literals

    @cached_property
    def requirement_scope(self) -> RequirementScope:
        """The scope that finds cues and sections for this doc."""
        return self.scope or _bundled_scope()

    @cached_property
    def sections(self) -> list[Section]:
        """The doc's section headers, found once per doc and shared by the families and the scope."""
        return self.requirement_scope.sections(self.segments.text)

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def section_at(self, offset: int) -> Section | None:
        """The section holding ``offset`` ("Benefits", "Preferred Qualifications", ...), None outside any."""
        return section_at(self.sections, self._section_starts, offset)

    def requirement_levels(self, doc: Doc, entries: list[Entry]) -> list[str | None]:
        """The requirement the shared scope gives each of ``entries`` when they are all it is applied to (None
        where it drops one), read on copies: the entries are left as they are.

        A family may ask more than once for the same entries (certifications reads levels to drop subsumed
        names, then to pick first mentions); the scope over a doc of thousands of names runs once for them.
        """
        keys = [(e.family, e.start, e.end, getattr(e, "label", None)) for e in entries]
        memo_key = tuple(sorted(keys))
        levels = self._levels.get(memo_key)
        if levels is None:
            copies = [copy(e) for e in entries]
            kept, _, _ = self.requirement_scope.apply(doc, self.segments, copies, self.sections)
            kept_ids = {id(c) for c in kept}
            levels = self._levels[memo_key] = {
                key: c.requirement if id(c) in kept_ids else None for key, c in zip(keys, copies)
            }
        return [levels[key] for key in keys]

    def holds_no_requirements(self, family: str, offset: int) -> bool:
        """Whether ``offset`` lies in a section whose ``family`` entries the scope drops ("Benefits", "About us")."""
        section = self.section_at(offset)
        return section is not None and family in NOT_REQUIREMENTS.get(section.category, ())


@cache
def _bundled_scope() -> RequirementScope:
    return RequirementScope(None, Vocabularies())


class RuleFamily(Protocol):
    """A rule family finds the entries of one record field in a doc.

    Families build their matchers once in ``__init__`` and return entries with
    ``requirement`` left at "required": the requirement scope (``rules/scope.py``)
    decides preferred vs required for all families afterwards.
    """

    family: str

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None: ...

    def __call__(self, doc: Doc, context: Context) -> list[Entry]: ...

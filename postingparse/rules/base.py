"""What every rule family looks like to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from ..record import Entry
from ..vocabulary import Vocabularies
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

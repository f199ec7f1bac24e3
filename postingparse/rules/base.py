"""What every rule family looks like to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from ..record import Entry
from ..vocabulary import Vocabularies
from .segments import Segments


@dataclass
class Context:
    """What the families share about one doc.

    Attributes:
        segments: The doc's lines and sentences.
        found: Entries found so far by earlier families, by family name
            (families run in the order degrees, experience, industries, methodologies).
    """

    segments: Segments
    found: dict[str, list[Entry]] = field(default_factory=dict)


class RuleFamily(Protocol):
    """A rule family finds the entries of one record field in a doc.

    Families build their matchers once in ``__init__`` and return entries with
    ``requirement`` left at "required": the requirement scope (``rules/scope.py``)
    decides preferred vs required for all families afterwards.
    """

    family: str

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None: ...

    def __call__(self, doc: Doc, context: Context) -> list[Entry]: ...

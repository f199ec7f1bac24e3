"""The degrees rule family (work in progress: finds nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import DegreeEntry
from ..vocabulary import Vocabularies
from .base import Context


class DegreeRules:
    """Find degrees entries in a doc."""

    family = "degrees"

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        self.vocabularies = vocabularies

    def __call__(self, doc: Doc, context: Context) -> list[DegreeEntry]:
        return []

"""The industries rule family (work in progress: finds nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import IndustryEntry
from ..vocabulary import Vocabularies
from .base import Context


class IndustryRules:
    """Find industries entries in a doc."""

    family = "industries"

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        self.vocabularies = vocabularies

    def __call__(self, doc: Doc, context: Context) -> list[IndustryEntry]:
        return []

"""The experience rule family (work in progress: finds nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import ExperienceEntry
from ..vocabulary import Vocabularies
from .base import Context


class ExperienceRules:
    """Find experience entries in a doc."""

    family = "experience"

    def __init__(self, nlp: Language, vocabularies: Vocabularies) -> None:
        self.vocabularies = vocabularies

    def __call__(self, doc: Doc, context: Context) -> list[ExperienceEntry]:
        return []

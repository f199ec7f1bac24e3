"""The ``postingparse`` spaCy component: rule families, then requirement scope, then the record.

``nlp.add_pipe("postingparse")`` works on any English pipeline (the factory is
registered through the ``spacy_factories`` entry point). The component sets
``doc._.posting`` (a `Posting`) and puts the evidence spans in
``doc.spans["postingparse"]``, labelled by family, with the requirement cues
and section headers that decided each entry's scope, so that
``displacy.render(doc, style="span", options={"spans_key": "postingparse"})`` shows them.

Normalisation (``postingparse.normalize``: Unicode dashes and spaces, curly
quotes, entities, glued bullets) is done by `Extractor`, not by the component:
``nlp(text)`` in a user's own pipeline matches on ``text`` as it is. To get it
there too, build the doc from the normalised text and attach the `Normalized`::

    from postingparse.normalize import normalize
    norm = normalize(text)
    doc = nlp.make_doc(norm.text)
    doc._.normalized = norm
    doc = nlp(doc)

When ``doc._.normalized`` is set, the entries of ``doc._.posting`` carry
offsets and ``text`` of the ORIGINAL text (``norm.original[start:end] == entry.text``),
while ``doc.spans`` stay on the normalised doc.
"""

from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .record import ENTRY_TYPES, FAMILIES, Entry, Posting
from .rules.base import Context, RuleFamily
from .rules.certifications import CertificationRules
from .rules.degrees import MENTIONS, DegreeRules
from .rules.experience import ExperienceRules
from .rules.industries import IndustryRules
from .rules.literals import RECENT
from .rules.methodologies import MethodologyRules
from .rules.paths import PathRules
from .rules.scope import Cue, RequirementScope, Section
from .rules.segments import Segments
from .startup import collector_paused
from .vocabulary import Vocabularies

#: Span labels in ``doc.spans[spans_key]``, by family.
SPAN_LABELS = {"degrees": "DEGREE", "experience": "EXPERIENCE", "industries": "INDUSTRY", "methodologies": "METHODOLOGY",
               "certifications": "CERTIFICATION"}
#: Families run in this order; a later one reads the entries of earlier ones (`Context.found`).
FAMILY_CLASSES: tuple[type, ...] = (DegreeRules, ExperienceRules, IndustryRules, MethodologyRules, CertificationRules)

if not Doc.has_extension("posting"):
    Doc.set_extension("posting", default=None)
if not Doc.has_extension("normalized"):
    # A postingparse.normalize.Normalized: the doc's text is its ``.text``; entries map back to ``.original``.
    Doc.set_extension("normalized", default=None)


@Language.factory(
    "postingparse",
    default_config={"data_dir": None, "replace_data": False, "spans_key": "postingparse", "show_cues": True},
)
def make_postingparse(
    nlp: Language, name: str, data_dir: str | None, replace_data: bool, spans_key: str, show_cues: bool
) -> "PostingParser":
    """Build the postingparse component (the ``spacy_factories`` entry point)."""
    return PostingParser(nlp, name, data_dir=data_dir, replace_data=replace_data, spans_key=spans_key, show_cues=show_cues)


class PostingParser:
    """Find degrees, experience, industries, methodologies and certifications in a doc and build its `Posting`.

    Args:
        nlp (Language): The pipeline the component belongs to (its tokenizer and vocab are used).
        name (str): The component's name in the pipeline.
        data_dir (Optional[str]): A folder of vocabulary tables extending the bundled ones.
        replace_data (bool): The folder's tables replace the bundled ones instead.
        spans_key (str): The ``doc.spans`` key for the evidence spans.
        show_cues (bool): Also put the requirement cues of the entries' sentences and bullets
            and the section headers in the spans group.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "postingparse",
        *,
        data_dir: str | None = None,
        replace_data: bool = False,
        spans_key: str = "postingparse",
        show_cues: bool = True,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.show_cues = show_cues
        with collector_paused():  # also when added by ``nlp.add_pipe`` outside `build_pipeline`
            self.vocabularies = Vocabularies(data_dir, replace_data)
            self.families: list[RuleFamily] = [cls(nlp, self.vocabularies) for cls in FAMILY_CLASSES]
            self.scope = RequirementScope(nlp, self.vocabularies)
            self.paths = PathRules(self.vocabularies)
        _empty_tokenizer_cache(nlp)

    def __call__(self, doc: Doc) -> Doc:
        self._process([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Process ``docs`` in chunks of at most ``batch_size`` (and `RECENT`) docs, yielding them in order.

        Each step (segments and sections, each family, the scope, the record) runs over every doc of a chunk
        before the next step: a step's regexes and matchers stay in the processor's caches from one doc to the
        next (about a fifth less time than every step per doc). Every doc's record is the one ``self(doc)`` gives.
        """
        for chunk in minibatch(docs, max(1, min(batch_size, RECENT))):
            self._process(chunk)
            yield from chunk

    def match(self, doc: Doc) -> tuple[list[Entry], Context]:
        """Run every rule family over ``doc``; entries come back in family order."""
        return self._match([doc])[0]

    def _process(self, docs: list[Doc]) -> None:
        """Find, scope and record the entries of ``docs``, step by step over all of them."""
        matched = self._match(docs)
        scoped = [self.scope.apply(doc, context.segments, entries, context.sections) for doc, (entries, context) in zip(docs, matched)]
        for doc, (_, context), (entries, cues, sections) in zip(docs, matched, scoped):
            self.set_annotations(doc, entries, cues, sections, context.found.get(MENTIONS, []), context.segments.text)

    def _match(self, docs: list[Doc]) -> list[tuple[list[Entry], Context]]:
        """Every rule family over ``docs``, one family at a time; each doc's entries in family order."""
        contexts = [Context(segments=Segments(_doc_text(doc)), scope=self.scope) for doc in docs]
        for context in contexts:
            context.sections  # found once per doc, for the families and the scope
        for family in self.families:
            for doc, context in zip(docs, contexts):
                context.found[family.family] = family(doc, context)
        return [([e for family in self.families for e in context.found[family.family]], context) for context in contexts]

    def set_annotations(
        self, doc: Doc, entries: list[Entry], cues: list[Cue], sections: list[Section],
        degree_mentions: list[Entry] | None = None, text: str | None = None,
    ) -> None:
        """Write ``doc._.posting`` and the evidence spans.

        The spans are on ``doc``; the entries' offsets and ``text`` are mapped back to
        the original text when the doc was built from a normalised one (``doc._.normalized``).
        """
        spans = [self._span(doc, e.start, e.end, SPAN_LABELS[e.family]) for e in entries]
        if self.show_cues:
            spans += [self._span(doc, c.start, c.end, f"CUE_{c.category.upper()}") for c in cues]
            spans += [self._span(doc, s.start, s.header_end, f"SECTION_{s.category.upper()}") for s in sections]
        doc.spans[self.spans_key] = [s for s in spans if s is not None]
        by_family: dict[str, list] = {fam: [] for fam in FAMILIES}
        for entry in entries:
            by_family[entry.family].append(entry)
        for fam in FAMILIES:
            by_family[fam].sort(key=lambda e: (e.start, e.end))
        # Paths read the text between degree and experience entries, so before offsets move.
        # (``text`` is the doc's text as the families read it; ``doc.text`` would rebuild it from the tokens)
        text = text if text is not None else _doc_text(doc)
        paths = self.paths.find(text, by_family["degrees"], by_family["experience"], degree_mentions)
        normalized = doc._.normalized
        if normalized is not None:
            for entry in [*entries, *paths]:
                entry.start, entry.end = normalized.to_original(entry.start, entry.end)
                entry.text = normalized.original[entry.start : entry.end]
        doc._.posting = Posting(**by_family, paths=paths)

    @staticmethod
    def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
        return doc.char_span(start, end, label=label, alignment_mode="expand")


def _empty_tokenizer_cache(nlp: Language) -> None:
    """Empty the tokenizer's cache, which tokenizing the vocabularies' phrases has filled with them.

    The cache only remembers how a string was split, so tokens stay the same; but tens of
    thousands of pattern phrases in it made every later lookup slower (about 15% of the time
    spent tokenizing postings). Setting a spaCy tokenizer's rules empties its cache.
    """
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.rules = tokenizer.rules


def _doc_text(doc: Doc) -> str:
    """The doc's text: its `Normalized` text when it was built from one (``Doc.text`` joins every token in Python)."""
    normalized = doc._.normalized
    if normalized is not None and len(normalized.text) == _doc_length(doc):
        return normalized.text
    return doc.text


def _doc_length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


__all__ = ["PostingParser", "make_postingparse", "SPAN_LABELS", "ENTRY_TYPES"]

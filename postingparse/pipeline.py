"""Building the spaCy pipeline and the reusable `Extractor`."""

from __future__ import annotations

import itertools
import multiprocessing
import os
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from . import component  # noqa: F401  (registers the "postingparse" factory)
from .record import Posting

COMPONENT = "postingparse"


def build_pipeline(nlp: Language | None = None, *, data_dir: str | None = None, replace_data: bool = False) -> Language:
    """A pipeline with the postingparse component: ``spacy.blank("en")`` unless ``nlp`` is given.

    A trained pipeline works too; its other components run first and the
    postingparse component is added last (once).
    """
    if nlp is None:
        nlp = spacy.blank("en")
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, config={"data_dir": data_dir, "replace_data": replace_data})
    return nlp


def _check_text(text: object, argument: str = "text") -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(f"{argument} must be str, got bytes: decode it first (for example text.decode('utf-8'))")
    raise TypeError(f"{argument} must be str, got {type(text).__name__}")


class Extractor:
    """A reusable extractor: builds the pipeline once, then parses many postings.

    Args:
        nlp (Optional[Language]): A spaCy pipeline to add the component to; by
            default ``spacy.blank("en")`` (no model download, ever).
        data_dir (Optional[str]): A folder of vocabulary tables that extend the bundled ones.
        replace_data (bool): The folder's tables replace the bundled ones instead.

    Example:
        >>> ex = Extractor()
        >>> ex.parse("Bachelor's degree and 3-5 years of experience required.").experience[0].max_years
        5.0
    """

    def __init__(self, nlp: Language | None = None, *, data_dir: str | None = None, replace_data: bool = False) -> None:
        self.nlp = build_pipeline(nlp, data_dir=data_dir, replace_data=replace_data)

    def parse(self, text: str, id: str | None = None) -> Posting:
        """Extract the record of one posting."""
        doc = self.nlp(_check_text(text))
        posting: Posting = doc._.posting
        posting.id = id
        return posting

    def pipe(
        self,
        texts: Iterable[str],
        *,
        ids: Iterable[str | None] | None = None,
        batch_size: int = 64,
        n_process: int = 1,
    ) -> Iterator[Posting]:
        """Extract records from many texts, streaming, in input order.

        Args:
            texts (Iterable[str]): Posting texts (consumed lazily).
            ids (Optional[Iterable[str]]): One id per text; None leaves ids unset.
            batch_size (int): Texts per batch (and per task with several processes).
            n_process (int): Worker processes; -1 uses every core.
        """
        ids_iter = iter(ids) if ids is not None else itertools.repeat(None)
        checked = (_check_text(t, "texts[i]") for t in texts)
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process <= 1:
            for doc in self.nlp.pipe(checked, batch_size=batch_size):
                posting: Posting = doc._.posting
                posting.id = next(ids_iter)
                yield posting
            return
        for batch in _parallel_batches(self, checked, batch_size, n_process):
            for posting in batch:
                posting.id = next(ids_iter)
                yield posting


_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor


def _parse_batch(texts: list[str]) -> list[Posting]:
    assert _WORKER_EXTRACTOR is not None
    return [doc._.posting for doc in _WORKER_EXTRACTOR.nlp.pipe(texts, batch_size=len(texts) or 1)]


def _batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _parallel_batches(extractor: Extractor, texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[list[Posting]]:
    # fork shares the built pipeline with the workers for free; elsewhere the extractor is pickled once per worker.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(extractor,)) as pool:
        # imap keeps input order and pulls input lazily, a bounded window of batches ahead.
        yield from pool.imap(_parse_batch, _batched(texts, batch_size))


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    """The process-wide default `Extractor` (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def parse(text: str, id: str | None = None) -> Posting:
    """Extract the record of one posting with the default pipeline (``spacy.blank("en")``)."""
    return default_extractor().parse(text, id=id)

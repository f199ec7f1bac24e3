"""Building the spaCy pipeline and the reusable `Extractor`."""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import threading
import time
from collections import Counter
from typing import Any, Iterable, Iterator

import regex
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

from . import component  # noqa: F401  (registers the "postingparse" factory)
from .normalize import Normalizer
from .record import FAMILIES, Posting
from .startup import collector_paused

log = logging.getLogger("postingparse")

COMPONENT = "postingparse"
#: Default longest text (in characters, after normalisation) parsed as one doc; longer ones go in segments.
MAX_LENGTH = 1_000_000
_LAST_SPACE = regex.compile(r"\s", regex.REVERSE)


#: A slash between a letter and a digit splits too ("TPM/5S", "Lean/6 Sigma", "SPC/8D"): spaCy's English infixes
#: split a slash only before a letter, which left such names joined in one token that no phrase row matches.
_SLASH_BEFORE_DIGIT = r"(?<=[A-Za-z])/(?=[0-9])"


class _English(English):
    """English whose default infixes also split a slash between a letter and a digit.

    Its tokenizer is built once with them: replacing a built tokenizer's ``infix_finditer`` reloads
    every special case (~0.05 s of each start). Its config is ``spacy.blank("en")``'s.
    """

    class Defaults(English.Defaults):
        infixes = [*(English.Defaults.infixes or ()), _SLASH_BEFORE_DIGIT]


def blank_english() -> Language:
    """``spacy.blank("en")`` whose tokenizer also splits a slash between a letter and a digit ("TPM/5S")."""
    return _English.from_config()


def build_pipeline(nlp: Language | None = None, *, data_dir: str | None = None, replace_data: bool = False) -> Language:
    """A pipeline with the postingparse component: ``spacy.blank("en")`` (`blank_english`) unless ``nlp`` is given.

    A trained pipeline works too; its other components run first and the
    postingparse component is added last (once).
    """
    with collector_paused():
        if nlp is None:
            nlp = blank_english()
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

    Texts are normalised first (`postingparse.normalize`: Unicode dashes and spaces,
    curly quotes, HTML entities, glued bullets); entries report offsets and ``text``
    in the text as given (``text[entry.start:entry.end] == entry.text``).

    Args:
        nlp (Optional[Language]): A spaCy pipeline to add the component to; by
            default ``spacy.blank("en")`` (no model download, ever).
        data_dir (Optional[str]): A folder of vocabulary tables that extend the bundled ones.
        replace_data (bool): The folder's tables replace the bundled ones instead.
        max_length (int): The longest text (characters, after normalisation) parsed as
            one doc. A longer posting is parsed in segments of at most this length, cut
            at line breaks, and says so in ``Posting.warnings``; nothing is dropped.

    Example:
        >>> ex = Extractor()
        >>> ex.parse("Bachelor's degree and 3-5 years of experience required.").experience[0].max_years
        5.0
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        data_dir: str | None = None,
        replace_data: bool = False,
        max_length: int = MAX_LENGTH,
    ) -> None:
        if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
            raise ValueError(f"max_length must be a positive int, got {max_length!r}")
        self.nlp = build_pipeline(nlp, data_dir=data_dir, replace_data=replace_data)
        self.max_length = max_length
        self.nlp.max_length = max(self.nlp.max_length, max_length)
        self.normalizer = Normalizer(self.nlp.get_pipe(COMPONENT).vocabularies)

    def parse(self, text: str, id: str | None = None) -> Posting:
        """Extract the record of one posting.

        Args:
            text (str): The posting's text.
            id (Optional[str]): The caller's identifier, copied to ``Posting.id``.
        """
        posting = self._parse_batch([_check_text(text)])[0]
        posting.id = id
        return posting.attach_text(text)

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
        checked = (_check_text(t, f"texts[{i}]") for i, t in enumerate(texts))
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process <= 1:
            batches: Iterable[list[Posting]] = (self._parse_batch(batch) for batch in _batched(checked, batch_size))
        else:
            batches = _parallel_batches(self, checked, batch_size, n_process)
        for batch in batches:
            for posting in batch:
                posting.id = next(ids_iter, _MISSING)
                if posting.id is _MISSING:
                    raise ValueError("ids ran out before texts: give one id per text")
                yield posting

    # -- one batch: normalise, cut overlong texts, run the pipeline, put segments back together --
    def _parse_batch(self, texts: list[str]) -> list[Posting]:
        normalized = [self.normalizer(text) for text in texts]
        windows = [_windows(norm.text, self.max_length) for norm in normalized]

        def docs() -> Iterator[Doc]:
            for norm, cuts in zip(normalized, windows):
                for start, end in cuts:
                    part = norm if len(cuts) == 1 else norm.window(start, end)
                    doc = self.nlp.make_doc(part.text)
                    doc._.normalized = part
                    yield doc

        processed = iter(self.nlp.pipe(docs(), batch_size=max(1, len(texts))))
        postings = []
        for norm, cuts in zip(normalized, windows):
            parts: list[Posting] = [next(processed)._.posting for _ in cuts]
            postings.append(parts[0] if len(parts) == 1 else _merge(parts, len(norm.original), self.max_length))
        return postings


_MISSING: Any = object()


def _windows(text: str, max_length: int) -> list[tuple[int, int]]:
    """Cut ``text`` into spans of at most ``max_length``, at line breaks where it can (else at a space)."""
    spans = []
    start, n = 0, len(text)
    while n - start > max_length:
        limit = start + max_length
        cut = text.rfind("\n", start, limit) + 1
        if cut <= start:
            space = _LAST_SPACE.search(text, start + 1, limit)
            cut = space.end() if space else limit
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


#: Families that keep one entry per key within a posting (as the families do on a whole text).
_ONE_PER_KEY = {"degrees": ("level",), "industries": ("label", "role"), "methodologies": ("label", "detail"),
               "certifications": ("label",)}


def _merge(parts: list[Posting], length: int, max_length: int) -> Posting:
    merged = Posting()
    for fam in FAMILIES:
        entries = [e for part in parts for e in getattr(part, fam)]
        if fam in _ONE_PER_KEY:
            first: dict[tuple, object] = {}
            for entry in entries:
                first.setdefault(tuple(getattr(entry, k) for k in _ONE_PER_KEY[fam]), entry)
            entries = list(first.values())
        setattr(merged, fam, entries)
    merged.warnings = [w for part in parts for w in part.warnings]
    merged.warnings.append(
        f"text of {length:,} characters is longer than max_length={max_length:,}: parsed in {len(parts)} segments "
        "cut at line breaks where possible; a requirement split across a cut may be missed"
    )
    return merged


_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor


def _parse_batch(texts: list[str]) -> list[Posting]:
    assert _WORKER_EXTRACTOR is not None
    return _WORKER_EXTRACTOR._parse_batch(texts)


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


_Options = tuple[str | None, bool]
_CACHED: dict[_Options, Extractor] = {}
_BUILDS: Counter[_Options] = Counter()
_BUILD_LOCK = threading.Lock()


def cached_extractor(data_dir: str | None = None, replace_data: bool = False) -> Extractor:
    """This process's `Extractor` for these options, built on first use and kept for the process's life.

    The batch command's workers, Dask workers and `default_extractor` all take their pipeline
    from here, so a process builds each pipeline once. Each build is counted
    (`extractor_builds`) and logged at INFO level on the ``postingparse`` logger.

    Args:
        data_dir (Optional[str]): A folder of vocabulary tables extending the bundled ones.
        replace_data (bool): The folder's tables replace the bundled ones instead.

    Raises:
        FileNotFoundError: ``data_dir`` is not a folder here (on a cluster it must be readable
            at that path on every worker; a worker would otherwise quietly use the bundled tables).
    """
    key = _options(data_dir, replace_data)
    with _BUILD_LOCK:
        extractor = _CACHED.get(key)
        if extractor is None:
            if key[0] is not None and not os.path.isdir(key[0]):
                raise FileNotFoundError(
                    f"data_dir {key[0]!r} is not a folder on this machine: "
                    "on a cluster it must be readable at the same path by every worker"
                )
            started = time.perf_counter()
            extractor = _CACHED[key] = Extractor(data_dir=key[0], replace_data=key[1])
            _BUILDS[key] += 1
            log.info(
                "built the postingparse pipeline in process %d (data_dir=%r, replace_data=%r) in %.1f s",
                os.getpid(), key[0], key[1], time.perf_counter() - started,
            )
        return extractor


def extractor_builds(data_dir: str | None = None, replace_data: bool = False) -> int:
    """How many times `cached_extractor` has built the pipeline for these options in this process (0 or 1)."""
    return _BUILDS[_options(data_dir, replace_data)]


def _options(data_dir: str | None, replace_data: bool) -> _Options:
    return (str(data_dir) if data_dir else None, bool(replace_data))


def default_extractor() -> Extractor:
    """The process-wide default `Extractor` (``spacy.blank("en")`` and the bundled tables; built on first use)."""
    return cached_extractor()


def parse(text: str, id: str | None = None) -> Posting:
    """Extract the record of one posting with the default pipeline (``spacy.blank("en")``)."""
    return default_extractor().parse(text, id=id)

"""Extracting a stream of `Item`s in input order, in this process or in a pool of worker processes.

Why not `Extractor.pipe(n_process=N)` (``multiprocessing.Pool.imap``): a batch
needs what it does not give.

- Errors stay per posting: a posting whose extraction raises (or whose HTML
  is empty) becomes an error record and the batch goes on, where ``pipe``
  raises out of the whole run. A worker process that dies (killed, out of
  memory) is replaced and only the posting that killed it becomes an error
  (the lost chunks are retried, then one posting at a time); ``Pool.imap``
  waits forever for the result of a task whose worker died.
- Memory is bounded by design: at most ``2 * jobs * ZONE_SIZE`` postings are in
  flight (in tasks of ``chunk_size``) and input is read only as tasks are handed
  out (``Pool.imap``'s feeder thread reads ahead as far as the pipe to the
  workers takes).
- Small tasks, large memory zones: a task is small so that the workers finish
  together (the last task runs alone while the other core idles), while the spaCy
  memory zone a worker extracts in spans its tasks until it has seen `ZONE_SIZE`
  postings (a zone per small task costs CPU: every zone learns its common words again).
- Error items from the readers travel with their chunk, so records and
  errors come out in one input order (which is what makes ``--resume`` exact).

Workers are forked from this process after the pipeline is built, so they
share it and start instantly; where fork is missing, each worker builds its
own from the same factory.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import weakref
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from ..pipeline import Extractor
from ..record import Posting
from .documents import html_to_text
from .items import Item

#: What a chunk's postings turn into: a record, or an error message.
Outcome = Posting | str
Task = tuple[str, bool]

WORKER_DIED = "worker process died while extracting this posting"


def extract_one(extractor: Extractor, text: str, html: bool = False) -> Outcome:
    """The record of one posting's text, or an error message (empty text, extraction failure).

    Args:
        extractor (Extractor): The extractor to run.
        text (str): The posting's text (HTML when ``html``).
        html (bool): Convert the text from HTML first.
    """
    try:
        if html:
            text = html_to_text(text)
        if not text.strip():
            return "empty text (after HTML conversion)" if html else "empty text"
        return extractor.parse(text)
    except Exception as exc:  # one bad posting must not stop the batch
        return f"extraction failed: {type(exc).__name__}: {exc}"


#: Postings per spaCy memory zone, in this process or in a worker (see `Zones`): each zone learns the
#: words of its postings again, so small zones cost CPU (2,048 postings-large postings: zones of 64 +5-10%
#: against 256, of 16 +27%; of 1,024 -2-6% but about 5 MB more per process).
ZONE_SIZE = 256

#: Postings per worker task. A task's round trip costs little (the main process spends ~2% of the
#: workers' CPU on reading, handing out and writing); what a task's size decides is how long the last
#: one runs alone at the end of a batch (256 postings: about a second of one core).
CHUNK_SIZE = 64


def extract_items(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    factory: Callable[[], Extractor] = Extractor,
) -> Iterator[tuple[Item, Posting | None]]:
    """Extract every item's record, streaming, in input order.

    Args:
        items (Iterable[Item]): Items from the readers (consumed lazily); error items pass through.
        jobs (int): Worker processes; 1 extracts in this process.
        chunk_size (int): Items per task sent to a worker.
        factory (Callable[[], Extractor]): Builds the extractor (picklable where fork is missing).

    Yields:
        (Item, Posting | None): The item and its record (with ``id`` set), or
        the item with ``error`` set and None.
    """
    pieces = chunks(items, chunk_size)
    if jobs <= 1:
        with Zones(factory()) as zones:
            for chunk in pieces:
                yield from merge_outcomes(chunk, zones.extract(tasks_of(chunk)))
        return
    most = tasks_in_flight(jobs, chunk_size)
    with _Workers(jobs, factory) as workers:
        window: deque[tuple[list[Item], Future]] = deque()
        for chunk in pieces:
            window.append((chunk, workers.submit(tasks_of(chunk))))
            if len(window) >= most:
                yield from workers.finish(*window.popleft(), window)
        while window:
            yield from workers.finish(*window.popleft(), window)


def tasks_in_flight(jobs: int, chunk_size: int) -> int:
    """How many tasks may be in flight: ``2 * jobs * ZONE_SIZE`` postings, and at least two per worker.

    Two zones' worth per worker keep a worker that finishes early busy while the main process waits for
    the oldest task (results are merged in input order).
    """
    return max(2 * jobs, -(-2 * jobs * ZONE_SIZE // chunk_size))


class _Workers:
    """A process pool that is rebuilt when a worker dies, with the chunks it lost retried."""

    def __init__(self, jobs: int, factory: Callable[[], Extractor]) -> None:
        global _WORKER
        self.jobs = jobs
        self.factory = factory
        self.fork = "fork" in multiprocessing.get_all_start_methods()
        if self.fork:
            _WORKER = factory()  # forked workers inherit it, built once
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("fork" if self.fork else "spawn")
        initargs = (None if self.fork else self.factory, os.getpid())
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_start_worker, initargs=initargs)

    def submit(self, tasks: list[Task]) -> Future:
        return self.pool.submit(_extract_chunk, tasks)

    def finish(
        self, chunk: list[Item], future: Future, window: deque[tuple[list[Item], Future]]
    ) -> Iterator[tuple[Item, Posting | None]]:
        """The results of the oldest chunk; after a worker death, the lost chunks are retried in isolation."""
        try:
            results = future.result()
        except BrokenProcessPool:
            self._restart()
            results = self._isolated(chunk)
            # Every chunk in flight was lost with the pool: run them again, one at a time, so that a
            # posting that kills its worker is found and only it becomes an error.
            lost = [c for c, _ in window]
            window.clear()
            yield from merge_outcomes(chunk, results)
            for other in lost:
                yield from merge_outcomes(other, self._isolated(other))
            return
        yield from merge_outcomes(chunk, results)

    def _isolated(self, chunk: list[Item]) -> list[Outcome]:
        tasks = tasks_of(chunk)
        try:
            return self.submit(tasks).result()
        except BrokenProcessPool:
            self._restart()
            if len(tasks) <= 1:
                return [WORKER_DIED] * len(tasks)
            return [r for item in chunk for r in self._isolated([item])]

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def __enter__(self) -> "_Workers":
        return self

    def __exit__(self, *exc: object) -> None:
        global _WORKER
        self.pool.shutdown(wait=exc[0] is None, cancel_futures=True)
        _WORKER = None


_WORKER: Extractor | None = None


def _start_worker(factory: Callable[[], Extractor] | None, parent: int) -> None:
    global _WORKER, _ZONES
    _ZONES = None
    _die_with_parent(parent)
    # A worker must not react to the Ctrl-C meant for the batch: the main process shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if factory is not None:
        _WORKER = factory()


def _die_with_parent(parent: int) -> None:
    """Have Linux kill this worker when the main process dies (``kill -9``): idle workers would wait forever."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: an orphaned worker then waits until killed
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


#: The worker's zones, spanning its tasks (a worker exits with its last zone open: nothing to free then).
_ZONES: "Zones | None" = None


def _extract_chunk(tasks: list[Task]) -> list[Outcome]:
    global _ZONES
    assert _WORKER is not None, "worker started without an extractor"
    if _ZONES is None:
        _ZONES = Zones(_WORKER)
    return _ZONES.extract(tasks)


#: Extractors that have kept the strings of their first block (see `memory_zone`).
_WARM: weakref.WeakSet[Extractor] = weakref.WeakSet()


@contextlib.contextmanager
def memory_zone(extractor: Extractor) -> Iterator[None]:
    """A context in which the strings the extractor's vocab learns are forgotten on exit (spaCy 3.8+).

    spaCy adds every new token string to the vocab for good: over a million distinct postings that grows
    without bound (about 6 MB per 1,000 postings). Records are plain Python objects: build them inside
    the zone. Not for two threads at once on one extractor (the zone is the whole vocab's).

    The extractor's first block that learns anything keeps its strings: they are mostly the common
    words of postings, which every later block would otherwise learn again (that costs a fresh
    pipeline about 25% of its extraction time; one block's strings are a few MB).
    """
    zone = getattr(extractor.nlp, "memory_zone", None)
    if zone is None:
        yield
    elif extractor in _WARM:
        with zone():
            yield
    else:
        known = len(extractor.nlp.vocab.strings)
        yield
        if len(extractor.nlp.vocab.strings) > known:  # an empty block (Dask's meta) does not count
            _WARM.add(extractor)


def extract_chunk(extractor: Extractor, tasks: list[Task]) -> list[Outcome]:
    """`extract_one` of every ``(text, html)`` task, in the caller's memory zone (`Zones`, `using_extractor`)."""
    return [extract_one(extractor, text, html) for text, html in tasks]


class Zones:
    """`extract_one` of task after task, in memory zones of about ``size`` postings that span tasks.

    A zone closes after the task that brings its postings to ``size`` (or on `close`). Records are plain
    Python objects, and no doc outlives its task, so a zone may end between any two tasks.

    Args:
        extractor (Extractor): The extractor to run.
        size (int): Postings per zone.
    """

    def __init__(self, extractor: Extractor, size: int = ZONE_SIZE) -> None:
        self.extractor = extractor
        self.size = size
        self._zone: contextlib.ExitStack | None = None
        self._postings = 0

    def extract(self, tasks: list[Task]) -> list[Outcome]:
        """`extract_one` of every ``(text, html)`` task, in the current zone."""
        if self._zone is None:
            self._zone = contextlib.ExitStack()
            self._zone.enter_context(memory_zone(self.extractor))
        try:
            return extract_chunk(self.extractor, tasks)
        finally:
            self._postings += len(tasks)
            if self._postings >= self.size:
                self.close()

    def close(self) -> None:
        """End the current zone (its strings are forgotten)."""
        if self._zone is not None:
            zone, self._zone, self._postings = self._zone, None, 0
            zone.close()

    def __enter__(self) -> "Zones":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of ``size`` items (the last one shorter), read lazily."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def tasks_of(chunk: list[Item]) -> list[Task]:
    """The ``(text, html)`` tasks of a chunk's readable items (error items have none)."""
    return [(item.text, item.html) for item in chunk if item.error is None and item.text is not None]


def merge_outcomes(chunk: list[Item], results: list[Outcome]) -> Iterator[tuple[Item, Posting | None]]:
    """Each item of a chunk with its record (id and reading warnings set), or with ``error`` set and None.

    ``results`` are those of `tasks_of` ``(chunk)``.
    """
    outcomes = iter(results)
    for item in chunk:
        if item.error is not None or item.text is None:
            yield item, None
            continue
        outcome = next(outcomes)
        if isinstance(outcome, str):
            item.error = outcome
            yield item, None
        else:
            outcome.id = item.id
            if item.warnings:
                outcome.warnings[:0] = item.warnings
            yield item, outcome


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


__all__ = [
    "extract_items",
    "extract_one",
    "extract_chunk",
    "chunks",
    "tasks_of",
    "merge_outcomes",
    "memory_zone",
    "Zones",
    "tasks_in_flight",
    "default_jobs",
    "CHUNK_SIZE",
    "ZONE_SIZE",
    "WORKER_DIED",
]

"""Extraction one pandas partition at a time, for Dask, Spark or any engine that maps a function over frames.

`extract_partition` is `postingparse.analysis.extract_frame` with the two things a
cluster needs: the pipeline comes from `worker_extractor`, built once per process
from plain options (``data_dir``, ``replace_data``) and cached there, so that no
`Extractor` is ever pickled into a task; and the industry columns are those of the
vocabulary (``industry_columns="vocabulary"``), so every partition has the same
columns whatever it found. `tables_partition` does the same for the long tables
of `postingparse.frame.tables`. Both import neither Dask nor Spark:
`postingparse.dask` maps them over a dask DataFrame, and Spark's ``mapInPandas``
can map `extract_partition` directly (``docs/cluster.md``).

Threads of one process share its pipeline and take turns with it (extraction is
pure Python and holds the GIL anyway): run one thread per worker process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pandas as pd

from .analysis import extract_frame, extract_postings, posting_ids
from .frame import tables, typed_frame
from .io.parallel import memory_zone
from .pipeline import Extractor
from .record import Posting

log = logging.getLogger("postingparse")

#: The columns of the ``errors`` table of `tables_partition`.
ERROR_COLUMNS: dict[str, Any] = {"id": "string", "error": "string"}

_Key = tuple[str | None, bool]
_EXTRACTORS: dict[_Key, Extractor] = {}
_BUILDS: Counter[_Key] = Counter()
# Held while a pipeline is built or used: threads of a process take turns (a memory zone is the whole vocab's).
_LOCK = threading.RLock()


def worker_extractor(data_dir: str | None = None, replace_data: bool = False) -> Extractor:
    """This process's `Extractor` for these options, built on first use and cached for the process's life.

    Each build is counted (`pipeline_builds`) and logged at INFO level on the
    ``postingparse`` logger, with the process id and the time it took.

    Args:
        data_dir (Optional[str]): A folder of vocabulary tables extending the bundled ones;
            on a cluster it must be readable at that path on every worker.
        replace_data (bool): The folder's tables replace the bundled ones instead.

    Raises:
        FileNotFoundError: ``data_dir`` is not a folder here (a worker would otherwise
            quietly extract with the bundled tables only).
    """
    key = _key(data_dir, replace_data)
    with _LOCK:
        extractor = _EXTRACTORS.get(key)
        if extractor is None:
            if key[0] is not None and not os.path.isdir(key[0]):
                raise FileNotFoundError(
                    f"data_dir {key[0]!r} is not a folder on this machine: "
                    "on a cluster it must be readable at the same path by every worker"
                )
            started = time.perf_counter()
            extractor = _EXTRACTORS[key] = Extractor(data_dir=key[0], replace_data=key[1])
            _BUILDS[key] += 1
            log.info(
                "built the postingparse pipeline in process %d (data_dir=%r, replace_data=%r) in %.1f s",
                os.getpid(), key[0], key[1], time.perf_counter() - started,
            )
        return extractor


def pipeline_builds(data_dir: str | None = None, replace_data: bool = False) -> int:
    """How many times `worker_extractor` has built the pipeline for these options in this process (0 or 1)."""
    return _BUILDS[_key(data_dir, replace_data)]


def _key(data_dir: str | None, replace_data: bool) -> _Key:
    return (str(data_dir) if data_dir else None, bool(replace_data))


@contextlib.contextmanager
def using_extractor(data_dir: str | None = None, replace_data: bool = False) -> Iterator[Extractor]:
    """This process's `worker_extractor`, for this thread alone, forgetting the strings learned in the block.

    The block runs inside a spaCy memory zone (`postingparse.io.parallel.memory_zone`, which
    keeps the first block's strings), so a long-lived worker's memory does not grow with the
    postings it has seen.
    """
    with _LOCK:
        extractor = worker_extractor(data_dir, replace_data)
        with memory_zone(extractor):
            yield extractor


def extract_partition(
    df: pd.DataFrame,
    text: str = "text",
    id: str | None = None,
    *,
    data_dir: str | None = None,
    replace_data: bool = False,
    batch_size: int = 64,
) -> pd.DataFrame:
    """`extract_frame` of one partition, with this process's cached pipeline and the vocabulary's columns.

    Args:
        df (DataFrame): One posting per row (a partition).
        text (str): The column holding the posting texts.
        id (Optional[str]): A column naming each posting (see `extract_frame`).
        data_dir (Optional[str]): Vocabulary tables extending the bundled ones (readable on the worker).
        replace_data (bool): ``data_dir``'s tables replace the bundled ones instead.
        batch_size (int): Texts per batch given to the pipeline.

    Returns:
        DataFrame: `extract_frame`'s result with ``industry_columns="vocabulary"``: the same
        columns and types for every partition (an empty ``df`` gives the empty frame to use
        as a schema); rows that cannot be extracted say why in ``error``.

    Example:
        >>> df = pd.DataFrame({"text": ["Bachelor's degree required."]})
        >>> extract_partition(df)["min_degree_level"].tolist()
        ['bachelor']
    """
    with using_extractor(data_dir, replace_data) as extractor:
        return extract_frame(
            df, text=text, id=id, extractor=extractor, batch_size=batch_size, industry_columns="vocabulary"
        )


def tables_partition(
    df: pd.DataFrame,
    text: str = "text",
    id: str = "id",
    *,
    data_dir: str | None = None,
    replace_data: bool = False,
    batch_size: int = 64,
) -> dict[str, pd.DataFrame]:
    """The long tables (`postingparse.frame.tables`) of one partition, plus its ``errors``.

    Args:
        df (DataFrame): One posting per row (a partition).
        text (str): The column holding the posting texts.
        id (str): The column naming each posting: the tables' join key.
        data_dir, replace_data, batch_size: As `extract_partition`.

    Returns:
        dict[str, DataFrame]: ``postings``, ``degrees``, ``experience``, ``industries``,
        ``methodologies`` as `postingparse.frame.tables` (rows that were extracted), and
        ``errors``: ``id`` and ``error`` of every row that could not be.
    """
    with using_extractor(data_dir, replace_data) as extractor:
        outcomes = extract_postings(df, text=text, id=id, extractor=extractor, batch_size=batch_size)
        out = tables(o for o in outcomes if isinstance(o, Posting))
    ids = posting_ids(df, id)
    errors = [{"id": ids[i], "error": o} for i, o in enumerate(outcomes) if isinstance(o, str)]
    out["errors"] = typed_frame(errors, ERROR_COLUMNS)
    return out


__all__ = [
    "ERROR_COLUMNS",
    "extract_partition",
    "pipeline_builds",
    "tables_partition",
    "using_extractor",
    "worker_extractor",
]

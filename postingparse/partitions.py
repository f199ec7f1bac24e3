"""Extraction one pandas partition at a time, for Dask, Spark or any engine that maps a function over frames.

`extract_partition` is `postingparse.analysis.extract_frame` with the two things a
cluster needs: the pipeline comes from `postingparse.pipeline.cached_extractor`, built once per process
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
import threading
from collections.abc import Iterator
from typing import Any

import pandas as pd

from .analysis import extract_frame, extract_postings, posting_ids
from .frame import tables, typed_frame
from .io.parallel import memory_zone
from .pipeline import Extractor, cached_extractor
from .record import Posting

#: The columns of the ``errors`` table of `tables_partition`.
ERROR_COLUMNS: dict[str, Any] = {"id": "string", "error": "string"}

# Held while a pipeline is used: threads of a process take turns (a memory zone is the whole vocab's).
_LOCK = threading.RLock()


@contextlib.contextmanager
def using_extractor(data_dir: str | None = None, replace_data: bool = False) -> Iterator[Extractor]:
    """This process's `cached_extractor`, for this thread alone, forgetting the strings learned in the block.

    The block runs inside a spaCy memory zone (`postingparse.io.parallel.memory_zone`, which
    keeps the first block's strings), so a long-lived worker's memory does not grow with the
    postings it has seen.
    """
    with _LOCK:
        extractor = cached_extractor(data_dir, replace_data)
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
    "tables_partition",
    "using_extractor",
]

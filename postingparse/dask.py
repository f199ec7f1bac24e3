"""Extraction on a Dask cluster: a dask DataFrame of postings in, dask DataFrames of records out.

Needs the ``dask`` extra (``pip install "postingparse[dask]"``), and postingparse
installed on every worker. Each partition goes through the same pandas function
as a single process, `postingparse.partitions.extract_partition` (that is,
`extract_frame` with the vocabulary's industry columns), so the records are the
ones `extract_frame(df, industry_columns="vocabulary")` gives. A task carries only
the function's name and its options: each worker process builds the pipeline
once, on its first partition, and keeps it (`worker_builds` counts the builds).

    from dask.distributed import Client
    import dask.dataframe as dd
    import postingparse.dask

    client = Client("tcp://scheduler:8786")          # or Client(LocalCluster(...))
    postings = dd.read_parquet("postings/")           # one posting per row
    records = postingparse.dask.extract(postings, text="description", id="job_id")
    records.to_parquet("records/")

``docs/cluster.md`` has the whole story (partition sizes, custom vocabularies, Spark).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import dask
import dask.dataframe as dd

from .partitions import ERROR_COLUMNS, extract_partition, tables_partition
from .pipeline import extractor_builds

if TYPE_CHECKING:
    from distributed import Client


def extract(
    ddf: dd.DataFrame,
    text: str = "text",
    id: str | None = None,
    *,
    data_dir: str | None = None,
    replace_data: bool = False,
    batch_size: int = 64,
) -> dd.DataFrame:
    """The records of every posting of a dask DataFrame, one row each (lazy, like every dask DataFrame).

    Args:
        ddf (dask.dataframe.DataFrame): One posting per row.
        text (str): The column holding the posting texts.
        id (Optional[str]): A column naming each posting; its values (as strings) become the
            records' ids and the result's ``id`` column. With None the index identifies the rows.
        data_dir (Optional[str]): Vocabulary tables extending the bundled ones: a path that every
            worker (and this process, which builds the result's schema) can read.
        replace_data (bool): ``data_dir``'s tables replace the bundled ones instead.
        batch_size (int): Texts per batch given to the pipeline within a partition.

    Returns:
        dask.dataframe.DataFrame: ``ddf``'s columns other than ``text``, then the columns of
        `extract_frame` with ``industry_columns="vocabulary"`` and ``error``, with ``ddf``'s
        index and partitions. Rows whose text is missing, empty or not a string hold missing
        values and say why in ``error``.

    Raises:
        KeyError: ``text`` or ``id`` is not a column of ``ddf``.
    """
    options = _options(text, id, data_dir, replace_data, batch_size)
    meta = extract_partition(ddf._meta, **options)  # builds this process's pipeline (once) for the schema
    return ddf.map_partitions(extract_partition, **options, meta=meta)


def tables(
    ddf: dd.DataFrame,
    text: str = "text",
    id: str = "id",
    *,
    data_dir: str | None = None,
    replace_data: bool = False,
    batch_size: int = 64,
) -> dict[str, dd.DataFrame]:
    """The long tables of every posting of a dask DataFrame (`postingparse.frame.tables`), plus ``errors``.

    The tables of a partition come from one extraction: compute or write them together
    (``dask.compute(*t.values())``, or ``to_parquet(..., compute=False)`` for each and one
    ``dask.compute``); computing them one by one extracts every partition once per table.

    Args:
        ddf (dask.dataframe.DataFrame): One posting per row.
        text (str): The column holding the posting texts.
        id (str): The column naming each posting: the tables' join key.
        data_dir, replace_data, batch_size: As `extract`.

    Returns:
        dict[str, dask.dataframe.DataFrame]: ``postings``, ``degrees``, ``experience``,
        ``industries``, ``methodologies`` (columns as `postingparse.frame`), and ``errors``
        (``id``, ``error``) for the rows that could not be extracted.
    """
    options = _options(text, id, data_dir, replace_data, batch_size)
    metas = tables_partition(ddf._meta, **options)
    parts = [dask.delayed(tables_partition, pure=True)(part, **options) for part in ddf.to_delayed()]
    # from_delayed would turn object columns into strings; ours hold lists (degree fields, labels).
    with dask.config.set({"dataframe.convert-string": False}):
        return {
            name: dd.from_delayed([part[name] for part in parts], meta=meta, verify_meta=False)
            for name, meta in metas.items()
        }


def worker_builds(client: Client, data_dir: str | None = None, replace_data: bool = False) -> dict[str, int]:
    """How many times each worker process of a cluster has built the pipeline for these options.

    1 after any number of partitions (0 for a worker that has run none): the evidence
    that the pipeline is cached per worker, not built per task.

    Args:
        client (distributed.Client): A client of the cluster.
        data_dir, replace_data: The options given to `extract` / `tables`.

    Returns:
        dict[str, int]: Worker address to number of builds.
    """
    return client.run(extractor_builds, _absolute(data_dir), replace_data)


def _options(text: str, id: str | None, data_dir: str | None, replace_data: bool, batch_size: int) -> dict[str, Any]:
    return {
        "text": text,
        "id": id,
        "data_dir": _absolute(data_dir),
        "replace_data": replace_data,
        "batch_size": batch_size,
    }


def _absolute(data_dir: str | None) -> str | None:
    """``data_dir`` as an absolute path: a worker's working folder is its own."""
    return os.path.abspath(data_dir) if data_dir else None


__all__ = ["ERROR_COLUMNS", "extract", "extract_partition", "tables", "tables_partition", "worker_builds"]

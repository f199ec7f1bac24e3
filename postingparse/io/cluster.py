"""``postingparse extract --dask``: the batch on a Dask cluster, written as partitioned Parquet.

The inputs are read here, by the same readers as a local batch (`Inputs`: the
same ids, sources and error items), and cut into partitions of
``chunk_size`` postings. Each partition is one task: a worker extracts it with
its cached pipeline (`postingparse.partitions.using_extractor`, built once per
worker process from ``data_dir``/``replace_data``) and writes it with the local
batch's writers as one part file of each output folder:

- ``OUTPUT/part.00000.parquet``, ...: one summary row per posting (as ``-o FILE.parquet``);
- ``TABLES/<table>/part.00000.parquet``, ...: the long tables (as ``--tables``).

The part files hold the same rows as a local batch's files, in input order
when read back in file order (part files of an earlier run are removed first).
Only the error items come back here, written in input order to the error log;
a partition whose task fails (its worker died, after Dask's retries) becomes
error items, and whatever it wrote is removed: records + errors still add up
to the inputs. At most ``2 * workers`` partitions are in flight, so memory
stays bounded whatever the input size. The folders must be on a file system
the workers share with this machine; a first task checks that they see them.
"""

from __future__ import annotations

import glob
import logging
import os
from collections import deque
from contextlib import ExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..frame import TABLES
from ..partitions import using_extractor
from ..pipeline import cached_extractor
from .batch import BatchError, BatchOptions, BatchReport
from .items import Item
from .parallel import chunks, default_jobs, extract_chunk, merge_outcomes, tasks_of
from .sources import Inputs
from .writers import ErrorLog, ParquetSummary, ParquetTables

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"
PART = "part.{:05d}"
PARTITION_FAILED = "the Dask task of this posting's partition failed (try a smaller --chunk-size)"


class ClusterError(BatchError):
    """The cluster cannot be reached or cannot see the output folders."""


@dataclass(frozen=True)
class Plan:
    """What every partition task needs besides its items (small: sent with each task).

    Attributes:
        output: The summary folder, or None.
        tables: The long tables' folder, or None.
        keep: Kept field names.
        data_dir: Vocabulary tables for the workers' pipelines.
        replace_data: ``data_dir``'s tables replace the bundled ones.
    """

    output: str | None
    tables: str | None
    keep: tuple[str, ...]
    data_dir: str | None
    replace_data: bool

    def folders(self) -> list[str]:
        """The folders that get part files: ``output``, and one per table under ``tables``."""
        tables = [os.path.join(self.tables, name) for name in TABLES] if self.tables else []
        return ([self.output] if self.output else []) + tables


def local_workers(address: str) -> int | None:
    """The number of workers of a ``local`` or ``local:N`` address (0 for all cores); None for a scheduler address.

    Raises:
        ValueError: ``local:`` followed by something other than a positive number.
    """
    if address == LOCAL:
        return 0
    if not address.startswith(LOCAL + ":"):
        return None
    count = address[len(LOCAL) + 1 :]
    if not count.isdigit() or int(count) < 1:
        raise ValueError(f"--dask {address}: expected local:N with N a positive number of workers")
    return int(count)


def connect(address: str, stack: ExitStack) -> Client:
    """A client of the scheduler at ``address``, or of a new `LocalCluster` for ``local[:N]`` (closed with ``stack``).

    A local cluster has N worker processes of one thread each (all cores for ``local``),
    without the workers' statistical profiler.
    """
    import dask
    from distributed import Client, LocalCluster

    workers = local_workers(address)
    try:
        if workers is None:
            return stack.enter_context(Client(address, timeout="30s"))
        # The workers' statistical profiler samples the running task's stack every 10 ms:
        # about 10% of the time of a pure-Python task like ours, for a dashboard nobody looks at here.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(
                n_workers=workers or default_jobs(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            )
        stack.enter_context(cluster)
        return stack.enter_context(Client(cluster))
    except OSError as exc:  # distributed raises OSError (TimeoutError) for a scheduler it cannot reach
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def run_on_cluster(
    options: BatchOptions, inputs: Inputs, report: BatchReport, errors: ErrorLog, bar: Any = None
) -> None:
    """Extract ``inputs`` on the cluster ``options.dask``; count into ``report``, errors to ``errors``.

    Args:
        options (BatchOptions): The batch (``dask`` set; checked by `run_batch`).
        inputs (Inputs): The inputs, read here.
        report (BatchReport): Receives the number of records.
        errors (ErrorLog): Receives the error items, in input order.
        bar (Optional[tqdm]): A progress bar to advance.

    Raises:
        ClusterError: The scheduler cannot be reached, or its workers cannot see the
            output folders or build the pipeline (before any partition is sent).
    """
    assert options.dask is not None
    plan = Plan(  # absolute paths: a worker's working folder is its own
        output=os.path.abspath(options.output) if options.output else None,
        tables=os.path.abspath(options.tables) if options.tables else None,
        keep=tuple(options.read.keep),
        data_dir=os.path.abspath(options.data_dir) if options.data_dir else None,
        replace_data=options.replace_data,
    )
    with ExitStack() as stack:
        client = connect(options.dask, stack)
        _check_workers(client, prepare_folders(plan), plan)
        window: deque[tuple[int, list[Item], Any]] = deque()
        in_flight = 2 * max(sum(client.nthreads().values()), 1)
        for number, chunk in enumerate(chunks(inputs, options.chunk_size)):
            window.append((number, chunk, client.submit(write_partition, chunk, number, plan, pure=False)))
            if len(window) >= in_flight:
                _collect(*window.popleft(), plan, report, errors, bar)
        while window:
            _collect(*window.popleft(), plan, report, errors, bar)


def prepare_folders(plan: Plan) -> list[str]:
    """Make the output folders and remove the part files a previous run left there; the folders."""
    for folder in plan.folders():
        os.makedirs(folder, exist_ok=True)
        for old in glob.glob(os.path.join(folder, "part.*.parquet*")):
            os.remove(old)
    return plan.folders()


def _check_workers(client: Client, folders: list[str], plan: Plan) -> None:
    """Fail early when a worker cannot see the output folders or cannot build the pipeline."""
    try:
        missing = client.submit(_missing_folders, folders, plan.data_dir, plan.replace_data, pure=False).result()
    except Exception as exc:  # noqa: BLE001  (the worker cannot build the pipeline: bad data_dir, no postingparse)
        raise ClusterError(f"a Dask worker cannot build the postingparse pipeline: {type(exc).__name__}: {exc}") from None
    if missing:
        raise ClusterError(
            f"the Dask workers do not see the output folder(s) {', '.join(missing)}: "
            "give folders on a file system shared with the workers"
        )


def _missing_folders(folders: list[str], data_dir: str | None, replace_data: bool) -> list[str]:
    cached_extractor(data_dir, replace_data)
    return [f for f in folders if not os.path.isdir(f)]


def write_partition(items: list[Item], number: int, plan: Plan) -> tuple[int, list[Item]]:
    """Extract one partition on a worker and write its part files; the number of records and the error items.

    Args:
        items (list[Item]): The partition's items as read (error items pass through).
        number (int): The partition's number: its part files are ``part.<number>.parquet``.
        plan (Plan): The folders and the pipeline's options.
    """
    with using_extractor(plan.data_dir, plan.replace_data) as extractor:  # in its memory zone
        pairs = list(merge_outcomes(items, extract_chunk(extractor, tasks_of(items))))
    part = PART.format(number)
    writers: list[Any] = []
    if plan.output:
        writers.append(ParquetSummary(os.path.join(plan.output, part + ".parquet"), plan.keep))
    if plan.tables:
        writers.append(ParquetTables(plan.tables, plan.keep, part=part))
    for item, posting in pairs:
        if posting is not None:
            for writer in writers:
                writer.write(item, posting)
    for writer in writers:
        writer.close()
    failed = [Item(item.id, item.source, error=item.error) for item, posting in pairs if posting is None]
    return len(pairs) - len(failed), failed


def _collect(
    number: int, chunk: list[Item], future: Any, plan: Plan, report: BatchReport, errors: ErrorLog, bar: Any
) -> None:
    """Count a finished partition and log its errors; a partition whose task failed is all errors."""
    try:
        records, failed = future.result()
    except Exception as exc:  # noqa: BLE001  (a worker died on it, after Dask's retries: never stop the batch)
        _remove_parts(plan, number)
        message = f"{PARTITION_FAILED}: {type(exc).__name__}: {exc}"
        records, failed = 0, [Item(i.id, i.source, error=i.error or message) for i in chunk]
    report.records += records
    for item in failed:
        errors.write(item)
    if bar is not None:
        bar.update(records + len(failed))


def _remove_parts(plan: Plan, number: int) -> None:
    """Remove whatever a failed partition's task wrote, so that its postings are only errors."""
    for folder in plan.folders():
        for path in glob.glob(os.path.join(folder, PART.format(number) + ".parquet*")):
            os.remove(path)


__all__ = ["ClusterError", "Plan", "connect", "local_workers", "prepare_folders", "run_on_cluster", "write_partition"]

"""Extraction on a local Dask cluster of 1 and 2 workers against one process: same records? how much faster?

    python benchmarks/make_corpus.py 20000 --source large --source small -o /tmp/postings-20k.jsonl
    python benchmarks/dask_scaling.py /tmp/postings-20k.jsonl --partition-size 500

Steps, on the ``id``/``title``/``text`` columns of the corpus:

1. one process: ``extract_frame(df, industry_columns="vocabulary")`` (with a new
   pipeline, built first, not timed);
2. for 1 and 2 workers (``LocalCluster``, processes of one thread each): the
   input persisted on the workers first, then ``postingparse.dask.extract(...)
   .compute()`` timed (it includes each worker's one pipeline build), its frame
   compared cell by cell with step 1's, the builds per worker and the
   partitions each ran (from the task stream);
3. scheduler overhead per partition: a no-op ``map_partitions`` over the same
   persisted partitions (median of ``--rounds`` passes, divided by the
   partitions), and from the real run's task stream, the part of the
   workers' wall time not spent inside a task, per partition.

Dask workers sample the running task's stack every 10 ms for the dashboard's
profile, which costs pure-Python extraction about 10%; the clusters here run
without it, as ``postingparse extract --dask local:N`` does (``--profiler``
keeps it). Run it from a copy of the code that nobody edits meanwhile: every
worker process loads the vocabularies when it starts. The machine is shared
and noisy: read the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import statistics
import time
import warnings
from collections import Counter
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster, get_task_stream, wait

import postingparse.dask as ppd
from postingparse.analysis import extract_frame
from postingparse.pipeline import Extractor


def load(path: Path, count: int | None) -> pd.DataFrame:
    """The corpus's ``id``, ``title`` and ``text`` columns, typed as dask hands them to the partitions."""
    df = pd.read_json(path, lines=True, dtype=False, nrows=count)[["id", "title", "text"]]
    return dd.from_pandas(df, npartitions=1).compute()


def differing_cells(a: pd.DataFrame, b: pd.DataFrame) -> int:
    """Cells that differ between two frames of the same columns and rows (both missing counts as equal)."""
    return sum(
        not same_cell(x, y) for column in a.columns for x, y in zip(a[column].tolist(), b[column].tolist())
    )


def same_cell(x: object, y: object) -> bool:
    if isinstance(x, list) or isinstance(y, list):
        return x == y
    if pd.isna(x) or pd.isna(y):
        return bool(pd.isna(x) and pd.isna(y))
    return bool(x == y)


def digest(frame: pd.DataFrame) -> str:
    """A short hash of a frame's content (as JSON lines) and dtypes."""
    text = frame.to_json(orient="records", lines=True) + str(frame.dtypes.to_dict())
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def run_cluster(df: pd.DataFrame, workers: int, partitions: int, rounds: int, profiler: bool) -> dict:
    """One cluster of ``workers``: the timed extraction, its task stream, the builds and the no-op overhead."""
    with dask.config.set({"distributed.worker.profile.enabled": profiler}):
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
        )
    with cluster, Client(cluster) as client:
        ddf = dd.from_pandas(df, npartitions=partitions).persist()
        wait(ddf)
        records = ppd.extract(ddf, text="text", id="id")
        with get_task_stream(client) as stream:
            started = time.perf_counter()
            result = records.compute()
            wall = time.perf_counter() - started
        tasks = [t for t in stream.data if "extract_partition" in str(t["key"])]
        busy = sum(s["stop"] - s["start"] for t in tasks for s in t["startstops"] if s["action"] == "compute")
        per_worker = Counter(t["worker"] for t in tasks)
        builds = ppd.worker_builds(client)
        noop = []
        for _ in range(rounds):
            started = time.perf_counter()
            ddf.map_partitions(len, meta=(None, "int64")).compute()
            noop.append(time.perf_counter() - started)
    return {
        "result": result,
        "wall": wall,
        "tasks": len(tasks),
        "busy": busy,
        "per_worker": per_worker,
        "builds": builds,
        "noop": statistics.median(noop),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="JSON Lines with id, title, text (make_corpus.py)")
    parser.add_argument("--count", type=int, default=None, help="only the first N postings")
    parser.add_argument("--partition-size", type=int, default=500, help="postings per partition (default: 500)")
    parser.add_argument("--rounds", type=int, default=5, help="no-op passes for the overhead median (default: 5)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of every measurement, interleaved (default: 1)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="cluster sizes (default: 1 2)")
    parser.add_argument(
        "--profiler", action="store_true", help="keep the workers' statistical profiler on (Dask's default; ~10%% slower)"
    )
    args = parser.parse_args()
    # Persisting the input sends the texts with the graph (the point here is extraction, not loading).
    warnings.filterwarnings("ignore", message="Sending large graph")

    df = load(args.corpus, args.count)
    partitions = max(1, -(-len(df) // args.partition_size))
    print(f"{len(df):,} postings ({df['text'].nunique():,} distinct texts), {partitions} partitions "
          f"of about {args.partition_size}")

    walls: dict[str, list[float]] = {"one process": [], **{f"{w} worker(s)": [] for w in args.workers}}
    for round_ in range(1, args.repeat + 1):
        print(f"\n-- round {round_} of {args.repeat}")
        extractor = Extractor()  # a new one each round, as new workers are: no strings learned in an earlier round
        started = time.perf_counter()
        single = extract_frame(df, text="text", id="id", extractor=extractor, industry_columns="vocabulary")
        walls["one process"].append(time.perf_counter() - started)
        print(f"one process, extract_frame: {walls['one process'][-1]:,.1f} s; {single.shape[1]} columns, "
              f"{int(single['error'].notna().sum())} error rows, digest {digest(single)}; "
              f"load average {os.getloadavg()[0]:.2f}")
        for workers in args.workers:
            run = run_cluster(df, workers, partitions, args.rounds, args.profiler)
            walls[f"{workers} worker(s)"].append(run["wall"])
            report(run, single, workers, len(df), partitions, args.rounds)

    print(f"\n-- wall times, median of {args.repeat} round(s) (postings/s, speed-up over one process)")
    base = statistics.median(walls["one process"])
    for name, times in walls.items():
        wall = statistics.median(times)
        print(f"{name:>12}: {wall:7,.1f} s  ({len(df) / wall:5,.0f}/s, {base / wall:.2f}x)   rounds: "
              + ", ".join(f"{t:,.1f}" for t in times) + f"   best: {min(times):,.1f}")
    if 1 in args.workers and 2 in args.workers:
        one, two = statistics.median(walls["1 worker(s)"]), statistics.median(walls["2 worker(s)"])
        print(f"2 workers vs 1: {one / two:.2f}x faster")


def report(run: dict, single: pd.DataFrame, workers: int, postings: int, partitions: int, rounds: int) -> None:
    """Print one cluster run: its wall time, the comparison with one process, builds and overheads."""
    result = run["result"]
    same = result.shape == single.shape and list(result.columns) == list(single.columns)
    diff = differing_cells(result, single) if same else None
    try:
        pd.testing.assert_frame_equal(result, single)
        identical = "identical (assert_frame_equal)"
    except AssertionError as exc:
        identical = f"DIFFERENT: {str(exc).splitlines()[0]}"
    overhead = (run["wall"] * workers - run["busy"]) / max(run["tasks"], 1)
    print(f"{workers} worker(s): {run['wall']:,.1f} s ({postings / run['wall']:,.0f} postings/s); "
          f"load average {os.getloadavg()[0]:.2f} (2 cores)")
    print(f"  records: {result.shape[0]:,} rows x {result.shape[1]} columns, differing cells: {diff}, "
          f"digest {digest(result)}: {identical}")
    print(f"  pipeline builds per worker: {sorted(run['builds'].values())} "
          f"after partitions per worker: {sorted(run['per_worker'].values())}")
    print(f"  per partition: {run['busy'] / max(run['tasks'], 1):.2f} s inside the task; outside it "
          f"(scheduling, transfer, idle) {overhead * 1000:,.0f} ms; no-op map_partitions "
          f"{run['noop'] / partitions * 1000:,.1f} ms (median of {rounds} passes)")


if __name__ == "__main__":
    main()

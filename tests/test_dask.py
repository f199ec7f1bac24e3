"""Extraction on a real Dask cluster (``distributed.LocalCluster``, 2 worker processes): the same records as one process.

The cluster is started once for the module; the bundled corpus (42 postings)
goes through it in several partitions. What must hold: `postingparse.dask.extract`
equals `extract_frame(..., industry_columns="vocabulary")` on the same pandas frame,
its meta is what the partitions hold, bad rows are error rows, `tables` equals
`frame.tables`, each worker builds the pipeline once whatever the number of
partitions, no task carries an `Extractor`, and ``extract --dask`` writes
Parquet part files whose rows are the single-process command's. (``import postingparse``
imports neither pandas nor dask: ``test_analysis.test_public_names_are_lazy``.)
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import cloudpickle
import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import postingparse
import postingparse.dask as ppd
from postingparse import cli, frame
from postingparse.analysis import (
    extract_frame,
    extract_postings,
    industry_keys,
    to_frame,
)
from postingparse.frame import TABLES
from postingparse.io import BatchReport, Item
from postingparse.io.cluster import PARTITION_FAILED, Plan, _collect, prepare_folders
from postingparse.io.writers import ErrorLog
from postingparse.pipeline import Extractor

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "postings").glob("*.txt"))
CUSTOM_INDUSTRY = {"label": "space_tourism", "terms": ["space tourism"]}
CUSTOM_METHOD = {"label": "theory_of_constraints", "pattern": "theory of constraints"}


@pytest.fixture(scope="module")
def client() -> Client:
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def postings() -> pd.DataFrame:
    """The bundled corpus: ``id``, ``title`` (a user column) and ``text``, as dask hands it to the partitions."""
    df = pd.DataFrame({
        "id": [p.stem for p in CORPUS],
        "title": [p.stem.replace("_", " ") for p in CORPUS],
        "text": [p.read_text(encoding="utf-8") for p in CORPUS],
    })
    return dd.from_pandas(df, npartitions=5).compute()  # dask's string columns, as the partitions get them


def test_extract_equals_extract_frame(client: Client, postings: pd.DataFrame) -> None:
    ddf = dd.from_pandas(postings, npartitions=5)
    result = ppd.extract(ddf, id="id").compute()
    expected = extract_frame(postings, text="text", id="id", industry_columns="vocabulary")
    pd.testing.assert_frame_equal(result, expected)
    assert result["error"].isna().all() and result["min_degree_level"].notna().any()


def test_meta_is_what_the_partitions_hold(client: Client, postings: pd.DataFrame) -> None:
    out = ppd.extract(dd.from_pandas(postings, npartitions=3), id="id")
    computed = out.compute()
    assert list(out.columns) == list(computed.columns)
    pd.testing.assert_series_equal(out._meta.dtypes, computed.dtypes)
    assert out._meta["min_degree_level"].dtype == frame.LEVEL_DTYPE
    assert out._meta["methodologies"].dtype == object and isinstance(computed["methodologies"].iloc[0], list)
    # Every industry key of the vocabulary has its columns, found or not: partitions agree on them.
    assert {"industry_311", "industry_311_employer", "industry_31_33_experience"} <= set(out.columns)


def test_bad_rows_become_error_rows(client: Client) -> None:
    rows = pd.DataFrame({
        "ref": [1, 2, 3, 4, 5, 6],
        "text": [None, 42, "", "   ", "Bachelor's degree required.", "3+ years of experience required."],
    })
    with dask.config.set({"dataframe.convert-string": False}):  # keep the int among the texts
        ddf = dd.from_pandas(rows, npartitions=2)
    result = ppd.extract(ddf, id="ref").compute()
    assert result["error"].tolist()[:4] == ["missing text", "text is int, not str", "empty text", "empty text"]
    assert result["error"].iloc[4:].isna().all()
    assert result["min_degree_level"].iloc[4] == "bachelor" and result["min_years_required"].iloc[5] == 3.0
    assert result["id"].tolist() == ["1", "2", "3", "4", "5", "6"]
    pd.testing.assert_frame_equal(result, extract_frame(rows, text="text", id="ref", industry_columns="vocabulary"))
    with pytest.raises(KeyError):
        ppd.extract(ddf, text="body")


def test_tables_equal_frame_tables(client: Client, postings: pd.DataFrame) -> None:
    rows = pd.concat([postings, pd.DataFrame({"id": ["blank"], "title": ["x"], "text": [""]})], ignore_index=True)
    tables = ppd.tables(dd.from_pandas(rows, npartitions=4), id="id")
    assert list(tables) == [*TABLES, "errors"]
    computed = dict(zip(tables, dask.compute(*tables.values())))
    expected = frame.tables(p for p in extract_postings(rows, text="text", id="id") if not isinstance(p, str))
    for name in TABLES:
        pd.testing.assert_frame_equal(computed[name].reset_index(drop=True), expected[name])
        pd.testing.assert_series_equal(tables[name]._meta.dtypes, computed[name].dtypes)
    assert computed["errors"].to_dict("records") == [{"id": "blank", "error": "empty text"}]


def test_pipeline_is_built_once_per_worker(client: Client, postings: pd.DataFrame) -> None:
    records = ppd.extract(dd.from_pandas(postings.iloc[:8], npartitions=4), id="id")
    workers = list(client.nthreads())
    assert len(workers) == 2
    for worker in workers:  # four partitions on each worker, twice
        for _ in range(2):
            client.compute(records, workers=[worker]).result()
    assert ppd.worker_builds(client) == dict.fromkeys(workers, 1)


def test_vocabulary_columns_do_not_depend_on_the_rows() -> None:
    found = postingparse.parse("We are a food manufacturer. Six Sigma Green Belt preferred.")
    empty, one = to_frame([], industry_columns="vocabulary"), to_frame([found], industry_columns="vocabulary")
    assert list(empty.columns) == list(one.columns)
    pd.testing.assert_series_equal(empty.dtypes, one.dtypes)
    assert {f"industry_{key}_employer" for key in industry_keys()} <= set(empty.columns)
    assert set(to_frame([found]).columns) <= set(one.columns)  # "found" keeps a subset of the same columns
    assert bool(one.loc[0, "industry_311_employer"]) and not bool(one.loc[0, "industry_325"])
    with pytest.raises(ValueError, match="industry_columns"):
        to_frame([found], industry_columns="all")


def test_tasks_carry_options_not_an_extractor(postings: pd.DataFrame) -> None:
    out = ppd.extract(dd.from_pandas(postings, npartitions=3), id="id")
    graph = cloudpickle.dumps(dict(out.__dask_graph__()))
    assert b"postingparse.pipeline" not in graph and b"spacy" not in graph  # no Extractor, no Language
    assert b"extract_partition" in graph


def test_custom_vocabulary_is_built_on_the_workers(client: Client, tmp_path: Path) -> None:
    (tmp_path / "industries.jsonl").write_text(json.dumps(CUSTOM_INDUSTRY) + "\n")
    (tmp_path / "methodologies.jsonl").write_text(json.dumps(CUSTOM_METHOD) + "\n")
    rows = pd.DataFrame({"text": [
        "We are a space tourism company. Theory of Constraints experience required.",
        "Bachelor's degree required.",
    ]})
    result = ppd.extract(dd.from_pandas(rows, npartitions=2), data_dir=str(tmp_path)).compute()
    expected = extract_frame(rows, text="text", extractor=Extractor(data_dir=str(tmp_path)), industry_columns="vocabulary")
    pd.testing.assert_frame_equal(result, expected)
    assert result["industry_space_tourism_employer"].tolist() == [True, False]
    assert result["method_theory_of_constraints"].tolist() == [True, False]
    assert set(ppd.worker_builds(client, data_dir=str(tmp_path)).values()) <= {0, 1}
    with pytest.raises(FileNotFoundError, match="same path by every worker"):
        ppd.extract(dd.from_pandas(rows, npartitions=1), data_dir=str(tmp_path / "missing"))


# -- the command line ----------------------------------------------------------------------------


def run(*args: str | Path) -> int:
    return cli.main([str(a) for a in args])


def read_tables(folder: Path, partitioned: bool) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(folder / (name if partitioned else f"{name}.parquet")) for name in TABLES}


def test_cli_local_cluster_writes_the_single_process_rows(tmp_path: Path) -> None:
    corpus = CORPUS[0].parent
    assert run("extract", corpus, "-o", tmp_path / "one.parquet", "--tables", tmp_path / "one", "-q", "-j", "1") == 0
    argv = ["extract", corpus, "-o", tmp_path / "many", "--tables", tmp_path / "many_tables", "-q"]
    assert run(*argv, "--dask", "local:2", "--chunk-size", "10") == 0
    parts = sorted(p.name for p in (tmp_path / "many").iterdir())
    assert parts == [f"part.{n:05d}.parquet" for n in range(5)]  # 42 postings in partitions of 10
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "many"), pd.read_parquet(tmp_path / "one.parquet"))
    one, many = read_tables(tmp_path / "one", False), read_tables(tmp_path / "many_tables", True)
    for name in TABLES:
        pd.testing.assert_frame_equal(many[name], one[name])


def test_cli_scheduler_address_keeps_every_error(client: Client, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Bachelor's degree required.")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "5+ years of experience required."}) + "\n{broken\n"
        + json.dumps({"id": "c3", "text": 7}) + "\n"
    )
    out = tmp_path / "out"
    (out).mkdir()
    (out / "part.00009.parquet").write_bytes(b"stale")  # a previous run's part: replaced, not read back
    argv = ["extract", folder, "-o", out, "-q", "--chunk-size", "2", "--dask", client.scheduler.address]
    assert run(*argv) == 0
    records = pd.read_parquet(out)
    assert records["id"].tolist() == [f"{folder}/a.txt", "c1"]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [e["id"] for e in errors] == [f"{folder}/b.txt", f"{folder}/c.jsonl:2", "c3"]
    assert all(e["error"] for e in errors)


def test_cli_stops_before_sending_postings_when_workers_cannot_build(
    client: Client, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    argv = ["extract", CORPUS[0], "-o", tmp_path / "out", "--data-dir", tmp_path / "missing"]
    assert run(*argv, "--dask", client.scheduler.address) == cli.EXIT_USAGE
    assert "cannot build the postingparse pipeline" in capsys.readouterr().err
    assert not list((tmp_path / "out").iterdir())


class _DiedFuture:
    def result(self) -> None:
        raise RuntimeError("worker died")


def test_cli_failed_partition_becomes_errors_and_leaves_no_part(tmp_path: Path) -> None:
    plan = Plan(output=str(tmp_path / "out"), tables=str(tmp_path / "t"), keep=(), data_dir=None, replace_data=False)
    prepare_folders(plan)
    (tmp_path / "out" / "part.00003.parquet.partial").write_bytes(b"half")
    (tmp_path / "t" / "degrees" / "part.00003.parquet").write_bytes(b"written before the worker died")
    chunk = [Item("a", "f:1", text="Bachelor's degree required."), Item("b", "f:2", error="malformed JSON line")]
    report, errors = BatchReport(), ErrorLog()
    _collect(3, chunk, _DiedFuture(), plan, report, errors, None)
    assert report.records == 0 and errors.count == 2
    assert errors.first[0].error.startswith(PARTITION_FAILED) and errors.first[1].error == "malformed JSON line"
    assert not [p for folder in plan.folders() for p in Path(folder).iterdir()]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "give -o DIR and/or --tables DIR"),
        (["-o", "x.jsonl"], "folder of Parquet part files"),
        (["-o", "x", "--format", "csv"], "Parquet only"),
        (["-o", "x", "--resume"], "--resume cannot continue"),
        (["-o", "x", "--jobs", "2"], "--jobs does not apply"),
    ],
)
def test_cli_rejects_options_that_make_no_sense_with_dask(
    extra: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert run("extract", CORPUS[0], "--dask", "local:2", *extra) == cli.EXIT_USAGE
    assert message in capsys.readouterr().err
    assert run("extract", CORPUS[0], "--dask", "local:0", "-o", tmp_path / "x") == cli.EXIT_USAGE
    assert "local:N" in capsys.readouterr().err

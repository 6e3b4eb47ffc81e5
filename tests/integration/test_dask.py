"""quotekit.dask on a distributed LocalCluster with 2 worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import quotekit  # noqa: E402
import quotekit.dask as qd  # noqa: E402
import quotekit.parser as qp  # noqa: E402

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
SHORT = [
    "“We will not back down,” said Interior Minister Ana Ruiz on Monday.",
    "The company said profits rose. Its chief executive, John Smith, said he was pleased.",
    "",
    "No one said anything here at all",
]


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    """(doc_id, text) pairs: the seed articles and a few short texts."""
    pairs = [(p.stem, p.read_text(encoding="utf-8")) for p in SEEDS]
    pairs += [(f"short-{n}", t) for n, t in enumerate(SHORT)]
    return pairs


@pytest.fixture(scope="module")
def local(texts: list[tuple[str, str]]) -> list[dict]:
    """The records of a single-process run of the same texts."""
    parser = quotekit.load()
    out: list[dict] = []
    for doc_id, text in texts:
        out.extend(qd.statement_records(parser.parse(text), doc_id))
    return out


@pytest.fixture(scope="module")
def client():
    """A LocalCluster with 2 worker processes of one thread each."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def test_statement_records_are_flat(local: list[dict]) -> None:
    assert local, "the seed articles have statements"
    for rec in local:
        assert list(rec) == list(qd.COLUMNS)
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in rec.values())
    biegun = [r for r in local if r["speaker"] == "Stephen Biegun"]
    assert biegun and "special representative for North Korea" in biegun[0]["speaker_titles"]


def test_records_frame_dtypes_hold_for_empty_and_full(local: list[dict]) -> None:
    empty, full = qd.records_frame([]), qd.records_frame(local)
    assert list(empty.columns) == list(qd.COLUMNS) == list(full.columns)
    assert dict(empty.dtypes.astype(str)) == dict(full.dtypes.astype(str))
    assert len(full) == len(local)


def test_bag_on_cluster_equals_single_process(client: Client, texts, local) -> None:
    bag = db.from_sequence(texts, npartitions=3)
    records = qd.extract_bag(bag).compute()
    assert records == local
    # one parser per worker process, whatever the number of tasks
    loaded = client.run(lambda: list(qp._shared))
    assert len(loaded) == 2 and all(v == [(None, "speech")] for v in loaded.values())


def test_parse_bag_returns_articles_in_order(client: Client, texts) -> None:
    parser = quotekit.load()
    bag = db.from_sequence([t for _, t in texts], npartitions=2)
    articles = qd.parse_bag(bag).compute()
    assert articles == [parser.parse(t) for _, t in texts]


def test_dataframe_to_parquet_round_trip(client: Client, texts, local, tmp_path: Path) -> None:
    frame = pd.DataFrame({"id": [i for i, _ in texts], "body": [t for _, t in texts]})
    ddf = dd.from_pandas(frame, npartitions=3)
    out = qd.extract_dataframe(ddf, text_column="body", id_column="id")
    got = out.compute().reset_index(drop=True)
    assert got.to_dict("records") == qd.records_frame(local).to_dict("records")
    # bag -> dataframe -> parquet -> pandas keeps every record
    qd.to_dataframe(qd.extract_bag(db.from_sequence(texts, npartitions=2))).to_parquet(
        tmp_path / "statements.parquet")
    back = pd.read_parquet(tmp_path / "statements.parquet").reset_index(drop=True)
    assert len(back) == len(local)
    assert back["content"].tolist() == [r["content"] for r in local]
    assert back["doc_id"].tolist() == [r["doc_id"] for r in local]


def test_cli_extract_on_dask_scheduler(client: Client, tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from quotekit.cli import main

    for p in SEEDS:
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(main, ["extract", str(tmp_path), "-f", "jsonl", "--no-progress"])
    on_dask = runner.invoke(main, ["extract", str(tmp_path), "-f", "jsonl", "--no-progress",
                                   "--dask", client.scheduler.address])
    assert plain.exit_code == 0 and on_dask.exit_code == 0, on_dask.output
    rows = [json.loads(line) for line in on_dask.stdout.splitlines() if line.startswith("{")]
    assert rows and on_dask.stdout == plain.stdout

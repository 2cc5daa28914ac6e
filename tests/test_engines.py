"""All cores and Dask give the same bytes as one core."""

from __future__ import annotations

import shutil

import pytest

import itertools

import pandas as pd

from helpers import documents, io, pipeline
from helpers.engines import imap_documents
from helpers.paths import RAW_DIR
from helpers.pipeline import main, run

TABLES = ("documents.csv", "sentences.csv", "mentions.csv", "events.csv")


def _square(x):
    return x * x


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds, each also under other names with a line of its own: 60 articles."""
    folder = tmp_path_factory.mktemp("corpus") / "raw"
    folder.mkdir()
    seeds = sorted(RAW_DIR.glob("*.txt"))
    for i in range(60):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"a{i:03d}.txt").write_text(text + f"\nوأعلن التحالف تسليم قاعدة التاجي في {i % 28 + 1} آب 2020.\n", encoding="utf-8")
    shutil.copy(RAW_DIR / "manifest.csv", folder / "manifest.csv")
    return folder


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    run(corpus, out)
    return out


@pytest.mark.parametrize("engine", ["processes", "dask"])
def test_parallel_engines_give_the_serial_bytes(engine, corpus, serial, tmp_path):
    run(corpus, tmp_path, engine=engine, workers=2)
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (serial / name).read_bytes(), name


def test_the_command_line_takes_the_engine(corpus, serial, tmp_path):
    assert main([str(corpus), str(tmp_path), "--engine", "processes", "--workers", "2"]) == 0
    assert (tmp_path / "events.csv").read_bytes() == (serial / "events.csv").read_bytes()


def test_map_keeps_input_order_on_every_engine():
    items = [(i,) for i in range(200)]
    expected = [i * i for i in range(200)]
    for engine in ("serial", "processes", "dask"):
        assert list(imap_documents(_square, items, engine, workers=2)) == expected, engine


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        imap_documents(_square, [(1,), (2,)], "spark")


def test_the_stages_one_by_one_give_the_pipeline_bytes(corpus, serial, tmp_path):
    """What the notebooks do (stage 1, then stage 2 from sentences.csv, then stage 3 from
    mentions.csv) and what the pipeline does in one visit per article are the same tables."""
    stage1 = documents.parse_folder(corpus, tmp_path, engine="processes", workers=2)
    pipeline.extract_mentions(tmp_path, engine="processes", workers=2)
    pipeline.write_events(tmp_path / "mentions.csv", stage1.documents, tmp_path / "events.csv")
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (serial / name).read_bytes(), name


def test_parquet_copies_hold_the_csv_tables(corpus, serial, tmp_path):
    run(corpus, tmp_path, engine="processes", workers=2, parquet=True)
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (serial / name).read_bytes(), name
        parquet = pd.read_parquet(tmp_path / name.replace(".csv", ".parquet"))
        assert parquet.equals(io.read_csv(tmp_path / name)), name


def _numbers():
    for i in itertools.count():
        if i > 10_000:
            raise AssertionError("the whole input was taken before results were asked for")
        yield (i,)


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_items_are_taken_as_results_are_wanted(engine):
    """A stream: only a bounded number of chunks is read ahead of the results."""
    first = list(itertools.islice(imap_documents(_square, _numbers(), engine, workers=2), 100))
    assert first == [i * i for i in range(100)]


def test_a_worker_error_reaches_the_caller():
    with pytest.raises(ZeroDivisionError):
        list(imap_documents(_inverse, [(1,), (0,)], "processes", workers=2))


def _inverse(x):
    return 1 / x


def test_merging_bucket_by_bucket_gives_what_merging_everything_at_once_gives(corpus, serial, tmp_path, monkeypatch):
    from helpers import events

    monkeypatch.setattr(events, "BUCKETS", 1)
    run(corpus, tmp_path)
    for name in ("mentions.csv", "events.csv"):
        assert (tmp_path / name).read_bytes() == (serial / name).read_bytes(), name


@pytest.mark.parametrize("parquet", [False, True])
def test_an_empty_folder_goes_through_every_stage(tmp_path, parquet):
    raw = tmp_path / "raw"
    raw.mkdir()
    stage1 = documents.parse_folder(raw, tmp_path / "notebooks", parquet=parquet)
    pipeline.extract_mentions(tmp_path / "notebooks", parquet=parquet)
    pipeline.write_events(tmp_path / "notebooks" / "mentions.csv", stage1.documents, tmp_path / "notebooks" / "events.csv", parquet)
    run(raw, tmp_path / "pipeline", parquet=parquet)
    for name in TABLES:
        made = io.read_csv(tmp_path / "pipeline" / name)
        assert made.empty and made.equals(io.read_csv(tmp_path / "notebooks" / name)), name
        if parquet:
            assert pd.read_parquet(tmp_path / "pipeline" / name.replace(".csv", ".parquet")).empty

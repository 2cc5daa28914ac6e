"""All cores and Dask give the same bytes as one core."""

from __future__ import annotations

import shutil

import pytest

from helpers.engines import map_documents
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
        assert map_documents(_square, items, engine, workers=2) == expected, engine


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        map_documents(_square, [(1,), (2,)], "spark")

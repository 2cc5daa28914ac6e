"""Atomic, deterministic writes."""

from __future__ import annotations

from io import StringIO

import pandas as pd
import pytest

from helpers import io


def test_csv_is_utf8_with_lf_and_round_trips(tmp_path):
    df = pd.DataFrame({"a": ["قاعدة", ""], "b": ["x\ny", "1"]})
    path = io.write_csv(df, tmp_path / "t.csv")
    assert b"\r\n" not in path.read_bytes()
    assert io.read_csv(path).equals(df)


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(io.os, "replace", boom)
    with pytest.raises(OSError):
        io.write_text_atomic(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


AWKWARD = pd.DataFrame({
    "text": ["قاعدة «عين الأسد»", 'a "quoted", comma', "line\nbreak", "cr\rcr", "", " lead and trail "],
    "n": [1, 2, 3, 40, 5, 6],
    "x": [1.5, None, float("nan"), 3000.0, 0.1, -2.0],
})


def test_the_row_writer_gives_what_pandas_gives_but_quotes_a_lone_cr(tmp_path):
    """The streamed writer and pandas agree byte for byte, missing values as empty cells,
    except that a cell with a lone CR is quoted: pandas leaves it bare, and its own reader then
    breaks the row there (shown here)."""
    no_cr = AWKWARD[~AWKWARD["text"].str.contains("\r")]
    path = io.write_csv(no_cr, tmp_path / "t.csv")
    assert path.read_bytes() == no_cr.to_csv(index=False, lineterminator="\n").encode("utf-8")
    cr = pd.DataFrame({"text": ["cr\rcr"], "n": ["1"]})
    assert cr.to_csv(index=False, lineterminator="\n") == "text,n\ncr\rcr,1\n"
    assert len(pd.read_csv(StringIO(cr.to_csv(index=False, lineterminator="\n")))) == 2  # one row read as two
    assert io.write_csv(cr, tmp_path / "cr.csv").read_bytes() == b'text,n\n"cr\rcr",1\n'
    assert io.read_csv(tmp_path / "cr.csv").equals(cr)


def test_parquet_holds_the_csv_table(tmp_path):
    path = io.write_csv(AWKWARD, tmp_path / "t.csv", parquet=True)
    from_parquet = pd.read_parquet(tmp_path / "t.parquet")
    assert from_parquet.equals(io.read_csv(path))
    assert (tmp_path / "t.parquet").read_bytes() == io.write_csv(AWKWARD, tmp_path / "u.csv", parquet=True).with_suffix(".parquet").read_bytes()


def test_rows_written_in_many_batches_make_one_table(tmp_path, monkeypatch):
    monkeypatch.setattr(io, "PARQUET_ROW_GROUP", 2)
    with io.TableWriter(tmp_path / "t.csv", ["a", "b"], parquet=True) as out:
        for i in range(5):
            out.write([(str(i), "قاعدة")])
    expected = pd.DataFrame({"a": [str(i) for i in range(5)], "b": ["قاعدة"] * 5})
    assert io.read_csv(tmp_path / "t.csv").equals(expected)
    assert pd.read_parquet(tmp_path / "t.parquet").equals(expected)
    assert out.rows == 5


def test_a_row_longer_than_a_block_of_the_csv_reader_goes_to_parquet(tmp_path, monkeypatch):
    monkeypatch.setattr(io, "PARQUET_BLOCK_BYTES", 1024)
    long = pd.DataFrame({"a": ["x", "قاعدة " * 5_000, "y"], "b": ["1", "2", "3"]})  # 55 kB in one cell
    io.write_csv(long, tmp_path / "t.csv", parquet=True)
    assert pd.read_parquet(tmp_path / "t.parquet").equals(long)
    with pytest.raises(Exception, match="straddl"):  # what the larger blocks are for
        io._csv_blocks_to_parquet(tmp_path / "t.csv", tmp_path / "u.parquet", ["a", "b"], 1024)


def test_rows_encoded_elsewhere_are_written_as_the_writer_writes_them(tmp_path):
    rows = [("قاعدة", 1, None, "cr\rcr"), ('a "q", b', 2.5, "", "line\nbreak")]
    with io.TableWriter(tmp_path / "a.csv", ["w", "x", "y", "z"]) as out:
        out.write(rows)
    with io.TableWriter(tmp_path / "b.csv", ["w", "x", "y", "z"]) as out:
        out.write_encoded(io.encoded_rows(rows), len(rows))
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert out.rows == 2


def test_a_table_that_fails_half_way_leaves_the_old_one_and_no_temporary_file(tmp_path):
    (tmp_path / "t.csv").write_text("old")
    with pytest.raises(RuntimeError):
        with io.TableWriter(tmp_path / "t.csv", ["a"], parquet=True) as out:
            out.write([("1",)])
            raise RuntimeError("stopped")
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]
    assert (tmp_path / "t.csv").read_text() == "old"


def test_a_folder_is_replaced_whole_or_not_at_all(tmp_path):
    target = tmp_path / "texts"
    target.mkdir()
    (target / "old.txt").write_text("old")
    with pytest.raises(RuntimeError):
        with io.atomic_dir(target) as tmp:
            (tmp / "new.txt").write_text("new")
            raise RuntimeError("stopped")
    assert [p.name for p in tmp_path.iterdir()] == ["texts"]
    assert [p.name for p in target.iterdir()] == ["old.txt"]
    with io.atomic_dir(target) as tmp:
        (tmp / "new.txt").write_text("new")
    assert [p.name for p in tmp_path.iterdir()] == ["texts"]
    assert [p.name for p in target.iterdir()] == ["new.txt"]

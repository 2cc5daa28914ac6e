"""Atomic, deterministic writes."""

from __future__ import annotations

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

"""Progress bars appear on long runs only."""

from __future__ import annotations

from helpers.progress import MIN_ITEMS, progress


def test_short_runs_stay_silent(capsys):
    assert list(progress(list(range(10)), "x")) == list(range(10))
    assert capsys.readouterr().err == ""


def test_long_runs_show_a_bar(capsys):
    items = list(range(MIN_ITEMS))
    assert list(progress(items, "parsing articles")) == items
    assert "parsing articles" in capsys.readouterr().err

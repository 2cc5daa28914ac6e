"""Charts: they draw the seeds' events and an empty table, say their finding, shape Arabic, and
write the same bytes every time."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib import _text_helpers
from matplotlib.font_manager import FontProperties, findfont, get_font
from packaging.version import Version

from helpers import io, plotting
from helpers.events import EVENT_COLUMNS
from helpers.paths import FIGURES_DIR, PROCESSED_DIR

CHARTS = {
    "troop-levels": plotting.troop_levels,
    "withdrawals-casualties": plotting.withdrawals_and_casualties,
    "base-timeline": plotting.base_timeline,
    "base-map": plotting.base_map,
}


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return io.read_csv(PROCESSED_DIR / "events.csv")


@pytest.mark.parametrize("name", CHARTS)
def test_each_chart_draws_the_seeds_and_writes_three_files(name, events, tmp_path):
    fig, data = CHARTS[name](events)
    assert len(data) > 0
    written = plotting.save(fig, data, name, tmp_path)
    assert sorted(p.suffix for p in written.values()) == [".csv", ".png", ".svg"]
    assert written["png"].read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("name", CHARTS)
def test_each_chart_survives_an_empty_table(name, tmp_path):
    fig, data = CHARTS[name](pd.DataFrame(columns=EVENT_COLUMNS))
    assert data.empty
    plotting.save(fig, data, name, tmp_path)


@pytest.mark.parametrize("name", CHARTS)
def test_committed_figures_are_what_the_code_draws_now(name, events, tmp_path):
    fig, data = CHARTS[name](events)
    written = plotting.save(fig, data, name, tmp_path)
    for ext, path in written.items():
        assert path.read_bytes() == (FIGURES_DIR / f"{name}.{ext}").read_bytes(), f"{name}.{ext} is stale: run make run"


def test_titles_state_the_finding(events):
    fig, _ = plotting.troop_levels(events)
    title = fig.axes[0].get_title(loc="left")
    assert "5,200" in title and "2,500" in title
    fig, _ = plotting.base_timeline(events)
    assert "K1 Air Base (Kirkuk) ahead of its plan" in fig._suptitle.get_text()


def test_a_planned_level_is_drawn_hollow_off_the_line_and_out_of_the_title(events):
    usa = events[(events["event_type"] == "troop_presence") & (events["nationality"] == "USA")]
    plan = usa.iloc[[-1]].assign(event_id="plan", status="planned", count="1000", count_low="1000",
                                 count_high="1000", date_earliest="", date_latest="2022-06-30")
    fig, data = plotting.troop_levels(pd.concat([events, plan], ignore_index=True))
    ax = fig.axes[0]
    assert "planned" in set(data["status"])
    assert "2,500" in ax.get_title(loc="left") and "1,000" not in ax.get_title(loc="left")
    [line] = [l for l in ax.get_lines() if l.get_linestyle() == "--"]
    assert 1000 not in list(line.get_ydata())
    assert any(t.get_text().startswith("planned: 1,000 (") for t in ax.texts)
    hollow = [l for l in ax.get_lines() if list(l.get_ydata()) == [1000.0]]
    assert hollow and all(l.get_markerfacecolor() == "white" for l in hollow)


def test_a_plan_is_labelled_below_its_point_so_a_level_reported_too_does_not_cover_it(events):
    usa = events[(events["event_type"] == "troop_presence") & (events["nationality"] == "USA")]
    plan = usa.iloc[[-1]].assign(event_id="plan", status="planned")  # the same level, planned
    fig, _ = plotting.troop_levels(pd.concat([events, plan], ignore_index=True))
    offsets = {t.get_text().startswith("planned"): t.xyann[1] for t in fig.axes[0].texts if "src)" in t.get_text()}
    assert offsets == {True: -12, False: 6}


def test_a_figure_known_to_a_window_first_in_its_series_is_drawn_across_it(events):
    """Its error bar's sides are time spans: days as numbers failed on an axis without dates yet."""
    usa = events[(events["event_type"] == "troop_presence") & (events["nationality"] == "USA")]
    early = usa.iloc[[0]].assign(event_id="early", date_earliest="2019-09-01", date_latest="2019-09-30")
    fig, data = plotting.troop_levels(pd.concat([events, early], ignore_index=True))
    first = data[data["series"] == "USA troops"].iloc[0]
    assert (first["x_from"], first["x"]) == (pd.Timestamp("2019-09-01").date(), pd.Timestamp("2019-09-30").date())
    fig.canvas.draw()


def test_the_killed_are_counted_once_in_the_title(events):
    killed = events[events["event_type"] == "casualties"]
    fig, _ = plotting.withdrawals_and_casualties(events)
    assert fig._suptitle.get_text().endswith("; 3 service members killed")  # the seeds: 2 Americans and a Briton
    # another article's "three of the coalition" that day holds them: still three
    total = killed.iloc[[0]].assign(event_id="total", nationality="COALITION", count="3", count_low="3", count_high="3")
    fig, data = plotting.withdrawals_and_casualties(events.assign(within=events["event_id"].map(
        lambda e: "total" if e in set(killed["event_id"]) else "")).pipe(lambda t: pd.concat([t, total], ignore_index=True)))
    assert len(data[data["event_type"] == "casualties"]) == 3
    assert fig._suptitle.get_text().endswith("; 3 service members killed")


def test_the_timeline_title_counts_bases_and_says_one_day_once(events):
    one = events[(events["event_type"] == "base_transfer") & (events["status"] == "completed")].iloc[[0]]
    fig, _ = plotting.base_timeline(one)
    assert fig._suptitle.get_text() == f"1 base handed over on {pd.Timestamp(one['date'].iloc[0]):%d %B %Y}"
    later = one.assign(event_id="later", base_id="taji", base_name_en="Camp Taji", date="2021-01-05",
                       date_earliest="2021-01-05", date_latest="2021-01-05")
    fig, _ = plotting.base_timeline(pd.concat([one, later], ignore_index=True))
    assert fig._suptitle.get_text().endswith("2020 and 05 January 2021")


def test_a_planned_end_of_the_combat_mission_is_labelled_as_a_plan(events):
    planned = events[events["event_type"] == "mission_change"].assign(status="planned")
    fig, _ = plotting.base_timeline(pd.concat([events[events["event_type"] != "mission_change"], planned]))
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(label.startswith("combat mission to\nend by") for label in labels)
    assert not any(label.startswith("end of the combat") for label in labels)


def test_a_map_of_one_handover_day_has_a_colour_scale_of_a_month(events):
    one = events[(events["event_type"] == "base_transfer") & (events["status"] == "completed")].iloc[[0]]
    fig, _ = plotting.base_map(one)
    low, high = fig.axes[0].collections[0].get_clim()
    assert high - low == 30


def test_a_base_the_gazetteer_does_not_list_is_on_the_timeline_and_counted_off_the_map(events):
    one = events[(events["event_type"] == "base_transfer") & (events["status"] == "completed")].iloc[[0]]
    unlisted = one.assign(event_id="unlisted", base_id="unlisted-سبايكر", base_name_en="", base_name_ar="سبايكر",
                          governorate="", latitude="", longitude="")
    fig, data = plotting.base_timeline(pd.concat([one, unlisted], ignore_index=True))
    assert f"{plotting.UNLISTED_LABEL}  سبايكر" in set(data["base"])
    fig, data = plotting.base_map(pd.concat([one, unlisted], ignore_index=True))
    assert len(data) == 2 and len(fig.axes[0].texts) == 1  # one label: the base with a place
    assert any(t.get_text() == f"1 base(s) {plotting.UNLISTED_LABEL}, not shown" for t in fig.texts)
    fig, _ = plotting.base_map(unlisted)
    assert fig.axes[0].get_title(loc="left") == f"Unlisted base سبايكر handed over on {pd.Timestamp(one['date'].iloc[0]):%d %B %Y}"


def test_every_chart_has_a_source_line(events):
    for name, chart in CHARTS.items():
        fig, _ = chart(events)
        assert any(t.get_text().startswith("Source:") for t in fig.texts), name


def test_series_have_distinct_markers_for_grey_scale():
    styles = plotting._series_style(["USA troops", "FOREIGN troops", "COALITION trainers"])
    assert len({marker for _, marker in styles.values()}) == 3


def test_matplotlib_shapes_arabic_and_lays_it_out_right_to_left():
    """No reshaping by hand: matplotlib >= 3.11 (libraqm) gives the contextual forms in visual order."""
    assert Version(matplotlib.__version__) >= Version("3.11")
    font = get_font(findfont(FontProperties(family="DejaVu Sans")))
    font.set_size(12, 72)
    glyphs = [font.get_glyph_name(item.glyph_index) for item in _text_helpers.layout("قاعدة", font)]
    # left to right on the page: ة isolated, د final, ع initial, ا final, ق initial
    assert glyphs == ["uni0629", "uniFEAA", "uniFECB", "uniFE8E", "uniFED7"]


def test_an_agreement_to_end_the_combat_mission_is_labelled_as_one(events):
    agreement = events[events["event_type"] == "mission_change"].assign(force="agreement", event_id="agreement")
    fig, _ = plotting.base_timeline(pd.concat([events[events["event_type"] != "mission_change"], agreement]))
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(label.startswith("agreement to end the\ncombat mission") for label in labels)
    assert not any(label.startswith("end of the combat") for label in labels)

"""One row per event per article, one per real-world event, and ids that stay put."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import io
from helpers.events import (
    MERGE_TOLERANCE_DAYS, MentionWriter, build_tables, consolidate_article, event_id, events_table, mention_rows,
)
from helpers.extract import Mention

D = dt.date


def rec(doc="a", type_="base_transfer", status="completed", base="taji", lo=None, hi=None, precision="unknown",
        nationality="", force="", count=None, start=0, actor_to=""):
    low = high = count
    return Mention(doc, type_, status, start, start + 5, 0, 100, "جملة " * 20, base_id=base if type_ == "base_transfer" else "",
                   nationality=nationality, force=force, count=count, count_low=low, count_high=high,
                   date_earliest=lo, date_latest=hi, date_precision=precision, actor_to=actor_to, actor_from="coalition")


def test_an_article_stating_a_fact_twice_gives_one_row_with_the_narrowest_date():
    rows = consolidate_article([
        rec(hi=D(2020, 8, 24), start=10),
        rec(lo=D(2020, 8, 23), hi=D(2020, 8, 23), precision="day", start=50, actor_to="iraq"),
    ])
    assert len(rows) == 1
    assert (rows[0].date_earliest, rows[0].date_latest, rows[0].date_precision, rows[0].actor_to) == (D(2020, 8, 23), D(2020, 8, 23), "day", "iraq")


def test_plans_in_one_article_take_the_union_of_their_windows():
    [row] = consolidate_article([
        rec(status="planned", lo=D(2020, 3, 19)),
        rec(status="planned", lo=D(2020, 3, 19), hi=D(2020, 3, 19), precision="day", start=40),
    ])
    assert (row.date_earliest, row.date_latest) == (D(2020, 3, 19), None)


def test_a_plan_done_within_its_window_in_the_same_article_is_that_event():
    rows = consolidate_article([
        rec(type_="mission_change", status="planned", hi=D(2021, 12, 31)),
        rec(type_="mission_change", status="completed", lo=D(2021, 12, 9), hi=D(2021, 12, 9), precision="day"),
    ])
    assert [r.status for r in rows] == ["completed"]


def test_a_plan_overtaken_by_the_event_stays_a_plan():
    rows = consolidate_article([
        rec(base="k1", status="planned", lo=D(2020, 4, 15), hi=D(2020, 4, 30), precision="month"),
        rec(base="k1", status="completed", lo=D(2020, 3, 29), hi=D(2020, 3, 29), precision="day"),
    ])
    assert sorted(r.status for r in rows) == ["completed", "planned"]


def test_an_undated_record_does_not_join_two_facts_the_article_dates_apart():
    """"انتهت المهام القتالية" (undated) in an article that dates one end to today and another to
    the 9th: two ends, the undated one with the later."""
    rows = consolidate_article([
        rec(type_="mission_change", lo=D(2021, 12, 29), hi=D(2021, 12, 29), precision="day", start=0),
        rec(type_="mission_change", hi=D(2021, 12, 29), start=40),
        rec(type_="mission_change", lo=D(2021, 12, 1), hi=D(2021, 12, 15), precision="month", start=80),
        rec(type_="mission_change", lo=D(2021, 12, 9), hi=D(2021, 12, 9), precision="day", start=120),
    ])
    assert sorted((r.date_earliest, r.date_latest) for r in rows) == [(D(2021, 12, 9), D(2021, 12, 9)), (D(2021, 12, 29), D(2021, 12, 29))]


@pytest.mark.parametrize("earlier, further", [
    # an undated plan and the handover, in an article with no publication date
    (rec(base="habbaniyah", status="planned"), rec(base="habbaniyah")),
    # the handover under way ("بدأت بتسليم") and done, the same day
    (rec(base="habbaniyah", status="ongoing", hi=D(2020, 4, 4)),
     rec(base="habbaniyah", lo=D(2020, 4, 4), hi=D(2020, 4, 4), precision="day")),
    # a plan from the publication day on, and troops leaving the base that day
    (rec(base="qayyarah", status="planned", lo=D(2020, 3, 26)), rec(base="qayyarah", status="ongoing", hi=D(2020, 3, 26))),
])
def test_a_handover_told_at_several_stages_is_one_at_its_furthest(earlier, further):
    assert consolidate_article([earlier, further]) == [further]
    assert consolidate_article([further, earlier]) == [further]


@pytest.mark.parametrize("earlier, further", [
    # the last troops leave in the days after the ceremony: a later step
    (rec(base="qayyarah", status="planned", lo=D(2020, 3, 27), hi=D(2020, 4, 5)),
     rec(base="qayyarah", lo=D(2020, 3, 26), hi=D(2020, 3, 26), precision="day")),
    # another base
    (rec(base="taji", status="planned"), rec(base="besmaya")),
    # troops, not a base: leaving and left are two figures
    (rec(type_="troop_withdrawal", status="ongoing", base="", nationality="USA", count=500),
     rec(type_="troop_withdrawal", base="", nationality="USA", count=500)),
])
def test_stages_that_are_not_one_handover_stay_apart(earlier, further):
    assert len(consolidate_article([earlier, further])) == 2


def test_troops_no_side_was_named_for_are_the_named_nations_of_the_same_count():
    usa = rec(type_="troop_presence", status="planned", base="", nationality="USA", force="troops", count=2000)
    unnamed = rec(type_="troop_presence", status="planned", base="", nationality="COALITION", force="troops", count=2000, start=60)
    assert consolidate_article([usa, unnamed]) == [usa]
    other = rec(type_="troop_presence", status="planned", base="", nationality="COALITION", force="troops", count=3000, start=60)
    assert len(consolidate_article([usa, other])) == 2  # another count: another figure
    reported = rec(type_="troop_presence", status="reported", base="", nationality="COALITION", force="troops", count=2000, start=60)
    assert len(consolidate_article([usa, reported])) == 2  # a level now and a level planned


def test_sources_a_few_days_apart_are_one_event_with_the_disagreement_in_words():
    mentions, events = build_tables(
        {
            "a": [rec("a", lo=D(2020, 3, 18), hi=D(2020, 3, 18), precision="day")],
            "b": [rec("b", lo=D(2020, 3, 21), hi=D(2020, 3, 27), precision="week")],
            "c": [rec("c", lo=D(2020, 5, 1), hi=D(2020, 5, 1), precision="day")],
        },
        {"a": "2020-03-19", "b": "2020-03-30", "c": "2020-05-02"},
    )
    assert len(events) == 2
    first = events.iloc[0]
    assert (first["doc_ids"], first["date"], first["source_count"], first["first_reported"]) == ("a;b", "2020-03-18", 2, "2020-03-19")
    assert "sources date it differently" in first["conflicts"]
    assert (first["base_name_en"], first["governorate"]) == ("Camp Taji", "Baghdad")
    assert set(mentions["event_id"]) == set(events["event_id"])
    assert MERGE_TOLERANCE_DAYS == 7


def test_different_counts_are_different_figures():
    _, events = build_tables(
        {"a": [rec("a", type_="troop_presence", status="reported", nationality="USA", force="troops", count=5200, hi=D(2020, 3, 26))],
         "b": [rec("b", type_="troop_presence", status="reported", nationality="USA", force="troops", count=2500, hi=D(2020, 3, 27))]},
        {"a": "2020-03-26", "b": "2020-03-27"},
    )
    assert sorted(events["count"]) == ["2500", "5200"]


def test_event_ids_depend_on_content_not_on_order_or_other_events():
    a = rec("a", lo=D(2020, 3, 18), hi=D(2020, 3, 18), precision="day")
    _, one = build_tables({"a": [a]}, {"a": "2020-03-19"})
    _, more = build_tables({"a": [a], "z": [rec("z", base="balad", lo=D(2021, 1, 2), hi=D(2021, 1, 2), precision="day")]},
                           {"a": "2020-03-19", "z": "2021-01-03"})
    assert one.iloc[0]["event_id"] in set(more["event_id"])
    assert event_id(a) == one.iloc[0]["event_id"]


def test_an_undated_record_is_never_merged_into_a_dated_event():
    _, events = build_tables(
        {"a": [rec("a", lo=D(2020, 8, 23), hi=D(2020, 8, 23), precision="day")], "u": [rec("u")]},
        {"a": "2020-08-24", "u": ""},
    )
    assert sorted(events["doc_ids"]) == ["a", "u"]


def _records():
    return {
        "a": [rec("a", lo=D(2020, 3, 18), hi=D(2020, 3, 18), precision="day"), rec("a", base="k1", status="planned", start=30)],
        "b": [rec("b", lo=D(2020, 3, 21), hi=D(2020, 3, 27), precision="week")],
        "c": [rec("c", type_="troop_presence", status="reported", nationality="USA", force="troops", count=2500,
                  hi=D(2021, 12, 12))],
    }


def test_events_read_back_from_mentions_csv_are_the_ones_merging_found(tmp_path):
    """Stage 3 in a notebook (from mentions.csv) and in the pipeline (from the writer) agree."""
    published = {"a": "2020-03-19", "b": "2020-03-28", "c": "2021-12-12"}
    with MentionWriter(tmp_path / "mentions.csv") as out:
        for doc_id, records in _records().items():
            out.add(mention_rows(doc_id, consolidate_article(records)))
    from_writer = out.events_table(published)
    assert events_table(tmp_path / "mentions.csv", published).equals(from_writer)
    assert events_table(io.read_csv(tmp_path / "mentions.csv"), published).equals(from_writer)
    assert len(from_writer) == 3 and set(from_writer["first_reported"]) == {"2020-03-19", "2021-12-12"}
    assert [p.name for p in tmp_path.iterdir()] == ["mentions.csv"]


def test_a_failed_stage_2_leaves_the_previous_mentions(tmp_path):
    (tmp_path / "mentions.csv").write_text("old")
    try:
        with MentionWriter(tmp_path / "mentions.csv") as out:
            out.add(mention_rows("a", consolidate_article(_records()["a"])))
            raise RuntimeError("stopped")
    except RuntimeError:
        pass
    assert [p.name for p in tmp_path.iterdir()] == ["mentions.csv"]
    assert (tmp_path / "mentions.csv").read_text() == "old"


def _killed(doc, nationality, count, lo, hi=None, force="troops", status="completed"):
    return rec(doc, "casualties", status, lo=lo, hi=hi or lo, precision="day" if hi is None else "unknown",
               nationality=nationality, force=force, count=count)


def _within(records_by_doc):
    """(nationality, count, the nationality and count of the event it is within) of each event."""
    _, events = build_tables(records_by_doc, {doc: "2020-12-31" for doc in records_by_doc})
    by_id = {e.event_id: e for e in events.itertuples()}
    return sorted((e.nationality, int(e.count), (by_id[e.within].nationality, int(by_id[e.within].count)) if e.within else None)
                  for e in events.itertuples())


def test_the_killed_of_the_coalition_hold_the_nations_killed_that_day_in_other_articles():
    day = D(2020, 3, 11)
    assert _within({"a": [_killed("a", "COALITION", 3, day)], "b": [_killed("b", "USA", 2, day), _killed("b", "GBR", 1, day)]}) == [
        ("COALITION", 3, None), ("GBR", 1, ("COALITION", 3)), ("USA", 2, ("COALITION", 3))]
    # two of the coalition and two Americans: the same two
    assert _within({"a": [_killed("a", "COALITION", 2, day)], "b": [_killed("b", "USA", 2, day)]}) == [
        ("COALITION", 2, None), ("USA", 2, ("COALITION", 2))]


def test_the_killed_since_a_date_hold_those_killed_in_that_time_and_a_total_held_counts_as_itself():
    march, july = D(2020, 3, 11), D(2020, 7, 2)
    got = _within({
        "a": [_killed("a", "USA", 5, D(2020, 1, 1), D(2020, 9, 10))],
        "b": [_killed("b", "COALITION", 3, march), _killed("b", "USA", 2, july)],
        "c": [_killed("c", "USA", 2, march), _killed("c", "GBR", 1, march)],
    })
    # the US total since January holds the Americans of July but not the coalition's three (not all
    # American); the three hold the two Americans and the Briton of their day
    assert got == [("COALITION", 3, None), ("GBR", 1, ("COALITION", 3)), ("USA", 2, ("COALITION", 3)),
                   ("USA", 2, ("USA", 5)), ("USA", 5, None)]


def test_events_are_not_within_one_that_cannot_hold_them():
    day = D(2020, 3, 11)
    # more than the total: two attacks, or sources that disagree; nothing is within
    assert _within({"a": [_killed("a", "COALITION", 2, day)], "b": [_killed("b", "USA", 2, day), _killed("b", "GBR", 1, day)]}) == [
        ("COALITION", 2, None), ("GBR", 1, None), ("USA", 2, None)]
    # another nation, another day, another status, or a standing figure
    assert _within({"a": [_killed("a", "USA", 3, day)], "b": [_killed("b", "GBR", 1, day)]}) == [("GBR", 1, None), ("USA", 3, None)]
    assert _within({"a": [_killed("a", "COALITION", 3, day)], "b": [_killed("b", "USA", 2, D(2020, 3, 12))]}) == [
        ("COALITION", 3, None), ("USA", 2, None)]
    _, events = build_tables({"a": [rec("a", "troop_presence", "reported", lo=day, hi=day, nationality="COALITION", count=3000)],
                              "b": [rec("b", "troop_presence", "reported", lo=day, hi=day, nationality="USA", count=2500)]}, {})
    assert list(events["within"]) == ["", ""]
    # withdrawals: a week's and a day's are as often two moves as one
    _, events = build_tables({"a": [rec("a", "troop_withdrawal", lo=day, hi=D(2020, 3, 17), nationality="COALITION", count=3000)],
                              "b": [rec("b", "troop_withdrawal", lo=day, hi=day, nationality="USA", count=500)]}, {})
    assert list(events["within"]) == ["", ""]


def test_two_umbrella_sides_of_one_size_do_not_hold_each_other():
    day = D(2020, 3, 11)
    got = _within({"a": [_killed("a", "COALITION", 2, day)], "b": [_killed("b", "FOREIGN", 2, day)]})
    assert sorted(w is None for _, _, w in got) == [False, True]


def test_a_base_the_gazetteer_does_not_list_is_named_by_its_words_and_has_no_place(tmp_path):
    with MentionWriter(tmp_path / "mentions.csv") as out:
        out.add(mention_rows("a", consolidate_article([rec("a", base="unlisted-جرف-الصخر", hi=D(2020, 3, 18)),
                                                        rec("a", base="taji", hi=D(2020, 3, 18), start=30)])))
    events = out.events_table({"a": "2020-03-18"}).set_index("base_id")
    assert events.loc["unlisted-جرف-الصخر", ["base_name_en", "base_name_ar", "governorate", "latitude", "longitude"]].tolist() == \
        ["", "جرف الصخر", "", "", ""]
    assert events.loc["taji", ["base_name_en", "base_name_ar"]].tolist() == ["Camp Taji", "معسكر التاجي"]

"""Dates as stage 1 needs them: absolute dates in every month-naming system, and relative days.

(Issue 3 extends this grammar; these cases fix what stage 1 relies on.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates

D = dt.date


@pytest.mark.parametrize("text, phrase, day", [
    ("جرت في 26 آذار/ مارس 2020، مراسم", "26 آذار/ مارس 2020", D(2020, 3, 26)),
    ("19-مارس-2020", "19-مارس-2020", D(2020, 3, 19)),
    ("في 5 كانون الثاني 2020", "5 كانون الثاني 2020", D(2020, 1, 5)),
    ("يوم 3 يناير (كانون الثاني) 2020", "3 يناير (كانون الثاني) 2020", D(2020, 1, 3)),
    ("في 14 يوليوز 2021", "14 يوليوز 2021", D(2021, 7, 14)),
    ("في 14 جويلية 2021", "14 جويلية 2021", D(2021, 7, 14)),
    ("في 1 دجنبر 2021", "1 دجنبر 2021", D(2021, 12, 1)),
    ("في ١٠ أيلول ٢٠٢٠", "١٠ أيلول ٢٠٢٠", D(2020, 9, 10)),
    ("(@OIRSpox) March 26, 2020", "March 26, 2020", D(2020, 3, 26)),
    ("بتاريخ 26/3/2020", "26/3/2020", D(2020, 3, 26)),
    ("بتاريخ 2020/3/26", "2020/3/26", D(2020, 3, 26)),
])
def test_full_dates(text, phrase, day):
    [m] = find_dates(text)
    assert (m.text, m.earliest, m.latest, m.precision) == (phrase, day, day, "day")
    assert text[m.start:m.end] == m.text


def test_a_weekday_beside_a_date_is_part_of_it_and_is_checked():
    [m] = find_dates("الأربعاء 18 آذار/مارس 2020")
    assert (m.text, m.flag) == ("الأربعاء 18 آذار/مارس 2020", "")
    [m] = find_dates("الأحد 26 مارس 2020")
    assert m.earliest == D(2020, 3, 26) and m.flag.startswith("weekday_mismatch")


def test_relative_days_need_an_anchor():
    [m] = find_dates("أمس (الأحد)")
    assert (m.earliest, m.precision) == (None, "day")
    [m] = find_dates("أمس (الأحد)", anchor=D(2020, 3, 30))
    assert (m.earliest, m.latest, m.flag) == (D(2020, 3, 29), D(2020, 3, 29), "")


def test_a_month_without_a_year_takes_the_year_nearest_the_anchor():
    [m] = find_dates("في 6 نوفمبر الماضي", anchor=D(2021, 12, 12))
    assert m.earliest == D(2021, 11, 6)
    [m] = find_dates("بحلول 31 ديسمبر", anchor=D(2021, 12, 12))
    assert m.earliest == D(2021, 12, 31)
    [m] = find_dates("في يناير كانون الثاني", anchor=D(2020, 3, 26))
    assert (m.text, m.earliest, m.latest, m.precision) == ("يناير كانون الثاني", D(2020, 1, 1), D(2020, 1, 31), "month")


def test_years():
    assert [(m.text, m.precision) for m in find_dates("منذ 2014 وحتى نهاية العام 2017")] == [("2014", "year"), ("العام 2017", "year")]


def test_ambiguous_month_words_need_a_day_or_year():
    assert find_dates("قال الأب إن ابنه عاد") == []
    assert [m.text for m in find_dates("في 23 آب 2020")] == ["23 آب 2020"]


def test_impossible_dates_are_not_dates():
    assert find_dates("31/2/2020") == []
    assert find_dates("في 31 شباط 2020") == []

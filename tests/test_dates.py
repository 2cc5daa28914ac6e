"""Dates in news Arabic: absolute dates in every month-naming system, Hijri dates, relative
days and periods resolved against the publication date, and properties over random dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.calendar_names import ALGERIAN_TUNISIAN, DAY_ORDINALS, EGYPTIAN_GULF, LEVANTINE, MAGHREBI
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
    # at the end of a sentence
    ("وسلمت القاعدة يوم 23/8/2020.", "23/8/2020", D(2020, 8, 23)),
    ("وسلمت القاعدة بتاريخ 2020-08-23.", "2020-08-23", D(2020, 8, 23)),
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


def test_a_day_the_current_year_lacks_stays_a_date_unresolved():
    # 29 February "of this month" written in a year without one: a date phrase all the same
    # (not a count of 29), which the publication date cannot place
    [m] = find_dates("في 29 شباط الجاري", anchor=D(2021, 2, 10))
    assert (m.text, m.earliest, m.latest, m.precision) == ("29 شباط الجاري", None, None, "day")
    [m] = find_dates("في 29 شباط الجاري", anchor=D(2020, 2, 10))
    assert m.earliest == D(2020, 2, 29)


def test_years():
    found = find_dates("منذ 2014 وحتى نهاية العام 2017، ومطلع 2020")
    assert [(m.text, m.earliest, m.latest, m.precision) for m in found] == [
        ("2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("نهاية العام 2017", D(2017, 7, 1), D(2017, 12, 31), "year"),
        ("مطلع 2020", D(2020, 1, 1), D(2020, 6, 30), "year"),
    ]


def test_ambiguous_month_words_need_a_day_or_year():
    assert find_dates("قال الأب إن ابنه عاد") == []
    assert find_dates("وقال آب إن ابنه عاد") == []
    assert [m.text for m in find_dates("في 23 آب 2020")] == ["23 آب 2020"]
    # or a word that places the month from the publication day
    [m] = find_dates("في آب الماضي", D(2020, 9, 9))
    assert (m.text, m.earliest, m.latest) == ("آب الماضي", D(2020, 8, 1), D(2020, 8, 31))


def test_impossible_dates_are_not_dates():
    assert find_dates("31/2/2020") == []
    assert find_dates("في 31 شباط 2020") == []


@pytest.mark.parametrize("text, anchor, phrase, earliest, latest, precision", [
    # a time counted back from the publication day: in words, digits, the dual, one unit
    ("وانسحبت القوات قبل ثلاثة أيام", D(2021, 1, 16), "قبل ثلاثة أيام", D(2021, 1, 13), D(2021, 1, 13), "day"),
    ("منذ 10 أيام", D(2021, 1, 16), "منذ 10 أيام", D(2021, 1, 6), D(2021, 1, 6), "day"),
    ("قبل 15 يوماً", D(2021, 1, 16), "قبل 15 يوماً", D(2021, 1, 1), D(2021, 1, 1), "day"),
    ("وسلمت القاعدة قبل أسبوعين", D(2021, 1, 16), "قبل أسبوعين", D(2021, 1, 2), D(2021, 1, 8), "week"),
    ("قبل شهرين", D(2021, 1, 16), "قبل شهرين", D(2020, 11, 1), D(2020, 11, 30), "month"),
    ("قبل خمسة أشهر", D(2021, 1, 16), "قبل خمسة أشهر", D(2020, 8, 1), D(2020, 8, 31), "month"),
    ("قبل عام", D(2021, 1, 16), "قبل عام", D(2019, 7, 18), D(2020, 7, 16), "year"),
    ("قبل عامين", D(2020, 2, 29), "قبل عامين", D(2017, 8, 30), D(2018, 8, 29), "year"),  # from 28 February
    # about so many units back: from one more back to one fewer
    ("وانسحبت القوات قبل نحو أسبوعين", D(2021, 1, 16), "قبل نحو أسبوعين", D(2020, 12, 26), D(2021, 1, 15), "month"),
    ("قبل حوالي ثلاثة أيام", D(2021, 1, 16), "قبل حوالي ثلاثة أيام", D(2021, 1, 12), D(2021, 1, 14), "week"),
    ("منذ قرابة شهر", D(2021, 1, 16), "منذ قرابة شهر", D(2020, 11, 1), D(2021, 1, 16), "season"),
    ("قبل ما يقارب شهرين", D(2021, 1, 16), "قبل ما يقارب شهرين", D(2020, 10, 1), D(2020, 12, 31), "season"),
    ("قبل نحو عام", D(2021, 1, 16), "قبل نحو عام", D(2019, 7, 18), D(2020, 7, 16), "year"),  # already half a year either side
    # a day of a month named from the publication day, in digits or as an ordinal
    ("في الـ 15 من الشهر الجاري", D(2021, 7, 27), "الـ 15 من الشهر الجاري", D(2021, 7, 15), D(2021, 7, 15), "day"),
    ("العاشر من الشهر الماضي", D(2021, 7, 27), "العاشر من الشهر الماضي", D(2021, 6, 10), D(2021, 6, 10), "day"),
    ("الخامس من هذا الشهر", D(2021, 7, 27), "الخامس من هذا الشهر", D(2021, 7, 5), D(2021, 7, 5), "day"),
    ("في 2 من الشهر المقبل", D(2021, 12, 27), "2 من الشهر المقبل", D(2022, 1, 2), D(2022, 1, 2), "day"),
    # a day the month has not: the month is still sure
    ("في 31 من الشهر المقبل", D(2021, 8, 27), "31 من الشهر المقبل", D(2021, 9, 1), D(2021, 9, 30), "month"),
    # a weekday agreeing with «الجمعة» in the feminine
    ("الجمعة الماضية", D(2021, 7, 27), "الجمعة الماضية", D(2021, 7, 23), D(2021, 7, 23), "day"),
    ("الجمعة المقبلة", D(2021, 7, 27), "الجمعة المقبلة", D(2021, 7, 30), D(2021, 7, 30), "day"),
    # a counted stretch of time: exactly that many units back, or ahead
    ("خلال الأشهر الستة الماضية", D(2021, 1, 17), "خلال الأشهر الستة الماضية", D(2020, 7, 21), D(2021, 1, 16), "year"),
    ("خلال الـ6 أشهر الماضية", D(2021, 1, 17), "خلال الـ6 أشهر الماضية", D(2020, 7, 21), D(2021, 1, 16), "year"),
    ("في الأيام العشرة المقبلة", D(2021, 1, 17), "في الأيام العشرة المقبلة", D(2021, 1, 18), D(2021, 1, 27), "week"),
    ("خلال الأسبوعين المقبلين", D(2021, 1, 17), "خلال الأسبوعين المقبلين", D(2021, 1, 18), D(2021, 1, 31), "month"),
    ("خلال العامين الماضيين", D(2021, 1, 17), "خلال العامين الماضيين", D(2019, 1, 18), D(2021, 1, 16), "unknown"),
])
def test_a_time_or_day_counted_from_the_publication_day(text, anchor, phrase, earliest, latest, precision):
    [m] = find_dates(text, anchor)
    assert (m.text, m.earliest, m.latest, m.precision) == (phrase, earliest, latest, precision)
    [bare] = find_dates(text)
    assert (bare.text, bare.earliest, bare.latest) == (phrase, None, None)


def test_a_day_of_a_month_not_named_is_no_date():
    assert find_dates("في 15 من الشهر", D(2021, 7, 27)) == []


@pytest.mark.parametrize("text", [
    "قبل يومين من الانتخابات",  # counted back from an event, not from the publication day
    "منذ سنوات",  # no count
    "قبل 0 أيام",
])
def test_times_counted_back_from_something_else_are_no_dates(text):
    assert find_dates(text, D(2021, 1, 16)) == []


@pytest.mark.parametrize("text, anchor, phrase, earliest, latest, precision", [
    ("تخطط للانسحاب نهاية شهر نيسان/أبريل المقبل", D(2020, 3, 19), "نهاية شهر نيسان/أبريل المقبل", D(2020, 4, 15), D(2020, 4, 30), "month"),
    ("في منتصف يونيو 2021", None, "منتصف يونيو 2021", D(2021, 6, 10), D(2021, 6, 20), "month"),
    ("مطلع كانون الثاني المقبل", D(2021, 12, 12), "مطلع كانون الثاني المقبل", D(2022, 1, 1), D(2022, 1, 15), "month"),
    ("والأسبوع الماضي، غادرت القوات", D(2020, 3, 26), "الأسبوع الماضي", D(2020, 3, 14), D(2020, 3, 20), "week"),
    ("خلال الأسبوع المقبل", D(2020, 3, 26), "الأسبوع المقبل", D(2020, 3, 28), D(2020, 4, 3), "week"),
    ("في حادث هذا الشهر", D(2020, 3, 26), "هذا الشهر", D(2020, 3, 1), D(2020, 3, 31), "month"),
    ("الشهر الماضي", D(2020, 1, 10), "الشهر الماضي", D(2019, 12, 1), D(2019, 12, 31), "month"),
    ("العام الماضي", D(2021, 12, 12), "العام الماضي", D(2020, 1, 1), D(2020, 12, 31), "year"),
    # a part of a month or year named by where it stands from the publication day
    ("بحلول نهاية العام الجاري", D(2020, 8, 24), "نهاية العام الجاري", D(2020, 7, 1), D(2020, 12, 31), "year"),
    ("في منتصف العام المقبل", D(2020, 8, 24), "منتصف العام المقبل", D(2021, 4, 1), D(2021, 9, 30), "year"),
    ("أواخر الشهر الماضي", D(2020, 3, 10), "أواخر الشهر الماضي", D(2020, 2, 15), D(2020, 2, 29), "month"),
    ("مطلع هذا الشهر", D(2020, 3, 10), "مطلع هذا الشهر", D(2020, 3, 1), D(2020, 3, 15), "month"),
    # with a part, the year or month alone is the current one ...
    ("بحلول نهاية العام", D(2021, 7, 27), "نهاية العام", D(2021, 7, 1), D(2021, 12, 31), "year"),
    ("قبل نهاية هذا العام", D(2021, 7, 27), "نهاية هذا العام", D(2021, 7, 1), D(2021, 12, 31), "year"),
    # ... unless a year follows, and the end of a week (the weekend) is not read as part of one
    ("بحلول نهاية العام 2021", D(2020, 8, 24), "نهاية العام 2021", D(2021, 7, 1), D(2021, 12, 31), "year"),
    ("نهاية هذا الأسبوع", D(2020, 3, 26), "هذا الأسبوع", D(2020, 3, 21), D(2020, 3, 27), "week"),
    ("تسلمت قبل أيام القاعدة", D(2020, 3, 30), "قبل أيام", D(2020, 3, 20), D(2020, 3, 29), "week"),
    ("في الأيام المقبلة", D(2020, 3, 26), "في الأيام المقبلة", D(2020, 3, 27), D(2020, 4, 5), "week"),
    ("خلال الأيام الماضية", D(2020, 4, 5), "خلال الأيام الماضية", D(2020, 3, 26), D(2020, 4, 4), "week"),
    ("خلال الأسابيع المقبلة", D(2020, 4, 5), "خلال الأسابيع المقبلة", D(2020, 4, 6), D(2020, 5, 17), "month"),
    ("خلال الأيام القليلة المقبلة", D(2020, 8, 20), "خلال الأيام القليلة المقبلة", D(2020, 8, 21), D(2020, 8, 30), "week"),
    ("في الأشهر القادمة", D(2020, 4, 5), "في الأشهر القادمة", D(2020, 4, 6), D(2020, 10, 2), "year"),
    ("طوال الشهور الماضية", D(2020, 4, 5), "طوال الشهور الماضية", D(2019, 10, 8), D(2020, 4, 4), "year"),
    ("الأحد الماضي", D(2020, 3, 29), "الأحد الماضي", D(2020, 3, 22), D(2020, 3, 22), "day"),
    ("الخميس", D(2020, 3, 26), "الخميس", D(2020, 3, 26), D(2020, 3, 26), "day"),
    ("الخميس المقبل", D(2020, 3, 26), "الخميس المقبل", D(2020, 4, 2), D(2020, 4, 2), "day"),
    ("أول أمس", D(2020, 3, 26), "أول أمس", D(2020, 3, 24), D(2020, 3, 24), "day"),
    ("غداً", D(2020, 3, 26), "غداً", D(2020, 3, 27), D(2020, 3, 27), "day"),
])
def test_relative_and_partial_dates(text, anchor, phrase, earliest, latest, precision):
    [m] = find_dates(text, anchor)
    assert (m.text, m.earliest, m.latest, m.precision) == (phrase, earliest, latest, precision)


@pytest.mark.parametrize("text, anchor, phrase, earliest, latest", [
    # a season of a year; winter is the one whose January is in it
    ("في صيف 2020", None, "صيف 2020", D(2020, 6, 1), D(2020, 8, 31)),
    ("صيف عام 2019", None, "صيف عام 2019", D(2019, 6, 1), D(2019, 8, 31)),
    ("شتاء 2021", None, "شتاء 2021", D(2020, 12, 1), D(2021, 2, 28)),
    # the last, the next, this one, or as a month alone: the one the day is in, else the last if
    # it began within the horizon, else the next
    ("خلال الصيف الماضي", D(2021, 1, 15), "الصيف الماضي", D(2020, 6, 1), D(2020, 8, 31)),
    ("خلال الشتاء الماضي", D(2021, 1, 15), "الشتاء الماضي", D(2019, 12, 1), D(2020, 2, 29)),
    ("بحلول الصيف المقبل", D(2021, 1, 15), "الصيف المقبل", D(2021, 6, 1), D(2021, 8, 31)),
    ("هذا الصيف", D(2021, 1, 15), "هذا الصيف", D(2021, 6, 1), D(2021, 8, 31)),
    ("سحبت 2200 جندي خلال الصيف", D(2021, 1, 15), "الصيف", D(2020, 6, 1), D(2020, 8, 31)),
    ("خلال فصل الشتاء", D(2021, 1, 15), "فصل الشتاء", D(2020, 12, 1), D(2021, 2, 28)),
    ("في الربيع", D(2021, 1, 15), "الربيع", D(2021, 3, 1), D(2021, 5, 31)),
])
def test_seasons(text, anchor, phrase, earliest, latest):
    [m] = find_dates(text, anchor)
    assert (m.text, m.earliest, m.latest, m.precision) == (phrase, earliest, latest, "season")


@pytest.mark.parametrize("text", ["حرارة الصيف في بغداد", "الربيع العربي", "وقال إن الشتاء قاس"])
def test_a_season_alone_names_no_time(text):
    assert find_dates(text, D(2021, 1, 15)) == []


@pytest.mark.parametrize("text, earliest, ahead", [
    # read as the last one before the publication day, with the next one kept for plans
    ("في 31 ديسمبر", D(2020, 12, 31), (D(2021, 12, 31), D(2021, 12, 31))),
    ("في آذار", D(2021, 3, 1), (D(2022, 3, 1), D(2022, 3, 31))),
    ("خلال الصيف", D(2021, 6, 1), None),  # the publication day is in the summer: this one, no other
    ("خلال الربيع", D(2021, 3, 1), (D(2022, 3, 1), D(2022, 5, 31))),
    ("يوم الاثنين", D(2021, 7, 26), (D(2021, 8, 2), D(2021, 8, 2))),
    # days or weeks with no direction: the last ones, and the next
    ("خلال أيام", D(2021, 7, 17), (D(2021, 7, 28), D(2021, 8, 6))),
    ("في غضون أسابيع", D(2021, 6, 15), (D(2021, 7, 28), D(2021, 9, 7))),
    # a year, a direction, or the day itself leave nothing to guess
    ("في 31 ديسمبر 2020", D(2020, 12, 31), None),
    ("في آذار الماضي", D(2021, 3, 1), None),
    ("يوم الثلاثاء", D(2021, 7, 27), None),
    ("خلال الأيام المقبلة", D(2021, 7, 28), None),
])
def test_a_date_without_a_year_keeps_the_next_one(text, earliest, ahead):
    [m] = find_dates(text, D(2021, 7, 27))
    assert (m.earliest, m.ahead) == (earliest, ahead)


def test_hijri_dates_are_converted_with_hijridate():
    [m] = find_dates("الموافق 5 محرم 1442 هـ")
    assert (m.text, m.earliest, m.precision) == ("5 محرم 1442 هـ", D(2020, 8, 24), "day")
    [m] = find_dates("في رمضان 1441")
    assert (m.earliest, m.latest, m.precision) == (D(2020, 4, 24), D(2020, 5, 23), "month")


# -- properties ----------------------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(
    st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31)),
    st.sampled_from([LEVANTINE, EGYPTIAN_GULF, MAGHREBI, ALGERIAN_TUNISIAN]),
    st.sampled_from(["{d} {m} {y}", "{d} {m}، {y}", "{d}-{m}-{y}", "{d} {m} عام {y}", "{d} من {m} {y}"]),
    st.booleans(),
)
def test_random_dates_in_every_naming_system_parse_back(day, system, layout, indic):
    d, y = str(day.day), str(day.year)
    if indic:
        d, y = (s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) for s in (d, y))
    for name in system[day.month]:
        phrase = layout.format(d=d, m=name, y=y)
        [m] = find_dates(f"أعلن الجيش في {phrase} انسحاب القوات")
        assert (m.text, m.earliest, m.latest) == (phrase, day, day)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31)), st.sampled_from([LEVANTINE, EGYPTIAN_GULF]),
       st.sampled_from(["", "يوم الأحد "]))
def test_days_written_as_ordinals_parse_back(day, system, before):
    """"في التاسع والعشرين من آذار 2020": the day as the ordinal of «اليوم»."""
    ordinal = {n: w for w, n in DAY_ORDINALS.items()}[day.day]
    phrase = f"{ordinal} من {system[day.month][0]} {day.year}"
    found = find_dates(f"أعلن الجيش في {before}{phrase} انسحاب القوات")
    if before and day.weekday() != 6:
        return  # a weekday that is not the date's makes it no date (tested above)
    [m] = found
    assert (m.text, m.earliest, m.latest) == (before + phrase, day, day)


@given(st.text(), st.one_of(st.none(), st.dates(min_value=D(1900, 3, 1), max_value=D(2100, 10, 1))))
def test_arbitrary_text_never_raises_and_spans_hold(text, anchor):
    found = find_dates(text, anchor)
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.earliest is None or m.earliest <= m.latest
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# -- where dateparser is wrong: why helpers.dates exists -------------------------------------

def test_dateparser_misses_what_we_find():
    import dateparser
    from dateparser.search import search_dates

    # two names for one month, and Levantine names under the plain Arabic locale: nothing
    assert dateparser.parse("26 آذار/ مارس 2020", languages=["ar"]) is None
    assert dateparser.parse("5 كانون الثاني 2020", languages=["ar"]) is None
    # in prose it keeps "ديسمبر" without its day and dates it from the machine's clock
    found = search_dates("لم تعد لديه قوات قتالية في البلاد منذ 9 ديسمبر.", languages=["ar"]) or []
    assert all(text != "9 ديسمبر" for text, _ in found)
    assert [m.text for m in find_dates("26 آذار/ مارس 2020")] == ["26 آذار/ مارس 2020"]
    assert [m.text for m in find_dates("5 كانون الثاني 2020")] == ["5 كانون الثاني 2020"]
    [m] = find_dates("لم تعد لديه قوات قتالية في البلاد منذ 9 ديسمبر.", anchor=D(2021, 12, 12))
    assert (m.text, m.earliest) == ("9 ديسمبر", D(2021, 12, 9))


@pytest.mark.parametrize("text, expected", [
    # a day of "the same month" takes the month of the date before it
    ("سلم التحالف قاعدة القائم في 17 مارس، وقاعدة القيارة في 26 من الشهر ذاته.",
     [("17 مارس", D(2020, 3, 17)), ("26 من الشهر ذاته", D(2020, 3, 26))]),
    ("في 17 آذار 2020، ثم في التاسع والعشرين من نفس الشهر",
     [("17 آذار 2020", D(2020, 3, 17)), ("التاسع والعشرين من نفس الشهر", D(2020, 3, 29))]),
    ("في شباط 2020، وفي 30 من الشهر نفسه", [("شباط 2020", None), ("30 من الشهر نفسه", None)]),  # no such day
    ("وفي 26 من الشهر ذاته", [("26 من الشهر ذاته", None)]),  # no month before it
])
def test_a_day_of_the_same_month_takes_the_month_named_before(text, expected):
    got = find_dates(text, D(2020, 4, 5))
    assert [(d.text, d.latest if d.precision == "day" else None) for d in got] == expected


@pytest.mark.parametrize("text, earliest, latest, flag", [
    # the hours ahead: today or tomorrow, and still to come even where today is the day
    ("خلال الساعات المقبلة", D(2020, 4, 7), D(2020, 4, 8), "to_come"),
    ("في الساعات القليلة القادمة", D(2020, 4, 7), D(2020, 4, 8), "to_come"),
    # the hours past: yesterday or today
    ("خلال الساعات الماضية", D(2020, 4, 6), D(2020, 4, 7), ""),
])
def test_hours_ahead_or_past(text, earliest, latest, flag):
    [d] = find_dates(text, D(2020, 4, 7))
    assert (d.text, d.earliest, d.latest, d.flag) == (text, earliest, latest, flag)

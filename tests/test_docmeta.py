"""Outlet and publication date from the text alone."""

from __future__ import annotations

import pytest

from helpers.docmeta import date_in_url, infer_outlet, infer_published, looks_like_a_person
from helpers.furniture import zones


def published(text: str):
    return infer_published(text, zones(text))


def outlet(text: str):
    return infer_outlet(text, zones(text))


def test_a_dateline_gives_the_date_with_high_confidence():
    p = published("2021-07-26\nعنوان\nأعلنت الحكومة اتفاقا على إنهاء المهمة القتالية.")
    assert (p.value, p.confidence) == ("2021-07-26", "high")
    p = published("الاثنين 26 تموز 2021\nأعلنت الحكومة اتفاقا على إنهاء المهمة القتالية.")
    assert (p.value, p.confidence) == ("2021-07-26", "high")
    # in two calendars, and after a label
    p = published("عنوان\nالثلاثاء 27 تموز 2021 - 17 ذو الحجة 1442 هـ\nأعلنت الحكومة اتفاقا على إنهاء المهمة.")
    assert (p.value, p.confidence) == ("2021-07-27", "high")
    p = published("عنوان\nنشر بتاريخ: 2020/08/23\nسلمت قوات التحالف معسكر التاجي إلى القوات العراقية.")
    assert (p.value, p.confidence) == ("2020-08-23", "high")


@pytest.mark.parametrize("line", [
    "الخميس - 21 جمادى الأولى 1442 هـ - 07 يناير 2021 مـ",  # Hijri first
    "الخميس - 07 يناير 2021 مـ - 21 جمادى الأولى 1442 هـ",
])
def test_in_two_calendars_the_gregorian_date_is_the_publication_date(line):
    # the tables put 21 Jumada al-Ula 1442 on 5 January: a printed Hijri date can be a day or
    # two off the tables, the Gregorian one is the civil date
    p = published(f"الشرق الأوسط\n{line}\nأنهت الولايات المتحدة خفض عدد قواتها في العراق إلى 2500 جندي.")
    assert (p.value, p.confidence, p.basis) == ("2021-01-07", "high", "dateline: 07 يناير 2021 مـ")


def test_an_update_date_is_not_the_publication_date():
    p = published("عنوان\nآخر تحديث: 2020/08/24\nسلمت قوات التحالف معسكر التاجي إلى القوات العراقية.")
    assert p.value == ""


def test_an_update_line_gives_neither_the_date_nor_the_outlet():
    # 26 March 2020 was a Thursday, as the body says: still the date of an update
    text = "آخر تحديث: الخميس 26 مارس 2020 - 02:15 م\nعنوان\nسلم التحالف قاعدة القيارة إلى القوات العراقية يوم الخميس."
    assert (published(text).value, outlet(text).value) == ("", "")


def test_a_time_stamp_and_page_controls_are_no_outlet():
    assert outlet("عنوان الخبر\nمنذ 3 ساعات\nحجم الخط\nسلم التحالف قاعدة القيارة إلى القوات العراقية.").value == ""


def test_a_city_and_an_agency_in_brackets_name_the_agency():
    o = outlet("عنوان\nبغداد (رويترز) - سلم التحالف قاعدة القيارة إلى القوات العراقية.")
    assert (o.value, o.basis) == ("رويترز", "byline: بغداد (رويترز) -")


def test_a_date_the_text_calls_today():
    p = published("أربيل/ روداو/ جرى اليوم، 23 آب 2020، تسليم معسكر التاجي للقوات العراقية.")
    assert (p.value, p.confidence) == ("2020-08-23", "high")


def test_a_full_date_confirmed_by_its_weekday():
    # 23 August 2020 was a Sunday
    text = "أعلن التحالف الأحد تسليم معسكر التاجي.\nوكتب المتحدث في تغريدة نشرها في 23 أغسطس 2020 أن التسليم اكتمل."
    p = published(text)
    assert (p.value, p.confidence) == ("2020-08-23", "medium")
    assert "الأحد" in p.basis


def test_a_weekday_that_does_not_match_gives_nothing():
    p = published("أعلن التحالف الخميس تسليم معسكر التاجي في 23 أغسطس 2020.")
    assert (p.value, p.confidence) == ("", "")


def test_dates_without_a_year_are_never_guessed():
    p = published("أعلن التحالف أمس (الأحد) تسليم القاعدة، بعد بيان صدر في 26 مارس الجاري.")
    assert p.value == ""
    assert "manifest" in p.basis


def test_a_caption_date_is_not_a_publication_date():
    p = published("عنوان الخبر\nجنود في القاعدة، 26 مارس 2020 (رويترز)\nقال مسؤول الأحد إن القوات غادرت.")
    assert p.value == ""


@pytest.mark.parametrize("text, expected", [
    ("عنوان\nبغداد - المدى\nنص الخبر الطويل هنا.", "المدى"),
    ("عنوان\nالسومرية نيوز ـ فريق التحرير\nنص الخبر الطويل هنا.", "السومرية نيوز"),
    ("بغداد/ الصباح الجديد/ أعلنت الحكومة اليوم خطة جديدة.", "الصباح الجديد"),
    ("(شبكة رووداو الإعلامية | كردستان)- أعلنت الحكومة اليوم خطة جديدة.", "شبكة رووداو الإعلامية"),
    # an agency after a city wrote the article: not a photo credit
    ("عنوان\nواشنطن - رويترز\nنص الخبر الطويل هنا.", "رويترز"),
])
def test_outlet_from_bylines(text, expected):
    assert outlet(text).value == expected


@pytest.mark.parametrize("text, expected, basis", [
    # a correspondent in a city is no outlet, nor a headline; a copyright line names the outlet
    ("الشرق الأوسط\nبغداد: فاضل النشمي\nواشنطن تنهي خفض قواتها في العراق إلى 2500 جندي\nنص الخبر الطويل هنا.\n"
     "© 2021 الشرق الأوسط. جميع الحقوق محفوظة.", "الشرق الأوسط", "copyright line: © 2021 الشرق الأوسط. جميع الحقوق محفوظة."),
    ("عنوان\nنص الخبر الطويل هنا.\nجميع الحقوق محفوظة لموقع السومرية نيوز 2021", "السومرية نيوز",
     "copyright line: جميع الحقوق محفوظة لموقع السومرية نيوز 2021"),
    ("عنوان\nنص الخبر الطويل هنا.\nحقوق النشر محفوظة لوكالة الأنباء العراقية ©2021", "وكالة الأنباء العراقية",
     "copyright line: حقوق النشر محفوظة لوكالة الأنباء العراقية ©2021"),
    # a byline comes first
    ("عنوان\nبغداد - المدى\nنص الخبر الطويل هنا.\n© 2021 Rudaw", "المدى", "byline: بغداد - المدى"),
    # ... unless it names a reporter: then the page's own copyright line tells
    ("عنوان الخبر\nبغداد - أحمد السهيل\nنص الخبر الطويل هنا.\n© اندبندنت عربية 2020", "اندبندنت عربية",
     "copyright line: © اندبندنت عربية 2020"),
    ("عنوان الخبر\nبغداد - أحمد السهيل\nنص الخبر الطويل هنا.", "أحمد السهيل", "byline: بغداد - أحمد السهيل"),
    ("عنوان\nنص الخبر الطويل هنا.\n© جميع الحقوق محفوظة", "",
     "no byline, copyright line or source line names an outlet: give it in manifest.csv"),
    # a source line at the foot names it, unless it names only agencies
    ("عنوان\n26/3/2020\nنص الخبر الطويل هنا.\nالمصدر : الجزيرة + وكالات", "الجزيرة", "source line: المصدر : الجزيرة + وكالات"),
    ("عنوان\nنص الخبر الطويل هنا.\nالمصدر: وكالات", "",
     "no byline, copyright line or source line names an outlet: give it in manifest.csv"),
])
def test_outlet_from_a_copyright_line(text, expected, basis):
    o = outlet(text)
    assert (o.value, o.basis) == (expected, basis)


@pytest.mark.parametrize("name, person", [
    ("أحمد السهيل", True), ("عثمان المختار", True),
    ("المدى", False), ("الصباح الجديد", False), ("شفق نيوز", False), ("بغداد اليوم", False),
    ("كردستان 24", False), ("وكالة الأنباء العراقية", False), ("رويترز", False),
])
def test_a_byline_name_that_reads_as_a_reporter(name, person):
    assert looks_like_a_person(name) is person


def test_no_byline_no_outlet():
    assert outlet("أعلنت الحكومة اليوم خطة جديدة لحماية القواعد.").value == ""


def test_seeds_without_a_manifest(seed_texts, gold):
    """The text alone gives every seed's outlet, and the date wherever the text writes the year."""
    for doc in gold["documents"]:
        text = seed_texts[doc["doc_id"]]
        assert outlet(text).value == doc["outlet"]
        p = published(text)
        if "year is not written" in doc["published_basis"]:
            assert p.value == ""
        else:
            assert p.value == doc["published"], doc["doc_id"]


@pytest.mark.parametrize("url, day", [
    ("https://www.example.com/2020/03/26/483602", "2020-03-26"),
    ("https://m.example.com/story/2020/4/7/title/4710715", "2020-04-07"),
    ("https://example.ae/20200407/title-1045096522.html", "2020-04-07"),
    ("https://example.com/ar/news-2021-12-29-title", "2021-12-29"),
    ("https://example.com/289346", None),            # an id of digits
    ("https://example.net/iraq/250720201", None),    # day first, joined to a number: not read
    ("https://example.com/2020/13/45/title", None),  # no such day
])
def test_a_date_in_an_address(url, day):
    found = date_in_url(url)
    assert (found.value if found else None) == day

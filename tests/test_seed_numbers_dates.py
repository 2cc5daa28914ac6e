"""Every number and date the five bundled articles state in their body and quotes, with its value.

Read by hand from the articles (anchors are the publication dates in data/gold/seeds_gold.json).
Counts only: years, date parts, ordinals, fractions, names (كي 1, كوفيد – 19) and handles are
checked elsewhere by kind. "نحو ثلاث" is the duration "لنحو ثلاث سنوات"; "350" the COVID
infections; "400" the distance in km; "3"/"8" bases: the finder reports them, the extractor
decides what they count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates
from helpers.furniture import EVENT_ZONES, zones
from helpers.numbers import find_numbers

NUMBERS = {
    "000_826f3071e175919f": [
        ("المئات", None, 100, 999, True),
        ("المئات", None, 100, 999, True),
        ("نحو ثلاث", 3, 3, 3, True),
        ("2500", 2500, 2500, 2500, False),
        ("مئتي", 200, 200, 200, False),
        ("نحو ثلاثين", 30, 30, 30, True),
        ("29 عراقيا على الأقل", 29, 29, None, True),
        ("350", 350, 350, 350, False),
        ("5200", 5200, 5200, 5200, False),
    ],
    "001_c46de85942a82f80": [
        ("عدة", None, 3, 9, True),
        ("عسكريان", 2, 2, 2, False),
        ("جندي", 1, 1, 1, False),
    ],
    "002_6eddd60a05b7b698": [
        ("نحو 3 آلاف و500", 3500, 3500, 3500, True),
        ("2500", 2500, 2500, 2500, False),
    ],
    "003_43a00723644d9c1f": [
        ("3", 3, 3, 3, False),
        ("8", 8, 8, 8, False),
    ],
    "004_6f8a2be8fb953180": [
        ("400", 400, 400, 400, False),
        ("عشرات", None, 10, 99, True),
        ("5200", 5200, 5200, 5200, False),
        ("بضعة آلاف", None, 3000, 9000, True),
    ],
}
DATES = {
    "000_826f3071e175919f": [
        ("الخميس", "2020-03-26", "2020-03-26", "day"),
        ("نهاية العام 2017", "2017-07-01", "2017-12-31", "year"),
        ("الأسبوع الماضي", "2020-03-14", "2020-03-20", "week"),
    ],
    "001_c46de85942a82f80": [
        ("اليوم", "2020-03-26", "2020-03-26", "day"),
        ("26 آذار/ مارس 2020", "2020-03-26", "2020-03-26", "day"),
        ("اليوم", "2020-03-26", "2020-03-26", "day"),
        ("اليوم", "2020-03-26", "2020-03-26", "day"),
        ("اليوم", "2020-03-26", "2020-03-26", "day"),
        ("2020", "2020-01-01", "2020-12-31", "year"),
        ("عام 2019", "2019-01-01", "2019-12-31", "year"),
        ("في الأيام المقبلة", "2020-03-27", "2020-04-05", "week"),
        ("هذا الشهر", "2020-03-01", "2020-03-31", "month"),
        ("2014", "2014-01-01", "2014-12-31", "year"),
        ("عام 2017", "2017-01-01", "2017-12-31", "year"),
        ("يناير كانون الثاني", "2020-01-01", "2020-01-31", "month"),
    ],
    "002_6eddd60a05b7b698": [
        ("الأحد", "2021-12-12", "2021-12-12", "day"),
        ("9 ديسمبر", "2021-12-09", "2021-12-09", "day"),
        ("9 ديسمبر", "2021-12-09", "2021-12-09", "day"),
        ("9 ديسمبر", "2021-12-09", "2021-12-09", "day"),
        ("اليوم", "2021-12-12", "2021-12-12", "day"),
        ("العام الماضي", "2020-01-01", "2020-12-31", "year"),
        ("نهاية العام الجاري", "2021-07-01", "2021-12-31", "year"),
        ("6 نوفمبر الماضي", "2021-11-06", "2021-11-06", "day"),
        ("31 ديسمبر", "2021-12-31", "2021-12-31", "day"),
        ("أبريل الماضي", "2021-04-01", "2021-04-30", "month"),
        ("يونيو 2020", "2020-06-01", "2020-06-30", "month"),
    ],
    "003_43a00723644d9c1f": [
        ("الأربعاء 18 آذار/مارس", "2020-03-18", "2020-03-18", "day"),
        ("اليوم", "2020-03-19", "2020-03-19", "day"),
        ("نهاية شهر نيسان/أبريل المقبل", "2020-04-15", "2020-04-30", "month"),
    ],
    "004_6f8a2be8fb953180": [
        ("أمس (الأحد)", "2020-03-29", "2020-03-29", "day"),
        ("26 مارس (آذار) الجاري", "2020-03-26", "2020-03-26", "day"),
        ("قبل أيام", "2020-03-20", "2020-03-29", "week"),
        ("الأسبوع الماضي", "2020-03-21", "2020-03-27", "week"),
    ],
}


def in_body(text):
    spans = [(z.start, z.end) for z in zones(text) if z.zone in EVENT_ZONES]
    return lambda m: any(s <= m.start < e for s, e in spans)


@pytest.mark.parametrize("doc_id", sorted(NUMBERS))
def test_every_count_in_the_seeds(doc_id, seed_texts):
    text = seed_texts[doc_id]
    inside = in_body(text)
    found = [(m.text, m.value, m.low, m.high, m.approx) for m in find_numbers(text) if inside(m) and m.kind in ("cardinal", "vague")]
    assert found == NUMBERS[doc_id]


@pytest.mark.parametrize("doc_id", sorted(DATES))
def test_every_date_in_the_seeds(doc_id, seed_texts, gold):
    text = seed_texts[doc_id]
    [doc] = [d for d in gold["documents"] if d["doc_id"] == doc_id]
    inside = in_body(text)
    found = [
        (m.text, str(m.earliest), str(m.latest), m.precision)
        for m in find_dates(text, dt.date.fromisoformat(doc["published"])) if inside(m)
    ]
    assert found == DATES[doc_id]

"""Numbers in news Arabic: exact values for many phrasings, and properties over all integers."""

from __future__ import annotations

import pyarabic.number as pn
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.numbers import find_numbers


def one(text: str):
    found = [m for m in find_numbers(text) if m.kind in ("cardinal", "vague", "fraction")]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, phrase, value", [
    ("انسحاب 5200 جندي", "5200", 5200),
    ("نحو 5,200 جندي", "نحو 5,200", 5200),
    ("نحو ٥٬٢٠٠ جندي", "نحو ٥٬٢٠٠", 5200),
    ("قرابة ۵۲۰۰ جندي", "قرابة ۵۲۰۰", 5200),
    ("3 آلاف و500 جندي", "3 آلاف و500", 3500),
    ("خمسة آلاف ومئتي جندي", "خمسة آلاف ومئتي", 5200),
    ("خمسة آلاف و مائتي جندي", "خمسة آلاف و مائتي", 5200),
    ("47 ألف جندي", "47 ألف", 47000),
    ("5 آلاف مقاتل", "5 آلاف", 5000),
    ("سحب مئتي جندي", "مئتي", 200),
    ("مائتا جندي", "مائتا", 200),
    ("ثلاثمئة جندي", "ثلاثمئة", 300),
    ("ثلاث مئة جندي", "ثلاث مئة", 300),
    ("أربعمائة وخمسون عسكريا", "أربعمائة وخمسون", 450),
    ("ألفي جندي", "ألفي", 2000),
    ("ألفا جندي", "ألفا", 1000),
    ("أحد عشر ألفا", "أحد عشر ألفا", 11000),
    ("اثنا عشر مستشارا", "اثنا عشر", 12),
    ("خمسة وعشرين جنديا", "خمسة وعشرين", 25),
    ("2.5 مليون دولار", "2.5 مليون", 2_500_000),
    ("مليونا دولار", "مليونا", 1_000_000),
    ("بـ 5200 من قواتهم", "5200", 5200),
    ("بخمسة آلاف جندي", "خمسة آلاف", 5000),
])
def test_exact_numbers(text, phrase, value):
    m = one(text)
    assert (m.text, m.value, m.low, m.high) == (phrase, value, value, value)
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, phrase, low, high", [
    ('"بضعة آلاف" من المدربين', "بضعة آلاف", 3000, 9000),
    ("المئات من جنود التحالف", "المئات", 100, 999),
    ("عشرات الجنود", "عشرات", 10, 99),
    ("عشرات الآلاف من الجنود", "عشرات الآلاف", 10_000, 99_000),
    ("بضع مئات من المستشارين", "بضع مئات", 300, 900),
    ("آلاف الجنود", "آلاف", 1000, 9999),
])
def test_vague_quantities(text, phrase, low, high):
    m = one(text)
    assert (m.text, m.value, m.low, m.high, m.approx, m.kind) == (phrase, None, low, high, True, "vague")


@pytest.mark.parametrize("text, phrase, value, low, high", [
    ("نحو ثلاثين جنديا", "نحو ثلاثين", 30, 30, 30),
    ("حوالي 2500 مدرب", "حوالي 2500", 2500, 2500, 2500),
    ("زهاء ألف جندي", "زهاء ألف", 1000, 1000, 1000),
    ("ما يقارب 3000 جندي", "ما يقارب 3000", 3000, 3000, 3000),
    ("أكثر من 500 جندي", "أكثر من 500", 500, 501, None),
    ("أقل من 200 جندي", "أقل من 200", 200, None, 199),
    ("ما لا يقل عن 40 جنديا", "ما لا يقل عن 40", 40, 40, None),
    ("29 عراقيا على الأقل", "29 عراقيا على الأقل", 29, 29, None),
    ("سيطر لنحو ثلاث سنوات", "نحو ثلاث", 3, 3, 3),
])
def test_approximations(text, phrase, value, low, high):
    m = one(text)
    assert (m.text, m.value, m.low, m.high, m.approx) == (phrase, value, low, high, True)


def test_dual_nouns_and_a_singular_in_the_list():
    found = find_numbers("وقُتل عسكريان أمريكيان وجندي بريطاني في حادث")
    assert [(m.text, m.value, m.unit) for m in found] == [("عسكريان", 2, "عسكري"), ("جندي", 1, "جندي")]
    assert [(m.text, m.value) for m in find_numbers("أصيب جنديين")] == [("جنديين", 2)]


@pytest.mark.parametrize("text, expected", [
    ("وقتل 3 جنود أمريكيين وجندي بريطاني في هجوم", [("3", 3, "جنود"), ("جندي", 1, "جندي")]),  # broken plural
    ("قتل 4 عسكريين أتراك ومدني", [("4", 4, "عسكريين"), ("مدني", 1, "مدني")]),  # sound plural
    ("وصل 4 صواريخ ومدني", [("4", 4, "صواريخ")]),  # no people to go on from
    # a feminine singular too
    ("قتل فيه جنديان أميركيان ومجندة بريطانية", [("جنديان", 2, "جندي"), ("مجندة", 1, "مجنده")]),
])
def test_a_singular_after_a_plural_of_counted_people_is_one(text, expected):
    assert [(m.text, m.value, m.unit) for m in find_numbers(text)] == expected


def test_the_oblique_form_of_a_sound_plural_noun_is_not_a_dual():
    # مدربين is the plural (trainers) as often as the dual: only مدربان is surely two
    assert find_numbers("انسحاب المدربين من القاعدة") == []
    assert [m.value for m in find_numbers("قتل مدربان")] == [2]


def test_a_singular_noun_alone_is_not_a_count():
    assert find_numbers("وقال جندي إن القاعدة أخليت") == []


@pytest.mark.parametrize("text, value", [
    # digits grouped by threes with a dot count whole people: thousands
    ("سيبقى 3.000 جندي", 3000),
    ("نحو 2.500 من الجنود", 2500),
    ("٣٫٠٠٠ عسكري", 3000),
    # of anything else, or not grouped by threes, a decimal
    ("3.000 دينار", 3.0),
    ("2.5 مليون", 2500000),
    ("2.50 جندي", 2.5),
])
def test_a_dot_grouping_thousands_before_counted_people(text, value):
    assert one(text).value == value


def test_fractions_are_values_below_one():
    m = one("ما يقارب ثلث قوات التحالف")
    assert (m.text, m.kind) == ("ثلث", "fraction")
    assert m.value == pytest.approx(1 / 3)
    assert one("نصف القوات").value == 0.5


@pytest.mark.parametrize("text, kind", [
    ("الجولة الثالثة من الحوار", "ordinal"),
    ("للمرة الرابعة", "ordinal"),
    ("في 26 آذار/ مارس 2020", "date_part"),
    ("انتشار وباء كوفيد – 19 في العراق", "name"),
    ("طائرات F-16", "name"),
    ("طائرات إف 16", "name"),
    ('تسليم قاعدة "كي 1" الجوية', "name"),
    ("pic.twitter.com/x2gHwaExAx", "handle"),
    ("50 بالمئة من القوات", "percent"),
])
def test_numbers_that_are_never_counts_say_what_they_are(text, kind):
    kinds = {m.kind for m in find_numbers(text)}
    assert kind in kinds and "cardinal" not in kinds


def test_years_inside_dates_are_years():
    assert [(m.text, m.kind) for m in find_numbers("منذ 2014 في عام 2017")] == [("2014", "year"), ("2017", "year")]


def test_one_alone_is_not_a_number_but_in_a_teen_it_is():
    assert find_numbers("أحد الصواريخ") == []
    assert find_numbers("إحدى القواعد") == []
    assert find_numbers("يوم الأحد") == []
    assert [(m.text, m.value) for m in find_numbers("أحد عشر جنديا")] == [("أحد عشر", 11)]


@pytest.mark.parametrize("text, number, unit", [
    # «أحد» of a plural of counted people is one of them: broken or sound plural, article, pronoun
    ("أحد الجنود", "أحد", "جنود"), ("مقتل أحد جنودها", "أحد", "جنود"),
    ("أحد المستشارين الأمريكيين", "أحد", "مستشارين"), ("بأحد مستشاريها", "أحد", "مستشاري"),
    ("لأحد العسكريين", "أحد", "عسكريين"),
])
def test_one_of_counted_people_is_one(text, number, unit):
    [m] = find_numbers(text)
    assert (m.text, m.value, m.low, m.high, m.kind, m.unit) == (number, 1, 1, 1, "cardinal", unit)


def test_the_counted_word_follows_as_unit():
    assert [m.unit for m in find_numbers("(400 كلم شمال بغداد) و3 قواعد من أصل 8 قواعد")] == ["كلم", "قواعد", "قواعد"]


def test_mentions_are_in_order_and_do_not_overlap():
    found = find_numbers("سحب 200 جندي و3 آلاف و500 مدرب ونحو ثلاثين آخرين")
    assert [m.value for m in found] == [200, 3500, 30]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# -- where pyarabic is wrong: why helpers.numbers exists ------------------------------------

def test_pyarabic_text2number_misses_what_we_find():
    assert pn.text2number("خمسة آلاف ومئتي") == 5000
    assert pn.text2number("3 آلاف و500") == 1000
    assert pn.text2number("مئتي") == 0
    assert [m.value for m in find_numbers("خمسة آلاف ومئتي")] == [5200]
    assert [m.value for m in find_numbers("3 آلاف و500")] == [3500]
    assert [m.value for m in find_numbers("مئتي")] == [200]


# -- properties ----------------------------------------------------------------------------

@settings(max_examples=3000, deadline=None)
@given(st.integers(min_value=0, max_value=10_000_000))
def test_every_integer_written_by_pyarabic_parses_back(n):
    words = pn.number2text(n)
    [m] = find_numbers(words)
    assert (m.text, m.value) == (words, n)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_in_every_script_parse(n):
    western = str(n)
    arabic_indic = western.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    for text in (western, arabic_indic, f"{n:,}"):
        [m] = find_numbers(f"سحب {text} جندي")
        assert (m.text, m.value) == (text, n)


@given(st.text())
def test_arbitrary_text_never_raises_and_spans_hold(text):
    found = find_numbers(text)
    for m in found:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))

"""The shortcuts that make the finders fast give exactly what a full scan gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import dates, numbers

PIECES = [
    "في", "26", "آذار/ مارس", "2020", "الأربعاء", "18", "والأسبوع الماضي", "قبل أيام", "نهاية شهر",
    "نيسان", "المقبل", "عام", "منذ", "2014", "5 محرم 1442 هـ", "March 26, 2020", "26/3/2020", "أمس",
    "(الأحد)", "نحو", "3 آلاف و500", "جندي", "أحد عشر", "و", "مئتي", "عسكريان", "وجندي", "كوفيد – 19",
    "أكثر من", "بضعة آلاف", "،", ".", "\n", "تسعمئة و تسع و تسعون ألف و تسعمئة و تسع و تسعون",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.one_of(st.none(), st.just(dt.date(2020, 3, 30))))
def test_windowed_dates_equal_a_full_scan(text, anchor):
    fast = dates.find_dates(text, anchor)
    folded = dates.fold(text)
    full = dates.dates_in(folded, anchor, windows=[(0, len(folded.text))])
    assert fast == full


@settings(max_examples=300, deadline=None)
@given(texts)
def test_short_token_stretches_equal_parsing_everything(text):
    fast = numbers.find_numbers(text)
    saved = numbers.PHRASE_REACH, numbers.DATE_REACH
    try:
        numbers.PHRASE_REACH = numbers.DATE_REACH = 10**6
        full = numbers.find_numbers(text)
    finally:
        numbers.PHRASE_REACH, numbers.DATE_REACH = saved
    assert fast == full


def test_the_seeds_give_the_same_either_way(seed_texts):
    for text in seed_texts.values():
        folded = dates.fold(text)
        assert dates.find_dates(text) == dates.dates_in(folded, windows=[(0, len(folded.text))])


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4), st.one_of(st.none(), st.just(dt.date(2020, 3, 30))))
def test_one_pass_over_an_article_gives_each_sentence_its_own_mentions(sentences, anchor):
    from helpers.extract import prepare

    pairs, offset = [], 0
    for text in sentences:
        pairs.append((text, offset))
        offset += len(text) + 1
    for s, (text, _) in zip(prepare(pairs, anchor), pairs):
        assert s.dates == dates.find_dates(text, anchor)
        assert s.numbers == numbers.find_numbers(text)
        assert s.folded == dates.fold(text)

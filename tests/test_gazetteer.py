"""Finding the gazetteer's bases in text as outlets write them: spellings, sites and towns."""

from __future__ import annotations

import pytest

from helpers.gazetteer import find_bases, find_places, name_pattern, read_bases
from helpers.normalize import fold_text


def bases(text: str) -> list[tuple[str, str]]:
    """(base id, kind) of every base mention in ``text``."""
    return [(b.base_id, b.kind) for b in find_bases(fold_text(text))]


@pytest.mark.parametrize("text, base_id", [
    # letters and a digit: with a space, a hyphen, or neither; Latin letters in either case
    ("أخلت القوات قاعدة K 1 الجوية", "k1"),
    ("أخلت القوات قاعدة K-1 الجوية", "k1"),
    ("أخلت القوات قاعدة k1 الجوية", "k1"),
    ("وصلت إلى قاعدة كي-1 في كركوك", "k1"),
    # «أبو» run into the next word
    ("انسحبت من معسكر أبوغريب غرب بغداد", "abu-ghraib"),
    # a quote or a parenthesis between the base word and the name, with a space or none
    ('غادرت قاعدة " التاجي" شمال بغداد', "taji"),
    ("غادرت معسكر “بسماية” جنوب شرقي بغداد", "besmaya"),
    ("انسحبت من قاعدة (K1) قرب كركوك", "k1"),
    # an adjective of its kind, and a comma, between the base word and the name
    ("سلمت قاعدة جوية، القيارة، إلى الجيش", "qayyarah"),
    ("غادرت القوات المعسكر التدريبي بسماية", "besmaya"),
    # a second name after a dash: the gazetteer's
    ("سلمت قاعدة بغداد – التاجي إلى الجيش", "taji"),
    ("سلمت قاعدة الأنبار - عين الأسد إلى الجيش", "ain-al-asad"),
])
def test_names_as_outlets_spell_them(text, base_id):
    assert bases(text) == [(base_id, "name")]


@pytest.mark.parametrize("name, text", [
    ("كي 1", "كي1"), ("كي 1", "كي - 1"), ("K1", "K 1"), ("ابو غريب", "ابوغريب"), ("ابو غريب", "ابو  غريب"),
])
def test_name_pattern_takes_the_spellings(name, text):
    import re
    assert re.fullmatch(name_pattern(name), text)


def test_name_pattern_keeps_other_words_apart():
    import re
    assert not re.fullmatch(name_pattern("عين الاسد"), "عينالاسد")


@pytest.mark.parametrize("text, base_id", [
    ("سلمت قوات التحالف مقرها في محافظة كركوك إلى القوات العراقية", "k1"),
    ("انسحبت القوات صباحا من قاعدتها في قضاء القائم", "al-qaim"),
    ("وتسلم الجيش الموقع الثاني الواقع في البغدادي", "ain-al-asad"),
    ("أخلت مواقعها العسكرية داخل المجمع الحكومي وسط الموصل", "nineveh-ops"),
    ("سلمت مقر القيادة بكركوك", "k1"),
    # a kind of place between the word that brings it in and its name
    ("غادرت القوات مقراتها في مدينة أربيل", "erbil"),
    # where the site lies may come after a comma or two
    ("انسحبت من المقر، الذي شغلته منذ 2016، في مدينة الموصل", "nineveh-ops"),
])
def test_a_site_named_by_where_it_lies_is_its_base(text, base_id):
    assert bases(text) == [(base_id, "site")]


@pytest.mark.parametrize("text", [
    "القاعدة الجوية جنوبي الموصل",       # a side of the town with nothing that puts the site in it
    "انسحبت إلى موقع جنوب كركوك",        # south of the town is outside it
    "وذكرت الوزارة في موقعها الرسمي أن القوات غادرت",
    "مقر السفارة الأمريكية في بغداد",     # Baghdad is the place of no one base
    "ونشر الموقع الإخباري صورا من داخل المدينة",
])
def test_no_site_without_a_place_of_a_base(text):
    assert bases(text) == []


@pytest.mark.parametrize("text, base_id", [
    ("أعادت الموقع الذي كانت تشغله في قاعدة القيارة الجوية", "qayyarah"),
    ("انسحبت القوات صباحا من قاعدتها في ناحية القيارة", "qayyarah"),  # the town is a name of the base
])
def test_a_named_base_is_not_also_a_site(text, base_id):
    assert bases(text) == [(base_id, "name")]


@pytest.mark.parametrize("text, expected", [
    ("انسحبت القوات من القائم", ["al-qaim"]),
    ("وصلت القوات بالحبانية", ["habbaniyah"]),
    ("نشرت الوزارة القائمة الكاملة", []),     # «القائمة» (the list) is no town
    ("قال مسؤول في بغداد", []),
])
def test_towns_of_bases(text, expected):
    assert [b.base_id for b in find_places(fold_text(text))] == expected


def test_each_town_belongs_to_one_base():
    towns = [fold_text(t) for cell in read_bases()["places_ar"] for t in cell.split("|") if t]
    assert len(towns) == len(set(towns))


@pytest.mark.parametrize("text, base_id", [
    ("غادرت القوات الإسبانية معسكر بسمايا", "besmaya"),        # «بسمايا» with alef, as often written
    ("سلم التحالف قاعدة كيه وان في كركوك", "k1"),
    ("أخلت القوات قاعدة الاتحاد 3 في بغداد", "union-iii"),    # Union III by its Arabic name
    ("انتقلت القوات إلى قاعدة الحرير في أربيل", "harir"),
])
def test_other_spellings_of_the_gazetteers_bases(text, base_id):
    assert bases(text) == [(base_id, "name")]


def test_the_union_is_union_iii_only_with_its_number():
    assert "union-iii" not in [b for b, _ in bases("وقال الاتحاد الأوروبي إن قاعدة الاتحاد الأوروبي في بغداد")]

"""The shortcuts that make the finders fast give exactly what a full scan gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers import dates, numbers

PIECES = [
    "في", "26", "آذار/ مارس", "2020", "الأربعاء", "18", "والأسبوع الماضي", "قبل أيام", "نهاية شهر",
    "نيسان", "المقبل", "عام", "منذ", "2014", "5 محرم 1442 هـ", "March 26, 2020", "26/3/2020", "أمس",
    "(الأحد)", "نحو", "3 آلاف و500", "جندي", "أحد عشر", "و", "مئتي", "عسكريان", "وجندي", "كوفيد – 19",
    "أكثر من", "بضعة آلاف", "،", ".", "\n", "تسعمئة و تسع و تسعون ألف و تسعمئة و تسع و تسعون",
    "التاسع والعشرين من", "الحادي عشر من", "الخميس",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.one_of(st.none(), st.just(dt.date(2020, 3, 30))))
@example("التاسع والعشرين من \n \n \n آذار/ مارس", None)  # an ordinal day further back than the window reached
def test_windowed_dates_equal_a_full_scan(text, anchor):
    fast = dates.find_dates(text, anchor)
    folded = dates.fold(text)
    full = dates.dates_in(folded, anchor, windows=[(0, len(folded.text))])
    assert fast == full


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["29 شباط", "31 نيسان", "الجاري", "الماضي", "أمس", "الخميس"]), max_size=30).map(" ".join),
       st.dates(dt.date(2019, 1, 1), dt.date(2022, 12, 31)))
def test_which_phrases_are_dates_does_not_depend_on_the_publication_day(text, anchor):
    """Why an article is searched for dates once, in stage 1, and read again with its date."""
    assert [(d.start, d.end) for d in dates.find_dates(text, anchor)] == [(d.start, d.end) for d in dates.find_dates(text)]


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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["يوم", "الخميس", "والخميس", "الماضي", "يوم الجمعة المقبل", "الخميسي"]), max_size=30).map(" ".join))
def test_weekdays_looked_for_near_their_names_equal_a_full_scan(text):
    folded = dates.fold(text)
    assert [m.span() for m in dates.weekdays_alone(folded)] == [m.span() for m in dates.WEEKDAY_ALONE.finditer(folded.text)]


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


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "\n", "ـ", "ً ", "\u200f"]),
                          st.text(alphabet=st.sampled_from("أإآاىةـًٌٍَُِّْ٠١٩کی \u200fابجدﻻ"), min_size=1)), max_size=5))
def test_sentences_cut_out_of_the_article_fold_are_folded_as_if_alone(parts):
    """A body cut out of its article's fold (as stage 1 makes it) holds the same sentence folds
    and the same joined fold as one made from the sentences alone."""
    from helpers.body import Body
    from helpers.normalize import fold

    article, pairs = "", []
    for gap, sentence in parts:
        article += gap
        pairs.append((sentence, len(article)))
        article += sentence
    cut, alone = Body(pairs, fold(article)), Body(pairs)
    assert cut.pieces == alone.pieces == [fold(text) for text, _ in pairs]
    assert cut.folded == alone.folded == fold("\x00".join(text for text, _ in pairs))


def _word_forms() -> list[str]:
    """Every transfer word, verb of cutting troops or sending them home and nationality word the word lists give,
    with the prefixes and endings the patterns accept, written joined and apart."""
    from helpers import event_words as EW
    from helpers.normalize import fold_text

    stems = [*EW.TRANSFER_VERBS, *EW.TRANSFER_VERBS.values(), *EW.TRANSFER_IRREGULAR_PAST, *EW.TRANSFER_NOUNS]
    stems += [*EW.REDUCTION_VERBS, *EW.REDUCTION_VERBS.values(), *EW.RETURN_VERBS, *EW.RETURN_VERBS.values()]
    stems += [s for group in EW.NATIONALITY_ADJECTIVES.values() for s in group]
    stems += [n for group in EW.COUNTRY_NAMES.values() for n in group]
    forms = []
    for stem in map(fold_text, stems):
        for before in ("", "و", "ف", "س", "سوف ي", "ي", "ت", "وي", "لل", "بال", "وال", "ان ي", "ل"):
            for after in ("", "ت", "وا", "ون", "ين", "ها", "هم", "يه", "ان"):
                forms.append(before + stem + after)
                forms.append(before + (stem[1:] if stem.startswith("ا") else stem) + after)
    return forms


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_word_forms()) | st.sampled_from(PIECES + ["قاعدة التاجي", "من"]), max_size=30).map(" ".join))
def test_stem_checks_skip_only_patterns_that_cannot_match(text):
    """A pattern is not run on a sentence that lacks its stems: that loses no match."""
    from helpers.extract import prepare, words

    s = prepare([(text, 0)], None)[0]
    f = s.f
    assert s.transfer_words == [(m.start("w"), m.end(), form) for pattern, form, _ in words.TRANSFER for m in pattern.finditer(f)]
    cuts = [(m.start("w"), m.end(), form) for pattern, form, _ in words.REDUCTION for m in pattern.finditer(f)]
    nouns = [(m.start("w"), m.end(), "noun") for m in words.WITHDRAWAL_EXTRA.finditer(f)]
    assert s.leaving_words == s.transfer_words + cuts + nouns
    assert s.nationality_cues == [(m.start(), m.end(), code) for pattern, code, _ in words.NATIONALITY
                                  if code != "IRQ" for m in pattern.finditer(f)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["القتالية", "بالقتالي", "وقتالياً", "قتال", "مهمة", "انتهت", "،"] + PIECES), max_size=20).map(" ".join))
def test_a_sentence_without_a_combat_word_has_no_combat_match(text):
    """Why mission changes are looked for only in sentences holding one of the combat words."""
    from helpers.extract import words
    from helpers.normalize import fold_text

    f = fold_text(text)
    assert any(w in f for w in words.COMBAT_WORDS) or not words.COMBAT.search(f)


def test_every_word_form_is_seen_by_some_pattern():
    """The forms above are the ones the patterns exist for (else the test above proves little)."""
    from helpers.extract import words

    text = " ".join(_word_forms())
    for pattern, _, _ in words.TRANSFER + words.REDUCTION + words.NATIONALITY:
        assert pattern.search(text), pattern.pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([p for p in PIECES if not any(c.isdigit() for c in p)] + [
    "الخامس من", "آذار", "عام ألفين وعشرين", "يوم الخميس", "غداً", "الأول من", "كانون الثاني", "رمضان", "هـ",
]), max_size=30).map(" ".join))
def test_without_digits_no_date_is_known_to_the_day_until_the_publication_day_is(text):
    """Why the publication date is looked for only in zones with digits."""
    assert not [d for d in dates.find_dates(text) if d.precision == "day" and d.earliest is not None]


RULE_PIECES = [
    "مقتل", "وقتل", "لقي حتفه", "جندي", "أمريكي", "وجندي", "بريطاني", "ومتعاقد", "رتلا", "عسكريا", "للرتل",
    "قافلة", "آخر", "غادر", "وغادرت", "سلم", "ثماني", "قواعد", "بالقواعد", "معسكرات", "من بينها", "ومنها",
    "قاعدة القيارة", "وقاعدة كي وان", "معسكر التاجي", "، ", "من", "إلى", "2500", "القوات", "العراقية",
    # whole phrases each rule is for, so that short texts hold them
    "مقتل جندي أمريكي", "وقتل الجندي البريطاني", "رتلا عسكريا غادر قاعدة القيارة",
    "سلم ثماني قواعد، من بينها قاعدة القيارة",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(RULE_PIECES + PIECES), max_size=20).map(" ".join), min_size=1, max_size=4),
       st.one_of(st.none(), st.just(dt.date(2020, 3, 30))))
def test_quick_tests_of_an_article_and_its_sentences_lose_nothing(sentences, anchor):
    """The rules of killing, convoys and plurals of bases run only where a quick test passes,
    for the article and then the sentence: the same records as with every test passing."""
    import re

    from helpers import extract
    from helpers.extract import sentence

    pairs, offset = [], 0
    for s in sentences:
        pairs.append((s, offset))
        offset += len(s) + 1
    fast = extract.extract_document("d", pairs, anchor)
    passing = {name: re.compile("") for name in sentence.HINTS}
    original, sentence.HINTS = sentence.HINTS, passing  # where the quick tests are looked up
    try:
        full = extract.extract_document("d", pairs, anchor)
    finally:
        sentence.HINTS = original
    assert fast == full

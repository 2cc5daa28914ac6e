"""Sentence splitting, and the pyarabic limit it works around."""

from __future__ import annotations

import pyarabic.araby as araby

from helpers.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_at_arabic_and_latin_end_marks_and_line_breaks():
    assert texts("غادر الجنود القاعدة. هل تعود القوات؟ نعم؛ لاحقا\nسطر جديد") == [
        "غادر الجنود القاعدة.", "هل تعود القوات؟", "نعم؛", "لاحقا", "سطر جديد",
    ]


def test_a_full_stop_with_no_space_after_it_still_ends_an_arabic_sentence():
    assert texts("إلى القوات العراقية.وقال المتحدث") == ["إلى القوات العراقية.", "وقال المتحدث"]


def test_the_arabic_comma_does_not_end_a_sentence():
    s = "قالت وكالة الأنباء العراقية، الأحد، إن التحالف لم تعد لديه قوات قتالية."
    assert texts(s) == [s]


def test_decimals_addresses_handles_and_initials_do_not_end_sentences():
    assert texts("بلغ العدد 2.5 مليون.") == ["بلغ العدد 2.5 مليون."]
    assert texts("#DefeatDaesh pic.twitter.com/x2gHwaExAx") == ["#DefeatDaesh pic.twitter.com/x2gHwaExAx"]
    assert texts("— OIR Spokesman Col. Myles B. Caggins III") == ["— OIR Spokesman Col. Myles B. Caggins III"]
    assert texts("View on Almaghribtoday.net") == ["View on Almaghribtoday.net"]


def test_closing_quotes_stay_with_their_sentence():
    assert texts('وقال: "انتهت المهمة." ثم غادر.') == ['وقال: "انتهت المهمة."', "ثم غادر."]


def test_more_than_32_sentences_are_all_split():
    text = " ".join(f"الجملة رقم {i}." for i in range(40))
    assert len(texts(text)) == 40


def test_pyarabic_sentence_tokenize_stops_after_32_splits():
    # why helpers.sentences exists: pyarabic passes re.UNICODE (32) as re.sub's count
    text = " ".join(f"الجملة رقم {i}." for i in range(40))
    assert len(araby.sentence_tokenize(text)) == 33


def test_spans_are_trimmed_and_offsets_give_back_the_text():
    text = "  أولى.   ثانية؟  \n\n  ثالثة  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["أولى.", "ثانية؟", "ثالثة"]


def test_split_inside_a_range():
    text = "قبل. داخل أولى. داخل ثانية. بعد."
    start = text.index("داخل")
    end = text.index("بعد")
    assert [text[s:e] for s, e in split_sentences(text, start, end)] == ["داخل أولى.", "داخل ثانية."]

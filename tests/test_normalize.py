"""The folded matching copy, and its map back to the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from helpers.normalize import Folded, fold, fold_text


def test_folding_removes_tashkeel_tatweel_and_unifies_letters():
    assert fold_text("أَعْلَنَتْ الـقـوات إلى القاعدة") == "اعلنت القوات الي القاعده"
    assert fold_text("آذار إبريل ٱلعام") == "اذار ابريل العام"


def test_digits_and_persian_letters():
    assert fold_text("٢٥٠٠ و۳۰ کی") == "2500 و30 كي"


def test_ligatures_are_spelled_out_and_map_to_their_one_character():
    f = fold("ﻻ")
    assert f.text == "لا"
    assert f.origin == (0, 0)


def test_a_presentation_form_without_a_spelling_stays_itself():
    assert fold_text("\ufdfd") == "\ufdfd"  # ﷽ has no compatibility decomposition


def test_line_endings_fold_to_newline():
    f = fold("أ\r\nب\rج")
    assert f.text == "ا\nب\nج"
    assert f.span(1, 2) == (2, 3)  # the LF of the CRLF


def test_span_maps_back_to_original_words():
    original = "سَحَبَتْ فرنسا مئتيْ جنديّ"
    f = fold(original)
    start = f.text.index("مئتي")
    s, e = f.span(start, start + len("مئتي"))
    assert original[s:e] == "مئتيْ"


def test_fold_keeps_zero_width_marks_out():
    assert fold_text("قاعدة\u200fكي\u200c 1") == "قاعدهكي 1"


@given(st.text())
def test_origin_is_monotonic_and_inside_the_text(text):
    f = fold(text)
    assert len(f.origin) == len(f.text)
    assert list(f.origin) == sorted(f.origin)
    assert all(0 <= i < len(text) for i in f.origin)


@given(st.text(alphabet=st.sampled_from("أإآاىةـًٌٍَُِّْ٠١٩۵کی\r\n \u200fابجدﻻ")))
def test_the_fast_path_agrees_with_folding_one_character_at_a_time(text):
    from helpers.normalize import _fold_by_char

    assert fold(text) == _fold_by_char(text)


@given(st.text())
def test_the_fast_path_agrees_on_arbitrary_text(text):
    from helpers.normalize import _fold_by_char

    assert fold(text) == _fold_by_char(text)


def test_no_fold_holds_a_character_that_is_replaced_so_the_order_of_replacing_is_free():
    from helpers.normalize import _REPLACEMENTS, _replace

    replaced = {c for c, _ in _REPLACEMENTS}
    assert len(replaced) > 20 and not any(set(folded) & replaced for _, folded in _REPLACEMENTS)
    # every replaced character, once each: the same as one character at a time
    text = "".join(c for c, _ in _REPLACEMENTS)
    assert _replace(text) == _replace(text[::-1])[::-1] == "".join(f for _, f in _REPLACEMENTS)
    assert _replace("قاعدة عين الأسد ٢٠٢١") == "قاعده عين الاسد 2021"


@given(st.text(alphabet=st.sampled_from("أإآاىةـًٌٍَُِّْ٠١٩۵کی\r\n \u200fابجدﻻ"), min_size=513))
def test_long_text_folded_without_its_map_is_the_same_text(text):
    from helpers.normalize import CACHED_LENGTH, _fold_by_char

    assert len(text) > CACHED_LENGTH and fold_text(text) == _fold_by_char(text).text


@given(st.text(alphabet=st.sampled_from("أاـًَُّ\r\nﻻ ب1")), st.integers(min_value=0, max_value=30))
def test_index_at_is_the_first_copy_character_from_that_offset_on(text, offset):
    f = fold(text)
    expected = next((i for i, o in enumerate(f.origin) if o >= offset), len(f.text))
    assert f.index_at(offset) == expected


@given(st.lists(st.text(alphabet=st.sampled_from("أإآاىةـًٌٍَُِّْ٠١٩۵کی \u200fابجدﻻ")), max_size=5))
def test_parts_cut_out_of_a_folded_text_are_the_fold_of_those_parts_joined(pieces):
    whole = "\n".join(pieces)
    spans, at = [], 0
    for piece in pieces:
        spans.append((at, at + len(piece)))
        at += len(piece) + 1
    assert fold(whole).slices(spans) == [fold(p) for p in pieces] == [fold(whole).slice(a, b) for a, b in spans]
    assert Folded.joined(fold(whole).slices(spans), "\x00") == fold("\x00".join(pieces))
    assert Folded.joined(fold(whole).slices(spans[1:]), "\x00") == fold("\x00".join(pieces[1:]))


def test_an_underscore_is_a_space_so_a_hashtag_names_its_words():
    folded = fold("هبطت طائرة جيش #جمهورية_التشيك")
    assert folded.text == "هبطت طائره جيش #جمهوريه التشيك"
    assert folded.span(folded.text.index("التشيك"), len(folded.text)) == (24, 30)

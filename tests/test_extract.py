"""Extraction rules on sentences of our own: other bases, outlets, months and years than the seeds."""

from __future__ import annotations

import datetime as dt

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import event_words as EW
from helpers.extract import extract_document, is_troop_noun, nationality_of_word
from helpers.normalize import fold_text

D = dt.date


def extract(*sentences: str, anchor: dt.date | None = D(2020, 8, 24)):
    """Records of a one-article text made of the given sentences."""
    offset, pairs = 0, []
    for s in sentences:
        pairs.append((s, offset))
        offset += len(s) + 1
    return extract_document("doc", pairs, anchor)


def brief(m) -> tuple:
    subject = m.base_id or m.nationality
    return (m.event_type, m.status, subject, m.count, m.date_earliest, m.date_latest)


@pytest.mark.parametrize("sentence, expected", [
    ("تسلمت القوات العراقية، أمس الأحد، معسكر التاجي من قوات التحالف الدولي.",
     ("base_transfer", "completed", "taji", None, D(2020, 8, 23), D(2020, 8, 23))),
    ("أعلن التحالف الدولي تسليم قاعدة بسماية إلى الجيش العراقي في 23 آب 2020.",
     ("base_transfer", "completed", "besmaya", None, D(2020, 8, 23), D(2020, 8, 23))),
    ("ومن المقرر أن تنسحب القوات الأمريكية من قاعدة عين الأسد مطلع أيلول المقبل.",
     ("base_transfer", "planned", "ain-al-asad", None, D(2020, 9, 1), D(2020, 9, 15))),
    ("وسيتم إخلاء معسكر أبو غريب خلال الأسابيع المقبلة بحسب مسؤول عسكري.",
     ("base_transfer", "planned", "abu-ghraib", None, D(2020, 8, 25), D(2020, 10, 5))),
    ("وغادرت آخر القوات الأجنبية قاعدة الحبانية في محافظة الأنبار.",
     ("base_transfer", "completed", "habbaniyah", None, None, D(2020, 8, 24))),
])
def test_base_transfers(sentence, expected):
    [m] = extract(sentence)
    assert brief(m) == expected
    assert m.sentence == sentence
    assert sentence[m.char_start:m.char_end] in sentence


def test_the_receiving_side():
    [m] = extract("أعلن التحالف تسليم قاعدة التاجي إلى القوات العراقية.")
    assert (m.actor_from, m.actor_to) == ("coalition", "iraq")
    [m] = extract("غادرت القوات الأجنبية قاعدة التاجي.")
    assert m.actor_to == ""


def test_a_pronoun_and_the_base_named_before():
    found = extract(
        "وصلت القوات إلى قاعدة الحبانية صباح اليوم.",
        "وقال المتحدث إن تسليم القاعدة تم بالتنسيق مع بغداد.",
    )
    assert [(m.event_type, m.base_id) for m in found] == [("base_transfer", "habbaniyah")]
    [m] = extract("انسحب الجنود من معسكر التاجي وسلموه إلى الجيش العراقي.")
    assert m.base_id == "taji"


def test_a_pronoun_on_a_verb_without_object_is_who_acts():
    # «انسحابها»: its withdrawal, from the base named after it; «تسليمها»: handing it over
    [m] = extract("وأنجزت القوات الفرنسية انسحابها من قاعدة التاجي الشهر الماضي.")
    assert brief(m) == ("base_transfer", "completed", "taji", None, D(2020, 7, 1), D(2020, 7, 31))
    assert extract("ووصلت القوات إلى قاعدة التاجي ثم أعلنت إعادة تموضعها قرب الحدود.") == []
    [m] = extract("ووصلت القوات إلى قاعدة التاجي ثم أعلنت تسليمها للجيش العراقي.")
    assert m.base_id == "taji"


@pytest.mark.parametrize("sentence, expected", [
    # «منها» after who withdraws is the base named before
    ("ورفعت القوات العراقية العلم العراقي فوق قاعدة كي وان بعد انسحاب التحالف منها.", [("k1", "completed")]),
    ("وزار الوزير قاعدة القيارة التي انسحبت القوات الأمريكية منها الشهر الماضي.", [("qayyarah", "completed")]),
    # a number between: troops leave it, it is not handed over
    ("وزار الوزير قاعدة القيارة، وأعلن انسحاب 500 جندي منها.", [("", "completed")]),
])
def test_from_it_after_who_withdraws_is_the_base_named_before(sentence, expected):
    assert [(m.base_id, m.status) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, base", [
    # a base right after a pronoun on the verbal noun is its object; the pronoun is who acts
    ("أعلنت قيادة العمليات المشتركة، اليوم الأحد، تسلمها معسكر بسماية من قوات التحالف الدولي.", "besmaya"),
    ("وأعلنت القوات الأمريكية تسليمها قاعدة القائم إلى القوات العراقية.", "al-qaim"),
    # with no base right after it, the pronoun is the base named before
    ("وزارت اللجنة معسكر التاجي وأعلنت تسليمها إلى القوات العراقية.", "taji"),
])
def test_a_base_right_after_a_pronoun_is_the_object(sentence, base):
    assert [m.base_id for m in extract(sentence)] == [base]


@pytest.mark.parametrize("sentence, status", [
    ("وقد تنسحب القوات الأميركية من قاعدة عين الأسد قريباً.", "planned"),  # «قد» + imperfect: may
    ("وكانت القوات الفرنسية قد انسحبت من قاعدة التاجي.", "completed"),  # «قد» + past: had
    ("وقررت الحكومة الإيطالية الانسحاب من قاعدة التاجي.", "planned"),  # a decision is a plan
])
def test_may_had_and_decided(sentence, status):
    [m] = extract(sentence)
    assert m.status == status


@pytest.mark.parametrize("sentence", [
    "وبدأت القوات الأميركية انسحابها من معسكر التاجي اليوم.",
    "وباشر التحالف الدولي تسليم قاعدة عين الأسد إلى الجيش العراقي.",
])
def test_a_begun_transfer_is_ongoing(sentence):
    [m] = extract(sentence)
    assert m.status == "ongoing"


def test_a_word_read_as_past_or_present_is_the_past():
    # «تسلم»: took over (past) or hands over (present): one record, done
    assert [brief(m) for m in extract("وتسلم الجيش العراقي قاعدة التقدم الجوية في الحبانية من التحالف.")] == [
        ("base_transfer", "completed", "habbaniyah", None, None, D(2020, 8, 24))]
    # unambiguous present: under way
    [m] = extract("ويتسلم الجيش العراقي اليوم قاعدة التاجي.")
    assert m.status == "ongoing"


def test_of_the_troops_is_who_leaves_not_where_from():
    # «من القوات» is partitive (the last of the troops), the base is the verb's object
    [m] = extract("وغادرت آخر دفعة من القوات الأجنبية قاعدة حرير في أربيل.")
    assert m.base_id == "harir"


@pytest.mark.parametrize("sentence, base", [
    ("وسلمت القوات الأمريكية قاعدة الأسد الجوية في الأنبار للقوات العراقية.", "ain-al-asad"),
    ("وانسحبت القوات الأمريكية من سوريا بعد لقاء مع الأسد.", None),  # a name, not the base
    # Camp Victory by its Arabic name, after a base word only
    ("وسلمت القوات الأمريكية معسكر النصر قرب مطار بغداد إلى القوات العراقية.", "baghdad-airport"),
    ("وانسحبت القوات من المدينة بعد النصر على داعش.", None),
])
def test_names_of_bases(sentence, base):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == ([base] if base else [])


@pytest.mark.parametrize("sentence, bases", [
    # where a base lies may stand between it and the next; a base named twice is one
    ("وسلم التحالف قاعدة القيارة جنوب الموصل ومعسكر التاجي إلى القوات العراقية.", ["qayyarah", "taji"]),
    ("وغادرت القوات الأميركية قاعدة التقدم في الحبانية ومعسكر التاجي شمال بغداد.", ["habbaniyah", "taji"]),
    ("وسلم التحالف قاعدة القيارة للقوات العراقية ويحتفظ بقاعدة حرير.", ["qayyarah"]),
    ("وتسلمت القوات العراقية قاعدة القيارة ثم قاعدة كي وان.", ["qayyarah", "k1"]),
    ("وسلم التحالف قاعدة القيارة وقاعدة القائم ومعسكر التاجي للجيش العراقي.", ["qayyarah", "al-qaim", "taji"]),
    ("وسلم التحالف قاعدة القيارة، وقاعدة القائم.", ["qayyarah", "al-qaim"]),
    ("وسلم التحالف قاعدة القيارة أو قاعدة القائم.", ["qayyarah"]),  # a choice, not a list
    ("وسلم التحالف قاعدة القيارة قرب قاعدة القائم.", ["qayyarah"]),  # a place, not an object
    # after a dual or plural base word every name of the list stands after it
    ("وسلم التحالف الدولي قاعدتي القيارة والقائم إلى القوات العراقية.", ["qayyarah", "al-qaim"]),
    ("وانسحبت قوات التحالف من قواعد القائم والقيارة وكركوك.", ["al-qaim", "qayyarah", "k1"]),
    ("وسلم التحالف قاعدة القيارة والقائم مدينة حدودية.", ["qayyarah"]),  # a town after a singular
])
def test_bases_listed_after_a_verb_are_all_its_objects(sentence, bases):
    assert [m.base_id for m in extract(sentence)] == bases


@pytest.mark.parametrize("sentence, expected", [
    # bases listed each with a date of its own: each on its own day
    ("وسلم التحالف قاعدة القائم في 17 مارس/آذار، وقاعدة القيارة في 26 مارس/آذار، وقاعدة كي 1 في 29 مارس/آذار.",
     [("al-qaim", D(2020, 3, 17)), ("qayyarah", D(2020, 3, 26)), ("k1", D(2020, 3, 29))]),
    ("وسلم التحالف قاعدة القائم في 17 مارس، وقاعدة القيارة يوم 26 مارس.", [("al-qaim", D(2020, 3, 17)), ("qayyarah", D(2020, 3, 26))]),
    # one date for the list: all on it
    ("وسلم التحالف قاعدة القائم وقاعدة القيارة يوم 26 مارس.", [("al-qaim", D(2020, 3, 26)), ("qayyarah", D(2020, 3, 26))]),
    # the second date a day of "the same month"
    ("وكان التحالف قد سلم قاعدة القائم في 17 مارس، وقاعدة القيارة في 26 من الشهر ذاته.",
     [("al-qaim", D(2020, 3, 17)), ("qayyarah", D(2020, 3, 26))]),
    # where each lies, then its date: still a list, each on its own day
    ("وسلم التحالف قاعدة القائم في الأنبار في 17 آذار، وقاعدة القيارة جنوب الموصل في 26 آذار.",
     [("al-qaim", D(2020, 3, 17)), ("qayyarah", D(2020, 3, 26))]),
    # a base named among a count of bases, with a date of its own after where it lies
    ("وسلم التحالف خلال الأشهر الماضية ثماني قواعد للقوات العراقية، آخرها معسكر التاجي شمال بغداد في الثالث والعشرين من آذار.",
     [("taji", D(2020, 3, 23))]),
])
def test_bases_listed_with_dates_of_their_own(sentence, expected):
    assert [(m.base_id, m.date_latest) for m in extract(sentence, anchor=D(2020, 4, 5))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a base that becomes the Iraqi side's, or whose control moves to it, changes hands
    ("وأصبحت قاعدة القيارة تحت سيطرة القوات العراقية بالكامل.", [("qayyarah", "completed", "iraq")]),
    ("وستصبح قاعدة التاجي تحت إدارة الجيش العراقي الشهر المقبل.", [("taji", "planned", "iraq")]),
    ("وانتقلت السيطرة على قاعدة القيارة إلى القوات العراقية.", [("qayyarah", "completed", "iraq")]),
    ("وأعلن التحالف انتقال المسؤولية عن قاعدة بلد إلى وزارة الدفاع العراقية.", [("balad", "completed", "iraq")]),
    # the noun of control joined to the base, with no article and no preposition
    ("وانتقلت مسؤولية قاعدة القيارة إلى قيادة العمليات المشتركة.", [("qayyarah", "completed", "iraq")]),
    # a base the Iraqi side holds, and a change denied, are not
    ("وتقع قاعدة عين الأسد تحت سيطرة القوات العراقية وتستضيف قوات التحالف.", []),
    ("ولم تصبح قاعدة حرير تحت سيطرة القوات العراقية بعد.", []),
    ("وانتقلت السيطرة على قاعدة القيارة إلى تنظيم داعش عام 2014.", []),
])
def test_a_base_that_comes_under_iraqi_control(sentence, expected):
    assert [(m.base_id, m.status, m.actor_to) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # ending one's presence at a base is leaving it
    ("وأنهى التحالف وجوده في قاعدة كي 1 قبل يومين.", [("base_transfer", "k1", "completed")]),
    ("وأنهت قوات التحالف مهامها في معسكر بسماية.", [("base_transfer", "besmaya", "completed")]),
    ("وستنهي القوات الأمريكية وجودها العسكري في قاعدة عين الأسد بحلول نهاية العام.", [("base_transfer", "ain-al-asad", "planned")]),
    ("وأعلن التحالف إنهاء وجوده في معسكر التاجي.", [("base_transfer", "taji", "completed")]),
    # the combat mission ending there, or a visit, is not
    ("وأنهت القوات الأمريكية مهمتها القتالية في قاعدة عين الأسد.", [("mission_change", "", "completed")]),
    ("وأنهى الوزير زيارته في قاعدة عين الأسد.", []),
])
def test_ending_the_presence_at_a_base(sentence, expected):
    assert [(m.event_type, m.base_id, m.status) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "ولم تنسحب القوات الأميركية من قاعدة عين الأسد حتى الآن.",
    "ونفت قيادة العمليات المشتركة انسحاب القوات الأميركية من قاعدة عين الأسد.",
    "ولن تسلم القوات الأميركية قاعدة عين الأسد قبل نهاية العام.",
    "وأكد المتحدث أنه لا توجد خطط لسحب القوات من قاعدة حرير.",
    "ولم يتم حتى الآن تسليم قاعدة بلد للجانب العراقي.",
    "ولن تسحب واشنطن 500 جندي من العراق.",
])
def test_what_is_denied_or_negated_did_not_happen(sentence):
    assert extract(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a condition, a question, a demand or a call
    "وإذا انسحبت القوات الأمريكية من قاعدة عين الأسد فإن تنظيم داعش سيعود.",
    "ولو انسحبت القوات من قاعدة حرير لانهار الأمن.",
    "وإذا بقي 2500 جندي في العراق فإن الهجمات ستستمر.",
    "وهل تنسحب القوات الأمريكية من قاعدة حرير؟",
    "وطالب البرلمان العراقي بانسحاب القوات الأجنبية من قاعدة عين الأسد.",
    "ودعا الصدر إلى انسحاب القوات الأمريكية من قاعدة عين الأسد.",
    "وطالب نواب بإنهاء المهمة القتالية للقوات الأمريكية.",
])
def test_what_is_only_supposed_asked_or_demanded_did_not_happen(sentence):
    assert extract(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # what follows a condition, asks or demands is stated: «إذا … فإن» often sets two facts side by side
    ("وإذا أعلنت بريطانيا سحب مدربيها، فإن فرنسا ستبدأ في سحب مئتي جندي من العراق.", [("troop_withdrawal", "planned")]),
    ("وسلمت القوات قاعدة التاجي، فهل تكون عين الأسد التالية؟", [("base_transfer", "completed")]),
    ("وبعد قرار البرلمان، انسحبت القوات من قاعدة القائم.", [("base_transfer", "completed")]),
    ("وانسحبت القوات من قاعدة القائم، ولو أن بعض المعدات بقيت.", [("base_transfer", "completed")]),
    ("وقال المتحدث إن القوات ستنسحب من قاعدة حرير إذا طلبت الحكومة ذلك.", [("base_transfer", "planned")]),
])
def test_what_is_stated_beside_a_condition_question_or_demand(sentence, expected):
    assert [(m.event_type, m.status) for m in extract(sentence)] == expected


def test_negation_with_only_is_what_happened_and_still_is_no_negation():
    assert [brief(m) for m in extract("ولم ينسحب سوى 200 جندي من العراق.")] == [
        ("troop_withdrawal", "completed", "COALITION", 200, None, D(2020, 8, 24))]
    assert [m.status for m in extract("ولا يزال الجنود ينسحبون من قاعدة التاجي.")] == ["ongoing"]


@pytest.mark.parametrize("sentence, bases", [
    # a count of bases, then some of them named: each named one was handed over
    ("وكان التحالف قد سلم ثماني قواعد للقوات العراقية خلال العام الماضي، من بينها قاعدة القيارة وقاعدة كي وان.",
     ["qayyarah", "k1"]),
    ("وسلم التحالف القواعد العسكرية التي كان يشغلها، ومنها معسكر التاجي.", ["taji"]),
    ("وسلم التحالف ثماني قواعد، من بينها قاعدة القيارة.", ["qayyarah"]),  # a comma right after the plural
    ("وكانت القوات الأميركية قد غادرت خلال العام الماضي ثماني قواعد عسكرية، من بينها قاعدة التقدم ومعسكر التاجي.",
     ["habbaniyah", "taji"]),
    ("وانسحب التحالف من عدة مواقع أبرزها قاعدة القائم.", ["al-qaim"]),
    ("وسلم التحالف ثماني قواعد للقوات العراقية، آخرها معسكر التاجي.", ["taji"]),  # the last of them
    ("وسلم التحالف ثماني قواعد، أولها قاعدة القائم.", ["al-qaim"]),
    # the names after «بينها» stand after the base word: towns too («القائم»، «التاجي»)
    ("وكانت قوات التحالف قد انسحبت من ثماني قواعد عسكرية، بينها القائم والقيارة وكي وان والحبانية والتاجي.",
     ["al-qaim", "qayyarah", "k1", "habbaniyah", "taji"]),
    # no transfer, or no count of bases before the names
    ("وزار الوزير عدة قواعد، من بينها قاعدة عين الأسد.", []),
    ("وزار الوزير ثلاث مدن بينها القائم.", []),
])
def test_bases_named_among_those_a_transfer_counts(sentence, bases):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == bases


@pytest.mark.parametrize("sentence, bases", [
    # a base after «إلى»، «باتجاه» is where troops or things go, not the base handed over
    ("وأخلت القوات الأميركية مواقعها في قاعدة كي وان ونقلت معداتها إلى قاعدة عين الأسد.", ["k1"]),
    ("وانسحبت القوات الأمريكية من قاعدة القائم باتجاه قاعدة عين الأسد.", ["al-qaim"]),
    ("وانسحبت القوات الفرنسية إلى قاعدة حرير في أربيل.", []),
    ("وسلم التحالف قاعدة القيارة إلى القوات العراقية.", ["qayyarah"]),
    # a list of bases where they go, and where troops redeploy
    ("ونقلت القوات معداتها إلى قاعدة حرير وقاعدة عين الأسد.", []),
    ("وباشرت القوات الأمريكية إعادة تموضع قواتها في قاعدتي عين الأسد وحرير.", []),
    ("وأعلن التحالف إعادة تموضع قواته من قاعدة القائم.", ["al-qaim"]),
])
def test_a_base_where_troops_go_is_not_handed_over(sentence, bases):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == bases


def test_a_date_between_a_verb_and_its_base_does_not_part_them():
    # the «من» of the date is not the verb's «من»
    [m] = extract("وكانت القوات الأمريكية قد انسحبت في الـ 19 من آذار الماضي من قاعدة القائم.", anchor=D(2020, 8, 20))
    assert brief(m) == ("base_transfer", "completed", "al-qaim", None, D(2020, 3, 19), D(2020, 3, 19))


def test_a_handover_planned_within_the_weeks_ahead():
    [m] = extract("ومن المقرر تسليم قاعدة الحبانية خلال الأسابيع المقبلة.", anchor=D(2020, 4, 5))
    assert brief(m) == ("base_transfer", "planned", "habbaniyah", None, D(2020, 4, 6), D(2020, 5, 17))


@pytest.mark.parametrize("sentence, base", [
    # a base the gazetteer does not list: the name after «قاعدة» or «معسكر»
    ("سلمت القوات الأمريكية اليوم قاعدة سبايكر إلى القوات العراقية.", "unlisted-سبايكر"),
    ("وانسحبت قوات التحالف من معسكر الصقر جنوب بغداد.", "unlisted-الصقر"),
    ("وتسلمت القوات العراقية قاعدة جرف الصخر من التحالف.", "unlisted-جرف-الصخر"),  # a name of two words
    ("وغادرت القوات الفرنسية قاعدة سبايكر الجوية.", "unlisted-سبايكر"),  # the adjective is no name
    ("وسلم التحالف «قاعدة الحرية» إلى الجيش العراقي.", "unlisted-الحريه"),
    # a word that opens a name takes the next one, whatever it is
    ("وتسلمت القوات العراقية قاعدة الإمام علي الجوية في الناصرية.", "unlisted-الامام-علي"),
    ("وسلمت القوات الأمريكية قاعدة تل عفر للجيش العراقي.", "unlisted-تل-عفر"),
    # the gazetteer's name wins over a name of the same words
    ("وغادرت القوات الأمريكية قاعدة بلد الجوية.", "balad"),
    ("وسلم التحالف قاعدة عين الأسد.", "ain-al-asad"),
])
def test_a_base_the_gazetteer_does_not_list(sentence, base):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == [base]


@pytest.mark.parametrize("sentence", [
    "وسلم التحالف قاعدة عسكرية في الأنبار إلى الجيش العراقي.",  # an adjective agrees with the base word
    "وسلمت القوات الأمريكية قاعدة أمريكية سابقة.",
    "وغادرت القوات معسكر تدريب قرب الموصل.",  # what kind of camp
    "وغادرت القوات معسكر تدريبي قرب الموصل.",
    "وسلم التحالف قاعدة بيانات إلى الوزارة.",
    "وانسحبت القوات من قاعدة للتحالف في الأنبار.",  # whose base, with a preposition
    "وسلمت القوات قاعدة التحالف في الأنبار.",
    "وسلمت القوات الأمريكية أمس قاعدة هي الثالثة هذا العام.",  # a pronoun of a clause about it
    "وهذه ثالث قاعدة يسلمها التحالف هذا الشهر.",  # a verb of a clause about it
    "وتعد أول قاعدة ستكون تحت سيطرة القوات العراقية.",
    "وهي أول قاعدة قد تسلمها القوات العراقية.",
    "وتسلمت القوات العراقية قاعدة خلال الأيام الماضية.",  # a time
    "وتسلمت القوات العراقية قاعدة مطلع الشهر.",
    "وتسلمت القوات العراقية قاعدة في الأنبار.",  # where it lies
])
def test_words_after_a_base_word_that_are_no_name(sentence):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == []


@pytest.mark.parametrize("sentence, bases", [
    # an unlisted base placed in another country by its clause or by an adjective is not of Iraq
    ("وانسحبت القوات الأمريكية من قاعدة عريفجان في الكويت.", []),
    ("وسلمت القوات الأمريكية قاعدة باغرام الجوية في أفغانستان للقوات الأفغانية.", []),
    ("وأخلت القوات الأمريكية قاعدة الشدادي السورية.", []),
    # where the troops go is no place of the base; Iraq named in its clause keeps it
    ("وانسحبت القوات الأمريكية من قاعدة سبايكر ونقلت معداتها إلى الكويت.", ["unlisted-سبايكر"]),
    ("وانسحبت القوات الأمريكية من سوريا، وسلمت قاعدة سبايكر في العراق.", ["unlisted-سبايكر"]),
])
def test_an_unlisted_base_in_another_country_is_none_of_these_events(sentence, bases):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == bases


@pytest.mark.parametrize("sentence, bases", [
    # part of the troops leave a base, or it is left only in part: it is not handed over
    ("وسحبت القوات الأمريكية جزءا من قواتها من قاعدة عين الأسد.", []),
    ("وسحبت القوات الأمريكية بعض قواتها من قاعدة عين الأسد.", []),
    ("وسحبت واشنطن عددا من جنودها من قاعدة حرير.", []),
    ("وسحبت القوات الأمريكية معظم قواتها من قاعدة عين الأسد.", []),
    ("وكشف مصدر أن القوات الأمريكية أخلت قاعدة عين الأسد جزئيا.", []),
    ("وانسحبت القوات الأمريكية بشكل جزئي من قاعدة التاجي.", []),
    # all of them, or the base left whole: handed over
    ("وسحبت القوات الأمريكية جميع قواتها من قاعدة عين الأسد.", ["ain-al-asad"]),
    ("وانسحبت القوات الأمريكية من قاعدة التاجي بالكامل.", ["taji"]),
    ("وسلم التحالف بعض القواعد، ومنها قاعدة القيارة.", ["qayyarah"]),  # some bases, one of them named
])
def test_troops_leaving_a_base_in_part_do_not_hand_it_over(sentence, bases):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == bases


@pytest.mark.parametrize("sentence, expected", [
    # the Iraqi side or another force as who leaves, hands on or hands over: not the coalition's
    ("وانسحب الجيش العراقي من قاعدة القيارة.", []),
    ("وسلمت القوات العراقية قاعدة الحبانية إلى قوات الحشد الشعبي.", []),
    ("وتسلمت الشرطة الاتحادية مقر اللواء في قاعدة التاجي من الجيش العراقي.", []),
    ("وسحب الجيش العراقي 3000 جندي من الحدود السورية.", []),
    # the Iraqi side receiving, or naming who leaves
    ("وتسلمت القوات العراقية قاعدة القيارة من التحالف الدولي.", [("base_transfer", "qayyarah")]),
    ("وتسلم الجيش العراقي قاعدة التاجي.", [("base_transfer", "taji")]),
    ("وأعلنت القوات العراقية انسحاب قوات التحالف من قاعدة التاجي.", [("base_transfer", "taji")]),
])
def test_what_the_iraqi_side_or_another_force_does_is_not_the_coalitions(sentence, expected):
    assert [(m.event_type, m.base_id) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # the number of a base's name counts no troops, whatever follows it
    "وأخلت قوات التحالف قاعدة يونيون 3 من جنودها الأمريكيين.",
    "وانسحبت قوات التحالف أمس من قاعدة يونيون 3 من قوات التحالف.",
    "وتسلمت القوات العراقية أمس قاعدة يونيون 3 من قوات التحالف الدولي.",
])
def test_the_number_of_a_base_name_counts_no_troops(sentence):
    assert [(m.event_type, m.base_id) for m in extract(sentence)] == [("base_transfer", "union-iii")]


def test_a_withdrawal_from_bases_in_general_names_no_base():
    # the verb's «من» object is "3 قواعد": the base listed after it is not its object
    assert extract("قررت القوات الانسحاب من 3 قواعد من أصل 8، منها قاعدة التاجي.") == []
    assert extract("يعمل التحالف على الانسحاب من القواعد العراقية.") == []


def test_a_base_named_without_a_transfer_is_no_event():
    assert extract("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("وأعلنت إيطاليا سحب 450 جنديا من العراق الشهر الماضي.",
     ("troop_withdrawal", "completed", "ITA", 450, D(2020, 7, 1), D(2020, 7, 31))),
    ("وستسحب ألمانيا نحو مئة جندي من قاعدة التاجي بحلول نهاية أيلول.",
     ("troop_withdrawal", "planned", "DEU", 100, None, D(2020, 9, 30))),  # by a deadline: open start
    ("ولا يزال نحو ثلاثة آلاف جندي أميركي ينتشرون في العراق.",
     ("troop_presence", "reported", "USA", 3000, None, D(2020, 8, 24))),
    ("ويحتفظ البريطانيون حاليا بـ 400 من جنودهم في البلاد.",
     ("troop_presence", "reported", "GBR", 400, D(2020, 8, 24), D(2020, 8, 24))),
    ("وقتل جنديان فرنسيان في هجوم بعبوة ناسفة.",
     ("casualties", "completed", "FRA", 2, None, D(2020, 8, 24))),
    ("وما زال عشرات المستشارين الأستراليين يغادرون البلاد.",
     ("troop_withdrawal", "ongoing", "AUS", None, None, D(2020, 8, 24))),
])
def test_troop_figures(sentence, expected):
    [m] = extract(sentence)
    assert brief(m) == expected


@pytest.mark.parametrize("sentence, expected", [
    # cut to a level: the troops that stay, reported once the cut is done, planned before
    ("وخفضت الولايات المتحدة عدد جنودها في العراق إلى 3000 جندي الشهر الماضي.",
     ("troop_presence", "reported", "USA", 3000, D(2020, 7, 1), D(2020, 7, 31))),
    ("وستقلص بريطانيا عدد جنودها في العراق إلى 400 جندي.",
     ("troop_presence", "planned", "GBR", 400, D(2020, 8, 24), None)),
    ("وأعلن البنتاغون خفض عدد القوات الأميركية في العراق إلى 2500 جندي بحلول منتصف كانون الثاني المقبل.",
     ("troop_presence", "planned", "USA", 2500, None, D(2021, 1, 20))),

    # «تقلص» is also the past (decreased): dated before the publication day, it is
    ("وتقلص عدد القوات الأمريكية في العراق إلى 3000 جندي الشهر الماضي.",
     ("troop_presence", "reported", "USA", 3000, D(2020, 7, 1), D(2020, 7, 31))),
    ("وتقلص الولايات المتحدة عدد قواتها في العراق إلى 3000 جندي.",
     ("troop_presence", "planned", "USA", 3000, D(2020, 8, 24), None)),
    # cut by an amount: those troops leave, however far the verb of cutting stands in the clause
    ("وخفضت إيطاليا قواتها في العراق بنحو 200 جندي الشهر الماضي.",
     ("troop_withdrawal", "completed", "ITA", 200, D(2020, 7, 1), D(2020, 7, 31))),
    ("وقلصت الولايات المتحدة عدد قواتها في العراق بنحو 2200 جندي الشهر الماضي.",
     ("troop_withdrawal", "completed", "USA", 2200, D(2020, 7, 1), D(2020, 7, 31))),
    ("وقلصت الولايات المتحدة عديد قواتها في العراق بمقدار 2200 جندي الشهر الماضي.",
     ("troop_withdrawal", "completed", "USA", 2200, D(2020, 7, 1), D(2020, 7, 31))),
    # «إلى» before a place is no level
    ("ونقلت القوات الأسترالية 300 جندي إلى الكويت.",
     ("troop_withdrawal", "completed", "AUS", 300, None, D(2020, 8, 24))),
])
def test_a_cut_to_a_level_is_the_troops_that_stay(sentence, expected):
    [m] = extract(sentence)
    assert brief(m) == expected


@pytest.mark.parametrize("sentence, expected", [
    # from one level to another: both are standing figures, the first held until the change
    ("وقلصت الدنمارك قواتها من 120 إلى 80 جنديا.",
     [("troop_presence", "reported", "DNK", 120, None, D(2020, 8, 24)),
      ("troop_presence", "reported", "DNK", 80, None, D(2020, 8, 24))]),
    ("وسيخفض عدد القوات الأميركية من 3000 إلى 2500 جندي بحلول 15 كانون الثاني 2021.",
     [("troop_presence", "reported", "USA", 3000, None, D(2020, 8, 24)),
      ("troop_presence", "planned", "USA", 2500, None, D(2021, 1, 15))]),
    # a change that is done: the level before it held until it began
    ("وكانت الولايات المتحدة قد خفضت عدد جنودها من 5200 إلى 3000 جندي في تموز الماضي.",
     [("troop_presence", "reported", "USA", 5200, None, D(2020, 7, 1)),
      ("troop_presence", "reported", "USA", 3000, D(2020, 7, 1), D(2020, 7, 31))]),
    # the noun written after both numbers
    ("وقال ماكنزي إن الولايات المتحدة ستخفض وجودها في العراق من نحو 5200 جندي إلى 3000 جندي.",
     [("troop_presence", "reported", "USA", 5200, None, D(2020, 8, 24)),
      ("troop_presence", "planned", "USA", 3000, D(2020, 8, 24), None)]),
    # a cut to come within a month already begun: the level before still stands on the day
    ("وستخفض الولايات المتحدة عدد جنودها من 5200 إلى 3000 جندي خلال شهر آب الجاري.",
     [("troop_presence", "reported", "USA", 5200, None, D(2020, 8, 24)),
      ("troop_presence", "planned", "USA", 3000, D(2020, 8, 24), D(2020, 8, 31))]),
    # a word of now, or where they are, after the first
    ("وستخفض القوات الأمريكية عددها من 5200 جندي حاليا إلى 3000 جندي.",
     [("troop_presence", "reported", "USA", 5200, D(2020, 8, 24), D(2020, 8, 24)),
      ("troop_presence", "planned", "USA", 3000, D(2020, 8, 24), None)]),
    ("وستخفض القوات الأمريكية عددها من 5200 جندي في العراق إلى 3000 جندي.",
     [("troop_presence", "reported", "USA", 5200, None, D(2020, 8, 24)),
      ("troop_presence", "planned", "USA", 3000, D(2020, 8, 24), None)]),
    # a range of other things is no figure
    ("وسقط من 3 إلى 5 صواريخ على القاعدة.", []),
    # a number of troops from a base to other bases moves
    ("وسحبت القوات 300 جندي من قاعدة القائم إلى 3 قواعد أخرى.",
     [("troop_withdrawal", "completed", "COALITION", 300, None, D(2020, 8, 24))]),
])
def test_from_one_level_to_another(sentence, expected):
    assert [brief(m) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # troops sent home leave
    ("وأعادت القوات الأسترالية نحو 150 من عسكرييها إلى بلادهم بعد انتهاء مهمة التدريب.",
     ("troop_withdrawal", "completed", "AUS", 150, None, D(2020, 8, 24))),
    ("وستعيد إيطاليا 200 جندي إلى روما الشهر المقبل.",
     ("troop_withdrawal", "planned", "ITA", 200, D(2020, 9, 1), D(2020, 9, 30))),
    # «أعاد» of something else, far from the troops
    ("وأعادت الحكومة فتح الطريق المؤدي إلى قاعدة بلد حيث يتمركز 50 متعاقدا.",
     ("troop_presence", "reported", "COALITION", 50, None, D(2020, 8, 24))),
])
def test_troops_sent_home_leave(sentence, expected):
    [m] = extract(sentence)
    assert brief(m) == expected


def test_usually_is_no_verb_of_leaving():
    # «عادة» folds to a form of «عاد» (returned): it is not among the verbs of cutting troops
    [m] = extract("وعادة ما يتمركز نحو 300 جندي أميركي في القاعدة.")
    assert (m.event_type, m.status) == ("troop_presence", "reported")


@pytest.mark.parametrize("sentence, anchor, expected", [
    # a verbal noun dated after the publication day: not done yet
    ("وأعلن التحالف انسحاب قواته من قاعدة عين الأسد في 15 أيلول المقبل.", D(2020, 8, 24),
     ("base_transfer", "planned", "ain-al-asad", None, D(2020, 9, 15), D(2020, 9, 15))),
    # due by a deadline that has not passed: a plan, any time before it
    ("واتفق الجانبان على إنهاء المهمة القتالية للتحالف بحلول نهاية 2021.", D(2021, 7, 27),
     ("mission_change", "planned", "", None, None, D(2021, 12, 31))),
    # the same deadline passed by the publication day: done
    ("وأعلن التحالف إنهاء المهمة القتالية بحلول نهاية 2021.", D(2022, 1, 10),
     ("mission_change", "completed", "", None, D(2021, 7, 1), D(2021, 12, 31))),
    # dated before the publication day: done
    ("وأعلن التحالف انسحاب قواته من قاعدة عين الأسد في 15 آب.", D(2020, 8, 24),
     ("base_transfer", "completed", "ain-al-asad", None, D(2020, 8, 15), D(2020, 8, 15))),
])
def test_a_verbal_noun_takes_its_tense_from_its_date(sentence, anchor, expected):
    [m] = [r for r in extract(sentence, anchor=anchor) if r.force != "agreement"]  # not the agreement itself
    assert brief(m) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb plainly in the past, before a deadline still to come: done, any time before the
    # publication day (before, these were plans dated on the deadline)
    ("وانسحبت القوات الأمريكية من قاعدة التاجي قبل 15 يناير.",
     ("base_transfer", "completed", "taji", None, None, D(2021, 1, 14))),
    ("وسحبت واشنطن 500 جندي قبل الموعد المحدد في 15 كانون الثاني.",
     ("troop_withdrawal", "completed", "USA", 500, None, D(2021, 1, 14))),
    # a verbal noun after a verb of finishing takes its tense
    ("وأنجزت القوات الفرنسية انسحابها من قاعدة القيارة قبل موعده المحدد في نهاية الشهر الجاري.",
     ("base_transfer", "completed", "qayyarah", None, None, D(2021, 1, 14))),
    ("واكتمل خفض القوات الأمريكية إلى 2500 جندي قبل الموعد المحدد في 15 يناير.",
     ("troop_presence", "reported", "USA", 2500, None, D(2021, 1, 14))),
    # «خفض» alone may be the noun: due by the deadline, a plan
    ("وأعلن البنتاغون خفض عدد القوات إلى 2500 جندي قبل 15 يناير.",
     ("troop_presence", "planned", "USA", 2500, None, D(2021, 1, 15))),  # the Pentagon: the United States
    # the schedule without «قبل» is the day it happened on
    ("وانسحبت القوات الأمريكية من قاعدة التاجي في الموعد المحدد في 10 يناير.",
     ("base_transfer", "completed", "taji", None, D(2021, 1, 10), D(2021, 1, 10))),
])
def test_done_before_a_deadline_to_come(sentence, expected):
    [m] = extract(sentence, anchor=D(2021, 1, 14))
    assert brief(m) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an imperfect dated after the publication day: still to come, not under way
    ("وتغادر القوات الإيطالية قاعدة أربيل في أيلول المقبل.",
     ("base_transfer", "planned", "erbil", None, D(2020, 9, 1), D(2020, 9, 30))),
    ("ومن المنتظر أن يغادر نحو 500 جندي ألماني بحلول أيلول المقبل.",
     ("troop_withdrawal", "planned", "DEU", 500, None, D(2020, 9, 30))),
])
def test_what_is_dated_after_the_publication_day_is_planned(sentence, expected):
    [m] = extract(sentence)
    assert brief(m) == expected



@pytest.mark.parametrize("sentence, expected", [
    ("وقتل متعاقد أميركي وأصيب خمسة جنود في هجوم صاروخي على قاعدة عين الأسد.", [("casualties", "USA", 1)]),
    ("وأصيب ثلاثة جنود أميركيين بجروح طفيفة في الهجوم.", []),
    ("وأسفر الهجوم عن مقتل جنديين أميركيين وإصابة 4 آخرين.", [("casualties", "USA", 2)]),
    ("وأسفر الهجوم عن إصابة جنديين ومقتل 3 جنود بريطانيين.", [("casualties", "GBR", 3)]),
])
def test_the_wounded_are_neither_dead_nor_a_standing_figure(sentence, expected):
    assert [(m.event_type, m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, status", [
    ("وسيبقى نحو 2500 جندي أميركي في العراق بعد انسحاب القوات القتالية.", "planned"),
    ("وقال المسؤول إن 2500 جندي أميركي سيبقون في العراق لتقديم المشورة.", "planned"),
    ("ومن المتوقع أن يصل عدد الجنود الألمان إلى 120 جنديا.", "planned"),
    ("ويوجد في العراق 2500 جندي أميركي يقدمون المشورة.", "reported"),
    ("وكان في العراق 2500 جندي أميركي، وسيبقى بعضهم.", "reported"),  # the verb is in another clause
    ("وأكدت واشنطن أن عديد قواتها في العراق سيبلغ 2500 جندي.", "planned"),
    ("وأكدت واشنطن أن عديد قواتها في العراق يبلغ 3000 جندي.", "reported"),
    # troops kept: a level to come, or one now
    ("وقال الوزير إن الولايات المتحدة ستحتفظ بـ 3000 جندي في العراق.", "planned"),
    ("وستحافظ الولايات المتحدة على وجود 2500 جندي في العراق.", "planned"),
    ("وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.", "reported"),
])
def test_a_level_to_come_is_planned(sentence, status):
    # (the first sentence also ends the combat mission, planned: test_the_combat_troops_leaving_end_the_mission)
    [m] = [m for m in extract(sentence) if m.event_type != "mission_change"]
    assert (m.event_type, m.status) == ("troop_presence", status)


@pytest.mark.parametrize("sentence, expected", [
    # a noun of leaving after the troops, brought in by a word of time, tells when: a level
    ("وكان عدد القوات الأمريكية يناهز خمسة آلاف جندي قبل بدء الانسحاب.", ("troop_presence", "reported", 5000)),
    ("وكان في العراق 5000 جندي أمريكي عند بدء الانسحاب.", ("troop_presence", "reported", 5000)),
    # the verb before them still moves them
    ("وسحبت واشنطن 500 جندي قبل الانسحاب الكامل.", ("troop_withdrawal", "completed", 500)),
    ("وأعلنت واشنطن أن 500 جندي سينسحبون من العراق.", ("troop_withdrawal", "planned", 500)),
])
def test_a_withdrawal_that_tells_when_moves_no_troops(sentence, expected):
    assert [(m.event_type, m.status, m.count) for m in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # only part of a total moves: the total is what stands
    ("وأعلنت وزارة الدفاع البريطانية سحب معظم قواتها البالغ عددها 400 جندي.", ("troop_presence", "reported", "GBR", 400)),
    ("وستسحب كندا نصف مدربيها البالغ عددهم 200 مدرب.", ("troop_presence", "reported", "CAN", 200)),
    # all of them move: the total is what leaves
    ("ومن المقرر أن ينسحب جميع الجنود الإسبان البالغ عددهم 300 جندي.", ("troop_withdrawal", "planned", "ESP", 300)),
    ("وسحبت الدنمارك قواتها البالغ عددها 120 جنديا.", ("troop_withdrawal", "completed", "DNK", 120)),
])
def test_a_total_of_which_only_part_moves_is_a_standing_figure(sentence, expected):
    [m] = extract(sentence)
    assert (m.event_type, m.status, m.nationality, m.count) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a figure dated in its clause after the publication day is a level to come
    ("على أن يبلغ عدد القوات الأميركية 2500 جندي في كانون الثاني المقبل.",
     ("troop_presence", "planned", "USA", 2500, D(2021, 1, 1), D(2021, 1, 31))),
    ("ويبلغ عدد الجنود الأميركيين 2500 جندي بحلول نهاية العام.",
     ("troop_presence", "planned", "USA", 2500, None, D(2020, 12, 31))),
    # a date to come in another clause dates something else
    ("ويبلغ عدد الجنود الأميركيين 3000 جندي، ويعقد البرلمان جلسته في كانون الثاني المقبل.",
     ("troop_presence", "reported", "USA", 3000, None, D(2020, 8, 24))),
])
def test_a_figure_dated_after_the_publication_day_is_planned(sentence, expected):
    [m] = extract(sentence)
    assert brief(m) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a level that a cut further back in the clause has not yet reached
    ("وقال ماكنزي إن الولايات المتحدة ستقلص عدد قواتها في العراق من 5200 إلى 3000 جندي.",
     [("troop_presence", "reported", "USA", 5200, None, D(2020, 8, 24)),
      ("troop_presence", "planned", "USA", 3000, D(2020, 8, 24), None)]),
    ("وقال ماكنزي إن الولايات المتحدة قلصت عدد قواتها في العراق من 5200 إلى 3000 جندي.",
     [("troop_presence", "reported", "USA", 5200, None, D(2020, 8, 24)),
      ("troop_presence", "reported", "USA", 3000, None, D(2020, 8, 24))]),
])
def test_a_level_far_after_its_verb_of_cutting(sentence, expected):
    assert [brief(m) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, bases", [
    # a convoy on the move is no base changing hands, before or after its verb
    ("وذكرت مصادر أمنية أن رتلا عسكريا تابعا للتحالف غادر قاعدة عين الأسد باتجاه سوريا.", []),
    ("وغادرت قافلة شاحنات للتحالف قاعدة حرير صباح اليوم.", []),
    # the last one is the troops leaving for good
    ("وغادر آخر رتل للقوات الأمريكية قاعدة عين الأسد.", ["ain-al-asad"]),
    # a convoy in another clause is not the verb's subject
    ("واستهدفت عبوة رتلا للتحالف، فيما غادرت القوات الأمريكية قاعدة التاجي.", ["taji"]),
])
def test_a_convoy_leaving_a_base_is_no_transfer(sentence, bases):
    assert [m.base_id for m in extract(sentence) if m.event_type == "base_transfer"] == bases


@pytest.mark.parametrize("sentence, anchor, expected, precision", [
    # since a date: troops counted over a time, or standing, any time from its start up to the
    # publication day
    ("وكانت واشنطن قد سحبت نحو ألفي جندي من العراق منذ أيلول الماضي.", D(2021, 1, 16),
     ("troop_withdrawal", "completed", "USA", 2000, D(2020, 9, 1), D(2021, 1, 16)), "unknown"),
    ("ويتمركز في قاعدة حرير نحو 800 جندي أمريكي منذ عام 2016.", D(2021, 1, 16),
     ("troop_presence", "reported", "USA", 800, D(2016, 1, 1), D(2021, 1, 16)), "unknown"),
    ("وقتل 5 جنود أمريكيين منذ بداية العام في هجمات صاروخية.", D(2020, 9, 10),
     ("casualties", "completed", "USA", 5, D(2020, 1, 1), D(2020, 9, 10)), "unknown"),
    # a single act since a day happened on it
    ("وأكد التحالف أنه لم تعد لديه قوات قتالية في البلاد منذ 9 كانون الأول.", D(2021, 12, 12),
     ("mission_change", "completed", "", None, D(2021, 12, 9), D(2021, 12, 9)), "day"),
    # in a date, not since it: the month alone
    ("وكانت واشنطن قد سحبت نحو ألفي جندي من العراق في أيلول الماضي.", D(2021, 1, 16),
     ("troop_withdrawal", "completed", "USA", 2000, D(2020, 9, 1), D(2020, 9, 30)), "month"),
])
def test_since_a_date(sentence, anchor, expected, precision):
    [m] = extract(sentence, anchor=anchor)
    assert (brief(m), m.date_precision) == (expected, precision)


@pytest.mark.parametrize("sentence, expected", [
    # singulars joined to it are one more each; of the same side they add up
    ("وأعلن التحالف مقتل جندي أمريكي وجندي بريطاني ومتعاقد أمريكي في هجوم صاروخي على معسكر التاجي.",
     [("casualties", "USA", 2), ("casualties", "GBR", 1)]),
    # killed by another word, another event
    ("وقتل جنديان أمريكيان في هجوم، وقتل جندي أمريكي آخر في حادث سير.", [("casualties", "USA", 2), ("casualties", "USA", 1)]),
    # a singular troop noun after a word of killing is one killed
    ("وقتل جندي أمريكي في هجوم صاروخي على قاعدة عين الأسد.", [("casualties", "USA", 1)]),
    ("وأعلن البنتاغون مقتل جندي أمريكي في انفجار عبوة ناسفة.", [("casualties", "USA", 1)]),
    ("وأعلنت وزارة الدفاع البريطانية مقتل جندية بريطانية في حادث.", [("casualties", "GBR", 1)]),
    ("وأسفر الهجوم عن مقتل مجندة بريطانية وإصابة جنديين.", [("casualties", "GBR", 1)]),
    ("وأكد التحالف مقتل الجندي الفرنسي متأثرا بجروحه.", [("casualties", "FRA", 1)]),
    # death in service is a casualty too
    ("وأعلن البنتاغون وفاة جندي أمريكي في حادث غير قتالي في قاعدة عين الأسد.", [("casualties", "USA", 1)]),
    ("وقالت الوزارة إن جنديا أمريكيا توفي إثر حادث سير.", [("casualties", "USA", 1)]),
    ("وتوفي جنديان بريطانيان في حادث تحطم مروحية.", [("casualties", "GBR", 2)]),
    # Iraqi troops, or another force's, are not the coalition's
    ("وقتل 3 جنود عراقيين في هجوم لداعش.", []),
    # «أودى بحياة»: took the lives of, the verb before «بحياة» or its subject between
    ("وقال البنتاغون إن الهجوم أودى بحياة جندي أمريكي.", [("casualties", "USA", 1)]),
    ("وأودى الهجوم بحياة ثلاثة جنود من التحالف.", [("casualties", "COALITION", 3)]),
    ("وأودى الهجوم بحياة جنديين أمريكيين وأصاب 12 آخرين.", [("casualties", "USA", 2)]),
    ("وقتل جندي عراقي في هجوم لداعش.", []),
    ("وأعلنت خلية الإعلام الأمني مقتل عنصر من داعش.", []),
    ("وقتل خمسة عناصر من الحشد الشعبي.", []),
    ("ونشرت الحكومة 2000 عنصر من الشرطة حول المطار.", []),
])
def test_one_killed_and_whose_troops(sentence, expected):
    assert [(m.event_type, m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a plan dated without a year means the next one, a thing done the last one
    ("ولن تكون هناك قوات قتالية أمريكية في العراق بحلول 31 ديسمبر.", ("mission_change", "planned", None, D(2021, 12, 31))),
    ("وستنسحب القوات البريطانية من قاعدة التاجي في آذار.", ("base_transfer", "planned", D(2022, 3, 1), D(2022, 3, 31))),
    ("وسحبت بريطانيا 400 جندي في آذار.", ("troop_withdrawal", "completed", D(2021, 3, 1), D(2021, 3, 31))),
    ("وستسلم القوات الأمريكية قاعدة حرير يوم الاثنين.", ("base_transfer", "planned", D(2021, 8, 2), D(2021, 8, 2))),
    ("وتعتزم القوات الأمريكية الانسحاب من قاعدة التاجي خلال أيام.", ("base_transfer", "planned", D(2021, 7, 28), D(2021, 8, 6))),
    ("وانسحبت القوات من قاعدة بسماية خلال أيام.", ("base_transfer", "completed", D(2021, 7, 17), D(2021, 7, 26))),
])
def test_a_plan_dated_without_a_year_is_ahead(sentence, expected):
    [m] = extract(sentence, anchor=D(2021, 7, 27))
    assert (m.event_type, m.status, m.date_earliest, m.date_latest) == expected


@pytest.mark.parametrize("sentence, expected", [
    # not before a date: planned from it on, not due by it, and not negated away
    ("وقال إن انسحاب القوات من قاعدة القيارة لن يتم قبل العام المقبل.", ("base_transfer", "planned", D(2022, 1, 1), None)),
    ("وقال إن القوات لن تنسحب من قاعدة القيارة قبل أيلول المقبل.", ("base_transfer", "planned", D(2021, 9, 1), None)),
    ("وقال إن القوات ستنسحب من قاعدة القيارة قبل أيلول المقبل.", ("base_transfer", "planned", None, D(2021, 9, 30))),
])
def test_not_before_a_date_is_planned_from_it(sentence, expected):
    [m] = extract(sentence, anchor=D(2021, 7, 27))
    assert (m.event_type, m.status, m.date_earliest, m.date_latest) == expected


def test_a_negation_without_a_date_after_it_still_negates():
    assert extract("وقال إن القوات لن تنسحب من قاعدة القيارة.", anchor=D(2021, 7, 27)) == []


@pytest.mark.parametrize("sentence, expected", [
    # what two sides agreed on is a plan, as what one decided or approved
    ("واتفقت الحكومتان على سحب 500 جندي أمريكي من العراق الشهر المقبل.",
     ("troop_withdrawal", "planned", D(2021, 8, 1), D(2021, 8, 31))),
    ("واتفق الجانبان على تسليم قاعدة حرير إلى القوات العراقية.", ("base_transfer", "planned", D(2021, 7, 27), None)),
    # an intention, a resolve or plans, with a pronoun or not
    ("وتحدثت تقارير عن نية واشنطن سحب 500 جندي من العراق.", ("troop_withdrawal", "planned", D(2021, 7, 27), None)),
    ("وأعلنت واشنطن عزمها سحب 500 جندي من العراق.", ("troop_withdrawal", "planned", D(2021, 7, 27), None)),
    ("وكشف مسؤول عن خطط لسحب القوات الأمريكية من قاعدة التاجي.", ("base_transfer", "planned", D(2021, 7, 27), None)),
    # a past date between the plan word and the event dates the decision: the plan takes the other
    ("وكانت واشنطن وبغداد قد اتفقتا في نيسان الماضي على إنهاء المهمة القتالية بحلول نهاية العام الجاري.",
     ("mission_change", "planned", None, D(2021, 12, 31))),
    ("وقررت واشنطن في أيار الماضي سحب 500 جندي من العراق بحلول نهاية العام.",
     ("troop_withdrawal", "planned", None, D(2021, 12, 31))),
    ("وقررت واشنطن في أيار الماضي سحب 500 جندي من العراق.", ("troop_withdrawal", "planned", D(2021, 7, 27), None)),
    # a past date after the event's word is still its own: done before the day it is published
    ("وسحبت واشنطن 500 جندي من العراق في أيار الماضي.", ("troop_withdrawal", "completed", D(2021, 5, 1), D(2021, 5, 31))),
])
def test_an_agreement_or_decision_is_a_plan_dated_by_its_deadline_not_its_day(sentence, expected):
    [m] = [r for r in extract(sentence, anchor=D(2021, 7, 27)) if r.force != "agreement"]  # not the agreement itself
    assert (m.event_type, m.status, m.date_earliest, m.date_latest) == expected


@pytest.mark.parametrize("sentence, expected", [
    # troops placed in another country, in a clause that does not name Iraq, are not of the drawdown
    ("وأضاف أن القوات الأمريكية في أفغانستان وصلت أيضا إلى مستوى 2500 جندي.", []),
    ("وتحتفظ الولايات المتحدة بنحو 900 جندي في سوريا.", []),
    ("وسحبت واشنطن 500 جندي من أفغانستان الشهر الماضي.", []),
    ("وفي أفغانستان، خفضت واشنطن عدد قواتها إلى 2500 جندي.", []),
    ("وقتل جندي أمريكي في هجوم في سوريا.", []),
    ("وأنهت الولايات المتحدة مهمتها القتالية في أفغانستان.", []),
    # Iraq named too, or the other country where they go
    ("وأكملت الولايات المتحدة خفض قواتها في أفغانستان والعراق إلى 2500 جندي في كل منهما.", [("troop_presence", "USA", 2500)]),
    ("ونقلت واشنطن 500 جندي من العراق إلى الكويت.", [("troop_withdrawal", "USA", 500)]),
    ("وانسحب 500 جندي أمريكي من قاعدة عين الأسد إلى الكويت.", [("troop_withdrawal", "USA", 500)]),
    ("وستنهي القوات الأمريكية مهمتها القتالية في العراق بنهاية العام، بعد انسحابها من أفغانستان.", [("mission_change", "", None)]),
])
def test_troops_in_another_country(sentence, expected):
    assert [(m.event_type, m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a level troops are raised to is a standing figure, as the level of a cut is
    ("وقال الأمين العام إن الحلف سيرفع عدد أفراد بعثته من 500 إلى 4000.",
     [("troop_presence", "reported", "COALITION", 500), ("troop_presence", "planned", "COALITION", 4000)]),
    ("وقرر الحلف زيادة عدد أفراد بعثته في العراق من 500 إلى 4000 عنصر.",
     [("troop_presence", "reported", "COALITION", 500), ("troop_presence", "planned", "COALITION", 4000)]),
    ("ووافق وزراء دفاع الحلف على رفع عدد عناصر البعثة إلى 4000 عنصر.", [("troop_presence", "planned", "COALITION", 4000)]),
    ("وستزيد الدنمارك عدد جنودها في العراق إلى 285 جنديا.", [("troop_presence", "planned", "DNK", 285)]),
    ("وزادت الدنمارك عدد جنودها العام الماضي إلى 285 جنديا.", [("troop_presence", "reported", "DNK", 285)]),
    ("ولن يرفع الحلف عدد قواته إلى 4000 جندي.", []),
    # troops sent, or added, are no level of the troops there
    ("وأرسلت الولايات المتحدة 500 جندي إلى العراق.", []),
    ("وعززت واشنطن قواتها في العراق بـ 3000 جندي.", []),
    ("ووصل 300 جندي إضافي إلى قاعدة عين الأسد.", []),
    # a word of leaving nearer the number governs it
    ("وأرسلت واشنطن طائرات وسحبت 500 جندي من العراق.", [("troop_withdrawal", "completed", "USA", 500)]),
    ("وسحبت واشنطن 500 جندي وأرسلت 200 آخرين إلى الكويت.", [("troop_withdrawal", "completed", "USA", 500)]),
])
def test_troops_raised_and_sent(sentence, expected):
    assert [(m.event_type, m.status, m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # «لقي … حتفه/مصرعه»: met their death, the killed between the verb and its noun
    ("ولقي متعاقد أمريكي مصرعه جراء سقوط صواريخ على قاعدة بلد الجوية.", [("casualties", "USA", 1)]),
    ("ولقي ثلاثة جنود أمريكيين مصرعهم في الهجوم.", [("casualties", "USA", 3)]),
    ("ولقي جنديان بريطانيان حتفهما في انفجار عبوة ناسفة.", [("casualties", "GBR", 2)]),
    ("وقالت إن الجندي الأمريكي لقي حتفه متأثرا بجروحه.", [("casualties", "USA", 1)]),
    # the troops before the verb that kills or wounds them, as its subject
    ("وقالت الوزارة إن ثلاثة جنود أمريكيين قتلوا في الهجوم.", [("casualties", "USA", 3)]),
    ("وأعلن البنتاغون أن جنديين أمريكيين لقيا حتفهما في حادث.", [("casualties", "USA", 2)]),
    ("وأعلن البنتاغون أن جنديا أمريكيا قتل في هجوم صاروخي.", [("casualties", "USA", 1)]),
    ("وكان خمسة جنود أمريكيين آخرين قد قتلوا في هجوم مماثل.", [("casualties", "USA", 5)]),
    ("وقالت الوزارة إن خمسة جنود أمريكيين أصيبوا في الهجوم.", []),
    ("وأضاف أن جنديا بريطانيا أصيب بجروح طفيفة.", []),
    # not a verb of a clause of its own, nor one with an object: troops who killed
    ("وقتل ثلاثة جنود وأصيب خمسة آخرون.", [("casualties", "COALITION", 3)]),
    ("وقال إن ثلاثة جنود قتلوا خمسة مسلحين.", []),
    # nor one a word of another kind stands before
    ("وأكد أن 2500 جندي أمريكي سيبقون في العراق بعد مقتل الجنرال.", [("troop_presence", "USA", 2500)]),
])
def test_the_killed_before_their_verb(sentence, expected):
    assert [(m.event_type, m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb does not govern a number across «أن»: the number is in a clause of its own
    ("وأضاف أن التسليم يأتي ضمن خطة لإعادة تموضع قوات التحالف، مشيراً إلى أن نحو 300 عسكري من التحالف كانوا يتمركزون في القاعدة.",
     [("troop_presence", "reported", "COALITION", 300)]),
    ("وقررت واشنطن سحب قواتها، وأكدت أن 500 جندي سيبقون في أربيل.", [("troop_presence", "planned", "USA", 500)]),
    # but it does with no «أن» between
    ("وأعلنت واشنطن سحب 500 جندي من العراق.", [("troop_withdrawal", "completed", "USA", 500)]),
    # a total after a number that moves stands: the number before it is the part that moves
    ("وأعلنت إيطاليا سحب 300 من عسكرييها البالغ عددهم 900.",
     [("troop_withdrawal", "completed", "ITA", 300), ("troop_presence", "reported", "ITA", 900)]),
    ("وسحبت الدنمارك قواتها البالغ عددها 130 جنديا.", [("troop_withdrawal", "completed", "DNK", 130)]),
    # a level as a bare number, the troops named before it as what is cut
    ("وخفضت الولايات المتحدة عدد جنودها في العراق إلى 3000.", [("troop_presence", "reported", "USA", 3000)]),
    ("وكان البنتاغون قد أعلن خفض عديد القوات إلى 3000.", [("troop_presence", "reported", "USA", 3000)]),  # the Pentagon: the United States
    ("وستخفض بريطانيا قواتها إلى 400 بحلول نهاية العام.", [("troop_presence", "planned", "GBR", 400)]),
    # not what troops cut, nor a number with a noun of its own
    ("وخفضت القوات الأمريكية عدد دورياتها إلى 3.", []),
    ("وخفضت الحكومة عدد الوزارات إلى 20.", []),
    ("وخفضت القوات الأمريكية عدد دورياتها إلى 3 يوميا.", []),
    # a cut to a level after the troops counted: they are the level before it, and stand
    ("ويبلغ عدد الجنود الأميركيين في العراق نحو 5200 جندي، وتعتزم واشنطن خفضه إلى 3500 جندي.",
     [("troop_presence", "reported", "USA", 5200), ("troop_presence", "planned", "USA", 3500)]),
    # without a level, troops counted before a verb of leaving are those who leave
    ("وكان نحو 5200 جندي أميركي قد غادروا العراق.", [("troop_withdrawal", "completed", "USA", 5200)]),
    # what the troops amount to is a level, whatever a verb of another clause after it moves
    ("وكان عدد القوات الأمريكية في العراق قد بلغ نحو 3000 جندي، بعد أن سحبت واشنطن 2200 جندي.",
     [("troop_presence", "reported", "USA", 3000), ("troop_withdrawal", "completed", "USA", 2200)]),
    ("وبلغ عدد القوات الأمريكية في العراق نحو 3000 جندي، بعد أن غادر 2200 جندي منهم.",
     [("troop_presence", "reported", "USA", 3000), ("troop_withdrawal", "completed", "USA", 2200)]),
    ("وبلغ عدد الجنود الذين غادروا العراق 2200 جندي.", [("troop_withdrawal", "completed", "COALITION", 2200)]),
])
def test_which_verb_governs_a_number(sentence, expected):
    assert [(m.event_type, m.status, m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the killed counted by the parts they are made of, each of its own side: after «هم», a
    # comma alone, or «، هم» after the noun phrase
    ("وقتل ثلاثة جنود، اثنان أمريكيان وبريطاني، في هجوم صاروخي.", [("casualties", "USA", 2), ("casualties", "GBR", 1)]),
    ("وقتل ثلاثة جنود هم أمريكيان وبريطاني في هجوم صاروخي.", [("casualties", "USA", 2), ("casualties", "GBR", 1)]),
    ("وأسفر الهجوم عن مقتل ثلاثة من عناصر التحالف الدولي، هم جنديان أمريكيان ومجندة بريطانية.",
     [("casualties", "USA", 2), ("casualties", "GBR", 1)]),
    # or after where they fell, up to four words
    ("وقتل ثلاثة جنود في هجوم صاروخي، بينهم أمريكيان.", [("casualties", "USA", 2), ("casualties", "COALITION", 1)]),
    ("وقتل ثلاثة جنود في هجوم، اثنان أمريكيان وبريطاني.", [("casualties", "USA", 2), ("casualties", "GBR", 1)]),
    ("وقتل ثلاثة جنود في الهجوم الذي تبناه مسلحون هم من داعش.", [("casualties", "COALITION", 3)]),
    ("وقتل ثلاثة جنود في هجوم، هم الأوائل منذ شهور.", [("casualties", "COALITION", 3)]),
    # parts of no side named take the number's own
    ("وأعلن مقتل ثلاثة جنود أمريكيين، هم جنديان ومتعاقد.", [("casualties", "USA", 3)]),
    # some of them («بينهم»، «منهم»): the rest are the coalition's, not the side of the part
    ("وقتل ثلاثة جنود بينهم أمريكيان في هجوم صاروخي.", [("casualties", "USA", 2), ("casualties", "COALITION", 1)]),
    ("وقتل ثلاثة جنود، اثنان منهم أمريكيان.", [("casualties", "USA", 2), ("casualties", "COALITION", 1)]),
    # parts that do not add up, or are not counted: the number alone, of no side of theirs
    ("وقتل ثلاثة جنود هم أمريكيان وبريطانيان.", [("casualties", "COALITION", 3)]),
    ("وقتل عشرات الجنود بينهم أمريكيان.", [("casualties", "COALITION", None)]),
    # no parts: a list of the killed, or a clause after the comma
    ("وقتل جنديان أمريكيان ومتعاقد بريطاني.", [("casualties", "USA", 2), ("casualties", "GBR", 1)]),
    ("وأعلن مقتل ثلاثة جنود أمريكيين، وإصابة خمسة آخرين.", [("casualties", "USA", 3)]),
    # a standing total takes no side from the parts it holds
    ("وقال إن 5000 جندي، بينهم 2500 أمريكي، ما زالوا في العراق.",
     [("troop_presence", "COALITION", 5000), ("troop_presence", "USA", 2500)]),
])
def test_the_killed_by_their_parts(sentence, expected):
    assert [(m.event_type, m.nationality, m.count) for m in extract(sentence)] == expected


def test_every_opener_of_parts_holds_hm():
    """The quick test before looking for parts is a comma or «هم» after the number: every
    opener must hold it, or its parts would be missed."""
    assert all("هم" in fold_text(w) for w in EW.PARTS_ALL_WORDS + EW.PARTS_AMONG_WORDS)


@pytest.mark.parametrize("sentence, expected", [
    # one of its soldiers killed is one casualty
    ("وأكدت وزارة الدفاع الأسترالية مقتل أحد جنودها في حادث سير قرب معسكر التاجي.", [("casualties", "AUS", 1)]),
    ("وقتل أحد الجنود الأمريكيين في هجوم على قاعدة بلد.", [("casualties", "USA", 1)]),
    # one or two people a story names are no level of troops
    ("وقال أحد المستشارين الأمريكيين إن القوات ستبقى.", []),
    ("وقال ضابطان بريطانيان إن القوات ستبقى.", []),
    # but they still leave
    ("وغادر ضابطان بريطانيان العراق أمس.", [("troop_withdrawal", "GBR", 2)]),
])
def test_one_of_the_troops_and_people_named(sentence, expected):
    assert [(m.event_type, m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a part of them leaves, named after the total: the total stands, dated in its own clause
    ("ويبلغ عدد الجنود الأميركيين 3000 جندي، وسيغادر نصفهم قبل نهاية الشهر الجاري.",
     [("troop_presence", "reported", "USA", 3000, None, D(2020, 8, 24))]),
    ("ويتواجد في العراق 2500 جندي أمريكي، ومعظمهم سيغادرون في أيلول.",
     [("troop_presence", "reported", "USA", 2500, None, D(2020, 8, 24))]),
    ("ويبلغ عدد الجنود الأميركيين 3000 جندي، وسيغادر نصفهم، بحسب المسؤول، قبل نهاية العام.",
     [("troop_presence", "reported", "USA", 3000, None, D(2020, 8, 24))]),
    ("ويتواجد في العراق 2500 جندي أمريكي، وغالبيتهم سوف يغادرون في أيلول.",
     [("troop_presence", "reported", "USA", 2500, None, D(2020, 8, 24))]),
    # all of them leave
    ("وغادر 300 جندي إيطالي العراق، وبقي بعضهم في الكويت.",
     [("troop_withdrawal", "completed", "ITA", 300, None, D(2020, 8, 24))]),
])
def test_a_part_of_them_leaving_leaves_the_total_standing(sentence, expected):
    assert [brief(m) for m in extract(sentence)] == expected


def test_trainers_are_told_from_troops():
    [m] = extract("وغادر 300 مدرب من حلف الناتو العراق.")
    assert (m.force, m.nationality, m.count) == ("trainers", "COALITION", 300)


def test_a_demanded_withdrawal_is_a_standing_figure():
    [m] = extract("وطالب البرلمان بانسحاب 2500 جندي أميركي من البلاد.")
    assert (m.event_type, m.status, m.count) == ("troop_presence", "reported", 2500)


def test_numbers_that_count_no_troops_are_no_events():
    assert extract("وسقط 12 صاروخا على بعد 40 كلم من القاعدة، وأصيب 5 مدنيين عراقيين.") == []
    assert extract("وتوفي 35 عراقيا بفيروس كورونا.") == []


def test_unnamed_troops_are_the_coalitions():
    [m] = extract("وانسحب نحو 200 جندي من البلاد الأسبوع الماضي.")
    assert m.nationality == "COALITION"


@pytest.mark.parametrize("sentence, status", [
    # the combat troops leaving, all of them or the last, end the combat mission
    ("وأعلن التحالف مغادرة جميع قواته القتالية العراق.", "completed"),
    ("وانسحبت آخر القوات القتالية الأمريكية من العراق الخميس.", "completed"),
    ("وغادرت القوات القتالية الأمريكية العراق.", "completed"),
    ("وستسحب الولايات المتحدة كل قواتها القتالية من العراق بحلول نهاية العام.", "planned"),
    # troops that stay after them: still to come, as «بعد انتهاء المهمة القتالية» is
    ("وسيبقى 2500 جندي بعد انسحاب القوات القتالية.", "planned"),
    ("وسيبقى نحو 2500 جندي أميركي في العراق بعد انسحاب القوات القتالية.", "planned"),
    # named before their verb
    ("وقال مسؤول أمريكي إن القوات القتالية الأمريكية غادرت العراق بالكامل.", "completed"),
    ("وأكد أن القوات القتالية قد انسحبت من البلاد.", "completed"),
    ("وانسحبت آخر القوات القتالية الأمريكية الخميس.", "completed"),
    # combat troops pulling out something else, or leaving a base on a patrol, do not leave
    ("وسحبت القوات القتالية معداتها من القاعدة.", None),
    ("وقال إن القوات القتالية غادرت القاعدة صباحا في دورية.", None),
])
def test_the_combat_troops_leaving_end_the_mission(sentence, status):
    found = [m.status for m in extract(sentence, anchor=D(2021, 12, 12)) if m.event_type == "mission_change"]
    assert found == ([status] if status else [])


@pytest.mark.parametrize("sentence, status, day", [
    ("وأعلنت وزارة الدفاع انتهاء المهام القتالية للتحالف في 31 كانون الأول 2021.", "completed", D(2021, 12, 31)),
    ("وقال المتحدث إنه لم تعد هناك أي قوات قتالية للتحالف في البلاد.", "completed", None),
    ("وسينهي التحالف مهمته القتالية بحلول نهاية العام.", "planned", None),
    ("وقال بايدن: لن نكون في مهمة قتالية بحلول نهاية العام.", "planned", None),
])
def test_the_end_of_the_combat_mission(sentence, status, day):
    [m] = extract(sentence, anchor=D(2021, 12, 31))
    assert (m.event_type, m.status) == ("mission_change", status)
    if day:
        assert m.date_earliest == m.date_latest == day


def test_an_end_after_a_verb_of_a_state_to_come_is_still_to_come():
    found = extract("وسيبقى نحو 2500 جندي أميركي في العراق بعد انتهاء المهمة القتالية.", anchor=D(2021, 7, 27))
    assert [(m.event_type, m.status) for m in found] == [("troop_presence", "planned"), ("mission_change", "planned")]


def test_no_combat_role_to_come_is_a_planned_end():
    [m] = extract("وأكد المتحدث أن القوات المتبقية لن يكون لها أي دور قتالي.", anchor=D(2021, 12, 10))
    assert (m.event_type, m.status) == ("mission_change", "planned")


@pytest.mark.parametrize("sentence, expected", [
    # the role turning to training and advice is the end of the combat mission
    ("وتحول دور القوات الأمريكية إلى المشورة والتدريب.", ("completed", None, D(2021, 4, 8))),
    ("وأصبحت مهمة التحالف غير قتالية.", ("completed", None, D(2021, 4, 8))),
    ("وتتحول مهمة التحالف تدريجيا إلى التدريب والمشورة.", ("ongoing", None, D(2021, 4, 8))),
    ("وستتحول مهمة التحالف إلى مهمة استشارية بحلول نهاية العام.", ("planned", None, D(2021, 12, 31))),
    ("وسيقتصر دور القوات الأمريكية على التدريب والمشورة اعتبارا من العام المقبل.", ("planned", D(2022, 1, 1), D(2022, 12, 31))),
    ("واتفق الجانبان على نقل مهام القوات الأمريكية إلى التدريب والمشورة.", ("planned", D(2021, 4, 8), None)),
    # one record for a sentence that also ends the combat mission in words
    ("وأعلن الطرفان انتهاء المهمة القتالية وتحول دور القوات إلى المشورة والتدريب.", ("completed", None, D(2021, 4, 8))),
])
def test_the_role_turning_to_training_and_advice_ends_the_combat_mission(sentence, expected):
    [m] = extract(sentence, anchor=D(2021, 4, 8))
    assert (m.event_type, m.status, m.date_earliest, m.date_latest) == ("mission_change", *expected)


@pytest.mark.parametrize("sentence", [
    "وأكد ستولتنبرغ أن البعثة غير قتالية.",  # what the role is, with no word of turning
    "وتقتصر مهمة بعثة الناتو على التدريب.",
    "واقتصرت مهمة القوات الإسبانية على تدريب الجيش العراقي.",
    "وتتولى القوات الإسبانية مهمة تدريب الجيش العراقي في معسكر بسماية.",
    "وطالب نواب بتحويل مهمة القوات الأمريكية إلى التدريب فقط.",  # demanded
    "ولن تتحول مهمة القوات إلى التدريب قبل نهاية العام.",  # negated
    "وتحولت مهمة القوات الأمريكية في أفغانستان إلى التدريب.",  # another country
])
def test_a_role_that_is_advisory_without_turning_is_no_mission_change(sentence):
    assert extract(sentence, anchor=D(2021, 4, 8)) == []


def test_an_end_without_combat_is_no_mission_change():
    assert extract("وانتهت جولة الحوار الاستراتيجي بين البلدين اليوم.") == []


@pytest.mark.parametrize("sentence", [
    "وقال الكاظمي إن العراق لم يعد بحاجة إلى قوات قتالية أجنبية.",
    "وأضاف أن البلاد لم تعد في حاجة إلى أي دور قتالي للتحالف.",
])
def test_no_longer_needing_combat_troops_is_no_end_of_the_mission(sentence):
    assert extract(sentence, anchor=D(2021, 12, 10)) == []


def test_the_mission_ends_on_a_day_to_come():
    [m] = extract("وتنتهي المهمة القتالية للقوات الأمريكية في 31 كانون الأول الجاري.", anchor=D(2021, 12, 10))
    assert brief(m) == ("mission_change", "planned", "", None, D(2021, 12, 31), D(2021, 12, 31))


def test_without_a_publication_date_relative_dates_stay_open():
    [m] = extract("تسلمت القوات العراقية أمس معسكر التاجي.", anchor=None)
    assert (m.date_earliest, m.date_latest) == (None, None)


@pytest.mark.parametrize("word, code", [
    ("الأميركيين", "USA"), ("أمريكيان", "USA"), ("بريطاني", "GBR"), ("الفرنسية", "FRA"),
    ("التشيك", "CZE"), ("للتحالف", "COALITION"), ("أجنبي", "FOREIGN"), ("كتاب", ""),
    # broken plurals
    ("الإسبان", "ESP"), ("الأمريكان", "USA"), ("الألمان", "DEU"), ("الأجانب", "FOREIGN"), ("الأتراك", "TUR"),
    ("الأمان", ""),
])
def test_nationality_words(word, code):
    from helpers.normalize import fold_text

    assert nationality_of_word(fold_text(word)) == code


@pytest.mark.parametrize("word, troop", [("جنديا", True), ("قواتهم", True), ("المدربين", True), ("قواعد", False), ("كلم", False)])
def test_troop_nouns(word, troop):
    assert is_troop_noun(word) is troop


# -- robustness -----------------------------------------------------------------------------

WORDS = ["سحب", "انسحاب", "تسليم", "غادرت", "قاعدة", "القيارة", "معسكر التاجي", "القاعدة", "منها", "2500", "جندي",
         "أميركي", "مئتي", "عسكريان", "وجندي", "قتل", "ستبدأ", "قد تكون", "لم تعد", "قوات قتالية", "أمس", "الأحد",
         "9 ديسمبر", "بحلول", "نحو", "وهم", "،", ".", "إلى القوات العراقية", "كي 1", "\u064b", "ـ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), st.one_of(st.none(), st.just(D(2020, 3, 30))))
def test_any_sentence_gives_records_that_quote_it(sentence, anchor):
    for m in extract(sentence, anchor=anchor):
        assert 0 <= m.char_start <= m.char_end <= len(sentence)
        assert m.sentence == sentence
        assert m.status in ("completed", "ongoing", "planned", "reported")
        assert m.date_earliest is None or m.date_latest is None or m.date_earliest <= m.date_latest


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    extract(text)


def test_weak_verbs_in_their_irregular_past():
    [m] = extract("وأخلت القوات الأجنبية قاعدة أربيل الجوية أمس.")
    assert (m.base_id, m.status) == ("erbil", "completed")


@pytest.mark.parametrize("place", EW.ELSEWHERE)
def test_every_other_country_is_found_however_it_is_joined(place):
    """The quick test of an article's words must let every place of :data:`EW.ELSEWHERE` through,
    after «في»، «من» or a joined «ب»/«وب»."""
    for joined in ("في ", "من ", "ب", "وب"):
        assert extract(f"وقالت إن 900 جندي أمريكي {joined}{place} سيبقون.") == [], joined


def test_every_word_of_raising_or_sending_passes_the_quick_test():
    from helpers.extract import words as X
    assert all(X.GROWTH_HINT.search(stem) for _, _, stems in X.GROWTH for stem in stems)

"""Zones of a page: body and quotes apart from titles, bylines, captions and boilerplate."""

from __future__ import annotations

import pytest

from helpers.furniture import EVENT_ZONES, is_caption, is_date_line, related_marker, zones


def zone_lines(text: str) -> list[tuple[str, str]]:
    return [(z.zone, text[z.start:z.end]) for z in zones(text)]


PAGE = """الرئيسية » أخبار العراق » سياسة
القوات العراقية تتسلم قاعدة بلد الجوية
جنود عراقيون في قاعدة بلد، 2 أيار 2021 (أ ف ب)
بغداد - العربي الجديد
تسلمت القوات العراقية، اليوم السبت، قاعدة بلد الجوية من القوات الأمريكية بعد انسحاب آخر المدربين منها.
اقرأ أيضاً: الحكومة تعلن خطة جديدة لحماية المطار
وأكد المتحدث أن القاعدة ستبقى مركزا للتدريب على طائرات إف 16.
مواضيع ذات صلة
ارتفاع أسعار النفط في الأسواق العالمية
منتخب العراق يتأهل إلى نصف النهائي…
"""


def test_a_page_of_another_outlet_is_zoned_line_by_line():
    assert zone_lines(PAGE) == [
        ("boilerplate", "الرئيسية » أخبار العراق » سياسة"),
        ("title", "القوات العراقية تتسلم قاعدة بلد الجوية"),
        ("caption", "جنود عراقيون في قاعدة بلد، 2 أيار 2021 (أ ف ب)"),
        ("byline", "بغداد - العربي الجديد"),
        ("body", "تسلمت القوات العراقية، اليوم السبت، قاعدة بلد الجوية من القوات الأمريكية بعد انسحاب آخر المدربين منها."),
        ("boilerplate", "اقرأ أيضاً: الحكومة تعلن خطة جديدة لحماية المطار"),
        ("body", "وأكد المتحدث أن القاعدة ستبقى مركزا للتدريب على طائرات إف 16."),
        ("boilerplate", "مواضيع ذات صلة"),
        ("boilerplate", "ارتفاع أسعار النفط في الأسواق العالمية"),
        ("boilerplate", "منتخب العراق يتأهل إلى نصف النهائي…"),
    ]


def test_body_resumes_after_a_related_block_when_a_paragraph_follows():
    text = (
        "أعلن التحالف تسليم معسكر التاجي إلى الجيش العراقي بعد سنوات من وجود القوات الأجنبية فيه.\n"
        "اقرأ أيضا:\n"
        "عنوان خبر آخر عن الانتخابات\n"
        "وأضاف البيان أن عملية التسليم جرت بالتنسيق الكامل مع وزارة الدفاع العراقية.\n"
    )
    assert [z for z, _ in zone_lines(text)] == ["body", "boilerplate", "boilerplate", "body"]


def test_opening_datelines_are_bylines_and_the_rest_of_the_paragraph_is_body():
    text = "الموصل/ نينا/ أعلنت قيادة العمليات تسلم مقر القيادة في نينوى.\n"
    assert zone_lines(text) == [
        ("byline", "الموصل/ نينا/ "),
        ("body", "أعلنت قيادة العمليات تسلم مقر القيادة في نينوى."),
    ]
    text = "(وكالة أنباء المستقبل | محليات)- أعلنت قيادة العمليات تسلم المقر.\n"
    assert zone_lines(text)[0] == ("byline", "(وكالة أنباء المستقبل | محليات)- ")


def test_a_date_alone_on_its_line_is_a_dateline():
    assert zone_lines("الثلاثاء 5 كانون الثاني 2021 - 10:45\nنص الخبر هنا طويل بما يكفي.")[0][0] == "byline"


@pytest.mark.parametrize("line, expected", [
    ("الثلاثاء 27 تموز 2021 - 17 ذو الحجة 1442 هـ", True),  # ten words, two calendars
    ("نشر بتاريخ: 2020/08/23", True),
    ("آخر تحديث: 2020/08/24", False),  # an update, not the publication
    ("الخميس الخامس من آذار عام ألفين وعشرين في العاصمة بغداد", False),  # long, and words only
])
def test_date_lines(line, expected):
    assert is_date_line(line) is expected


@pytest.mark.parametrize("line", [
    "الخميس 26 مارس 2020 - 02:15 م",  # a time with its evening mark
    "26 مارس 2020 10:30 بتوقيت بغداد",
    "2020-03-26 10:30 GMT+3",
])
def test_a_date_line_may_end_with_a_time_and_its_marks(line):
    assert is_date_line(line)


PAGE_CHROME = """آخر تحديث: الخميس 26 مارس 2020 - 02:15 م
التحالف يسلم قاعدة القيارة
منذ 3 ساعات
حجم الخط
بغداد (رويترز) - سلم التحالف الدولي قاعدة القيارة الجوية إلى القوات العراقية يوم الخميس.
شارك الخبر:
فيسبوك تويتر واتساب
"""


def test_the_lines_a_page_prints_around_an_article():
    assert [(z.zone, z.rule.split(" (")[0], PAGE_CHROME[z.start:z.end]) for z in zones(PAGE_CHROME)] == [
        ("byline", "update line", "آخر تحديث: الخميس 26 مارس 2020 - 02:15 م"),
        ("title", "first short line", "التحالف يسلم قاعدة القيارة"),
        ("byline", "time stamp", "منذ 3 ساعات"),
        ("boilerplate", "page controls", "حجم الخط"),
        ("byline", "dateline opening the first paragraph", "بغداد (رويترز) - "),
        ("body", "article text", "سلم التحالف الدولي قاعدة القيارة الجوية إلى القوات العراقية يوم الخميس."),
        ("boilerplate", "page controls", "شارك الخبر:"),
        ("boilerplate", "page controls", "فيسبوك تويتر واتساب"),
    ]


@pytest.mark.parametrize("line", ["شارك هذا المقال", "شارك هذا الخبر:", "شارك الموضوع"])
def test_share_lines_that_name_what_they_share_are_page_controls(line):
    assert [z.zone for z in zones(line)] == ["boilerplate"]


@pytest.mark.parametrize("line", ["وشارك في الاجتماع وزير الدفاع.", "وقال الوزير (لويد أوستن) - في بيان - إن القوات غادرت.",
                                  "شارك هذا الجندي في تدريب القوات العراقية."])
def test_lines_that_only_look_like_page_furniture_are_body(line):
    assert [z.zone for z in zones(line)] == ["body"]


def test_embedded_tweet_text_is_a_quote_and_its_signature_a_byline():
    text = (
        "وقال المتحدث في تغريدة على تويتر إن القوات غادرت القاعدة.\n\n"
        "Today @CJTFOIR handed over Camp Taji to the Iraqi Security Forces.\n\n"
        "#DefeatDaesh pic.twitter.com/abc123— OIR Spokesman Col. Wayne Marotto (@OIRSpox) August 23, 2020\n\n"
        "وتأتي الخطوة ضمن خطة لتقليص عدد القوات.\n"
    )
    got = zone_lines(text)
    assert got[0][0] == "body"
    assert got[1] == ("quote", "Today @CJTFOIR handed over Camp Taji to the Iraqi Security Forces.")
    assert got[2] == ("quote", "#DefeatDaesh pic.twitter.com/abc123")
    assert got[3] == ("byline", "— OIR Spokesman Col. Wayne Marotto (@OIRSpox) August 23, 2020")
    assert got[4][0] == "body"


@pytest.mark.parametrize("line", ["اقرأ أيضاً:", "اقرأ/ي أيضًا: عنوان", "قد يهمك ايضا", "أخبار ذات صلة", "إقرأ أيضا", "View on example.net"])
def test_related_markers(line):
    assert related_marker(line) is not None


@pytest.mark.parametrize("line", ["اقرأ التقرير كاملا في العدد المقبل من الصحيفة.", "قد يكون الانسحاب قريبا.", "ذاتها"])
def test_sentences_that_only_begin_like_markers_are_not_markers(line):
    assert related_marker(line) is None


@pytest.mark.parametrize("line", [
    "جندي أميركي في قاعدة القيارة الجوية، 26 مارس 2020. - AFP",
    "آليات عسكرية في معسكر التاجي (رويترز)",
    "قاعدة عين الأسد - أرشيفية",
])
def test_captions_end_with_a_credit(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "© 2021 الشرق الأوسط. جميع الحقوق محفوظة.", "جميع الحقوق محفوظة لموقع السومرية نيوز 2021",
    "Copyright © 2021 Rudaw. All rights reserved", "(c) Kurdistan24",
])
def test_a_copyright_line_is_boilerplate(line):
    text = f"عنوان\nتسلمت القوات العراقية قاعدة بلد الجوية من القوات الأمريكية.\n{line}"
    assert zone_lines(text)[-1] == ("boilerplate", line)


@pytest.mark.parametrize("line, zone", [
    ("المصدر : الجزيرة + وكالات", "boilerplate"), ("المصدر: وكالات", "boilerplate"), ("المصادر: رويترز، أ ف ب", "boilerplate"),
    # a sentence that begins with the word is body
    ("المصدر: القوات الأمريكية ستغادر قاعدة عين الأسد خلال الأيام المقبلة بحسب مسؤولين عراقيين مطلعين.", "body"),
])
def test_a_source_line_at_the_foot_is_boilerplate(line, zone):
    text = f"عنوان\nتسلمت القوات العراقية قاعدة بلد الجوية من القوات الأمريكية.\n{line}"
    assert zone_lines(text)[-1] == (zone, line)


def test_a_sentence_about_rights_is_body():
    line = "وقال إن الحكومة تحفظ جميع الحقوق للمتعاقدين."
    assert zone_lines(f"عنوان\n{line}")[-1] == ("body", line)


def test_a_city_and_an_agency_is_a_byline_not_a_caption():
    assert zone_lines("عنوان\nواشنطن - رويترز\nنص الخبر الطويل هنا بما يكفي.")[1] == ("byline", "واشنطن - رويترز")
    # a caption that ends with the same credit stays a caption
    assert zone_lines("عنوان\nجنود أميركيون في قاعدة عين الأسد - رويترز\nنص الخبر الطويل هنا.")[1][0] == "caption"


def test_a_sentence_about_an_agency_is_not_a_caption():
    assert not is_caption("ونقلت رويترز عن مسؤول أن الانسحاب سيكتمل قريبا.")


def test_every_seed_line_is_in_exactly_one_zone(seed_texts):
    for text in seed_texts.values():
        zs = zones(text)
        assert all(a.end <= b.start for a, b in zip(zs, zs[1:]))
        covered = "".join(text[z.start:z.end] for z in zs)
        assert "".join(text.split()) == "".join(covered.split())


def event_text(text: str) -> str:
    return "\n".join(text[z.start:z.end] for z in zones(text) if z.zone in EVENT_ZONES)


def test_no_boilerplate_of_003_or_004_reaches_the_body(seed_texts, gold):
    for doc_id in ("003_43a00723644d9c1f", "004_6f8a2be8fb953180"):
        text = seed_texts[doc_id]
        body = event_text(text)
        for marker in ("اقرأ/ي أيضًا", "قد يهمك ايضا", "أخبار ذات صلة", "View on"):
            assert marker not in body
        # from the last related-links marker to the end, everything is boilerplate
        cut = max(text.rfind("قد يهمك ايضا"), text.rfind("اقرأ/ي أيضًا"))
        assert cut > 0
        for z in zones(text):
            if z.start >= cut:
                assert z.zone == "boilerplate", text[z.start:z.end]


def test_not_events_furniture_is_outside_the_body(seed_texts, gold):
    for item in gold["not_events"]:
        text = seed_texts[item["doc_id"]]
        pos = text.index(item["evidence"])
        zone = next(z.zone for z in zones(text) if z.start <= pos < z.end)
        if any(w in item["why"] for w in ("caption", "boilerplate", "navigation")):
            assert zone not in EVENT_ZONES, item


def test_gold_evidence_is_in_the_body_or_a_quote(seed_texts, gold):
    for claim in gold["claims"]:
        text = seed_texts[claim["doc_id"]]
        pos = text.index(claim["evidence"])
        zone = next(z.zone for z in zones(text) if z.start <= pos < z.end)
        assert zone in EVENT_ZONES, claim["evidence"]

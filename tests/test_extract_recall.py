"""Extraction on the ways real outlets write what the rules were not grown on (issue 21): bases
spelled or named another way, bases in relative clauses and lists, and the same handover told
twice in one article. Every sentence is our own, in the styles of other outlets."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import brief, extract

D = dt.date


def handovers(*sentences: str, anchor: dt.date | None = D(2020, 8, 24)) -> list[tuple]:
    """(base, status) of every base transfer the sentences give."""
    return [(m.base_id, m.status) for m in extract(*sentences, anchor=anchor) if m.event_type == "base_transfer"]


@pytest.mark.parametrize("sentence, expected", [
    # a name spelled apart, run together, in quotes or brackets, or after another name and a dash
    ('أخلت القوات الأمريكية قاعدة "K 1" الجوية في كركوك.', [("k1", "completed")]),
    ("انسحب التحالف الدولي من قاعدة (K1) في كركوك.", [("k1", "completed")]),
    ("وقررت بعثة التحالف الانسحاب من معسكر أبوغريب خلال الساعات المقبلة.", [("abu-ghraib", "planned")]),
    ("انسحبت القوات الإيطالية من “معسكر التاجي” شمالي بغداد.", [("taji", "completed")]),
    ('وقد سحبت قوات التحالف جنودها من قاعدة " الحبانية" الجوية.', [("habbaniyah", "completed")]),
    ("جرى احتفال بتسليم قاعدة بغداد – التاجي رسميا إلى الجانب العراقي.", [("taji", "completed")]),
    # a site named by where it lies
    ("سلمت قوات التحالف مقرها في محافظة كركوك إلى القوات العراقية.", [("k1", "completed")]),
    ("وقال المصدر إن قوات التحالف انسحبت فجر الأحد، من قاعدتها في قضاء القائم.", [("al-qaim", "completed")]),
    ("أعلنت القوات الفرنسية انسحابها من كافة مواقعها داخل مدينة الموصل.", [("nineveh-ops", "completed")]),
    # a town after «من» of a verb of withdrawing, a date between them
    ("وكانت القوات الأمريكية انسحبت في الـ7 من شهر نيسان الماضي من الحبانية.", [("habbaniyah", "completed")]),
    ("انسحبت قوات التحالف من كركوك الأسبوع الماضي.", [("k1", "completed")]),
])
def test_bases_named_as_outlets_name_them(sentence, expected):
    assert handovers(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "انسحب مقاتلو داعش من القائم عام 2017.",               # another force withdraws
    "وانسحبت عناصر الحشد من قاعدة القائم بعد الاتفاق.",
    "نقلت الحكومة النازحين من الموصل إلى مخيمات أربيل.",    # a town is no base after other verbs
    "وصل وفد من كركوك إلى بغداد للتباحث في انسحاب القوات.",
    "غادرت القوات الأمريكية القاعدة الجوية جنوبي الموصل.",  # no base named, none named before
])
def test_no_handover(sentence):
    assert handovers(sentence) == []


def test_a_date_on_the_day_with_the_article():
    [m] = extract("وغادرت القوات الأسترالية في الـ11 من أيار الماضي قاعدة التاجي.")
    assert brief(m) == ("base_transfer", "completed", "taji", None, D(2020, 5, 11), D(2020, 5, 11))


@pytest.mark.parametrize("sentence, expected", [
    # a base before its verb, through a relative pronoun: a dual, or a clause of its own
    ("وهي القاعدة الثالثة بعد قاعدتي التاجي وبسماية اللتين سلمتا الشهر الماضي.",
     [("taji", "completed"), ("besmaya", "completed")]),
    ("وزار الوزير معسكر التاجي، الذي انسحبت منه قوات التحالف أمس.", [("taji", "completed")]),
    # a base in a clause that goes on with the verb's: named again, or one more of a list
    ("وأعلنت القيادة إخلاء أكبر معسكر للتدريب في البلاد، وهو معسكر بسماية، قبل يومين.", [("besmaya", "completed")]),
    ("سلمت القوات الأمريكية، يوم الأحد 23 آب، قاعدة كي 1 في كركوك وقبلها قاعدة القيارة.",
     [("k1", "completed"), ("qayyarah", "completed")]),
])
def test_bases_related_across_the_clause(sentence, expected):
    assert handovers(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("غادرت القوات قاعدة القائم بعد ساعات من هجوم صاروخي على قاعدة عين الأسد.", [("al-qaim", "completed")]),
    ("وقال إن قاعدة عين الأسد، التي انسحبت إليها القوات، تضم منظومة باتريوت.", []),
    ("انسحبت القوات من أكبر قاعدة في المحافظة، وتعرضت قاعدة التاجي لقصف.", []),
    ("انسحبت القوات من أكبر قاعدة في المحافظة، وهي تتجه إلى قاعدة حرير.", []),
    ("سحبت القوات 300 جندي من أكبر قاعدة في الأنبار، وهي قاعدة عين الأسد.", []),
])
def test_reasons_a_base_of_the_clause_is_not_handed_over(sentence, expected):
    assert handovers(sentence) == expected


def test_a_plan_announced_before_takes_no_window_from_the_publication_day():
    [m] = extract("وقد سبق أن أكد مسؤولون أن الجنود الإيطاليين سيغادرون قاعدة التاجي خلال أسابيع.")
    assert brief(m) == ("base_transfer", "planned", "taji", None, D(2020, 8, 24), None)
    [m] = extract("وأكد مسؤولون أن الجنود الإيطاليين سيغادرون قاعدة التاجي خلال أسابيع.")
    assert (m.status, m.date_earliest > D(2020, 8, 24)) == ("planned", True)


def test_a_handover_planned_and_done_in_one_article_is_done():
    from helpers.events import consolidate_article
    records = extract("وكان مسؤول قد قال إن التحالف سيسلم قاعدة التاجي اليوم.",
                      "وسلم التحالف الدولي قاعدة التاجي إلى الجيش العراقي اليوم.")
    assert [(m.base_id, m.status) for m in consolidate_article(records)] == [("taji", "completed")]


def missions(*sentences: str, anchor: dt.date) -> list[tuple]:
    """(status, earliest, latest, whether it is the agreement) of every mission change the sentences give."""
    return [(m.status, m.date_earliest, m.date_latest, m.force == "agreement") for m in extract(*sentences, anchor=anchor)
            if m.event_type == "mission_change"]


@pytest.mark.parametrize("sentence, anchor, expected", [
    # an agreement signed to end the combat mission: a change of the mission on the day it is
    # signed, and the end it plans
    ("ووقعت بغداد ولندن، يوم الاثنين، اتفاقا لإنهاء المهام القتالية للقوات البريطانية قبل نهاية العام.", D(2021, 7, 27),
     [("completed", D(2021, 7, 26), D(2021, 7, 26), True), ("planned", None, D(2021, 12, 31), False)]),
    # the day the sides agreed, after the end and before its deadline: the agreement's, not the plan's
    ("واتفقت الحكومتان على خروج جميع القوات البريطانية المقاتلة قبل نهاية العام، وذلك في التاسع من أيار الماضي.",
     D(2021, 10, 2),
     [("completed", D(2021, 5, 9), D(2021, 5, 9), True), ("planned", None, D(2021, 12, 31), False)]),
    # an agreement only planned is no change yet
    ("ومن المقرر أن توقع الحكومتان اتفاقا لإنهاء المهام القتالية قبل نهاية العام.", D(2021, 7, 20),
     [("planned", None, D(2021, 12, 31), False)]),
    # an agreement only referred to is no change of its own
    ("وبموجب الاتفاق بين الحكومتين ستغادر القوات القتالية البريطانية العراق قبل نهاية العام.", D(2021, 8, 1),
     [("planned", None, D(2021, 12, 31), False)]),
])
def test_an_agreement_to_end_the_combat_mission(sentence, anchor, expected):
    assert missions(sentence, anchor=anchor) == expected


def test_fighter_jets_are_no_combat_troops():
    assert missions("وأعلنت الوزارة إنهاء مهام الطائرات المقاتلة في قاعدة عين الأسد.", anchor=D(2021, 7, 20)) == []
    assert missions("وأكد انسحاب جميع القوات الأمريكية المقاتلة من العراق.", anchor=D(2021, 12, 30)) == [
        ("completed", None, D(2021, 12, 30), False)]


def test_an_agreement_is_no_end_that_fulfils_its_plan():
    from helpers.events import consolidate_article
    records = extract("ووقعت بغداد ولندن، يوم الاثنين، اتفاقا لإنهاء المهام القتالية للقوات البريطانية قبل نهاية العام.",
                      anchor=D(2021, 7, 27))
    assert sorted(m.status for m in consolidate_article(records)) == ["completed", "planned"]


def test_a_noun_joined_to_a_decision_is_planned_and_no_base_after_another_verbs_that():
    assert handovers("وقررت القيادة الانسحاب من معسكر التاجي، وتسليم الموقع إلى الجيش العراقي خلال الساعات المقبلة، "
                     "وأشارت إلى أن معسكر بسماية سيبقى.") == [("taji", "planned")]


def test_the_coming_hours_are_still_to_come():
    [m] = extract("تسليم قاعدة التاجي إلى القوات العراقية خلال الساعات المقبلة.")
    assert brief(m) == ("base_transfer", "planned", "taji", None, D(2020, 8, 24), D(2020, 8, 25))


def figures(*sentences: str, anchor: dt.date = D(2020, 8, 24)) -> list[tuple]:
    """(type, status, nationality, count) of every troop figure the sentences give."""
    return [(m.event_type, m.status, m.nationality, m.count) for m in extract(*sentences, anchor=anchor)
            if m.event_type in ("troop_presence", "troop_withdrawal", "casualties")]


@pytest.mark.parametrize("sentence, expected", [
    # «منتسب»: service members, as statements count them
    ("وأوضح البيان أن 400 منتسب من قوات التحالف سيغادرون القاعدة خلال أسبوع.", [("troop_withdrawal", "planned", "COALITION", 400)]),
    # a number between slashes, as some agencies write it, with «نحو» before it
    ("وتنشر إيطاليا نحو /800/ عسكري في العراق.", [("troop_presence", "reported", "ITA", 800)]),
    # deployed there (the imperfect): a standing figure; sent (the past, or «إضافي»): no level
    ("وتنشر هولندا نحو 150 جنديا في العراق.", [("troop_presence", "reported", "NLD", 150)]),
    ("ونشرت هولندا 150 جنديا في العراق.", []),
    # a country's name run together by a scrape
    ("ولدى المملكةالمتحدة حاليا نحو 400 جندي في العراق.", [("troop_presence", "reported", "GBR", 400)]),
    # the coalition's leader, and the coalition, described beside the nation that counts them
    ("ولدى كندا، وهي من دول التحالف الذي تقوده الولايات المتحدة، قرابة 500 عسكري في العراق.",
     [("troop_presence", "reported", "CAN", 500)]),
    ("ويضم التحالف الذي تقوده الولايات المتحدة نحو 7500 عسكري في العراق.",
     [("troop_presence", "reported", "COALITION", 7500)]),
])
def test_troops_counted_as_outlets_count_them(sentence, expected):
    assert figures(sentence) == expected


def test_a_plan_is_not_dated_by_the_day_it_was_reported():
    """"what an official said last month": the plan is for a time to come, from the publication day."""
    [m] = extract("وقال مسؤول أمريكي الشهر الماضي إن الولايات المتحدة ستخفض قواتها في العراق إلى نحو 3500 جندي.")
    assert brief(m) == ("troop_presence", "planned", "USA", 3500, D(2020, 8, 24), None)


@pytest.mark.parametrize("sentence, expected", [
    # a town after a kind of place
    ("وانسحبت القوات الفرنسية من منطقة التاجي شمال بغداد.", [("taji", "completed")]),
    # a site named by its number inside a camp: the number counts no troops
    ("وتسلم الجيش العراقي الموقع رقم 4 في معسكر بسماية من قوات التحالف.", [("besmaya", "completed")]),
    # a base given back to the Iraqi side, not a force set up again
    ("وأعادت القوات الأمريكية الموقع الذي كانت تشغله داخل قاعدة الحبانية إلى الجيش العراقي.", [("habbaniyah", "completed")]),
    ("وتقرر إعادة تموضع القوات في قاعدة عين الأسد إلى حين استكمال الحوار مع الحكومة العراقية.", []),
    # a count of bases, then «هي» and their names
    ("وأخلت قوات التحالف قاعدتين هما التاجي وبسماية.", [("taji", "completed"), ("besmaya", "completed")]),
    ("وأخلت قوات التحالف ثلاث قواعد هي التاجي وبسماية والحبانية.",
     [("taji", "completed"), ("besmaya", "completed"), ("habbaniyah", "completed")]),
    # a base right before a verb of handing over, read as its passive
    ("وقالت المصادر إن معسكر التاجي سلم إلى القوات العراقية صباح اليوم.", [("taji", "completed")]),
    ("وقالت المصادر إن معسكر التاجي سلم الجنود أسلحتهم.", []),
])
def test_more_ways_of_naming_and_relating_bases(sentence, expected):
    assert handovers(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the killed counted by a noun of the killed that troops or a foreign side follow
    ("وأدى الهجوم إلى سقوط أربعة قتلى من جنود التحالف.", [("casualties", "completed", "COALITION", 4)]),
    ("قتيلان بريطانيان وقتيل أسترالي في هجوم على قاعدة التاجي.",
     [("casualties", "completed", "GBR", 2), ("casualties", "completed", "AUS", 1)]),
    ("وأسفر الانفجار عن سقوط 30 قتيلا في السوق.", []),
    ("وسقط ثلاثة قتلى من الجيش العراقي في الهجوم.", []),
])
def test_the_killed_counted_by_a_noun_of_the_killed(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentences, expected", [
    # a denial governs the clause it denies, however far
    (["ونفى مصدر في وزارة الدفاع العراقية أن تكون القوات الأمريكية قد انسحبت من قاعدة التاجي."], []),
    (["ونفت الوزارة الأنباء التي تحدثت عن انسحاب القوات من قاعدة التاجي."], []),
    (["ونفى المصدر وجود خلافات، لكنه أكد أن القوات انسحبت من قاعدة التاجي."], [("taji", "completed")]),
    # a demand, with who demands in several words
    (["وطالب نواب في البرلمان العراقي بانسحاب كامل للقوات الأجنبية من قاعدة التاجي."], []),
    # a word of the verb's clause reaches past a date set off by commas
    (["باشرت القوات الأمريكية، اليوم الأحد، الانسحاب من قاعدة التاجي."], [("taji", "ongoing")]),
    # "the base" is the last base named that troops did not go to
    (["انسحبت القوات من قاعدة التاجي، ونقلت معداتها إلى قاعدة حرير.",
      "وقال مصدر إن تسليم القاعدة تم بالتنسيق مع بغداد."], [("taji", "completed")]),
])
def test_what_governs_a_transfer_across_its_sentence(sentences, expected):
    from helpers.events import consolidate_article
    assert [(m.base_id, m.status) for m in consolidate_article(extract(*sentences)) if m.event_type == "base_transfer"] == expected


def test_the_combat_mission_ends_once_in_an_article():
    from helpers.events import consolidate_article
    records = extract("وأعلن التحالف أن مهمته القتالية في العراق انتهت رسميا.",
                      "وكان التحالف قد أعلن أنه سينهي مهامه القتالية قبل نهاية العام الجاري.", anchor=D(2021, 12, 12))
    assert [(m.event_type, m.status) for m in consolidate_article(records)] == [("mission_change", "completed")]


def test_a_pronoun_of_people_is_no_base():
    assert handovers("وقررت الوزارة سحب 40 جنديا من معسكر التاجي ونقلهم إلى الكويت.") == []


def test_a_verb_spelled_as_its_noun_joined_to_a_decision_is_planned():
    assert figures("قررت وزارة الدفاع الهولندية خفض عدد جنودها في العراق، وسحب 40 جنديا من أربيل.") == [
        ("troop_withdrawal", "planned", "NLD", 40)]


def test_what_one_will_ask_for_is_no_plan():
    assert missions("وقال إن العراق سيطلب من الولايات المتحدة سحب قواتها القتالية قبل نهاية العام.", anchor=D(2021, 7, 19)) == []


def test_a_base_is_handed_over_once_in_an_article():
    from helpers.events import consolidate_article
    records = extract("وتسلم الجيش العراقي أمس قاعدة التاجي من قوات التحالف.",
                      "وكانت قوات التحالف قد غادرت معسكر التاجي قبل أسبوعين.")
    assert [(m.base_id, m.status, m.date_earliest) for m in consolidate_article(records)] == [("taji", "completed", D(2020, 8, 23))]


def test_the_pentagon_is_the_united_states():
    assert figures("وقال المتحدث باسم البنتاغون إن عدد القوات في العراق سينخفض إلى 2500 جندي.") == [
        ("troop_presence", "planned", "USA", 2500)]


def test_baghdad_air_base_is_the_airport():
    assert handovers("وغادرت القوات الإيطالية قاعدة بغداد الجوية أمس.") == [("baghdad-airport", "completed")]


@pytest.mark.parametrize("sentence, expected", [
    # troops counted by «عدد» come to a bare number, the verb of reaching after them or before
    ("وبحسب البنتاغون، فإن عدد الجنود الأمريكيين في العراق سيصل إلى 3000 بحلول نهاية أيلول.",
     [("troop_presence", "planned", "USA", 3000)]),
    ("وتراجع عديد القوات البريطانية في العراق إلى 400.", [("troop_presence", "reported", "GBR", 400)]),
    # not the troops of another force, not attacks
    ("وقال إن عدد المقاتلين في صفوف داعش وصل إلى 3000.", []),
    ("وارتفع عدد الهجمات على القوات الأمريكية إلى 30.", []),
])
def test_troops_counted_before_the_level_they_come_to(sentence, expected):
    assert figures(sentence) == expected


def test_a_nation_named_in_a_hashtag():
    assert figures("وأعلن #الجيش_التشيكي سحب 30 جنديا من #العراق.") == [("troop_withdrawal", "completed", "CZE", 30)]


@pytest.mark.parametrize("sentence, expected", [
    # what an article recalls from years before is background, not news of the drawdown
    ("وكانت القوات الأمريكية قد غادرت قاعدة عين الأسد عام 2011، قبل أن تعود إليها في 2014.", []),
    ("وقتل أكثر من 4400 جندي أمريكي في العراق منذ عام 2003.", []),
    # troops standing there since then are there now; the news of the year stays
    ("ولدى الولايات المتحدة نحو 5200 جندي في العراق منذ عام 2014.", [("troop_presence", "reported", "USA", 5200)]),
    ("وقتل خمسة جنود أمريكيين في العراق منذ بداية العام.", [("casualties", "completed", "USA", 5)]),
])
def test_history_is_no_news(sentence, expected):
    assert [(m.event_type, m.status, m.base_id or m.nationality, m.count) for m in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a dual of the killed, then the troops they were of
    ("وأسفر القصف عن سقوط قتيلين من القوات البريطانية.", [("casualties", "completed", "GBR", 2)]),
    # the toll of the killed of a side, come to a bare number
    ("وارتفعت حصيلة قتلى التحالف في الهجوم إلى أربعة.", [("casualties", "completed", "COALITION", 4)]),
    ("وارتفع عدد قتلى الجيش العراقي في الهجوم إلى خمسة.", []),
    ("وارتفعت حصيلة قتلى الانفجار إلى 30.", []),
])
def test_more_ways_of_counting_the_killed(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # more troops leaving are a withdrawal; more troops sent are no level
    ("وأعلنت برلين أنها ستسحب 60 جنديا إضافيا من العراق الشهر المقبل.", [("troop_withdrawal", "planned", "DEU", 60)]),
    ("وأرسلت برلين 60 جنديا إضافيا إلى العراق.", []),
])
def test_added_troops_leave_with_a_verb_of_leaving(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وسيبقى 2500 جندي أمريكي في العراق بعد نهاية المهمة القتالية.", [("planned", D(2021, 8, 1), None, False)]),
    ("وأعلن التحالف نهاية المهام القتالية لقواته في العراق.", [("completed", None, D(2021, 8, 1), False)]),
    ("وستبقى القوات القتالية في قاعدة عين الأسد حتى نهاية العام.", []),  # «نهاية» of a year, not of the mission
])
def test_the_end_of_the_mission_named_by_its_end(sentence, expected):
    assert missions(sentence, anchor=D(2021, 8, 1)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # exiting and departing are leaving
    ("وخرجت القوات الأمريكية من قاعدة القائم صباح اليوم.", [("al-qaim", "completed")]),
    ("وأكد خروج آخر جندي أجنبي من قاعدة عين الأسد.", [("ain-al-asad", "completed")]),
    ("ورحلت القوات الإسبانية عن معسكر بسماية.", [("besmaya", "completed")]),
    # not a patrol going out of a base, not a demand
    ("وخرجت دورية أمريكية من قاعدة عين الأسد باتجاه الحدود.", []),
    ("وطالب البرلمان بخروج القوات الأجنبية من قاعدة عين الأسد.", []),
])
def test_exiting_and_departing(sentence, expected):
    assert handovers(sentence) == expected


def test_the_combat_troops_exiting_end_the_mission():
    assert missions("وأكد خروج القوات القتالية الأمريكية من العراق بالكامل.", anchor=D(2021, 12, 30)) == [
        ("completed", None, D(2021, 12, 30), False)]


@pytest.mark.parametrize("sentence, expected", [
    # where a handover with no base of its own was held
    ("وشهدت قاعدة عين الأسد مراسم تسليم إلى قوات الأمن العراقية.", [("ain-al-asad", "completed")]),
    ("وجرت في معسكر بسماية مراسم تسليم واستلام بين التحالف والجيش العراقي.", [("besmaya", "completed")]),
    ("وفي قاعدة التاجي، جرى تسليم المنشآت إلى الجيش العراقي.", [("taji", "completed")]),
    # not where another base's handover was held, nor a meeting about one
    ("وفي قاعدة عين الأسد جرت مراسم تسليم قاعدة القائم.", [("al-qaim", "completed")]),
    ("وفي قاعدة عين الأسد، جرى اجتماع بين القادة لبحث تسليم المواقع.", []),
    # a base in the Iraqi side's hands, or empty of troops
    ("وقال إن معسكر التاجي أصبح بعهدة الجيش العراقي.", [("taji", "completed")]),
    ("وأكد أن قاعدة الحبانية باتت خالية من القوات الأجنبية.", [("habbaniyah", "completed")]),
    ("وأكد أن قاعدة الحبانية باتت خالية من المعدات القديمة.", []),
])
def test_where_a_handover_was_held_and_bases_left_empty(sentence, expected):
    assert handovers(sentence) == expected


def test_a_total_out_of_which_troops_leave_stands():
    assert figures("وأعلنت النرويج أنها ستسحب 50 جنديا من أصل 70 جنديا في العراق.") == [
        ("troop_withdrawal", "planned", "NOR", 50), ("troop_presence", "reported", "NOR", 70)]

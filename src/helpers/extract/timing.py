"""How status and date are set: the tense and modality of the verb (planned, ongoing,
completed; a standing figure reported or planned) and the nearest date phrase as a window,
clipped to the publication day."""

from __future__ import annotations

import datetime as dt
import re

from helpers import event_words as EW
from helpers.dates import TO_COME, DateMention
from helpers.extract.filters import _not_before
from helpers.extract.records import Mention
from helpers.extract.relate import _is_level
from helpers.extract.sentence import Sentence
from helpers.extract.words import (
    _phrase_re, _transfer_nouns, _w, DEADLINE, DONE, DONE_REACH_WORDS, FUTURE_STATE, LAM_BEFORE, LASTING_EVENTS, MAY,
    MAY_BEFORE, ONGOING, PLAN, SINCE,
)


#: Present forms that are also a past verb (:data:`helpers.event_words.PAST_OR_PRESENT`).
PAST_OR_PRESENT = frozenset(_w(EW.PAST_OR_PRESENT))
#: Verbal nouns as written: a past verb spelled as one of them («خفض»، «سحب») may be the noun.
NOUN_SPELLINGS = frozenset(_transfer_nouns()) | frozenset(_w(EW.WITHDRAWAL_EXTRA_NOUNS))
_WORD_AT = re.compile(r"\w+")
_PRONOUN_END = re.compile(r"(?:هما|ها|هم|ه)$")


def _status_of(s: Sentence, pos: int, form: str, anchor: dt.date | None) -> str:
    """planned, ongoing or completed for a verb or verbal noun at ``pos`` of the given form.

    What has not happened by the publication day is planned, whatever the form says: a verbal
    noun has no tense of its own («إنهاء المهمة القتالية بحلول نهاية 2021»), so its date tells,
    and a date after the publication day, or a deadline not yet passed, makes it a plan; an
    imperfect dated after the publication day («أن يغادر … في آذار المقبل») is one too."""
    a = s.scope_start(pos)
    if (form == "noun" or form == "past" and not _plainly_past(s, pos)) and not s.f[a:pos].strip(" و") and a > 0:
        # a noun joined to the clause before shares its plan: "قررت الانسحاب من …، وتسليم الموقع"
        # (a past verb spelled as a noun may be one: "قررت خفض عدد جنودها، وسحب 35 جنديا")
        a, _ = s.clause(a - 1)
    before = s.f[a:pos]
    if form == "future" or PLAN.search(before) or MAY.search(before) or (form == "present" and MAY_BEFORE.search(before)):
        return "planned"
    if form == "noun" and FUTURE_STATE.search(before):
        return "planned"  # "سيبقى 2500 جندي بعد انتهاء المهمة القتالية": the end is still to come
    if form == "present" and (LAM_BEFORE.search(before) or _past_reading(s, pos, anchor)):
        form = "past"
    if form in ("noun", "past") and any(s.words_between(m.end(), pos) <= DONE_REACH_WORDS for m in DONE.finditer(before)):
        form, done = "past", True  # "اكتمل خفض القوات": the noun takes the tense of the verb of finishing
    else:
        done = form == "past" and _plainly_past(s, pos)
    status = "ongoing" if form == "present" or ONGOING.search(before) else "completed"
    # a deadline not yet passed leaves a verbal noun a plan; what is plainly done came before it
    return "planned" if _still_to_come(s, pos, anchor, deadline_counts=status == "completed" and not done,
                                       before_deadline_done=done) else status


def _past_reading(s: Sentence, pos: int, anchor: dt.date | None) -> bool:
    """Whether a present form at ``pos`` that is also a past verb («وتقلص عدد القوات … الشهر
    الماضي») is the past: dated in its clause before the publication day."""
    word = _WORD_AT.match(s.f, pos).group()
    if word not in PAST_OR_PRESENT or anchor is None:
        return False
    found = _nearest_date(s, pos)
    return found is not None and _in_clause(s, pos, found[0]) and found[0].latest is not None and found[0].latest < anchor


def _plainly_past(s: Sentence, pos: int) -> bool:
    """Whether the past verb at ``pos`` cannot be read as a verbal noun: «خفضت»، «انسحب»، not
    «خفض»، «سحبها» (unvocalised, «خَفَضَ» and «خَفْض» are one word)."""
    word = _WORD_AT.match(s.f, pos).group()
    return word not in NOUN_SPELLINGS and _PRONOUN_END.sub("", word) not in NOUN_SPELLINGS


def _still_to_come(s: Sentence, pos: int, anchor: dt.date | None, deadline_counts: bool = True,
                   same_clause: bool = False, before_deadline_done: bool = False) -> bool:
    """Whether the date nearest to ``pos`` (in its clause only, with ``same_clause``) lies after
    the publication day, or, with ``deadline_counts``, is a deadline not yet passed: nothing is
    done, or stands, on a day still to come; what is under way with a deadline stays so. With
    ``before_deadline_done`` (a verb in the past), a deadline to come is no date of the event:
    "انسحبت القوات قبل 15 يناير" is done."""
    found = _nearest_date(s, pos) if anchor is not None else None
    if not found:
        return False
    d, deadline, _ = found
    if same_clause and not _in_clause(s, pos, d):
        return False
    if deadline and before_deadline_done:
        return False
    if (d.earliest is not None and d.earliest > anchor) or d.flag == TO_COME:
        return True
    return deadline_counts and deadline and d.latest is not None and d.latest > anchor


def _in_clause(s: Sentence, pos: int, d: DateMention) -> bool:
    """Whether date ``d`` begins in the clause of ``pos``."""
    a, b = s.clause(pos)
    return a <= s.folded.index_at(d.start) < b


def _nearest_date(s: Sentence, pos: int) -> tuple[DateMention, bool, bool] | None:
    """The date phrase of the sentence nearest to ``pos`` (same clause first) that names a
    time, whether it is a deadline («بحلول»، «قبل»، «حتى» before it) and whether it is where a
    time began («منذ» before it). Asked for the status and again for the window: kept on the
    sentence."""
    if not s.dates:
        return None
    if pos not in s._nearest:
        s._nearest[pos] = _find_nearest_date(s, pos)
    return s._nearest[pos]


def _find_nearest_date(s: Sentence, pos: int, skip: DateMention | None = None) -> tuple[DateMention, bool, bool] | None:
    clause = s.clause(pos)

    def distance(d: DateMention):
        ds = s.folded.index_at(d.start)
        de = s.folded.index_at(d.end)
        same = clause[0] <= ds < clause[1]
        return (0 if same else 1, min(abs(ds - pos), abs(de - pos)))

    usable = [d for d in s.dates if (d.earliest is not None or d.latest is not None) and d is not skip]
    if not usable:
        return None
    d = min(usable, key=distance)
    before = s.f[: s.folded.index_at(d.start)]
    return d, DEADLINE.search(before[-40:]) is not None, SINCE.search(before[-12:]) is not None


#: A plan told as announced before the article: «سبق أن»، «كان قد» (the pluperfect).
EARLIER = _phrase_re(EW.EARLIER_WORDS)


def _date_for(s: Sentence, pos: int, status: str, lasting: bool = False, anchor: dt.date | None = None):
    """The date phrase nearest to ``pos`` (:func:`_nearest_date`) as a window; a plan due by a
    deadline may happen any time before it; with ``lasting`` (troops counted over a time, or
    standing), what went on since a date («سحبت نحو ألفي جندي منذ أيلول الماضي») may have happened
    any time after its start. A single act since a date («انتهت منذ 9 ديسمبر») happened on it.
    A plan announced before («سبق أن أكد مسؤولون أن الجنود سيغادرون … خلال أسابيع») was due counted
    from a day the text does not give: it takes no window from the publication day."""
    if status == "planned" and EARLIER.search(s.f, 0, pos):
        return None
    found = _nearest_date(s, pos)
    if found and status == "planned" and (_dates_the_decision(s, found[0], pos, anchor) or _over(found[0], anchor)):
        # a plan is for a time to come: a date over by the publication day dates the decision or
        # the report ("وقال مسؤول الشهر الماضي إن بريطانيا ستخفض قواتها إلى 400"، "اتفقت الحكومتان
        # على خروج القوات المقاتلة قبل نهاية العام، وذلك في التاسع من أيار الماضي")
        found = _find_nearest_date(s, pos, skip=found[0])
        if found and _over(found[0], anchor):
            found = None
    if not found:
        return None
    d, deadline, since = found
    earliest, latest, precision = d.earliest, d.latest, d.precision
    if status == "planned" and d.ahead is not None and anchor is not None and latest is not None and latest < anchor:
        earliest, latest = d.ahead  # "لن تكون هناك قوات قتالية بحلول 31 ديسمبر": the next one
    if deadline and status == "planned" and _not_before(s, d):
        return earliest, None, "unknown", d.text  # "لن يتم قبل العام المقبل": from then on
    if deadline and (status == "planned" or (status in ("completed", "reported") and anchor is not None and earliest is not None and earliest > anchor)):
        earliest, precision = None, "unknown"  # due by it, or done before a deadline to come: any time before
    elif since and lasting and status != "planned":
        latest, precision = None, "unknown"
    return earliest, latest, precision, d.text


def _dates_the_decision(s: Sentence, d: DateMention, pos: int, anchor: dt.date | None) -> bool:
    """Whether a date over by the publication day, between a plan word and a planned event's word
    at ``pos`` in its clause, dates the decision, not the event: "اتفقتا في تموز الماضي على إنهاء
    المهمة القتالية بحلول نهاية العام" (agreed in July, to end by the end of the year)."""
    if anchor is None or d.latest is None or d.latest >= anchor:
        return False
    a, _ = s.clause(pos)
    ds = s.folded.index_at(d.start)
    return a <= ds < pos and PLAN.search(s.f, a, ds) is not None


def _over(d: DateMention, anchor: dt.date | None) -> bool:
    """Whether a date is over by the publication day, and names no day that comes again (a plan
    for «31 ديسمبر» means the next one)."""
    return anchor is not None and d.latest is not None and d.latest < anchor and d.ahead is None


def _apply_date(m: Mention, s: Sentence, pos: int, anchor: dt.date | None) -> None:
    """Dates ``m`` by the date phrase nearest to ``pos``; a standing figure only by one in its own
    clause ("يبلغ عددهم 3000 جندي، وسيغادر نصفهم قبل نهاية الشهر": the date is the leaving's)."""
    found = _date_for(s, pos, m.status, m.event_type in LASTING_EVENTS, anchor)
    if found and m.event_type == "troop_presence" and not _in_clause(s, pos, _nearest_date(s, pos)[0]):
        found = None
    if found:
        m.date_earliest, m.date_latest, m.date_precision, m.date_text = found
    clip_to_publication(m, anchor)


def clip_to_publication(m: Mention, anchor: dt.date | None) -> None:
    """Done things happened by the publication day; plans lie after it; open ends stay open."""
    if anchor is None:
        return
    if m.status in ("completed", "ongoing", "reported"):
        if m.date_latest is None or m.date_latest > anchor:
            m.date_latest = anchor
        if m.date_earliest is not None and m.date_earliest > anchor:
            m.date_earliest = anchor
    elif m.status == "planned":
        if m.date_earliest is None and m.date_latest is None:
            m.date_earliest = anchor
        elif m.date_earliest is not None and m.date_earliest < anchor and (m.date_latest is None or m.date_latest >= anchor):
            m.date_earliest = anchor


def _standing_status(s: Sentence, n_start: int, unit_end: int, anchor: dt.date | None) -> str:
    """reported, or planned for a level to come: a plan word or a future verb of state before
    the number in its clause ("ومن المقرر أن يبقى 2500 جندي"، "سيبقى نحو 2500 جندي"), or that verb
    in the two words after its noun ("2500 جندي أميركي سيبقون"); a level («إلى 3000») that a verb
    of cutting earlier in the clause has not yet brought about ("ستقلص عدد قواتها في العراق من
    5200 إلى 3000"); a figure dated in its clause to a day after the publication day."""
    a, b = s.clause(n_start)
    before, after = s.f[a:n_start], s.f[unit_end:b].split()[:2]
    if PLAN.search(before) or MAY.search(before) or FUTURE_STATE.search(before) or any(FUTURE_STATE.fullmatch(w) for w in after):
        return "planned"
    cut = _cut_status(s, n_start, anchor) if _is_level(s, n_start) else None
    if cut is not None:
        return "reported" if cut == "completed" else "planned"
    return "planned" if _still_to_come(s, n_start, anchor, same_clause=True) else "reported"


def _cut_status(s: Sentence, pos: int, anchor: dt.date | None) -> str | None:
    """The status of the last verb of leaving or cutting before ``pos`` in its clause, or None
    where there is none."""
    a, _ = s.clause(pos)
    cuts = [(p, form) for p, end, form in s.leaving_words if a <= p and end <= pos]
    if not cuts:
        return None
    p, form = max(cuts)
    return _status_of(s, p, form, anchor)


def _held_until_the_change(m: Mention, s: Sentence, pos: int, anchor: dt.date | None) -> None:
    """The level before a change held until the change began (or until the publication day when
    the change is still to come): an open start, and the change's date phrase as the end."""
    found = _nearest_date(s, pos)
    change = found[0] if found else None
    if change is not None and change.earliest is not None and (anchor is None or change.earliest <= anchor) \
            and _change_done(s, pos, anchor):
        m.date_latest, m.date_text = change.earliest, change.text
    clip_to_publication(m, anchor)


def _change_done(s: Sentence, pos: int, anchor: dt.date | None) -> bool:
    """Whether the change from a level at ``pos`` is done: the verb of leaving or cutting before
    it in its clause says so ("خفضت"، not "ستخفض … خلال أيلول", which leaves the level standing on
    the publication day); without one, a change stated is taken as done ("تراجع من … إلى …")."""
    return _cut_status(s, pos, anchor) in (None, "completed")

"""Where a change of mission is decided: an end word and a combat word in one clause, the
combat troops leaving, or the troops' role turning to training and advice."""

from __future__ import annotations

import re

from helpers import event_words as EW
from helpers.extract.filters import _demanded, _elsewhere, _hypothetical, _not_stated
from helpers.extract.records import AGREEMENT_FORCE, Mention
from helpers.extract.relate import _without_dates
from helpers.extract.sentence import Sentence
from helpers.extract.timing import _apply_date, _status_of, clip_to_publication
from helpers.extract.words import (
    _forms_re, _w, AGREEMENT, AGREEMENT_REACH_WORDS, COMBAT, COMBAT_WORDS, DEADLINE, END, FIGHTING, IRAQ, MISSION_REACH_WORDS,
    nationality_of_word, NEED_AFTER,
    PUNCTUATION, ROLE_BECOMES, ROLE_REACH_WORDS, ROLE_SHIFT,
)
from helpers.wordscan import alternation


#: What stands between a word of leaving and a combat word when the combat troops leave: who
#: leaves them perhaps, «جميع» or «آخر» perhaps, «قوات» (with the article or a pronoun), a
#: nationality perhaps.
COMBAT_TROOPS_LEAVE = re.compile(
    rf"\s+(?:[^\s،,.؛:]+\s+){{0,2}}?(?:(?:{alternation(_w(EW.ALL_OF_THEM_WORDS))})\s+)?(?:ال)?قوات(?P<own>ه|ها|هم)?"
    rf"(?:\s+[^\s،,.؛:]+)?\s+(?:ال)?$")


#: Stems of the words of leaving that the combat troops do (they withdraw, leave, exit, depart),
#: and of their verbal nouns.
LEAVE_VERB_STEMS = ("نسحب", "غادر", "خرج", "رحل")
LEAVE_NOUN_STEMS = ("نسحاب", "مغادر", "خروج", "رحيل")
LEAVE_STEMS = LEAVE_VERB_STEMS + LEAVE_NOUN_STEMS


def _combat_troops_leave(s: Sentence, p: int, end: int, form: str, combat_start: int) -> bool:
    """Whether the word of leaving at [p, end) has the combat troops that end at ``combat_start``
    for who leaves: after «انسحب» or «غادر» (they withdraw, they leave), or the verbal noun of
    «سحب»; after the verb «سحب» only as its object, «قواتها» ("ستسحب واشنطن كل قواتها القتالية"),
    since troops right after it are who pulls out something else ("سحبت القوات القتالية معداتها")."""
    m = COMBAT_TROOPS_LEAVE.match(s.f, end, combat_start)
    if m is None:
        return False
    word = s.f[p:end]
    if any(stem in word for stem in LEAVE_STEMS):
        return True
    return "سحب" in word and (form == "noun" or m.group("own") is not None)


#: «قوات» (with the article or a pronoun) right before a combat word.
_TROOPS_BEFORE = re.compile(r"(?<!\w)(?:ال)?قوات(?:ه|ها|هم)?\s+(?:ال)?$")
#: Between the combat word and the verb of leaving after it: a nationality perhaps, «قد» perhaps.
_BEFORE_THEIR_LEAVING = re.compile(r"(?:\s+[^\s،,.؛:]+)?(?:\s+قد)?\s+$")


#: Where troops that leave leave for good: the country (besides :data:`IRAQ`), or «بالكامل»، «نهائيا».
_FOR_GOOD = re.compile(r"(?<!\w)(?:البلاد|بالكامل|نهائيا)(?!\w)")


def _leaves_the_country(s: Sentence, pos: int) -> bool:
    """Whether a verb of leaving ending at ``pos`` (or the combat word after it) leaves the
    country: its clause goes on to name it, or «بالكامل»، or ends there ("انسحبت آخر القوات
    القتالية"), not a base or a patrol ("غادرت القوات القتالية القاعدة في دورية")."""
    _, b = s.clause(pos)
    if IRAQ.search(s.f, pos, b) or _FOR_GOOD.search(s.f, pos, b):
        return True
    rest = _without_dates(s, pos, b).split()
    if rest and nationality_of_word(rest[0].strip(PUNCTUATION)):
        rest = rest[1:]  # "آخر القوات القتالية الأمريكية"
    return not "".join(rest).strip(PUNCTUATION)


def _combat_troops_left(s: Sentence, c_start: int, c_end: int, p: int, end: int) -> bool:
    """Whether the combat troops named before a verb of leaving are who leave ("القوات القتالية
    الأمريكية غادرت العراق"، "القوات القتالية قد انسحبت"): «قوات» right before the combat word, at
    most a nationality and «قد» between it and «انسحب» or «غادر»."""
    word = s.f[p:end]
    if not any(stem in word for stem in LEAVE_VERB_STEMS) or any(noun in word for noun in LEAVE_NOUN_STEMS):
        return False
    return _TROOPS_BEFORE.search(s.f, max(0, c_start - 16), c_start) is not None and \
        _BEFORE_THEIR_LEAVING.fullmatch(s.f, c_end, p) is not None


def mission_changes(s: Sentence, doc_id: str, anchor) -> list[Mention]:
    """The end of the combat mission, stated or planned, in one sentence (one record at most, and
    the agreement that plans it: :func:`_agreement`)."""
    if not any(word in s.f for word in COMBAT_WORDS) and "مقاتل" not in s.f:  # most sentences have none
        return []
    combat = sorted([*COMBAT.finditer(s.f), *FIGHTING.finditer(s.f)], key=re.Match.start)
    for c in combat:
        clause = s.clause(c.start())
        ends = []
        fighting = c.re is FIGHTING  # fighting troops end no mission by an end word: "إنهاء عمل الطائرات المقاتلة"
        for pattern, form in () if fighting else END:
            for m in pattern.finditer(s.f, clause[0], clause[1]):
                if NEED_AFTER.match(s.f, m.end()):
                    continue  # "لم يعد بحاجة إلى قوات قتالية": a need, not an end
                if s.words_between(min(m.end(), c.start()), max(m.start(), c.end())) <= MISSION_REACH_WORDS:
                    ends.append((m.start("w"), m.end(), form, m.group("w")))
        for p, end, form in s.transfer_words:  # "مغادرة جميع قواته القتالية": the combat troops leave
            if (end <= c.start() and _combat_troops_leave(s, p, end, form, c.start())
                    or p >= c.end() and _combat_troops_left(s, c.start(), c.end(), p, end)) \
                    and (form == "noun" or _leaves_the_country(s, max(end, c.end()))):
                ends.append((p, end, form, s.f[p:end]))
        if not ends:
            continue
        e_start, e_end, form, word = min(ends, key=lambda e: abs(e[0] - c.start()))
        if _elsewhere(s, c.start()) or _hypothetical(s, e_start) or _demanded(s, e_start, form):
            return []  # "أنهت مهمتها القتالية في أفغانستان"، "طالب بإنهاء المهمة القتالية"
        status = _status_of(s, e_start, form, anchor)
        cs, ce = s.article_span(min(e_start, c.start()), max(e_end, c.end()))
        rec = Mention(doc_id, "mission_change", status, cs, ce, s.start, s.start + len(s.text), s.text,
                      actor_from="coalition")
        _apply_date(rec, s, e_start, anchor)
        decision = _agreement(s, doc_id, e_start, anchor) if status == "planned" else None
        return [rec] if decision is None else [decision, rec]
    return []


#: A past verb of agreeing or signing: an agreement made, not only referred to.
AGREED = _forms_re(EW.AGREED_VERBS)


def _agreement(s: Sentence, doc_id: str, e_start: int, anchor) -> Mention | None:
    """The agreement that plans an end of the combat mission at ``e_start``, as a change of the
    mission of its own, on the day it was made: a word of agreeing or signing at most
    :data:`AGREEMENT_REACH_WORDS` before the end in its clause, made by the publication day (its
    status is not a plan), dated by the sentence's date nearest to it that is over by then and
    is no deadline ("…، وذلك في التاسع من أيار الماضي": the 9th, not «قبل نهاية العام»), or by none. The sentence
    tells of the agreement being made: a past verb of agreeing or signing before the end («اتفقت
    الحكومتان على …»، «وقعت بغداد ولندن … اتفاقا لإنهاء …»), not a plan or «قد» before it; an agreement
    only referred to ("وبموجب الاتفاق بين الحكومتين ستغادر …") is none."""
    a, _ = s.clause(e_start)
    agreements = [m for m in AGREEMENT.finditer(s.f, a, e_start) if s.words_between(m.end(), e_start) <= AGREEMENT_REACH_WORDS]
    if not agreements or not AGREED.search(s.f, 0, e_start):
        return None
    m = agreements[-1]
    if _status_of(s, m.start("w"), "past", anchor) != "completed":
        return None
    rec = Mention(doc_id, "mission_change", "completed", *s.article_span(m.start("w"), m.end()), s.start,
                  s.start + len(s.text), s.text, force=AGREEMENT_FORCE, actor_from="coalition")
    past = [d for d in s.dates if d.latest is not None and (anchor is None or d.latest <= anchor)
            and not DEADLINE.search(s.f[max(0, s.folded.index_at(d.start) - 40):s.folded.index_at(d.start)])]
    if past:
        d = min(past, key=lambda d: abs(s.folded.index_at(d.start) - m.start()))
        rec.date_earliest, rec.date_latest, rec.date_precision, rec.date_text = d.earliest, d.latest, d.precision, d.text
    clip_to_publication(rec, anchor)
    return rec


def role_shifts(s: Sentence, doc_id: str, anchor) -> list[Mention]:
    """The end of the combat mission told as the troops' role turning to training and advice
    (one record at most): a word of turning in the clause, at most :data:`ROLE_REACH_WORDS`
    words from the role, which goes on to what it becomes ("سيقتصر دور القوات الأمريكية على
    التدريب والمشورة"، "أصبحت مهمة التحالف غير قتالية")."""
    if not s.hints("advisory"):
        return []
    for r in ROLE_BECOMES.finditer(s.f):
        a, b = s.clause(r.start())
        shifts = [(m.start("w"), m.end(), form) for pattern, form in ROLE_SHIFT for m in pattern.finditer(s.f, a, b)
                  if s.words_between(min(m.end(), r.start()), max(m.start(), r.start())) <= ROLE_REACH_WORDS]
        if not shifts:
            continue
        p, end, form = min(shifts, key=lambda x: abs(x[0] - r.start()))
        if _elsewhere(s, p) or _not_stated(s, p, form):
            return []
        cs, ce = s.article_span(min(p, r.start()), max(end, r.end()))
        rec = Mention(doc_id, "mission_change", _status_of(s, p, form, anchor), cs, ce, s.start, s.start + len(s.text),
                      s.text, actor_from="coalition")
        _apply_date(rec, s, p, anchor)
        return [rec]
    return []

"""What takes a candidate event out: a negation or denial that governs its verb, a condition
or question, a demand, a convoy on the move, the Iraqi side or another force as who acts, a
base or troops placed in another country."""

from __future__ import annotations

import datetime as dt
import re

from helpers import event_words as EW
from helpers.dates import DateMention
from helpers.extract.records import Mention
from helpers.extract.sentence import Sentence
from helpers.extract.words import (
    _phrase_re, _w, CONVOY, CONVOY_BEFORE_WORDS, DEMAND, EXCEPT, FRONTED_PLACE_WORDS, IRAQ, LAST_BEFORE,
    nationality_of_word, NEGATION, NEGATION_REACH_WORDS, OTHER_FORCE, PLACE_ELSEWHERE, PUNCTUATION,
)
from helpers.gazetteer import BaseMention
from helpers.wordscan import alternation


def _negated(s: Sentence, pos: int, until: int | None = None) -> bool:
    """Whether a negation or denial governs the verb at ``pos``: one shortly before it in its
    clause, with no «سوى»/«إلا» ("only") after it up to ``until`` (the verb's object)."""
    a, b = s.clause(pos)
    if _denied(s, pos):
        return True
    negations = list(NEGATION.finditer(s.f, a, pos))
    last = negations[-1] if negations else None
    if last is None or s.words_between(last.end(), pos) > NEGATION_REACH_WORDS:
        return False
    if any(pos < s.folded.index_at(d.start) < b and _not_before(s, d) for d in s.dates):
        return False  # "لن تنسحب القوات قبل نهاية العام": not before then, so after it
    return not EXCEPT.search(s.f, last.end(), b if until is None else until)


DENIAL = _phrase_re(EW.DENIAL_WORDS)
THAT_CLAUSE = re.compile(r"(?<!\w)[وف]?(?:ب?ان|عن)(?!\w)")
BUT = _phrase_re(EW.CONTRAST_WORDS)
#: How far before a verb a denial still governs it through «أن» or «عن».
DENIAL_REACH_WORDS = 14


def _denied(s: Sentence, pos: int) -> bool:
    """Whether a denial governs the verb at ``pos`` through the clause it denies: «نفى … أن تكون
    القوات قد انسحبت»، «نفت … الأنباء عن انسحاب», however far in its sentence, but not past «لكن»
    (what is said against it)."""
    for m in DENIAL.finditer(s.f, 0, pos):
        if s.words_between(m.end(), pos) <= DENIAL_REACH_WORDS and THAT_CLAUSE.search(s.f, m.end(), pos) \
                and not BUT.search(s.f, m.end(), pos):
            return True
    return False


#: «قبل» right before a date, after a negation a few words back: "لن تنسحب … قبل نهاية العام"،
#: "انسحاب القوات لن يتم قبل العام المقبل" (not before then: from then on).
NOT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(_w(('لن', 'لا', 'لم', 'ليس', 'ليست')))})(?:\s+[^\s،,.؛;:]+){{0,6}}?\s+قبل\s+$")


def _not_before(s: Sentence, d: DateMention) -> bool:
    """Whether a date is what something will not happen before (:data:`NOT_BEFORE`), in its clause."""
    ds = s.folded.index_at(d.start)
    a, _ = s.clause(ds)
    return NOT_BEFORE.search(s.f, a, ds) is not None


CONDITIONAL = _phrase_re(EW.CONDITIONAL_WORDS)
#: A question: a clause that ends with a question mark or opens with «هل».
QUESTION_OPEN = re.compile(rf"\W*[وف]?(?:{alternation(_w(EW.QUESTION_WORDS))})(?!\w)")
#: What may stand between a word of demanding and the verbal noun it demands («طالب البرلمان
#: بانسحاب»، «دعا إلى انسحاب»، «التصويت على سحب»): who demands, and a preposition, joined or not.
_DEMANDED_GAP = re.compile(r"\s*(?:[^\s،,.؛:]+\s+){0,5}?(?:(?:الي|علي)\s+)?[وفبل]?(?:ال)?$")


def _hypothetical(s: Sentence, pos: int) -> bool:
    """Whether the word at ``pos`` is asked about or a condition: in a clause that asks ("هل
    تنسحب …؟"), or shortly after a conditional in its clause ("إذا انسحبت القوات … فإن …"). What
    follows the condition is not: "وإذا أعلنت بريطانيا …، فإن فرنسا ستبدأ في سحب مئتي جندي" states
    France's plan («إذا … فإن» often sets two facts side by side)."""
    f = s.f
    a, b = s.clause(pos)
    if f[a:b].rstrip(" .\"'»”)").endswith(("؟", "?")) or QUESTION_OPEN.match(f, a, b):
        return True  # its clause asks ("…، فهل تكون عين الأسد التالية؟" asks only that)
    conditions = list(CONDITIONAL.finditer(f, a, pos))
    return bool(conditions) and s.words_between(conditions[-1].end(), pos) <= NEGATION_REACH_WORDS


def _demanded(s: Sentence, pos: int, form: str) -> bool:
    """Whether the verbal noun at ``pos`` is what someone demands, votes on or calls for ("طالب
    البرلمان بانسحاب القوات"، "دعا إلى انسحاب القوات"): not something done."""
    if form != "noun":
        return False
    d = list(DEMAND.finditer(s.f, max(0, pos - 60), pos))
    gap = _DEMANDED_GAP.match(s.f, d[-1].end(), pos) if d else None
    return gap is not None


def _not_stated(s: Sentence, pos: int, form: str) -> bool:
    """Whether the word at ``pos`` states no event: negated, a condition or question, or demanded."""
    return _negated(s, pos) or _hypothetical(s, pos) or _demanded(s, pos, form)


def _convoy_moves(s: Sentence, t_start: int, b_start: int) -> bool:
    """Whether the subject of the transfer verb at ``t_start`` is a convoy (named shortly before
    it in its clause, or between it and its base) other than the last one: supplies on the
    move, not a base changing hands."""
    if not s.hints("convoy"):
        return False
    a, _ = s.clause(t_start)
    for m in CONVOY.finditer(s.f, a, max(b_start, t_start)):
        near = m.start() > t_start or s.words_between(m.end(), t_start) <= CONVOY_BEFORE_WORDS
        if near and not LAST_BEFORE.search(s.f, a, m.start()):
            return True
    return False


#: A country's adjective right after the name of a base: the base is in that country.
_ABROAD_ADJECTIVE = re.compile(rf"\s+(?:{alternation(_w(EW.ELSEWHERE_ADJECTIVES))})(?!\w)")


def _abroad(s: Sentence, b: BaseMention) -> bool:
    """Whether a base the gazetteer does not list is in another country: its clause places it
    there ("قاعدة عريفجان في الكويت"، see :func:`_elsewhere`) or an adjective after its name does
    ("قاعدة الشدادي السورية"). The gazetteer's bases are all in Iraq."""
    return _ABROAD_ADJECTIVE.match(s.f, b.end) is not None or _elsewhere(s, b.start)


#: The Iraqi side or another force than the coalition, as who acts or whom a base comes from.
_OTHERS = rf"(?:{alternation(_w(EW.IRAQI_SIDE + EW.OTHER_FORCES))})(?!\w)"
#: Another side named as who acts, perhaps after a noun of its members ("مقاتلو داعش"، "عناصر الحشد").
OTHERS = re.compile(rf"(?:(?:{alternation(_w(EW.MEMBERS_OF))})\s+)?[وف]?(?:ال)?{_OTHERS}")
FROM_OTHERS = re.compile(rf"(?<!\w)من\s+{_OTHERS}")
RECEIVE_STEMS = tuple(_w(EW.RECEIVE_STEMS))


def _done_by_others(s: Sentence, verb_end: int, object_start: int) -> bool:
    """Whether the Iraqi side or another force is who acts: named right after the verb, before
    its object ("سحب الجيش العراقي 3000 جندي"، "انسحب الجيش العراقي من قاعدة القيارة"، "سلمت القوات
    العراقية قاعدة الحبانية إلى الحشد"); not when named later, in the coalition's own name ("سلم
    التحالف الدولي ضد تنظيم داعش … قاعدة كي وان")."""
    if verb_end > object_start:
        return False
    subject = len(s.f[verb_end:object_start]) - len(s.f[verb_end:object_start].lstrip())
    return OTHERS.match(s.f, verb_end + subject, object_start) is not None


def _received_from_others(s: Sentence, word: str, b_end: int) -> bool:
    """Whether a verb of receiving takes its base from the Iraqi side or another force, «من»
    shortly after the base ("تسلمت الشرطة الاتحادية مقر اللواء في قاعدة التاجي من الجيش العراقي")."""
    return any(stem in word for stem in RECEIVE_STEMS) and \
        FROM_OTHERS.search(s.f, b_end, min(b_end + 40, s.clause(b_end)[1])) is not None


def _other_side(s: Sentence, unit_end: int) -> bool:
    """Whether the troops counted are named right after their noun as Iraqi or as another force
    than the coalition ("3 جنود عراقيين"، "عنصر من داعش"، "عناصر الحشد الشعبي")."""
    tail = s.f[unit_end:unit_end + 40]
    first = tail.split()[:1]
    if first and nationality_of_word(first[0].strip(PUNCTUATION)) == "IRQ":
        return True
    return OTHER_FORCE.match(tail) is not None


def _elsewhere(s: Sentence, pos: int) -> bool:
    """Whether the clause of ``pos`` places its troops in another country, and not in Iraq
    ("القوات الأمريكية في أفغانستان وصلت إلى 2500 جندي"); or, naming no place, follows a place
    put first in the sentence ("وفي أفغانستان، خفضت واشنطن عدد قواتها إلى 2500")."""
    if not s.hints("elsewhere"):  # most articles name no other country
        return False
    a, b = s.clause(pos)
    if PLACE_ELSEWHERE.search(s.f, a, b):
        return not IRAQ.search(s.f, a, b)
    first = s.clauses[0]
    return first[1] <= a and len(s.f[first[0]:first[1]].split()) <= FRONTED_PLACE_WORDS and \
        PLACE_ELSEWHERE.search(s.f, first[0], first[1]) is not None and not IRAQ.search(s.f, 0, b)


#: How long before the publication day an event is background, not news of the drawdown: an
#: article of 2020 that recalls how US forces left a base in 2011, or counts the dead since 2003.
HISTORY_DAYS = 730


def is_history(m: Mention, anchor) -> bool:
    """Whether a record dates background, not news: its window ended more than
    :data:`HISTORY_DAYS` before the publication day ("غادرت القوات الأمريكية قاعدة عين الأسد عام
    2011"), or an event's window began that long before it ("قتل أكثر من 4400 جندي أمريكي منذ
    عام 2003"; troops standing there since then are still there, and stay)."""
    if anchor is None:
        return False
    long_ago = anchor - dt.timedelta(days=HISTORY_DAYS)
    if m.date_latest is not None and m.date_latest < long_ago:
        return True
    return m.event_type != "troop_presence" and m.date_earliest is not None and m.date_earliest < long_ago

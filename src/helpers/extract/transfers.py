"""Where a base handover is decided: the base a transfer verb or noun acts on
(:func:`_base_object`, with the bases listed after it), a base that comes under the Iraqi
side's control or where troops end their presence, and :func:`transfers`, which applies the
filters and sets status and date."""

from __future__ import annotations

import re

from helpers import event_words as EW
from helpers.extract.filters import (
    _abroad, _convoy_moves, _done_by_others, _not_stated, _received_from_others, RECEIVE_STEMS,
)
from helpers.extract.records import Mention
from helpers.extract.relate import _own_date, _without_dates
from helpers.extract.sentence import Sentence
from helpers.extract.timing import _apply_date, _status_of, _WORD_AT
from helpers.extract.words import (
    CEREMONY_OR_HELD, ALL_OF_THEM, ATTACK, ATTACK_REACH_WORDS, HANDED_STEMS, MARKS, PLACE_KINDS, RELATIVE_PRONOUNS, RELATIVE_REACH_WORDS,
    THAT_WORDS, WITHDRAW_STEMS,
    _forms_re, _stem, _verb_patterns, _w, ANAPHOR, BASE_LIST_JOINERS, BASE_REACH_WORDS, BASES_PLURALS,
    COMBAT_WORDS, DESTINATION_WORDS, INCLUDING, INTRANSITIVE_STEMS, IRAQI, is_troop_noun, PART_OF, PARTLY,
    PLACE_MAX_WORDS, PLACE_WORDS, POINTER, POINTER_AFTER_SUBJECT, PUNCTUATION, REDEPLOY_STEMS,
)
from helpers.gazetteer import UNLISTED_PREFIX
from helpers.wordscan import alternation


def _base_object(s: Sentence, t_start: int, t_end: int, bases, last_base: str):
    """The base a transfer verb at [t_start, t_end) acts on, with the span that names it:
    a pronoun on the verb («وتسليمها»، «تنسحب منها»، or after who withdraws: «انسحاب التحالف منها»)
    points to the last base before it in its clause (on a verb that takes no object, «انسحابها»,
    the pronoun is who withdraws; with a base right after it, «تسلمها معسكر بسماية», the pronoun
    is who acts and the base the object); else the first base after it (for a verb of withdrawing,
    a town of a base after its «من» too: «انسحبت من القائم»), unless the verb's «من» takes something
    else first, a clause of another verb opens, or a number of troops, or a part of them («جزءا من
    قواتها»), stands between (then troops leave the base, the base is not handed over); else
    «القاعدة» right after it means the base the article named last. The bases of its clause it
    acts on besides are :func:`_clause_objects`'s."""
    tail, word = s.f[t_end:], s.f[t_start:t_end]
    # an object pronoun that stands for a base is «ها» (a قاعدة); «هم» stands for people ("سحب 35
    # جنديا … ونقلهم إلى الأردن"), never a base
    object_pronoun = word.endswith("ها") and not any(stem in word for stem in INTRANSITIVE_STEMS)
    right_after = next((b for b in bases if b.start >= t_end and not s.f[t_end:b.start].strip()), None)
    if object_pronoun and right_after is not None:
        # a base right after the pronoun is the object, the pronoun who acts: "أعلنت قيادة
        # العمليات تسلمها معسكر بسماية" (its taking over of the camp)
        return right_after.base_id, right_after.start, right_after.end
    intransitive = any(stem in word for stem in INTRANSITIVE_STEMS)
    if POINTER.match(tail) or object_pronoun or (intransitive and POINTER_AFTER_SUBJECT.match(tail)):
        clause = s.clause(t_start)
        before = [b for b in bases if clause[0] <= b.start and b.end <= t_start]
        return (before[-1].base_id, before[-1].start, before[-1].end) if before else None
    where_to: set[int] = set()  # bases (by start) where troops or things go, with those listed after them
    # a town of a base as what troops withdraw from ("انسحبت القوات من القائم"), where no base is named there
    towns = [p for p in s.places if not any(b.start < p.end and p.start < b.end for b in bases)] \
        if any(stem in word for stem in WITHDRAW_STEMS) else []
    for b in sorted(bases + towns, key=lambda b: b.start) if towns else bases:
        if b.start < t_end or b.start in where_to:
            continue
        if _named_among(s, t_end, b.start):
            return b.base_id, b.start, b.end  # "سلم ثماني قواعد …، من بينها قاعدة القيارة"
        # marks are no words: "انسحبت من “قاعدة أبو غريب”"
        words = [w for w in _without_dates(s, t_end, b.start).split() if w.strip(MARKS)]
        if b.kind == "place" and not (words[-1:] == ["من"] or words[-2:-1] == ["من"] and words[-1] in PLACE_KINDS):
            continue  # a town is its base only as what troops withdraw from ("من القائم"، "من منطقة القائم")
        if _goes_to(words, word):
            where_to.update(start for _, start, _ in _listed_after(s, bases, b.start))
            continue
        if len(words) > BASE_REACH_WORDS or _from_takes_another(words) or THAT_WORDS.intersection(words):
            break  # too far, or the verb's «من» takes something else, or a clause of another verb opens
            # («وأضاف أن معسكر …»)
        if _troops_move(s, t_end, b.start, bases):
            break
        return b.base_id, b.start, b.end
    m = ANAPHOR.match(tail.lstrip())
    if m and last_base:
        gap = len(tail) - len(tail.lstrip())
        return last_base, t_end, t_end + gap + m.end()
    return None


def _goes_to(words: list[str], word: str) -> bool:
    """Whether the words between a transfer word and a base make the base where troops or things
    go ("نقلت معداتها إلى قاعدة عين الأسد") or redeploy ("إعادة تموضع قواتها في قاعدتي عين الأسد
    وحرير"), not the base acted on."""
    return bool(words) and (words[-1] in DESTINATION_WORDS or (words[-1] == "في" and any(r in word for r in REDEPLOY_STEMS)))


def _troops_move(s: Sentence, t_end: int, b_start: int, bases) -> bool:
    """Whether a number of troops, or a part of them, stands between a transfer word and a base:
    troops leave the base, the base is not handed over ("سحب 100 جندي من قاعدة …"، "سحب جزءا من
    قواته من قاعدة …"); a number that names a site («رقم 8») or lies in a base's name counts none."""
    return any(t_end <= (p := s.folded.index_at(n.start)) < b_start and not _inside_a_base(bases, p) and not _a_label(s, n)
               for n in s.numbers if n.kind in ("cardinal", "vague")) or PART_OF.search(s.f, t_end, b_start) is not None


def _from_takes_another(words: list[str]) -> bool:
    """Whether a «من» among the words between a verb and a base takes something else than the base:
    not troops («من القوات» is who), all of them («من كافة مواقعها»), or a kind of place right
    before the base («من منطقة القائم»); "من 3 قواعد" takes a count of bases."""
    return any(w == "من" and not (is_troop_noun(words[i + 1]) or words[i + 1] in ALL_OF_THEM
                                   or words[i + 1] in PLACE_KINDS and i + 2 == len(words))
               for i, w in enumerate(words[:-1]))


def _named_among(s: Sentence, t_end: int, b_start: int) -> bool:
    """Whether the base at ``b_start`` is named among bases a transfer verb ending at ``t_end``
    counts: a plural base word within a base's reach of the verb, then «من بينها» (or «ومنها»،
    «أبرزها» …) right before the base."""
    if not s.hints("bases") or not INCLUDING.search(s.f, t_end, b_start):
        return False
    words = [_stem(w.strip(PUNCTUATION)) for w in s.f[t_end:b_start].split()]
    return len(words) <= 2 * BASE_REACH_WORDS and any(w in BASES_PLURALS for w in words[:BASE_REACH_WORDS])


def _listed_after(s: Sentence, bases, first_start: int) -> list[tuple[str, int, int]]:
    """The bases named right after the one at ``first_start``, joined to it by «و»، «ثم» or a
    comma ("قاعدة القيارة ثم قاعدة كي وان"), perhaps after where it lies ("قاعدة القيارة جنوب
    الموصل ومعسكر التاجي"): objects of the same verb."""
    out, i = [], next((k for k, b in enumerate(bases) if b.start == first_start), len(bases))
    for prev, b in zip(bases[i:], bases[i + 1:]):
        # a base's own date is no word between ("قاعدة القائم في 17 آذار، وقاعدة القيارة")
        gap = [w for w in _without_dates(s, prev.end, b.start, lead=True).replace("،", " ، ").replace(",", " , ").split()
               if w.strip(MARKS) or w in BASE_LIST_JOINERS]  # quotes are no words: 'قاعدة "K 1" في كركوك وقبلها …'
        if b.base_id == prev.base_id and len(gap) <= 2:
            continue  # the same base named again ("قاعدة التقدم في الحبانية")
        joined = bool(gap) and all(w in BASE_LIST_JOINERS for w in gap)
        # where the base lies, then a joiner ("جنوب الموصل و")
        placed = 2 <= len(gap) <= PLACE_MAX_WORDS + 1 and gap[0] in PLACE_WORDS and gap[-1] in BASE_LIST_JOINERS
        if not (joined or placed):
            break
        out.append((b.base_id, b.start, b.end))
    return out


_CONTROL = alternation(_w(EW.CONTROL_NOUNS))
#: «تحت سيطرة»، «تحت إدارة»، «في عهدة»، «بعهدة» …: what follows holds the base.
UNDER_CONTROL = re.compile(rf"(?<!\w)(?:تحت\s+|في\s+|ب)(?:{_CONTROL})(?!\w)")
#: Empty of troops ("باتت خالية من قواته"، "أصبحت خالية تماما من القوات الأجنبية"): the base is left.
EMPTY_OF = re.compile(r"(?<!\w)(?:خاليه|خاليا|خال)\s+(?:[^\s،,.؛:]+\s+)?من\s+(?P<troops>[^\s،,.؛:]+)")
#: «السيطرة على»، «المسؤولية عن», or the noun joined to the base with no article («مسؤولية قاعدة»).
CONTROL_OF = re.compile(rf"\s*(?:ال(?:{_CONTROL})\s+(?:علي|عن)|(?:{_CONTROL})(?:\s+(?:علي|عن))?)(?!\w)")
BECOME = _verb_patterns(EW.BECOME_VERBS)
CONTROL_MOVES = _verb_patterns(EW.CONTROL_MOVE_VERBS) + [(_forms_re(EW.CONTROL_MOVE_NOUNS, True), "noun", ())]
#: How far after a noun of control the Iraqi side may begin ("تحت سيطرة القوات العراقية").
CONTROL_SIDE_CHARS = 12
_TO = re.compile(r"\s*الي\s+")


def _words_of_patterns(patterns, a: int, b: int, f: str) -> list[tuple[int, str]]:
    """(start of the word, form) of every match of (pattern, form, stems) in ``f[a:b]``."""
    return sorted((m.start("w"), form) for pattern, form, _ in patterns for m in pattern.finditer(f, a, b))


#: A word of ending, a noun of presence (with the article or a pronoun, and «العسكري» perhaps),
#: then «في»: the base after it is left ("أنهى التحالف وجوده في قاعدة كي 1").
END_PRESENCE = [
    (re.compile(rf"(?<!\w)[وف]?(?P<w>{alternation(_w(words))})\s+(?:[^\s،,.؛:]+\s+){{0,3}}?(?:ال)?"
                rf"(?:{alternation(_w(EW.PRESENCE_NOUNS))})(?:ه|ها|هم|هما)?(?:\s+(?:ال)?عسكري(?:ه)?)?\s+في\s+"), form)
    for form, words in EW.END_PRESENCE_FORMS.items()]


def presence_ends(s: Sentence, bases) -> list[tuple[str, int, int, int, str]]:
    """Bases whose troops end their presence there, as :func:`control_changes` gives them: a word
    of ending, a noun of presence and «في» right before the base ("أنهت قوات التحالف مهامها في
    معسكر بسماية"); not the combat mission ending there (a combat word in the phrase)."""
    f, out = s.f, []
    if "نه" not in f:
        return out
    starts = {b.start: b for b in bases}
    for pattern, form in END_PRESENCE:
        for m in pattern.finditer(f):
            base = starts.get(m.end())
            if base is not None and not any(w in f[m.start():m.end()] for w in COMBAT_WORDS):
                out.append((base.base_id, m.start("w"), base.end, m.start("w"), form))
    return out


def _clause_objects(s: Sentence, t_start: int, t_end: int, form: str, bases, taken: set[int], found: bool) -> list[tuple[str, int, int]]:
    """The bases a transfer verb at [t_start, t_end) acts on across its clause and the clauses
    that go on with it (:meth:`Sentence.linked_clause`), beyond what :func:`_base_object` takes
    (``found``: whether it took one): a base before the verb through a relative pronoun
    ("قاعدتي القائم والقيارة اللتين سلمتا"، "قاعدة القائم، التي غادرتها القوات"); and, where it took
    none, the first base after the verb however far, with those listed after it ("إخلاء أكبر معسكر
    للتدريب في البلاد، وهو معسكر بسماية").

    A base is no object where troops or things go to it («إلى»، «نحو» right before it, or a
    pronoun after the verb: "انسحبت إليها"), where something strikes («على» right before it, or a
    word of attack near it), where troops redeploy («إعادة تموضع … في»), or where troops are
    counted or a part of them leaves ("سحب 100 جندي من قاعدة …")."""
    a, b = s.linked_clause(t_start)
    word = s.f[t_start:t_end]
    out = []
    where_to: set[int] = set()  # bases where troops or things go, with those listed after them
    for base in bases:
        if base.start in taken or base.start in where_to or not a <= base.start < b or _attacked(s, base):
            continue
        if base.start >= t_end:
            if found or out and out[-1][1] >= t_end:
                continue
            words = [w for w in _without_dates(s, t_end, base.start).split() if w.strip(MARKS)]
            if THAT_WORDS.intersection(words):
                break  # a clause of another verb opens: "وتسليم الموقع …، وأضاف أن معسكر …"
            if _goes_to(words, word) or words[-1:] in (["علي"], ["وعلي"]):  # or where something strikes
                where_to.update(start for _, start, _ in _listed_after(s, bases, base.start))
                continue
            if _troops_move(s, t_end, base.start, bases):
                continue
            out += [(base.base_id, base.start, base.end), *_listed_after(s, bases, base.start)]
        else:
            gap = [w for w in _without_dates(s, base.end, t_start).split() if w.strip(MARKS)]
            pronoun = next((i for i, w in enumerate(gap) if w in RELATIVE_PRONOUNS), None)
            # right before a verb of handing over, read as its passive: "القاعدة الجوية في الحبانية سلمت إلى …"
            passive = not gap and form in ("past", "present") and any(st in word for st in HANDED_STEMS) \
                and _without_dates(s, t_end, b).split()[:1] in (["الي"], ["للقوات"], ["للجيش"], ["للجانب"])
            # where a handover with no base of its own took place: "شهدت قاعدة القيارة مراسم تسليم"،
            # "وفي قاعدة الحبانية، جرى تسليم المنشآت إلى القوات العراقية"
            held_there = form == "noun" and not found and set(gap) <= CEREMONY_OR_HELD and (
                not CEREMONY_OR_HELD.isdisjoint(gap) or s.f[max(0, base.start - 4):base.start].strip() in ("في", "وفي"))
            if not (passive or held_there) and (pronoun is None or pronoun > RELATIVE_REACH_WORDS
                                                 or len(gap) - pronoun - 1 > RELATIVE_REACH_WORDS or TO_IT.match(s.f, t_end)):
                continue
            out.append((base.base_id, base.start, base.end))
    return [o for o in out if o[1] not in taken]


#: A pronoun after «إلى» right after a verb: where troops go ("انسحبت إليها القوات").
TO_IT = re.compile(r"\s*(?:الي|لدي)(?:ها|ه|هما)(?!\w)")


def _attacked(s: Sentence, base) -> bool:
    """Whether a word of attack stands near the base in its clause (:data:`ATTACK_REACH_WORDS`
    before it, or after it): "هجوم صاروخي على قاعدة عين الأسد"، "تعرضت قاعدة التاجي لقصف"."""
    a, b = s.clause(base.start)
    return any(s.words_between(m.end(), base.start) <= ATTACK_REACH_WORDS if m.end() <= base.start
               else s.words_between(base.end, m.start()) <= ATTACK_REACH_WORDS
               for m in ATTACK.finditer(s.f, a, b))


#: «رقم» right before a number: it names a site, it counts nothing ("الموقع رقم 8 في معسكر التاجي").
_NUMBER_WORD = re.compile(r"(?<!\w)(?:ال)?رقم\s*$")


def _a_label(s: Sentence, n) -> bool:
    """Whether a number names something («الموقع رقم 8») rather than counts."""
    p = s.folded.index_at(n.start)
    return _NUMBER_WORD.search(s.f, max(0, p - 8), p) is not None


def _inside_a_base(bases, pos: int) -> bool:
    """Whether ``pos`` lies in a base's name ("قاعدة كي 1")."""
    return any(b.start <= pos < b.end for b in bases)


def control_changes(s: Sentence, bases) -> list[tuple[str, int, int, int, str]]:
    """Bases that come under the Iraqi side's control, as (base, start and end of the evidence,
    where its verb stands, the verb's form): a verb of becoming, the base, then «تحت سيطرة» (or
    «بعهدة»، «في يد») and the Iraqi side ("أصبحت قاعدة القيارة تحت سيطرة القوات العراقية"), or
    empty of troops ("باتت قاعدة بسماية خالية من قواته"); or a verb of control moving,
    «السيطرة على», the base, then «إلى» and the Iraqi side ("انتقلت السيطرة على قاعدة القيارة إلى
    القوات العراقية"), each in one clause."""
    f, out = s.f, []
    if "خال" in f:
        for e in EMPTY_OF.finditer(f):
            a, _ = s.clause(e.start())
            before = [b for b in bases if a <= b.start and b.end <= e.start()]
            verbs = _words_of_patterns(BECOME, a, e.start(), f)
            if before and verbs and is_troop_noun(e.group("troops")):
                p, form = verbs[-1]
                out.append((before[-1].base_id, min(p, before[-1].start), e.end(), p, form))
    if "تحت" in f or "عهد" in f or "يد" in f:
        for u in UNDER_CONTROL.finditer(f):
            side = IRAQI.search(f, u.end(), u.end() + CONTROL_SIDE_CHARS + 40)
            a, _ = s.clause(u.start())
            before = [b for b in bases if a <= b.start and b.end <= u.start()]
            if not side or side.start() > u.end() + CONTROL_SIDE_CHARS or not before:
                continue
            base = before[-1]
            verbs = _words_of_patterns(BECOME, a, u.start(), f)
            if verbs:
                p, form = verbs[-1]
                out.append((base.base_id, min(p, base.start), side.end(), p, form))
    if "نتقل" in f or "نتقال" in f:
        for p, form in _words_of_patterns(CONTROL_MOVES, 0, len(f), f):
            word_end = _WORD_AT.match(f, p).end()
            of = CONTROL_OF.match(f, word_end)
            a, b = s.clause(p)
            after = [x for x in bases if of and of.end() <= x.start < b]
            if not after or s.words_between(of.end(), after[0].start) > 1:
                continue
            base = after[0]
            to = _TO.match(f, base.end)
            side = IRAQI.match(f, to.end()) if to else None
            if side:
                out.append((base.base_id, p, side.end(), p, form))
    return out


#: Giving back: the verbs of sending home (RETURN_VERBS) and their noun «إعادة».
RETURNS = _verb_patterns(EW.RETURN_VERBS) + [(_forms_re(("إعادة",), True), "noun", ())]
#: What is set up again, not given back, after «إعادة»: "إعادة تموضع"، "إعادة انتشار"، "إعادة بناء".
NOT_RETURNED = frozenset(_w(EW.NOT_RETURNED))


def returns(s: Sentence, bases) -> list[tuple[str, int, int, int, str]]:
    """Bases given back to the Iraqi side, as :func:`control_changes` gives them: a verb or noun
    of giving back («أعادت»، «إعادة»), a base before «إلى» and the Iraqi side, in one clause
    ("أعادت قوات التحالف الموقع الذي كانت تشغله في قاعدة القيارة إلى القوات العراقية"); not what
    is set up again ("إعادة تموضع القوات في قاعدة عين الأسد")."""
    f, out = s.f, []
    if "عاد" not in f and "عيد" not in f:
        return out
    for p, form in _words_of_patterns(RETURNS, 0, len(f), f):
        word_end = _WORD_AT.match(f, p).end()
        following = f[word_end:word_end + 20].split()[:1]
        if following and following[0].removeprefix("ال") in NOT_RETURNED:
            continue
        _, b = s.clause(p)
        to = next((m for m in re.finditer(r"(?<!\w)الي\s+", f[:b]) if m.start() > word_end), None)
        side = IRAQI.match(f, to.end()) if to else None
        inside = [x for x in bases if side and word_end <= x.start and x.end <= to.start()]
        if inside:
            out.append((inside[-1].base_id, p, side.end(), p, form))
    return out


def transfers(s: Sentence, doc_id: str, anchor, last_base: str) -> tuple[list[Mention], str]:
    """Base transfers in one sentence; also returns the last base the sentence names."""
    bases = [b for b in s.bases if not (b.base_id.startswith(UNLISTED_PREFIX) and _abroad(s, b))]
    out: list[Mention] = []
    if not bases and not (last_base and ANAPHOR.search(s.f)) and not (s.transfer_words and s.places):
        return out, last_base  # no base or town named or pointed at: no transfer to look for
    seen = set()
    # a word read both ways («تسلم»: took over, or hands over) is not the present: news tells
    # what was done in the past tense, or names it with the verbal noun
    other_reading = {(a, b) for a, b, form in s.transfer_words if form != "present"}
    words = [(t_start, t_end, form) for t_start, t_end, form in s.transfer_words
             if not (form == "present" and (t_start, t_end) in other_reading)]
    objects = {}  # by transfer word: the bases it acts on, as (base, start, end)
    for t_start, t_end, form in words:
        found = _base_object(s, t_start, t_end, bases, last_base)
        objects[t_start] = [found, *_listed_after(s, bases, found[1])] if found else []
    # then, across their clauses, the bases no word took (nearest word first)
    taken = {start for found in objects.values() for _, start, _ in found}
    for t_start, t_end, form in sorted(words, key=lambda w: min((abs(b.start - w[0]) for b in bases), default=0)):
        more = _clause_objects(s, t_start, t_end, form, bases, taken, bool(objects[t_start]))
        objects[t_start] += more
        taken.update(start for _, start, _ in more)
    for t_start, t_end, form in words:
        listed = objects[t_start]
        if not listed or _not_stated(s, t_start, form) or PARTLY.search(s.f, t_start, s.clause(t_start)[1]):
            continue  # not stated, or left only in part («أخلت القاعدة جزئيا»)
        word = s.f[t_start:t_end]
        receives = any(stem in word for stem in RECEIVE_STEMS)
        listed = [(base_id, b_start, b_end) for base_id, b_start, b_end in listed
                  if not (_convoy_moves(s, t_start, b_start)  # supplies on the move
                          # the Iraqi side or another force leaves it, hands it on, or hands it over
                          or (not receives and _done_by_others(s, t_end, b_start)) or _received_from_others(s, word, b_end))]
        status = _status_of(s, t_start, form, anchor)
        for base_id, b_start, b_end in listed:
            if (base_id, status) in seen:
                continue
            seen.add((base_id, status))
            a, b = min(t_start, b_start), max(t_end, b_end)
            cs, ce = s.article_span(a, b)
            rec = Mention(doc_id, "base_transfer", status, cs, ce, s.start, s.start + len(s.text), s.text,
                          base_id=base_id, actor_from="coalition",
                          actor_to="iraq" if IRAQI.search(s.f) else "")
            # bases listed each with a date of its own take it ("سلم قاعدة القائم في 17 آذار،
            # وقاعدة القيارة في 26 آذار"), as does a base named among a count of them ("سلم
            # ثماني قواعد، آخرها معسكر التاجي في 23 آب"); else the verb's
            own = _own_date(s, b_end) if len(listed) > 1 or _named_among(s, t_end, b_start) else None
            _apply_date(rec, s, t_start if own is None else own, anchor)
            out.append(rec)
    for base_id, a, b, p, form in control_changes(s, bases) + presence_ends(s, bases) + returns(s, bases):
        if _not_stated(s, p, form):
            continue
        status = _status_of(s, p, form, anchor)
        if (base_id, status) in seen:
            continue
        seen.add((base_id, status))
        cs, ce = s.article_span(a, b)
        rec = Mention(doc_id, "base_transfer", status, cs, ce, s.start, s.start + len(s.text), s.text,
                      base_id=base_id, actor_from="coalition", actor_to="iraq")
        _apply_date(rec, s, p, anchor)
        out.append(rec)
    # "the base" in a later sentence is the last base named that troops or things did not go to,
    # where one was ("انسحبت من قاعدة القيارة، ونقلت معداتها إلى قاعدة أربيل"), or the last one
    left = [b for b in bases if not DESTINATION_WORDS.intersection(s.f[max(0, b.start - 12):b.start].split()[-1:])] or bases
    if left:
        last_base = left[-1].base_id
    return out, last_base

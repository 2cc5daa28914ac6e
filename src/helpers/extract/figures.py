"""Where a troop figure is decided: what a number counts (troops, and whose), the verb that
governs it (killing, leaving, cutting, raising, or none: a standing figure), the killed broken
into parts, and :func:`figures`, which types each number, filters it and sets status and date."""

from __future__ import annotations

import re
from dataclasses import replace

from helpers import event_words as EW
from helpers.extract.filters import _done_by_others, _elsewhere, _hypothetical, _negated, _other_side
from helpers.extract.records import Mention
from helpers.extract.relate import _is_level
from helpers.extract.sentence import Sentence
from helpers.extract.timing import (
    _apply_date, _held_until_the_change, _PRONOUN_END, _standing_status, _status_of,
)
from helpers.extract.words import (
    ANOTHER_SIDE,
    _forms_re, _w, ADDED_WORDS, APPOSITION, BEFORE_THEIR_VERB, BEFORE_THEIR_VERB_WORDS, DEMAND,
    FUTURE_STATE, is_trainer_noun, is_troop_noun, KILLED_AFTER, KILLED_BEFORE_WORDS, LEVEL_WORDS,
    MET_DEATH, MIN_LEVEL, nationality_of_word, NOW, ONE_BEFORE_ITS_VERB, ONE_KILLED, ONGOING, PART,
    PART_OF_THEM, PUNCTUATION, TIME_OF, TOTAL, VERB_AFTER_ITS_TROOPS, VERB_AFTER_WORDS, VERB_BEFORE_WORDS,
    WOUNDED_AFTER,
)
from helpers.normalize import fold_text
from helpers.numbers import (
    DUAL_NOUNS, JOINED_REACH, JOINED_SINGULAR, NEXT_WORD, NEXT_WORD_REACH, NumberMention, SINGULAR_NOUNS,
)
from helpers.wordscan import alternation


#: The stems of deploying: its imperfect tells what stands deployed ("تنشر إيطاليا 800 عسكري").
DEPLOY_STEMS = tuple(_w(EW.DEPLOY_STEMS))
#: The nouns of the killed («قتيل»، «قتلى», with their duals and cases).
KILLED_NOUN_STEMS = tuple(_w(EW.KILLED_NOUN_STEMS))
#: Sides that hold every nation's troops.
UMBRELLA = ("COALITION", "FOREIGN")
#: Words of leading right before a nationality or country: it names who leads the coalition.
LED_BY = re.compile(rf"(?<!\w)(?:{alternation(_w(EW.LED_BY_WORDS))})\s+$")


def _nationality_near(s: Sentence, n_start: int, n_end: int, unit_end: int, until: int) -> str:
    """Nationality of a figure: an adjective right after its noun, else the nearest cue in its
    clause, else in its sentence; none at or after ``until`` (where the parts it is made of
    begin), and none that names who leads the coalition (:data:`LED_BY`) where another is named;
    outside its clause, a nation before the coalition (:data:`UMBRELLA`)."""
    after = s.f[unit_end:min(unit_end + 40, until)].split()[:2]
    for word in after:
        code = nationality_of_word(word.strip(PUNCTUATION))
        if code and code != "IRQ":
            return code
    cues = [c for c in s.nationality_cues if not (c[0] >= n_start and c[1] <= n_end) and c[0] < until]
    # the coalition's leader («التحالف بقيادة الولايات المتحدة») is not whose troops are counted
    # where another side is named: "ولدى كندا، وهي من دول التحالف الذي تقوده الولايات المتحدة، 500 عسكري"
    cues = [c for c in cues if not LED_BY.search(s.f, max(0, c[0] - 16), c[0])] or cues
    if not cues:
        return ""
    clause = s.clause(n_start)

    def rank(c):
        same = clause[0] <= c[0] < clause[1]
        dist = n_start - c[1] if c[1] <= n_start else c[0] - unit_end
        # outside its clause, a nation named before the coalition it belongs to ("كندا، وهي من دول التحالف")
        return (0 if same else 1, 0 if same or c[2] not in UMBRELLA else 1, abs(dist))

    return min(cues, key=rank)[2]


def _unit_span(s: Sentence, n_end: int) -> tuple[str, int]:
    m = NEXT_WORD.match(s.f, n_end, n_end + NEXT_WORD_REACH)
    return (m.group(1), m.end()) if m else ("", n_end)


#: «أن»، «إن»، «بأن»، «لأن»: a clause of its own opens; a verb before it governs no number after it.
THAT = re.compile(r"(?<!\w)[وف]?(?:ب?ان|لان)(?!\w)")
#: «بـ» (or «بمقدار»، «بواقع») right before a number: after a verb of cutting, the amount cut
#: ("قلصت … بنحو 500 جندي"، "قلصت … بمقدار 2200 جندي").
BY_AMOUNT = re.compile(r"(?<!\w)(?:ب|بمقدار|بواقع)\s*$")


def _governing_verb(s: Sentence, n_start: int, unit_end: int):
    """The transfer or withdrawal word that governs a number: (position, form, distance, end)
    or None; a verbal noun after it that a word of time brings in (:data:`TIME_OF`) tells when,
    and governs nothing. A number cut by («بنحو 500 جندي») is governed by the last verb of cutting before
    it in its clause, however far ("قلصت الولايات المتحدة عدد قواتها في العراق بنحو 500 جندي")."""
    if BY_AMOUNT.search(s.f, max(0, n_start - 8), n_start):
        a, _ = s.clause(n_start)
        cuts = [(p, form, n_start - end, end) for p, end, form in s.cut_words if a <= p and end <= n_start]
        if cuts:
            return max(cuts)
    best = None
    for p, end, form in s.leaving_words:
        if end <= n_start and s.words_between(end, n_start) <= VERB_BEFORE_WORDS:
            if THAT.search(s.f, end, n_start):
                continue  # "…، مشيراً إلى أن نحو 300 عسكري": the number is in a clause of its own
            d = n_start - end
        elif p >= unit_end and s.words_between(unit_end, p) <= VERB_AFTER_WORDS and not TIME_OF.search(s.f, unit_end, p):
            d = p - unit_end  # not a noun of time after them: "كانوا 5000 جندي قبل بدء الانسحاب"
        else:
            continue
        if best is None or d < best[2]:
            best = (p, form, d, end)
    return best


def _growth_before(s: Sentence, n_start: int, verb) -> tuple[int, str] | None:
    """The word that raises the number of troops or sends more nearest before a number, in
    reach and with no «أن» between: (position, form); None where there is none, or where the
    number's governing word of leaving (``verb``, from :func:`_governing_verb`) is nearer."""
    found = [(p, form, end) for p, end, form in s.growth_words
             if end <= n_start and s.words_between(end, n_start) <= VERB_BEFORE_WORDS and not THAT.search(s.f, end, n_start)]
    if not found:
        return None
    p, form, end = max(found, key=lambda g: g[2])
    if verb and verb[2] < n_start - end:
        return None
    return p, form


def _counted(s: Sentence, n: NumberMention, n_start: int, n_end: int):
    """What a number counts, if troops: (noun, end of the noun, nationality the noun names).

    A troop noun after it ("200 جندي", "5200 من قواتهم"); a dual or singular noun that is its own
    number ("عسكريان"); a nationality standing for troops in a sentence about troops ("بينهم 2500
    أميركي"); or «وهم نحو ثلاثين» pointing back at troops. None for anything else (km, bases,
    civilians, Iraqis).
    """
    if is_troop_noun(fold_text(n.text)):
        return fold_text(n.text), n_end, ""
    unit, unit_end = _unit_span(s, n_end)
    if unit and is_troop_noun(unit):
        return unit, unit_end, ""
    nationality = nationality_of_word(unit) if unit else ""
    if nationality and nationality != "IRQ" and s.names_troops:
        return unit, unit_end, nationality
    if APPOSITION.search(s.f[max(0, n_start - 16):n_start]) and s.names_troops:
        return "", n_end, ""
    if _is_level(s, n_start) and _bare(s, n_end) and (_troops_cut_before(s, n_start) or _troops_reach(s, n_start)):
        return "", n_end, ""  # "خفضت عدد جنودها في العراق إلى 3000"، "عدد الجنود سيصل إلى 3000"
    if _is_level(s, n_start) and _bare(s, n_end) and _killed_toll(s, n_start):
        return KILLED_NOUN_STEMS[0], n_end, ""  # "ارتفعت حصيلة قتلى التحالف إلى ثلاثة"
    return _killed_troops(s, n, n_end)


def _killed_troops(s: Sentence, n: NumberMention, n_end: int):
    """The killed counted by a noun of the killed («قتلى»، «قتيلان»، «قتيل») that troops or a foreign
    side follow: a nationality («قتيلان أمريكيان»), or «من» and troops or the coalition («ثلاثة
    قتلى من قوات التحالف»): (noun, end of the phrase, nationality). None for the killed of
    anyone else ("سقوط 30 قتيلا في انفجار")."""
    word = fold_text(n.text) if fold_text(n.text).startswith(KILLED_NOUN_STEMS) else ""
    end = n_end
    if not word:
        unit, end = _unit_span(s, n_end)
        if not unit.startswith(KILLED_NOUN_STEMS):
            return None
        word = unit
    after = s.f[end:end + 40].split()[:3]
    named = nationality_of_word(after[0].strip(PUNCTUATION)) if after else ""
    if named and named != "IRQ":
        return word, end, named
    if after[:1] == ["من"] and len(after) > 1:
        side = after[1].strip(PUNCTUATION)
        if is_troop_noun(side) and not (len(after) > 2 and nationality_of_word(after[2].strip(PUNCTUATION)) == "IRQ"):
            return word, end, ""
        named = nationality_of_word(side)
        if named and named != "IRQ":
            return word, end, named
    return None


AFTER_A_BARE_LEVEL = frozenset(_w(EW.AFTER_A_BARE_LEVEL))
_NEXT_LETTERS = re.compile(r"[^\S\n]*([^\W\d_]+)")


def _bare(s: Sentence, n_end: int) -> bool:
    """Whether nothing follows a number in its clause but a word of :data:`AFTER_A_BARE_LEVEL`."""
    _, b = s.clause(n_end - 1)
    m = _NEXT_LETTERS.match(s.f, n_end, b)
    return m is None or m.group(1) in AFTER_A_BARE_LEVEL


#: "The number of": a troop noun after one of these is what is counted.
NUMBER_OF = frozenset(_w(("عدد", "عديد")))


def _troops_cut_before(s: Sentence, n_start: int) -> bool:
    """Whether a word of leaving or cutting earlier in the clause has troops for its object, named
    between it and the number: after «عدد» or «عديد» ("خفض عديد القوات إلى 3000"), or with a
    pronoun ("ستخفض بريطانيا قواتها إلى 400"), not the troops who cut ("خفضت القوات الأمريكية
    عدد دورياتها إلى 3")."""
    a, _ = s.clause(n_start)
    for p, end, _ in s.leaving_words + s.growth_words:
        if a <= p and end <= n_start:
            words = s.f[end:n_start].split()
            if any(is_troop_noun(w) and ((i and words[i - 1] in NUMBER_OF) or _PRONOUN_END.search(w))
                   for i, w in enumerate(words)):
                return True
    return False


#: «عدد» or «عديد» and troops, a verb of reaching or changing, then «إلى» and a bare number: the
#: level they come to ("عدد الجنود الأمريكيين في العراق سيصل إلى 3000"، "تراجع عديد القوات إلى 2500").
_REACH = alternation(_w(EW.AMOUNT_VERBS + EW.FUTURE_STATE_VERBS + EW.CHANGE_TO_VERBS))
TROOPS_REACH = re.compile(
    rf"(?<!\w)(?:[وف]?(?:{_REACH})\s+)?[وفبل]?(?:ال)?(?:عدد|عديد)\s+(?P<troops>[^\s،,.؛:]+)(?P<rest>(?:\s+[^\s،,.؛:]+){{0,5}}?)"
    rf"\s+(?:[وف]?(?:{_REACH})\s+)?الي\s*$")


def _troops_reach(s: Sentence, n_start: int) -> bool:
    """Whether troops counted by «عدد» come, by a verb of reaching or changing before or after
    them, to the bare number at ``n_start`` (:data:`TROOPS_REACH`), in its clause; not troops of
    the Iraqi side or another force ("عدد المقاتلين في صفوف داعش وصل إلى 3000")."""
    a, _ = s.clause(n_start)
    m = TROOPS_REACH.search(s.f, a, n_start)
    if m is None or not is_troop_noun(m.group("troops")) or not (m.group(0).count(" ") and _REACH_RE.search(m.group(0))):
        return False
    return not ANOTHER_SIDE.search(m.group("rest"))


_REACH_RE = re.compile(rf"(?<!\w)[وف]?(?:{_REACH})(?!\w)")


#: The toll of the killed of a side, then a verb of reaching or changing before «إلى» and a bare
#: number: how many are dead now ("ارتفعت حصيلة قتلى التحالف في الهجوم إلى ثلاثة").
KILLED_TOLL = re.compile(
    rf"(?<!\w)(?:[وف]?(?:{_REACH})\s+)?[وفبل]?(?:ال)?(?:عدد|حصيله)\s+(?:ال)?قتلي\s+(?P<side>(?:\S+\s+){{0,2}}?)"
    rf"(?:[^\s،,.؛:]+\s+){{0,4}}?(?:[وف]?(?:{_REACH})\s+)?الي\s*$")


def _killed_toll(s: Sentence, n_start: int) -> bool:
    """Whether the bare number at ``n_start`` is the toll of the killed of the coalition or a
    foreign side (:data:`KILLED_TOLL`), not of the Iraqi side or another force."""
    a, _ = s.clause(n_start)
    m = KILLED_TOLL.search(s.f, a, n_start)
    if m is None or not _REACH_RE.search(m.group(0)):
        return False
    side = m.group(0)[m.start("side") - m.start():]
    named = [nationality_of_word(w.strip(PUNCTUATION)) for w in side.split()[:3]]
    return any(code and code != "IRQ" for code in named) and not ANOTHER_SIDE.search(side)


AMOUNT = _forms_re(EW.AMOUNT_VERBS)
#: «عدد»، «عديد», with the article, a proclitic or a pronoun.
NUMBER_OF_WORD = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:عدد|عديد)(?:ها|هم|ه)?(?!\w)")


def _amounts_to(s: Sentence, n_start: int) -> bool:
    """Whether a verb of amounting to and «عدد» stand before the number in its clause ("بلغ عدد
    القوات … نحو 3000 جندي"): it is a standing figure, not troops a verb of another clause after
    it moves."""
    a, _ = s.clause(n_start)
    return AMOUNT.search(s.f, a, n_start) is not None and NUMBER_OF_WORD.search(s.f, a, n_start) is not None


def _stays(s: Sentence, n_start: int) -> bool:
    """Whether a verb of a state to come stands before the number in its clause, near enough
    to govern it."""
    a, _ = s.clause(n_start)
    return any(s.words_between(m.end(), n_start) <= VERB_BEFORE_WORDS for m in FUTURE_STATE.finditer(s.f, a, n_start))


def _from_level_to(s: Sentence, i: int, n_start: int, n_end: int) -> bool:
    """Whether number ``i`` of the sentence is the first of «من N إلى M», its noun perhaps
    written after it too («من 5200 جندي إلى 3000 جندي»), and a word of now or where they are
    («من 5200 جندي حاليا إلى 3000»، «من 5200 جندي في العراق إلى 3000»): the level troops were at
    before a change to the next number."""
    if i + 1 >= len(s.numbers) or s.f[max(0, n_start - 8):n_start].split()[-1:] != ["من"]:
        return False
    gap = s.f[n_end:s.folded.index_at(s.numbers[i + 1].start)].split()
    if not gap or gap[-1] not in LEVEL_WORDS:
        return False
    rest = gap[1:-1] if is_troop_noun(gap[0]) else gap[:-1]
    # nothing more, a word of now, or where they are («في العراق»)
    return not rest or (len(rest) == 1 and NOW.fullmatch(rest[0]) is not None) or (len(rest) == 2 and rest[0] == "في")


def _total_of_which_part_moves(s: Sentence, n_start: int) -> bool:
    """Whether the number at ``n_start`` is the total of troops of which only a part moves: a
    word of a part, or a number, before it in its clause ("سحب معظم قواتها البالغ عددها 400
    جندي"، "سحب 300 من عسكرييها البالغ عددهم 900")."""
    a, _ = s.clause(n_start)
    before = s.f[a:n_start]
    if not TOTAL.search(" ".join(before.split()[-2:])):
        return False
    return bool(PART.search(before)) or any(
        n.kind == "cardinal" and a <= s.folded.index_at(n.start) < n_start for n in s.numbers)


def _part_of_them_moves(s: Sentence, v_start: int, v_end: int, unit_end: int) -> bool:
    """Whether a verb after the counted troops has a part of them for its subject, right after or
    right before it ("يبلغ عددهم 3000 جندي، وسيغادر نصفهم"): the number is the total that stands."""
    if v_start < unit_end:
        return False
    after = s.f[v_end:v_end + 20].split()[:1]
    word_start = s.f.rfind(" ", 0, v_start) + 1  # the verb's word, with its prefixes («وسيغادرون»)
    before = [w for w in s.f[unit_end:word_start].split() if w not in ("سوف", "وسوف", "فسوف")][-1:]
    return any(PART_OF_THEM.fullmatch(w.strip(PUNCTUATION)) for w in after + before)


def _cut_to_a_level_after(s: Sentence, v_start: int, v_end: int, unit_end: int) -> bool:
    """Whether a verb after the counted troops brings them to a level named after it, in its
    clause ("يبلغ عددهم نحو 5200 جندي، وتعتزم واشنطن خفضه إلى 3500 جندي"): the number is the
    level before the cut, which stands, not troops who leave."""
    if v_start < unit_end:
        return False
    _, b = s.clause(v_start)
    return any(v_end <= (p := s.folded.index_at(m.start)) < b and _is_level(s, p) for m in s.numbers)


_WORD = re.compile(r"\S+")


def _their_verb(s: Sentence, unit_end: int) -> tuple[str, int] | None:
    """("killed" or "wounded", where it starts) when a verb of killing or wounding follows the
    troops counted (their noun phrase ends at ``unit_end``) and has them for its subject ("إن
    ثلاثة جنود أمريكيين قتلوا"، "جنديين لقيا حتفهما"): nothing between but their nationality and
    :data:`BEFORE_THEIR_VERB`, and no «و» on the verb (a clause of its own: "قتل ثلاثة جنود وأصيب
    خمسة"); "killing" when a number follows the verb (its object: the troops killed others,
    "قتلوا خمسة مسلحين"). None otherwise."""
    if not (s.hints("killed") or s.hints("wounded")):  # most sentences kill or wound no one
        return None
    for i, m in enumerate(_WORD.finditer(s.f, unit_end)):
        word = m.group()
        bare = word.rstrip(PUNCTUATION)
        met = MET_DEATH.match(s.f, m.start())
        if KILLED_AFTER.fullmatch(bare) or (met and met.start("w") == m.start()):
            kind = "killed"
        elif WOUNDED_AFTER.fullmatch(bare):
            kind = "wounded"
        elif i < BEFORE_THEIR_VERB_WORDS and bare == word and (bare in BEFORE_THEIR_VERB or nationality_of_word(bare)):
            continue
        else:
            return None
        after = m.start() + len(bare)
        if any(after < s.folded.index_at(n.start) <= after + 1 for n in s.numbers):
            kind = "killing"
        return kind, m.start()
    return None


def _one_killed(s: Sentence) -> list[NumberMention]:
    """A singular troop noun right after a word of killing counts one ("مقتل جندي أمريكي"،
    "قتل الجندي البريطاني"، "مقتل جندية"), or before a verb of killing that has it for its
    subject ("أن جنديا أمريكيا قتل"), where no number stands there already."""
    if not s.hints("killed"):  # most sentences kill no one
        return []
    out = []
    for m in ONE_BEFORE_ITS_VERB.finditer(s.f) if VERB_AFTER_ITS_TROOPS.search(s.f) else ():
        found = _their_verb(s, m.end())
        if found and found[0] == "killed":
            a, b = s.folded.span(*m.span("w"))
            if not any(n.start < b and a < n.end for n in s.numbers):
                out.append(NumberMention(a, b, s.text[a:b], 1, 1, 1, False, "cardinal", m.group("w")))
    for k in s.killed_words:
        m = ONE_KILLED.match(s.f, k.end())
        if not m:
            continue
        spans = [m.span("w")]
        # "مقتل جندي أمريكي وجندي بريطاني ومتعاقد": each singular joined by و is one more
        while (joined := JOINED_SINGULAR.match(s.f, spans[-1][1], spans[-1][1] + JOINED_REACH)) is not None:
            spans.append(joined.span(2))
        for fs, fe in spans:
            a, b = s.folded.span(fs, fe)
            if not any(n.start < b and a < n.end for n in [*s.numbers, *out]):
                out.append(NumberMention(a, b, s.text[a:b], 1, 1, 1, False, "cardinal", s.f[fs:fe]))
    return sorted(out, key=lambda n: n.start)


PARTS_ALL = frozenset(_w(EW.PARTS_ALL_WORDS))
PARTS_AMONG = re.compile(rf"(?:{alternation(_w(EW.PARTS_AMONG_WORDS))})(?!\w)")
#: Words between a number of the killed and the parts it is made of: its noun phrase
#: ("ثلاثة من عناصر التحالف الدولي، هم …") or where they fell ("في هجوم صاروخي، بينهم …"), at
#: most this many.
PARTS_LEAD_WORDS = 4
_WORD_OR_COMMA = re.compile(r"[^\s،,.؛;:]+|[،,]|[.؛;:]")


def _part_start(word: str) -> int | None:
    """How many a word that opens a part of the killed counts, by itself: a dual noun or
    nationality ("جنديان"، "أمريكيان") two, a singular one ("متعاقد"، "بريطانية") one; None for
    any other word, and for a plural nationality ("أمريكيين" is also the dual: no count)."""
    bare = word[2:] if word.startswith("ال") else word
    if bare in DUAL_NOUNS:
        return 2
    if nationality_of_word(word):
        if bare.endswith(("يان", "يتان")):
            return 2
        return 1 if bare.endswith(("ي", "يه")) else None
    return 1 if bare in SINGULAR_NOUNS or (bare.endswith("ه") and bare[:-1] in SINGULAR_NOUNS) else None


def _first_from(words: list[tuple[int, int, str]], pos: int) -> int:
    """The index of the first of ``words`` (start, end, word) that starts at or after ``pos``."""
    return next((k for k, w in enumerate(words) if w[0] >= pos), len(words))


def _parts_opener(s: Sentence, unit_end: int) -> tuple[list, int, bool] | None:
    """Where the parts a counted number is made of open, after its noun phrase: (the words from
    unit_end, the index of the first word of the parts, whether they are all of them), or None.
    "هم" or a comma alone opens all of them ("ثلاثة جنود، هم أمريكيان وبريطاني"، "ثلاثة جنود،
    اثنان أمريكيان وبريطاني"), "بينهم" or "منهم" some of them."""
    tail = s.f[unit_end:unit_end + 160]
    if "،" not in tail and "," not in tail and "هم" not in tail:
        return None  # every opener is a comma or holds «هم»: most numbers have none after them
    words = [(m.start() + unit_end, m.end() + unit_end, m.group()) for m in _WORD_OR_COMMA.finditer(tail)]
    # its noun phrase, or what happened to them ("في هجوم صاروخي، بينهم …"), before them
    i = 0
    while i < len(words) and words[i][2] not in "،," and words[i][2] not in PARTS_ALL and not PARTS_AMONG.match(words[i][2]):
        if i == PARTS_LEAD_WORDS or words[i][2] in ".؛;:":
            return None
        i += 1
    comma = i < len(words) and words[i][2] in "،,"
    i += comma
    if i >= len(words):
        return None
    opener = PARTS_AMONG.match(s.f, words[i][0])
    if opener:
        return words, _first_from(words, opener.end()), False
    if words[i][2] in PARTS_ALL:
        return words, i + 1, True
    if comma and (_part_start(words[i][2]) is not None or words[i][0] in {s.folded.index_at(n.start) for n in s.numbers}):
        return words, i, True  # "ثلاثة جنود، اثنان أمريكيان وبريطاني"
    return None


def _killed_parts(s: Sentence, opened: tuple[list, int, bool], numbers) -> tuple[list, bool, int] | None:
    """The parts a number of the killed is said to be made of (where :func:`_parts_opener` says
    they open): (parts as (count, nationality, folded start, folded end), whether they are all
    of them, where they end), or None when they cannot be counted. Each part is a number and its
    noun ("اثنان أمريكيان"), or a dual or singular noun ("جنديان أمريكيان"، "ومجندة بريطانية"),
    joined by و."""
    words, i, whole = opened
    by_start = {s.folded.index_at(n.start): n for n in numbers}
    parts = []
    while i < len(words):
        ws, we, w = words[i]
        joined = bool(parts)
        if joined:
            if not w.startswith("و"):
                break
            w, ws = w[1:], ws + 1
        n = by_start.get(ws)
        if n is not None:
            if n.value is None or n.low != n.high:
                return None  # "بينهم عدد من الأمريكيين": no count
            count, end = n.value, s.folded.index_at(n.end)
            i = _first_from(words, end)
            nationality = ""
        else:
            count = _part_start(w)
            if count is None:
                if w == "منهم" and parts:
                    whole = False  # "ثلاثة جنود، اثنان منهم أمريكيان": two of the three
                    i += 1
                    continue
                break
            nationality, end, i = nationality_of_word(w), we, i + 1
        # the part's noun and adjectives: "جنديان أمريكيان"، "اثنان منهم أمريكيان"
        while i < len(words) and not words[i][2].startswith("و"):
            w2 = words[i][2]
            if w2 == "منهم":
                whole = False
            elif nationality_of_word(w2) and not nationality:
                nationality = nationality_of_word(w2)
            elif not is_troop_noun(w2) and _part_start(w2) is None:
                break
            end, i = words[i][1], i + 1
        if nationality == "IRQ":
            return None
        parts.append((count, nationality, ws, end))
    if not parts:
        return None
    return parts, whole, parts[-1][3]


def figures(s: Sentence, doc_id: str, anchor) -> list[Mention]:
    """Troop figures in one sentence: withdrawals, standing figures and casualties."""
    out = []
    numbers = s.numbers + _one_killed(s)
    if not numbers:
        return out
    killed_by: dict[tuple, Mention] = {}  # casualties by (word of killing, side, force)
    parts_end = -1  # the end of the parts a number of the killed was made of, already counted

    def add(rec: Mention, pos: int) -> None:
        if rec.event_type == "casualties":
            same = killed_by.get((pos, rec.nationality, rec.force))
            if same is not None:  # "مقتل جندي أمريكي ومتعاقد أمريكي": one more of the same side
                _add_killed(same, rec)
                return
            killed_by[(pos, rec.nationality, rec.force)] = rec
        out.append(rec)

    for i, n in enumerate(numbers):
        if n.kind not in ("cardinal", "vague") or (n.value is not None and n.value < 1):
            continue
        n_start, n_end = s.folded.index_at(n.start), s.folded.index_at(n.end)
        if n_start < parts_end:
            continue
        counted = _counted(s, n, n_start, n_end)
        level_before = _from_level_to(s, i, n_start, n_end)
        if level_before and counted is None:
            # "من 3000 إلى 2500 جندي": the first number counts the noun of the second
            following = s.numbers[i + 1]
            counted = _counted(s, following, s.folded.index_at(following.start), s.folded.index_at(following.end))
        if counted is None or (s.bases and any(b.start <= n_start < b.end for b in s.bases)):
            continue  # no troops counted, or a number of a base's name ("قاعدة يونيون 3 من قوات التحالف")
        unit, unit_end, named = counted
        if _other_side(s, unit_end) or _elsewhere(s, n_start) or _hypothetical(s, n_start):
            continue  # Iraqi troops, or another force's, troops in another country, or a condition
        after = s.f[unit_end:unit_end + 30].split()[:2]
        force = "trainers" if any(is_trainer_noun(w) for w in [unit, *after]) else "troops"
        # the parts it is made of, if any, name their own sides, not the number's
        opened = _parts_opener(s, unit_end)
        until = opened[0][opened[1]][0] if opened and opened[1] < len(opened[0]) else len(s.f)
        # unnamed troops in this domain are the coalition's
        nationality = named or _nationality_near(s, n_start, n_end, unit_end, until) or "COALITION"
        killed = [m for m in s.killed_words if m.end() <= n_start and s.words_between(m.end(), n_start) <= KILLED_BEFORE_WORDS]
        wounded = [m for m in s.wounded_words if m.end() <= n_start and s.words_between(m.end(), n_start) <= KILLED_BEFORE_WORDS]
        if wounded and (not killed or wounded[-1].start() > killed[-1].start()):
            continue  # the wounded: neither dead nor a standing figure
        killed_at = killed[-1].start() if killed else None
        if killed_at is None and (unit.startswith(KILLED_NOUN_STEMS) or fold_text(n.text).startswith(KILLED_NOUN_STEMS)):
            killed_at = n_start  # "ثلاثة قتلى من قوات التحالف"، "قتيلان أمريكيان"، "سقوط قتيلين من القوات الأمريكية"
        if killed_at is None:
            their = _their_verb(s, unit_end)  # "إن ثلاثة جنود قتلوا"، "خمسة جنود أصيبوا"
            if their and their[0] != "killed":
                continue  # the wounded, or troops who killed: neither dead nor a standing figure
            killed_at = their[1] if their else None
        verb = _governing_verb(s, n_start, unit_end)
        if verb and _done_by_others(s, verb[3], n_start):
            continue  # "سحب الجيش العراقي 3000 جندي": not the coalition's troops
        if verb and verb[0] >= unit_end and (_stays(s, n_start) or (_amounts_to(s, n_start) and s.clause(verb[0]) != s.clause(n_start))):
            # "سيبقى 2500 جندي بعد انسحاب القوات القتالية": they stay, others leave; "بلغ عددهم
            # 3000 جندي، بعد أن سحبت واشنطن 2200": a level, and the troops that left another number
            verb = None
        grown = _growth_before(s, n_start, verb) if s.growth_words else None
        if grown and grown[1] == "present" and any(st in s.f[grown[0]:grown[0] + 8] for st in DEPLOY_STEMS) \
                and not ADDED_WORDS.intersection(after):
            grown = None  # "تنشر إيطاليا نحو 800 عسكري": deployed there, a standing figure (not «نشرت»: sent)
        if level_before:
            event_type, status, pos = "troop_presence", "reported", n_start  # the level before the change
        elif killed_at is not None:
            event_type, status, pos = "casualties", "completed", killed_at
        elif grown or (ADDED_WORDS.intersection(after) and not (verb and verb[0] < n_start)):
            # (troops added to those a verb of leaving before them moves leave: "ستسحب 500 جندي إضافي")
            if not grown or not _is_level(s, n_start) or _negated(s, grown[0]):
                continue  # troops sent or added: no level of troops
            status = _status_of(s, grown[0], grown[1], anchor)  # "سيرفع عددهم إلى 4000"
            event_type, status, pos = "troop_presence", "reported" if status == "completed" else "planned", grown[0]
        elif verb and _negated(s, verb[0], max(unit_end, verb[3])):
            continue  # "لن تسحب 500 جندي": no withdrawal
        elif verb and not DEMAND.search(s.f[max(0, verb[0] - 30):verb[0]]):
            event_type, pos = "troop_withdrawal", verb[0]
            status = _status_of(s, verb[0], verb[1], anchor)
            # "غادروا أو ما زالوا يغادرون": still leaving wins over has left
            if status == "completed" and verb[1] != "noun" and ONGOING.search(s.f[s.clause(n_start)[0]:]):
                status = "ongoing"
            if _is_level(s, n_start):
                # "خفض عددهم إلى 2500": the troops that stay, once the cut is done
                event_type, status = "troop_presence", "reported" if status == "completed" else "planned"
            elif _total_of_which_part_moves(s, n_start) or _part_of_them_moves(s, verb[0], verb[3], unit_end) \
                    or _cut_to_a_level_after(s, verb[0], verb[3], unit_end):
                event_type, status, pos = "troop_presence", "reported", n_start  # what stands before the move
        elif n.high is not None and n.high < MIN_LEVEL:
            continue  # "قال أحد المستشارين"، "قال ضابطان": people named, not a level of troops
        else:
            event_type, status, pos = "troop_presence", _standing_status(s, n_start, unit_end, anchor), n_start
        cs, ce = s.article_span(n_start, max(unit_end, n_end))
        rec = Mention(doc_id, event_type, status, cs, ce, s.start, s.start + len(s.text), s.text,
                      nationality=nationality, force=force, count=n.value, count_low=n.low,
                      count_high=n.high, approx=n.approx)
        if level_before:
            _held_until_the_change(rec, s, n_start, anchor)
        else:
            _apply_date(rec, s, pos, anchor)
        clause = s.clause(n_start)
        if event_type == "troop_presence" and status == "reported" and anchor and NOW.search(s.f[clause[0]:clause[1]]) and not rec.date_text:
            rec.date_earliest = rec.date_latest = anchor  # "يحتفظون حاليا بـ …": a figure as of today
            rec.date_precision = "day"
        split = _killed_parts(s, opened, numbers) if opened and event_type == "casualties" and n.low == n.high else None
        if split is None:
            add(rec, pos)
            continue
        parts, whole, parts_end = split
        # the killed counted by their parts, each of its own side; where the parts are some of
        # them, the rest as one more part of the side the number's own noun phrase names
        named_here = named or next((c[2] for c in s.nationality_cues if unit_end <= c[0] and c[1] <= parts[0][2]), "")
        rest = n.value - sum(p[0] for p in parts)
        if rest < 0 or (whole and rest > 0 and not named_here):
            add(rec, pos)  # the parts do not add up: the number alone
            continue
        for count, side, ps, pe in parts + ([(rest, named_here, n_start, unit_end)] if rest else []):
            cs, ce = s.article_span(ps, pe)
            add(replace(rec, char_start=cs, char_end=ce, nationality=side or named_here or "COALITION",
                        count=count, count_low=count, count_high=count, approx=False), pos)
    return out


def _add_killed(into: Mention, more: Mention) -> None:
    """Counts ``more`` (killed by the same word, on the same side) into ``into``."""
    def total(a, b):
        return None if a is None or b is None else a + b
    into.count, into.count_low = total(into.count, more.count), total(into.count_low, more.count_low)
    into.count_high, into.approx = total(into.count_high, more.count_high), into.approx or more.approx
    into.char_start, into.char_end = min(into.char_start, more.char_start), max(into.char_end, more.char_end)

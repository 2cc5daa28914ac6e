"""What stage 2 recognises, word by word: the word lists of :mod:`helpers.event_words`, folded
and compiled into patterns (transfer verbs and nouns, words of cutting, killing, plans, negation,
the Iraqi side, nationalities …), the troop nouns, and the reach (in words) within which one
word may govern another. Every pattern runs on folded text (:mod:`helpers.normalize`)."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers import event_words as EW
from helpers.normalize import fold_text
from helpers.numbers import SINGULAR_NOUNS
from helpers.wordscan import alternation


#: How many words may stand between a transfer verb and its base ("انسحاب قوات التحالف
#: الدولي، بقيادة الولايات المتحدة الأمريكية، من قاعدة القائم").
BASE_REACH_WORDS = 10
#: How far (in words) a verb that governs a number may stand before it, or after its noun.
VERB_BEFORE_WORDS, VERB_AFTER_WORDS = 6, 12
#: How far before the number a word of killing may stand ("وقُتل عسكريان أمريكيان وجندي").
KILLED_BEFORE_WORDS = 5
#: How close an end word and a combat word must be ("لم تعد هناك قوات … تخدم بدور قتالي").
MISSION_REACH_WORDS = 10
#: The smallest standing figure: one or two troops are people a story names («أحد المستشارين»،
#: «ضابطان»), not a level of troops (they still count as killed or as leaving).
MIN_LEVEL = 3
#: Events that a count of troops can spread over a time, or hold for one: "since" a date is then
#: any time from it ("مقتل 5 جنود أمريكيين منذ بداية العام"; a base handed over, or a mission
#: ended, "since" a day was so on that day).
LASTING_EVENTS = ("troop_withdrawal", "troop_presence", "casualties")
#: How many words may say where a base lies before the next base of a list.
PLACE_MAX_WORDS = 3
#: Marks that can cling to a word split out of a sentence ("قواعد،"، "«أمريكي»").
PUNCTUATION = "،,.:؛;\"'«»"
#: How far before a transfer verb its subject may name a convoy ("رتلا عسكريا تابعا للتحالف غادر").
CONVOY_BEFORE_WORDS = 4


def _w(words) -> list[str]:
    return [fold_text(w) for w in words]


def _phrase_re(words, proclitics: bool = True) -> re.Pattern:
    """Whole-word pattern for phrases, with و/ف/ب/ل written joined, and لل for ال after ل."""
    alts = set()
    for w in _w(words):
        alts.add(w)
        if w.startswith("ال"):
            alts.add("ل" + w[1:])  # ل + ال → لل
    pre = r"(?:[وف]?[بلك]?)" if proclitics else ""
    return re.compile(rf"(?<!\w){pre}(?P<w>{alternation(alts)})(?!\w)")


def _literal_re(words) -> re.Pattern:
    """Any of the words anywhere, even inside a word: a quick test of whether a sentence can
    hold one before a finer pattern is run on it."""
    return re.compile("|".join(re.escape(w) for w in _w(words)))


def _transfer_nouns() -> list[str]:
    """The verbal nouns, also without their first two letters where they begin with ا."""
    return _w(EW.TRANSFER_NOUNS) + [n[2:] for n in _w(EW.TRANSFER_NOUNS) if n.startswith("ا")]


_SUFFIX = r"(?:ها|هم|هما|ه|ن)?"


def _verb_patterns(verbs: dict[str, str]) -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    """(pattern, form, stems) for the past, future and present of each (past stem: imperfect
    stem) verb; form is past, present or future; every match contains one of its stems."""
    pats = []
    for past, imperfect in verbs.items():
        p, i = fold_text(past), fold_text(imperfect)
        pats.append((re.compile(rf"(?<!\w)[وف]?(?P<w>{p}(?:ت|وا|ا|تا|نا)?){_SUFFIX}(?!\w)"), "past", (p,)))
        pats.append((re.compile(rf"(?<!\w)[وف]?(?:س|سوف\s+)(?P<w>[يتن]{i}(?:ون|ان|ين)?){_SUFFIX}(?!\w)"), "future", (i,)))
        pats.append((re.compile(rf"(?<!\w)[وفل]?(?:ان\s+)?(?P<w>[يتن]{i}(?:ون|ان|ين|وا)?){_SUFFIX}(?!\w)"), "present", (i,)))
    return pats


def _transfer_patterns() -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    """(pattern, form, stems) for every transfer verb and noun; form is past, present, future or
    noun; every match of the pattern contains one of its stems (so a text without any of them
    need not be searched)."""
    pats = _verb_patterns(EW.TRANSFER_VERBS)
    irregular = _w(EW.TRANSFER_IRREGULAR_PAST)
    pats.append((re.compile(rf"(?<!\w)[وف]?(?P<w>{alternation(irregular)}){_SUFFIX}(?!\w)"), "past", tuple(irregular)))
    nouns = _transfer_nouns()
    pats.append((re.compile(rf"(?<!\w)(?:[وف]?(?:لل|بال|ال|[بل])?)(?P<w>{alternation(nouns)}){_SUFFIX}(?!\w)"), "noun", tuple(nouns)))
    return pats


TRANSFER = _transfer_patterns()
#: Every stem of a transfer pattern: a sentence is searched once for each.
TRANSFER_STEMS = frozenset(stem for _, _, stems in TRANSFER for stem in stems)
WITHDRAWAL_EXTRA = _phrase_re(EW.WITHDRAWAL_EXTRA_NOUNS)
#: Verbs of cutting troops and of sending them home: words of leaving that hand over no base.
REDUCTION = _verb_patterns(EW.REDUCTION_VERBS | EW.RETURN_VERBS)
LEVEL_WORDS = frozenset(_w(EW.LEVEL_WORDS))
#: Verbs and nouns that raise the number of troops or send more (as (pattern, form, stems)).
GROWTH = _verb_patterns(EW.RAISE_VERBS | EW.SEND_VERBS) + [
    (re.compile(rf"(?<!\w)[وف]?(?:بال|ال|ب|ل)?(?P<w>{alternation(_w(EW.RAISE_NOUNS + EW.SEND_NOUNS))})(?:ها|هم|ه)?(?!\w)"),
     "noun", tuple(_w(EW.RAISE_NOUNS + EW.SEND_NOUNS)))]
ADDED_WORDS = frozenset(_w(EW.ADDED_WORDS))
KILLED = _phrase_re(EW.KILLED_WORDS)
#: The singular troop nouns (masculine; the feminine adds ه).
TROOP_SINGULARS = alternation(n for n in SINGULAR_NOUNS if any(n.startswith(t) for t in _w(EW.TROOP_NOUN_STEMS)))
#: A singular troop noun (masculine or feminine, with or without the article) after a word of killing.
ONE_KILLED = re.compile(rf"\s+(?P<w>(?:ال)?(?:{TROOP_SINGULARS})ه?)(?!\w)")
#: A singular troop noun that a verb after it may have for its subject (also in the accusative
#: after «أن»: "أن جنديا أمريكيا قتل").
ONE_BEFORE_ITS_VERB = re.compile(rf"(?<!\w)(?P<w>(?:ال)?(?:{TROOP_SINGULARS})(?:ه|ا)?)(?!\w)")
WOUNDED = _phrase_re(EW.WOUNDED_WORDS)
DEMAND = _phrase_re(EW.DEMAND_WORDS)
PLAN = _phrase_re(EW.PLAN_WORDS)
FUTURE_STATE = _phrase_re(EW.FUTURE_STATE_VERBS)
MAY = re.compile(r"(?<!\w)قد\s+[يتن]\w+")
NEGATION = re.compile(
    rf"(?<!\w)[وف]?(?:{alternation(_w(EW.NEGATION_WORDS))})(?!\w)(?!\s+(?:يزال|تزال|يزالون|زال|زالت|زالوا)(?!\w))")
EXCEPT = _phrase_re(EW.EXCEPT_WORDS)
#: How far (in words) before a verb a negation still governs it ("لم يتم حتى الآن تسليم").
NEGATION_REACH_WORDS = 5
#: «قد» right before the verb itself: with the imperfect it is "may" («وقد تنسحب»).
MAY_BEFORE = re.compile(r"(?<!\w)[وف]?قد\s+$")
#: «لم» right before an imperfect makes it past ("لم ينسحب سوى 200 جندي": only 200 withdrew).
LAM_BEFORE = re.compile(r"(?<!\w)[وف]?لم\s+$")
ONGOING = _phrase_re(EW.ONGOING_WORDS)
NOW = _phrase_re(EW.NOW_WORDS)
DEADLINE = re.compile(rf"(?:{alternation(_w(EW.DEADLINE_WORDS))})\s*(?:(?:{alternation(_w(EW.SCHEDULE_WORDS))})\s+(?:في\s+)?)?$")
DONE = _phrase_re(EW.DONE_WORDS)
#: How far before a verbal noun a verb of finishing governs it.
DONE_REACH_WORDS = 3
SINCE = re.compile(rf"(?<!\w)[وف]?(?:{alternation(_w(EW.SINCE_WORDS))})\s*$")
IRAQI = _phrase_re(EW.IRAQI_SIDE)
#: The Iraqi side or another force than the coalition, named anywhere in a phrase.
ANOTHER_SIDE = _phrase_re(EW.IRAQI_SIDE + EW.OTHER_FORCES)
OTHER_FORCE = re.compile(rf"\s*(?:من\s+)?(?:{_phrase_re(EW.OTHER_FORCES).pattern})")
CONVOY = _phrase_re(EW.CONVOY_WORDS)
LAST_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:{alternation(_w(EW.LAST_WORDS))})\s+$")
COMBAT = _phrase_re(EW.COMBAT_WORDS)
COMBAT_WORDS = tuple(_w(EW.COMBAT_WORDS))
FIGHTING = _phrase_re(EW.FIGHTING_WORDS)
AGREEMENT = _phrase_re(EW.AGREEMENT_WORDS)
#: How many words before the end word an agreement may stand ("اتفاقا لإنهاء المهام القتالية").
AGREEMENT_REACH_WORDS = 8


def _forms_re(words, articles: bool = False) -> re.Pattern:
    """Whole-word pattern for verb forms (after و/ف) or, with ``articles``, nouns (also after
    ال، ب، بال), the word itself in group ``w``."""
    pre = r"[وف]?(?:بال|ال|ب)?" if articles else r"[وف]?"
    return re.compile(rf"(?<!\w){pre}(?P<w>{alternation(_w(words))})(?!\w)")


#: «لقي»، «لقوا»: a word of killing where «حتفه»، «مصرعهم» … follows it, up to four words between.
MET_DEATH = re.compile(rf"(?<!\w)[وف]?(?P<w>{alternation(_w(EW.MET_VERBS))})"
                       rf"(?=(?:\s+[^\s،,.؛;:]+){{0,4}}?\s+(?:{alternation(_w(EW.DEATH_NOUNS))})(?:ه|ها|هما|هم|هن)(?!\w))")
#: Verbs after the troops they count (each matched against one whole word, with no «و»).
KILLED_AFTER = re.compile(alternation(_w(EW.KILLED_AFTER_VERBS)))
WOUNDED_AFTER = re.compile(alternation(_w(EW.WOUNDED_AFTER_VERBS)))
BEFORE_THEIR_VERB = frozenset(_w(EW.BEFORE_THEIR_VERB))
#: A verb of killing that may follow its troops: without «و», as :func:`_their_verb` takes it.
VERB_AFTER_ITS_TROOPS = re.compile(rf"(?<!\w)(?:{alternation(_w(EW.KILLED_AFTER_VERBS + EW.MET_VERBS))})(?!\w)")
#: How many words (adjectives of the troops, «كانوا قد») may stand between troops and their verb.
BEFORE_THEIR_VERB_WORDS = 3


#: The words that end the combat mission, by the form that gives their status: (pattern, form).
END = ((_forms_re(EW.END_DONE_WORDS), "past"), (_forms_re(EW.END_PLAN_WORDS), "future"), (_forms_re(EW.END_NOUNS, True), "noun"))
APPOSITION = _phrase_re(EW.COUNT_APPOSITION, proclitics=False)
#: A need right after an end word, one word (the one in need: «العراق») between at most.
#: A word of the role turning to training and advice, by the form that gives its tense.
ROLE_SHIFT = ((_forms_re(EW.ROLE_SHIFT_PAST), "past"), (_forms_re(EW.ROLE_SHIFT_FUTURE), "future"),
              (_forms_re(EW.ROLE_SHIFT_PRESENT), "present"), (_forms_re(EW.ROLE_SHIFT_NOUNS, True), "noun"))
#: The role (with the article or a pronoun), then within a few words what it turns to: after
#: «إلى» or «على», or «غير قتالية» with none.
ROLE_BECOMES = re.compile(
    rf"(?<!\w)[وف]?(?:ال)?(?:{alternation(_w(EW.ROLE_NOUNS))})(?:ها|هم|ه|ات)?(?!\w)(?:\s+[^\s،,.؛;:]+){{0,4}}?"
    rf"\s+(?:(?:الي|علي)\s+(?:[^\s،,.؛;:]+\s+)?)?[وف]?(?:{alternation(_w(EW.ADVISORY_ROLES))})(?!\w)")
#: How many words a word of turning may stand from the role it turns.
ROLE_REACH_WORDS = 3
NEED_AFTER = re.compile(rf"\s+(?:\w+\s+)?(?:{alternation(_w(EW.NEED_WORDS))})(?!\w)")
TOTAL = _phrase_re(EW.TOTAL_WORDS)
PART = _phrase_re(EW.PART_WORDS)
#: A part of them, as the subject of a verb: «نصفهم»، «معظمهم»، «غالبيتهم»، «بعضها».
PART_OF_THEM = re.compile(
    rf"(?<!\w)[وف]?(?:{alternation({p[:-1] + 'ت' if p.endswith('ه') else p for p in _w(EW.PART_WORDS)})})(?:هم|ها)(?!\w)")
ANAPHOR = _phrase_re(EW.BASE_ANAPHORS)
INCLUDING = re.compile(rf"(?<!\w)[و]?(?:{alternation(_w(EW.INCLUDING_WORDS))})\s*[:،,]?\s*$")
BASES_PLURALS = frozenset(_w(EW.BASES_PLURALS))
#: Quick tests, by name, of whether a text can hold what a rule looks for: run once on an
#: article's joined sentences, then on each sentence of an article that passes.
HINTS = {
    "killed": _literal_re(("قتل", "مصرع", "حتف", "استشهد", "توف", "وفاة", "بحياة")),  # every word of killing holds one
    "convoy": _literal_re(EW.CONVOY_WORDS),
    "bases": _literal_re(EW.BASES_PLURALS),  # «قواعد»، «معسكرات»، «مواقع»
    "advisory": _literal_re(("تدريب", "مشور", "استشار", "تمكين", "غير قتالي")),  # every word of ADVISORY_ROLES holds one
}
#: Quick tests, by name, of whether an article can hold what a rule looks for, by its words: a
#: place in another country is its first word, alone (after «في»، «من») or after «ب»; a verb of
#: wounding after its troops is one of them, without «و» (:func:`_their_verb`).
WORD_HINTS = {
    "elsewhere": frozenset(p + w for w in (fold_text(name).split()[0] for name in EW.ELSEWHERE) for p in ("", "ب", "وب", "فب")),
    "wounded": frozenset(_w(EW.WOUNDED_AFTER_VERBS)),
}
#: Every word of raising or sending troops holds one of these (a quick test of a sentence).
GROWTH_HINT = _literal_re([*EW.RAISE_VERBS, *EW.RAISE_VERBS.values(), *EW.SEND_VERBS, *EW.SEND_VERBS.values(),
                           *EW.RAISE_NOUNS, *EW.SEND_NOUNS])
#: A word of time (and a stage perhaps) right before a verbal noun: «قبل بدء الانسحاب».
TIME_OF = re.compile(rf"(?<!\w)[وف]?(?:{alternation(_w(EW.TIME_OF_WORDS))})\s+(?:(?:{alternation(_w(EW.TIME_OF_STAGES))})\s+)?(?:ال|بال|لل)?$")
PART_OF = _phrase_re(EW.PART_OF_WORDS)
PARTLY = _phrase_re(EW.PARTLY_WORDS)
#: A place of the troops in another country: «في»، «من» or «بـ» before it.
PLACE_ELSEWHERE = re.compile(rf"(?<!\w)[وف]?(?:في\s+|من\s+|ب)(?:{alternation(_w(EW.ELSEWHERE))})(?!\w)")
#: Iraq named, with a proclitic or none («بالعراق»، «للعراق»).
IRAQ = re.compile(r"(?<!\w)[وف]?(?:بال|لل|ال)عراق(?!\w)")
#: How many words a place put first, in a clause of its own, may hold ("وفي أفغانستان، …").
FRONTED_PLACE_WORDS = 3
POINTER = re.compile(r"^\s*(?:منها|منه|عنها)(?!\w)")
#: The same after who acts, for a verb that takes no object: "بعد انسحاب التحالف منها".
POINTER_AFTER_SUBJECT = re.compile(r"^\s*(?:[^\W\d_]+\s+){1,3}?(?:منها|منه)(?!\w)")
INTRANSITIVE_STEMS = tuple(_w(EW.INTRANSITIVE_STEMS))
#: The stems of withdrawing: what follows their «من» is the place left, a town of a base too.
WITHDRAW_STEMS = tuple(_w(EW.WITHDRAW_STEMS))
ALL_OF_THEM = frozenset(_w(EW.ALL_OF_THEM_WORDS))
PLACE_KINDS = frozenset(_w(EW.PLACE_KINDS))
#: The stems of handing over: a base right before one, «إلى» after it, is what was handed over.
HANDED_STEMS = tuple(_w(EW.HANDED_STEMS))
#: Marks that are no word when they stand apart: quotes, brackets and the punctuation.
#: «أن»، «إن»، «بأن»، «لأن» as words: a clause of its own opens after one.
THAT_WORDS = frozenset(("ان", "بان", "لان"))
MARKS = PUNCTUATION + "“”„()[]"
REDEPLOY_STEMS = tuple(_w(EW.REDEPLOY_STEMS))
BASE_LIST_JOINERS = frozenset(_w(EW.BASE_LIST_JOINERS))
RELATIVE_PRONOUNS = frozenset(_w(EW.RELATIVE_PRONOUNS))
#: A ceremony and the verbs that say it was held («مراسم»، «جرت»، «تم»): between a base and a
#: verbal noun of handing over, the base is where the handover was held.
CEREMONY_OR_HELD = frozenset(_w(EW.CEREMONY_WORDS + EW.HELD_WORDS))
CLAUSE_GOES_ON = frozenset(_w(EW.CLAUSE_GOES_ON))
ATTACK = _phrase_re(EW.ATTACK_WORDS)
#: How many words before a base, or after it, a word of attack takes it out of a clause's transfer.
ATTACK_REACH_WORDS = 5
#: How many words may stand between a base and the relative pronoun after it ("قاعدة القائم
#: الحدودية التي"), and between that pronoun and the transfer verb ("التي كانت قد سلمت").
RELATIVE_REACH_WORDS = 3
PLACE_WORDS = frozenset(_w(EW.PLACE_WORDS))
DESTINATION_WORDS = frozenset(w2 for w in _w(EW.DESTINATION_WORDS) for w2 in (w, "و" + w))
TROOP_STEMS = tuple(_w(EW.TROOP_NOUN_STEMS))
TRAINER_STEMS = tuple(_w(EW.TRAINER_NOUN_STEMS))


def _nationality_patterns() -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    """(pattern, ISO code, stems) for every nationality adjective and country name; every match
    contains one of the stems."""
    pats = []
    for code, stems in EW.NATIONALITY_ADJECTIVES.items():
        alt = alternation(_w(stems))
        pats.append((re.compile(rf"(?<!\w)[وف]?(?:ال|لل|بال)?(?P<w>(?:{alt})(?:ان|ين|ون|ه|يه|ا)?)(?!\w)"), code, tuple(_w(stems))))
    for code, names in EW.COUNTRY_NAMES.items():
        # a name of two words is also written run together, as pages scraped without their
        # tags leave it ("المملكةالمتحدة")
        names = (*names, *(n.replace(" ", "") for n in names if " " in n))
        # «العراق» is also matched as «للعراق»: its stem is the name without ال
        stems = tuple({n[2:] if n.startswith("ال") else n for n in _w(names)})
        pats.append((_phrase_re(names), code, stems))
    return pats


NATIONALITY = _nationality_patterns()
FOREIGN = [p for p in NATIONALITY if p[1] != "IRQ"]
FOREIGN_STEMS = frozenset(stem for _, _, stems in FOREIGN for stem in stems)


def _stem(word: str) -> str:
    for pre in ("وال", "فال", "بال", "لل", "ال", "و", "ب", "ل"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return word[len(pre):]
    return word


@lru_cache(maxsize=8192)
def is_troop_noun(word: str) -> bool:
    """A noun that counts troops (جنود، جنديا، المدربين، قواتهم …)."""
    return _stem(word).startswith(TROOP_STEMS) or word.startswith(TROOP_STEMS)


def is_trainer_noun(word: str) -> bool:
    return _stem(word).startswith(TRAINER_STEMS) or word.startswith(TRAINER_STEMS)


@lru_cache(maxsize=8192)
def nationality_of_word(word: str) -> str:
    """The ISO code a single word names as a nationality (أميركي، الأميركيين، بريطاني …), or ""
    (a word is asked about again and again: the answers are kept)."""
    for pattern, code, _ in NATIONALITY:
        m = pattern.fullmatch(word)
        if m:
            return code
    return ""

"""Stage 2: the events each article states, one record per event and sentence.

Pure functions from a sentence (and what came before it in its article) to records:

* ``base_transfer``: a transfer verb or noun (سلّم، تسلّم، انسحب، سحب، غادر، أخلى، نقل …) whose
  object is a base of the gazetteer: the base right after it, after its first «من», or the base
  a pronoun (وتسليمها، منها) or «القاعدة» points back to; or a base that comes under the Iraqi
  side's control («أصبحت … تحت سيطرة القوات العراقية»، «انتقلت السيطرة على … إلى …»), or where
  troops end their presence («أنهى التحالف وجوده في قاعدة …»);
* ``troop_withdrawal`` / ``troop_presence`` / ``casualties``: a number that counts troops
  (its noun is a troop noun, a nationality standing for one, or «وهم نحو ثلاثين» after one),
  typed by the verb near it: killing, leaving, or neither (a standing figure); the killed broken
  into parts («ثلاثة جنود، هم أمريكيان وبريطاني») are counted by their parts, each of its side;
* ``mission_change``: the end of the combat mission (an end word and a combat word in one clause,
  or the combat troops leaving: «مغادرة جميع قواته القتالية»).

Status comes from the verb's tense and the modality of its clause: the future prefix س، «سوف»,
«قد» + imperfect and words of plans make it ``planned``; an imperfect verb or «ما زال» make it
``ongoing``; otherwise ``completed``, unless its date lies after the publication day or is a
deadline not yet passed (a verbal noun has no tense of its own): then ``planned``; but a verb
plainly in the past («انسحبت»، not «خفض», which is also the noun), or a verbal noun after a verb
of finishing («اكتمل خفض القوات»), before a deadline to come is done. Standing
figures are ``reported``, or ``planned`` with a verb of a state to come or a date to come in their
clause; a number after «إلى» with a verb of leaving or cutting is the level the troops are brought
to (with no noun of its own when the troops cut are named before it: «خفضت عدد جنودها إلى 3000»),
a standing figure too (``planned`` until the cut is done), and in «من N إلى M» the first number
is the level they were at; a number after «بـ» with a verb of cutting earlier in its clause is
the amount cut.

What is not an event: a transfer whose subject is a convoy (supplies on the move), a base where
troops or things go («إلى قاعدة …»), troops named Iraqi or of another force, or placed in another
country, a need for combat troops («لم يعد بحاجة إلى قوات قتالية»), and anything a negation or
denial governs, a condition or question holds («إذا انسحبت …»، «هل تنسحب …؟»), or someone demands
(«طالب بانسحاب …»).

All matching runs on the folded copy of each sentence (:mod:`helpers.normalize`); every record
keeps the sentence and the character span of its evidence in the original article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from helpers import event_words as EW
from helpers.body import Body
from helpers.dates import DateMention
from helpers.gazetteer import UNLISTED_PREFIX, BaseMention, find_bases
from helpers.normalize import Folded, fold_text
from helpers.numbers import DUAL_NOUNS, JOINED_REACH, JOINED_SINGULAR, NEXT_WORD, NEXT_WORD_REACH, SINGULAR_NOUNS, NumberMention, numbers_in
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


@dataclass(slots=True)
class Mention:
    doc_id: str
    event_type: str
    status: str
    char_start: int  # evidence span in the article
    char_end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    base_id: str = ""
    nationality: str = ""
    force: str = ""
    count: int | float | None = None
    count_low: int | float | None = None
    count_high: int | float | None = None
    approx: bool = False
    actor_from: str = ""
    actor_to: str = ""
    date_earliest: dt.date | None = None
    date_latest: dt.date | None = None
    date_precision: str = "unknown"
    date_text: str = ""


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
OTHER_FORCE = re.compile(rf"\s*(?:من\s+)?(?:{_phrase_re(EW.OTHER_FORCES).pattern})")
CONVOY = _phrase_re(EW.CONVOY_WORDS)
LAST_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:{alternation(_w(EW.LAST_WORDS))})\s+$")
COMBAT = _phrase_re(EW.COMBAT_WORDS)
COMBAT_WORDS = tuple(_w(EW.COMBAT_WORDS))


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
REDEPLOY_STEMS = tuple(_w(EW.REDEPLOY_STEMS))
BASE_LIST_JOINERS = frozenset(_w(EW.BASE_LIST_JOINERS))
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


@dataclass
class _Sentence:
    """One sentence, folded, with its clauses and the mentions the grammars found in it."""

    text: str  # original sentence
    start: int  # offset of the sentence in the article
    folded: Folded
    clauses: list[tuple[int, int]]
    dates: list[DateMention]
    numbers: list[NumberMention]
    #: which of the quick tests (:data:`HINTS`) the whole article passes: a sentence of an article
    #: that fails one need not be tested
    article_hints: frozenset = frozenset()
    _nearest: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def f(self) -> str:
        return self.folded.text

    def clause(self, pos: int) -> tuple[int, int]:
        return next((c for c in self.clauses if c[0] <= pos < c[1]), (0, len(self.f)))

    @cached_property
    def transfer_words(self) -> list[tuple[int, int, str]]:
        """(start of the word, end of the match, form) of every transfer verb and noun, pattern
        by pattern, in order."""
        f = self.f
        present = {stem for stem in TRANSFER_STEMS if stem in f}
        return [(m.start("w"), m.end(), form) for pattern, form, stems in TRANSFER
                if not present.isdisjoint(stems) for m in pattern.finditer(f)]

    @cached_property
    def leaving_words(self) -> list[tuple[int, int, str]]:
        """:attr:`transfer_words`, the verbs of cutting troops and the other nouns of leaving
        («خفض»، «عودة»), each as (start of the word, end of the match, form)."""
        return self.transfer_words + self.cut_words + [(m.start("w"), m.end(), "noun") for m in WITHDRAWAL_EXTRA.finditer(self.f)]

    @cached_property
    def cut_words(self) -> list[tuple[int, int, str]]:
        """The verbs of cutting troops and of sending them home, as (start of the word, end of
        the match, form)."""
        f = self.f
        return [(m.start("w"), m.end(), form) for pattern, form, stems in REDUCTION
                if any(stem in f for stem in stems) for m in pattern.finditer(f)]

    @cached_property
    def growth_words(self) -> list[tuple[int, int, str]]:
        """The verbs and nouns that raise the number of troops or send more, as (start of the
        word, end of the match, form), in order."""
        if not GROWTH_HINT.search(self.f):  # most sentences raise or send no troops
            return []
        f = self.f
        return sorted((m.start("w"), m.end(), form) for pattern, form, stems in GROWTH
                      if any(stem in f for stem in stems) for m in pattern.finditer(f))

    @cached_property
    def nationality_cues(self) -> list[tuple[int, int, str]]:
        """(start, end, code) of every word naming a foreign nationality or country."""
        f = self.f
        present = {stem for stem in FOREIGN_STEMS if stem in f}
        return [(m.start(), m.end(), code) for pattern, code, stems in FOREIGN
                if not present.isdisjoint(stems) for m in pattern.finditer(f)]

    @cached_property
    def bases(self) -> list[BaseMention]:
        """The bases the sentence names (:func:`~helpers.gazetteer.find_bases`)."""
        return find_bases(self.f, counted=self.hints("bases"))

    @cached_property
    def killed_words(self) -> list[re.Match]:
        """Every word of killing, in order: those of :data:`KILLED`, and «لقي» of «لقي حتفه»."""
        found = list(KILLED.finditer(self.f))
        if "حتف" in self.f or "مصرع" in self.f:
            found = sorted(found + list(MET_DEATH.finditer(self.f)), key=re.Match.start)
        return found

    @cached_property
    def wounded_words(self) -> list[re.Match]:
        return list(WOUNDED.finditer(self.f))

    def hints(self, name: str) -> bool:
        """Whether the sentence passes the quick test ``name`` of :data:`HINTS` (of an article
        that passes it), or is in an article that passes the test ``name`` of :data:`WORD_HINTS`."""
        if name not in self.article_hints:
            return False
        pattern = HINTS.get(name)
        return pattern is None or pattern.search(self.f) is not None

    @cached_property
    def names_troops(self) -> bool:
        return any(is_troop_noun(w) for w in self.f.split())

    def words_between(self, a: int, b: int) -> int:
        return len(self.f[a:b].split())

    def article_span(self, a: int, b: int) -> tuple[int, int]:
        s, e = self.folded.span(a, b)
        return self.start + s, self.start + e


_CLAUSE_END = re.compile(r"[،؛:;]")


def _clauses(f: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(f)] + [len(f)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def prepare(sentences: Body | list[tuple[str, int]], anchor: dt.date | None) -> list[_Sentence]:
    """Each (text, start) sentence folded, with its clauses, dates and numbers (the whole
    :class:`~helpers.body.Body` is searched at once)."""
    body = sentences if isinstance(sentences, Body) else Body(sentences)
    folded = body.folded
    dates = body.dates(anchor)
    numbers = numbers_in(folded, [(d.start, d.end) for d in dates])
    date_starts, number_starts = [d.start for d in dates], [n.start for n in numbers]
    hints = frozenset(name for name, pattern in HINTS.items() if pattern.search(folded.text)) | frozenset(
        name for name, words in WORD_HINTS.items() if not folded.words.isdisjoint(words))
    out = []
    for (text, start), pos, piece in zip(body.sentences, body.offsets, body.pieces):
        end = pos + len(text)

        def inside(items, starts):
            lo, hi = bisect.bisect_left(starts, pos), bisect.bisect_left(starts, end)
            return [m.shifted(pos) for m in items[lo:hi] if m.end <= end]

        out.append(_Sentence(text, start, piece, _clauses(piece.text), inside(dates, date_starts), inside(numbers, number_starts),
                             hints))
    return out


def _negated(s: _Sentence, pos: int, until: int | None = None) -> bool:
    """Whether a negation or denial governs the verb at ``pos``: one shortly before it in its
    clause, with no «سوى»/«إلا» ("only") after it up to ``until`` (the verb's object)."""
    a, b = s.clause(pos)
    negations = list(NEGATION.finditer(s.f, a, pos))
    last = negations[-1] if negations else None
    if last is None or s.words_between(last.end(), pos) > NEGATION_REACH_WORDS:
        return False
    if any(pos < s.folded.index_at(d.start) < b and _not_before(s, d) for d in s.dates):
        return False  # "لن تنسحب القوات قبل نهاية العام": not before then, so after it
    return not EXCEPT.search(s.f, last.end(), b if until is None else until)


#: «قبل» right before a date, after a negation a few words back: "لن تنسحب … قبل نهاية العام"،
#: "انسحاب القوات لن يتم قبل العام المقبل" (not before then: from then on).
NOT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(_w(('لن', 'لا', 'لم', 'ليس', 'ليست')))})(?:\s+[^\s،,.؛;:]+){{0,6}}?\s+قبل\s+$")


def _not_before(s: _Sentence, d: DateMention) -> bool:
    """Whether a date is what something will not happen before (:data:`NOT_BEFORE`), in its clause."""
    ds = s.folded.index_at(d.start)
    a, _ = s.clause(ds)
    return NOT_BEFORE.search(s.f, a, ds) is not None


CONDITIONAL = _phrase_re(EW.CONDITIONAL_WORDS)
#: A question: a clause that ends with a question mark or opens with «هل».
QUESTION_OPEN = re.compile(rf"\W*[وف]?(?:{alternation(_w(EW.QUESTION_WORDS))})(?!\w)")
#: What may stand between a word of demanding and the verbal noun it demands («طالب البرلمان
#: بانسحاب»، «دعا إلى انسحاب»، «التصويت على سحب»): who demands, and a preposition, joined or not.
_DEMANDED_GAP = re.compile(r"\s*(?:[^\s،,.؛:]+\s+){0,3}?(?:(?:الي|علي)\s+)?[وفبل]?(?:ال)?$")


def _hypothetical(s: _Sentence, pos: int) -> bool:
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


def _demanded(s: _Sentence, pos: int, form: str) -> bool:
    """Whether the verbal noun at ``pos`` is what someone demands, votes on or calls for ("طالب
    البرلمان بانسحاب القوات"، "دعا إلى انسحاب القوات"): not something done."""
    if form != "noun":
        return False
    d = list(DEMAND.finditer(s.f, max(0, pos - 24), pos))
    gap = _DEMANDED_GAP.match(s.f, d[-1].end(), pos) if d else None
    return gap is not None


def _not_stated(s: _Sentence, pos: int, form: str) -> bool:
    """Whether the word at ``pos`` states no event: negated, a condition or question, or demanded."""
    return _negated(s, pos) or _hypothetical(s, pos) or _demanded(s, pos, form)


#: Present forms that are also a past verb (:data:`helpers.event_words.PAST_OR_PRESENT`).
PAST_OR_PRESENT = frozenset(_w(EW.PAST_OR_PRESENT))
#: Verbal nouns as written: a past verb spelled as one of them («خفض»، «سحب») may be the noun.
NOUN_SPELLINGS = frozenset(_transfer_nouns()) | frozenset(_w(EW.WITHDRAWAL_EXTRA_NOUNS))
_WORD_AT = re.compile(r"\w+")
_PRONOUN_END = re.compile(r"(?:هما|ها|هم|ه)$")


def _status_of(s: _Sentence, pos: int, form: str, anchor: dt.date | None) -> str:
    """planned, ongoing or completed for a verb or verbal noun at ``pos`` of the given form.

    What has not happened by the publication day is planned, whatever the form says: a verbal
    noun has no tense of its own («إنهاء المهمة القتالية بحلول نهاية 2021»), so its date tells,
    and a date after the publication day, or a deadline not yet passed, makes it a plan; an
    imperfect dated after the publication day («أن يغادر … في آذار المقبل») is one too."""
    a, _ = s.clause(pos)
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


def _past_reading(s: _Sentence, pos: int, anchor: dt.date | None) -> bool:
    """Whether a present form at ``pos`` that is also a past verb («وتقلص عدد القوات … الشهر
    الماضي») is the past: dated in its clause before the publication day."""
    word = _WORD_AT.match(s.f, pos).group()
    if word not in PAST_OR_PRESENT or anchor is None:
        return False
    found = _nearest_date(s, pos)
    return found is not None and _in_clause(s, pos, found[0]) and found[0].latest is not None and found[0].latest < anchor


def _plainly_past(s: _Sentence, pos: int) -> bool:
    """Whether the past verb at ``pos`` cannot be read as a verbal noun: «خفضت»، «انسحب»، not
    «خفض»، «سحبها» (unvocalised, «خَفَضَ» and «خَفْض» are one word)."""
    word = _WORD_AT.match(s.f, pos).group()
    return word not in NOUN_SPELLINGS and _PRONOUN_END.sub("", word) not in NOUN_SPELLINGS


def _still_to_come(s: _Sentence, pos: int, anchor: dt.date | None, deadline_counts: bool = True,
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
    if d.earliest is not None and d.earliest > anchor:
        return True
    return deadline_counts and deadline and d.latest is not None and d.latest > anchor


def _in_clause(s: _Sentence, pos: int, d: DateMention) -> bool:
    """Whether date ``d`` begins in the clause of ``pos``."""
    a, b = s.clause(pos)
    return a <= s.folded.index_at(d.start) < b


def _nearest_date(s: _Sentence, pos: int) -> tuple[DateMention, bool, bool] | None:
    """The date phrase of the sentence nearest to ``pos`` (same clause first) that names a
    time, whether it is a deadline («بحلول»، «قبل»، «حتى» before it) and whether it is where a
    time began («منذ» before it). Asked for the status and again for the window: kept on the
    sentence."""
    if not s.dates:
        return None
    if pos not in s._nearest:
        s._nearest[pos] = _find_nearest_date(s, pos)
    return s._nearest[pos]


def _find_nearest_date(s: _Sentence, pos: int, skip: DateMention | None = None) -> tuple[DateMention, bool, bool] | None:
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


def _date_for(s: _Sentence, pos: int, status: str, lasting: bool = False, anchor: dt.date | None = None):
    """The date phrase nearest to ``pos`` (:func:`_nearest_date`) as a window; a plan due by a
    deadline may happen any time before it; with ``lasting`` (troops counted over a time, or
    standing), what went on since a date («سحبت نحو ألفي جندي منذ أيلول الماضي») may have happened
    any time after its start. A single act since a date («انتهت منذ 9 ديسمبر») happened on it."""
    found = _nearest_date(s, pos)
    if found and status == "planned" and _dates_the_decision(s, found[0], pos, anchor):
        found = _find_nearest_date(s, pos, skip=found[0])
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


def _dates_the_decision(s: _Sentence, d: DateMention, pos: int, anchor: dt.date | None) -> bool:
    """Whether a date over by the publication day, between a plan word and a planned event's word
    at ``pos`` in its clause, dates the decision, not the event: "اتفقتا في تموز الماضي على إنهاء
    المهمة القتالية بحلول نهاية العام" (agreed in July, to end by the end of the year)."""
    if anchor is None or d.latest is None or d.latest >= anchor:
        return False
    a, _ = s.clause(pos)
    ds = s.folded.index_at(d.start)
    return a <= ds < pos and PLAN.search(s.f, a, ds) is not None


def _apply_date(m: Mention, s: _Sentence, pos: int, anchor: dt.date | None) -> None:
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


def _base_object(s: _Sentence, t_start: int, t_end: int, bases, last_base: str):
    """The base a transfer verb at [t_start, t_end) acts on, with the span that names it:
    a pronoun on the verb («وتسليمها»، «تنسحب منها»، or after who withdraws: «انسحاب التحالف منها»)
    points to the last base before it in its clause (on a verb that takes no object, «انسحابها»,
    the pronoun is who withdraws; with a base right after it, «تسلمها معسكر بسماية», the pronoun
    is who acts and the base the object); else the first base after it, unless the verb's «من»
    takes something else first or a number of troops, or a part of them («جزءا من قواتها»),
    stands between (then troops leave the base, the base is not handed over); else
    «القاعدة» right after it means the base the article named last."""
    tail, word = s.f[t_end:], s.f[t_start:t_end]
    object_pronoun = word.endswith(("ها", "هم")) and not any(stem in word for stem in INTRANSITIVE_STEMS)
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
    for b in bases:
        if b.start < t_end or b.start in where_to:
            continue
        if _named_among(s, t_end, b.start):
            return b.base_id, b.start, b.end  # "سلم ثماني قواعد …، من بينها قاعدة القيارة"
        words = _without_dates(s, t_end, b.start).split()
        if words and (words[-1] in DESTINATION_WORDS or (words[-1] == "في" and any(r in word for r in REDEPLOY_STEMS))):
            # "نقلت معداتها إلى قاعدة عين الأسد"، "إعادة تموضع قواتها في قاعدتي عين الأسد وحرير"
            where_to.update(start for _, start, _ in _listed_after(s, bases, b.start))
            continue
        if len(words) > BASE_REACH_WORDS or any(w == "من" and not is_troop_noun(words[i + 1]) for i, w in enumerate(words[:-1])):
            break  # too far, or the verb's «من» object is something else ("من 3 قواعد"; «من القوات» is who)
        if any(t_end <= s.folded.index_at(n.start) < b.start for n in s.numbers if n.kind in ("cardinal", "vague")) \
                or PART_OF.search(s.f, t_end, b.start):
            break  # "سحب 100 جندي من قاعدة …"، "سحب جزءا من قواته من قاعدة …" pulls troops out, not the base
        return b.base_id, b.start, b.end
    m = ANAPHOR.match(tail.lstrip())
    if m and last_base:
        gap = len(tail) - len(tail.lstrip())
        return last_base, t_end, t_end + gap + m.end()
    return None


def _without_dates(s: _Sentence, a: int, b: int, lead: bool = False) -> str:
    """The folded text from ``a`` to ``b`` with its date phrases blanked out: a date between a
    verb and its base ("انسحبت في الـ 19 من آذار الماضي من قاعدة القائم") is no word of the clause.
    With ``lead``, the «في»، «يوم»، «بتاريخ» that brings a date in goes with it."""
    text = s.f[a:b]
    for d in s.dates:
        ds, de = s.folded.index_at(d.start), s.folded.index_at(d.end)
        if a <= ds and de <= b:
            m = _OWN_DATE_LEAD.search(s.f, a, ds) if lead else None
            ds = m.start() if m else ds
            text = text[:ds - a] + " " * (de - ds) + text[de - a:]
    return text


def _named_among(s: _Sentence, t_end: int, b_start: int) -> bool:
    """Whether the base at ``b_start`` is named among bases a transfer verb ending at ``t_end``
    counts: a plural base word within a base's reach of the verb, then «من بينها» (or «ومنها»،
    «أبرزها» …) right before the base."""
    if not s.hints("bases") or not INCLUDING.search(s.f, t_end, b_start):
        return False
    words = [_stem(w.strip(PUNCTUATION)) for w in s.f[t_end:b_start].split()]
    return len(words) <= 2 * BASE_REACH_WORDS and any(w in BASES_PLURALS for w in words[:BASE_REACH_WORDS])


def _listed_after(s: _Sentence, bases, first_start: int) -> list[tuple[str, int, int]]:
    """The bases named right after the one at ``first_start``, joined to it by «و»، «ثم» or a
    comma ("قاعدة القيارة ثم قاعدة كي وان"), perhaps after where it lies ("قاعدة القيارة جنوب
    الموصل ومعسكر التاجي"): objects of the same verb."""
    out, i = [], next((k for k, b in enumerate(bases) if b.start == first_start), len(bases))
    for prev, b in zip(bases[i:], bases[i + 1:]):
        # a base's own date is no word between ("قاعدة القائم في 17 آذار، وقاعدة القيارة")
        gap = _without_dates(s, prev.end, b.start, lead=True).replace("،", " ، ").replace(",", " , ").split()
        if b.base_id == prev.base_id and len(gap) <= 2:
            continue  # the same base named again ("قاعدة التقدم في الحبانية")
        joined = bool(gap) and all(w in BASE_LIST_JOINERS for w in gap)
        # where the base lies, then a joiner ("جنوب الموصل و")
        placed = 2 <= len(gap) <= PLACE_MAX_WORDS + 1 and gap[0] in PLACE_WORDS and gap[-1] in BASE_LIST_JOINERS
        if not (joined or placed):
            break
        out.append((b.base_id, b.start, b.end))
    return out


#: Words that may stand between a base and a date of its own.
_OWN_DATE_GAP = frozenset(_w(("في", "يوم", "بتاريخ")))
#: One of them right before a date.
_OWN_DATE_LEAD = re.compile(rf"(?<!\w)(?:{alternation(_OWN_DATE_GAP)})\s+$")


def _own_date(s: _Sentence, b_end: int) -> int | None:
    """Where a date phrase right after a base begins ("وقاعدة القيارة في 26 آذار"), with nothing
    between but «في»، «يوم», perhaps after where the base lies ("معسكر التاجي شمال بغداد في 23
    آب"); None when there is none."""
    for d in s.dates:
        ds = s.folded.index_at(d.start)
        if ds < b_end:
            continue
        gap = s.f[b_end:ds].split()
        placed = 2 <= len(gap) <= PLACE_MAX_WORDS + 1 and gap[0] in PLACE_WORDS
        if set(gap[-1:] if placed else gap) <= _OWN_DATE_GAP:
            return ds
    return None


def _convoy_moves(s: _Sentence, t_start: int, b_start: int) -> bool:
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


_CONTROL = alternation(_w(EW.CONTROL_NOUNS))
#: «تحت سيطرة»، «تحت إدارة» …: what follows holds the base.
UNDER_CONTROL = re.compile(rf"(?<!\w)تحت\s+(?:{_CONTROL})(?!\w)")
#: «السيطرة على»، «المسؤولية عن»: control of what follows.
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


def presence_ends(s: _Sentence, bases) -> list[tuple[str, int, int, int, str]]:
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


def control_changes(s: _Sentence, bases) -> list[tuple[str, int, int, int, str]]:
    """Bases that come under the Iraqi side's control, as (base, start and end of the evidence,
    where its verb stands, the verb's form): a verb of becoming, the base, then «تحت سيطرة» and
    the Iraqi side ("أصبحت قاعدة القيارة تحت سيطرة القوات العراقية"); or a verb of control moving,
    «السيطرة على», the base, then «إلى» and the Iraqi side ("انتقلت السيطرة على قاعدة القيارة إلى
    القوات العراقية"), each in one clause."""
    f, out = s.f, []
    if "تحت" in f:
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


#: A country's adjective right after the name of a base: the base is in that country.
_ABROAD_ADJECTIVE = re.compile(rf"\s+(?:{alternation(_w(EW.ELSEWHERE_ADJECTIVES))})(?!\w)")


def _abroad(s: _Sentence, b: BaseMention) -> bool:
    """Whether a base the gazetteer does not list is in another country: its clause places it
    there ("قاعدة عريفجان في الكويت"، see :func:`_elsewhere`) or an adjective after its name does
    ("قاعدة الشدادي السورية"). The gazetteer's bases are all in Iraq."""
    return _ABROAD_ADJECTIVE.match(s.f, b.end) is not None or _elsewhere(s, b.start)


def transfers(s: _Sentence, doc_id: str, anchor, last_base: str) -> tuple[list[Mention], str]:
    """Base transfers in one sentence; also returns the last base the sentence names."""
    bases = [b for b in s.bases if not (b.base_id.startswith(UNLISTED_PREFIX) and _abroad(s, b))]
    out: list[Mention] = []
    if not bases and not (last_base and ANAPHOR.search(s.f)):
        return out, last_base  # no base named or pointed at: no transfer to look for
    seen = set()
    # a word read both ways («تسلم»: took over, or hands over) is not the present: news tells
    # what was done in the past tense, or names it with the verbal noun
    other_reading = {(a, b) for a, b, form in s.transfer_words if form != "present"}
    for t_start, t_end, form in s.transfer_words:
        if form == "present" and (t_start, t_end) in other_reading:
            continue
        found = _base_object(s, t_start, t_end, bases, last_base)
        if not found or _not_stated(s, t_start, form) or _convoy_moves(s, t_start, found[1]) \
                or PARTLY.search(s.f, t_start, s.clause(t_start)[1]):
            continue  # not stated, supplies on the move, or left only in part («أخلت القاعدة جزئيا»)
        word = s.f[t_start:t_end]
        receives = any(stem in word for stem in RECEIVE_STEMS)
        if (not receives and _done_by_others(s, t_end, found[1])) or _received_from_others(s, word, found[2]):
            continue  # the Iraqi side or another force leaves it, hands it on, or hands it over
        status = _status_of(s, t_start, form, anchor)
        listed = [found, *_listed_after(s, bases, found[1])]
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
    for base_id, a, b, p, form in control_changes(s, bases) + presence_ends(s, bases):
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
    if bases:
        last_base = bases[-1].base_id
    return out, last_base


#: The Iraqi side or another force than the coalition, as who acts or whom a base comes from.
_OTHERS = rf"(?:{alternation(_w(EW.IRAQI_SIDE + EW.OTHER_FORCES))})(?!\w)"
OTHERS = re.compile(rf"[وف]?(?:ال)?{_OTHERS}")
FROM_OTHERS = re.compile(rf"(?<!\w)من\s+{_OTHERS}")
RECEIVE_STEMS = tuple(_w(EW.RECEIVE_STEMS))


def _done_by_others(s: _Sentence, verb_end: int, object_start: int) -> bool:
    """Whether the Iraqi side or another force is who acts: named right after the verb, before
    its object ("سحب الجيش العراقي 3000 جندي"، "انسحب الجيش العراقي من قاعدة القيارة"، "سلمت القوات
    العراقية قاعدة الحبانية إلى الحشد"); not when named later, in the coalition's own name ("سلم
    التحالف الدولي ضد تنظيم داعش … قاعدة كي وان")."""
    if verb_end > object_start:
        return False
    subject = len(s.f[verb_end:object_start]) - len(s.f[verb_end:object_start].lstrip())
    return OTHERS.match(s.f, verb_end + subject, object_start) is not None


def _received_from_others(s: _Sentence, word: str, b_end: int) -> bool:
    """Whether a verb of receiving takes its base from the Iraqi side or another force, «من»
    shortly after the base ("تسلمت الشرطة الاتحادية مقر اللواء في قاعدة التاجي من الجيش العراقي")."""
    return any(stem in word for stem in RECEIVE_STEMS) and \
        FROM_OTHERS.search(s.f, b_end, min(b_end + 40, s.clause(b_end)[1])) is not None


def _other_side(s: _Sentence, unit_end: int) -> bool:
    """Whether the troops counted are named right after their noun as Iraqi or as another force
    than the coalition ("3 جنود عراقيين"، "عنصر من داعش"، "عناصر الحشد الشعبي")."""
    tail = s.f[unit_end:unit_end + 40]
    first = tail.split()[:1]
    if first and nationality_of_word(first[0].strip(PUNCTUATION)) == "IRQ":
        return True
    return OTHER_FORCE.match(tail) is not None


def _nationality_near(s: _Sentence, n_start: int, n_end: int, unit_end: int, until: int) -> str:
    """Nationality of a figure: an adjective right after its noun, else the nearest cue in its
    clause, else in its sentence; none at or after ``until`` (where the parts it is made of
    begin)."""
    after = s.f[unit_end:min(unit_end + 40, until)].split()[:2]
    for word in after:
        code = nationality_of_word(word.strip(PUNCTUATION))
        if code and code != "IRQ":
            return code
    cues = [c for c in s.nationality_cues if not (c[0] >= n_start and c[1] <= n_end) and c[0] < until]
    if not cues:
        return ""
    clause = s.clause(n_start)

    def rank(c):
        same = clause[0] <= c[0] < clause[1]
        dist = n_start - c[1] if c[1] <= n_start else c[0] - unit_end
        return (0 if same else 1, abs(dist))

    return min(cues, key=rank)[2]


def _unit_span(s: _Sentence, n_end: int) -> tuple[str, int]:
    m = NEXT_WORD.match(s.f, n_end, n_end + NEXT_WORD_REACH)
    return (m.group(1), m.end()) if m else ("", n_end)


#: «أن»، «إن»، «بأن»، «لأن»: a clause of its own opens; a verb before it governs no number after it.
THAT = re.compile(r"(?<!\w)[وف]?(?:ب?ان|لان)(?!\w)")
#: «بـ» (or «بمقدار»، «بواقع») right before a number: after a verb of cutting, the amount cut
#: ("قلصت … بنحو 500 جندي"، "قلصت … بمقدار 2200 جندي").
BY_AMOUNT = re.compile(r"(?<!\w)(?:ب|بمقدار|بواقع)\s*$")


def _governing_verb(s: _Sentence, n_start: int, unit_end: int):
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


def _growth_before(s: _Sentence, n_start: int, verb) -> tuple[int, str] | None:
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


def _counted(s: _Sentence, n: NumberMention, n_start: int, n_end: int):
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
    if _is_level(s, n_start) and _bare(s, n_end) and _troops_cut_before(s, n_start):
        return "", n_end, ""  # "خفضت عدد جنودها في العراق إلى 3000"
    return None


AFTER_A_BARE_LEVEL = frozenset(_w(EW.AFTER_A_BARE_LEVEL))
_NEXT_LETTERS = re.compile(r"[^\S\n]*([^\W\d_]+)")


def _bare(s: _Sentence, n_end: int) -> bool:
    """Whether nothing follows a number in its clause but a word of :data:`AFTER_A_BARE_LEVEL`."""
    _, b = s.clause(n_end - 1)
    m = _NEXT_LETTERS.match(s.f, n_end, b)
    return m is None or m.group(1) in AFTER_A_BARE_LEVEL


#: "The number of": a troop noun after one of these is what is counted.
NUMBER_OF = frozenset(_w(("عدد", "عديد")))


def _troops_cut_before(s: _Sentence, n_start: int) -> bool:
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


def _is_level(s: _Sentence, n_start: int) -> bool:
    """Whether the number at ``n_start`` is the level troops are brought to («إلى 2500»),
    not the number that moves."""
    before = s.f[max(0, n_start - 12):n_start].split()
    return bool(before) and before[-1] in LEVEL_WORDS


AMOUNT = _forms_re(EW.AMOUNT_VERBS)
#: «عدد»، «عديد», with the article, a proclitic or a pronoun.
NUMBER_OF_WORD = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:عدد|عديد)(?:ها|هم|ه)?(?!\w)")


def _elsewhere(s: _Sentence, pos: int) -> bool:
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


def _amounts_to(s: _Sentence, n_start: int) -> bool:
    """Whether a verb of amounting to and «عدد» stand before the number in its clause ("بلغ عدد
    القوات … نحو 3000 جندي"): it is a standing figure, not troops a verb of another clause after
    it moves."""
    a, _ = s.clause(n_start)
    return AMOUNT.search(s.f, a, n_start) is not None and NUMBER_OF_WORD.search(s.f, a, n_start) is not None


def _stays(s: _Sentence, n_start: int) -> bool:
    """Whether a verb of a state to come stands before the number in its clause, near enough
    to govern it."""
    a, _ = s.clause(n_start)
    return any(s.words_between(m.end(), n_start) <= VERB_BEFORE_WORDS for m in FUTURE_STATE.finditer(s.f, a, n_start))


def _standing_status(s: _Sentence, n_start: int, unit_end: int, anchor: dt.date | None) -> str:
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


def _cut_status(s: _Sentence, pos: int, anchor: dt.date | None) -> str | None:
    """The status of the last verb of leaving or cutting before ``pos`` in its clause, or None
    where there is none."""
    a, _ = s.clause(pos)
    cuts = [(p, form) for p, end, form in s.leaving_words if a <= p and end <= pos]
    if not cuts:
        return None
    p, form = max(cuts)
    return _status_of(s, p, form, anchor)


def _from_level_to(s: _Sentence, i: int, n_start: int, n_end: int) -> bool:
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


def _held_until_the_change(m: Mention, s: _Sentence, pos: int, anchor: dt.date | None) -> None:
    """The level before a change held until the change began (or until the publication day when
    the change is still to come): an open start, and the change's date phrase as the end."""
    found = _nearest_date(s, pos)
    change = found[0] if found else None
    if change is not None and change.earliest is not None and (anchor is None or change.earliest <= anchor) \
            and _change_done(s, pos, anchor):
        m.date_latest, m.date_text = change.earliest, change.text
    clip_to_publication(m, anchor)


def _change_done(s: _Sentence, pos: int, anchor: dt.date | None) -> bool:
    """Whether the change from a level at ``pos`` is done: the verb of leaving or cutting before
    it in its clause says so ("خفضت"، not "ستخفض … خلال أيلول", which leaves the level standing on
    the publication day); without one, a change stated is taken as done ("تراجع من … إلى …")."""
    return _cut_status(s, pos, anchor) in (None, "completed")


def _total_of_which_part_moves(s: _Sentence, n_start: int) -> bool:
    """Whether the number at ``n_start`` is the total of troops of which only a part moves: a
    word of a part, or a number, before it in its clause ("سحب معظم قواتها البالغ عددها 400
    جندي"، "سحب 300 من عسكرييها البالغ عددهم 900")."""
    a, _ = s.clause(n_start)
    before = s.f[a:n_start]
    if not TOTAL.search(" ".join(before.split()[-2:])):
        return False
    return bool(PART.search(before)) or any(
        n.kind == "cardinal" and a <= s.folded.index_at(n.start) < n_start for n in s.numbers)


def _part_of_them_moves(s: _Sentence, v_start: int, v_end: int, unit_end: int) -> bool:
    """Whether a verb after the counted troops has a part of them for its subject, right after or
    right before it ("يبلغ عددهم 3000 جندي، وسيغادر نصفهم"): the number is the total that stands."""
    if v_start < unit_end:
        return False
    after = s.f[v_end:v_end + 20].split()[:1]
    word_start = s.f.rfind(" ", 0, v_start) + 1  # the verb's word, with its prefixes («وسيغادرون»)
    before = [w for w in s.f[unit_end:word_start].split() if w not in ("سوف", "وسوف", "فسوف")][-1:]
    return any(PART_OF_THEM.fullmatch(w.strip(PUNCTUATION)) for w in after + before)


def _cut_to_a_level_after(s: _Sentence, v_start: int, v_end: int, unit_end: int) -> bool:
    """Whether a verb after the counted troops brings them to a level named after it, in its
    clause ("يبلغ عددهم نحو 5200 جندي، وتعتزم واشنطن خفضه إلى 3500 جندي"): the number is the
    level before the cut, which stands, not troops who leave."""
    if v_start < unit_end:
        return False
    _, b = s.clause(v_start)
    return any(v_end <= (p := s.folded.index_at(m.start)) < b and _is_level(s, p) for m in s.numbers)


_WORD = re.compile(r"\S+")


def _their_verb(s: _Sentence, unit_end: int) -> tuple[str, int] | None:
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


def _one_killed(s: _Sentence) -> list[NumberMention]:
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


def _parts_opener(s: _Sentence, unit_end: int) -> tuple[list, int, bool] | None:
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


def _killed_parts(s: _Sentence, opened: tuple[list, int, bool], numbers) -> tuple[list, bool, int] | None:
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


def figures(s: _Sentence, doc_id: str, anchor) -> list[Mention]:
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
        if not killed:
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
        if level_before:
            event_type, status, pos = "troop_presence", "reported", n_start  # the level before the change
        elif killed_at is not None:
            event_type, status, pos = "casualties", "completed", killed_at
        elif grown or ADDED_WORDS.intersection(after):
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


#: What stands between a word of leaving and a combat word when the combat troops leave: who
#: leaves them perhaps, «جميع» or «آخر» perhaps, «قوات» (with the article or a pronoun), a
#: nationality perhaps.
COMBAT_TROOPS_LEAVE = re.compile(
    rf"\s+(?:[^\s،,.؛:]+\s+){{0,2}}?(?:(?:{alternation(_w(EW.ALL_OF_THEM_WORDS))})\s+)?(?:ال)?قوات(?P<own>ه|ها|هم)?"
    rf"(?:\s+[^\s،,.؛:]+)?\s+(?:ال)?$")


def _combat_troops_leave(s: _Sentence, p: int, end: int, form: str, combat_start: int) -> bool:
    """Whether the word of leaving at [p, end) has the combat troops that end at ``combat_start``
    for who leaves: after «انسحب» or «غادر» (they withdraw, they leave), or the verbal noun of
    «سحب»; after the verb «سحب» only as its object, «قواتها» ("ستسحب واشنطن كل قواتها القتالية"),
    since troops right after it are who pulls out something else ("سحبت القوات القتالية معداتها")."""
    m = COMBAT_TROOPS_LEAVE.match(s.f, end, combat_start)
    if m is None:
        return False
    word = s.f[p:end]
    if "نسحب" in word or "نسحاب" in word or "غادر" in word:
        return True
    return "سحب" in word and (form == "noun" or m.group("own") is not None)


#: «قوات» (with the article or a pronoun) right before a combat word.
_TROOPS_BEFORE = re.compile(r"(?<!\w)(?:ال)?قوات(?:ه|ها|هم)?\s+(?:ال)?$")
#: Between the combat word and the verb of leaving after it: a nationality perhaps, «قد» perhaps.
_BEFORE_THEIR_LEAVING = re.compile(r"(?:\s+[^\s،,.؛:]+)?(?:\s+قد)?\s+$")


#: Where troops that leave leave for good: the country (besides :data:`IRAQ`), or «بالكامل»، «نهائيا».
_FOR_GOOD = re.compile(r"(?<!\w)(?:البلاد|بالكامل|نهائيا)(?!\w)")


def _leaves_the_country(s: _Sentence, pos: int) -> bool:
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


def _combat_troops_left(s: _Sentence, c_start: int, c_end: int, p: int, end: int) -> bool:
    """Whether the combat troops named before a verb of leaving are who leave ("القوات القتالية
    الأمريكية غادرت العراق"، "القوات القتالية قد انسحبت"): «قوات» right before the combat word, at
    most a nationality and «قد» between it and «انسحب» or «غادر»."""
    word = s.f[p:end]
    if not ("نسحب" in word or "غادر" in word) or "نسحاب" in word or "مغادر" in word:
        return False
    return _TROOPS_BEFORE.search(s.f, max(0, c_start - 16), c_start) is not None and \
        _BEFORE_THEIR_LEAVING.fullmatch(s.f, c_end, p) is not None


def mission_changes(s: _Sentence, doc_id: str, anchor) -> list[Mention]:
    """The end of the combat mission, stated or planned, in one sentence (one record at most)."""
    if not any(word in s.f for word in COMBAT_WORDS):  # every match holds one: most sentences have none
        return []
    for c in COMBAT.finditer(s.f):
        clause = s.clause(c.start())
        ends = []
        for pattern, form in END:
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
        return [rec]
    return []


def role_shifts(s: _Sentence, doc_id: str, anchor) -> list[Mention]:
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


def extract_document(doc_id: str, sentences, anchor: dt.date | None) -> list[Mention]:
    """Every event a document states, sentence by sentence.

    ``sentences`` are (text, start offset in the article) of its body and quote sentences, in
    order; ``anchor`` is its publication date (None when unknown).
    """
    out: list[Mention] = []
    last_base = ""
    for s in prepare(sentences, anchor):
        found, last_base = transfers(s, doc_id, anchor, last_base)
        out += found
        out += figures(s, doc_id, anchor)
        out += mission_changes(s, doc_id, anchor) or role_shifts(s, doc_id, anchor)
    return out

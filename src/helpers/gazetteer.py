"""The base gazetteer (``data/reference/bases.csv``) and finding its bases in text.

Each base has names that identify it alone (``aliases_ar``: "القيارة", "عين الأسد", "كي 1") and
names that are common words or towns and identify it only after a base word
(``aliases_ar_after_base_word``: "قاعدة القائم", "معسكر التاجي", "قاعدة كركوك"), or in a list
after a dual or plural one ("قاعدتي القيارة والقائم"), or after a count of bases and «بينها»
("ثماني قواعد، بينها القائم والتاجي").

A base the gazetteer does not list is still found by the name after «قاعدة» or «معسكر» ("قاعدة
سبايكر"، "معسكر الصقر"), with the id ``unlisted-NAME`` (the name folded) and no coordinates.

Names are matched as outlets spell them: a space or hyphen between letters and a digit is optional
("K1"، "K 1"، "كي-1"), «أبو» may be run into the next word ("أبوغريب"), a quote or parenthesis may
stand between the base word and the name ("قاعدة " القيارة"", "قاعدة (K1)"), as may an adjective
of its kind and a comma ("قاعدة جوية، القيارة"), and a second name may follow the first after a
dash ("قاعدة بغداد – بسماية": the second is the gazetteer's).

A site named by where it lies is a base too (``kind`` "site"): a noun of a site
(:data:`~helpers.event_words.SITE_NOUNS`: «مقرها»، «قاعدتها»، «الموقع») and, a few words on, a place of the gazetteer's
``places_ar`` brought in by «في»، «داخل» … ("مقرها في محافظة نينوى"، "قاعدتها في قضاء أبو
غريب"). A place alone ("من القائم") is found by :func:`find_places`, for the rules that decide when
it stands for its base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.calendar_names import ARABIC_SYSTEMS, PART_OF_MONTH, SEASON_LEADS, WEEKDAYS
from helpers.event_words import (BASE_KIND_ADJECTIVES, BASE_LIST_WORDS, BASE_WORDS, BASES_PLURALS, INCLUDING_WORDS, NAME_LEADS,
                                 NOT_BASE_NAMES, PLACE_KINDS, PLACE_LEADS, PLACE_SIDES, SITE_NOUNS,
                                 UNLISTED_BASE_WORDS)
from helpers.normalize import fold_text
from helpers.paths import REFERENCE_DIR
from helpers.wordscan import alternation

BASES_CSV = REFERENCE_DIR / "bases.csv"
COLUMNS = ["base_id", "name_en", "name_ar", "aliases_ar", "aliases_ar_after_base_word", "places_ar", "governorate", "latitude",
           "longitude", "source"]


@dataclass(frozen=True)
class BaseMention:
    start: int  # folded offsets
    end: int
    base_id: str
    #: "name" (a name of the base), "site" (a site named by where it lies: "مقرها في نينوى"), or
    #: "place" (a town of the base, from find_places: "من القائم")
    kind: str = "name"


def read_bases(path: str | Path = BASES_CSV) -> pd.DataFrame:
    """The gazetteer as a table, one row per base."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)[COLUMNS]


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


LIST_WORDS = frozenset(fold_text(w) for w in BASE_LIST_WORDS)
#: Words a name may be run into: "أبوغريب" for «أبو غريب».
_RUN_INTO_NEXT = frozenset(fold_text(w) for w in ("أبو", "ابو"))
_LATIN_OR_DIGITS = re.compile(r"[A-Za-z0-9]+")


def name_pattern(name: str) -> str:
    """A regular expression for a folded name as outlets write it: between letters and digits a
    space or hyphen may be left out or doubled ("K 1"، "K-1"، "كي 1"، "كي1"), Latin letters in
    either case; «أبو» may be run into the next word; other words are apart."""
    words = [w for w in re.split(r"[\s\-–]+", name) if w]
    out = []
    for i, word in enumerate(words):
        if i:
            loose = _LATIN_OR_DIGITS.fullmatch(word) or _LATIN_OR_DIGITS.fullmatch(words[i - 1])
            out.append(r"\s*[-–]?\s*" if loose else r"\s*" if words[i - 1] in _RUN_INTO_NEXT else r"\s+")
        # within a word too: "K1" is also written "K 1" and "K-1"
        pieces = re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]+", word)
        out.append(r"\s*[-–]?\s*".join(
            "".join(f"[{c.upper()}{c.lower()}]" if c.isascii() and c.isalpha() else re.escape(c) for c in piece)
            for piece in pieces))
    return "".join(out)


def _names_re(names) -> str:
    """One alternation of name patterns, longest names first (so that "كي 1" is tried before "كي")."""
    return "|".join(name_pattern(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))


_SEPARATORS = re.compile(r"[\s\-–]+")


def _squeezed(names: dict[str, str]) -> dict[str, str]:
    """Names without spaces and hyphens, in lower case: the keys :func:`_lookup` looks up."""
    return {_SEPARATORS.sub("", name).lower(): base for name, base in names.items()}


def _lookup(squeezed: dict[str, str], text: str) -> str:
    """The base of a name as written in the text (spaces, hyphens and case as :func:`name_pattern`
    allows), in names made by :func:`_squeezed`."""
    return squeezed[_SEPARATORS.sub("", text).lower()]


#: Between a base word and its name: a space, or a quote or parenthesis with or without spaces;
#: an adjective of its kind and a comma may come first ("قاعدة جوية، القيارة"، "المعسكر التدريبي بسماية").
_BEFORE_NAME = (rf"(?:\s+(?:ال)?(?:{alternation(fold_text(w) for w in BASE_KIND_ADJECTIVES)}))?\s*[،,]?"
                r"(?:\s+[\"«“”'(\[]?\s*|\s*[\"«“”'(\[]\s*)")
#: A first name and a dash before the second: "قاعدة بغداد – بسماية".
_FIRST_NAME_DASH = r"(?:[^\W\d_]+\s*[–—-]\s*)?"


@lru_cache(maxsize=8)
def _pattern(path: str) -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    bases = read_bases(path)
    alone, after = {}, {}
    for row in bases.itertuples():
        for name in _names(row.aliases_ar):
            alone[fold_text(name)] = row.base_id
        for name in _names(row.aliases_ar_after_base_word) + _names(row.aliases_ar):
            after[fold_text(name)] = row.base_id
    base_words = alternation(fold_text(w) for w in BASE_WORDS)
    pattern = re.compile(
        rf"(?<!\w)[وف]?[بل]?(?P<whole>(?P<bw>{base_words}){_BEFORE_NAME}{_FIRST_NAME_DASH}(?P<after>{_names_re(after)})"
        rf"|(?P<alone>{_names_re(alone)}))(?!\w)"
    )
    # the next name of a list after a dual or plural base word: ", and NAME"
    listed = re.compile(rf"\s*[،,]?\s*(?:و\s*)?(?P<after>{_names_re(after)})(?!\w)")
    return pattern, listed, {"after": _squeezed(after), "alone": _squeezed(alone)}


_COUNT_WORDS = tuple(fold_text(w) for w in BASES_PLURALS)
#: A count of bases and the words that bring in some of them ("ثماني قواعد عسكرية، بينها"): the
#: names listed after it stand after a base word, as after «قواعد».
INCLUDED = re.compile(
    rf"(?<!\w)(?:{alternation(_COUNT_WORDS)})(?:\s+[^\s،,.:؛]+){{0,3}}\s*[،,]?\s*"
    rf"[و]?(?:{alternation(fold_text(w) for w in INCLUDING_WORDS)})\s*[:،,]?")


#: The id of a base the gazetteer does not list is this and its name, folded, words joined by "-".
UNLISTED_PREFIX = "unlisted-"
_NOT_NAMES = frozenset(fold_text(w) for w in (
    *NOT_BASE_NAMES, *PART_OF_MONTH, *SEASON_LEADS, *(w for names in WEEKDAYS.values() for w in names),
    *(w for system in ARABIC_SYSTEMS.values() for names in system.values() for w in names)))
_NAME_LEADS = frozenset(fold_text(w) for w in NAME_LEADS)
#: «قاعدة» or «معسكر», perhaps after و، ف، ب، ل, then one or two words that may be a base's name.
UNLISTED = re.compile(
    rf"(?<!\w)[وف]?[بل]?(?P<whole>(?:{alternation(fold_text(w) for w in UNLISTED_BASE_WORDS)})\s+[\"«“']?"
    r"(?P<first>[^\W\d_]{2,})(?:\s+(?P<second>[^\W\d_]{2,}))?)(?!\w)")


def may_be_name(word: str, after_name: bool = False) -> bool:
    """Whether a folded word right after an indefinite «قاعدة»/«معسكر» (or after the first word
    of its name, ``after_name``) may be the base's name rather than a common word.

    Not: the words of :data:`~helpers.event_words.NOT_BASE_NAMES`, of month names, weekdays and
    parts of a month; a preposition with the article joined («للتحالف»، «بالقرب»); a plural of
    people («الأمريكيين»); a verb of a clause about the base, in the future («ستكون») or with an
    object pronoun («يسلمها»، «تستخدمها»). Right after the base word, an indefinite adjective agrees
    with it and ends in ه (ة) or ي (ى) ("قاعدة عسكرية"، "قاعدة أمريكية"، "قاعدة كبرى"، "معسكر
    تدريبي"); after a name, a definite one does ("سبايكر الجوية")."""
    if word in _NOT_NAMES or word.startswith(("لل", "بال", "وال", "فال")) or word.endswith(("يين", "يون")):
        return False
    future_verb = len(word) >= 4 and word.startswith(("سي", "ست"))
    verb_with_object = word.startswith(("ي", "ت")) and word.endswith(("ها", "هم", "هما"))
    if future_verb or verb_with_object:
        return False
    if after_name:
        return not word.endswith(("يه", "ي"))
    return word.startswith("ال") or not word.endswith(("ه", "ي"))


def unlisted_name(base_id: str) -> str:
    """The (folded) name of an unlisted base from its id; "" for a base of the gazetteer."""
    return base_id[len(UNLISTED_PREFIX):].replace("-", " ") if base_id.startswith(UNLISTED_PREFIX) else ""


def _unlisted(folded: str, found: list[BaseMention]) -> list[BaseMention]:
    """The bases named after «قاعدة»/«معسكر» in ``folded`` that are not among ``found`` (the
    gazetteer's): the first word after the base word, and the second where the first opens a
    name (:data:`~helpers.event_words.NAME_LEADS`: "قاعدة الإمام علي"), or is no definite word and
    the second is a definite one that is no adjective ("قاعدة جرف الصخر")."""
    out = []
    for m in UNLISTED.finditer(folded):
        if any(b.start < m.end() and m.start("whole") < b.end for b in found) or not may_be_name(m.group("first")):
            continue
        words = [m.group("first")]
        second = m.group("second")
        if second and (words[0] in _NAME_LEADS or second.startswith("ال") and not words[0].startswith("ال")
                       and may_be_name(second, after_name=True)):
            words.append(second)
        end = m.start("first") + len(" ".join(words))
        out.append(BaseMention(m.start("whole"), end, UNLISTED_PREFIX + "-".join(words)))
    return out


def find_bases(folded: str, path: str | Path = BASES_CSV, counted: bool | None = None) -> list[BaseMention]:
    """Base mentions in folded text, in order: the span covers the base word and the name
    (a proclitic و، ف، ب، ل written joined stays outside). ``counted``: whether the text may
    count bases («قواعد»), where the caller knows (None: it is looked for). Bases the gazetteer
    does not list are found by the name after «قاعدة» or «معسكر» (:func:`may_be_name`)."""
    pattern, listed, names = _pattern(str(path))
    found = []
    m = pattern.search(folded)
    while m:
        kind = "after" if m.group("after") else "alone"
        found.append(BaseMention(m.start("whole"), m.end(), _lookup(names[kind], m.group(kind))))
        end = m.end()
        if m.group("bw") in LIST_WORDS:
            while n := listed.match(folded, end):
                found.append(BaseMention(n.start("after"), n.end(), _lookup(names["after"], n.group("after"))))
                end = n.end()
        m = pattern.search(folded, end)
    if counted or (counted is None and any(w in folded for w in _COUNT_WORDS)):  # most sentences count no bases
        found = _with_included(folded, found, listed, names["after"])
    if "قاعده" in folded or "معسكر" in folded:  # most sentences name no base word
        more = _unlisted(folded, found)
        if more:
            found = sorted(found + more, key=lambda b: b.start)
    if _SITE_HINT.search(folded) and any(w in folded for w in _place_words(str(path))):  # most name no site or place
        more = _sites(folded, found, str(path))
        if more:
            found = sorted(found + more, key=lambda b: b.start)
    return found


_SITE_WORDS = tuple(fold_text(w) for w in SITE_NOUNS)
#: Every site noun holds one of these (a quick test of a sentence).
_SITE_HINT = re.compile("|".join(sorted({w.split()[0][:3] if not w.startswith("ال") else w.split()[0][2:5] for w in _SITE_WORDS})))
#: A site noun, with a proclitic, the article or a pronoun ("مقرها"، "قاعدتها"، "الموقع"، "ومواقعها").
SITE = re.compile(
    rf"(?<!\w)[وف]?[بل]?(?:ال)?(?P<w>{alternation(w[2:] if w.startswith('ال') else w for w in _SITE_WORDS)}|"
    rf"{alternation(w[:-1] + 'ت' for w in _SITE_WORDS if w.endswith('ه'))})(?:ه|ها|هم|هما)?(?!\w)")
#: How many words may stand between a site noun and where it lies ("القصور الرئاسية، الخاصة برئيس
#: النظام الأسبق، في الجانب الأيسر من مدينة الموصل").
SITE_REACH_WORDS = 12
_LEADS = frozenset(fold_text(w) for w in PLACE_LEADS)
_KINDS = frozenset(fold_text(w) for w in PLACE_KINDS)
_SIDES = frozenset(fold_text(w) for w in PLACE_SIDES)
_TOKEN = re.compile(r"[^\s،,؛;:.()\"«»“”]+|[،,؛;:]")


@lru_cache(maxsize=8)
def _places(path: str) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of every place of ``places_ar`` (with «ب» joined perhaps) and the base of each."""
    places = {}
    for row in read_bases(path).itertuples():
        for name in _names(row.places_ar):
            places[fold_text(name)] = row.base_id
    return re.compile(rf"(?P<b>ب)?(?P<place>{_names_re(places)})(?!\w)"), _squeezed(places)


@lru_cache(maxsize=8)
def _place_words(path: str) -> tuple[str, ...]:
    """The first word of every place, folded: a place is named only where one of them is."""
    return tuple({fold_text(name).split()[0] for row in read_bases(path).itertuples() for name in _names(row.places_ar)})


def _placed(folded: str, words: list[re.Match], path: str) -> tuple[int, int, str] | None:
    """The first place of a base among ``words`` (the words after a site noun) that a word of
    where brings in: right after «في»، «داخل»، «ضمن» (or joined to «ب»), perhaps after a kind of
    place («محافظة»، «قضاء») or a side of it («شمالي») after such a word. (start, end, base)."""
    pattern, places = _places(path)
    led = False
    for i, w in enumerate(words):
        word = w.group()
        m = pattern.match(folded, w.start())
        if m and (m.group("b") or (i and (words[i - 1].group() in _LEADS or words[i - 1].group() in _KINDS and led
                                           or words[i - 1].group() in _SIDES and led))):
            return m.start("place"), m.end(), _lookup(places, m.group("place"))
        led = led or word in _LEADS
    return None


def _sites(folded: str, found: list[BaseMention], path: str) -> list[BaseMention]:
    """Sites named by where they lie (:data:`SITE`, then a place of a base within
    :data:`SITE_REACH_WORDS` words), where no base is named already."""
    out = []
    for m in SITE.finditer(folded):
        if any(b.start <= m.start("w") < b.end for b in found + out):
            continue
        words = [w for w in _TOKEN.finditer(folded, m.end()) if w.group() not in "،,؛;:"][:SITE_REACH_WORDS]
        named = next((b.start for b in found if b.start >= m.end()), len(folded))
        place = _placed(folded, [w for w in words if w.start() < named], path)
        if place is not None:
            out.append(BaseMention(m.start("w") - (2 if folded[max(0, m.start("w") - 2):m.start("w")] == "ال" else 0),
                                   place[1], place[2], "site"))
    return out


def find_places(folded: str, path: str | Path = BASES_CSV) -> list[BaseMention]:
    """The places of the gazetteer's bases that ``folded`` names ("من القائم"، "كركوك"), as base
    mentions of kind "place": a town is not its base, and the rules decide when it stands for it."""
    if not any(w in folded for w in _place_words(str(path))):  # most sentences name no town of a base
        return []
    pattern, places = _places(str(path))
    return [BaseMention(m.start("place"), m.end(), _lookup(places, m.group("place")), "place")
            for m in pattern.finditer(folded) if m.start() == 0 or not folded[m.start() - 1].isalnum()]


def _with_included(folded: str, found: list[BaseMention], listed: re.Pattern, after: dict[str, str]) -> list[BaseMention]:
    """``found`` and the names listed after a count of bases and «بينها» ("ثماني قواعد، بينها
    القائم والقيارة"), in order, each place once."""
    more = []
    for m in INCLUDED.finditer(folded):
        end = m.end()
        while n := listed.match(folded, end):
            more.append(BaseMention(n.start("after"), n.end(), _lookup(after, n.group("after"))))
            end = n.end()
    if not more:
        return found
    taken = {b.start for b in found}
    return sorted(found + [b for b in more if b.start not in taken and not any(f.start <= b.start < f.end for f in found)],
                  key=lambda b: b.start)

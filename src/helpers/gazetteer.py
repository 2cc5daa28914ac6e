"""The base gazetteer (``data/reference/bases.csv``) and finding its bases in text.

Each base has names that identify it alone (``aliases_ar``: "القيارة", "عين الأسد", "كي 1") and
names that are common words or towns and identify it only after a base word
(``aliases_ar_after_base_word``: "قاعدة القائم", "معسكر التاجي", "قاعدة كركوك"), or in a list
after a dual or plural one ("قاعدتي القيارة والقائم"), or after a count of bases and «بينها»
("ثماني قواعد، بينها القائم والتاجي").

A base the gazetteer does not list is still found by the name after «قاعدة» or «معسكر» ("قاعدة
سبايكر"، "معسكر الصقر"), with the id ``unlisted-NAME`` (the name folded) and no coordinates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.calendar_names import ARABIC_SYSTEMS, PART_OF_MONTH, SEASON_LEADS, WEEKDAYS
from helpers.event_words import (BASE_LIST_WORDS, BASE_WORDS, BASES_PLURALS, INCLUDING_WORDS, NAME_LEADS,
                                 NOT_BASE_NAMES, UNLISTED_BASE_WORDS)
from helpers.normalize import fold_text
from helpers.paths import REFERENCE_DIR
from helpers.wordscan import alternation

BASES_CSV = REFERENCE_DIR / "bases.csv"
COLUMNS = ["base_id", "name_en", "name_ar", "aliases_ar", "aliases_ar_after_base_word", "governorate", "latitude", "longitude", "source"]


@dataclass(frozen=True)
class BaseMention:
    start: int  # folded offsets
    end: int
    base_id: str


def read_bases(path: str | Path = BASES_CSV) -> pd.DataFrame:
    """The gazetteer as a table, one row per base."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)[COLUMNS]


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


LIST_WORDS = frozenset(fold_text(w) for w in BASE_LIST_WORDS)


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
        rf"(?<!\w)[وف]?[بل]?(?P<whole>(?P<bw>{base_words})\s+[\"«“']?(?P<after>{alternation(after)})|(?P<alone>{alternation(alone)}))(?!\w)"
    )
    # the next name of a list after a dual or plural base word: ", and NAME"
    listed = re.compile(rf"\s*[،,]?\s*(?:و\s*)?(?P<after>{alternation(after)})(?!\w)")
    return pattern, listed, {"after": after, "alone": alone}


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
        found.append(BaseMention(m.start("whole"), m.end(), names[kind][m.group(kind)]))
        end = m.end()
        if m.group("bw") in LIST_WORDS:
            while n := listed.match(folded, end):
                found.append(BaseMention(n.start("after"), n.end(), names["after"][n.group("after")]))
                end = n.end()
        m = pattern.search(folded, end)
    if counted or (counted is None and any(w in folded for w in _COUNT_WORDS)):  # most sentences count no bases
        found = _with_included(folded, found, listed, names["after"])
    if "قاعده" in folded or "معسكر" in folded:  # most sentences name no base word
        more = _unlisted(folded, found)
        if more:
            found = sorted(found + more, key=lambda b: b.start)
    return found


def _with_included(folded: str, found: list[BaseMention], listed: re.Pattern, after: dict[str, str]) -> list[BaseMention]:
    """``found`` and the names listed after a count of bases and «بينها» ("ثماني قواعد، بينها
    القائم والقيارة"), in order, each place once."""
    more = []
    for m in INCLUDED.finditer(folded):
        end = m.end()
        while n := listed.match(folded, end):
            more.append(BaseMention(n.start("after"), n.end(), after[n.group("after")]))
            end = n.end()
    if not more:
        return found
    taken = {b.start for b in found}
    return sorted(found + [b for b in more if b.start not in taken and not any(f.start <= b.start < f.end for f in found)],
                  key=lambda b: b.start)

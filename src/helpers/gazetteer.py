"""The base gazetteer (``data/reference/bases.csv``) and finding its bases in text.

Each base has names that identify it alone (``aliases_ar``: "القيارة", "عين الأسد", "كي 1") and
names that are common words or towns and identify it only after a base word
(``aliases_ar_after_base_word``: "قاعدة القائم", "معسكر التاجي", "قاعدة كركوك"), or in a list
after a dual or plural one ("قاعدتي القيارة والقائم"), or after a count of bases and «بينها»
("ثماني قواعد، بينها القائم والتاجي").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.event_words import BASE_LIST_WORDS, BASE_WORDS, BASES_PLURALS, INCLUDING_WORDS
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


def find_bases(folded: str, path: str | Path = BASES_CSV, counted: bool | None = None) -> list[BaseMention]:
    """Base mentions in folded text, in order: the span covers the base word and the name
    (a proclitic و، ف، ب، ل written joined stays outside). ``counted``: whether the text may
    count bases («قواعد»), where the caller knows (None: it is looked for)."""
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

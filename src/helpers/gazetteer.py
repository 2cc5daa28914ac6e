"""The base gazetteer (``data/reference/bases.csv``) and finding its bases in text.

Each base has names that identify it alone (``aliases_ar``: "القيارة", "عين الأسد", "كي 1") and
names that are common words or towns and identify it only after a base word
(``aliases_ar_after_base_word``: "قاعدة القائم", "معسكر التاجي", "قاعدة كركوك").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.event_words import BASE_WORDS
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


@lru_cache(maxsize=8)
def _pattern(path: str) -> tuple[re.Pattern, dict[str, str]]:
    bases = read_bases(path)
    alone, after = {}, {}
    for row in bases.itertuples():
        for name in _names(row.aliases_ar):
            alone[fold_text(name)] = row.base_id
        for name in _names(row.aliases_ar_after_base_word) + _names(row.aliases_ar):
            after[fold_text(name)] = row.base_id
    base_words = alternation(fold_text(w) for w in BASE_WORDS)
    pattern = re.compile(
        rf"(?<!\w)[وف]?[بل]?(?P<whole>(?:{base_words})\s+[\"«“']?(?P<after>{alternation(after)})|(?P<alone>{alternation(alone)}))(?!\w)"
    )
    return pattern, {"after": after, "alone": alone}


def find_bases(folded: str, path: str | Path = BASES_CSV) -> list[BaseMention]:
    """Base mentions in folded text, in order: the span covers the base word and the name
    (a proclitic و، ف، ب، ل written joined stays outside)."""
    pattern, names = _pattern(str(path))
    found = []
    for m in pattern.finditer(folded):
        kind = "after" if m.group("after") else "alone"
        found.append(BaseMention(m.start("whole"), m.end(), names[kind][m.group(kind)]))
    return found

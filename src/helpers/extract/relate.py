"""Relations shared by every kind of event: a clause's words without its dates, a base's own
date, and whether a number is the level troops are brought to."""

from __future__ import annotations

import re

from helpers.extract.sentence import Sentence
from helpers.extract.words import _w, LEVEL_WORDS, PLACE_MAX_WORDS, PLACE_WORDS
from helpers.wordscan import alternation


def _without_dates(s: Sentence, a: int, b: int, lead: bool = False) -> str:
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


#: Words that may stand between a base and a date of its own.
_OWN_DATE_GAP = frozenset(_w(("في", "يوم", "بتاريخ")))
#: One of them right before a date.
_OWN_DATE_LEAD = re.compile(rf"(?<!\w)(?:{alternation(_OWN_DATE_GAP)})\s+$")


def _own_date(s: Sentence, b_end: int) -> int | None:
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


def _is_level(s: Sentence, n_start: int) -> bool:
    """Whether the number at ``n_start`` is the level troops are brought to («إلى 2500»),
    not the number that moves."""
    before = s.f[max(0, n_start - 12):n_start].split()
    return bool(before) and before[-1] in LEVEL_WORDS

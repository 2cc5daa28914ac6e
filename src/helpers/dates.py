"""Dates in Arabic news text: absolute and relative, in every month-naming system.

Public API (fixed)::

    find_dates(text, anchor=None) -> list[DateMention]

Each mention covers the longest phrase that denotes one date or window ("الأربعاء 18
آذار/مارس 2020" is one mention), mentions come back in text order and never overlap.
``earliest``/``latest`` bound the window the phrase allows (equal for a day); ``anchor`` is the
publication date, against which relative phrases and dates without a year resolve. Without an
anchor those are still found, with ``earliest``/``latest`` None.

Matching runs on the folded copy from :mod:`helpers.normalize`, so hamza forms, tashkeel,
tatweel and Arabic-Indic digits need no special cases; spans map back to the original text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable, Iterator, NamedTuple

from hijridate import Hijri

from helpers.calendar_names import (
    AMBIGUOUS_MONTH_NAMES, ARABIC_SYSTEMS, DAY_ORDINALS, DURATION_UNITS, ENGLISH, FEW_UNITS_AHEAD_OR_BACK, HIJRI, PART_OF_MONTH,
    PART_OF_YEAR, SEASON_LEADS, SEASONS, WEEKDAYS,
)
from helpers.number_words import APPROX_BEFORE
from helpers.number_words import UNITS as UNIT_WORDS
from helpers.normalize import Folded, fold, fold_text
from helpers.wordscan import alternation, tagged_occurrences, with_proclitics, words_of

#: A month or day named without a year is read in the past unless that puts it further back
#: than this; then the nearer future reading wins ("31 ديسمبر" written on 12 December).
PAST_HORIZON_DAYS = 270


#: The flag of a window that starts on the publication day but is still to come ("خلال الساعات
#: المقبلة"): what it dates has not happened yet.
TO_COME = "to_come"


class DateMention(NamedTuple):
    """Immutable: a named tuple (millions are made on a large corpus, and a frozen dataclass
    takes three times as long to make)."""

    start: int
    end: int
    text: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: str  # "day" | "week" | "month" | "season" | "year"
    flag: str = ""  # e.g. "weekday_mismatch: text says الأحد, the date is a Thursday"; TO_COME
    #: where a phrase without a year («31 ديسمبر»، «الصيف»، «الخميس») was read as the last one
    #: before the publication day, the window of the next one: what a plan means by it
    ahead: tuple[dt.date, dt.date] | None = None

    def shifted(self, by: int) -> "DateMention":
        """The same mention with its offsets moved back by ``by`` (into a part of the text)."""
        return DateMention(self.start - by, self.end - by, self.text, self.earliest, self.latest, self.precision, self.flag,
                           self.ahead)


def _month_table() -> dict[int, list[str]]:
    table: dict[int, set[str]] = {m: set() for m in range(1, 13)}
    for system in ARABIC_SYSTEMS.values():
        for month, names in system.items():
            table[month].update(fold_text(n) for n in names)
    return {m: sorted(names) for m, names in table.items()}


MONTH_NAMES = _month_table()
AMBIGUOUS = frozenset(fold_text(n) for n in AMBIGUOUS_MONTH_NAMES)
WEEKDAY_OF = {fold_text(n): wd for wd, names in WEEKDAYS.items() for n in names}
ENGLISH_OF = {n.lower(): m for m, names in ENGLISH.items() for n in names}
HIJRI_OF = {fold_text(n): m for m, names in HIJRI.items() for n in names}
PART_OF = {fold_text(w): days for w, days in PART_OF_MONTH.items()}
DAY_OF = {fold_text(w): day for w, day in DAY_ORDINALS.items()}
PART_OF_YEAR_MONTHS = {fold_text(w): months for w, months in PART_OF_YEAR.items()}
#: The Arab week starts on Saturday (Python's weekday 5).
WEEK_START = 5

# no letter or digit before, except one proclitic (و، ف، ب، ل) written joined: "والأسبوع الماضي"
_B = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"
_E = r"(?![\w])"  # no letter or digit after
_WD = alternation(WEEKDAY_OF)
_YEAR = r"(?:1[89]|20)\d\d"
_REL = r"الماضي|المقبل|القادم|الجاري|الحالي|المنصرم|الفائت"


def _month_phrase() -> str:
    """One month, optionally named twice ("آذار/ مارس", "مارس (آذار)", "يناير كانون الثاني")."""
    parts = []
    for month, names in MONTH_NAMES.items():
        alt = alternation(names)
        parts.append(
            rf"(?P<m{month}>(?:{alt}){_E}(?:\s*/\s*(?:{alt})|\s*\(\s*(?:{alt})\s*\)|\s+(?:{alt}){_E})?)"
        )
    return "(?:" + "|".join(parts) + ")"


NAMED_DATE = re.compile(
    rf"{_B}(?:(?:يوم\s+)?(?P<wd>{_WD}){_E}\s*[،,]?\s*)?"
    rf"(?:(?P<part>{alternation(PART_OF)})\s+|(?:ال\s*)?(?P<day>[0-3]?\d)(?!\d)\s*[-/.]?\s*(?:من\s+)?|(?P<oday>{alternation(DAY_OF)})\s+من\s+)?"
    rf"(?P<shahr>شهر\s+)?"
    + _month_phrase()
    + rf"(?:\s*[-/,،]?\s*(?:(?:من\s+)?(?:ال)?عام\s+|سنه\s+)?(?P<year>{_YEAR})(?!\d)(?:\s*م{_E})?)?"
    rf"(?:\s+(?P<rel>{_REL}){_E})?"
)
ENGLISH_DATE = re.compile(
    rf"{_B}(?P<emon>{alternation(ENGLISH_OF)})\.?\s+(?P<eday>[0-3]?\d),?\s+(?P<eyear>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
#: digits, slashes, dots or dashes around it make it part of something else (a version, a
#: range), but a full stop that ends the sentence does not
NUMERIC_DATE = re.compile(r"(?<![\d/.\-])(?P<a>\d{1,4})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})(?![\d/\-]|\.\d)")
YEAR_DATE = re.compile(
    rf"{_B}(?:(?P<part>{alternation(PART_OF_YEAR_MONTHS)})\s+(?:(?:ال)?عام\s+)?|(?:ال)?عام\s+|سنه\s+)"
    rf"(?P<year>{_YEAR})(?![\d/\-]|\.\d)"
)
YEAR_AFTER_PREP = re.compile(
    rf"{_B}(?:منذ|طوال|خلال|بحلول|حتي|في)\s+(?P<year>{_YEAR})(?![\d/\-]|\.\d)"
)
RELATIVE_DAY = re.compile(
    rf"{_B}(?P<rw>اول\s+من\s+امس|اول\s+امس|امس|الامس|البارحه|اليوم|غدا)"
    rf"{_E}(?:\s*[(،,]?\s*(?P<rwd>{_WD}){_E}\s*\)?)?"
)
WEEKDAY_ALONE = re.compile(rf"{_B}(?:يوم\s+)?(?P<wd>{_WD}){_E}(?:\s+(?P<rel>(?:الماضي|المقبل|القادم)ه?){_E})?")

HIJRI_DATE = re.compile(
    rf"{_B}(?:(?P<hday>[0-3]?\d)(?!\d)\s*)?(?P<hmon>{alternation(HIJRI_OF)}){_E}\s*(?P<hyear>1[34]\d\d)(?!\d)(?:\s*ه{_E})?"
)
#: "الشهر الماضي"، "هذا العام"، a part of a month or year ("نهاية العام الجاري"، "مطلع الشهر
#: المقبل"، "نهاية هذا العام"), and a day of a month so named ("في 15 من الشهر الجاري"، "العاشر من
#: الشهر الماضي"، "الخامس من هذا الشهر"). With a part, the month or year alone is the current one
#: ("بحلول نهاية العام"), unless a year follows (then it is that year's, :data:`YEAR_DATE`).
RELATIVE_PERIOD = re.compile(
    rf"{_B}(?:(?:(?:ال\s*)?(?P<day>[0-3]?\d)(?!\d)|(?P<oday>{alternation(DAY_OF)}))\s+من\s+(?=(?:هذا\s+)?الشهر{_E}))?"
    rf"(?:(?P<part>{alternation(PART_OF)})\s+(?=(?:(?:هذا|هذه)\s+)?(?:الشهر|العام|السنه){_E}))?"
    rf"(?:(?P<unit>الاسبوع|الشهر|العام|السنه)(?:\s+(?P<rel>{_REL}){_E}|(?(part)(?!\s*\d)|(?!)))"
    rf"|(?:هذا|هذه)\s+(?P<this>الاسبوع|الشهر|العام|السنه)){_E}"
)
#: A day of the month named last ("وقاعدة القيارة في 26 من الشهر ذاته"، "في العاشر من نفس الشهر"):
#: its month is that of the date before it in the text (:func:`read_dates`).
SAME_MONTH = re.compile(
    rf"{_B}(?:(?:ال\s*)?(?P<day>[0-3]?\d)(?!\d)|(?P<oday>{alternation(DAY_OF)}))\s+من\s+"
    rf"(?:(?:نفس|ذات)\s+الشهر|الشهر\s+(?:ذاته|نفسه|عينه)){_E}")
_FEW_UNITS = {fold_text(w): span for w, span in FEW_UNITS_AHEAD_OR_BACK.items()}
SEASON_OF = {fold_text(w)[2:]: months for w, months in SEASONS.items()}  # without the article
#: A season: of a year ("صيف 2020"، "صيف عام 2020"), or with the article (and «فصل» perhaps)
#: after a word that makes it a time (:data:`SEASON_LEADS`), after «هذا»، or before «الماضي»،
#: «المقبل» …; the phrase is the season and what follows it, not the word before.
SEASON = re.compile(
    rf"{_B}(?:(?P<sname>{alternation(SEASON_OF)})\s+(?:(?:ال)?عام\s+)?(?P<syear>{_YEAR})(?![\d/\-]|\.\d)"
    rf"|(?:(?P<lead>{alternation(fold_text(w) for w in SEASON_LEADS)})\s+)?"
    rf"(?P<phrase>(?:(?P<this>هذا)\s+)?(?:فصل\s+)?ال(?P<season>{alternation(SEASON_OF)})(?:\s+(?P<rel>{_REL}))?){_E}"
    rf"(?(lead)|(?(this)|(?(rel)|(?!)))))"
)
FEW_DAYS = re.compile(
    rf"{_B}(?:(?P<ago>قبل)\s+(?:بضعه\s+|عده\s+)?ايام"
    rf"|(?:في|خلال|طوال)\s+(?P<units>{alternation(_FEW_UNITS)})\s+(?:القليله\s+)?(?P<way>المقبله|القادمه|الماضيه|الاخيره|الفائته)"
    rf"|(?:خلال|في\s+غضون|غضون)\s+(?:بضعه\s+|عده\s+)?(?P<within>ايام|اسابيع)){_E}"
)
#: «خلال أيام»، «في غضون أسابيع»: how many days either way (no direction: the last ones, with the
#: next ones kept for plans).
WITHIN_SPAN = {"ايام": _FEW_UNITS["الايام"], "اسابيع": _FEW_UNITS["الاسابيع"]}
_DURATION_ONE = {fold_text(w): u for u, (one, _, _) in DURATION_UNITS.items() for w in one}
_DURATION_TWO = {fold_text(w): u for u, (_, two, _) in DURATION_UNITS.items() for w in two}
_DURATION_MANY = {fold_text(w): u for u, (_, _, many) in DURATION_UNITS.items() for w in many}
_COUNT_WORDS = {fold_text(w): n for w, n in UNIT_WORDS.items() if n >= 3}
#: The words that make a count «about» ("قبل نحو أسبوعين"، "منذ قرابة شهر").
_ABOUT = alternation(fold_text(w) for w, bound in APPROX_BEFORE.items() if bound == "about")
#: "قبل أسبوعين"، "منذ ثلاثة أيام"، "قبل 10 أيام"، "قبل عام": a time counted back from the
#: publication day, perhaps about it ("قبل نحو أسبوعين"); not when «من» follows ("قبل يومين من
#: الانتخابات" counts back from an event).
AGO = re.compile(
    rf"{_B}(?:قبل|منذ)\s+(?:(?P<about>{_ABOUT})\s+)?(?:(?P<count>\d{{1,2}}|{alternation(_COUNT_WORDS)})\s+(?P<many>{alternation(_DURATION_MANY)})"
    rf"|(?P<two>{alternation(_DURATION_TWO)})|(?P<one>{alternation(_DURATION_ONE)})){_E}(?!\s+من{_E})"
)
#: "خلال الأشهر الستة الماضية"، "في الأيام العشرة المقبلة"، "خلال الـ6 أشهر الماضية"، "خلال العامين
#: الماضيين": that many units back from the publication day, or ahead of it.
_WAY = r"(?P<way>المقبله|القادمه|الماضيه|الاخيره|الفائته|المقبلين|القادمين|الماضيين|الاخيرين)"
COUNTED_PERIOD = re.compile(
    rf"{_B}(?:في|خلال|طوال)\s+(?:"
    rf"ال(?P<many>{alternation(_DURATION_MANY)})\s+ال(?P<count>{alternation(_COUNT_WORDS)})"
    rf"|ال\s*(?P<digits>\d{{1,2}})\s+(?P<many2>{alternation(_DURATION_MANY)})"
    rf"|ال(?P<two>{alternation(_DURATION_TWO)}))\s+{_WAY}{_E}"
)
#: "قبل عام" is about a year back: this many days either side of the day a year before.
AGO_YEAR_SPREAD = 182
#: "قبل أيام" is taken as one to ten days before the anchor (the spans of "في الأيام المقبلة" and
#: the like are in calendar_names).
FEW_DAYS_SPAN = 10

RELATIVE_DAY_OFFSETS = {"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "غدا": 1}


def _weekday_name(d: dt.date) -> str:
    return calendar.day_name[d.weekday()]


def _check_weekday(wd_word: str | None, day: dt.date | None) -> str:
    if not wd_word or day is None:
        return ""
    if WEEKDAY_OF[wd_word] == day.weekday():
        return ""
    return f"weekday_mismatch: the text names a different weekday; {day.isoformat()} is a {_weekday_name(day)}"


def _month_window(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _pick_year(month: int, day: int | None, anchor: dt.date, rel: str | None) -> int | None:
    """The year that puts (month, day) nearest the anchor in the direction the text says."""
    def start(y: int) -> dt.date | None:
        try:
            return dt.date(y, month, day or 1)
        except ValueError:
            return None

    def end(y: int) -> dt.date | None:
        if day:
            return start(y)
        return _month_window(y, month)[1]

    if rel in ("الجاري", "الحالي"):
        return anchor.year if start(anchor.year) else None
    past = next((y for y in (anchor.year, anchor.year - 1, anchor.year - 2) if start(y) and start(y) <= anchor), None)
    future = next((y for y in (anchor.year, anchor.year + 1, anchor.year + 2) if end(y) and end(y) >= anchor), None)
    if rel in ("الماضي", "المنصرم", "الفائت"):
        return past
    if rel in ("المقبل", "القادم"):
        return future
    if past is not None and (anchor - start(past)).days <= PAST_HORIZON_DAYS:
        return past
    return future if future is not None else past


def _day_number(m: re.Match) -> int | None:
    """The day of the month a phrase names, in digits («15») or as an ordinal («العاشر»), or None."""
    if m.group("day"):
        return int(m.group("day"))
    return DAY_OF[re.sub(r"\s+", " ", m.group("oday"))] if m.group("oday") else None


def _named(m: re.Match, anchor: dt.date | None):
    month = next(k for k in range(1, 13) if m.group(f"m{k}"))
    phrase = m.group(f"m{month}")
    day = _day_number(m)
    year = int(m.group("year")) if m.group("year") else None
    doubled = phrase.strip() not in MONTH_NAMES[month]
    if phrase.strip() in AMBIGUOUS and not (day or year or doubled or m.group("shahr") or m.group("rel")):
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    guessed = year is None and anchor is not None and not m.group("rel")
    if year is None and anchor is not None:
        year = _pick_year(month, day, anchor, m.group("rel"))
    if year is None:
        return None, None, "day" if day else "month", ""

    def window(year: int):
        if day:
            d = dt.date(year, month, day)
            return d, d, "day", _check_weekday(m.group("wd"), d)
        lo, hi = _month_window(year, month)
        if m.group("part"):
            first, last = PART_OF[m.group("part")]
            lo = lo.replace(day=first)
            hi = hi if last is None else hi.replace(day=last)
        return lo, hi, "month", ""

    try:
        found = window(year)
    except ValueError:
        return None
    if guessed and found[1] < anchor:
        later = _pick_year(month, day, anchor, "المقبل")
        if later is not None:
            lo, hi, _, _ = window(later)  # a valid day: _pick_year only picks years that have it
            return (*found, (lo, hi))
    return found


def _english(m: re.Match, anchor):
    try:
        d = dt.date(int(m.group("eyear")), ENGLISH_OF[m.group("emon").lower()], int(m.group("eday")))
    except ValueError:
        return None
    return d, d, "day", ""


def _numeric(m: re.Match, anchor):
    a, b, c = m.group("a"), int(m.group("b")), m.group("c")
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), b, int(c)
    elif len(c) == 4 and len(a) <= 2:
        day, month, year = int(a), b, int(c)
        if month > 12 and day <= 12:  # US order, as in English-language sources
            day, month = month, day
    else:
        return None
    if not 1800 <= year <= 2100:
        return None
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d, d, "day", ""


def _year(m: re.Match, anchor):
    y = int(m.group("year"))
    part = m.groupdict().get("part")
    if part:  # نهاية العام 2017: the months of that part of the year
        first, last = PART_OF_YEAR_MONTHS[part]
        return dt.date(y, first, 1), _month_window(y, last)[1], "year", ""
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", ""


def _hijri(m: re.Match, anchor):
    year, month = int(m.group("hyear")), HIJRI_OF[m.group("hmon")]
    try:
        if m.group("hday"):
            d = Hijri(year, month, int(m.group("hday"))).to_gregorian()
            return dt.date(d.year, d.month, d.day), dt.date(d.year, d.month, d.day), "day", ""
        first = Hijri(year, month, 1)
        last = Hijri(year, month, first.month_length()).to_gregorian()
        first = first.to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(first.year, first.month, first.day), dt.date(last.year, last.month, last.day), "month", ""


def _week_window(day: dt.date) -> tuple[dt.date, dt.date]:
    start = day - dt.timedelta(days=(day.weekday() - WEEK_START) % 7)
    return start, start + dt.timedelta(days=6)


def _relative_period(m: re.Match, anchor):
    unit = m.group("unit") or m.group("this")
    precision = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}[unit]
    day = _day_number(m)
    if day is not None and not 1 <= day <= 31:
        return None
    if anchor is None:
        return None, None, "day" if day else precision, ""
    rel = m.group("rel") or "الجاري"
    step = -1 if rel in ("الماضي", "المنصرم", "الفائت") else 1 if rel in ("المقبل", "القادم") else 0
    if precision == "week":
        lo, hi = _week_window(anchor + dt.timedelta(days=7 * step))
    elif precision == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        lo, hi = _month_window(index // 12, index % 12 + 1)
    else:
        lo, hi = dt.date(anchor.year + step, 1, 1), dt.date(anchor.year + step, 12, 31)
    part = m.group("part")
    if day and day > hi.day:
        return lo, hi, "month", f"no day {day} in that month"  # a slip of the text: the month is sure
    if day:
        d = lo.replace(day=day)
        return d, d, "day", ""
    if part and precision == "month":
        first, last = PART_OF[part]
        lo, hi = lo.replace(day=first), hi if last is None else hi.replace(day=last)
    elif part:
        first, last = PART_OF_YEAR_MONTHS[part]
        lo, hi = lo.replace(month=first), _month_window(lo.year, last)[1]
    return lo, hi, precision, ""


def _same_month(m: re.Match, anchor):
    """A day of the month named last: no window of its own (:func:`read_dates` gives it one)."""
    day = _day_number(m)
    return None if not 1 <= day <= 31 else (None, None, "day", "")


def _in_month_of(before: list[DateMention], mention: DateMention, day: int) -> DateMention:
    """``mention`` (of :data:`SAME_MONTH`) on ``day`` of the month of the last date before it that
    lies in one month; unchanged where there is none, or no such day in it."""
    last = next((d for d in reversed(before) if d.earliest and d.latest and
                 (d.earliest.year, d.earliest.month) == (d.latest.year, d.latest.month)), None)
    if last is None or day > _month_window(last.earliest.year, last.earliest.month)[1].day:
        return mention
    on = last.earliest.replace(day=day)
    return mention._replace(earliest=on, latest=on, precision="day")


def _season_window(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The season ``name`` that begins in ``year``."""
    first, length = SEASON_OF[name]
    last = year * 12 + first - 1 + length - 1
    return dt.date(year, first, 1), _month_window(last // 12, last % 12 + 1)[1]


def _season(m: re.Match, anchor):
    """A season of a year, or the one the publication day is in, or the last or next one, as
    a month is (:func:`_pick_year`): a bare one ended within the horizon is the last."""
    if m.group("syear"):
        name, year = m.group("sname"), int(m.group("syear"))
        lo, hi = _season_window(name, year - 1 if SEASON_OF[name][0] == 12 else year)
        return lo, hi, "season", ""
    if anchor is None:
        return None, None, "season", ""
    name, rel = m.group("season"), m.group("rel")
    windows = [_season_window(name, y) for y in range(anchor.year - 2, anchor.year + 2)]
    current = next((w for w in windows if w[0] <= anchor <= w[1]), None)
    past = next(w for w in reversed(windows) if w[1] < anchor)
    future = next(w for w in windows if w[0] > anchor)
    if rel in ("الماضي", "المنصرم", "الفائت"):
        lo, hi = past
    elif rel in ("المقبل", "القادم"):
        lo, hi = future
    elif current is not None:
        lo, hi = current
    elif rel in ("الجاري", "الحالي") or m.group("this"):
        lo, hi = next((w for w in windows if w[0].year == anchor.year), future)
    elif (anchor - past[0]).days <= PAST_HORIZON_DAYS:
        return past[0], past[1], "season", "", future
    else:
        lo, hi = future
    return lo, hi, "season", ""


def _few_days(m: re.Match, anchor):
    """A few days back, the days, weeks or months ahead or back, or days or weeks either way."""
    if anchor is None:
        units = m.group("units")
        return None, None, _FEW_UNITS[units][1] if units else WITHIN_SPAN[m.group("within")][1] if m.group("within") else "week", ""
    if m.group("ago"):
        return anchor - dt.timedelta(days=FEW_DAYS_SPAN), anchor - dt.timedelta(days=1), "week", ""
    if m.group("within"):
        span, precision = WITHIN_SPAN[m.group("within")]
        one = dt.timedelta(days=1)
        return anchor - dt.timedelta(days=span), anchor - one, precision, "", (anchor + one, anchor + dt.timedelta(days=span))
    span, precision = _FEW_UNITS[m.group("units")]
    if m.group("units") == "الساعات":  # the hours ahead are today's or tomorrow's, and still to come
        ahead = m.group("way") in ("المقبله", "القادمه")
        if ahead:
            return anchor, anchor + dt.timedelta(days=1), precision, TO_COME
        return anchor - dt.timedelta(days=1), anchor, precision, ""
    if m.group("way") in ("المقبله", "القادمه"):
        return anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=span), precision, ""
    return anchor - dt.timedelta(days=span), anchor - dt.timedelta(days=1), precision, ""


#: The precision of a window of so many days, at most.
_WINDOW_PRECISION = ((10, "week"), (62, "month"), (366, "year"))


def _counted_period(m: re.Match, anchor):
    """So many days, weeks, months or years back from the publication day, up to the day before
    it, or ahead of it from the day after."""
    if m.group("count"):
        n, unit = _COUNT_WORDS[m.group("count")], _DURATION_MANY[m.group("many")]
    elif m.group("digits"):
        n, unit = int(m.group("digits")), _DURATION_MANY[m.group("many2")]
    else:
        n, unit = 2, _DURATION_TWO[m.group("two")]
    if n < 1:
        return None
    days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
    precision = next((p for limit, p in _WINDOW_PRECISION if days <= limit), "unknown")
    if anchor is None:
        return None, None, precision, ""
    if m.group("way") in ("المقبله", "القادمه", "المقبلين", "القادمين"):
        return anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=days), precision, ""
    return anchor - dt.timedelta(days=days), anchor - dt.timedelta(days=1), precision, ""


def _ago(m: re.Match, anchor):
    """A day counted back is a day; weeks and months back are the week or month they reach;
    years back, the half year either side of the day they reach. About so many («نحو») days,
    weeks or months back reaches from one more unit back to one fewer (at most the publication
    day)."""
    if m.group("count"):
        count = m.group("count")
        n, unit = int(count) if count.isdigit() else _COUNT_WORDS[count], _DURATION_MANY[m.group("many")]
    elif m.group("two"):
        n, unit = 2, _DURATION_TWO[m.group("two")]
    else:
        n, unit = 1, _DURATION_ONE[m.group("one")]
    if n < 1:
        return None
    about = m.group("about") is not None and unit in _ABOUT_PRECISION
    if anchor is None:
        return None, None, _ABOUT_PRECISION[unit] if about else unit, ""
    if about:
        earliest, _, _, _ = _ago_window(n + 1, unit, anchor)
        _, latest, _, _ = _ago_window(max(n - 1, 0), unit, anchor)
        return earliest, min(latest, anchor), _ABOUT_PRECISION[unit], ""
    return _ago_window(n, unit, anchor)


#: About so many days back is a window of a few days (of the week's class), about so many weeks
#: one of a few weeks (a month's), about so many months one of a few months (a season's).
_ABOUT_PRECISION = {"day": "week", "week": "month", "month": "season"}


def _ago_window(n: int, unit: str, anchor: dt.date):
    """The window ``n`` days, weeks, months or years back from ``anchor`` reaches."""
    if unit == "day":
        d = anchor - dt.timedelta(days=n)
        return d, d, "day", ""
    if unit == "week":
        return (*_week_window(anchor - dt.timedelta(days=7 * n)), "week", "")
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - n
        return (*_month_window(index // 12, index % 12 + 1), "month", "")
    try:
        back = anchor.replace(year=anchor.year - n)
    except ValueError:  # 29 February
        back = anchor.replace(year=anchor.year - n, day=28)
    return back - dt.timedelta(days=AGO_YEAR_SPREAD), min(back + dt.timedelta(days=AGO_YEAR_SPREAD), anchor), "year", ""


def _relative_day(m: re.Match, anchor):
    word = re.sub(r"\s+", " ", m.group("rw"))
    offset = -2 if word.startswith("اول") else RELATIVE_DAY_OFFSETS[word]
    if anchor is None:
        return None, None, "day", ""
    d = anchor + dt.timedelta(days=offset)
    return d, d, "day", _check_weekday(m.group("rwd"), d)


def _weekday(m: re.Match, anchor):
    if anchor is None:
        return None, None, "day", ""
    wd = WEEKDAY_OF[m.group("wd")]
    rel = (m.group("rel") or "").removesuffix("ه")  # "الجمعة الماضية": agreeing with the day
    if rel in ("المقبل", "القادم"):
        d = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    else:
        back = (anchor.weekday() - wd) % 7
        if rel == "الماضي" and back == 0:
            back = 7
        d = anchor - dt.timedelta(days=back)
        if not rel and back:
            nxt = d + dt.timedelta(days=7)
            return d, d, "day", "", (nxt, nxt)
    return d, d, "day", ""


def _words(*groups) -> frozenset[str]:
    return with_proclitics({w for g in groups for name in g for w in name.split()})


_MONTH_WORDS = _words(*MONTH_NAMES.values())
_ENGLISH_WORDS = frozenset(f for n in ENGLISH_OF for f in (n, n.capitalize(), n.upper()))
_RELATIVE_DAY_WORDS = _words(("اليوم", "امس", "الامس", "البارحه", "غدا"))
_PERIOD_WORDS = _words(("الاسبوع", "الشهر", "العام", "السنه"))
_YEAR_WORDS = _words(("عام", "العام", "سنه", *PART_OF_YEAR_MONTHS))
_WEEKDAY_WORDS = _words(WEEKDAY_OF)

#: Patterns, their readers, and the words one of which a match needs (None: digits),
#: most specific first (ties in length go to the earlier one). A pattern whose words are not
#: in an article is not run on it.
READERS = (
    (NAMED_DATE, _named, _MONTH_WORDS),
    (HIJRI_DATE, _hijri, _words(HIJRI_OF)),
    (ENGLISH_DATE, _english, _ENGLISH_WORDS),
    (NUMERIC_DATE, _numeric, None),
    (RELATIVE_DAY, _relative_day, _RELATIVE_DAY_WORDS),
    (RELATIVE_PERIOD, _relative_period, _PERIOD_WORDS),
    (FEW_DAYS, _few_days, _words(("ايام", "اسابيع", *_FEW_UNITS))),
    (AGO, _ago, _words(("قبل", "منذ"))),
    (COUNTED_PERIOD, _counted_period, _words(_DURATION_MANY, ["ال" + w for w in _DURATION_MANY], ["ال" + w for w in _DURATION_TWO])),
    (YEAR_DATE, _year, _YEAR_WORDS),
    (YEAR_AFTER_PREP, _year, None),
    (SEASON, _season, _words(SEASON_OF, ["ال" + w for w in SEASON_OF])),
    (WEEKDAY_ALONE, _weekday, _WEEKDAY_WORDS),
    (SAME_MONTH, _same_month, _words(("ذاته", "نفسه", "عينه", "نفس", "ذات"))),
)


#: Words one of which every date phrase contains (digits aside); the patterns only run near them.
TRIGGER_WORDS = frozenset().union(*(needs for _, _, needs in READERS if needs)) | {
    # a day written as an ordinal can reach further back from its month than the window does
    # ("التاسع والعشرين من آذار"): its first word opens a window of its own
    phrase.split()[0] for phrase in DAY_OF}
#: How far around a trigger word a date phrase can reach: the words before it ("نهاية شهر",
#: "قبل بضعة", "منذ") and after it ("الماضي", "(كانون الثاني)").
WINDOW_BEFORE, WINDOW_AFTER = 24, 24
_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"\d")


def windows_around(folded: str, spans, before: int = WINDOW_BEFORE, after: int = WINDOW_AFTER) -> list[tuple[int, int]]:
    """Merged spans of ``folded`` reaching ``before``/``after`` characters around ``spans``,
    ending at white space so that no word is cut."""
    return [(a, b) for a, b, _ in _tagged_windows(folded, [(s, e, "") for s, e in spans], before, after)]


def _tagged_windows(folded: str, spans, before: int = WINDOW_BEFORE, after: int = WINDOW_AFTER):
    """:func:`windows_around` for (start, end, word) spans: each window with the words in it."""
    merged: list[list] = []
    for s, e, word in spans:
        a, b = max(0, s - before), e + after
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2].add(word)
        else:
            merged.append([a, b, {word}])
    out = []
    for a, b, words in merged:
        space = _SPACE.search(folded, b) if b < len(folded) else None
        out.append((a, space.start() if space else len(folded), words))
    return out


def _windows(folded: Folded) -> list[tuple[int, int, set[str]]]:
    """Where date phrases can be: around trigger words and digits, each window with the trigger
    words in it ("" standing for digits).

    Running the date patterns only there is what makes :func:`find_dates` fast on long text:
    most of an article holds no date word at all; and each pattern runs only in the windows
    that hold one of its own words, since every match of it contains one.
    """
    return _tagged_windows(folded.text, tagged_occurrences(folded.text, folded.words & TRIGGER_WORDS, digits=True))


def weekdays_alone(folded: Folded) -> Iterator[re.Match]:
    """Every match of :data:`WEEKDAY_ALONE` in a folded text, in order, looked for only around
    the names of weekdays (as :func:`find_dates` does)."""
    f = folded.text
    spans = tagged_occurrences(f, folded.words & _WEEKDAY_WORDS)
    for a, b in windows_around(f, [(s, e) for s, e, _ in spans]):
        yield from WEEKDAY_ALONE.finditer(f, a, b)


def is_hijri(m: DateMention) -> bool:
    """Whether a date phrase is written in the Hijri calendar ("17 ذو الحجة 1442 هـ")."""
    return HIJRI_DATE.search(fold_text(m.text)) is not None


def find_dates(text: str, anchor: dt.date | None = None) -> list[DateMention]:
    """Every date phrase in ``text``, in order, non-overlapping, longest phrase first."""
    return dates_in(fold(text), anchor)


def dates_in(folded: Folded, anchor: dt.date | None = None, windows=None) -> list[DateMention]:
    """:func:`find_dates` on text already folded, optionally only within ``windows`` (spans of
    the folded text, from :func:`windows_around`) for callers that need the dates near a place."""
    return read_dates(folded.original, date_phrases(folded, windows), anchor)


#: A date phrase found: (start, end) in the original text, the match, its reader, and what the
#: reader makes of it without a publication date.
Phrase = tuple[int, int, re.Match, Callable, tuple]


def date_phrases(folded: Folded, windows=None) -> list[Phrase]:
    """Where the date phrases of a text are, in order, non-overlapping, longest first.

    Which phrases are dates does not depend on the publication date (a reader returns None
    for a match with or without one; tests/test_dates.py checks it), only what they mean: so a
    text is searched once and read with whatever anchor (:func:`read_dates`)."""
    candidates = []
    words = folded.words & TRIGGER_WORDS
    has_digits = _DIGIT.search(folded.text) is not None
    # each window with the trigger words in it ("" for digits): our own know theirs
    f = folded.text
    windows = _windows(folded) if windows is None else [
        (a, b, (words_of(f[a:b]) & TRIGGER_WORDS) | ({""} if _DIGIT.search(f, a, b) else set())) for a, b in windows]
    for rank, (pattern, reader, needs) in enumerate(READERS):
        if not (has_digits if needs is None else words & needs):
            continue
        own = [(a, b) for a, b, held in windows if ("" in held if needs is None else held & needs)]
        for m in (m for a, b in own for m in pattern.finditer(f, a, b)):
            value = reader(m, None)
            if value is None:
                continue
            # a year after a preposition is the year alone, not the preposition
            s, e = m.span("year") if pattern is YEAR_AFTER_PREP else m.span("phrase") if pattern is SEASON and m.group("phrase") else m.span()
            start, end = folded.span(s, e)
            candidates.append((start, end, rank, m, reader, value))
    chosen: list[tuple] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        start, end = cand[0], cand[1]
        if all(end <= s or start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((start, end))
    return [(start, end, m, reader, value) for start, end, _, m, reader, value in sorted(chosen, key=lambda c: c[0])]


def read_dates(text: str, phrases: list[Phrase], anchor: dt.date | None = None) -> list[DateMention]:
    """The dates that ``phrases`` of ``text`` (from :func:`date_phrases`) name, read against
    ``anchor``; a day of "the same month" takes the month of the date before it."""
    out = [
        DateMention(start, end, text[start:end], *(value if anchor is None else reader(m, anchor)))
        for start, end, m, reader, value in phrases
    ]
    for i, (_, _, m, reader, _) in enumerate(phrases):
        if reader is _same_month:  # rare: most texts name no "same month"
            out[i] = _in_month_of(out[:i], out[i], _day_number(m))
    return out

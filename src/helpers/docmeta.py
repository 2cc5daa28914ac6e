"""What an article says about itself: which outlet published it, and when.

Both are read from the page furniture found by :mod:`helpers.furniture` and from dates in the
text. Each answer comes with its basis (the words it rests on) and a confidence; when the text
does not settle a question the answer stays empty, never guessed.

Publication date, most reliable first:

1. ``high``: a dateline (a date alone on its line at the head of the page);
2. ``high``: a full date the text calls today ("جرت اليوم، 26 آذار/ مارس 2020");
3. ``url``: a date in the article's address, where the manifest gives one ("/2020/04/07/",
   "/20200407/"): outlets' systems put the day of publication there;
4. ``medium``: the latest full date in the article, when the article also names that date's
   weekday on its own ("أعلنت ... الخميس"): news reports name the weekday of recent events.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from helpers.calendar_names import WEEKDAYS
from helpers.body import Body
from helpers.dates import DateMention, find_dates, is_hijri, weekdays_alone
from helpers.furniture import BYLINE_STAFF_WORDS, CITIES, EVENT_ZONES, Zone, city_agency, copyright_holder, source_outlet
from helpers.normalize import fold_text
from helpers.sentences import split_sentences

_STAFF = tuple(fold_text(w) for w in BYLINE_STAFF_WORDS)
#: An outlet's name is short ("وكالة الأنباء العراقية"، "المغرب اليوم"): a longer line is a headline.
OUTLET_MAX_WORDS = 5
#: Words in the names of outlets, not of people.
OUTLET_WORDS = frozenset(fold_text(w) for w in (
    "نيوز", "نت", "وكالة", "صحيفة", "جريدة", "قناة", "شبكة", "موقع", "راديو", "إذاعة", "تلفزيون", "برس", "بوست", "تايمز", "اليوم"))
_FOLDED_WEEKDAY = {fold_text(n): wd for wd, names in WEEKDAYS.items() for n in names}
#: Byline rules whose dates are not the publication date (:func:`helpers.furniture.zones`).
NOT_PUBLISHED = ("update line",)


@dataclass(frozen=True)
class Inferred:
    value: str  # "" when unknown
    basis: str
    confidence: str  # "high", "medium", "low", or "" when unknown


def _zone_text(text: str, zone: Zone) -> str:
    return text[zone.start:zone.end]


_DIGIT = re.compile(r"\d")


def _full_dates(text: str, zone: Zone) -> list[DateMention]:
    """Dates written out in full (day, month and year) inside a zone.

    Without a publication date to count from, only a date whose year is written says which
    day it is, and years are written in digits: a zone without digits has none (tested)."""
    chunk = _zone_text(text, zone)
    if not _DIGIT.search(chunk):
        return []
    return [m for m in find_dates(chunk) if _is_full(m)]


def _is_full(m: DateMention) -> bool:
    return m.precision == "day" and m.earliest is not None


def infer_published(text: str, zones: list[Zone], body: Body | None = None) -> Inferred:
    """The publication date the text itself states or implies (see the module docstring).

    ``body`` is the article's event sentences (:class:`~helpers.body.Body`, made from the
    zones when not given): their dates are the body's, found once for both stages."""
    for z in zones:
        if z.zone == "byline" and z.rule.startswith("dateline"):
            # in two calendars, the Gregorian date is the civil one: a printed Hijri date may
            # differ from the tables by a day or two (months begin with the sighted moon)
            for m in sorted(_full_dates(text, z), key=is_hijri):
                return Inferred(m.earliest.isoformat(), f"dateline: {m.text}", "high")
    if body is None:
        body = Body((text[s:e], s) for z in zones if z.zone in EVENT_ZONES for s, e in split_sentences(text, z.start, z.end))
    # the full dates of the body, with their article offsets, in text order
    in_body = [(body.in_article(m.start), m) for m in body.dates(None) if _is_full(m)]
    for start, m in in_body:
        zone_start = next(z.start for z in zones if z.start <= start < z.end)
        if re.search(r"اليوم[\s،,:\-–]*$", fold_text(text[max(zone_start, start - 12):start])):
            return Inferred(m.earliest.isoformat(), f"the text calls it today: اليوم، {m.text}", "high")
    in_bylines = [(z.start + m.start, m) for z in zones if z.zone == "byline" and not z.rule.startswith(NOT_PUBLISHED)
                  for m in _full_dates(text, z)]
    full = [m for _, m in sorted(in_bylines + in_body, key=lambda pair: pair[0])]
    if full:
        latest = max(full, key=lambda m: m.earliest)  # the first of equal dates
        folded = body.folded
        for w in weekdays_alone(folded):
            if not w.group("rel") and _FOLDED_WEEKDAY[w.group("wd")] == latest.earliest.weekday():
                s, e = folded.span(*w.span("wd"))
                return Inferred(
                    latest.earliest.isoformat(),
                    f"the latest full date in the text ({latest.text}) is a "
                    f"{latest.earliest.strftime('%A')}, and the text speaks of {folded.original[s:e]}",
                    "medium",
                )
    return Inferred("", "the text states no dateline, no date called today, and no full date "
                        "confirmed by a weekday: give the date in manifest.csv", "")


def _outlet_from_parts(parts: list[str]) -> str:
    keep = []
    for part in parts:
        p = part.strip(" ()|:-–—ـ/").strip()
        f = fold_text(p)
        if not p or f in CITIES or any(f == s or f.startswith(s + " ") for s in _STAFF):
            continue
        if ":" in p and fold_text(p.split(":")[0].strip()) in CITIES:
            continue  # "بغداد: فاضل النشمي": a correspondent in a city, not an outlet
        if len(p.split()) > OUTLET_MAX_WORDS:
            continue  # a headline above the article, not a name
        keep.append(p)
    return keep[-1] if keep else ""


def looks_like_a_person(name: str) -> bool:
    """Whether a name in a byline reads as a reporter's: two or three words, the first without
    the article («أحمد السهيل»، «عثمان المختار»), no digit and no word of an outlet («نيوز»،
    «وكالة»، «اليوم»). Outlets mostly begin with the article («المدى»، «الصباح الجديد») or hold
    one of those («شفق نيوز»، «بغداد اليوم»); a name that still only looks like a person gives way
    only to an outlet the page's own copyright or source line names."""
    words = fold_text(name).split()
    return 2 <= len(words) <= 3 and not words[0].startswith("ال") and not any(c.isdigit() for c in name) \
        and not any(w in OUTLET_WORDS for w in words)


def infer_outlet(text: str, zones: list[Zone]) -> Inferred:
    """The outlet named in a byline or an opening dateline ("بغداد - المغرب اليوم", "شفق نيوز/"),
    else in a copyright line ("© 2021 الشرق الأوسط"), else in a source line at the foot ("المصدر :
    الجزيرة + وكالات"). A byline that names a reporter ("بغداد - أحمد السهيل") gives way to those
    lines."""
    from_byline = None
    for z in zones:
        if z.zone != "byline" or z.rule.startswith(("tweet", "dateline (a date", "time stamp", *NOT_PUBLISHED)):
            continue
        line = _zone_text(text, z)
        if "|" in line and line.lstrip().startswith("("):
            parts = [line.strip().lstrip("(").split("|")[0]]
        elif agency := city_agency(line):
            parts = [agency]
        else:
            parts = re.split(r"\s*[-–—ـ/]\s*", line)
        outlet = _outlet_from_parts(parts)
        if outlet:
            from_byline = Inferred(outlet, f"byline: {line.strip()}", "low")
            break
    if from_byline is not None and not looks_like_a_person(from_byline.value):
        return from_byline
    for rule, name_in in (("copyright line", copyright_holder), ("source line", source_outlet)):
        for z in zones:
            if z.rule == rule:
                line = _zone_text(text, z)
                holder = name_in(line)
                if holder:
                    return Inferred(holder, f"{rule}: {line.strip()}", "low")
    return from_byline or Inferred("", "no byline, copyright line or source line names an outlet: give it in manifest.csv", "")


#: A date in an address: year, month and day as path parts or joined by - _ . ("/2020/04/07/",
#: "/2020/4/7/", "-2020-04-07-"), or as eight digits alone ("/20200407/"); years of this century.
_URL_DATE = re.compile(r"(?<![\d])(20\d\d)(?:[/\-_.](\d{1,2})[/\-_.](\d{1,2})|(\d\d)(\d\d))(?!\d)")


def date_in_url(url: str) -> Inferred | None:
    """The publication date an article's address carries, or None: the first year, month and day
    in it that make a date (an id of digits is no date: "/289346", "/1045096522")."""
    for m in _URL_DATE.finditer(url):
        year, month, day = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
        try:
            day_of = dt.date(int(year), int(month), int(day))
        except ValueError:
            continue
        return Inferred(day_of.isoformat(), f"the address: {m.group()}", "url")
    return None

"""Which parts of a scraped article are the article, and which are the page around it.

Every character of an article belongs to one zone:

* ``body``: the journalist's text; events come from here,
* ``quote``: embedded posts (tweets) quoted in the article; events may come from here too,
* ``title``: the headline,
* ``byline``: datelines, bylines, "CITY - OUTLET" and "CITY (AGENCY) -" lines, update lines
  ("آخر تحديث: …"), time stamps ("منذ 3 ساعات"), tweet signatures,
* ``caption``: photo captions (a line ending with a photo credit),
* ``boilerplate``: breadcrumbs, "اقرأ أيضاً" related links, "قد يهمك أيضاً" / "أخبار ذات صلة"
  blocks and the unrelated headlines that follow them, "View on …" links, copyright and source
  lines, page controls ("حجم الخط"، "شارك الخبر"، "فيسبوك تويتر واتساب").

The rules are facts of how Arabic news pages are laid out, not of any one site: word lists
below are the markers such pages print; :func:`zones` applies them line by line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from helpers.dates import find_dates
from helpers.normalize import fold_text
from helpers.wordscan import alternation

EVENT_ZONES = ("body", "quote")

#: Lines that open a block of links to other articles (matched on the folded line start).
RELATED_MARKERS = (
    "اقرأ أيضا", "اقرأ/ي أيضا", "إقرأ أيضا", "اقرئي أيضا", "اقرأ المزيد", "اقرأ كذلك",
    "قد يهمك أيضا", "قد يهمك", "قد يعجبك أيضا", "قد يعجبك", "يهمك أيضا",
    "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "ذات صلة",
    "شاهد أيضا", "شاهد أيضاً", "طالع أيضا", "تابع أيضا", "المزيد من الأخبار",
    "آخر الأخبار", "أخر الأخبار", "اخر الاخبار", "الأكثر قراءة", "الأخبار الأكثر قراءة",
    "الأكثر مشاهدة", "تابعونا على", "تابعوا", "اشترك في", "اشترك الآن",
    "View on", "Read more", "Related", "Read also",
)
#: Photo credits that end a caption line: agencies, platforms, and the words for file photos.
PHOTO_CREDITS = (
    "AFP", "Reuters", "AP", "Getty", "Getty Images", "EPA", "Anadolu", "ANSA", "Xinhua",
    "أ ف ب", "أ.ف.ب", "فرانس برس", "رويترز", "أسوشيتد برس", "الأناضول", "شينخوا", "إ ب أ",
    "أرشيفية", "أرشيف", "صورة أرشيفية", "صورة تعبيرية", "تعبيرية", "فيسبوك", "تويتر", "إكس",
    "انستغرام", "إنستغرام", "مواقع التواصل", "مواقع التواصل الاجتماعي", "وكالات", "إنترنت",
    "الإنترنت", "يوتيوب", "متداولة", "صورة متداولة", "خاص",
)
#: Words of a byline that are not an outlet's name.
BYLINE_STAFF_WORDS = ("فريق التحرير", "هيئة التحرير", "التحرير", "خاص", "وكالات", "مراسل", "مراسلنا", "متابعات")
#: Cities that open datelines ("بغداد - المغرب اليوم"): a city is where, not who.
DATELINE_CITIES = (
    "بغداد", "أربيل", "اربيل", "البصرة", "الموصل", "كركوك", "النجف", "كربلاء", "السليمانية",
    "الأنبار", "الرمادي", "الفلوجة", "دهوك", "تكريت", "بعقوبة", "الحلة", "الناصرية", "العمارة",
    "الكوت", "الديوانية", "السماوة", "دمشق", "بيروت", "عمان", "عمّان", "القاهرة", "الرياض",
    "جدة", "الدوحة", "أبوظبي", "أبو ظبي", "دبي", "الكويت", "المنامة", "مسقط", "صنعاء", "عدن",
    "الخرطوم", "طرابلس", "تونس", "الجزائر", "الرباط", "الدار البيضاء", "نواكشوط", "القدس",
    "رام الله", "غزة", "طهران", "أنقرة", "إسطنبول", "اسطنبول", "واشنطن", "نيويورك", "لندن",
    "باريس", "موسكو", "برلين", "بروكسل", "جنيف",
)
#: Copyright lines at the foot of a page ("© 2021 الشرق الأوسط. جميع الحقوق محفوظة"): the page's,
#: not the article's; the name in them is the outlet's.
COPYRIGHT_MARKERS = ("©", "(c)", "Copyright", "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "جميع حقوق النشر", "All rights reserved")
BREADCRUMB_SEPARATORS = ("»", "›", " > ", "«")
HOME_WORDS = ("الرئيسية", "الصفحة الرئيسية", "Home")

#: A line this short, without a full stop, at the head of the page is a title, tag or byline.
HEAD_LINE_MAX_WORDS = 25
BYLINE_MAX_WORDS = 7
#: A line after a related-links marker resumes the article only if it reads like a paragraph.
PARAGRAPH_MIN_WORDS = 25

CITIES = frozenset(fold_text(c) for c in DATELINE_CITIES)
_FOLDED_MARKERS = tuple(sorted({fold_text(m).lower() for m in RELATED_MARKERS}, key=len, reverse=True))
_CREDIT_ALT = alternation(fold_text(c) for c in PHOTO_CREDITS)
_CREDIT_END = re.compile(rf"(?:\(\s*(?:{_CREDIT_ALT})\s*\)|[-–—ـ]\s*(?:{_CREDIT_ALT}))\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!][\"'»”)\]]*\s*$")
_TWEET_SIGNATURE = re.compile(
    r"[—–]\s*[^—–\n]{0,80}(?:\n+[^—–\n@]{0,80}){0,4}?\(@[A-Za-z0-9_]{1,15}\)\s*"
)
_TWEET_MARKUP = re.compile(r"pic\.twitter\.com/|https?://t\.co/|(?<!\w)[@#][A-Za-z0-9_]{2,}")
_LEADING_DATELINE = re.compile(
    r"\s*(?:"
    r"(?P<paren>\([^()\n]{2,80}\)\s*[-–—ـ:]+)"  # (OUTLET | SECTION)-
    r"|(?P<slash>(?:[^\s/\n.،:][^/\n.،:]{0,40}?\s*/\s*){1,3})"  # CITY/ OUTLET/
    r"|(?P<city>[^\s()/\n.،:][^()/\n.،:]{0,30}?)\s*\(\s*(?P<agency>[^()|\n]{2,40}?)\s*\)\s*[-–—ـ:]+"  # CITY (AGENCY) -
    r")\s*"
)


@dataclass(frozen=True)
class Zone:
    start: int
    end: int
    zone: str
    rule: str  # which rule put it there, for the audit


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text`` (any line ending), trimmed of outer spaces."""
    spans = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


@lru_cache(maxsize=64)
def _words(line: str) -> int:
    """How many words a line has (asked of each line by several tests of its kind)."""
    return len(line.split())


#: A marker opens its line: only this much of a line is folded to look for one.
MARKER_HEAD = 128


def related_marker(line: str) -> str | None:
    """The related-links marker a line opens with, or None."""
    line = line.lstrip()
    f = fold_text(line[:MARKER_HEAD]).lower().rstrip() if len(line) > MARKER_HEAD else fold_text(line).lower().rstrip()
    if not f.startswith(_FOLDED_MARKERS):  # one test for all of them first: most lines open with none
        return None
    for marker in _FOLDED_MARKERS:
        if f.startswith(marker):
            rest = f[len(marker):]
            if not rest or not rest[0].isalnum() or marker[-1] == "/":
                return marker
    return None


def is_caption(line: str) -> bool:
    """A short line without a full stop that ends with a photo credit."""
    return _words(line) <= HEAD_LINE_MAX_WORDS + 10 and bool(_CREDIT_END.search(fold_text(line)))


_COPYRIGHT = re.compile(alternation(fold_text(m).lower() for m in COPYRIGHT_MARKERS))
#: A copyright line is short: a longer line is not folded to look for a marker.
COPYRIGHT_MAX_CHARS = 160
#: Something every marker holds, as printed (folding leaves «حقوق» as it is).
_COPYRIGHT_HINTS = ("©", "حقوق", "(c)", "(C)", "opyright", "ights")


def is_copyright(line: str) -> bool:
    """A short line with a copyright sign or "all rights reserved"."""
    if len(line) > COPYRIGHT_MAX_CHARS or not any(hint in line for hint in _COPYRIGHT_HINTS):
        return False  # most lines: no need to fold them
    return _words(line) <= BYLINE_MAX_WORDS * 2 and bool(_COPYRIGHT.search(fold_text(line).lower()))


def copyright_holder(line: str) -> str:
    """The name a copyright line gives ("© 2021 الشرق الأوسط. جميع الحقوق محفوظة" → "الشرق الأوسط";
    "جميع الحقوق محفوظة لموقع السومرية نيوز" → "السومرية نيوز"), or ""."""
    rest = _COPYRIGHT_NOISE.sub(" ", line)
    rest = _HOLDER_FOR.sub("", rest.strip(_HOLDER_PUNCTUATION))
    return " ".join(rest.strip(_HOLDER_PUNCTUATION).split())


#: What a copyright line holds besides the name: the markers (as printed), years.
_COPYRIGHT_NOISE = re.compile(
    r"\d{4}|" + alternation(m for m in COPYRIGHT_MARKERS), re.IGNORECASE)
#: «لموقع»، «لـ»، and the «ل» of «لوكالة» before the name: "reserved *for* the site of …".
_HOLDER_FOR = re.compile(r"^(?:لموقع\s+|لـ\s*|ل(?=(?:صحيفة|وكالة|قناة|شبكة)\s))")
_HOLDER_PUNCTUATION = " .,،:;|-–—()"


#: A line crediting where the story came from, at its foot: "المصدر : الجزيرة + وكالات".
SOURCE_LINE = re.compile(r"^\s*(?:ال)?(?:مصدر|مصادر)\s*[:：]\s*(?P<names>\S.*?)\s*$")
SOURCE_MAX_WORDS = 8
#: Sources that name no outlet: "المصدر: وكالات".
GENERIC_SOURCES = frozenset(fold_text(w) for w in ("وكالات", "وكالات الأنباء", "مواقع", "مواقع إلكترونية",
                                                   "وسائل إعلام", "مواقع التواصل الاجتماعي", "متابعات"))


def is_source_line(line: str) -> bool:
    """A short line that begins «المصدر:»."""
    return ("مصدر" in line[:12] or "مصادر" in line[:12]) and _words(line) <= SOURCE_MAX_WORDS \
        and SOURCE_LINE.match(line) is not None


def source_outlet(line: str) -> str:
    """The first outlet a source line names ("المصدر : الجزيرة + وكالات" → "الجزيرة"), or ""."""
    m = SOURCE_LINE.match(line)
    if not m:
        return ""
    for name in re.split(r"\s*[+،,/|]\s*|\s+و(?=وكال)", m.group("names")):
        name = name.strip(_HOLDER_PUNCTUATION)
        if name and fold_text(name) not in GENERIC_SOURCES:
            return name
    return ""


def is_breadcrumb(line: str) -> bool:
    f = line.strip()
    return any(sep in f for sep in BREADCRUMB_SEPARATORS) and (
        _words(f) <= 12 or any(f.startswith(h) for h in HOME_WORDS)
    )


#: Words that label a publication date at the head of a page ("نشر بتاريخ: 2020/08/23").
DATELINE_LABELS = ("نشر بتاريخ", "نشر في", "تاريخ النشر", "بتاريخ")
_DATELINE_LABEL = re.compile(rf"^\s*(?:{alternation(fold_text(w) for w in DATELINE_LABELS)})\s*[:：\-–]?\s*")
#: Words that label an update date ("آخر تحديث: الخميس 26 مارس 2020"): a line of the page, not
#: the publication date, nor a title or an outlet.
UPDATE_LABELS = ("آخر تحديث", "اخر تحديث", "تم التحديث", "تاريخ التحديث", "محدث", "تحديث")
#: How an update line can begin, as printed (a quick test).
_UPDATE_HEADS = tuple({w.split()[0] for w in UPDATE_LABELS} | {"أخر", "تحديث"})
_UPDATE_LABEL = re.compile(rf"^\s*(?:{alternation(fold_text(w) for w in UPDATE_LABELS)})\s*(?:في|بتاريخ)?\s*[:：\-–]?\s*")
#: A time of day, with what may follow it: a morning or evening mark («ص»، «م»، «مساء»), a zone
#: («بتوقيت بغداد»، «GMT+3»).
_TIME = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|صباحا|مساء|مساءا|ظهرا|am|pm)(?![^\W\d_]))?"
    r"(?:\s*(?:بتوقيت\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|gmt|utc)(?:\s*[+-]\s*\d{1,2})?)?", re.IGNORECASE)
#: A time stamp counted back in hours or minutes ("منذ 3 ساعات"، "قبل ساعتين"): no date.
_TIME_AGO = re.compile(
    r"^\s*(?:منذ|قبل)\s+(?:\d+\s+|[^\W\d_]+\s+)?(?:ساعه|ساعات|ساعتين|ساعتان|دقيقه|دقائق|دقيقتين|ثانيه|ثوان|ثواني)\s*$")
#: The controls a page prints around an article (share, print, font size): a line of only these
#: is none of the article.
PAGE_CONTROLS = (
    "حجم الخط", "تكبير الخط", "تصغير الخط", "طباعة", "اطبع", "شارك", "شارك الخبر", "شارك المقال", "مشاركة",
    "شارك هذا المقال", "شارك هذا الخبر", "شارك المقالة", "شارك الموضوع",
    "أرسل لصديق", "نسخ الرابط", "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تلغرام", "تيليجرام",
    "لينكدإن", "بريد إلكتروني", "Facebook", "Twitter", "WhatsApp", "Telegram", "Email", "Print",
)
_PAGE_CONTROL = re.compile(rf"(?:{alternation(fold_text(w).lower() for w in PAGE_CONTROLS)})(?![^\W\d_])|[aA][+-]?(?![^\W\d_])|[+\-:|/•·]")
#: Page controls are few words: a longer line is text.
PAGE_CONTROLS_MAX_WORDS = 8
#: How a line of page controls can begin (a quick test).
_CONTROL_HEADS = frozenset(fold_text(w).lower().split()[0] for w in PAGE_CONTROLS) | {"a", "a+", "a-", "+", "-", "|", "•", "·"}


def is_page_controls(line: str) -> bool:
    """A short line of nothing but the controls a page prints ("حجم الخط"، "شارك الخبر:"،
    "فيسبوك تويتر واتساب")."""
    if _words(line) > PAGE_CONTROLS_MAX_WORDS or fold_text(line.split(None, 1)[0]).lower().rstrip(":") not in _CONTROL_HEADS:
        return False  # most lines: no need to fold them whole
    return not _PAGE_CONTROL.sub(" ", fold_text(line).lower()).strip()


def is_time_stamp(line: str) -> bool:
    """A line that says only how many hours or minutes ago a page was published ("منذ 3 ساعات")."""
    return _words(line) <= 4 and line.lstrip().startswith(("منذ", "قبل")) and _TIME_AGO.match(fold_text(line)) is not None


def is_update_line(line: str) -> bool:
    """A line that gives the date a page was last updated ("آخر تحديث: الخميس 26 مارس 2020")."""
    if _words(line) > DATELINE_MAX_WORDS + 3 or not line.lstrip().startswith(_UPDATE_HEADS):
        return False  # most lines: no need to fold them
    folded = fold_text(line)
    label = _UPDATE_LABEL.match(folded)
    return label is not None and label.end() < len(folded) and is_date_line(folded[label.end():])
#: A dateline is short: a weekday, a date in two calendars ("الثلاثاء 27 تموز 2021 - 17 ذو الحجة
#: 1442 هـ") and a time at most.
DATELINE_MAX_WORDS = 14
#: ... and one longer than this writes its dates in digits.
DATELINE_MAX_WORDS_IN_WORDS = 8


def is_date_line(line: str) -> bool:
    """A line that is a date and nothing else (times, punctuation and a label such as «نشر
    بتاريخ» aside)."""
    words = _words(line)
    if words > DATELINE_MAX_WORDS or (words > DATELINE_MAX_WORDS_IN_WORDS and not _DIGIT.search(line)):
        return False
    label = _DATELINE_LABEL.match(fold_text(line))
    if label:
        line = " " * label.end() + fold_text(line)[label.end():]
    rest = line
    for m in find_dates(line):
        rest = rest.replace(m.text, " ")
    return rest != line and not re.search(r"[^\W\d_]", _TIME.sub("", fold_text(rest)))


def is_byline(line: str) -> bool:
    """"CITY - OUTLET", "OUTLET ـ فريق التحرير", "بقلم …": short, no full stop, a dash inside."""
    if _words(line) > BYLINE_MAX_WORDS or _SENTENCE_END.search(line):
        return False
    # a tatweel standing between words is used as a dash, so test the line before folding
    return bool(re.search(r"\S\s*[-–—ـ/]\s*\S", line)) or fold_text(line).startswith(("بقلم", "كتب ", "كتبت "))


def is_city_byline(line: str) -> bool:
    """"CITY - OUTLET" ("واشنطن - رويترز"): a dateline city, a dash, and a name of a few words;
    an agency there is who wrote, not a photo credit."""
    parts = re.split(r"\s*[-–—ـ/]\s*", line.strip(), maxsplit=1)
    return len(parts) == 2 and fold_text(parts[0]) in CITIES and 1 <= _words(parts[1]) <= 4


def is_paragraph(line: str) -> bool:
    """Reads like article prose: ends with a full stop, or is long."""
    return bool(_SENTENCE_END.search(line)) or _words(line) >= PARAGRAPH_MIN_WORDS


def is_tweetlike(line: str) -> bool:
    """Twitter markup, or a line in Latin script quoted inside an Arabic article."""
    if _TWEET_MARKUP.search(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) > 0.8 * len(letters)


def _tweet_signatures(text: str) -> list[tuple[int, int]]:
    """Spans of "— Author (@handle) Month D, YYYY" signatures that close embedded tweets."""
    spans = []
    for m in _TWEET_SIGNATURE.finditer(text):
        after = text[m.end():m.end() + 40]
        dates = find_dates(after)
        end = m.end()
        if dates and dates[0].start <= 2:
            end = m.end() + dates[0].end
        spans.append((m.start(), end))
    return spans


def _leading_dateline(text: str, start: int, end: int) -> int:
    """Length of an inline dateline opening a paragraph ("شفق نيوز/ ", "(OUTLET | …)- ", "بغداد
    (رويترز) - ")."""
    m = _LEADING_DATELINE.match(text, start, end)
    if not m:
        return 0
    if m.group("city") and fold_text(m.group("city").strip()) not in CITIES:
        return 0  # "CITY (AGENCY) -" opens with a city
    part = m.group("paren") or m.group("slash") or m.group(0)
    if _words(part) > 8 or m.end() >= end:
        return 0
    return m.end() - start


def city_agency(line: str) -> str:
    """The agency of a dateline "CITY (AGENCY) -" ("بغداد (رويترز) -" → "رويترز"), or ""."""
    if "(" not in line:
        return ""
    m = _LEADING_DATELINE.fullmatch(line.strip() + " ")
    return m.group("agency").strip() if m and m.group("city") and fold_text(m.group("city").strip()) in CITIES else ""


#: Lines known by a test of their own, in the order they are tried: (test, zone, rule).
LINE_KINDS = (
    (is_breadcrumb, "boilerplate", "breadcrumb navigation"),
    (is_copyright, "boilerplate", "copyright line"),
    (is_source_line, "boilerplate", "source line"),
    (is_date_line, "byline", "dateline (a date alone on its line)"),
    (is_update_line, "byline", "update line (not the publication date)"),
    (is_time_stamp, "byline", "time stamp (hours or minutes ago)"),
    (is_page_controls, "boilerplate", "page controls (share, print, font size)"),
)


def _line_kind(line: str) -> tuple[str, str] | None:
    """(zone, rule) of the first of :data:`LINE_KINDS` that knows the line, or None."""
    for test, zone, rule in LINE_KINDS:
        if test(line):
            return zone, rule
    return None


def zones(text: str) -> list[Zone]:
    """Split ``text`` into zones (see the module docstring), in order, covering every line."""
    lines = _lines(text)
    out: list[Zone] = []
    signatures = _tweet_signatures(text)
    in_related = False
    seen_body = False
    previous_line, previous_zone = None, None

    def add(s: int, e: int, zone: str, rule: str) -> None:
        out.append(Zone(s, e, zone, rule))

    for s, e in lines:
        line = text[s:e]
        sig = next(((a, b) for a, b in signatures if a < e and b > s), None)
        if sig is not None:
            a = max(sig[0], s)
            if a > s:
                add(s, a, "quote", "tweet text before its signature")
            add(a, e, "byline", "tweet signature")
            # the tweet's earlier lines: tweet-like lines just before this one
            j = len(out) - (3 if a > s else 2)
            while j >= 0 and out[j].zone == "body" and is_tweetlike(text[out[j].start:out[j].end]):
                out[j] = Zone(out[j].start, out[j].end, "quote", "tweet text (Twitter markup or Latin script before a signature)")
                j -= 1
            continue
        if any(a < s and b > s for a, b in signatures):
            add(s, e, "byline", "tweet signature")
            continue
        marker = related_marker(line)
        if marker is not None:
            alone = not fold_text(line).lower().strip()[len(marker):].strip(" :：-–—")
            add(s, e, "boilerplate", f"related-links marker ({line[:40].strip()})")
            in_related = alone
            continue
        if in_related:
            if is_paragraph(line) and not line.rstrip().endswith(("…", "...")):
                in_related = False
            else:
                add(s, e, "boilerplate", "headline in a related-links block")
                continue
        repeated = line == previous_line and previous_zone in ("caption", "title", "byline")
        kind = None if repeated else _line_kind(line)
        if repeated:
            add(s, e, previous_zone, "repeated line")
        elif kind is not None:
            add(s, e, *kind)
        elif is_caption(line) and not _SENTENCE_END.search(line) and (seen_body or not is_city_byline(line)):
            add(s, e, "caption", "ends with a photo credit")
        elif not seen_body and is_byline(line):
            add(s, e, "byline", "byline (short line with a dash or slash)")
        elif not seen_body and not is_paragraph(line) and _words(line) <= HEAD_LINE_MAX_WORDS:
            has_title = any(z.zone == "title" for z in out)
            add(s, e, "byline" if has_title else "title", "tag line above the article" if has_title else "first short line")
        else:
            cut = _leading_dateline(text, s, e) if not seen_body else 0
            if cut:
                add(s, s + cut, "byline", "dateline opening the first paragraph")
            add(s + cut, e, "body", "article text")
            seen_body = True
        previous_line, previous_zone = line, out[-1].zone
    return out

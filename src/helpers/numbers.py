"""Numbers in Arabic news text: digits, number words, vague quantities, duals and fractions.

Public API (fixed)::

    find_numbers(text) -> list[NumberMention]

Each mention covers the longest phrase that denotes one value ("3 آلاف و500" is 3500,
"خمسة آلاف ومئتي" is 5200), mentions come back in text order and never overlap. Exact numbers
have ``value == low == high``; vague ones ("بضعة آلاف", "المئات") have ``value`` None and a range;
"أكثر من 500" has low 501 and high None. ``kind`` says what the number is, so that callers can
skip what is never a count: ``cardinal``, ``vague``, ``fraction``, ``ordinal``, ``percent``,
``year`` and ``date_part`` (inside a date), ``name`` (COVID-19, F-16), ``handle`` (inside a web
address or an @handle).

pyarabic's ``text2number`` is not enough here (see tests/test_numbers.py): it misses مئتي,
ignores digits inside phrases and stops at "خمسة آلاف ومئتي". The word lists are in
:mod:`helpers.number_words`; matching runs on the folded copy from :mod:`helpers.normalize`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from helpers import number_words as W
from helpers.dates import dates_in, windows_around
from helpers.normalize import fold, fold_text
from helpers.wordscan import alternation, occurrences, with_proclitics


class NumberMention(NamedTuple):
    """Immutable: a named tuple (millions are made on a large corpus, and a frozen dataclass
    takes three times as long to make)."""

    start: int
    end: int
    text: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    approx: bool
    kind: str = "cardinal"
    unit: str = ""  # the folded word after the number ("جندي", "كلم"), "" at the end of a clause

    def shifted(self, by: int) -> "NumberMention":
        """The same mention with its offsets moved back by ``by`` (into a part of the text)."""
        return NumberMention(self.start - by, self.end - by, self.text, self.value, self.low, self.high,
                             self.approx, self.kind, self.unit)


def _fold_keys(table: dict) -> dict:
    return {fold_text(k): v for k, v in table.items()}


UNITS = _fold_keys(W.UNITS)
TEEN_ONLY = _fold_keys(W.TEEN_ONLY_UNITS)
TEEN_TENS = _fold_keys(W.TEEN_TENS)
TENS = _fold_keys(W.TENS)
HUNDREDS = _fold_keys(W.HUNDREDS) | {
    fold_text(stem) + fold_text(h): n * 100
    for stem, n in W.HUNDRED_STEMS.items() for h in ("مئة", "مائة")
}
SCALES = _fold_keys(W.SCALES)
VAGUE = _fold_keys(W.VAGUE)
FEW = _fold_keys(W.FEW)
FRACTIONS = _fold_keys(W.FRACTIONS)
ORDINALS = _fold_keys(W.ORDINALS)
ZERO = _fold_keys(W.ZERO)
PROCLITICS = tuple(fold_text(p) for p in W.PROCLITICS)
APPROX_BEFORE = _fold_keys(W.APPROX_BEFORE)
APPROX_AFTER = _fold_keys(W.APPROX_AFTER)
PERCENT_AFTER = tuple(fold_text(p) for p in W.PERCENT_AFTER)
DUAL_NOUNS = {}
for _noun, _plural in W.COUNTED_PERSON_NOUNS.items():
    _stem = fold_text(_noun)
    DUAL_NOUNS[_stem + "ان"] = _stem
    if _plural == "broken":
        DUAL_NOUNS[_stem + "ين"] = _stem
SINGULAR_NOUNS = {fold_text(n) for n in W.COUNTED_PERSON_NOUNS}
#: The nouns a list of counted people can start from, singular or plural: "عسكريان أمريكيان
#: وجندي بريطاني"، "3 جنود أمريكيين وجندي بريطاني".
LIST_HEAD_NOUNS = SINGULAR_NOUNS | {fold_text(p) for p in W.BROKEN_PLURALS.values()} | {
    fold_text(n) + end for n, plural in W.COUNTED_PERSON_NOUNS.items() if plural == "sound" for end in ("ين", "ون")}
#: «أحد»/«إحدى» before a plural of counted people is "one of them" ("مقتل أحد جنودها"): the plural
#: (broken, or sound, bare or in construct before a pronoun), with or without the article or a pronoun.
ONE_OF_PLURALS = {fold_text(p) for p in W.BROKEN_PLURALS.values()} | {
    fold_text(n) + end for n, plural in W.COUNTED_PERSON_NOUNS.items() if plural == "sound" for end in ("ين", "ي")}
_ONE_OF_NOUN = re.compile(rf"\s+(?:ال)?(?P<w>{alternation(ONE_OF_PLURALS)})(?:ها|هم|ه|نا)?(?!\w)")
#: Every word that can begin a number phrase, bare or with a proclitic (a filter before parsing).
LEXICON = with_proclitics(
    frozenset().union(UNITS, TEEN_ONLY, TENS, HUNDREDS, SCALES, VAGUE, FEW, FRACTIONS, ORDINALS, ZERO, DUAL_NOUNS),
    PROCLITICS,
)
#: Up to three words (the counted noun and its adjectives), then و and a singular person noun,
#: masculine or feminine ("جنديان أميركيان ومجندة بريطانية").
JOINED_SINGULAR = re.compile(
    r"((?:\s*[^\W\d_]+){0,3}?)\s+و((?:" + alternation(SINGULAR_NOUNS) + r")ه?)(?!\w)"
)
#: How far after a counted noun its joined singular may end.
JOINED_REACH = 80


#: (a number may stand between slashes, as some agencies write it: "نحو /800/ جندي")
_APPROX_BEFORE_RE = re.compile(rf"(?<!\w)[وفبل]?(?P<w>{alternation(APPROX_BEFORE)})\s*(?:ال|/)?$")
_APPROX_AFTER_RE = re.compile(rf"\s*(?:[^\W\d_]+\s+)?(?P<w>{alternation(APPROX_AFTER)})(?!\w)")
#: How far from a digit a date phrase holding it can reach ("الأربعاء 18 آذار/ مارس 2020 م").
DATE_REACH = 40
#: How much text is tokenised at first for one number phrase; a phrase that runs to the end
#: of it ("تسعمئة و تسع و تسعون ألف و …") is parsed again with four times as much.
PHRASE_REACH = 32
_SPACE = re.compile(r"\s")
_TOKEN = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*|[^\W\d_]+|\S")
_DIGITS = re.compile(r"\d{1,3}(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?|\d+(?:[.\u066b]\d+)?")
_WEB = re.compile(
    r"(?:https?://|www\.)\S+|\b[A-Za-z][A-Za-z0-9.-]*\.(?:com|net|org|gov|mil|iq|info)\b\S*|[@#][A-Za-z0-9_]+",
    re.I,
)
_NAME_DASH = re.compile(r"[^\W\d_]+\s?[-–—]\s?$")
_LETTER_NAME = re.compile(rf"(?<!\w)(?:{'|'.join(fold_text(n) for n in W.LATIN_LETTER_NAMES)})\s?[-–—]?\s?$")


@dataclass
class _Tok:
    text: str
    start: int  # in the folded text
    end: int


@dataclass
class _Atom:
    kind: str  # digits, unit, teen_only, ten, hundred, scale, vague, few, fraction, ordinal, zero
    value: float | int
    joined: bool  # written with a leading "و"
    start: int  # folded offset where the number itself begins (after any proclitic)
    end: int
    scale_number: str = ""  # for scales: singular, dual, plural
    vague: tuple | None = None


def _lookup(word: str):
    """(kind, value, extra) of a bare number word, or None."""
    if word in ZERO:
        return "zero", 0, None
    if word in UNITS:
        return "unit", UNITS[word], None
    if word in TEEN_ONLY:
        return "teen_only", TEEN_ONLY[word], None
    if word in TENS:
        return "ten", TENS[word], None
    if word in HUNDREDS:
        return "hundred", HUNDREDS[word], None
    if word in SCALES:
        mult, number = SCALES[word]
        return "scale", mult, number
    if word in VAGUE:
        return "vague", 0, VAGUE[word]
    if word in FEW:
        return "few", 0, FEW[word]
    if word in FRACTIONS:
        return "fraction", FRACTIONS[word], None
    if word in ORDINALS:
        return "ordinal", ORDINALS[word], None
    return None


def _atom(tokens: list[_Tok], i: int) -> tuple[_Atom, int] | None:
    """The number atom at token ``i`` (with a joined or separate و), and the next token index."""
    tok = tokens[i]
    joined = False
    if tok.text == "و" and i + 1 < len(tokens) and tokens[i + 1].start - tok.end <= 1:
        joined, i, tok = True, i + 1, tokens[i + 1]
    if _DIGITS.fullmatch(tok.text):
        raw = tok.text.replace(",", "").replace("\u066c", "").replace("\u066b", ".")
        value = float(raw) if "." in raw else int(raw)
        return _Atom("digits", value, joined, tok.start, tok.end), i + 1
    found = _lookup(tok.text)
    prefix = 0
    if found is None and not joined:
        for p in PROCLITICS:
            if tok.text.startswith(p) and len(tok.text) > len(p) + 1:
                found = _lookup(tok.text[len(p):])
                if found is not None:
                    prefix = len(p)
                    joined = p == "و"
                    break
    if found is None:
        return None
    kind, value, extra = found
    atom = _Atom(kind, value, joined, tok.start + prefix, tok.end)
    if kind == "scale":
        atom.scale_number = extra
    elif kind in ("vague", "few"):
        atom.vague = extra
    return atom, i + 1


def _phrase(tokens: list[_Tok], i: int):
    """Parse the longest number phrase starting at token ``i``.

    Returns (start, end, value, low, high, kind, next index) in folded offsets, or None.
    """
    first = _atom(tokens, i)
    if first is None:
        return None
    atom, j = first
    start, end = atom.start, atom.end
    if atom.kind in ("fraction", "ordinal"):
        return start, end, atom.value, atom.value, atom.value, atom.kind, j
    if atom.kind == "teen_only":
        nxt = _atom(tokens, j) if j < len(tokens) else None
        if not nxt or nxt[0].kind != "unit" or nxt[0].value != 10 or nxt[0].joined:
            return None
    if atom.kind in ("vague", "few"):
        low, high = atom.vague
        nxt = _atom(tokens, j) if j < len(tokens) else None
        if nxt and not nxt[0].joined and nxt[0].kind in ("scale", "vague", "hundred"):
            # بضعة آلاف, بضع مئات, عشرات الآلاف: the range times the scale after it
            a = nxt[0]
            mult = a.vague[0] if a.kind == "vague" else 100 if a.kind == "hundred" else a.value
            return start, a.end, None, low * mult, high * mult, "vague", nxt[1]
        return start, end, None, low, high, "vague", j
    if atom.kind == "scale":
        if atom.scale_number == "plural":
            low, high = VAGUE.get(tokens[i].text, (atom.value, atom.value * 10 - 1))
            return start, end, None, low, high, "vague", j
        total = atom.value * (2 if atom.scale_number == "dual" else 1)
        current = 0
    else:
        total, current = 0, atom.value
    prev = atom
    while j < len(tokens):
        nxt = _atom(tokens, j)
        if nxt is None:
            break
        a, k = nxt
        if a.kind == "teen_only":  # "مئة و أحد عشر": أحد only counts with عشر after it
            ten = _atom(tokens, k) if k < len(tokens) else None
            if not a.joined or not ten or ten[0].kind != "unit" or ten[0].value != 10 or ten[0].joined:
                break
            a = _Atom("ten", a.value + 10, True, a.start, ten[0].end)
            k = ten[1]
        if a.kind in ("fraction", "ordinal", "vague", "few", "zero", "teen_only"):
            break
        if a.kind == "scale" and not a.joined:
            if prev.kind == "scale" or current == 0:
                break
            if a.scale_number == "dual":
                break
            total += current * a.value
            current = 0
        elif a.kind == "scale":  # "مليون وألف", "مليون و ألفان"
            if prev.kind not in ("scale", "hundred", "ten", "unit", "digits"):
                break
            total += current + a.value * (2 if a.scale_number == "dual" else 1)
            current = 0
        elif a.kind == "unit" and a.value == 10 and not a.joined and prev.kind in ("unit", "teen_only") and prev.value < 10:
            current += 10  # أحد عشر, ثلاثة عشر
        elif a.kind == "hundred" and not a.joined and prev.kind == "unit" and prev.value < 10 and a.value == 100:
            current = current - prev.value + prev.value * 100  # ثلاث مئة
        elif a.joined and a.kind in ("digits", "unit", "ten", "hundred"):
            if a.kind == "digits" and prev.kind != "scale":
                break
            if a.value >= _magnitude(prev, current):
                break
            current += a.value
        else:
            break
        prev = a
        end = a.end
        j = k
    value = total + current
    if isinstance(value, float) and value.is_integer() and (total or prev.kind == "scale"):
        value = int(value)  # "2.5 مليون" is 2500000
    if atom.kind == "teen_only" and value < 11:
        return None
    return start, end, value, value, value, "cardinal", j


def _in_web_token(f: str, start: int, end: int) -> bool:
    """Whether ``f[start:end]`` lies inside a web address, @handle or #hashtag (looked for only
    in the word around it, not in the whole text)."""
    a = start
    while a > 0 and start - a < 200 and not (f[a - 1].isspace() or f[a - 1] == "\x00"):
        a -= 1
    b = end
    while b < len(f) and b - end < 200 and not (f[b].isspace() or f[b] == "\x00"):
        b += 1
    return any(m.start() <= start < m.end() for m in _WEB.finditer(f, a, b))


def _parse_at(f: str, pos: int):
    """Tokens from ``pos`` on, and the number phrase parsed from the first of them.

    Only a short stretch is tokenised; when the phrase reaches into its last three tokens (a
    joined "و أحد عشر" needs three) the stretch is taken four times longer and parsed again.
    """
    reach = PHRASE_REACH
    while True:
        space = _SPACE.search(f, pos + reach)
        stop = space.start() if space else len(f)
        tokens = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(f, pos, stop)]
        parsed = _phrase(tokens, 0)
        if parsed is None or parsed[-1] < len(tokens) - 3 or stop >= len(f):
            return tokens, parsed
        reach *= 4


def _magnitude(prev: _Atom, current) -> float:
    """The largest value that may follow ``prev`` after و: smaller than what came before."""
    if prev.kind == "scale":
        return prev.value
    if prev.kind == "hundred":
        return 100
    if prev.kind == "ten":
        return 10
    if prev.kind == "unit":
        return 100  # خمسة وعشرون: a ten may follow a unit
    return float("inf")


def _approx(folded: str, start: int, end: int):
    """Approximation words around a number: (new start, new end, bound or None)."""
    before = _APPROX_BEFORE_RE.search(folded, max(0, start - 20), start)
    if before:  # a proclitic (لنحو، وحوالي) stays outside the mention
        return before.start("w"), end, APPROX_BEFORE[before.group("w")]
    after = _APPROX_AFTER_RE.match(folded, end, end + 40)
    if after:
        return start, after.end(), APPROX_AFTER[after.group("w")]
    return start, end, None


def _bounds(value, low, high, bound):
    if bound == "more" and value is not None:
        return value + 1 if isinstance(value, int) else value, None
    if bound == "less" and value is not None:
        return None, value - 1 if isinstance(value, int) else value
    if bound == "at_least" and value is not None:
        return value, None
    return low, high


def _dual(word: str) -> tuple[int, str] | None:
    """(length of any proclitic, singular stem) when ``word`` is a counted noun in the dual."""
    if word in DUAL_NOUNS:
        return 0, DUAL_NOUNS[word]
    for p in PROCLITICS:
        if word.startswith(p) and word[len(p):] in DUAL_NOUNS:
            return len(p), DUAL_NOUNS[word[len(p):]]
    return None


def _one_of(f: str, start: int, end: int) -> tuple[int, str] | None:
    """(length of any proclitic, the plural) when the word at [start, end) is «أحد»/«إحدى» (with a
    proclitic) before a plural of counted people: one of them."""
    word = f[start:end]
    for p in ("", *PROCLITICS):
        if word.startswith(p) and word[len(p):] in TEEN_ONLY:
            m = _ONE_OF_NOUN.match(f, end)
            return (len(p), m.group("w")) if m else None
    return None


#: The word after a number, the counted noun if it has one ("200 جندي", "نحو 30 من المدربين",
#: "/800/ جندي" between slashes).
NEXT_WORD = re.compile(r"[\s\"'«»“”]*/?\s*(?:من\s+)?([^\W\d_]+)")
#: How far after a number its noun is looked for.
NEXT_WORD_REACH = 40


#: Digits grouped by threes with a dot («3.000»، «٣٫٠٠٠»): a decimal, unless it counts people.
_DOT_GROUPED = re.compile(r"\d{1,3}(?:[.\u066b]\d{3})+")


def _counts_people(word: str) -> bool:
    """Whether a word after a number is a noun of counted people (with or without the article),
    who come in whole numbers: a dot grouping the digits before it groups thousands."""
    bare = word[2:] if word.startswith("ال") else word
    return bare in LIST_HEAD_NOUNS


def _next_word(folded: str, end: int) -> str:
    m = NEXT_WORD.match(folded, end, end + NEXT_WORD_REACH)
    return m.group(1) if m else ""


def find_numbers(text: str) -> list[NumberMention]:
    """Every number phrase in ``text``, in order, non-overlapping (see the module docstring)."""
    return numbers_in(fold(text))


def numbers_in(folded, date_spans: list[tuple[int, int]] | None = None) -> list[NumberMention]:
    """:func:`find_numbers` on text already folded (for callers that fold it once).

    Digits that are part of a date are years or date parts, not counts: ``date_spans`` are the
    (original) spans of the text's dates where the caller has found them all; otherwise the
    dates around digits are looked for here."""
    text = folded.original
    f = folded.text
    phrases = []
    done = 0  # folded offset up to which the text is already read
    for word_start, word_end in occurrences(f, folded.words & LEXICON, digits=True):
        if word_start < done:
            continue
        dual = _dual(f[word_start:word_end])
        if dual:
            phrases.append((word_start + dual[0], word_end, 2, 2, 2, "cardinal", dual[1]))
            done = word_end
            continue
        tokens, parsed = _parse_at(f, word_start)
        if parsed is None:
            one_of = _one_of(f, word_start, word_end) if "احد" in f[word_start:word_end] else None
            if one_of:
                phrases.append((word_start + one_of[0], word_end, 1, 1, 1, "cardinal", one_of[1]))
                done = word_end
            continue
        s, e, value, low, high, kind, j = parsed
        done = max(e, tokens[max(j, 1) - 1].end)
        phrases.append((s, e, value, low, high, kind, None))
    # digits can be parts of dates, and so can the numbers after an ordinal day ("التاسع
    # والعشرين من آذار"): read the dates around those only
    anchors = [(s, e) for s, e, _, _, _, kind, _ in phrases if (kind == "cardinal" and f[s].isdigit()) or kind == "ordinal"]
    if date_spans is not None:
        dates = date_spans
    else:
        dates = [(d.start, d.end) for d in dates_in(folded, windows=windows_around(f, anchors, DATE_REACH, DATE_REACH))] if anchors else []
    mentions: list[NumberMention] = []
    for s, e, value, low, high, kind, noun in phrases:
        if noun:  # a dual noun, or «أحد» of a plural: the number and its noun are read already
            start, end = folded.span(s, e)
            mentions.append(NumberMention(start, end, text[start:end], value, low, high, False, "cardinal", noun))
            continue
        approx = kind == "vague"
        if isinstance(value, float) and _DOT_GROUPED.fullmatch(f, s, e) and _counts_people(_next_word(f, e)):
            value = low = high = int(re.sub(r"\D", "", f[s:e]))  # "3.000 جندي": no one is a fraction
        if kind in ("cardinal", "vague"):
            s, e, bound = _approx(f, s, e)
            approx = approx or bound is not None
            low, high = _bounds(value, low, high, bound)
            if f[e:e + 12].lstrip().startswith(PERCENT_AFTER):
                kind = "percent"
        start, end = folded.span(s, e)
        if kind == "cardinal" and any(ds <= start and end <= de for ds, de in dates):
            kind = "year" if isinstance(value, int) and 1800 <= value <= 2100 else "date_part"
        elif _in_web_token(f, s, e) or (start and text[start - 1].isascii() and text[start - 1].isalpha()):
            kind = "handle"
        elif kind == "cardinal" and (_NAME_DASH.search(f, max(0, s - 12), s) or _LETTER_NAME.search(f, max(0, s - 8), s)):
            kind = "name"
        unit = _next_word(f, e) if kind in ("cardinal", "vague") else ""
        mentions.append(NumberMention(start, end, text[start:end], value, low, high, approx, kind, unit))
    return _singulars_in_lists(text, folded, mentions)


def _singulars_in_lists(text: str, folded, mentions: list[NumberMention]) -> list[NumberMention]:
    """"عسكريان أمريكيان وجندي بريطاني": a lone singular noun joined by و to counted people is one."""
    f = folded.text
    out = list(mentions)
    for m in mentions:
        if m.kind != "cardinal" or m.unit not in LIST_HEAD_NOUNS:
            continue
        pos = folded.index_at(m.end)
        window = JOINED_SINGULAR.match(f, pos, pos + JOINED_REACH)
        if not window:
            continue
        start, end = folded.span(*window.span(2))
        if any(x.start < end and start < x.end for x in out):
            continue
        out.append(NumberMention(start, end, text[start:end], 1, 1, 1, False, "cardinal", window.group(2)))
    return sorted(out, key=lambda x: x.start)

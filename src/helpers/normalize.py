"""A normalised copy of an article for matching, with a map back to the original offsets.

Extraction rules match on a folded form of the text: no tashkeel (short vowels, shadda,
sukun), no tatweel, one alef for أ إ آ ٱ, ي for ى, ه for ة, Western digits for Arabic-Indic
and Persian ones, Arabic letters for the Persian forms ک and ی, presentation-form ligatures
spelled out, a space for «_» (hashtags join their words so), and ``\\n`` for every line ending.
The folding of single letters is taken from
pyarabic (``strip_tashkeel``, ``strip_tatweel``, ``normalize_alef``, ``normalize_teh``),
applied one character at a time so that every character of the copy knows where it came from.
(pyarabic's ``normalize_hamza`` is not used: it turns آلاف into ءءلاف.)
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

import pyarabic.araby as araby

from helpers.wordscan import words_of

#: Arabic-Indic (U+0660..) and extended/Persian (U+06F0..) digits to ASCII.
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
#: Persian letter forms that stand for Arabic letters in Arabic text.
PERSIAN_LETTERS = {"\u06a9": "\u0643", "\u06cc": "\u064a"}  # keheh -> kaf, farsi yeh -> yeh
ALEF_MAKSURA_TO_YEH = {"\u0649": "\u064a"}
#: Marks that carry no letters: Quranic annotation signs, superscript alef, zero-width format
#: characters (ZWJ/ZWNJ, direction marks, BOM) that scraped text is full of.
EXTRA_DROPPED = {"\u0670"} | {chr(c) for c in range(0x06D6, 0x06EE)} | {
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u202a", "\u202b",
    "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
}


@lru_cache(maxsize=4096)
def fold_char(c: str) -> str:
    """The matching form of one character: "" to drop it, or one or more characters."""
    if c in DIGITS:
        return DIGITS[c]
    if c == "_":  # hashtags join their words so: "#جمهورية_التشيك"، "#وزارة_الدفاع"
        return " "
    if c in EXTRA_DROPPED:
        return ""
    if c in PERSIAN_LETTERS:
        return PERSIAN_LETTERS[c]
    if c in ALEF_MAKSURA_TO_YEH:
        return ALEF_MAKSURA_TO_YEH[c]
    if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff":  # Arabic presentation forms
        spelled = unicodedata.normalize("NFKC", c)
        return c if spelled == c else "".join(fold_char(x) for x in spelled)
    folded = araby.strip_tatweel(araby.strip_tashkeel(c))
    if folded:
        folded = araby.normalize_teh(araby.normalize_alef(folded))
    return folded


@dataclass(frozen=True)
class Folded:
    """A normalised copy of ``original``, with the way back to original offsets.

    The copy is stored as runs of characters that came from consecutive original characters:
    run ``r`` begins at copy offset ``starts[r]`` and original offset ``sources[r]``. Articles
    have few dropped marks, so a handful of runs stands for a million-character map.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    sources: tuple[int, ...]

    @cached_property
    def words(self) -> frozenset[str]:
        """The distinct words of the copy (computed once, shared by the finders)."""
        return words_of(self.text)

    def origin_of(self, i: int) -> int:
        """The original offset of ``text[i]``."""
        r = bisect.bisect_right(self.starts, i) - 1
        return self.sources[r] + i - self.starts[r]

    @property
    def origin(self) -> tuple[int, ...]:
        """Original offset of every character of the copy (for checks; slow on long text)."""
        return tuple(self.origin_of(i) for i in range(len(self.text)))

    def _length(self, r: int) -> int:
        return (self.starts[r + 1] if r + 1 < len(self.starts) else len(self.text)) - self.starts[r]

    def index_at(self, offset: int) -> int:
        """The first copy offset whose character comes from ``offset`` or later in the original."""
        r = bisect.bisect_right(self.sources, offset) - 1
        if r < 0:
            return 0
        # a ligature spelled out gives two runs from one original character: take the first
        while r > 0 and self.sources[r - 1] + self._length(r - 1) > offset:
            r -= 1
        if offset - self.sources[r] < self._length(r):
            return self.starts[r] + offset - self.sources[r]
        return self.starts[r] + self._length(r)

    def slice(self, start: int, end: int) -> "Folded":
        """The fold of ``original[start:end]``, cut out of this one (folding is per character)."""
        return self.slices([(start, end)])[0]

    def slices(self, spans: list[tuple[int, int]]) -> list["Folded"]:
        """:meth:`slice` for each of ordered, disjoint spans, in one pass over the runs."""
        out, r, n = [], 0, len(self.starts)
        for start, end in spans:
            a, b = self.index_at(start), self.index_at(end)
            while r + 1 < n and self.starts[r + 1] <= a:
                r += 1  # runs are contiguous and in order: none before this one reaches a
            starts, sources = [], []
            k = r
            while k < n and self.starts[k] < b:
                run_start = self.starts[k]
                lo, hi = max(run_start, a), min(run_start + self._length(k), b)
                if lo < hi:
                    starts.append(lo - a)
                    sources.append(self.sources[k] + lo - run_start - start)
                k += 1
            out.append(Folded(self.original[start:end], self.text[a:b], tuple(starts), tuple(sources)))
        return out

    @staticmethod
    def joined(pieces: list["Folded"], separator: str) -> "Folded":
        """``fold(separator.join(p.original for p in pieces))``, from the folds of the pieces
        (the separator must fold to itself)."""
        starts: list[int] = []
        sources: list[int] = []

        def run(start: int, source: int) -> None:
            # a run that continues the one before (no character dropped between) is part of it
            if not starts or start - starts[-1] != source - sources[-1]:
                starts.append(start)
                sources.append(source)

        at = orig = 0
        for i, piece in enumerate(pieces):
            if i:
                run(at, orig)
                at, orig = at + len(separator), orig + len(separator)
            for start, source in zip(piece.starts, piece.sources):
                run(at + start, orig + source)
            at, orig = at + len(piece.text), orig + len(piece.original)
        return Folded(separator.join(p.original for p in pieces), separator.join(p.text for p in pieces),
                      tuple(starts), tuple(sources))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering the copy's ``text[start:end]`` (end exclusive).

        Marks folded away right after the last character (a final sukun or tanween) belong
        to its word and are included.
        """
        if start >= end:
            pos = self.origin_of(start) if start < len(self.text) else len(self.original)
            return pos, pos
        stop = self.origin_of(end - 1) + 1
        while stop < len(self.original) and self.original[stop] != "\r" and fold_char(self.original[stop]) == "":
            stop += 1
        return self.origin_of(start), stop


def _fold_by_char(text: str) -> Folded:
    """The general path: one character at a time (needed where a character expands)."""
    out: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    n = len(text)
    previous = None
    for i, c in enumerate(text):
        if c == "\r" and i + 1 < n and text[i + 1] == "\n":
            continue  # CRLF: the LF that follows stands for both
        for piece in ("\n" if c == "\r" else fold_char(c)):
            if previous is None or i != previous + 1:
                starts.append(len(out))
                sources.append(i)
            out.append(piece)
            previous = i
    return Folded(text, "".join(out), tuple(starts), tuple(sources))


def _tables():
    """Translation table for characters that fold to one character, and a pattern of dropped ones."""
    candidates = set(DIGITS) | EXTRA_DROPPED | set(PERSIAN_LETTERS) | {chr(c) for c in range(0x0600, 0x0700)} | {"_"}
    table, dropped = {ord("\r"): "\n"}, []
    for c in sorted(candidates):
        folded = fold_char(c)
        if folded == "":
            dropped.append(c)
        elif folded != c:
            table[ord(c)] = folded
    pattern = re.compile("[" + "".join(re.escape(c) for c in dropped) + "]+|\r(?=\n)")
    return table, pattern


_ONE_TO_ONE, _DROPPED = _tables()
#: (character, its fold) for every character that folds to another; no fold holds one of the
#: characters, so the order of replacing does not matter (tests/test_normalize.py checks it).
_REPLACEMENTS = tuple((chr(k), v) for k, v in sorted(_ONE_TO_ONE.items()))


def _replace(text: str) -> str:
    """``text.translate(_ONE_TO_ONE)``, faster: ``str.replace`` once per character that the
    text holds (seven times faster on articles than ``translate`` or a regex with a callback)."""
    for c, folded in _REPLACEMENTS:
        if c in text:
            text = text.replace(c, folded)
    return text


_EXPANDING = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def fold(text: str) -> Folded:
    """Normalise ``text`` for matching; see the module docstring for what is folded."""
    if _EXPANDING.search(text):
        return _fold_by_char(text)
    starts: list[int] = []
    sources: list[int] = []
    kept = length = 0
    for m in _DROPPED.finditer(text):
        if m.start() > kept:
            starts.append(length)
            sources.append(kept)
            length += m.start() - kept
        kept = m.end()
    if len(text) > kept:
        starts.append(length)
        sources.append(kept)
    return Folded(text, _replace(_DROPPED.sub("", text)), tuple(starts), tuple(sources))  # as fold_text


#: Strings up to this length are folded once and remembered (page lines, words, phrases).
CACHED_LENGTH = 512


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return fold(text).text


def fold_text(text: str) -> str:
    """Only the normalised string (for word lists and patterns that are matched against it).

    Short strings (page lines, words) are folded again and again, so they are cached; long ones
    are not, so that memory stays flat on large corpora.
    """
    if len(text) <= CACHED_LENGTH:
        return _fold_short(text)
    return _fold_by_char(text).text if _EXPANDING.search(text) else _replace(_DROPPED.sub("", text))

"""A normalised copy of an article for matching, with a map back to the original offsets.

Extraction rules match on a folded form of the text: no tashkeel (short vowels, shadda,
sukun), no tatweel, one alef for أ إ آ ٱ, ي for ى, ه for ة, Western digits for Arabic-Indic
and Persian ones, Arabic letters for the Persian forms ک and ی, presentation-form ligatures
spelled out, and ``\\n`` for every line ending. The folding of single letters is taken from
pyarabic (``strip_tashkeel``, ``strip_tatweel``, ``normalize_alef``, ``normalize_teh``),
applied one character at a time so that every character of the copy knows where it came from.
(pyarabic's ``normalize_hamza`` is not used: it turns آلاف into ءءلاف.)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pyarabic.araby as araby

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
    if c in EXTRA_DROPPED:
        return ""
    if c in PERSIAN_LETTERS:
        return PERSIAN_LETTERS[c]
    if c in ALEF_MAKSURA_TO_YEH:
        return ALEF_MAKSURA_TO_YEH[c]
    if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff":  # Arabic presentation forms
        return "".join(fold_char(x) for x in unicodedata.normalize("NFKC", c))
    folded = araby.strip_tatweel(araby.strip_tashkeel(c))
    if folded:
        folded = araby.normalize_teh(araby.normalize_alef(folded))
    return folded


@dataclass(frozen=True)
class Folded:
    """A normalised copy of ``original``; ``origin[i]`` is the original offset of ``text[i]``."""

    original: str
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering the copy's ``text[start:end]`` (end exclusive).

        Marks folded away right after the last character (a final sukun or tanween) belong
        to its word and are included.
        """
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        stop = self.origin[end - 1] + 1
        while stop < len(self.original) and self.original[stop] != "\r" and fold_char(self.original[stop]) == "":
            stop += 1
        return self.origin[start], stop


def _fold_by_char(text: str) -> Folded:
    """The general path: one character at a time (needed where a character expands)."""
    out: list[str] = []
    origin: list[int] = []
    n = len(text)
    for i, c in enumerate(text):
        if c == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                continue  # CRLF: the LF that follows stands for both
            out.append("\n")
            origin.append(i)
            continue
        for piece in fold_char(c):
            out.append(piece)
            origin.append(i)
    return Folded(text, "".join(out), tuple(origin))


def _tables():
    """Translation table for characters that fold to one character, and a pattern of dropped ones."""
    candidates = set(DIGITS) | EXTRA_DROPPED | set(PERSIAN_LETTERS) | {chr(c) for c in range(0x0600, 0x0700)}
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
_EXPANDING = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def fold(text: str) -> Folded:
    """Normalise ``text`` for matching; see the module docstring for what is folded."""
    if _EXPANDING.search(text):
        return _fold_by_char(text)
    origin: list[int] = []
    kept = 0
    for m in _DROPPED.finditer(text):
        origin.extend(range(kept, m.start()))
        kept = m.end()
    origin.extend(range(kept, len(text)))
    return Folded(text, _DROPPED.sub("", text).translate(_ONE_TO_ONE), tuple(origin))


def fold_text(text: str) -> str:
    """Only the normalised string (for word lists and patterns that are matched against it)."""
    return fold(text).text

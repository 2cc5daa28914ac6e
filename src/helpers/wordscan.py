"""Word lists against text: patterns made from them, and where their words occur, fast.

The number and date grammars only need to run near their trigger words. Looping over every word
of an article in Python is the slow part of that, so the words of the text are collected by the
regex engine (``findall``), intersected with the vocabulary as sets, and only the few words that
are present are searched for, each with ``str.find``.
"""

from __future__ import annotations

import re

_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that the longest phrase wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def with_proclitics(words, proclitics=("و", "ف", "ب", "ل")) -> frozenset[str]:
    """The words, and each with one proclitic written joined to it (والأسبوع، بخمسة)."""
    words = set(words)
    return frozenset(words | {p + w for p in proclitics for w in words})


def words_of(text: str) -> frozenset[str]:
    """The distinct words (runs of letters) of ``text``."""
    return frozenset(_LETTERS.findall(text))


def occurrences(text: str, words: frozenset[str], digits: bool = False) -> list[tuple[int, int]]:
    """Spans of whole-word occurrences of ``words`` (and of digit runs) in ``text``, in order.

    ``words`` are those of a vocabulary that :func:`words_of` found in the text: few, so each is
    looked for with ``str.find`` and kept where no letter touches it.
    """
    return [(i, j) for i, j, _ in tagged_occurrences(text, words, digits)]


def tagged_occurrences(text: str, words: frozenset[str], digits: bool = False) -> list[tuple[int, int, str]]:
    """:func:`occurrences` with the word found at each span ("" for a run of digits)."""
    spans = []
    n = len(text)
    for word in words:
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not text[i - 1].isalpha()) and (j == n or not text[j].isalpha()):
                spans.append((i, j, word))
            i = text.find(word, j)
    if digits:
        spans += [(*m.span(), "") for m in _DIGITS.finditer(text)]
    spans.sort()
    return spans

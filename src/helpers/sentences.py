"""Splitting article text into sentences, with offsets into the original text.

A sentence ends at a line break, or after ``.`` ``؟`` ``?`` ``!`` ``؛`` ``;`` or an ellipsis
(with any closing quotes or brackets that follow). A full stop does not end a sentence
between digits ("2.5"), inside a web address or handle ("pic.twitter.com"), or after a Latin
initial or short title ("Myles B.", "Col.").

The Arabic comma ``،`` does *not* end a sentence: news Arabic joins a sentence's clauses with
it ("قالت وكالة الأنباء العراقية، الأحد، إن ..."), and cutting there would separate a figure
from the verb and the speaker that govern it. Clause boundaries are a later stage's business.

pyarabic's ``sentence_tokenize`` is not used: it passes ``re.UNICODE`` (32) as the ``count``
of ``re.sub`` and so stops splitting after 32 sentences, and it splits at every comma.
"""

from __future__ import annotations

import re

_END = re.compile(r"(?:\.{2,}|…|[.؟?!؛;])[\"'»”’)\]]*")
_LINE_BREAKS = re.compile(r"[\r\n]+")
_LATIN_ABBREV = re.compile(r"(?:^|[\s(])(?:[A-Z]|[A-Z][a-z]{1,3}|[a-z]{1,2})$")


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Whether the end mark at ``text[start:end]`` closes a sentence."""
    mark = text[start:end]
    nxt = text[end] if end < len(text) else ""
    if mark.startswith(".") and not mark.startswith(".."):
        prev = text[start - 1] if start else ""
        if prev.isdigit() and nxt.isdigit():
            return False  # decimal point
        if nxt and nxt.isascii() and (nxt.isalnum() or nxt in "/_@"):
            return False  # web address, file name, handle
        if _LATIN_ABBREV.search(text[max(0, start - 6):start]) and nxt in (" ", "\t"):
            return False  # "Myles B. Caggins", "Col. Smith"
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, trimmed of white space, in order."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            return
        if not any(c.isalnum() for c in text[s:e]) and spans:
            spans[-1] = (spans[-1][0], e)  # stray punctuation belongs to the sentence before
        else:
            spans.append((s, e))

    for m in _LINE_BREAKS.finditer(text, start, end):
        _split_line(text, cursor, m.start(), emit)
        cursor = m.end()
    _split_line(text, cursor, end, emit)
    return spans


def _split_line(text: str, start: int, end: int, emit) -> None:
    cursor = start
    for m in _END.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end()):
            emit(cursor, m.end())
            cursor = m.end()
    emit(cursor, end)

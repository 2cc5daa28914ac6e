"""The sentences of an article that can state events (body and quotes), as one folded text.

An article's event sentences are joined with a separator that no pattern reaches across, folded
once and searched once for date phrases: stage 1 reads the publication date from those dates,
and stage 2, given that date, reads them again to date its events, and finds the numbers.
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cached_property

from helpers.dates import DateMention, Phrase, date_phrases, read_dates
from helpers.normalize import Folded, fold

#: Joins an article's sentences so that dates and numbers are found in one pass: no pattern
#: reaches across it (it is neither white space nor a letter), so each sentence's mentions are
#: those it has alone (tests/test_speedups.py checks this).
SEPARATOR = "\x00"


class Body:
    """``sentences``: (text, start offset in the article) of the event sentences, in order.
    ``article``: the whole article folded, where the caller has it (the sentences' folds are
    then cut out of it rather than folded again)."""

    def __init__(self, sentences, article: Folded | None = None):
        self.sentences: list[tuple[str, int]] = list(sentences)
        #: where each sentence begins in the joined text
        self.offsets: list[int] = []
        pos = 0
        for text, _ in self.sentences:
            self.offsets.append(pos)
            pos += len(text) + len(SEPARATOR)
        self._article = article

    @cached_property
    def folded(self) -> Folded:
        """The sentences joined by :data:`SEPARATOR`, folded."""
        if self._article is not None:
            return Folded.joined(self.pieces, SEPARATOR)
        return fold(SEPARATOR.join(text for text, _ in self.sentences))

    @cached_property
    def pieces(self) -> list[Folded]:
        """Each sentence folded (the same as folding it alone), cut out of the article's fold
        or of :attr:`folded`: the joined fold is made of these, so they are cut once."""
        if self._article is not None:
            return self._article.slices([(start, start + len(text)) for text, start in self.sentences])
        return self.folded.slices([(pos, pos + len(text)) for (text, _), pos in zip(self.sentences, self.offsets)])

    @cached_property
    def date_phrases(self) -> list[Phrase]:
        return date_phrases(self.folded)

    def dates(self, anchor: dt.date | None) -> list[DateMention]:
        """The dates of the joined text (offsets in it), read against ``anchor``."""
        return read_dates(self.folded.original, self.date_phrases, anchor)

    def in_article(self, joined: int) -> int:
        """The article offset of an offset of the joined text."""
        i = bisect.bisect_right(self.offsets, joined) - 1
        return self.sentences[i][1] + joined - self.offsets[i]

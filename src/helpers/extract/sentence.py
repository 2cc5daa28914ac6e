"""One sentence as the rules see it (:class:`Sentence`): folded, cut into clauses, with the
dates, numbers, bases and transfer words recognised in it; :func:`prepare` makes them for an
article at once."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from helpers.body import Body
from helpers.dates import DateMention
from helpers.extract.words import (
    CLAUSE_GOES_ON, MARKS, RELATIVE_PRONOUNS,
    FOREIGN, FOREIGN_STEMS, GROWTH, GROWTH_HINT, HINTS, is_troop_noun, KILLED, MET_DEATH, REDUCTION,
    TRANSFER, TRANSFER_STEMS, WITHDRAWAL_EXTRA, WORD_HINTS, WOUNDED,
)
from helpers.gazetteer import BaseMention, find_bases, find_places
from helpers.normalize import Folded
from helpers.numbers import NumberMention, numbers_in


@dataclass
class Sentence:
    """One sentence, folded, with its clauses and the mentions the grammars found in it."""

    text: str  # original sentence
    start: int  # offset of the sentence in the article
    folded: Folded
    clauses: list[tuple[int, int]]
    dates: list[DateMention]
    numbers: list[NumberMention]
    #: which of the quick tests (:data:`HINTS`) the whole article passes: a sentence of an article
    #: that fails one need not be tested
    article_hints: frozenset = frozenset()
    _nearest: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def f(self) -> str:
        return self.folded.text

    def clause(self, pos: int) -> tuple[int, int]:
        return next((c for c in self.clauses if c[0] <= pos < c[1]), (0, len(self.f)))

    @cached_property
    def transfer_words(self) -> list[tuple[int, int, str]]:
        """(start of the word, end of the match, form) of every transfer verb and noun, pattern
        by pattern, in order."""
        f = self.f
        present = {stem for stem in TRANSFER_STEMS if stem in f}
        return [(m.start("w"), m.end(), form) for pattern, form, stems in TRANSFER
                if not present.isdisjoint(stems) for m in pattern.finditer(f)]

    @cached_property
    def leaving_words(self) -> list[tuple[int, int, str]]:
        """:attr:`transfer_words`, the verbs of cutting troops and the other nouns of leaving
        («خفض»، «عودة»), each as (start of the word, end of the match, form)."""
        return self.transfer_words + self.cut_words + [(m.start("w"), m.end(), "noun") for m in WITHDRAWAL_EXTRA.finditer(self.f)]

    @cached_property
    def cut_words(self) -> list[tuple[int, int, str]]:
        """The verbs of cutting troops and of sending them home, as (start of the word, end of
        the match, form)."""
        f = self.f
        return [(m.start("w"), m.end(), form) for pattern, form, stems in REDUCTION
                if any(stem in f for stem in stems) for m in pattern.finditer(f)]

    @cached_property
    def growth_words(self) -> list[tuple[int, int, str]]:
        """The verbs and nouns that raise the number of troops or send more, as (start of the
        word, end of the match, form), in order."""
        if not GROWTH_HINT.search(self.f):  # most sentences raise or send no troops
            return []
        f = self.f
        return sorted((m.start("w"), m.end(), form) for pattern, form, stems in GROWTH
                      if any(stem in f for stem in stems) for m in pattern.finditer(f))

    @cached_property
    def nationality_cues(self) -> list[tuple[int, int, str]]:
        """(start, end, code) of every word naming a foreign nationality or country."""
        f = self.f
        present = {stem for stem in FOREIGN_STEMS if stem in f}
        return [(m.start(), m.end(), code) for pattern, code, stems in FOREIGN
                if not present.isdisjoint(stems) for m in pattern.finditer(f)]

    @cached_property
    def bases(self) -> list[BaseMention]:
        """The bases the sentence names (:func:`~helpers.gazetteer.find_bases`)."""
        return find_bases(self.f, counted=self.hints("bases"))

    @cached_property
    def places(self) -> list[BaseMention]:
        """The towns of the gazetteer's bases the sentence names (:func:`~helpers.gazetteer.find_places`)."""
        return find_places(self.f)

    @cached_property
    def killed_words(self) -> list[re.Match]:
        """Every word of killing, in order: those of :data:`KILLED`, and «لقي» of «لقي حتفه»."""
        found = list(KILLED.finditer(self.f))
        if "حتف" in self.f or "مصرع" in self.f:
            found = sorted(found + list(MET_DEATH.finditer(self.f)), key=re.Match.start)
        return found

    @cached_property
    def wounded_words(self) -> list[re.Match]:
        return list(WOUNDED.finditer(self.f))

    def hints(self, name: str) -> bool:
        """Whether the sentence passes the quick test ``name`` of :data:`HINTS` (of an article
        that passes it), or is in an article that passes the test ``name`` of :data:`WORD_HINTS`."""
        if name not in self.article_hints:
            return False
        pattern = HINTS.get(name)
        return pattern is None or pattern.search(self.f) is not None

    @cached_property
    def names_troops(self) -> bool:
        return any(is_troop_noun(w) for w in self.f.split())

    def linked_clause(self, pos: int) -> tuple[int, int]:
        """The clause of ``pos`` with the clauses that go on with it: back over a clause that opens
        with a relative pronoun ("قاعدة القائم، التي انسحبت منها القوات") or a base put first as
        where things happen ("وفي قاعدة الحبانية، جرى تسليم …"), forward over clauses
        that open with :data:`CLAUSE_GOES_ON` ("…، وهو معسكر بسماية") or a base, or hold only a date
        ("سلمت، الأحد 29 آذار، قاعدة كي 1")."""
        i = next((k for k, c in enumerate(self.clauses) if c[0] <= pos < c[1]), None)
        if i is None:
            return 0, len(self.f)
        first = last = i
        while first > 0 and (self._opening(first) in RELATIVE_PRONOUNS or self._a_place_put_first(first - 1)):
            first -= 1
        while last + 1 < len(self.clauses) and self._goes_on(last + 1):
            last += 1
        return self.clauses[first][0], self.clauses[last][1]

    def scope_start(self, pos: int) -> int:
        """Where the words that govern ``pos`` may begin: its clause, and before it the clause a
        date stands between ("باشرت القوات الأمريكية، اليوم الخميس، الانسحاب": «باشرت» governs)."""
        i = next((k for k, c in enumerate(self.clauses) if c[0] <= pos < c[1]), None)
        if i is None:
            return 0
        first = i
        while first > 1 and self._only_a_date(first - 1):
            first -= 2
        return self.clauses[first][0]

    def _a_place_put_first(self, i: int) -> bool:
        """Whether clause ``i`` is a base put first as where things happen: "وفي قاعدة الحبانية،"."""
        a, b = self.clauses[i]
        text = self.f[a:b].strip(MARKS + " ")
        return text.startswith(("في ", "وفي ")) and any(
            a <= x.start and x.end <= b and not self.f[x.end:b].strip(MARKS + " ") for x in self.bases)

    def _opening(self, i: int) -> str:
        """The first word of clause ``i``."""
        a, b = self.clauses[i]
        words = self.f[a:b].split()
        return words[0].strip(MARKS) if words else ""

    def _goes_on(self, i: int) -> bool:
        a, b = self.clauses[i]
        if self._opening(i) in CLAUSE_GOES_ON or any(a <= x.start and not self.f[a:x.start].strip(MARKS + " و") for x in self.bases):
            return True
        return self._only_a_date(i)

    def _only_a_date(self, i: int) -> bool:
        """Whether clause ``i`` holds nothing but dates ("، اليوم الخميس،")."""
        a, b = self.clauses[i]
        rest = self.f[a:b]
        found = False
        for d in self.dates:
            ds, de = self.folded.index_at(d.start), self.folded.index_at(d.end)
            if a <= ds and de <= b:
                rest, found = rest[:ds - a] + " " * (de - ds) + rest[de - a:], True
        return found and not rest.strip(MARKS + " ")

    def words_between(self, a: int, b: int) -> int:
        return len(self.f[a:b].split())

    def article_span(self, a: int, b: int) -> tuple[int, int]:
        s, e = self.folded.span(a, b)
        return self.start + s, self.start + e


_CLAUSE_END = re.compile(r"[،؛:;]")


def _clauses(f: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(f)] + [len(f)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def prepare(sentences: Body | list[tuple[str, int]], anchor: dt.date | None) -> list[Sentence]:
    """Each (text, start) sentence folded, with its clauses, dates and numbers (the whole
    :class:`~helpers.body.Body` is searched at once)."""
    body = sentences if isinstance(sentences, Body) else Body(sentences)
    folded = body.folded
    dates = body.dates(anchor)
    numbers = numbers_in(folded, [(d.start, d.end) for d in dates])
    date_starts, number_starts = [d.start for d in dates], [n.start for n in numbers]
    hints = frozenset(name for name, pattern in HINTS.items() if pattern.search(folded.text)) | frozenset(
        name for name, words in WORD_HINTS.items() if not folded.words.isdisjoint(words))
    out = []
    for (text, start), pos, piece in zip(body.sentences, body.offsets, body.pieces):
        end = pos + len(text)

        def inside(items, starts):
            lo, hi = bisect.bisect_left(starts, pos), bisect.bisect_left(starts, end)
            return [m.shifted(pos) for m in items[lo:hi] if m.end <= end]

        out.append(Sentence(text, start, piece, _clauses(piece.text), inside(dates, date_starts), inside(numbers, number_starts),
                             hints))
    return out

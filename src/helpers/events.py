"""From extracted records to the two tables: one row per event per article, and one per event.

An article that states a fact twice gives one row (its clearest sentence); a plan the same
article reports as done within the plan's window is that event, not another; and a base's
handover told at several stages (planned, under way, done) is one handover, at its furthest
stage, unless the earlier stage is dated after the further one (a later step); so is the end
of the combat mission; and a figure of troops no side was named for is the same figure the
article gives of a named nation. Across articles,
records of the same kind, subject, status and count, with dates no more than
:data:`MERGE_TOLERANCE_DAYS` apart, are one real-world event. Plans never merge with what was
done: a base planned for late April and handed over on 29 March stays a planned row.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import hashlib
import itertools
import pickle
import tempfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import IO, Iterator

import pandas as pd

from helpers import io
from helpers.extract import Mention, extract_document
from helpers.extract.records import AGREEMENT_FORCE
from helpers.gazetteer import read_bases, unlisted_name

#: Sources that date one event differently by up to this many days still describe one event
#: (a handover reported as "last week" in one paper and on the 18th in another).
MERGE_TOLERANCE_DAYS = 7

MENTION_COLUMNS = [
    "mention_id", "doc_id", "event_type", "status", "base_id", "date", "date_earliest", "date_latest",
    "date_precision", "nationality", "force", "count", "count_low", "count_high", "approx",
    "actor_from", "actor_to", "char_start", "char_end", "sentence", "event_id",
    "evidence", "date_text", "sentence_start", "sentence_end",
]
EVENT_COLUMNS = [
    "event_id", "event_type", "status", "base_id", "base_name_en", "base_name_ar", "governorate",
    "latitude", "longitude", "date", "date_earliest", "date_latest", "date_precision", "nationality",
    "force", "count", "count_low", "count_high", "approx", "actor_from", "actor_to", "source_count",
    "doc_ids", "first_reported", "evidence_ar", "conflicts", "within",
]
FIGURES = ("troop_presence", "troop_withdrawal", "casualties")
#: The figures whose events may hold others: the killed, each of whom dies once, so that a total
#: over a time or of the coalition holds the deaths other articles name ("مقتل 5 جنود أمريكيين منذ
#: بداية العام" holds a soldier killed in March). Withdrawals add up too, but troops leaving over a
#: week and some leaving on a day of it are as often two moves as one: they hold none.
WITHIN_TYPES = ("casualties",)
#: Sides that hold every nation's troops: "three coalition troops killed" may be two Americans
#: and a Briton another article names.
UMBRELLA_SIDES = ("COALITION", "FOREIGN")


def subject(m: Mention) -> tuple:
    """What an event is about: its base, or whose troops, or for the mission whether it is its
    end or the agreement that plans it."""
    if m.event_type == "base_transfer":
        return (m.base_id,)
    if m.event_type in FIGURES:
        return (m.nationality, m.force)
    return (m.force,) if m.force else ()  # the agreement that plans the end, or the end


def _width(m: Mention) -> float:
    if m.date_earliest is None or m.date_latest is None:
        return float("inf")
    return (m.date_latest - m.date_earliest).days


def _contains(plan: Mention, done: Mention) -> bool:
    """Whether a plan's window holds the day it was done."""
    day = done.date_latest if done.date_precision == "day" else None
    if day is None:
        return False
    return (plan.date_earliest is None or plan.date_earliest <= day) and (plan.date_latest is None or day <= plan.date_latest)


def _clearness(m: Mention) -> tuple:
    """Sort key of :func:`_clearest`: narrowest date, then naming the receiving side, then first."""
    return (_width(m), not m.actor_to, m.char_start)


def _clearest(group: list[Mention]) -> Mention:
    """The record with the narrowest date, then one naming the receiving side, then the first."""
    return min(group, key=_clearness)


def _combine_window(group: list[Mention], union: bool) -> tuple:
    lows = [m.date_earliest for m in group]
    highs = [m.date_latest for m in group]
    if union:
        low = None if any(x is None for x in lows) else min(lows)
        high = None if any(x is None for x in highs) else max(highs)
    else:
        known_lows = [x for x in lows if x is not None]
        known_highs = [x for x in highs if x is not None]
        low = max(known_lows) if known_lows else None
        high = min(known_highs) if known_highs else None
    return low, high


def _undated(m: Mention) -> bool:
    return m.date_earliest is None and m.date_latest is None


def _clusters(records: list[Mention], tolerance: int) -> list[list[Mention]]:
    """Groups of records that describe one event: same kind, status, subject and count, and
    windows that overlap or lie within ``tolerance`` days of the group's (a chain of them).

    Sorting each kind/status/subject/count group by the start of its windows and sweeping once
    keeps this linear in the number of records (after the sort), whatever the corpus size.
    Records with no date at all form their own group.
    """
    by_key: dict[tuple, list[Mention]] = {}
    for m in records:
        by_key.setdefault((m.event_type, m.status, subject(m), m.count_low, m.count_high, _undated(m)), []).append(m)
    far = dt.date.max
    groups: list[list[Mention]] = []
    for members in by_key.values():
        members.sort(key=lambda m: (m.date_earliest or dt.date.min, m.date_latest or far))
        current: list[Mention] = []
        reach = dt.date.min
        for m in members:
            start = m.date_earliest or dt.date.min
            if current and (reach == far or (start - reach).days <= tolerance):
                current.append(m)
            else:
                current = [m]
                groups.append(current)
                reach = dt.date.min
            reach = max(reach, m.date_latest or far)
    return groups


def _window_words(m: Mention) -> str:
    if m.date_earliest is not None and m.date_earliest == m.date_latest:
        return m.date_earliest.isoformat()
    return f"{_iso(m.date_earliest) or '…'} to {_iso(m.date_latest) or '…'}" + (f" ({m.date_text})" if m.date_text else "")


def _merge_group(group: list[Mention]) -> tuple[Mention, list[str]]:
    """One record for a group: the clearest one, with the window all of them allow."""
    best = _clearest(group)
    conflicts = []
    planned = best.status == "planned"
    low, high = _combine_window(group, union=planned)
    if low is not None and high is not None and low > high:  # sources disagree on the date
        windows = sorted({(m.doc_id, _window_words(m)) for m in group})
        conflicts.append("sources date it differently: " + "; ".join(f"{doc} {w}" for doc, w in windows))
        low, high = best.date_earliest, best.date_latest
    merged = replace(best, date_earliest=low, date_latest=high)
    if low is not None and low == high:
        merged.date_precision = "day"
    elif (low, high) != (best.date_earliest, best.date_latest):
        merged.date_precision = "unknown"
    counts = sorted({m.count for m in group if m.count is not None})
    if len(counts) > 1:
        conflicts.append("sources give different counts: " + ", ".join(f"{c:g}" for c in counts))
    merged.actor_to = best.actor_to or next((m.actor_to for m in group if m.actor_to), "")
    return merged, conflicts


#: Events that happen once: a base is handed over once, the combat mission ends once (and an
#: agreement to end it is made once); an article that tells one at several stages tells one event.
ONCE = ("base_transfer", "mission_change")
#: How far such an event has gone, by status.
STAGE = {"planned": 0, "ongoing": 1, "completed": 2}


def _earlier_stage_of(m: Mention, further: Mention) -> bool:
    """Whether ``m`` (planned or under way) is the event that happens once (:data:`ONCE`: a base's
    handover, the end of the combat mission) that ``further``, of the same article, reports
    further along: the same subject, a later stage, and no window of ``m`` that begins after
    ``further`` was over (a plan "in the coming days" after a ceremony told as done is a later
    step: the last troops leaving)."""
    if m.event_type not in ONCE or further.event_type != m.event_type or subject(m) != subject(further):
        return False
    if STAGE[further.status] <= STAGE.get(m.status, 2):
        return False
    return m.date_earliest is None or further.date_latest is None or m.date_earliest <= further.date_latest


def _article_clusters(records: list[Mention]) -> list[list[Mention]]:
    """Groups of one article's records that state one fact: a base's handover at one stage
    however dated (a base is handed over once); those with a window closed at both
    ends by overlap (:func:`_clusters`), then each record open at an end (undated, "before the
    publication day") in the group of the latest closed window it fits, of its kind, status,
    subject and count, or with the other open ones where none fits. An open window fits many:
    it must not join two facts the article dates apart ("انتهت المهام القتالية" beside "منذ 9
    ديسمبر" and "اليوم")."""
    # a base is handed over once: an article's records of one base at one stage are one, however dated
    by_base: dict[tuple, list[Mention]] = {}
    for m in records:
        if m.event_type == "base_transfer":
            by_base.setdefault((m.base_id, m.status), []).append(m)
    records = [m for m in records if m.event_type != "base_transfer"]
    closed = [m for m in records if m.date_earliest is not None and m.date_latest is not None]
    groups = _clusters(closed, tolerance=0) + list(by_base.values())
    closed_ones = {id(m) for m in closed}
    key = {id(g): (g[0].event_type, g[0].status, subject(g[0]), g[0].count_low, g[0].count_high) for g in groups}
    left = []
    for m in records:
        if m.date_earliest is not None and m.date_latest is not None:
            continue
        fits = [g for g in groups if key[id(g)] == (m.event_type, m.status, subject(m), m.count_low, m.count_high)
                and all((m.date_earliest is None or x.date_latest >= m.date_earliest)
                        and (m.date_latest is None or x.date_earliest <= m.date_latest) for x in g if id(x) in closed_ones)]
        if fits:
            max(fits, key=lambda g: max(x.date_latest for x in g if id(x) in closed_ones)).append(m)
        else:
            left.append(m)
    groups += _clusters(left, tolerance=0)
    return [sorted(g, key=lambda m: m.char_start) for g in groups]


def consolidate_article(records: list[Mention]) -> list[Mention]:
    """One record per event an article states (see the module docstring)."""
    out = [_merge_group(g)[0] for g in _article_clusters(records)]
    done = [m for m in out if m.status == "completed" and m.force != AGREEMENT_FORCE]  # an agreement fulfils no plan
    out = [
        m for m in out
        if not (m.status == "planned" and any(subject(d) == subject(m) and d.event_type == m.event_type and _contains(m, d) for d in done))
    ]
    out = [m for m in out if not any(_earlier_stage_of(m, d) for d in out)]
    return [m for m in out if not any(_named_side_of(m, d) for d in out)]


def _named_side_of(m: Mention, named: Mention) -> bool:
    """Whether a figure of an umbrella side (troops no side was named for: the coalition's) is the
    figure the same article gives of a named nation: same kind, status and count ("ستخفض
    بريطانيا قواتها إلى 400 جندي" … "وقال: سيتراجع عدد الجنود إلى 400")."""
    return (m.event_type in FIGURES and m.nationality in UMBRELLA_SIDES and named.event_type == m.event_type
            and named.nationality not in UMBRELLA_SIDES and named.status == m.status and m.force == named.force
            and m.count_low is not None and _overlap((m.count_low, m.count_high), (named.count_low, named.count_high)))


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] is not None and b[0] is not None and a[0] <= (b[1] if b[1] is not None else b[0]) \
        and b[0] <= (a[1] if a[1] is not None else a[0])


def event_id(m: Mention) -> str:
    """A stable id from what the event is: kind, status, subject, count, and its month."""
    when = m.date_latest or m.date_earliest
    key = "|".join(str(x) for x in (
        m.event_type, m.status, *subject(m), m.count_low, m.count_high, when.strftime("%Y-%m") if when else "open",
    ))
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _num(x) -> str:
    if x is None:
        return ""
    return f"{x:g}" if isinstance(x, float) else str(x)


def _row(m: Mention) -> dict:
    return {
        "event_type": m.event_type, "status": m.status, "base_id": m.base_id,
        "date": _iso(m.date_latest) if m.date_precision == "day" and m.date_earliest == m.date_latest else "",
        "date_earliest": _iso(m.date_earliest), "date_latest": _iso(m.date_latest),
        "date_precision": m.date_precision, "nationality": m.nationality, "force": m.force,
        "count": _num(m.count), "count_low": _num(m.count_low), "count_high": _num(m.count_high),
        "approx": "yes" if m.approx else "no" if m.event_type in FIGURES else "",
        "actor_from": m.actor_from, "actor_to": m.actor_to,
    }


#: Where the event id sits in a row of the mentions table.
EVENT_ID_AT = MENTION_COLUMNS.index("event_id")


def article_rows(doc_id: str, sentences, anchor: dt.date | None) -> list[list]:
    """One article's rows of the mentions table, its events each once (event ids are given
    when all articles are in: :class:`MentionWriter`). Runs where the article is read."""
    return mention_rows(doc_id, consolidate_article(extract_document(doc_id, sentences, anchor)))


def mention_rows(doc_id: str, mentions: list[Mention]) -> list[list]:
    """Rows of the mentions table for an article's consolidated records, numbered in text order."""
    return [_mention_row(mention_id, m) for mention_id, m in _numbered(doc_id, mentions)]


def _numbered(doc_id: str, mentions: list[Mention]) -> list[tuple[str, Mention]]:
    """(mention id, record) in the order of the article."""
    ordered = sorted(mentions, key=lambda m: (m.char_start, m.event_type))
    return [(f"{doc_id}-{i:02d}", m) for i, m in enumerate(ordered, 1)]


def _mention_row(mention_id: str, m: Mention) -> list:
    row = {
        "mention_id": mention_id, "doc_id": m.doc_id, **_row(m),
        "char_start": m.char_start, "char_end": m.char_end, "sentence": m.sentence, "event_id": "",
        "evidence": m.sentence[m.char_start - m.sentence_start:m.char_end - m.sentence_start],
        "date_text": m.date_text, "sentence_start": m.sentence_start, "sentence_end": m.sentence_end,
    }
    return [row[c] for c in MENTION_COLUMNS]


def assign_event_ids(mentions: list[Mention]) -> list[str]:
    """The event id of each record: records of one real-world event across articles share it."""
    id_of = {}
    for group in _clusters(mentions, MERGE_TOLERANCE_DAYS):
        eid = event_id(_merge_group(group)[0])
        for m in group:
            id_of[id(m)] = eid
    return [id_of[id(m)] for m in mentions]


#: Records are merged bucket by bucket: all records that may be one event (same kind, status,
#: subject and count) fall in one bucket, so memory holds one bucket's records at a time.
BUCKETS = 64


#: The columns that say which records may merge (a superset of what :func:`subject` reads).
_BUCKET_AT = [MENTION_COLUMNS.index(c) for c in ("event_type", "status", "base_id", "nationality", "force", "count_low", "count_high")]


def _bucket_of(row: list) -> int:
    """The bucket of a row of the mentions table, from its kind, status, subject and count."""
    return zlib.crc32("|".join(row[i] for i in _BUCKET_AT).encode("utf-8")) % BUCKETS


class MentionWriter:
    """Stage 2's table written as articles arrive (:meth:`add`, in document order), without
    holding it.

    Rows go to anonymous temporary files at once (pickled, an article's rows at a time): one in
    table order, and one per bucket of records that may merge. Leaving the ``with`` block merges
    the records bucket by bucket, gives every row its event id and writes ``mentions.csv`` (and
    Parquet) in one pass over the first file; an error leaves the previous table as it was.
    Memory holds one bucket at a time and an event id per row. :meth:`events_table` then gives
    stage 3's table from what the merging found, without reading ``mentions.csv`` back.
    """

    def __init__(self, path: str | Path, parquet: bool = False):
        self.path, self.parquet = Path(path), parquet
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._staging = self._temporary()
        self._buckets: dict[int, IO[bytes]] = {}
        self.rows = 0
        self._events: list[dict] = []

    def _temporary(self) -> IO[bytes]:
        return tempfile.TemporaryFile("w+b", dir=self.path.parent)

    def add(self, rows: list[list]) -> None:
        """An article's rows (:func:`article_rows`)."""
        pickle.dump(rows, self._staging)
        by_bucket: dict[int, list] = {}
        for row in rows:
            by_bucket.setdefault(_bucket_of(row), []).append((self.rows, row))
            self.rows += 1
        for bucket, numbered in by_bucket.items():
            if bucket not in self._buckets:
                self._buckets[bucket] = self._temporary()
            pickle.dump(numbered, self._buckets[bucket])

    def __enter__(self) -> "MentionWriter":
        return self

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self._finish()
        finally:
            self._staging.close()
            for fh in self._buckets.values():
                fh.close()

    def _finish(self) -> None:
        ids: list[str] = [""] * self.rows
        bases = _bases()
        for bucket in sorted(self._buckets):
            numbers, records, sentences = [], [], []
            for number, cells in itertools.chain.from_iterable(_pickled(self._buckets[bucket])):
                row = dict(zip(MENTION_COLUMNS, cells))
                numbers.append(number)
                records.append(_from_row(row))
                sentences.append(row["sentence"])
            eids = assign_event_ids(records)
            for number, eid in zip(numbers, eids):
                ids[number] = eid
            self._events += _event_rows(records, sentences, eids, bases)
        rows = itertools.chain.from_iterable(_pickled(self._staging))
        with io.TableWriter(self.path, MENTION_COLUMNS, self.parquet) as out:
            for start in range(0, self.rows, _BATCH):
                batch = list(itertools.islice(rows, _BATCH))
                for row, eid in zip(batch, ids[start:start + len(batch)]):
                    row[EVENT_ID_AT] = eid
                out.write(batch)

    def events_table(self, published: dict[str, str]) -> pd.DataFrame:
        """Stage 3's table (:func:`events_table`) from the records written."""
        return _events_frame(self._events, published)


def _pickled(fh: IO[bytes]) -> Iterator:
    """Everything pickled into ``fh``, from its start, in order."""
    fh.seek(0)
    while True:
        try:
            yield pickle.load(fh)
        except EOFError:
            return


#: Rows of the mentions table rewritten at a time.
_BATCH = 10_000


def _from_row(row: dict) -> Mention:
    """A record back from a row of the mentions table (without its sentence)."""
    def num(x):
        return None if x == "" else (int(x) if float(x).is_integer() else float(x))

    return Mention(
        row["doc_id"], row["event_type"], row["status"], int(row["char_start"]), int(row["char_end"]),
        int(row["sentence_start"]), int(row["sentence_end"]), "", base_id=row["base_id"],
        nationality=row["nationality"], force=row["force"], count=num(row["count"]),
        count_low=num(row["count_low"]), count_high=num(row["count_high"]), approx=row["approx"] == "yes",
        actor_from=row["actor_from"], actor_to=row["actor_to"],
        date_earliest=dt.date.fromisoformat(row["date_earliest"]) if row["date_earliest"] else None,
        date_latest=dt.date.fromisoformat(row["date_latest"]) if row["date_latest"] else None,
        date_precision=row["date_precision"], date_text=row["date_text"],
    )


def _mention_rows(mentions: pd.DataFrame | str | Path) -> Iterator[dict]:
    if isinstance(mentions, pd.DataFrame):
        yield from mentions.to_dict("records")
        return
    with open(mentions, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def events_table(mentions: pd.DataFrame | str | Path, published: dict[str, str]) -> pd.DataFrame:
    """Stage 3's table: one row per event id of the mentions table (a table, or the path of
    ``mentions.csv``), with its sources."""
    records, sentences, eids = [], [], []
    for row in _mention_rows(mentions):
        records.append(_from_row(row))
        sentences.append(row["sentence"])
        eids.append(row["event_id"])
    return _events_frame(_event_rows(records, sentences, eids, _bases()), published)


def _event_rows(records: list[Mention], sentences: list[str], eids: list[str], bases: dict[str, dict]) -> list[dict]:
    """One row of the events table per event id, from its records in table order (the
    sentences and event ids run beside the records)."""
    groups: dict[str, list[int]] = {}
    for i, eid in enumerate(eids):
        groups.setdefault(eid, []).append(i)
    rows = []
    for eid, members in groups.items():
        clearest = min(members, key=lambda i: _clearness(records[i]))  # the first of the clearest, as _clearest
        rows.append(_event_row(eid, [records[i] for i in members], sentences[clearest], bases))
    return rows


def _bases() -> dict[str, dict]:
    return {b["base_id"]: b for b in read_bases().to_dict("records")}


def _event_row(eid: str, group: list[Mention], evidence: str, bases: dict[str, dict]) -> dict:
    """One row of the events table from an event's records (in table order) and the sentence
    of its clearest record; ``first_reported`` is filled in by :func:`_events_frame`."""
    merged, conflicts = _merge_group(group)
    base = bases.get(merged.base_id) or {"name_ar": unlisted_name(merged.base_id)}
    return {
        "event_id": eid, **_row(merged),
        "base_name_en": base.get("name_en", ""), "base_name_ar": base.get("name_ar", ""),
        "governorate": base.get("governorate", ""), "latitude": base.get("latitude", ""),
        "longitude": base.get("longitude", ""),
        "source_count": len({m.doc_id for m in group}), "doc_ids": ";".join(sorted({m.doc_id for m in group})),
        "first_reported": "", "evidence_ar": evidence, "conflicts": "; ".join(conflicts),
    }


def _holds(outer: dict, inner: dict) -> bool:
    """Whether the troops an event counts may include those of another: the same side, or an
    umbrella side (:data:`UMBRELLA_SIDES`); the same force, or troops of any kind."""
    return (outer["nationality"] == inner["nationality"] or outer["nationality"] in UMBRELLA_SIDES) and \
        (outer["force"] == inner["force"] or outer["force"] == "troops")


def mark_within(rows: list[dict]) -> None:
    """Fills ``within`` of each event row: the id of a larger event that already counts it, or "".

    Of the killed (:data:`WITHIN_TYPES`), an event holds the events of its kind and
    status whose windows lie in its own and whose troops it may include (:func:`_holds`), when
    their counts add up to no more than its own: "ثلاثة جنود من التحالف" killed on a day hold "two
    Americans" and "a Briton" killed that day in other articles, and five killed since January
    hold them all. Each event goes within the smallest event that holds it (narrowest window,
    then smallest count, then id), and counts there as the event it went within: so summing
    the events with no ``within`` counts no one twice. Dates are ISO text, which sorts as dates."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        row["within"] = ""
        if row["event_type"] in WITHIN_TYPES and row["count"] and row["date_earliest"] and row["date_latest"]:
            groups.setdefault((row["event_type"], row["status"]), []).append(row)
    for members in groups.values():
        members.sort(key=lambda r: r["date_earliest"])
        starts = [r["date_earliest"] for r in members]

        def size(r: dict) -> tuple:
            days = (dt.date.fromisoformat(r["date_latest"]) - dt.date.fromisoformat(r["date_earliest"])).days
            return days, float(r["count"])

        for outer in sorted(members, key=lambda r: (*size(r), r["event_id"])):
            if outer["within"]:
                continue  # held already by one of its own size ("two coalition troops", "two foreign troops")
            lo, hi = bisect.bisect_left(starts, outer["date_earliest"]), bisect.bisect_right(starts, outer["date_latest"])
            inner = [r for r in members[lo:hi] if r is not outer and not r["within"] and r["date_latest"] <= outer["date_latest"]
                     and _holds(outer, r) and size(r) <= size(outer)]
            if inner and sum(float(r["count"]) for r in inner) <= float(outer["count"]):
                for r in inner:
                    r["within"] = outer["event_id"]


def _events_frame(rows: list[dict], published: dict[str, str]) -> pd.DataFrame:
    """The events table from its rows: the first report from the publication dates, and the
    events already counted by larger ones (:func:`mark_within`), in order."""
    for row in rows:
        dates = sorted(published[d] for d in row["doc_ids"].split(";") if published.get(d))
        row["first_reported"] = dates[0] if dates else ""
    mark_within(rows)
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    events = events.sort_values(["event_type", "date_earliest", "date_latest", "base_id", "nationality", "event_id"], kind="stable")
    return events.reset_index(drop=True)


def build_tables(records_by_doc: dict[str, list[Mention]], published: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions, events) from each document's records (in the dict's order) and its
    publication date: stages 2 and 3 on records in memory, through :class:`MentionWriter`."""
    with tempfile.TemporaryDirectory() as tmp:
        with MentionWriter(Path(tmp) / "mentions.csv") as out:
            for doc_id, records in records_by_doc.items():
                out.add(mention_rows(doc_id, consolidate_article(records)))
        return io.read_csv(out.path), out.events_table(published)

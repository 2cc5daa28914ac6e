"""Scoring the extracted mentions and events against the hand annotation of the seeds.

The gold file (``data/gold/seeds_gold.json``) lists each article's ``claims`` (one per article
and event, some marked not required), the merged ``events``, and ``not_events``: places that
must produce nothing. A claim and a predicted mention match when they are of the same document
and a compatible type and agree on what the event is about (the base; or the nationality or
count of a figure); each claim takes its best-agreeing prediction, one to one. Then:

* recall: matched claims / claims (required ones apart), precision: matched predictions /
  predictions, F1, per event type and overall;
* attribute accuracy over matched pairs: status, date window (windows overlap), count (ranges
  overlap), nationality, base;
* every miss, false alarm, attribute error and not_events violation with its sentence.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.paths import GOLD_DIR

GOLD_JSON = GOLD_DIR / "seeds_gold.json"
EVENT_TYPES = ("base_transfer", "troop_presence", "troop_withdrawal", "casualties", "mission_change")
ATTRIBUTES = ("status", "date window", "count", "nationality", "base")


@dataclass
class Scores:
    by_type: pd.DataFrame
    attributes: pd.DataFrame
    misses: pd.DataFrame
    false_alarms: pd.DataFrame
    attribute_errors: pd.DataFrame
    violations: pd.DataFrame
    events: pd.DataFrame


def load_gold(path: str | Path = GOLD_JSON) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _num(value) -> float | None:
    return None if value in (None, "") else float(value)


def windows_overlap(a_lo, a_hi, b_lo, b_hi) -> bool:
    """Whether two date windows share a day (None is an open end)."""
    return (a_hi is None or b_lo is None or b_lo <= a_hi) and (b_hi is None or a_lo is None or a_lo <= b_hi)


def counts_overlap(a_lo, a_hi, b_lo, b_hi) -> bool:
    if a_lo is None and a_hi is None or b_lo is None and b_hi is None:
        return a_lo is None and a_hi is None and b_lo is None and b_hi is None
    return windows_overlap(a_lo, a_hi, b_lo, b_hi)


def _agreement(claim: dict, pred: pd.Series) -> dict[str, bool | None]:
    """Attribute by attribute: True, False, or None where the claim does not say."""
    out: dict[str, bool | None] = {"status": claim.get("status") == pred["status"]}
    if any(k in claim for k in ("date_earliest", "date_latest")):
        out["date window"] = windows_overlap(_date(claim.get("date_earliest")), _date(claim.get("date_latest")),
                                             _date(pred["date_earliest"]), _date(pred["date_latest"]))
    if any(claim.get(k) is not None for k in ("count", "count_low", "count_high")):
        out["count"] = counts_overlap(_num(claim.get("count_low")), _num(claim.get("count_high")),
                                      _num(pred["count_low"]), _num(pred["count_high"]))
    if claim.get("nationality"):
        out["nationality"] = claim["nationality"] == pred["nationality"]
    if claim.get("base_id"):
        out["base"] = claim["base_id"] == pred["base_id"]
    return out


def _types(claim: dict) -> set[str]:
    return {claim["event_type"], *claim.get("also_accept_event_type", [])}


def _key_agrees(claim: dict, agree: dict) -> bool:
    if claim["event_type"] == "base_transfer":
        return bool(agree.get("base"))
    if claim["event_type"] == "mission_change":
        return True
    return bool(agree.get("nationality")) or bool(agree.get("count"))


def match(claims: list[dict], mentions: pd.DataFrame, texts: dict[str, str]) -> list[tuple[int, int, dict]]:
    """(claim index, mention row index, agreement) for the best one-to-one pairs."""
    candidates = []
    for ci, claim in enumerate(claims):
        text = texts.get(claim["doc_id"], "")
        at = text.find(claim["evidence"])
        for mi, pred in mentions[mentions["doc_id"] == claim["doc_id"]].iterrows():
            if pred["event_type"] not in _types(claim):
                continue
            agree = _agreement(claim, pred)
            if not _key_agrees(claim, agree):
                continue
            in_sentence = at >= 0 and int(pred["sentence_start"]) <= at < int(pred["sentence_end"])
            score = sum(1 for v in agree.values() if v) + (2 if in_sentence else 0)
            candidates.append((score, -ci, -mi, ci, mi, agree))
    pairs, used_c, used_m = [], set(), set()
    for *_, ci, mi, agree in sorted(candidates, key=lambda c: c[:3], reverse=True):
        if ci not in used_c and mi not in used_m:
            pairs.append((ci, mi, agree))
            used_c.add(ci)
            used_m.add(mi)
    return sorted(pairs)


def _violations(gold: dict, mentions: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    rows = []
    for item in gold["not_events"]:
        text = texts.get(item["doc_id"], "")
        at = text.find(item["evidence"])
        if at < 0:
            continue
        end = len(text) if "from here on" in item["why"] else at + len(item["evidence"])
        doc = mentions[mentions["doc_id"] == item["doc_id"]]
        for _, pred in doc.iterrows():
            if int(pred["char_start"]) < end and int(pred["char_end"]) > at:
                rows.append({"doc_id": item["doc_id"], "not_event": item["evidence"], "why": item["why"],
                             "mention_id": pred["mention_id"], "event_type": pred["event_type"], "sentence": pred["sentence"]})
    return pd.DataFrame(rows, columns=["doc_id", "not_event", "why", "mention_id", "event_type", "sentence"])


def _prf(found: int, gold: int, matched_pred: int, predicted: int) -> tuple[float, float, float]:
    recall = found / gold if gold else 1.0
    precision = matched_pred / predicted if predicted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(recall, 3), round(precision, 3), round(f1, 3)


def _event_matches(gold_events: list[dict], events: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for ge in gold_events:
        same = events[events["event_type"] == ge["event_type"]]
        for key in ("base_id", "nationality", "status"):
            if ge.get(key):
                same = same[same[key] == ge[key]]
        if ge.get("count") is not None:
            same = same[same["count"].map(_num) == float(ge["count"])]
        if ge.get("count_low") is not None:
            same = same[(same["count_low"].map(_num) == float(ge["count_low"])) & (same["count_high"].map(_num) == float(ge["count_high"]))]
        if ge.get("date"):
            same = same[same["date"] == ge["date"]]
        found = same.iloc[0] if len(same) else None
        rows.append({
            "event_type": ge["event_type"], "subject": ge.get("base_id") or ge.get("nationality") or "",
            "status": ge.get("status", ""), "gold_date": ge.get("date") or "",
            "gold_docs": ";".join(sorted(ge["docs"])), "found": found is not None,
            "event_id": found["event_id"] if found is not None else "",
            "docs_agree": found is not None and set(found["doc_ids"].split(";")) == set(ge["docs"]),
        })
    return pd.DataFrame(rows)


def score(mentions: pd.DataFrame, events: pd.DataFrame, texts: dict[str, str], gold: dict | None = None) -> Scores:
    """Score mentions (and events) against the gold annotation; see the module docstring."""
    gold = gold or load_gold()
    claims = [c for c in gold["claims"] if c["doc_id"] in texts]
    mentions = mentions[mentions["doc_id"].isin(texts)].reset_index(drop=True)
    pairs = match(claims, mentions, texts)
    matched_c = {ci: (mi, agree) for ci, mi, agree in pairs}
    matched_m = {mi for _, mi, _ in pairs}
    rows = []
    for t in (*EVENT_TYPES, "all"):
        in_t = [i for i, c in enumerate(claims) if t == "all" or c["event_type"] == t]
        req = [i for i in in_t if claims[i].get("required", True)]
        preds = [i for i in mentions.index if t == "all" or mentions.at[i, "event_type"] == t]
        found_req = sum(1 for i in req if i in matched_c)
        found_all = sum(1 for i in in_t if i in matched_c)
        ok_preds = sum(1 for i in preds if i in matched_m)
        r_req, p, f = _prf(found_req, len(req), ok_preds, len(preds))
        rows.append({"event_type": t, "claims_required": len(req), "found_required": found_req,
                     "recall_required": r_req, "claims_all": len(in_t), "found_all": found_all,
                     "recall_all": _prf(found_all, len(in_t), 0, 0)[0], "predicted": len(preds),
                     "matched": ok_preds, "precision": p, "f1_required": f})
    by_type = pd.DataFrame(rows)
    attr_rows, errors = [], []
    for attr in ATTRIBUTES:
        compared = [(ci, mi, agree[attr]) for ci, (mi, agree) in matched_c.items() if agree.get(attr) is not None]
        correct = sum(1 for *_, ok in compared if ok)
        attr_rows.append({"attribute": attr, "compared": len(compared), "correct": correct,
                          "accuracy": round(correct / len(compared), 3) if compared else 1.0})
        for ci, mi, ok in compared:
            if not ok:
                c, p = claims[ci], mentions.loc[mi]
                errors.append({"doc_id": c["doc_id"], "attribute": attr, "gold": _gold_value(c, attr),
                               "found": _pred_value(p, attr), "mention_id": p["mention_id"], "sentence": p["sentence"]})
    misses = pd.DataFrame(
        [{"doc_id": c["doc_id"], "event_type": c["event_type"], "required": c.get("required", True), "evidence": c["evidence"]}
         for i, c in enumerate(claims) if i not in matched_c],
        columns=["doc_id", "event_type", "required", "evidence"],
    )
    false_alarms = mentions.loc[[i for i in mentions.index if i not in matched_m],
                                ["mention_id", "doc_id", "event_type", "status", "base_id", "nationality", "count", "sentence"]]
    return Scores(by_type, pd.DataFrame(attr_rows), misses, false_alarms.reset_index(drop=True),
                  pd.DataFrame(errors, columns=["doc_id", "attribute", "gold", "found", "mention_id", "sentence"]),
                  _violations(gold, mentions, texts), _event_matches(gold["events"], events))


def _gold_value(c: dict, attr: str) -> str:
    if attr == "date window":
        return f"{c.get('date_earliest') or '…'} to {c.get('date_latest') or '…'}"
    if attr == "count":
        return f"{c.get('count_low')}–{c.get('count_high')}"
    return str(c.get({"base": "base_id"}.get(attr, attr), ""))


def _pred_value(p: pd.Series, attr: str) -> str:
    if attr == "date window":
        return f"{p['date_earliest'] or '…'} to {p['date_latest'] or '…'}"
    if attr == "count":
        return f"{p['count_low']}–{p['count_high']}"
    return str(p[{"base": "base_id"}.get(attr, attr)])

"""The whole analysis without notebooks: a folder of articles to documents, mentions and events.

    python -m helpers.pipeline RAW_DIR OUT_DIR [--engine serial|processes|dask] [--workers N]
                                               [--scheduler tcp://host:8786]

writes ``OUT_DIR/documents.csv``, ``OUT_DIR/sentences.csv``, ``OUT_DIR/mentions.csv`` and
``OUT_DIR/events.csv``. The notebooks call the same functions, one stage each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import pandas as pd

from helpers import io
from helpers.documents import parse_folder, write_stage1
from helpers.events import events_table, mentions_table
from helpers.extract import extract_document
from helpers.furniture import EVENT_ZONES
from helpers.engines import ENGINES, map_documents


def extract_mentions(documents: pd.DataFrame, sentences: pd.DataFrame, engine: str = "serial",
                     workers: int | None = None, scheduler: str | None = None) -> dict[str, list]:
    """Stage 2: each usable document's records, from its body and quote sentences."""
    published = published_dates(documents)
    usable = documents.loc[documents["extract"].astype(str).isin(["True", "true", "1"]), "doc_id"]
    body = sentences[sentences["zone"].isin(EVENT_ZONES)]
    by_doc = {doc_id: rows for doc_id, rows in body.groupby("doc_id", sort=False)}
    jobs = []
    for doc_id in sorted(usable):
        rows = by_doc.get(doc_id, body.iloc[0:0])
        anchor = dt.date.fromisoformat(published[doc_id]) if published.get(doc_id) else None
        jobs.append((doc_id, list(zip(rows["text"], rows["char_start"].astype(int))), anchor))
    records = map_documents(extract_document, jobs, engine, workers, "extracting events", scheduler)
    return {job[0]: found for job, found in zip(jobs, records)}


def published_dates(documents: pd.DataFrame) -> dict[str, str]:
    return dict(zip(documents["doc_id"], documents["published"]))


def run(raw_dir: str | Path, out_dir: str | Path, engine: str = "serial", workers: int | None = None,
        scheduler: str | None = None) -> dict[str, Path]:
    """Every stage on ``raw_dir``; all tables under ``out_dir``. The per-document work runs on
    ``engine`` (serial, processes, dask); the outputs are the same bytes whichever it is."""
    out_dir = Path(out_dir)
    written = write_stage1(parse_folder(raw_dir, engine, workers, scheduler), out_dir)
    documents = io.read_csv(written["documents"])
    sentences = io.read_csv(written["sentences"])
    mentions = mentions_table(extract_mentions(documents, sentences, engine, workers, scheduler))
    written["mentions"] = io.write_csv(mentions, out_dir / "mentions.csv")
    events = events_table(io.read_csv(written["mentions"]), published_dates(documents))
    written["events"] = io.write_csv(events, out_dir / "events.csv")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("raw_dir", help="folder of article files (with or without manifest.csv)")
    parser.add_argument("out_dir", help="folder for documents.csv, sentences.csv, mentions.csv, events.csv")
    parser.add_argument("--engine", choices=ENGINES, default="serial",
                        help="where the per-document stages run: this process, all cores, or Dask")
    parser.add_argument("--workers", type=int, default=None, help="processes or Dask workers (default: all cores)")
    parser.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler (tcp://host:8786)")
    args = parser.parse_args(argv)
    if not Path(args.raw_dir).is_dir():
        parser.error(f"{args.raw_dir} is not a folder")
    written = run(args.raw_dir, args.out_dir, args.engine, args.workers, args.scheduler)
    for name in ("documents", "mentions", "events"):
        rows = len(io.read_csv(written[name]))
        print(f"{name:9s} {rows:5d} rows  {written[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

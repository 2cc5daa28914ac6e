"""The whole analysis without notebooks: a folder of articles to documents, mentions and events.

    python -m helpers.pipeline RAW_DIR OUT_DIR [--engine serial|processes|dask] [--workers N]
                                               [--scheduler tcp://host:8786] [--parquet]

writes ``OUT_DIR/documents.csv``, ``OUT_DIR/sentences.csv``, ``OUT_DIR/texts/``,
``OUT_DIR/mentions.csv`` and ``OUT_DIR/events.csv`` (and ``.parquet`` copies with
``--parquet``). The notebooks call the same functions, one stage each; here stages 1 and 2
run together, each article read and searched for events in one visit, and everything is
streamed to disk, so memory stays flat as the corpus grows.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

import pandas as pd

from helpers import io
from helpers.documents import parse_folder, read_sentences
from helpers.engines import ENGINES, imap_documents
from helpers.events import MentionWriter, article_rows, events_table
from helpers.furniture import EVENT_ZONES


def published_dates(documents: pd.DataFrame) -> dict[str, str]:
    return dict(zip(documents["doc_id"], documents["published"]))


def extract_mentions(interim_dir: str | Path, engine: str = "serial", workers: int | None = None,
                     scheduler: str | None = None, parquet: bool = False) -> Path:
    """Stage 2 from stage 1's files: each usable document's events, from its body and quote
    sentences (``sentences.csv`` read a document at a time), to ``mentions.csv``."""
    interim_dir = Path(interim_dir)
    documents = io.read_csv(interim_dir / "documents.csv")
    published = published_dates(documents)
    usable = documents.loc[documents["extract"].isin(["True", "true", "1"]), "doc_id"]

    def jobs():
        for doc_id, rows in read_sentences(interim_dir / "sentences.csv"):
            body = rows[rows["zone"].isin(EVENT_ZONES)]
            anchor = dt.date.fromisoformat(published[doc_id]) if published.get(doc_id) else None
            yield doc_id, list(zip(body["text"], body["char_start"].astype(int))), anchor

    with MentionWriter(interim_dir / "mentions.csv", parquet) as out:
        for rows in imap_documents(article_rows, jobs(), engine, workers, "extracting events", scheduler, total=len(usable)):
            out.add(rows)
    return out.path


def write_events(mentions_csv: str | Path, documents: pd.DataFrame, out_path: str | Path, parquet: bool = False) -> Path:
    """Stage 3: ``mentions.csv`` (read a row at a time) to the events table."""
    return io.write_csv(events_table(mentions_csv, published_dates(documents)), out_path, parquet)


def run(raw_dir: str | Path, out_dir: str | Path, engine: str = "serial", workers: int | None = None,
        scheduler: str | None = None, parquet: bool = False) -> dict[str, Path]:
    """Every stage on ``raw_dir``; all tables under ``out_dir``. The per-document work runs on
    ``engine`` (serial, processes, dask); the outputs are the same bytes whichever it is, and
    the same as the notebooks' stage by stage (tests/test_engines.py checks both). Events are
    built from the records stage 2 holds, not read back from ``mentions.csv``."""
    out_dir = Path(out_dir)
    with MentionWriter(out_dir / "mentions.csv", parquet) as mentions:
        stage1 = parse_folder(raw_dir, out_dir, engine, workers, scheduler, parquet,
                              per_document=article_rows, on_document=lambda _, rows: mentions.add(rows))
    written = dict(stage1.paths, mentions=mentions.path)
    events = mentions.events_table(stage1.published)
    written["events"] = io.write_csv(events, out_dir / "events.csv", parquet)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("raw_dir", help="folder of article files (with or without manifest.csv)")
    parser.add_argument("out_dir", help="folder for documents.csv, sentences.csv, mentions.csv, events.csv")
    parser.add_argument("--engine", choices=ENGINES, default="serial",
                        help="where the per-document stages run: this process, all cores, or Dask")
    parser.add_argument("--workers", type=int, default=None, help="processes or Dask workers (default: all cores)")
    parser.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler (tcp://host:8786)")
    parser.add_argument("--parquet", action="store_true", help="also write each table as Parquet (for large corpora)")
    args = parser.parse_args(argv)
    if not Path(args.raw_dir).is_dir():
        parser.error(f"{args.raw_dir} is not a folder")
    written = run(args.raw_dir, args.out_dir, args.engine, args.workers, args.scheduler, args.parquet)
    for name in ("documents", "mentions", "events"):
        with open(written[name], encoding="utf-8", newline="") as fh:
            rows = sum(1 for _ in csv.reader(fh)) - 1
        print(f"{name:9s} {rows:7d} rows  {written[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Stage 1: a folder of raw articles to ``documents.csv``, ``sentences.csv`` and decoded texts.

Every file in the folder (and every manifest row) gets exactly one row in ``documents.csv``,
with a ``status`` from :data:`STATUSES` and a plain-language ``message``; ``extract`` says
whether later stages read it. Nothing is dropped silently and nothing stops the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd

from helpers import io
from helpers.body import Body
from helpers.docmeta import date_in_url, infer_outlet, infer_published
from helpers.furniture import EVENT_ZONES, zones
from helpers.manifest import Manifest, read_manifest
from helpers.normalize import fold
from helpers.paths import MANIFEST_NAME
from helpers.engines import imap_documents
from helpers.reading import arabic_share, decode_article
from helpers.sentences import split_sentences

#: Statuses, most severe first; ``extract`` is False for the first six.
STATUSES = {
    "missing": "listed in manifest.csv, but no such file is in the folder",
    "empty": "the file has no text",
    "binary": "the file is binary data, not text",
    "undecodable": "the bytes are not text in any encoding used for Arabic",
    "duplicate": "the same text as another file (kept once, under the first name)",
    "not_arabic": "the text is not in Arabic",
    "html": "a saved web page, stripped to its text",
    "no_date": "the publication date is unknown: relative dates in it cannot be resolved",
    "ok": "parsed",
}
SKIPPED = ("missing", "empty", "binary", "undecodable", "duplicate", "not_arabic")
#: Below this share of Arabic letters an article is not Arabic.
MIN_ARABIC_SHARE = 0.5

DOCUMENT_COLUMNS = [
    "doc_id", "file", "status", "extract", "message", "encoding", "bytes", "sha256", "chars",
    "in_manifest", "outlet", "outlet_basis", "url", "published", "published_basis",
    "published_confidence", "title", "sentences", "event_sentences", "duplicate_of",
]
SENTENCE_COLUMNS = ["doc_id", "sent_no", "zone", "zone_rule", "char_start", "char_end", "text"]


@dataclass
class Stage1:
    """What stage 1 wrote (``paths``: documents, sentences, texts) and the publication date of
    each usable document (what later stages need); the tables stay on disk."""

    paths: dict[str, Path]
    published: dict[str, str]

    @cached_property
    def documents(self) -> pd.DataFrame:
        """``documents.csv``, read back (every cell a string)."""
        return io.read_csv(self.paths["documents"])


def doc_id_for(name: str) -> str:
    """The document id: the file name without ``.txt`` (other extensions are kept)."""
    return name[:-4] if name.lower().endswith(".txt") else name


def list_inputs(raw_dir: str | Path) -> list[Path]:
    """The article files of a folder: every visible regular file but the manifest, by name."""
    raw_dir = Path(raw_dir)
    files = [
        p for p in raw_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name != MANIFEST_NAME
    ]
    return sorted(files, key=lambda p: p.name)


def _fingerprint(folded: str) -> bytes:
    """Identity of an article's words: its folded text, white space collapsed."""
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).digest()


def parse_file(path: Path, manifest_row: dict[str, str] | None, has_manifest: bool):
    """One file to (document row, sentence rows, decoded text or None, its event sentences as a
    :class:`~helpers.body.Body` or None, the fingerprint of its text or None)."""
    data = path.read_bytes()
    decoded = decode_article(data)
    row = {c: "" for c in DOCUMENT_COLUMNS}
    row.update(
        doc_id=doc_id_for(path.name), file=path.name, encoding=decoded.encoding, bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(), in_manifest="yes" if manifest_row else "no",
    )
    notes = [decoded.message] if decoded.message else []
    status = decoded.status
    if has_manifest and manifest_row is None:
        notes.append("not listed in manifest.csv")
    manifest_row = manifest_row or {}
    if manifest_row.get("published_problem"):
        notes.append(manifest_row["published_problem"])
    row.update(outlet=manifest_row.get("outlet", ""), url=manifest_row.get("url", ""))
    sentence_rows: list[dict] = []
    text = decoded.text
    body = fingerprint = None
    if text is not None:
        row["chars"] = len(text)
        zs = zones(text)
        for z in zs:
            for s, e in split_sentences(text, z.start, z.end):
                # a tuple in SENTENCE_COLUMNS order: a corpus has millions of sentences
                sentence_rows.append((row["doc_id"], len(sentence_rows), z.zone, z.rule, s, e, text[s:e]))
        row["title"] = next((text[z.start:z.end] for z in zs if z.zone == "title"), "")
        row["sentences"] = len(sentence_rows)
        folded = fold(text)
        fingerprint = _fingerprint(folded.text)
        body = Body(((r[6], r[4]) for r in sentence_rows if r[2] in EVENT_ZONES), folded)
        row["event_sentences"] = len(body.sentences)
        if manifest_row.get("outlet"):
            row["outlet_basis"] = "manifest"
        else:
            outlet = infer_outlet(text, zs)
            row.update(outlet=outlet.value, outlet_basis=outlet.basis)
        if manifest_row.get("published"):
            row.update(published=manifest_row["published"], published_confidence="manifest",
                       published_basis=manifest_row.get("published_basis") or "manifest")
        else:
            published = infer_published(text, zs, body)
            in_url = date_in_url(row["url"]) if published.confidence != "high" and row["url"] else None
            published = in_url or published  # the address's date before a weekday's guess
            row.update(published=published.value, published_basis=published.basis,
                       published_confidence=published.confidence)
        event_text = " ".join(t for t, _ in body.sentences)
        share = arabic_share(event_text or text)
        if share < MIN_ARABIC_SHARE:
            status = "not_arabic"
            notes.append(f"only {share:.0%} of its letters are Arabic")
        elif not row["published"]:
            notes.append("no publication date: " + row["published_basis"])
            if status == "ok":
                status = "no_date"
    row["status"] = status
    row["message"] = "; ".join(notes) if notes else STATUSES[status]
    return row, sentence_rows, text, body, fingerprint


def read_document(path: Path, manifest_row: dict[str, str] | None, has_manifest: bool,
                  per_document: Callable | None = None):
    """Everything stage 1 learns of one file, where the file is read (any engine's worker):
    (document row, its rows of the sentences table as CSV text, text or None, fingerprint or
    None, what ``per_document`` returns for a usable text or None). The rows are encoded here,
    by the table's own writer, to spare the process that writes the table.

    ``per_document(doc_id, body, anchor)`` gets the body and quote sentences (a
    :class:`~helpers.body.Body`, already searched for dates) and the publication date: the
    pipeline extracts events right there, so a corpus is read once.
    """
    row, sentence_rows, text, body, fingerprint = parse_file(path, manifest_row, has_manifest)
    sentences = io.encoded_rows(sentence_rows), len(sentence_rows)
    if text is None:
        return row, sentences, None, None, None
    extra = None
    if per_document is not None and row["status"] not in SKIPPED:
        anchor = dt.date.fromisoformat(row["published"]) if row["published"] else None
        extra = per_document(row["doc_id"], body, anchor)
    return row, sentences, text, fingerprint, extra


def parse_folder(raw_dir: str | Path, interim_dir: str | Path, engine: str = "serial", workers: int | None = None,
                 scheduler: str | None = None, parquet: bool = False, per_document: Callable | None = None,
                 on_document: Callable | None = None) -> Stage1:
    """Stage 1 on every file of ``raw_dir`` (and every row of its manifest), written under
    ``interim_dir``: ``documents.csv``, ``sentences.csv`` and ``texts/`` (Parquet copies of the
    tables with ``parquet``).

    Files are read on the chosen engine (:mod:`helpers.engines`) and every row is streamed to
    disk as it comes: memory holds a fingerprint and a date per file, not its row, its text or
    its sentences. Of several files with the same text the one the manifest lists is kept, else
    the first by name, so files are read in that order (listed ones first, each group by name),
    which is the order of both tables; manifest rows whose file is missing, and problems with
    the manifest, come last. ``on_document(doc_id, value)`` receives, in that order, what
    ``per_document`` returned for each kept usable file (see :func:`read_document`).
    """
    raw_dir, interim_dir = Path(raw_dir), Path(interim_dir)
    manifest: Manifest = read_manifest(raw_dir / MANIFEST_NAME)
    inputs = sorted(list_inputs(raw_dir), key=lambda p: (p.name not in manifest.rows, p.name))
    jobs = ((path, manifest.rows.get(path.name), manifest.present, per_document) for path in inputs)
    keeper: dict[bytes, str] = {}
    published: dict[str, str] = {}
    with io.atomic_dir(interim_dir / "texts") as texts_dir, \
            io.TableWriter(interim_dir / "sentences.csv", SENTENCE_COLUMNS, parquet) as sentences_out, \
            io.TableWriter(interim_dir / "documents.csv", DOCUMENT_COLUMNS, parquet) as documents_out:
        for row, sentences, text, fingerprint, extra in imap_documents(
                read_document, jobs, engine, workers, "reading articles", scheduler, total=len(inputs)):
            if text is not None:
                first = keeper.setdefault(fingerprint, row["doc_id"])
                if first != row["doc_id"]:
                    row.update(status="duplicate", duplicate_of=first,
                               message=f"the same text as {first}: kept once, under that name")
                else:
                    (texts_dir / f"{row['doc_id']}.txt").write_bytes(text.encode("utf-8"))
            row["extract"] = row["status"] not in SKIPPED
            if row["extract"]:
                sentences_out.write_encoded(*sentences)
                published[row["doc_id"]] = row["published"]
                if extra is not None and on_document is not None:
                    on_document(row["doc_id"], extra)
            documents_out.write([[row[c] for c in DOCUMENT_COLUMNS]])
        present = {p.name for p in inputs}
        for name in sorted(set(manifest.rows) - present):
            row = {c: "" for c in DOCUMENT_COLUMNS}
            m = manifest.rows[name]
            row.update(doc_id=doc_id_for(name), file=name, status="missing", extract=False, in_manifest="yes",
                       message=STATUSES["missing"], outlet=m.get("outlet", ""), url=m.get("url", ""),
                       published=m.get("published", ""), published_basis=m.get("published_basis", ""))
            documents_out.write([[row[c] for c in DOCUMENT_COLUMNS]])
        for problem in manifest.problems:
            row = {c: "" for c in DOCUMENT_COLUMNS} | {
                "doc_id": MANIFEST_NAME, "file": MANIFEST_NAME, "status": "manifest_problem", "extract": False,
                "message": problem}
            documents_out.write([[row[c] for c in DOCUMENT_COLUMNS]])
    return Stage1({
        "documents": interim_dir / "documents.csv",
        "sentences": interim_dir / "sentences.csv",
        "texts": interim_dir / "texts",
    }, published)


def read_sentences(path: str | Path, chunk_rows: int = 100_000) -> Iterator[tuple[str, pd.DataFrame]]:
    """``sentences.csv`` one document at a time, (doc_id, its rows), read in chunks so that a
    large corpus is never loaded whole (a document's rows are consecutive in the file)."""
    held = None
    for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", chunksize=chunk_rows):
        if chunk.empty:
            continue
        if held is not None:
            chunk = pd.concat([held, chunk], ignore_index=True)
        last = chunk["doc_id"].iloc[-1]
        done, held = chunk[chunk["doc_id"] != last], chunk[chunk["doc_id"] == last]
        yield from done.groupby("doc_id", sort=False)
    if held is not None and len(held):
        yield from held.groupby("doc_id", sort=False)


def status_summary(documents: pd.DataFrame) -> pd.DataFrame:
    """How many files have each status, most severe first, with what the status means."""
    order = list(STATUSES) + ["manifest_problem"]
    counts = documents["status"].value_counts()
    return pd.DataFrame(
        [(s, int(counts[s]), STATUSES.get(s, "a problem with manifest.csv")) for s in order if s in counts],
        columns=["status", "files", "meaning"],
    )


def read_text(path: str | Path) -> str:
    """A decoded text as stage 1 wrote it: UTF-8, line ends untouched (character offsets in the
    tables count a CR LF as two characters)."""
    return Path(path).read_bytes().decode("utf-8")


def read_texts(texts_dir: str | Path) -> dict[str, str]:
    """Every decoded text under ``texts_dir``, by document id."""
    return {p.stem: read_text(p) for p in sorted(Path(texts_dir).glob("*.txt"))}


def offset_mismatches(interim_dir: str | Path) -> int:
    """Sentences whose recorded span in its text file does not give back their text (0 when
    provenance holds), read a document at a time."""
    interim_dir = Path(interim_dir)
    bad = 0
    for doc_id, rows in read_sentences(interim_dir / "sentences.csv"):
        path = interim_dir / "texts" / f"{doc_id}.txt"
        text = read_text(path) if path.is_file() else None
        for start, end, sentence in zip(rows["char_start"], rows["char_end"], rows["text"]):
            if text is None or text[int(start):int(end)] != sentence:
                bad += 1
    return bad

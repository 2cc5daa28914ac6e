"""Stage 1: a folder of raw articles to ``documents.csv``, ``sentences.csv`` and decoded texts.

Every file in the folder (and every manifest row) gets exactly one row in ``documents.csv``,
with a ``status`` from :data:`STATUSES` and a plain-language ``message``; ``extract`` says
whether later stages read it. Nothing is dropped silently and nothing stops the run.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers import io
from helpers.docmeta import infer_outlet, infer_published
from helpers.furniture import EVENT_ZONES, zones
from helpers.manifest import Manifest, read_manifest
from helpers.normalize import fold
from helpers.paths import MANIFEST_NAME
from helpers.engines import map_documents
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
    documents: pd.DataFrame
    sentences: pd.DataFrame
    texts: dict[str, str]


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


def _fingerprint(text: str) -> str:
    """Identity of an article's words: folded, white space collapsed."""
    return hashlib.sha256(re.sub(r"\s+", " ", fold(text).text).strip().encode("utf-8")).hexdigest()


def parse_file(path: Path, manifest_row: dict[str, str] | None, has_manifest: bool):
    """One file to (document row, sentence rows, decoded text or None)."""
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
    if text is not None:
        row["chars"] = len(text)
        zs = zones(text)
        for z in zs:
            for s, e in split_sentences(text, z.start, z.end):
                # a tuple in SENTENCE_COLUMNS order: a corpus has millions of sentences
                sentence_rows.append((row["doc_id"], len(sentence_rows), z.zone, z.rule, s, e, text[s:e]))
        row["title"] = next((text[z.start:z.end] for z in zs if z.zone == "title"), "")
        row["sentences"] = len(sentence_rows)
        row["event_sentences"] = sum(r[2] in EVENT_ZONES for r in sentence_rows)
        if manifest_row.get("outlet"):
            row["outlet_basis"] = "manifest"
        else:
            outlet = infer_outlet(text, zs)
            row.update(outlet=outlet.value, outlet_basis=outlet.basis)
        if manifest_row.get("published"):
            row.update(published=manifest_row["published"], published_confidence="manifest",
                       published_basis=manifest_row.get("published_basis") or "manifest")
        else:
            published = infer_published(text, zs)
            row.update(published=published.value, published_basis=published.basis,
                       published_confidence=published.confidence)
        event_text = " ".join(r[6] for r in sentence_rows if r[2] in EVENT_ZONES)
        if arabic_share(event_text or text) < MIN_ARABIC_SHARE:
            status = "not_arabic"
            notes.append(f"only {arabic_share(event_text or text):.0%} of its letters are Arabic")
        elif not row["published"]:
            notes.append("no publication date: " + row["published_basis"])
            if status == "ok":
                status = "no_date"
    row["status"] = status
    row["message"] = "; ".join(notes) if notes else STATUSES[status]
    return row, sentence_rows, text


def parse_folder(raw_dir: str | Path, engine: str = "serial", workers: int | None = None,
                 scheduler: str | None = None) -> Stage1:
    """Stage 1 on every file of ``raw_dir`` (and every row of its manifest); each file is read
    on the chosen engine (:mod:`helpers.engines`), the rest in this process."""
    raw_dir = Path(raw_dir)
    manifest: Manifest = read_manifest(raw_dir / MANIFEST_NAME)
    inputs = list_inputs(raw_dir)
    jobs = [(path, manifest.rows.get(path.name), manifest.present) for path in inputs]
    parsed = map_documents(parse_file, jobs, engine, workers, "parsing articles", scheduler)
    # Of several files with the same text, the one the manifest lists is kept, else the first by name.
    prints = {row["doc_id"]: _fingerprint(text) for row, _, text in parsed if text is not None}
    keeper: dict[str, str] = {}
    for row, _, text in sorted(parsed, key=lambda p: (p[0]["in_manifest"] != "yes", p[0]["file"])):
        if text is not None:
            keeper.setdefault(prints[row["doc_id"]], row["doc_id"])
    rows, sentence_rows, texts = [], [], {}
    for row, sents, text in parsed:
        if text is not None:
            first = keeper[prints[row["doc_id"]]]
            if first != row["doc_id"]:
                row.update(status="duplicate", duplicate_of=first,
                           message=f"the same text as {first}: kept once, under that name")
                sents = []
            else:
                texts[row["doc_id"]] = text
        rows.append(row)
        sentence_rows.extend(sents)
    present = {p.name for p in list_inputs(raw_dir)}
    for name in sorted(set(manifest.rows) - present):
        row = {c: "" for c in DOCUMENT_COLUMNS}
        m = manifest.rows[name]
        row.update(doc_id=doc_id_for(name), file=name, status="missing", in_manifest="yes",
                   message=STATUSES["missing"], outlet=m.get("outlet", ""), url=m.get("url", ""),
                   published=m.get("published", ""), published_basis=m.get("published_basis", ""))
        rows.append(row)
    for problem in manifest.problems:
        rows.append({c: "" for c in DOCUMENT_COLUMNS} | {
            "doc_id": MANIFEST_NAME, "file": MANIFEST_NAME, "status": "manifest_problem", "message": problem})
    documents = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    documents["extract"] = ~documents["status"].isin(SKIPPED + ("manifest_problem",))
    documents = documents.sort_values(["file", "status"], kind="stable").reset_index(drop=True)
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    sentences = sentences[sentences["doc_id"].isin(documents.loc[documents["extract"], "doc_id"])]
    return Stage1(documents, sentences.reset_index(drop=True), texts)


def write_stage1(result: Stage1, interim_dir: str | Path) -> dict[str, Path]:
    """Write the stage's three outputs under ``interim_dir``; stale text files are removed."""
    interim_dir = Path(interim_dir)
    texts_dir = interim_dir / "texts"
    keep = set()
    for doc_id, text in sorted(result.texts.items()):
        target = texts_dir / f"{doc_id}.txt"
        io.write_text_atomic(target, text)
        keep.add(target.name)
    if texts_dir.is_dir():
        for old in texts_dir.iterdir():
            if old.name not in keep:
                old.unlink()
    return {
        "documents": io.write_csv(result.documents, interim_dir / "documents.csv"),
        "sentences": io.write_csv(result.sentences, interim_dir / "sentences.csv"),
        "texts": texts_dir,
    }


def status_summary(documents: pd.DataFrame) -> pd.DataFrame:
    """How many files have each status, most severe first, with what the status means."""
    order = list(STATUSES) + ["manifest_problem"]
    counts = documents["status"].value_counts()
    return pd.DataFrame(
        [(s, int(counts[s]), STATUSES.get(s, "a problem with manifest.csv")) for s in order if s in counts],
        columns=["status", "files", "meaning"],
    )


def offset_mismatches(result: Stage1) -> int:
    """Sentences whose recorded span does not give back their text (0 when provenance holds)."""
    bad = 0
    for row in result.sentences.itertuples():
        text = result.texts.get(row.doc_id)
        if text is None or text[int(row.char_start):int(row.char_end)] != row.text:
            bad += 1
    return bad

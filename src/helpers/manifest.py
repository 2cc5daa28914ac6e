"""The optional ``manifest.csv`` beside the articles: outlet, address and date of each file.

Columns: ``file, outlet, url, published, published_basis``; other columns are kept but not
used. The manifest is the analyst's word and wins over anything inferred from the text, except
where it is malformed: then the row is used without the bad value and a problem is reported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = ("file", "outlet", "url", "published", "published_basis")


@dataclass
class Manifest:
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    present: bool = False


def parse_iso_date(value: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, or None when the value is not one."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def read_manifest(path: str | Path) -> Manifest:
    """Read a manifest; a missing file gives an empty one, a broken one gives its problems."""
    path = Path(path)
    manifest = Manifest()
    if not path.is_file():
        return manifest
    manifest.present = True
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        manifest.problems.append("manifest.csv is not UTF-8 text: it was ignored")
        return manifest
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "file" not in header:
        manifest.problems.append("manifest.csv has no 'file' column: it was ignored")
        return manifest
    reader.fieldnames = header
    for line_no, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        name = row.get("file", "")
        if not name:
            manifest.problems.append(f"manifest.csv line {line_no}: no file name")
            continue
        if name in manifest.rows:
            manifest.problems.append(f"manifest.csv line {line_no}: {name} is listed twice; the first row is used")
            continue
        published = row.get("published", "")
        if published and parse_iso_date(published) is None:
            row["published_problem"] = f"the manifest's date '{published}' is not YYYY-MM-DD and was ignored"
            row["published"] = ""
        manifest.rows[name] = row
    return manifest

"""Writing stage outputs: atomically, deterministically, as UTF-8 with ``\\n`` line ends.

A run that fails half way must leave the previous outputs intact, so every file is written
to a temporary file in the same folder and then renamed over the target.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pandas as pd


_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_file(path: str | Path, mode: str = "wb", **kwargs):
    """A file to write ``path`` through: a temporary file beside it, renamed over it on success,
    removed on failure (the previous ``path`` is then left as it was)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_UMASK)  # as an ordinary write would leave it (mkstemp makes it private)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    with atomic_file(path) as fh:
        fh.write(data)
    return Path(path)


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 exactly as given (no newline translation)."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as UTF-8 CSV with ``\n`` line ends, no index, atomically (streamed to the
    file: a large table is never held twice as one string)."""
    with atomic_file(path, "w", encoding="utf-8", newline="") as fh:
        df.to_csv(fh, index=False, lineterminator="\n")
    return Path(path)


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a table written by :func:`write_csv`, keeping empty cells as empty strings."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")

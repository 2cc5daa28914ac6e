"""Writing stage outputs: atomically, deterministically, as UTF-8 with ``\\n`` line ends.

A run that fails half way must leave the previous outputs intact, so every file is written
to a temporary file in the same folder and then renamed over the target.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

#: A cell can be longer than the csv module reads by default (131,072 characters): an article
#: that is one long sentence, or the list of the mentions of an event reported thousands of times.
csv.field_size_limit(2**31 - 1)

#: Rows gathered before they are written as one Parquet row group.
PARQUET_ROW_GROUP = 50_000


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


@contextmanager
def atomic_dir(path: str | Path):
    """A folder to fill in place of ``path``: a temporary folder beside it that replaces it on
    success (the old one is then removed), and is removed on failure."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    try:
        yield tmp
        os.chmod(tmp, 0o777 & ~_UMASK)
        old = path.with_name(tmp.name[:-4] + ".old")
        if path.exists():
            os.replace(path, old)
        os.replace(tmp, path)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


class _LineFeedRows:
    """A file whose rows, written by a csv writer that ends them with CR LF, end with LF."""

    def __init__(self, fh):
        self.fh = fh

    def write(self, row: str) -> int:
        return self.fh.write(row[:-2] + "\n")


def csv_writer(fh):
    """A csv writer whose rows end with LF and that quotes every cell holding a CR or an LF.

    With ``lineterminator="\n"`` the csv module (and pandas' ``to_csv``) leaves a lone CR in a
    cell unquoted, and readers then break the row there; with CR LF as its terminator it quotes
    both, and each row's CR LF is then written as LF.
    """
    return csv.writer(_LineFeedRows(fh), lineterminator="\r\n")


class TableWriter:
    """A table written row by row: UTF-8 CSV with ``\n`` line ends (and, with ``parquet``, the
    same table as Parquet beside it, every column a string), each through a temporary file
    that replaces the target only when :meth:`close` is reached without an error.

    Use it as a context manager; rows are sequences in ``columns`` order.
    """

    def __init__(self, path: str | Path, columns: Sequence[str], parquet: bool = False):
        self.path, self.columns, self.rows = Path(path), list(columns), 0
        self._csv = atomic_file(self.path, "w", encoding="utf-8", newline="")
        self._writer = csv_writer(self._csv.__enter__())
        self._writer.writerow(self.columns)
        self._parquet = _ParquetWriter(self.path.with_suffix(".parquet"), self.columns) if parquet else None

    def write(self, rows: Iterable[Sequence]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        self._writer.writerows(rows)
        self.rows += len(rows)
        if self._parquet:
            self._parquet.add(rows)

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, kind, error, trace) -> None:
        self._csv.__exit__(kind, error, trace)
        if self._parquet:
            self._parquet.close(failed=kind is not None)


class _ParquetWriter:
    """Rows to a Parquet file of string columns, a row group at a time, through a temporary file."""

    def __init__(self, path: Path, columns: list[str]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.path, self.columns, self.buffer = path, columns, []
        self.schema = pa.schema([(c, pa.string()) for c in columns])
        fd, self.tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")

    def add(self, rows: list[Sequence]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            columns = [[v if type(v) is str else _text(v) for v in col] for col in zip(*self.buffer)]
            self.writer.write_table(pa.Table.from_arrays([pa.array(c, pa.string()) for c in columns], schema=self.schema))
            self.buffer = []

    def close(self, failed: bool) -> None:
        try:
            if not failed:
                self._flush()
            self.writer.close()
            if not failed:
                os.chmod(self.tmp, 0o666 & ~_UMASK)
                os.replace(self.tmp, self.path)
        finally:
            Path(self.tmp).unlink(missing_ok=True)


def _text(value) -> str:
    """A cell as the CSV writer writes it."""
    return "" if value is None else value if isinstance(value, str) else str(value)


def write_csv(df: pd.DataFrame, path: str | Path, parquet: bool = False) -> Path:
    """Write a table as UTF-8 CSV with ``\n`` line ends, no index, atomically, row by row
    (the same writer as the streamed stages: the same table gives the same bytes). Missing
    values (None, NaN) are empty cells, as pandas writes them."""
    df = df.astype(object).where(df.notna(), "")
    with TableWriter(path, list(df.columns), parquet) as out:
        for start in range(0, len(df), PARQUET_ROW_GROUP):
            out.write(df.iloc[start:start + PARQUET_ROW_GROUP].itertuples(index=False, name=None))
    return Path(path)


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a table written by :func:`write_csv`, keeping empty cells as empty strings."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")

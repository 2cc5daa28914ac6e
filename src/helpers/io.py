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
from io import StringIO
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pandas as pd

#: A cell can be longer than the csv module reads by default (131,072 characters): an article
#: that is one long sentence, or the list of the mentions of an event reported thousands of times.
csv.field_size_limit(2**31 - 1)

#: How much of a CSV table is read at a time to make its Parquet copy (a longer row is read with
#: larger blocks): small blocks keep memory low on large tables.
PARQUET_BLOCK_BYTES = 2 << 20

#: Rows gathered before they are written as one Parquet row group.
PARQUET_ROW_GROUP = 50_000


_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_file(path: str | Path, mode: str = "wb", finish: Callable[[Path], None] | None = None, **kwargs):
    """A file to write ``path`` through: a temporary file beside it, renamed over it on success,
    removed on failure (the previous ``path`` is then left as it was). ``finish(temporary
    path)`` runs on the complete file before the rename (a failure there fails the write)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
        if finish is not None:
            finish(Path(tmp))
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


def encoded_rows(rows: list[Sequence]) -> str:
    """Rows as :class:`TableWriter` writes them, as text."""
    buffer = StringIO()
    csv_writer(buffer).writerows(rows)
    return buffer.getvalue()


class TableWriter:
    """A table written row by row: UTF-8 CSV with ``\n`` line ends (and, with ``parquet``, the
    same table as Parquet beside it, every column a string, made from the finished CSV), each
    through a temporary file that replaces the target only when the ``with`` block is left
    without an error.

    Use it as a context manager; rows are sequences in ``columns`` order.
    """

    def __init__(self, path: str | Path, columns: Sequence[str], parquet: bool = False):
        self.path, self.columns, self.rows = Path(path), list(columns), 0
        finish = (lambda tmp: csv_to_parquet(tmp, self.path.with_suffix(".parquet"), self.columns)) if parquet else None
        self._csv = atomic_file(self.path, "w", finish=finish, encoding="utf-8", newline="")
        self._fh = self._csv.__enter__()
        self._writer = csv_writer(self._fh)
        self._writer.writerow(self.columns)

    def write(self, rows: Iterable[Sequence]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        self._writer.writerows(rows)
        self.rows += len(rows)

    def write_encoded(self, text: str, rows: int) -> None:
        """``rows`` rows already encoded by :func:`encoded_rows` (where they were made)."""
        self._fh.write(text)
        self.rows += rows

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, kind, error, trace) -> None:
        self._csv.__exit__(kind, error, trace)


def csv_to_parquet(csv_path: Path, parquet_path: Path, columns: list[str]) -> None:
    """A CSV table we wrote, as Parquet (every column a string, zstd, row groups of
    :data:`PARQUET_ROW_GROUP` rows), read by pyarrow a block at a time and written through a
    temporary file. A row longer than a block is read with larger blocks."""
    import pyarrow as pa

    block = PARQUET_BLOCK_BYTES
    while True:
        try:
            return _csv_blocks_to_parquet(csv_path, parquet_path, columns, block)
        except pa.ArrowInvalid as error:
            if "straddl" not in str(error):
                raise
            block *= 16


def _csv_blocks_to_parquet(csv_path: Path, parquet_path: Path, columns: list[str], block: int) -> None:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.string()) for c in columns])
    reader = pacsv.open_csv(
        csv_path,
        read_options=pacsv.ReadOptions(use_threads=False, block_size=block),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=schema, strings_can_be_null=False, quoted_strings_can_be_null=False),
    )
    with atomic_file(parquet_path) as fh, pq.ParquetWriter(fh, schema, compression="zstd") as writer:
        batches, held = [], 0
        for batch in reader:
            batches.append(batch)
            held += batch.num_rows
            if held >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_batches(batches, schema), row_group_size=PARQUET_ROW_GROUP)
                batches, held = [], 0
        writer.write_table(pa.Table.from_batches(batches, schema), row_group_size=PARQUET_ROW_GROUP)


#: Rows of a DataFrame turned into tuples at a time by :func:`write_csv`.
_FRAME_BATCH_ROWS = 50_000


def write_csv(df: pd.DataFrame, path: str | Path, parquet: bool = False) -> Path:
    """Write a table as UTF-8 CSV with ``\n`` line ends, no index, atomically, row by row
    (the same writer as the streamed stages: the same table gives the same bytes). Missing
    values (None, NaN) are empty cells, as pandas writes them."""
    df = df.astype(object).where(df.notna(), "")
    with TableWriter(path, list(df.columns), parquet) as out:
        for start in range(0, len(df), _FRAME_BATCH_ROWS):
            out.write(df.iloc[start:start + _FRAME_BATCH_ROWS].itertuples(index=False, name=None))
    return Path(path)


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a table written by :func:`write_csv`, keeping empty cells as empty strings."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")

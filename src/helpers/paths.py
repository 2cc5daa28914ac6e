"""Every path the project uses, in one place.

The package is installed editable from ``src/``, so the project root is two folders above
this file. Notebooks and tests import these names instead of writing ``"../data/..."``.
"""

from __future__ import annotations

from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
REFERENCE_DIR = DATA_DIR / "reference"
INTERIM_DIR = DATA_DIR / "interim"
PROCESSED_DIR = DATA_DIR / "processed"
GOLD_DIR = DATA_DIR / "gold"
RUNS_DIR = DATA_DIR / "runs"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"

MANIFEST_NAME = "manifest.csv"


def stage_dirs(raw_dir: str | Path | None = None) -> dict[str, Path]:
    """Where a run on ``raw_dir`` reads and writes.

    The bundled articles (``data/raw``, the default) write to ``data/interim``,
    ``data/processed`` and ``reports/figures``. Any other folder writes to
    ``data/runs/<folder name>/`` so that another corpus never overwrites the bundled results.
    """
    raw = RAW_DIR if raw_dir is None else Path(raw_dir).expanduser().resolve()
    if raw == RAW_DIR.resolve():
        return {"raw": RAW_DIR, "interim": INTERIM_DIR, "processed": PROCESSED_DIR, "figures": FIGURES_DIR}
    run = RUNS_DIR / raw.name
    return {"raw": raw, "interim": run / "interim", "processed": run / "processed", "figures": run / "figures"}


def display_path(path: str | Path) -> str:
    """A path as shown to readers: relative to the project when inside it, else its name only.

    Notebook outputs are committed, so they must never show a user's home folder or a
    machine's directory layout.
    """
    p = Path(path).expanduser().resolve()
    try:
        return p.relative_to(PROJ_ROOT.resolve()).as_posix()
    except ValueError:
        return f"<outside project>/{p.name}"

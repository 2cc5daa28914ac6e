"""Where runs read and write, and how paths are shown."""

from __future__ import annotations

from helpers import paths


def test_the_bundled_articles_write_to_interim_and_processed():
    dirs = paths.stage_dirs()
    assert dirs == {"raw": paths.RAW_DIR, "interim": paths.INTERIM_DIR, "processed": paths.PROCESSED_DIR, "figures": paths.FIGURES_DIR}
    assert paths.stage_dirs(paths.RAW_DIR) == dirs


def test_another_folder_writes_to_its_own_run_folder(tmp_path):
    dirs = paths.stage_dirs(tmp_path / "my articles")
    assert dirs["interim"] == paths.RUNS_DIR / "my articles" / "interim"
    assert dirs["processed"] == paths.RUNS_DIR / "my articles" / "processed"
    assert dirs["figures"] == paths.RUNS_DIR / "my articles" / "figures"


def test_display_paths_never_show_the_machine(tmp_path):
    assert paths.display_path(paths.INTERIM_DIR / "documents.csv") == "data/interim/documents.csv"
    assert paths.display_path(tmp_path / "x.txt") == "<outside project>/x.txt"

"""The headless pipeline, on the bundled articles and on folders it has never seen."""

from __future__ import annotations

import shutil
import subprocess
import sys

from helpers import evaluate, io
from helpers.events import EVENT_COLUMNS, MENTION_COLUMNS
from helpers.paths import INTERIM_DIR, PROCESSED_DIR, RAW_DIR


def test_the_command_writes_the_three_tables(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "helpers.pipeline", str(RAW_DIR), str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert list(io.read_csv(out / "mentions.csv").columns) == MENTION_COLUMNS
    assert list(io.read_csv(out / "events.csv").columns) == EVENT_COLUMNS
    assert len(io.read_csv(out / "documents.csv")) == 5


def test_it_works_without_a_manifest(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in RAW_DIR.glob("*.txt"):
        shutil.copy(p, raw / p.name)
    subprocess.run([sys.executable, "-m", "helpers.pipeline", str(raw), str(tmp_path / "out")], check=True, capture_output=True)
    events = io.read_csv(tmp_path / "out" / "events.csv")
    # the three articles whose text dates them still give the dated handovers
    done = events[(events["event_type"] == "base_transfer") & (events["status"] == "completed")]
    assert {"al-qaim", "qayyarah"} <= set(done["base_id"])


def test_cells_longer_than_the_csv_modules_limit_are_read_back(tmp_path):
    # an article that is one sentence of 200,000 characters (no full stop, no line break)
    raw = tmp_path / "raw"
    raw.mkdir()
    filler = " ".join(["وتناول الاجتماع سبل تعزيز التعاون الأمني بين البلدين"] * 4000)
    (raw / "long.txt").write_text(f"بغداد - المدى\nالخميس 26 آذار 2020 {filler} وتسلمت القوات العراقية أمس قاعدة القائم من التحالف الدولي\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "helpers.pipeline", str(raw), str(tmp_path / "out")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    [mention] = io.read_csv(tmp_path / "out" / "mentions.csv").itertuples()
    assert (mention.base_id, len(mention.sentence) > 131072) == ("al-qaim", True)


def test_a_folder_that_is_not_there_is_a_clear_error(tmp_path):
    done = subprocess.run([sys.executable, "-m", "helpers.pipeline", str(tmp_path / "nope"), str(tmp_path / "out")], capture_output=True, text=True)
    assert done.returncode == 2 and "is not a folder" in done.stderr


def test_every_mention_quotes_its_article(tmp_path):
    from helpers.pipeline import run

    run(RAW_DIR, tmp_path)
    mentions = io.read_csv(tmp_path / "mentions.csv")
    for row in mentions.itertuples():
        text = (RAW_DIR / f"{row.doc_id}.txt").read_text(encoding="utf-8")
        assert text[int(row.sentence_start):int(row.sentence_end)] == row.sentence
        assert text[int(row.char_start):int(row.char_end)] == row.evidence
        assert row.evidence and row.evidence in row.sentence


def test_the_seeds_score_full_marks_and_touch_no_not_event(tmp_path):
    """The floor: every claim found, nothing else predicted, nothing from not_events."""
    from helpers.pipeline import run

    run(RAW_DIR, tmp_path)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in RAW_DIR.glob("*.txt")}
    scores = evaluate.score(io.read_csv(tmp_path / "mentions.csv"), io.read_csv(tmp_path / "events.csv"), texts)
    overall = scores.by_type.set_index("event_type").loc["all"]
    assert overall["recall_required"] == 1.0
    assert overall["precision"] == 1.0
    assert scores.violations.empty
    assert scores.attributes["accuracy"].min() == 1.0
    assert scores.events["found"].all()


def test_committed_outputs_are_fresh(tmp_path):
    from helpers.pipeline import run

    run(RAW_DIR, tmp_path)
    assert (tmp_path / "mentions.csv").read_bytes() == (INTERIM_DIR / "mentions.csv").read_bytes()
    assert (tmp_path / "events.csv").read_bytes() == (PROCESSED_DIR / "events.csv").read_bytes()

"""The committed notebooks follow the output policy in helpers.notebooks, and are fresh."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from helpers import io, notebooks, paths
from helpers.paths import NOTEBOOKS_DIR, PROJ_ROOT

NOTEBOOKS = notebooks.notebook_paths()


def test_there_are_notebooks_and_no_strays():
    assert NOTEBOOKS, "no notebooks found"
    names = sorted(p.name for p in NOTEBOOKS_DIR.glob("*.ipynb"))
    assert names == [p.name for p in NOTEBOOKS], "a notebook outside the NN-verb-object.ipynb sequence"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_outputs_follow_the_policy(path):
    assert notebooks.problems(path) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_outputs_are_what_the_code_produces_now(path, tmp_path):
    out = notebooks.execute(path, tmp_path / path.name)
    assert out.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
        f"{path.name} is stale: run `make run` and commit the result"
    )


def _notebook(tmp_path, *outputs, counts=(1,)):
    nb = new_notebook(cells=[new_code_cell("x", execution_count=c, outputs=list(outputs)) for c in counts])
    nb.metadata["language_info"] = {"name": "python"}
    path = tmp_path / "01-x.ipynb"
    path.write_text(notebooks.dumps(nb), encoding="utf-8")
    return path


def test_policy_catches_jumping_execution_counts(tmp_path):
    assert any("execution counts" in p for p in notebooks.problems(_notebook(tmp_path, counts=(1, 3))))
    assert any("execution counts" in p for p in notebooks.problems(_notebook(tmp_path, counts=(None,))))


def test_policy_catches_timestamps_paths_and_errors(tmp_path):
    stream = new_output("stream", name="stdout", text=f"wrote {PROJ_ROOT}/data at 2021-12-09 10:11:12\n")
    found = notebooks.problems(_notebook(tmp_path, stream))
    assert any("timestamp" in p for p in found)
    assert any("absolute path" in p for p in found)
    error = new_output("error", ename="ValueError", evalue="x", traceback=[])
    assert any("error" in p for p in notebooks.problems(_notebook(tmp_path, error)))


def test_policy_catches_execution_metadata(tmp_path):
    path = _notebook(tmp_path)
    nb = nbformat.read(path, as_version=4)
    nb.cells[0].metadata["execution"] = {"iopub.execute_input": "2021-12-09T10:11:12Z"}
    nb.metadata["papermill"] = {"duration": 1.5}
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    assert any("metadata" in p for p in notebooks.problems(path))


def test_clean_keeps_findings_and_tags(tmp_path):
    nb = new_notebook(cells=[new_code_cell("x", metadata={"tags": ["parameters"], "papermill": {"duration": 1}})])
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.7"}
    cleaned = notebooks.clean(copy.deepcopy(nb))
    assert cleaned.cells[0].metadata == {"tags": ["parameters"]}
    assert cleaned.metadata["language_info"] == {"name": "python"}


def test_clean_joins_a_print_the_kernel_sent_in_pieces_and_keeps_the_order():
    """A table printed at once can reach the notebook as its text, then its newline (seen in
    CI on notebook 04): the committed form must not depend on how the kernel flushed it."""
    pieces = [new_output("stream", name="stdout", text="a    1"), new_output("stream", name="stdout", text="\n")]
    between = [new_output("stream", name="stderr", text="warning\n"), new_output("stream", name="stdout", text="b\n")]
    nb = new_notebook(cells=[new_code_cell("x", execution_count=1, outputs=pieces + between)])
    outputs = notebooks.clean(nb).cells[0].outputs
    assert [(o.name, o.text) for o in outputs] == [("stdout", "a    1\n"), ("stderr", "warning\n"), ("stdout", "b\n")]
    assert len(nb.cells[0].outputs) == 4  # a copy: the notebook given is not changed
    bar = [new_output("stream", name="stderr", text="10%\r"), new_output("stream", name="stderr", text="100%\n")]
    nb = new_notebook(cells=[new_code_cell("x", execution_count=1, outputs=bar)])
    assert [o.text for o in notebooks.clean(nb).cells[0].outputs] == ["100%\n"]


def test_policy_catches_a_print_in_pieces(tmp_path):
    pieces = [new_output("stream", name="stdout", text="a"), new_output("stream", name="stdout", text="\n")]
    assert any("split prints" in p for p in notebooks.problems(_notebook(tmp_path, *pieces)))


def test_the_report_holds_every_notebook_in_one_page(tmp_path):
    page = notebooks.report(output=tmp_path / "report.html").read_text(encoding="utf-8")
    for path in NOTEBOOKS:
        assert f"From <code>{path.name}</code>" in page
    assert page.count("<img") >= 4  # the charts
    assert str(PROJ_ROOT) not in page


ANOTHER_ARTICLE = """القوات الأمريكية تنسحب من قاعدة سبايكر وتسلمها للجيش العراقي
بغداد - شفق نيوز
نُشر في 12 تشرين الأول 2020
أعلنت خلية الإعلام الأمني، يوم الأحد، أن القوات الأمريكية سلمت قاعدة سبايكر في محافظة صلاح الدين إلى القوات العراقية.
وكانت قوات التحالف قد انسحبت الشهر الماضي من معسكر الصقر جنوب بغداد، كما أخلت قاعدة عسكرية صغيرة قرب الحدود.
وقتل جندي أمريكي وأصيب اثنان آخران في هجوم على قاعدة سبايكر أمس.
"""


def test_every_notebook_runs_on_a_folder_of_other_articles(tmp_path):
    """A user's folder (make run RAW=…): an article of another outlet, about bases the gazetteer
    does not list, goes through every notebook into its own run folder, and the run prints its
    progress and no warning of the kernels'."""
    folder = tmp_path / f"pytest-{tmp_path.name}"
    folder.mkdir()
    (folder / "shafaq-1.txt").write_text(ANOTHER_ARTICLE, encoding="utf-8")
    dirs = paths.stage_dirs(folder)
    try:
        # as `make run RAW=…` runs them: in a process of its own, whose output the user reads
        ran = subprocess.run([sys.executable, "-m", "helpers.notebooks", "run", "--raw", str(folder)],
                             cwd=PROJ_ROOT, capture_output=True, text=True, check=True)
        printed = ran.stdout + ran.stderr
        assert [line for line in printed.splitlines() if line.startswith("running ")] == [
            f"running {paths.display_path(p)}" for p in NOTEBOOKS]  # the progress lines, and
        assert "WARNING" not in printed and "encryption" not in printed  # no kernel warning (TCP without keys)
        done = [dirs["interim"].parent / "notebooks" / p.name for p in NOTEBOOKS]
        assert all(p.is_file() for p in done)
        events = io.read_csv(dirs["processed"] / "events.csv")
        assert sorted(events.loc[events["event_type"] == "base_transfer", "base_id"]) == ["unlisted-الصقر", "unlisted-سبايكر"]
        timeline = nbformat.read(done[4], as_version=4)
        printed = "".join(o.get("text", "") for c in timeline.cells if c.cell_type == "code" for o in c.outputs)
        assert "0 bases on the map, 2 not in the gazetteer" in printed
    finally:
        shutil.rmtree(dirs["interim"].parent, ignore_errors=True)

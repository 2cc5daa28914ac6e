"""Running the notebooks, and the policy for their committed outputs.

Policy: notebooks are committed *with* their outputs, so a reader sees the findings on a code
host without running anything. The outputs must be exactly what ``make run`` produces from the
committed code and data: every code cell executed once, top to bottom, in a fresh kernel
(execution counts 1, 2, 3 …), with no timestamps, durations, Python versions or absolute
paths. :func:`clean` strips what execution adds that is not a finding; :func:`problems` lists
breaches of the policy; ``tests/test_notebooks.py`` fails on any, and on stale outputs.

Command line::

    python -m helpers.notebooks run [--raw DIR]   # execute all notebooks in order
    python -m helpers.notebooks check             # report policy breaches (exit 1 if any)
    python -m helpers.notebooks report            # all executed notebooks as one HTML page
"""

from __future__ import annotations

import argparse
import getpass
import copy
import json
import re
import socket
import sys
import tempfile
from pathlib import Path

import nbformat

from helpers import io
from helpers.paths import NOTEBOOKS_DIR, PROJ_ROOT, RAW_DIR, REPORTS_DIR, RUNS_DIR, display_path, stage_dirs

KEPT_LANGUAGE_INFO = ("codemirror_mode", "file_extension", "mimetype", "name", "nbconvert_exporter", "pygments_lexer")
VOLATILE_CELL_METADATA = ("execution", "papermill", "collapsed", "scrolled")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")
_ABSOLUTE = re.compile(r"(?<![\w.])(?:/home/|/root/|/Users/|/tmp/|/var/folders/|/work/|[A-Za-z]:\\\\)")


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The pipeline's notebooks, in order: ``NN-verb-object.ipynb``."""
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb"))


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of ``nb`` without what execution adds that is not a finding.

    Consecutive prints to one stream are merged into one output: the kernel sends a cell's
    printed text in as many messages as it happened to flush, which varies from run to run (a
    long table can arrive as its text, then its final newline), and nbconvert's
    ``CoalesceStreamsPreprocessor`` joins them back (keeping of a line rewritten after a carriage
    return, as progress bars do, what was left on screen). The order of outputs is kept."""
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    nb = copy.deepcopy(nb)
    nb, _ = CoalesceStreamsPreprocessor().preprocess(nb, {})
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    if "language_info" in nb.metadata:
        info = nb.metadata["language_info"]
        nb.metadata["language_info"] = {k: info[k] for k in KEPT_LANGUAGE_INFO if k in info}
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if cell.metadata.get("tags") == []:
            del cell.metadata["tags"]
    return nb


def dumps(nb: nbformat.NotebookNode) -> str:
    """The notebook as committed: nbformat's JSON, one trailing newline."""
    return nbformat.writes(nb) + "\n"


def ipc_kernel_manager() -> type:
    """A kernel manager whose kernel talks over IPC (Unix sockets in Jupyter's runtime folder)
    instead of TCP on loopback: a kernel on TCP without CurveZMQ keys warns, on every start, that
    its traffic is unencrypted (ipykernel 7), which an analyst reads as a security problem; on one
    machine, IPC is the transport Jupyter itself recommends instead. Its sockets get a path of their
    own in the temporary folder, removed when the kernel stops. Windows has no IPC transport: there
    the kernel keeps TCP."""
    import uuid

    from jupyter_client.manager import KernelManager
    from traitlets import CaselessStrEnum, default

    if sys.platform.startswith("win"):
        return KernelManager

    class IPCKernelManager(KernelManager):
        transport = CaselessStrEnum(["tcp", "ipc"], default_value="ipc", config=True)

        @default("ip")
        def _ip_default(self) -> str:
            # the sockets' path: a name of its own in the temporary folder (by default it would be
            # "kernel-ipc" in the notebook's folder, shared by every kernel started there)
            return str(Path(tempfile.gettempdir()) / f"helpers-kernel-{uuid.uuid4().hex[:12]}-ipc")

    return IPCKernelManager


def execute(path: Path, output: Path, raw_dir: str | Path | None = None, engine: str | None = None) -> Path:
    """Run one notebook top to bottom in a fresh kernel; write the cleaned result to ``output``.

    ``raw_dir`` and ``engine`` go to the notebook's ``parameters`` cell when given (an engine only
    to the notebooks that take one)."""
    import papermill

    params = {"raw_dir": str(raw_dir)} if raw_dir is not None else {}
    if engine is not None and "engine =" in path.read_text(encoding="utf-8"):
        params["engine"] = engine
    with tempfile.TemporaryDirectory() as tmp:
        executed = Path(tmp) / path.name
        papermill.execute_notebook(
            str(path), str(executed), parameters=params, kernel_name="python3",
            cwd=str(path.parent), progress_bar=False, log_output=False,
            kernel_manager_class=ipc_kernel_manager(),
        )
        nb = nbformat.read(executed, as_version=4)
    io.write_text_atomic(output, dumps(clean(nb)))
    return output


def run_all(raw_dir: str | Path | None = None, engine: str | None = None) -> list[Path]:
    """Run every notebook in order. The bundled articles update the committed notebooks;
    another folder (or another engine) writes its executed notebooks beside its own outputs."""
    default = raw_dir is None or Path(raw_dir).resolve() == RAW_DIR.resolve()
    if default and engine is None:
        out_dir = NOTEBOOKS_DIR
    elif default:  # the same tables, made on another engine: its notebooks apart from the committed ones
        out_dir = RUNS_DIR / f"{RAW_DIR.name}-{engine}" / "notebooks"
    else:
        out_dir = stage_dirs(raw_dir)["interim"].parent / "notebooks"
    done = []
    for path in notebook_paths():
        print(f"running {display_path(path)}", flush=True)
        done.append(execute(path, out_dir / path.name, None if default else raw_dir, engine))
    return done


def report(folder: Path = NOTEBOOKS_DIR, output: Path = REPORTS_DIR / "report.html") -> Path:
    """Every executed notebook, in order, as one static HTML page for readers without Jupyter."""
    from nbconvert import HTMLExporter
    from nbformat.v4 import new_markdown_cell

    combined = None
    for path in notebook_paths(folder):
        nb = nbformat.read(path, as_version=4)
        marker = new_markdown_cell(f"---\n*From `{path.name}`*")
        if combined is None:
            combined = nb
            combined.cells.insert(0, marker)
        else:
            combined.cells += [marker, *nb.cells]
    if combined is None:
        raise FileNotFoundError(f"no notebooks in {display_path(folder)}")
    for i, cell in enumerate(combined.cells):
        cell["id"] = f"cell-{i:04d}"  # ids repeat across notebooks; the page needs them unique
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(combined)
    return io.write_text_atomic(output, body)


def _output_texts(nb) -> list[str]:
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            texts.append(json.dumps(out, ensure_ascii=False))
    return texts


def _user() -> str:
    """The user's login name, when it is distinctive enough to look for (not "root", "user" …)."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name on this machine
        return ""
    return name if len(name) >= 5 and name not in {"runner", "jovyan", "admin"} else ""


def problems(path: Path) -> list[str]:
    """Breaches of the output policy in one committed notebook (empty when it complies)."""
    raw = path.read_text(encoding="utf-8")
    nb = nbformat.reads(raw, as_version=4)
    found = []
    if raw != dumps(clean(nb)):
        found.append("holds execution metadata (timings, papermill, versions) or split prints: run `make run`")
    code = [c for c in nb.cells if c.cell_type == "code"]
    counts = [c.execution_count for c in code]
    if counts != list(range(1, len(code) + 1)):
        found.append(f"execution counts are {counts}, not 1..{len(code)} from a fresh top-to-bottom run")
    secret = [str(PROJ_ROOT), str(Path.home()), socket.gethostname(), _user()]
    for i, text in enumerate(_output_texts(nb)):
        if '"output_type": "error"' in text:
            found.append(f"output {i} is an error")
        if _TIMESTAMP.search(text):
            found.append(f"output {i} holds a timestamp")
        if _ABSOLUTE.search(text) or any(s and len(s) > 3 and s in text for s in secret):
            found.append(f"output {i} holds an absolute path, the user's or the machine's name")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.notebooks")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="execute every notebook in order")
    run.add_argument("--raw", default=None, help="folder of articles (default: data/raw)")
    run.add_argument("--engine", default=None, help="serial, processes or dask (default: serial)")
    sub.add_parser("check", help="check the committed notebooks against the output policy")
    sub.add_parser("report", help="export the executed notebooks to reports/report.html")
    args = parser.parse_args(argv)
    if args.command == "run":
        run_all(args.raw or None, args.engine or None)
        return 0
    if args.command == "report":
        print(f"wrote {display_path(report())}")
        return 0
    bad = 0
    for path in notebook_paths():
        for problem in problems(path):
            print(f"{display_path(path)}: {problem}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""`make lab` works: a Jupyter server on loopback opens every notebook and runs one in a kernel.

The server listens on 127.0.0.1 only, on a free port, with a random token, and is stopped at
the end; nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid

import nbformat
import pytest
import requests
import websocket

from helpers.notebooks import notebook_paths
from helpers.paths import PROJ_ROOT

START_TIMEOUT = 60
CELL_TIMEOUT = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jupyter")
    port, token = _free_port(), uuid.uuid4().hex
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"), "JUPYTER_CONFIG_DIR": str(tmp / "config")}
    log = open(tmp / "server.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter_server", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
         "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", "--ServerApp.open_browser=False", "--allow-root",
         f"--ServerApp.root_dir={PROJ_ROOT}"],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"token {token}"}
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if requests.get(f"{base}/api/status", headers=headers, timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("the Jupyter server did not start:\n" + (tmp / "server.log").read_text(errors="replace"))
            time.sleep(0.5)
        yield base, port, token, headers
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_every_notebook_opens_through_the_rest_api(server):
    base, _, _, headers = server
    for path in notebook_paths():
        reply = requests.get(f"{base}/api/contents/notebooks/{path.name}", headers=headers, params={"content": 1}, timeout=30)
        assert reply.ok, path.name
        model = reply.json()
        assert model["type"] == "notebook" and model["content"]["cells"], path.name


def _execute(ws, code: str) -> list[dict]:
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test", "session": uuid.uuid4().hex, "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False},
    }))
    replies = []
    deadline = time.monotonic() + CELL_TIMEOUT
    while time.monotonic() < deadline:
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        replies.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return replies
    raise TimeoutError(code[:80])


def test_a_notebook_runs_top_to_bottom_in_a_server_kernel(server):
    base, port, token, headers = server
    kernel = requests.post(f"{base}/api/kernels", headers=headers, json={"name": "python3"}, timeout=30).json()
    try:
        ws = websocket.create_connection(f"ws://127.0.0.1:{port}/api/kernels/{kernel['id']}/channels?token={token}", timeout=CELL_TIMEOUT)
        nb = nbformat.read(notebook_paths()[0], as_version=4)
        outputs = []
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            replies = _execute(ws, cell.source)
            errors = [m for m in replies if m["msg_type"] == "error"]
            assert not errors, errors[0]["content"]["evalue"]
            outputs += [m["content"].get("text", "") for m in replies if m["msg_type"] == "stream"]
        ws.close()
        assert any("spans verified" in text for text in outputs)
    finally:
        requests.delete(f"{base}/api/kernels/{kernel['id']}", headers=headers, timeout=30)

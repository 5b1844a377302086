"""What a person running `make demo` sees: a short terminal, then a banner whose URLs
already answer, with the demo logins and what Rasa is doing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.harness import free_port
from tests.processes import ProcessOutput
from tests.timing import budget

MOST_LINES_BEFORE_THE_BANNER = 3


def test_the_demo_banner_comes_once_the_server_answers_and_says_what_rasa_does(
    tmp_path: Path,
) -> None:
    port = free_port()
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/demo.db",
        "PYTHONUNBUFFERED": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tsunagu", "demo", "--no-rasa", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output = ProcessOutput(process)
        output.wait_for("tsunagu デモ / demo", budget(90))
        before = [line for line in output.seen[:-1] if line.strip()]
        simulator = f"http://127.0.0.1:{port}/simulator"
        assert simulator in output.wait_for("simulator:", budget(5))
        assert httpx.get(simulator, timeout=budget(5)).status_code == 200
        # How to talk to it from a terminal: make knows where uv is, and the port.
        assert f"make chat PORT={port}" in output.wait_for("terminal:", budget(5))
        assert "demo-admin" in output.wait_for("login:", budget(5))
        assert "the built-in classifier answers" in output.wait_for("Rasa:", budget(5))
        assert len(before) <= MOST_LINES_BEFORE_THE_BANNER, before
        assert not any(" INFO " in line or "INFO:" in line for line in before), before
        # Stopped as a closed terminal or `kill` stops it: it winds down (Rasa included,
        # when it runs one) and says so, rather than dying at once.
        process.terminate()
        output.wait_for("demo stopped", budget(30))
        assert process.wait(timeout=budget(15)) == 0
    finally:
        process.terminate()
        process.wait(timeout=budget(15))

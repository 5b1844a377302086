"""The Rasa HTTP server as a context manager, plus the environment and model it needs.

`ensure_env()` builds ``.venv-rasa``; `ensure_model()` trains when the data changed;
``with RasaServer(model, port) as server:`` runs ``rasa run --enable-api`` until the block
ends and only returns once the model answers.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

import httpx

from nlu.environment import NLU_DIR, PROJECT_ROOT, ensure_env, rasa_python, require_env
from nlu.model_store import ensure_model

__all__ = ["RasaServer", "RasaStartError", "ensure_env", "ensure_model", "free_port", "rasa_python"]

log = logging.getLogger(__name__)

START_TIMEOUT_SECONDS = 240.0
LOG_DIR = PROJECT_ROOT / "var" / "log"


class RasaStartError(RuntimeError):
    """The Rasa server exited or did not load its model in time."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _model_loaded(url: str) -> bool:
    try:
        response = httpx.get(f"{url}/status", timeout=2.0)
    except httpx.HTTPError:
        return False
    return response.status_code == httpx.codes.OK and bool(response.json().get("model_file"))


class RasaServer:
    """``rasa run --enable-api`` from ``.venv-rasa`` on 127.0.0.1:`port`."""

    def __init__(
        self, model_path: Path, port: int, start_timeout: float = START_TIMEOUT_SECONDS
    ) -> None:
        self.model_path = model_path
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.start_timeout = start_timeout
        self.log_path = LOG_DIR / f"rasa-{port}.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> RasaServer:
        rasa = require_env()
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        command = [
            str(rasa),
            "run",
            "--enable-api",
            "--model",
            str(self.model_path),
            "--interface",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        environment = {
            **os.environ,
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        }
        with self.log_path.open("wb") as log_file:
            self._process = subprocess.Popen(
                command, cwd=NLU_DIR, stdout=log_file, stderr=subprocess.STDOUT, env=environment
            )
        self._wait_until_ready()
        log.info("rasa server ready on port %d", self.port)
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RasaStartError(
                    f"rasa exited with {self._process.returncode}; see {self.log_path}"
                )
            if _model_loaded(self.url):
                return
            time.sleep(0.5)
        self.stop()
        raise RasaStartError(f"rasa did not load its model within {self.start_timeout:.0f} s")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def __enter__(self) -> RasaServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

"""The real Rasa server for the NLU tests: `rasa run --enable-api` from `.venv-rasa` with
the trained model, started once per test session on a free port.

Without `.venv-rasa` or a model trained from the current data the Rasa tests skip on a
developer's machine and FAIL in CI (`make test` builds both first)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nlu.environment import rasa_executable, venv_dir
from nlu.model_store import current_model
from nlu.server import START_TIMEOUT_SECONDS, RasaServer, free_port
from tests.conftest import SHARED, service_missing
from tests.timing import budget

EXAMPLES = Path(SHARED) / "spec" / "examples.jsonl"


def trained_model() -> Path:
    """The model for the current config, domain and data (never trains by itself)."""
    if not rasa_executable().exists():
        service_missing(f"{venv_dir()} (run `uv run tsunagu nlu setup`)")
    model = current_model()
    if model is None:
        service_missing("a Rasa model for the current data (run `uv run tsunagu nlu train`)")
    assert model is not None
    return model


@pytest.fixture(scope="session")
def rasa_server() -> Iterator[RasaServer]:
    """One Rasa server for the whole session. A test may stop and start it again (same
    port); the server is left running when the test ends."""
    server = RasaServer(trained_model(), free_port(), start_timeout=budget(START_TIMEOUT_SECONDS))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def running_rasa(rasa_server: RasaServer) -> RasaServer:
    """The shared server, started again if an earlier test left it stopped."""
    if rasa_server.pid is None:
        rasa_server.start()
    return rasa_server


def labelled_examples() -> list[dict[str, Any]]:
    """The dev set (`spec/examples.jsonl`): evaluated on, never trained on."""
    if not EXAMPLES.exists():
        service_missing(f"the dev set {EXAMPLES}")
    with EXAMPLES.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]

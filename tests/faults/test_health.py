"""`/health` in the docker-compose shape — `tsunagu serve` without a worker of its own, a
`tsunagu worker` process beside it, Rasa at `NLU_URL` — follows Rasa stopping and coming
back, and a worker dying, within seconds."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.faults.conftest import FaultStack
from tests.faults.services import wait_until

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.redis]

DEGRADED_WITHIN_SECONDS = 10.0
COMPOSE_FILE = Path(__file__).resolve().parents[2] / "docker-compose.yml"


def compose_worker_healthcheck(worker_pid: int, redis_url: str) -> int:
    """docker-compose.yml's worker healthcheck, run here for `worker_pid` (in its container
    the worker is PID 1): its exit code."""
    compose = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    command, option, script = compose["services"]["worker"]["healthcheck"]["test"][1:]
    assert (command, option) == ("python", "-c") and ":1'" in script
    script = script.replace(":1'", f":{worker_pid}'")
    env = {"REDIS_URL": redis_url, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", script], env=env, timeout=30).returncode


class Health:
    """The api's /health as an operator's probe sees it."""

    def __init__(self, api_url: str) -> None:
        self.url = f"{api_url}/health"
        self.last: dict[str, Any] = {}

    async def read(self) -> dict[str, Any]:
        async with httpx.AsyncClient(timeout=5) as http:
            response = await http.get(self.url)
        self.last = {"http": response.status_code, **response.json()}
        return self.last

    async def until(
        self, what: str, holds: Callable[[dict[str, Any]], bool], within: float
    ) -> float:
        """Seconds until `holds(body)`; fails with the last body after `within`."""
        started = time.monotonic()

        async def check() -> bool:
            return holds(await self.read())

        try:
            await wait_until(check, within, what, every=0.25)
        except AssertionError as error:
            raise AssertionError(f"{error}; last /health: {self.last}") from None
        return time.monotonic() - started


def _workers(body: dict[str, Any]) -> list[dict[str, Any]]:
    return list(body["components"]["workers"]["workers"])


async def test_health_follows_rasa_and_the_worker_in_the_compose_shape(
    fault_stack: FaultStack,
) -> None:
    stack = fault_stack
    health = Health(stack.processes.api_url)
    worker = await stack.start_worker()
    await health.until("ok with the worker serving", lambda b: b["status"] == "ok", 30)
    assert health.last["http"] == 200
    assert compose_worker_healthcheck(worker.pid, stack.redis.url) == 0

    await stack.rasa_server.stop()
    seconds = await health.until(
        "degraded once Rasa stopped",
        lambda b: b["status"] == "degraded" and b["nlu"] == "degraded",
        DEGRADED_WITHIN_SECONDS,
    )
    print(f"\n/health degraded {seconds:.1f} s after Rasa stopped")
    assert health.last["http"] == 200, "the api still takes webhooks: not a 503"
    await health.until(
        "the worker's own view of Rasa",
        lambda b: [w["nlu"] for w in _workers(b)] == ["degraded"],
        15,
    )

    await stack.rasa_server.start()
    seconds = await health.until(
        "ok once Rasa is back, for the api and the worker",
        lambda b: b["status"] == "ok" and [w["nlu"] for w in _workers(b)] == ["ok"],
        20,
    )
    print(f"/health ok again {seconds:.1f} s after Rasa came back")

    stack.processes.kill_worker(worker)
    seconds = await health.until(
        "no live worker",
        lambda b: b["status"] == "degraded" and b["components"]["workers"]["alive"] == 0,
        30,
    )
    print(f"/health saw the killed worker gone after {seconds:.1f} s")
    assert compose_worker_healthcheck(worker.pid, stack.redis.url) == 1

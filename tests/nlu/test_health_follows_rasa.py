"""The real Rasa server stopped under the docker-compose shape (`tsunagu serve` without a
worker of its own, a `tsunagu worker` beside it, PostgreSQL, Redis): `/health` says
degraded within 10 s, though no resident wrote in the meantime."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from nlu.server import RasaServer
from tests.data_protection.session_guard import watch_log_dir
from tests.faults.services import PrivateRedis, TsunaguProcesses, wait_until
from tests.harness import ACCESS_TOKEN, CHANNEL_SECRET

pytestmark = [pytest.mark.rasa, pytest.mark.postgres, pytest.mark.redis]

DEGRADED_WITHIN_SECONDS = 10.0


async def _health(api_url: str) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=5) as http:
        response = await http.get(f"{api_url}/health")
    return {"http": response.status_code, **response.json()}


async def test_health_of_api_and_worker_apart_is_degraded_soon_after_rasa_stops(
    running_rasa: RasaServer, postgres_url: str, tmp_path: Path
) -> None:
    redis = PrivateRedis(tmp_path)
    await redis.start()
    logdir = tmp_path / "logs"
    logdir.mkdir()
    watch_log_dir(logdir)
    processes = TsunaguProcesses(
        {
            "TSUNAGU_ENV": "test",
            "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
            "LINE_API_BASE_URL": "http://127.0.0.1:9/emulator",  # no resident writes here
            "DATABASE_URL": postgres_url,
            "REDIS_URL": redis.url,
            "NLU_URL": running_rasa.url,
            "TSUNAGU_LOG_LEVEL": "WARNING",
        },
        logdir,
    )
    try:
        await processes.start_api()
        processes.start_worker()

        async def all_ok() -> bool:
            return bool((await _health(processes.api_url))["status"] == "ok")

        await wait_until(all_ok, 120, "/health ok with the worker and Rasa up", every=0.5)

        await asyncio.to_thread(running_rasa.stop)
        stopped = time.monotonic()
        while (body := await _health(processes.api_url))["nlu"] != "degraded":
            assert time.monotonic() - stopped < DEGRADED_WITHIN_SECONDS, body
            await asyncio.sleep(0.5)
        print(f"\n/health degraded {time.monotonic() - stopped:.1f} s after Rasa stopped")
        assert body["status"] == "degraded" and body["http"] == 200
    finally:
        await processes.stop_all()
        redis.kill()

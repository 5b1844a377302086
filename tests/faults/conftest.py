"""A production-shaped tsunagu for fault tests: `tsunagu serve` and `tsunagu worker`
processes, a private Redis, PostgreSQL behind a cuttable proxy, the LINE emulator."""

from __future__ import annotations

import subprocess
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis
from sqlalchemy.engine import make_url

from api.emulator import LineEmulator
from tests.data_protection.session_guard import watch_log_dir
from tests.faults.services import (
    BackgroundServer,
    PrivateRedis,
    RasaStandIn,
    TcpFaultProxy,
    TsunaguProcesses,
    emulator_app,
    served,
    wait_until,
)
from tests.faults.traffic import Traffic
from tests.harness import ACCESS_TOKEN, CHANNEL_SECRET, free_port

LOG_ROOT = Path(__file__).resolve().parents[2] / "var" / "log" / "faults"


@dataclass
class FaultStack:
    database_url: str
    emulator: LineEmulator
    redis: PrivateRedis
    postgres: TcpFaultProxy
    rasa: RasaStandIn
    rasa_server: BackgroundServer
    processes: TsunaguProcesses

    async def serving(self, worker: subprocess.Popen[bytes]) -> bool:
        """Whether `worker` has told Redis it is alive (it is taking events)."""
        if worker.poll() is not None:
            raise AssertionError(f"worker exited; see {self.processes.logdir}")
        redis = Redis.from_url(self.redis.url)
        try:
            pattern = f"tsunagu:alive:{worker.pid}-*"
            return bool([k async for k in redis.scan_iter(match=pattern)])
        finally:
            await redis.aclose()

    async def start_worker(self) -> subprocess.Popen[bytes]:
        """A new `tsunagu worker`, once it is taking events."""
        worker = self.processes.start_worker()
        await wait_until(lambda: self.serving(worker), 120, f"worker {worker.pid} to serve")
        return worker

    def traffic(self, users: int, pace: float) -> Traffic:
        return Traffic(
            self.emulator,
            f"{self.processes.api_url}/line/webhook",
            CHANNEL_SECRET,
            users=users,
            pace=pace,
        )


@pytest.fixture
async def fault_stack(
    postgres_url: str, tmp_path: Path, redis_url: str
) -> AsyncIterator[FaultStack]:
    del redis_url  # the shared Redis must answer too (CI checks it); this stack brings its own
    url = make_url(postgres_url)
    proxy = TcpFaultProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.restore()
    redis = PrivateRedis(tmp_path)
    await redis.start()
    emulator = LineEmulator(access_token=ACCESS_TOKEN)
    emulator_port = free_port()
    rasa = RasaStandIn()
    environment = {
        "TSUNAGU_ENV": "test",
        "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_API_BASE_URL": f"http://127.0.0.1:{emulator_port}/emulator",
        "DATABASE_URL": url.set(host="127.0.0.1", port=proxy.port).render_as_string(
            hide_password=False
        ),
        "REDIS_URL": redis.url,
        "NLU_URL": rasa.url,
        "NLU_TIMEOUT_SECONDS": "1.0",
        "TSUNAGU_WORKERS": "4",
        "TSUNAGU_SWEEP_SECONDS": "2",
        "TSUNAGU_SWEEP_STALE_SECONDS": "6",
        "TSUNAGU_LOG_LEVEL": "WARNING",
    }
    logdir = LOG_ROOT / f"{time.strftime('%H%M%S')}-{tmp_path.name}"
    logdir.mkdir(parents=True, exist_ok=True)
    watch_log_dir(logdir)
    processes = TsunaguProcesses(environment, logdir)
    async with (
        served(emulator_app(emulator), emulator_port),
        served(rasa.app, rasa.port) as rasa_server,
    ):
        try:
            processes.environment["PUBLIC_BASE_URL"] = processes.api_url
            await processes.start_api()
            yield FaultStack(postgres_url, emulator, redis, proxy, rasa, rasa_server, processes)
        finally:
            await processes.stop_all()
            redis.kill()
            await proxy.cut()

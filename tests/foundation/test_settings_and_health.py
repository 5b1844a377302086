"""Start-up settings and the health endpoint."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from tests.harness import running_stack
from tests.processes import ProcessOutput
from tests.timing import budget
from tsunagu.settings import MissingSecretError, Settings


def test_production_without_secrets_is_a_clear_startup_error() -> None:
    with pytest.raises(MissingSecretError) as error:
        Settings(_env_file=None, TSUNAGU_ENV="production")  # type: ignore[call-arg]
    message = str(error.value)
    assert "LINE_CHANNEL_SECRET" in message and "LINE_CHANNEL_ACCESS_TOKEN" in message


def test_settings_use_the_documented_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINE_API_BASE_URL", "http://127.0.0.1:9/emulator")
    monkeypatch.setenv("TSUNAGU_MUNICIPALITY", "iga")
    monkeypatch.setenv("STAFF_LINE_GROUP_ID", "C123")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.LINE_API_BASE_URL == "http://127.0.0.1:9/emulator"
    assert settings.TSUNAGU_MUNICIPALITY == "iga"
    assert settings.STAFF_LINE_GROUP_ID == "C123"
    assert (
        settings.DATABASE_URL.startswith("sqlite+aiosqlite:///")
        and "/var/" in settings.DATABASE_URL
    )


def test_too_few_redis_connections_for_the_workers_is_a_clear_startup_error() -> None:
    told = r"REDIS_MAX_CONNECTIONS \(4\) must be more than TSUNAGU_WORKERS \(4\)"
    with pytest.raises(ValueError, match=told):
        Settings(
            _env_file=None,  # type: ignore[call-arg]
            REDIS_URL="redis://127.0.0.1:6379/0",
            REDIS_MAX_CONNECTIONS=4,
            TSUNAGU_WORKERS=4,
        )


async def test_the_connection_pools_are_sized_from_settings(postgres_url: str) -> None:
    from tsunagu.container import build_services

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        DATABASE_URL=postgres_url,
        DATABASE_POOL_SIZE=3,
        DATABASE_MAX_OVERFLOW=1,
        DATABASE_POOL_TIMEOUT_SECONDS=0.5,
        REDIS_URL="redis://127.0.0.1:6379/0",
        REDIS_MAX_CONNECTIONS=7,
    )
    services = build_services(settings)
    try:
        pool = services.engine.sync_engine.pool
        assert (pool.size(), pool._max_overflow, pool._timeout) == (3, 1, 0.5)  # type: ignore[attr-defined]
        assert services.redis is not None
        assert services.redis.connection_pool.max_connections == 7
    finally:
        await services.close()


async def test_health_reports_database_redis_and_nlu(postgres_url: str, redis_url: str) -> None:
    async with running_stack(postgres_url, redis_url) as stack:
        response = await stack.http.get("/health")
    body = response.json()
    assert response.status_code == 200
    assert body["database"] == "ok" and body["database_backend"] == "postgresql"
    assert body["redis"] == "ok"
    assert body["nlu"] in {"ok", "degraded", "rules-only"}
    assert body["status"] in {"ok", "degraded"}


async def test_health_in_embedded_mode_says_in_process(sqlite_url: str) -> None:
    async with running_stack(sqlite_url) as stack:
        body = (await stack.http.get("/health")).json()
    assert body["database"] == "ok" and body["database_backend"] == "sqlite"
    assert body["redis"] == "in-process"


def test_serve_command_answers_health(tmp_path: object) -> None:
    """`tsunagu serve --host H --port P` with the documented settings: once it says it
    listens, /health answers."""
    from tests.harness import free_port

    port = free_port()
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/serve.db",
        "LINE_CHANNEL_SECRET": "s",
        "LINE_CHANNEL_ACCESS_TOKEN": "t",
        "TSUNAGU_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tsunagu", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        ProcessOutput(process).wait_for(f"running on http://127.0.0.1:{port}", budget(90))
        body = httpx.get(f"http://127.0.0.1:{port}/health", timeout=budget(5)).json()
        assert body["database"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=budget(15))

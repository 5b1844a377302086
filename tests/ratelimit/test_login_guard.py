"""The console's login throttle cannot be walked around: `X-Forwarded-For` is believed only
from the proxies in `FORWARDED_ALLOW_IPS` (none by default, under `tsunagu serve` as in
process), and one login id is locked after repeated failures from any number of
addresses. Each on the demo's parts (SQLite, in-process counts) and production's
(PostgreSQL, counts in Redis)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from cases.migrate import upgrade
from cases.staff import add_staff
from tests.conftest import available_redis_url, truncate_all
from tests.console.conftest import PASSWORD, form_token
from tests.harness import free_port, in_process_settings
from tsunagu.container import Services, build_services

PROXY = "10.0.0.2"
ADDRESS_LIMIT = 3
ACCOUNT_LIMIT = 10
ATTEMPTS = 25


@dataclass
class Backing:
    """Where the app keeps its data, and its counts (Redis, or in process)."""

    database_url: str
    redis_url: str | None

    def settings(self, **overrides: Any) -> dict[str, Any]:
        return {
            "REDIS_URL": self.redis_url,
            "TSUNAGU_REDIS_PREFIX": f"test-login-{uuid.uuid4().hex[:8]}",
            **overrides,
        }


@pytest.fixture(params=["sqlite", "postgres+redis"])
async def backing(request: pytest.FixtureRequest) -> AsyncIterator[Backing]:
    if request.param == "sqlite":
        chosen = Backing(request.getfixturevalue("sqlite_url"), None)
    else:
        database = request.getfixturevalue("postgres_database")
        await truncate_all(database)
        chosen = Backing(database, available_redis_url())
    await upgrade(chosen.database_url)
    yield chosen


async def _add_accounts(services: Services) -> None:
    async with services.session_factory() as db:
        for login in ("okada", "sato"):
            await add_staff(db, login, PASSWORD, "coordinator")
        await db.commit()


AppFactory = Callable[..., Awaitable[FastAPI]]


@pytest.fixture
async def app_with(backing: Backing) -> AsyncIterator[AppFactory]:
    """`await app_with(**settings)`: the app in process, with the accounts okada and sato."""
    made: list[Services] = []

    async def build(**overrides: Any) -> FastAPI:
        settings = in_process_settings(backing.database_url, **backing.settings(**overrides))
        services = build_services(settings)
        made.append(services)
        await _add_accounts(services)
        return create_app(settings, services)

    try:
        yield build
    finally:
        for services in made:
            await services.close()


def _client(app: FastAPI, address: str) -> httpx.AsyncClient:
    """A caller connecting from `address`."""
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def _attempt(
    client: httpx.AsyncClient, login: str, password: str, forwarded_for: str | None = None
) -> httpx.Response:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    page = await client.get("/console/login", headers=headers)
    return await client.post(
        "/console/login",
        data={"login": login, "password": password, "csrf_token": form_token(page.text)},
        headers=headers,
    )


def _address(index: int) -> str:
    """A different address for each attempt (198.18.0.0/15, for benchmarks)."""
    return f"198.18.{index // 250}.{index % 250 + 1}"


async def _serving(url: str, process: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(timeout=2) as http:
        while time.monotonic() < deadline:
            assert process.poll() is None, "tsunagu serve exited"
            try:
                await http.get(f"{url}/health")
                return
            except httpx.HTTPError:
                await asyncio.sleep(0.2)
    raise AssertionError("tsunagu serve did not answer")


async def test_tsunagu_serve_ignores_forwarded_for_from_a_client_it_does_not_trust(
    backing: Backing,
) -> None:
    """25 wrong passwords, each claiming another address in X-Forwarded-For, from a client
    not named in FORWARDED_ALLOW_IPS (here 127.0.0.1, which uvicorn alone would trust):
    the address that connected is counted, and refused after the limit."""
    settings = in_process_settings(backing.database_url, **backing.settings())
    services = build_services(settings)
    try:
        await _add_accounts(services)
    finally:
        await services.close()
    port = free_port()
    environment = {
        **os.environ,
        "TSUNAGU_ENV": "test",
        "DATABASE_URL": backing.database_url,
        "LINE_CHANNEL_SECRET": "s",
        "LINE_CHANNEL_ACCESS_TOKEN": "t",
        "TSUNAGU_LOG_LEVEL": "WARNING",
        "TSUNAGU_EMBEDDED_WORKER": "false",
        "TSUNAGU_LOGIN_RATE_LIMIT": str(ADDRESS_LIMIT),
        "TSUNAGU_LOGIN_ACCOUNT_RATE_LIMIT": "1000",  # only the address may refuse here
        **{k: str(v) for k, v in backing.settings().items() if v is not None},
    }
    environment.pop("FORWARDED_ALLOW_IPS", None)
    if backing.redis_url is None:
        environment.pop("REDIS_URL", None)
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [sys.executable, "-m", "tsunagu", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=environment,
    )
    try:
        await _serving(url, process)
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            statuses = [
                (await _attempt(client, "okada", "wrong", _address(i))).status_code
                for i in range(ATTEMPTS)
            ]
    finally:
        process.terminate()
        await asyncio.to_thread(process.wait, 15)
    assert statuses == [401] * ADDRESS_LIMIT + [429] * (ATTEMPTS - ADDRESS_LIMIT)


async def test_behind_a_trusted_proxy_each_forwarded_address_is_counted_apart(
    app_with: AppFactory,
) -> None:
    app = await app_with(
        FORWARDED_ALLOW_IPS=PROXY,
        TSUNAGU_LOGIN_RATE_LIMIT=ADDRESS_LIMIT,
        TSUNAGU_LOGIN_ACCOUNT_RATE_LIMIT=1000,
    )
    async with _client(app, PROXY) as proxy:
        guesses = [
            (await _attempt(proxy, "okada", "wrong", "203.0.113.7")).status_code
            for _ in range(ADDRESS_LIMIT + 1)
        ]
        assert guesses == [401] * ADDRESS_LIMIT + [429]
        colleague = await _attempt(proxy, "sato", PASSWORD, "198.51.100.20")
        assert colleague.status_code == 303, "a colleague behind the same proxy signs in"


async def test_one_login_id_is_locked_whatever_address_the_guesses_come_from(
    app_with: AppFactory,
) -> None:
    app = await app_with(
        TSUNAGU_LOGIN_RATE_LIMIT=ADDRESS_LIMIT, TSUNAGU_LOGIN_ACCOUNT_RATE_LIMIT=ACCOUNT_LIMIT
    )
    statuses = []
    for index in range(ATTEMPTS):
        async with _client(app, _address(index)) as guesser:
            statuses.append((await _attempt(guesser, "okada", "wrong")).status_code)
    assert statuses == [401] * ACCOUNT_LIMIT + [429] * (ATTEMPTS - ACCOUNT_LIMIT)

    async with _client(app, "192.0.2.10") as owner:
        refused = await _attempt(owner, "okada", PASSWORD)
        assert refused.status_code == 429, "the right password waits too: no oracle"
        assert "しばらくログインできません" in refused.text and "分ほど待って" in refused.text
        assert int(refused.headers["Retry-After"]) > 0
        assert 'name="password"' in refused.text, "the form is there to try again later"
        assert (await _attempt(owner, "sato", PASSWORD)).status_code == 303, "others sign in"

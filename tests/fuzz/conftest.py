"""Fuzzing the doors of tsunagu: the LINE webhook (real PostgreSQL and Redis, the embedded
worker answering) and the console and public pages (real PostgreSQL). Every case counts
toward the total printed at the end of the run; a 5xx answer fails the test that got it."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TypeVar

import httpx
import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis.strategies import SearchStrategy

from api.app import create_app
from cases.migrate import upgrade
from cases.staff import add_staff
from tests.console.conftest import ACCOUNTS, PASSWORD, handed_off_case, sign_in
from tests.harness import Stack, running_stack
from tsunagu.container import Services, build_services
from tsunagu.settings import Settings

# Cases per test scale with TSUNAGU_FUZZ_SCALE (1.0: the ≥ 10,000 cases of a full run).
SCALE = float(os.environ.get("TSUNAGU_FUZZ_SCALE", "1.0"))
CASES: Counter[str] = Counter()
SERVER_ERRORS: Counter[str] = Counter()
T = TypeVar("T")


def drawn(strategy: SearchStrategy[T], count: int) -> list[T]:
    """`count` (scaled) values Hypothesis draws from `strategy`, edge cases included. They
    are drawn first and sent afterwards, so a test can send them on its own event loop
    and check the state of the app when all were sent."""
    values: list[T] = []

    @settings(
        max_examples=max(1, int(count * SCALE)),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: T) -> None:
        values.append(value)

    collect()
    return values


def assert_no_server_errors(target: str, answers: list[tuple[int, object]]) -> None:
    """Every answer below 500; else the first few cases that got one."""
    failures = [(status, repr(case)[:300]) for status, case in answers if status >= 500]
    assert not failures, f"{len(failures)} {target} case(s) answered 5xx: {failures[:3]}"


def counted(target: str, response: httpx.Response) -> httpx.Response:
    """Count the case; remember a 5xx (the test asserts on the response itself)."""
    CASES[target] += 1
    if response.status_code >= 500:
        SERVER_ERRORS[target] += 1
    return response


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not CASES:
        return
    parts = ", ".join(f"{target} {n}" for target, n in sorted(CASES.items()))
    terminalreporter.write_line(
        f"fuzz: {sum(CASES.values())} case(s) ({parts}); {sum(SERVER_ERRORS.values())} answered 5xx"
    )


@pytest.fixture
async def webhook_stack(postgres_url: str, redis_url: str) -> AsyncIterator[Stack]:
    """The whole app over HTTP with its worker; no flood limit, so every odd event
    reaches the conversation handlers."""
    async with running_stack(
        postgres_url, redis_url, TSUNAGU_USER_RATE_LIMIT=10**9, TSUNAGU_WORKERS=4
    ) as stack:
        yield stack


@dataclass
class SignedInConsole:
    app: FastAPI
    services: Services
    client: httpx.AsyncClient
    csrf: str
    case_id: int


@pytest.fixture
async def signed_in_console(postgres_url: str) -> AsyncIterator[SignedInConsole]:
    """The app in process on a real database, a handed-off case, and a coordinator
    signed in (login attempts unlimited: the fuzzer is not an attacker to stop)."""
    settings_ = Settings(
        _env_file=None,  # type: ignore[call-arg]
        TSUNAGU_ENV="test",
        DATABASE_URL=postgres_url,
        PUBLIC_BASE_URL="http://testserver",
        TSUNAGU_EMBEDDED_WORKER=False,
        TSUNAGU_LOG_LEVEL="WARNING",
        TSUNAGU_LOGIN_RATE_LIMIT=10**9,
    )
    await upgrade(postgres_url)
    services = build_services(settings_)
    app = create_app(settings_, services)
    async with services.session_factory() as db:
        for login, (role, agency) in ACCOUNTS.items():
            await add_staff(db, login, PASSWORD, role, agency)
        await db.commit()
    case_id = await handed_off_case(services.session_factory)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            csrf = await sign_in(client, "coordinator")
            yield SignedInConsole(app, services, client, csrf, case_id)
    finally:
        await services.close()

"""Fuzzing the doors of tsunagu: the LINE webhook (real PostgreSQL and Redis, the embedded
worker answering) and the console and public pages (real PostgreSQL). Every case counts
toward the total printed at the end of the run; a 5xx answer fails the test that got it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from cases.migrate import upgrade
from cases.staff import add_staff
from tests.console.conftest import ACCOUNTS, PASSWORD, handed_off_case, sign_in
from tests.fuzz.tally import CASES, SERVER_ERRORS
from tests.harness import Stack, in_process_settings, running_stack
from tsunagu.container import Services, build_services


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
    settings_ = in_process_settings(postgres_url, TSUNAGU_LOGIN_RATE_LIMIT=10**9)
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

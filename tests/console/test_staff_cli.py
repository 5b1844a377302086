"""`tsunagu staff add`: an account that can sign in, with the password from the
environment or stdin, and clear refusals."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from cases.db import make_engine, make_session_factory
from cases.staff import authenticate
from tsunagu.cli import app
from tsunagu.settings import get_settings


@pytest.fixture
def database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.delenv("TSUNAGU_STAFF_PASSWORD", raising=False)
    get_settings.cache_clear()
    yield sqlite_url
    get_settings.cache_clear()


def signs_in(database_url: str, login: str, password: str) -> tuple[str, str | None] | None:
    async def check() -> tuple[str, str | None] | None:
        engine = make_engine(database_url)
        try:
            async with make_session_factory(engine)() as db:
                user = await authenticate(db, login, password)
                return (user.role, user.agency_id) if user else None
        finally:
            await engine.dispose()

    return asyncio.run(check())


def test_staff_add_reads_the_password_from_env_or_stdin(database: str) -> None:
    runner = CliRunner()
    from_env = runner.invoke(
        app,
        ["staff", "add", "--login", "kita", "--role", "agency", "--agency", "okayama-houkatsu"],
        env={"TSUNAGU_STAFF_PASSWORD": "kita-password-1"},
    )
    assert from_env.exit_code == 0, from_env.output
    from_stdin = runner.invoke(
        app,
        ["staff", "add", "--login", "okada", "--role", "coordinator", "--password-stdin"],
        input="okada-password-1\n",
    )
    assert from_stdin.exit_code == 0, from_stdin.output
    assert signs_in(database, "kita", "kita-password-1") == ("agency", "okayama-houkatsu")
    assert signs_in(database, "okada", "okada-password-1") == ("coordinator", None)
    assert signs_in(database, "okada", "kita-password-1") is None


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["--login", "a", "--role", "agency"], "--agency"),
        (["--login", "a", "--role", "chief"], "role must be one of"),
        (["--login", "a", "--role", "admin", "--agency", "okayama-houkatsu"], "only agency staff"),
        (["--login", "a", "--role", "agency", "--agency", "okayama-nowhere"], "not an agency of"),
    ],
)
def test_staff_add_refuses_what_would_not_work(
    database: str, arguments: list[str], complaint: str
) -> None:
    result = CliRunner().invoke(
        app, ["staff", "add", *arguments], env={"TSUNAGU_STAFF_PASSWORD": "long-enough-pw"}
    )
    assert result.exit_code == 1 and complaint in result.output

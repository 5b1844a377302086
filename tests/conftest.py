"""Shared fixtures: the real PostgreSQL and Redis of the machine, and SQLite / in-process
equivalents for the embedded (demo) mode.

In CI (`CI` set) a missing service fails the run loudly; it is never skipped."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NoReturn

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from tests.browser import browser
from tests.data_protection.session_guard import (
    prepare_session,
    pytest_sessionfinish,
    pytest_testnodedown,
)
from tests.databases import create_database, drop_database
from tests.parallel import group_shared_servers
from tests.timing_report import (
    pytest_runtest_logreport,
    pytest_terminal_summary,
    scale_timeouts,
)

__all__ = [
    "browser",
    "pytest_runtest_logreport",
    "pytest_terminal_summary",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    scale_timeouts(config, items)
    group_shared_servers(items)


IN_CI = bool(os.environ.get("CI"))

# Personal data encrypted with a test key in every test; every log line kept and scanned
# for personal data when the session ends (tests/data_protection/session_guard.py).
prepare_session()
__all__ += ["pytest_sessionfinish", "pytest_testnodedown"]
SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared")


def service_missing(what: str) -> NoReturn:
    message = f"{what} is not available"
    if IN_CI:
        pytest.fail(f"{message}: CI must run these tests, not skip them", pytrace=False)
    pytest.skip(message)


def _admin_url() -> str | None:
    return os.environ.get("TEST_DATABASE_URL")


def outside_the_loop(function: Callable[..., Any], *args: Any) -> Any:
    """Async fixtures may be running a loop already: do the set-up in a thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, dropped at the end."""
    admin = _admin_url()
    if not admin:
        service_missing("TEST_DATABASE_URL (PostgreSQL)")
    import asyncio

    url = make_url(admin)

    try:
        database_url = outside_the_loop(asyncio.run, create_database(admin, "tsunagu_test"))
    except Exception as error:  # pragma: no cover - depends on the machine
        service_missing(f"PostgreSQL at {url.host}:{url.port} ({type(error).__name__})")
    from cases.migrate import upgrade_sync

    outside_the_loop(upgrade_sync, database_url)
    yield database_url
    outside_the_loop(asyncio.run, drop_database(admin, database_url))


TABLES_IN_DELETE_ORDER = (
    "staff_alerts",
    "transcript",
    "conversation_states",
    "received_events",
    "group_joins",
    "residents",
)


async def truncate_all(database_url: str) -> None:
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            tables = await connection.run_sync(
                lambda sync: __import__("sqlalchemy").inspect(sync).get_table_names()
            )
            names = [t for t in tables if t != "alembic_version"]
            if names:
                joined = ", ".join(f'"{t}"' for t in names)
                await connection.execute(text(f"TRUNCATE {joined} RESTART IDENTITY CASCADE"))
    finally:
        await engine.dispose()


@pytest.fixture
async def postgres_url(postgres_database: str) -> AsyncIterator[str]:
    await truncate_all(postgres_database)
    yield postgres_database


def available_redis_url() -> str:
    """TEST_REDIS_URL once it answers a PING (a plain function: usable from any fixture)."""
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        service_missing("TEST_REDIS_URL (Redis)")
    from redis import Redis

    client = Redis.from_url(url)
    try:
        client.ping()
    except Exception as error:
        service_missing(f"Redis at {url} ({type(error).__name__})")
    finally:
        client.close()
    return str(url)


@pytest.fixture
def redis_url() -> str:
    return available_redis_url()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite database brought to the newest schema once per test process: migrating
    a new file takes a few hundred milliseconds, copying this one a few."""
    from cases.migrate import upgrade_sync

    path = tmp_path_factory.mktemp("schema") / "tsunagu.db"
    outside_the_loop(upgrade_sync, f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, migrated_sqlite: Path) -> str:
    """A database of its own for the test, at the newest schema, with no rows (what a
    first start makes; migrating from an empty or an old file is tested by
    tests/data_protection/test_migration.py and by the demo and `tsunagu serve` tests)."""
    copy = tmp_path / "tsunagu.db"
    shutil.copyfile(migrated_sqlite, copy)
    return f"sqlite+aiosqlite:///{copy}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """A journey that must hold on the demo's SQLite and on production's PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))

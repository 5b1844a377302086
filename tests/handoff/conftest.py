"""Fixtures for consent, hand-off and notifications: a real database (SQLite file, and
PostgreSQL when TEST_DATABASE_URL is set) with the project's schema, and a resident."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.db import make_engine, make_session_factory
from cases.migrate import upgrade
from cases.models import Resident
from tests.conftest import available_redis_url, truncate_all
from tests.handoff.conversation import FAST
from tests.harness import Stack, running_stack


@pytest.fixture
async def session_factory(sqlite_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    await upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    try:
        yield make_session_factory(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def resident_id(session_factory: async_sessionmaker[AsyncSession]) -> int:
    async with session_factory() as db:
        resident = Resident(line_user_id="U" + "5" * 32, follow_state="following")
        db.add(resident)
        await db.commit()
        return resident.id


@pytest.fixture(params=["sqlite", "postgresql"])
async def stack(request: pytest.FixtureRequest) -> AsyncIterator[Stack]:
    """The bot with staff alerts to the group, on SQLite and on PostgreSQL with Redis."""
    if request.param == "sqlite":
        async with running_stack(request.getfixturevalue("sqlite_url"), **FAST) as running:
            yield running
    else:
        pg = request.getfixturevalue("postgres_database")
        await truncate_all(pg)
        async with running_stack(pg, available_redis_url(), **FAST) as running:
            yield running

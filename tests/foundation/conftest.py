"""The LINE front door's tests run on both sets of parts: the demo's embedded ones and
production's."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from cases.models import ReceivedEvent
from tests.conftest import available_redis_url, truncate_all
from tests.harness import Stack, running_stack


@pytest.fixture(params=["embedded", "production"])
async def parts(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    """(database URL, Redis URL): the demo's embedded parts (SQLite, in-process queue)
    and production's (PostgreSQL, Redis)."""
    if request.param == "embedded":
        return request.getfixturevalue("sqlite_url"), None
    pg = request.getfixturevalue("postgres_database")
    await truncate_all(pg)
    return pg, available_redis_url()


@pytest.fixture
async def stack(parts: tuple[str, str | None]) -> AsyncIterator[Stack]:
    """A running tsunagu on each set of parts."""
    async with running_stack(*parts) as running:
        yield running


async def count_events(stack: Stack) -> int:
    async with stack.services.session_factory() as db:
        return int(await db.scalar(select(func.count()).select_from(ReceivedEvent)) or 0)

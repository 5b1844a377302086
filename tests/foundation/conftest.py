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
async def stack(request: pytest.FixtureRequest) -> AsyncIterator[Stack]:
    """The demo's embedded parts (SQLite, in-process queue) and production's
    (PostgreSQL, Redis)."""
    if request.param == "embedded":
        url = request.getfixturevalue("sqlite_url")
        async with running_stack(url) as running:
            yield running
    else:
        pg = request.getfixturevalue("postgres_database")
        await truncate_all(pg)
        redis = available_redis_url()
        async with running_stack(pg, redis) as running:
            yield running


async def count_events(stack: Stack) -> int:
    async with stack.services.session_factory() as db:
        return int(await db.scalar(select(func.count()).select_from(ReceivedEvent)) or 0)

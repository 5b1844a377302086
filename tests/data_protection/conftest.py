"""A running tsunagu on PostgreSQL and Redis with a staff LINE group, for the data
protection tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.handoff.conversation import STAFF_GROUP
from tests.harness import Stack, running_stack


@pytest.fixture
async def pg_stack(postgres_url: str, redis_url: str) -> AsyncIterator[Stack]:
    async with running_stack(
        postgres_url, redis_url, STAFF_LINE_GROUP_ID=STAFF_GROUP, OUTBOX_POLL_SECONDS=0.1
    ) as running:
        yield running


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    """The same on the demo's SQLite (in-process queue) and on PostgreSQL."""
    async with running_stack(
        database_url, STAFF_LINE_GROUP_ID=STAFF_GROUP, OUTBOX_POLL_SECONDS=0.1
    ) as running:
        yield running

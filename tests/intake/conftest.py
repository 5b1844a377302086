"""One running tsunagu (PostgreSQL, Redis, the LINE emulator) per test module; each test
talks as its own resident."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stack(postgres_database: str, redis_url_module: str) -> AsyncIterator[Stack]:
    # A scripted resident answers far faster than a person types: the flood guard
    # (tested with the runtime) would hold back a long walk through the sheet.
    async with running_stack(
        postgres_database, redis_url_module, TSUNAGU_USER_RATE_LIMIT=1000
    ) as running:
        yield running


@pytest.fixture(scope="module")
def redis_url_module() -> str:
    import os

    from tests.conftest import service_missing

    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        service_missing("TEST_REDIS_URL (Redis)")
    return str(url)


@pytest.fixture
def resident(stack: Stack) -> Resident:
    return Resident(stack, "U" + uuid.uuid4().hex)

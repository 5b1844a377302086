"""`/health` of an api that runs no worker itself (as in docker-compose.yml): it asks Rasa
on its own, once for any number of callers, and shows how far delivery lags. On the
demo's parts (SQLite, in process) and production's (PostgreSQL, Redis)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from cases.models import ReceivedEvent, utcnow
from tests.conftest import available_redis_url, truncate_all
from tests.faults.services import BackgroundServer, RasaStandIn, served
from tests.harness import Stack, running_stack

DEGRADED_WITHIN_SECONDS = 10.0


@dataclass
class ApiOnly:
    stack: Stack
    rasa: RasaStandIn
    rasa_server: BackgroundServer

    async def health(self) -> tuple[int, dict[str, Any]]:
        response = await self.stack.http.get("/health")
        return response.status_code, response.json()


@pytest.fixture(params=["sqlite", "postgres+redis"])
async def api_only(request: pytest.FixtureRequest) -> AsyncIterator[ApiOnly]:
    if request.param == "sqlite":
        database, redis = request.getfixturevalue("sqlite_url"), None
    else:
        database = request.getfixturevalue("postgres_database")
        await truncate_all(database)
        redis = available_redis_url()
    rasa = RasaStandIn()
    async with (
        served(rasa.app, rasa.port) as rasa_server,
        running_stack(
            database,
            redis,
            NLU_URL=rasa.url,
            NLU_TIMEOUT_SECONDS=1.0,
            TSUNAGU_EMBEDDED_WORKER=False,
            TSUNAGU_HEALTH_CACHE_SECONDS=2.0,
        ) as stack,
    ):
        yield ApiOnly(stack, rasa, rasa_server)


async def test_health_asks_rasa_itself_and_says_degraded_soon_after_it_stops(
    api_only: ApiOnly,
) -> None:
    code, body = await api_only.health()
    assert code == 200 and body["nlu"] == "ok", body

    await api_only.rasa_server.stop()
    stopped = time.monotonic()
    while True:
        code, body = await api_only.health()
        if body["nlu"] == "degraded":
            break
        assert time.monotonic() - stopped < DEGRADED_WITHIN_SECONDS, body
        await asyncio.sleep(0.5)
    print(f"\n/health degraded {time.monotonic() - stopped:.1f} s after Rasa stopped")
    assert code == 200 and body["status"] == "degraded"
    assert body["components"]["nlu"]["here"] == "degraded"


async def test_a_burst_of_health_calls_asks_rasa_once(api_only: ApiOnly) -> None:
    before = api_only.rasa.status_checks
    answers = await asyncio.gather(*(api_only.health() for _ in range(30)))
    assert {code for code, _ in answers} == {200}
    assert api_only.rasa.status_checks - before == 1, "30 callers shared one probe"

    await asyncio.sleep(2.1)
    await api_only.health()
    assert api_only.rasa.status_checks - before == 2, "a new probe once the cache is old"


async def test_an_event_left_unanswered_shows_as_delivery_lag(api_only: ApiOnly) -> None:
    user_id = "U" + uuid.uuid4().hex
    async with api_only.stack.services.session_factory() as db:
        db.add(
            ReceivedEvent(
                webhook_event_id=uuid.uuid4().hex,
                source_key=f"user:{user_id}",
                event_type="message",
                payload={"source": {"userId": user_id}, "message": {"text": "家賃が払えません"}},
                status="received",
                received_at=utcnow() - timedelta(minutes=10),
            )
        )
        await db.commit()

    response = await api_only.stack.http.get("/health")
    body = response.json()
    delivery = body["components"]["delivery"]
    assert response.status_code == 200 and body["status"] == "degraded"
    assert delivery["status"] == "degraded" and delivery["unanswered_events"] == 1
    assert delivery["oldest_unanswered_seconds"] >= 600
    assert user_id not in response.text and "家賃" not in response.text

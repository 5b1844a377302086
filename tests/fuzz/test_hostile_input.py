"""The door under hostile input, in process (the app called as ASGI, no socket, no
worker: thousands of cases in a CI minute), on PostgreSQL:

- signed bodies mixing events LINE could send with hostile ones (hostile source types,
  nesting past any limit, lone surrogates, strings past LINE's limits, wrong types
  anywhere) in any order: never a 5xx, and every good event is recorded to be answered;
- whole bodies no LINE delivery looks like: 400, never a 5xx;
- request targets and headers of any length: 414/431 past the limits, else as usual;
- every console route that takes a number, with any number: never a 5xx."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from hypothesis import strategies as st
from sqlalchemy import select

from api.app import create_app
from api.emulator.events import sign
from api.request_limits import MAX_HEADER_BYTES, MAX_TARGET_BYTES
from cases.migrate import upgrade
from cases.models import ReceivedEvent
from tests.fuzz import strategies as fuzz
from tests.fuzz.conftest import SignedInConsole
from tests.fuzz.tally import assert_no_server_errors, counted, drawn
from tests.harness import CHANNEL_SECRET, in_process_settings
from tsunagu.container import Services, build_services

NUMBER_IN_PATH = re.compile(r"\{\w+\}")  # {case_id}, {alert_id}…

pytestmark = [pytest.mark.postgres]


@dataclass
class Door:
    services: Services
    client: httpx.AsyncClient

    async def post(self, target: str, body: bytes) -> httpx.Response:
        response = await self.client.post(
            "/line/webhook",
            content=body,
            headers={
                "x-line-signature": sign(body, CHANNEL_SECRET),
                "content-type": "application/json",
            },
        )
        return counted(target, response)


@pytest.fixture
async def door(postgres_url: str) -> AsyncIterator[Door]:
    settings = in_process_settings(postgres_url, LINE_CHANNEL_SECRET=CHANNEL_SECRET)
    await upgrade(postgres_url)
    services = build_services(settings)
    transport = httpx.ASGITransport(app=create_app(settings, services))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Door(services, client)
    finally:
        await services.close()


@pytest.mark.timeout(900)  # a thousand bodies of up to six events, on a shared machine
async def test_good_events_beside_hostile_ones_are_always_recorded(door: Door) -> None:
    bodies = drawn(fuzz.mixed_bodies, 1000)
    answers: list[tuple[int, object]] = []
    expected: set[str] = set()
    for body, good_ids in bodies:
        response = await door.post("webhook hostile events", body)
        answers.append((response.status_code, body[:300]))
        expected.update(good_ids)
    assert_no_server_errors("webhook hostile events", answers)
    assert {status for status, _ in answers} == {200}

    async with door.services.session_factory() as db:
        rows = await db.execute(
            select(ReceivedEvent.webhook_event_id, ReceivedEvent.status).where(
                ReceivedEvent.webhook_event_id.in_(expected)
            )
        )
        recorded = dict(rows.tuples().all())
    assert expected - recorded.keys() == set(), "a good event beside a hostile one was lost"
    assert set(recorded.values()) == {"received"}, "a good event was set aside"
    async with door.services.session_factory() as db:
        rejected = await db.scalar(
            select(ReceivedEvent.id).where(ReceivedEvent.status == "rejected").limit(1)
        )
    assert rejected is not None  # the hostile ones were set aside, on record


@pytest.mark.timeout(900)
async def test_hostile_frames_are_refused_never_failed(door: Door) -> None:
    answers: list[tuple[int, object]] = []
    for body in drawn(fuzz.hostile_frames, 5000):
        response = await door.post("webhook hostile frames", body)
        answers.append((response.status_code, body[:300]))
    assert_no_server_errors("webhook hostile frames", answers)
    assert {status for status, _ in answers} <= {200, 400}


async def test_targets_and_headers_of_any_length(door: Door) -> None:
    answers: list[tuple[int, object]] = []
    for path, headers in drawn(st.tuples(fuzz.long_paths, fuzz.long_headers), 3000):
        response = counted("request limits", await door.client.get(path, headers=headers))
        filler = len(headers["x-filler"])
        if len(path) > MAX_TARGET_BYTES:
            assert response.status_code == 414, len(path)
        elif filler > MAX_HEADER_BYTES:
            assert response.status_code == 431, filler
        elif filler < MAX_HEADER_BYTES - 1000:  # the client's own headers fit beside it
            assert response.status_code in (303, 404), (len(path), response.status_code)
        answers.append((response.status_code, len(path)))
    assert_no_server_errors("request limits", answers)


async def test_every_numbered_console_route_with_any_number(
    signed_in_console: SignedInConsole,
) -> None:
    from tests.console.test_access import ADMITTED, RULES, console_routes, form_for

    console = signed_in_console
    routes = sorted(
        (method, path)
        for method, path in console_routes(console)  # type: ignore[arg-type]
        if "{" in path
    )
    answers: list[tuple[int, object]] = []
    refused_here: list[tuple[int, object]] = []
    others: set[int] = set()
    for (method, path), number in drawn(st.tuples(st.sampled_from(routes), fuzz.ids), 1500):
        url = NUMBER_IN_PATH.sub(str(number), path)
        if method == "GET":
            request = console.client.get(url)
        else:
            request = console.client.post(url, data={**form_for(path), "csrf_token": console.csrf})
        response = counted("console numbered routes", await request)
        answers.append((response.status_code, (method, url)))
        if "coordinator" in ADMITTED[RULES[(method, path)]]:
            others.add(response.status_code)
        else:
            refused_here.append((response.status_code, (method, url)))
    assert_no_server_errors("console numbered routes", answers)
    # A route the coordinator may not call (an agency's own progress note): refused, or
    # no such case; every other: done, shown, refused as input, or no such thing.
    assert {status for status, _ in refused_here} <= {403, 404}, refused_here
    assert others <= {200, 303, 400, 404}

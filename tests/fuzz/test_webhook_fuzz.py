"""The LINE webhook under fuzzing, with valid signatures so bodies get past the door:
random bytes, any JSON, and LINE-shaped events with odd fields. Never a 5xx (LINE would
redeliver it forever); every recorded event is answered or set aside (none stuck); and a
resident writing afterwards is answered as usual."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from api.emulator.events import sign
from cases.models import ReceivedEvent
from tests.fuzz import strategies as fuzz
from tests.fuzz.tally import assert_no_server_errors, counted, drawn
from tests.harness import CHANNEL_SECRET, Stack

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


async def _send_all(stack: Stack, target: str, bodies: list[bytes]) -> list[int]:
    statuses = []
    for body in bodies:
        response = await stack.http.post(
            "/line/webhook",
            content=body,
            headers={
                "x-line-signature": sign(body, CHANNEL_SECRET),
                "content-type": "application/json",
            },
        )
        statuses.append(counted(target, response).status_code)
    assert_no_server_errors(target, list(zip(statuses, bodies, strict=True)))
    return statuses


async def test_random_bytes_and_any_json_are_refused_or_taken(webhook_stack: Stack) -> None:
    raw = await _send_all(webhook_stack, "webhook bytes", drawn(fuzz.raw_bodies, 1500))
    assert set(raw) <= {200, 400}
    assert raw.count(400) > len(raw) * 0.9
    json = await _send_all(webhook_stack, "webhook json", drawn(fuzz.json_bodies, 1500))
    assert set(json) <= {200, 400}
    await webhook_stack.settle(timeout=120)


async def test_odd_line_events_are_taken_and_answered_or_set_aside(webhook_stack: Stack) -> None:
    stack = webhook_stack
    bodies = drawn(fuzz.line_bodies, 1500)
    statuses = await _send_all(stack, "webhook events", bodies)
    assert set(statuses) == {200}
    await stack.settle(timeout=240)  # nothing left open: no odd event broke its turn

    async with stack.services.session_factory() as db:
        rows = await db.execute(
            select(ReceivedEvent.status, func.count()).group_by(ReceivedEvent.status)
        )
        by_status = {status: count for status, count in rows.all()}
    assert by_status.get("sent", 0) > len(bodies) / 2, by_status  # most reached the handlers

    resident = "U" + uuid.uuid4().hex
    await stack.follow(resident)
    await stack.say(resident, "こんにちは")
    await stack.settle()
    assert len(stack.delivered(resident)) >= 2, "a new resident is answered as usual"


async def test_a_broken_event_does_not_hold_back_a_good_one_beside_it(
    webhook_stack: Stack,
) -> None:
    stack = webhook_stack
    resident = "U" + uuid.uuid4().hex
    good = stack.events.follow(resident)
    broken = [
        {**stack.events.text(resident, "x"), "source": "somebody"},
        {**stack.events.text(resident, "x"), "webhookEventId": "\x00" * 70},
        {**stack.events.text(resident, "x"), "source": {"type": "user", "userId": "U" * 99}},
        {**stack.events.text(resident, "x"), "type": "message\x00"},
    ]
    response = await stack.post_events([*broken, good])
    assert response.status_code == 200, "LINE must not redeliver a body it cannot fix"
    await stack.settle()
    assert stack.delivered(resident), "the follow beside the broken events is answered"
    async with stack.services.session_factory() as db:
        rows = await db.execute(
            select(ReceivedEvent.status, func.count()).group_by(ReceivedEvent.status)
        )
        recorded = {status: count for status, count in rows.all()}
    assert recorded == {"sent": 1, "rejected": 4}  # the broken ones on record for staff

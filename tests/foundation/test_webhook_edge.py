"""Odd bodies with a valid signature, through the real webhook: an event LINE could not
have sent is recorded as rejected and set aside, the events beside it are answered, and
the answer is never a 5xx (LINE would redeliver it for nothing and, before, the events
after the odd one were never recorded)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select

from cases.models import ReceivedEvent, Resident, StaffAlert, TranscriptEntry
from cases.staff import add_staff
from tests.console.conftest import PASSWORD, sign_in
from tests.harness import Stack

DEEP = "<5,000 nested arrays>"


def body_of(*events: Any, destination: str = "U" + "0" * 32) -> bytes:
    """The body as LINE would frame it; strings may hold lone surrogates (as `\\ud800`),
    and DEEP stands for 5,000 nested arrays (more than Python's json can write)."""
    body = json.dumps({"destination": destination, "events": list(events)}).encode()
    return body.replace(json.dumps(DEEP).encode(), b"[" * 5_000 + b"]" * 5_000)


async def statuses(stack: Stack) -> list[tuple[str, str | None]]:
    async with stack.services.session_factory() as db:
        rows = await db.execute(
            select(ReceivedEvent.status, ReceivedEvent.last_error).order_by(ReceivedEvent.id)
        )
        return [(status, error) for status, error in rows.all()]


async def said_by(stack: Stack, user: str) -> list[str]:
    async with stack.services.session_factory() as db:
        rows = await db.scalars(
            select(TranscriptEntry.text)
            .join(Resident, Resident.id == TranscriptEntry.resident_id)
            .where(Resident.line_user_id == user, TranscriptEntry.direction == "in")
            .order_by(TranscriptEntry.id)
        )
        return list(rows)


async def test_odd_events_are_set_aside_and_the_good_ones_beside_them_answered(
    stack: Stack,
) -> None:
    first, last = "U" + uuid.uuid4().hex, "U" + uuid.uuid4().hex
    odd = [
        {"type": "message", "source": {"type": {}}},  # unhashable: a 500 before
        {**stack.events.text(first, "x"), "message": {"type": "text", "text": DEEP}},
        {**stack.events.text(first, "x"), "timestamp": "yesterday"},
        [1, 2, 3],
    ]
    body = body_of(stack.events.follow(first), *odd, stack.events.follow(last))
    for _ in range(3):  # LINE's redeliveries: the same answer, nothing twice
        response = await stack.post_signed(body)
        assert response.status_code == 200, response.text
    await stack.settle()
    assert len(stack.delivered(first)) == 2 and len(stack.delivered(last)) == 2
    recorded = await statuses(stack)
    assert [s for s, _ in recorded].count("sent") == 2
    rejected = [reason or "" for status, reason in recorded if status == "rejected"]
    assert sorted(rejected) == [
        "event: not an object",
        "nested too deep",
        "source.type: literal_error",
        "timestamp: int_type",
    ]


async def test_a_lone_surrogate_is_replaced_and_the_message_answered(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    event = stack.events.text(user, "家賃が払えません")
    event["message"]["text"] = "家賃が\ud800払えません"
    event["\udc00odd"] = "\udfff"  # in a key too
    response = await stack.post_signed(body_of(event))
    assert response.status_code == 200, response.text  # a 503 before, on every redelivery
    await stack.replies(user, 1)
    await stack.settle()
    assert await said_by(stack, user) == ["家賃が\ufffd払えません"]  # kept, not lost


async def test_a_body_nested_deeper_than_python_recurses_is_refused_not_failed(
    stack: Stack,
) -> None:
    response = await stack.post_signed(b"[" * 100_000 + b"]" * 100_000)
    assert response.status_code == 400
    assert response.json() == {"message": "no events list"}
    unparsable = await stack.post_signed(b'{"events": [' + b"[" * 5_000)
    assert unparsable.status_code == 400
    # Deep nesting outside the events leaves the events alone.
    user = "U" + uuid.uuid4().hex
    body = body_of(stack.events.follow(user), destination=DEEP)
    assert (await stack.post_signed(body)).status_code == 200
    await stack.replies(user, 2)
    await stack.settle()
    assert await statuses(stack) == [("sent", None)]


async def test_staff_see_what_was_set_aside_and_not_what_it_said(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    odd = {**stack.events.text(user, "090-1234-5678 山田花子です"), "timestamp": "now"}
    assert (await stack.post_signed(body_of(odd))).status_code == 200
    async with stack.services.session_factory() as db:
        await add_staff(db, "coordinator", PASSWORD, "coordinator", None)
        await db.commit()
    await sign_in(stack.http, "coordinator")
    page = await stack.http.get("/console/outbox/dead")
    assert page.status_code == 200
    rejected = page.text.split('id="rejected"')[1]
    assert "timestamp: int_type" in rejected and ">message<" in rejected
    assert "090-1234-5678" not in page.text and "山田" not in page.text and user not in page.text


async def test_a_text_message_without_the_fields_tsunagu_never_reads_is_answered(
    stack: Stack,
) -> None:
    """LINE adds fields over time (a text message's `quoteToken`, `emojis`, `mention`);
    an event that lacks one tsunagu does not read is still the person's message."""
    user = "U" + uuid.uuid4().hex
    event = stack.events.text(user, "家賃が払えません")
    for field in ("quoteToken", "emojis", "mention"):
        event["message"].pop(field, None)
    response = await stack.post_signed(body_of(event))
    assert response.status_code == 200, response.text
    await stack.settle()
    assert await said_by(stack, user) == ["家賃が払えません"]
    assert stack.delivered(user), "the message went unanswered"


async def test_a_message_event_without_its_message_is_set_aside_for_staff(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    without = stack.events.text(user, "x")
    del without["message"]
    nothing = {**stack.events.text(user, "x"), "message": None}
    response = await stack.post_signed(body_of(without, nothing))
    assert response.status_code == 200, response.text
    await stack.settle()
    recorded = await statuses(stack)
    assert [status for status, _ in recorded] == ["rejected", "rejected"]
    assert all("value_error" in (reason or "") for _, reason in recorded)


async def test_an_event_in_standby_mode_is_not_answered_but_a_crisis_in_it_alerts_staff(
    stack: Stack,
) -> None:
    """In `standby` another channel holds the chat: LINE sends no reply token, and a push
    would talk over whoever holds it. The message is kept for staff, not answered, and
    words of crisis in it still alert staff (the twelfth tester's: they had been dropped)."""
    user, crisis_user = "U" + uuid.uuid4().hex, "U" + uuid.uuid4().hex
    standby = {**stack.events.text(user, "家賃が払えません"), "mode": "standby"}
    in_danger = {**stack.events.text(crisis_user, "もう死にたい"), "mode": "standby"}
    for event in (standby, in_danger):
        event.pop("replyToken", None)
    active = {**stack.events.text("U" + uuid.uuid4().hex, "こんにちは"), "mode": "active"}
    response = await stack.post_signed(body_of(standby, in_danger, active))
    assert response.status_code == 200, response.text
    await stack.settle()
    assert stack.delivered(user) == [] and stack.delivered(crisis_user) == []
    assert [status for status, _ in await statuses(stack)] == ["ignored", "ignored", "sent"]
    assert await said_by(stack, user) == ["家賃が払えません"]
    async with stack.services.session_factory() as db:
        alerts = list(await db.scalars(select(StaffAlert.flags).where(StaffAlert.kind == "crisis")))
    assert alerts == [["suicide"]]


async def test_a_persons_event_without_its_source_is_set_aside(stack: Stack) -> None:
    """A bare 「{"type": "follow"}」 says nobody followed: it is recorded for staff as set
    aside, not answered to nobody and not dropped unseen."""
    bare = {"type": "follow", "webhookEventId": "01" + uuid.uuid4().hex[:24].upper()}
    response = await stack.post_signed(body_of(bare))
    assert response.status_code == 200, response.text
    await stack.settle()
    recorded = await statuses(stack)
    assert [status for status, _ in recorded] == ["rejected"]
    assert recorded[0][1] == "event: value_error"

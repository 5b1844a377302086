"""A turn that fails. A passing fault is tried again before the person's next message,
so answers keep their order; a message whose turn could run only after later ones were
answered is kept for staff and the person is asked again, instead of answering whatever
question is open by then — but a crisis is answered as ever."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from sqlalchemy import select

from cases.conversations import load_state
from cases.models import ReceivedEvent, Resident, TranscriptEntry
from handlers import catalog
from handlers.messages import TextIn
from tests.harness import Stack, running_stack


async def ids_of(stack: Stack, count: int) -> list[int]:
    async with stack.services.session_factory() as db:
        rows = list(await db.scalars(select(ReceivedEvent.id).order_by(ReceivedEvent.id)))
    assert len(rows) == count
    return [int(r) for r in rows]


async def said_in_order(stack: Stack, user: str) -> list[str]:
    async with stack.services.session_factory() as db:
        resident = await db.scalar(select(Resident.id).where(Resident.line_user_id == user))
        rows = await db.scalars(
            select(TranscriptEntry.text)
            .where(TranscriptEntry.resident_id == resident, TranscriptEntry.direction == "in")
            .order_by(TranscriptEntry.id)
        )
        return list(rows)


async def test_a_turn_that_fails_once_is_answered_before_the_next_message(
    sqlite_url: str,
) -> None:
    async with running_stack(sqlite_url) as stack:
        user = "U" + uuid.uuid4().hex
        runtime = stack.services.runtime
        handle = runtime.dispatcher.handle
        failures = [0]

        def flaky(session: Any, message: Any, *rest: Any) -> Any:
            if isinstance(message, TextIn) and message.text == "一つ目" and not failures[0]:
                failures[0] += 1
                raise ConnectionError("the database went away for a moment")
            return handle(session, message, *rest)

        runtime.dispatcher.handle = flaky  # type: ignore[method-assign,assignment]
        await stack.say(user, "一つ目")
        await stack.say(user, "二つ目")
        await stack.settle()
        assert failures == [1]
        assert await said_in_order(stack, user) == ["一つ目", "二つ目"]
        assert len(stack.delivered(user)) >= 2


async def test_a_message_overtaken_by_later_ones_is_kept_and_asked_again(
    sqlite_url: str,
) -> None:
    async with running_stack(sqlite_url, TSUNAGU_EMBEDDED_WORKER=False) as stack:
        user = "U" + uuid.uuid4().hex
        await stack.post_events([stack.events.follow(user)])
        await stack.post_events([stack.events.text(user, "相談する")])
        await stack.post_events([stack.events.text(user, "母の介護で困っています")])
        follow, late, later = await ids_of(stack, 3)
        runtime = stack.services.runtime
        await runtime.process(follow)
        await runtime.process(later)  # as if 「相談する」 had failed every try
        async with stack.services.session_factory() as db:
            resident = await db.scalar(select(Resident.id).where(Resident.line_user_id == user))
            assert resident is not None
            before = await load_state(db, resident)
        await runtime.process(late)

        assert stack.delivered(user)[-1]["text"] == catalog.LATE_MESSAGE
        async with stack.services.session_factory() as db:
            assert await load_state(db, resident) == before, "the late message moved the sheet"
        assert "相談する" in await said_in_order(stack, user)  # kept for staff


async def test_an_overtaken_crisis_is_still_answered_with_the_hotlines(sqlite_url: str) -> None:
    async with running_stack(sqlite_url, TSUNAGU_EMBEDDED_WORKER=False) as stack:
        user = "U" + uuid.uuid4().hex
        await stack.post_events([stack.events.text(user, "もう死にたい")])
        await stack.post_events([stack.events.text(user, "こんにちは")])
        crisis, later = await ids_of(stack, 2)
        await stack.services.runtime.process(later)
        await stack.services.runtime.process(crisis)
        await asyncio.sleep(0)
        answered = str(stack.delivered(user)[-3:])
        assert "tel:" in answered and catalog.LATE_MESSAGE not in answered

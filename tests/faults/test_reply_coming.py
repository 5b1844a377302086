"""When the workers are behind, a resident whose message waits sees LINE's 「…」 (a reply
is coming) instead of silence, before their turn starts."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

from sqlalchemy import update

from bot.reply_coming import LOADING_SECONDS, ReplyComing
from cases.events import record_event
from cases.models import ReceivedEvent, utcnow
from tests.harness import Stack, running_stack
from tests.timing import budget


async def _waiting(stack: Stack, source_key: str, waited: float, status: str = "received") -> int:
    """An event recorded `waited` seconds ago and not queued: as one behind a backlog."""
    async with stack.services.session_factory() as db:
        event_id = await record_event(
            db, uuid.uuid4().hex, source_key, "message", {"type": "message"}
        )
        assert event_id is not None
        await db.execute(
            update(ReceivedEvent)
            .where(ReceivedEvent.id == event_id)
            .values(received_at=utcnow() - timedelta(seconds=waited), status=status)
        )
        await db.commit()
    return event_id


class SeenLoading:
    def __init__(self) -> None:
        self.shown: list[tuple[str, int]] = []

    async def show_loading(self, user_id: str, seconds: int = 10) -> None:
        self.shown.append((user_id, seconds))


async def test_a_message_waiting_for_a_worker_shows_the_animation(database_url: str) -> None:
    async with running_stack(database_url) as stack:
        waiting, fresh, answered = (f"U{uuid.uuid4().hex}" for _ in range(3))
        await _waiting(stack, f"user:{waiting}", waited=5)
        fresh_event = await _waiting(stack, f"user:{fresh}", waited=0)
        await _waiting(stack, f"user:{answered}", waited=5, status="sent")
        await _waiting(stack, f"group:C{uuid.uuid4().hex}", waited=5)
        # The stack's own worker shows it (through the LINE emulator) within a poll or two.
        deadline = asyncio.get_running_loop().time() + budget(5)
        while stack.emulator.loading_until(waiting) is None:
            assert asyncio.get_running_loop().time() < deadline, "no animation was shown"
            await asyncio.sleep(0.1)
        assert stack.emulator.loading_until(fresh) is None
        assert stack.emulator.loading_until(answered) is None

        # The fresh message is answered now: on a busy machine the wait above can outlast
        # the 3 s, and then it is rightly one waiting too.
        async with stack.services.session_factory() as db:
            await db.execute(
                update(ReceivedEvent).where(ReceivedEvent.id == fresh_event).values(status="sent")
            )
            await db.commit()

        # Once per person while it lasts, and only to people in a one-to-one chat.
        line = SeenLoading()
        now = [0.0]
        coming = ReplyComing(stack.services.session_factory, line, clock=lambda: now[0])
        assert await coming.notice_once() == [waiting]
        assert await coming.notice_once() == []
        now[0] += LOADING_SECONDS
        assert await coming.notice_once() == [waiting]
        assert line.shown == [(waiting, LOADING_SECONDS)] * 2

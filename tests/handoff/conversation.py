"""Putting a resident at the end of the つなぐシート through the real stack, and reading
what staff were sent."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from cases.conversations import save_state
from cases.models import Resident
from handlers.sheet import ConfirmedSheet
from tests.harness import Stack

STAFF_GROUP = "C" + "0" * 32
# A stack whose staff alerts go to the group and whose outbox is polled often.
FAST: dict[str, Any] = {"STAFF_LINE_GROUP_ID": STAFF_GROUP, "OUTBOX_POLL_SECONDS": 0.05}
# Where the resident's sheet leaves the conversation once confirmed (no sheet saved).
SHEET = ConfirmedSheet(None, ("care", "debt"), "北区", "self", None, ())
PERSONAL = ("山田", "花子", "090-1234-5678", "09012345678", "鹿田町")


async def at_end_of_sheet(stack: Stack, user: str, sheet: ConfirmedSheet = SHEET) -> None:
    """The resident follows, then the conversation stands where intake leaves it."""
    await stack.follow(user)
    await stack.replies(user, 2)
    await stack.settle()
    async with stack.services.session_factory() as db:
        resident = await db.scalar(select(Resident).where(Resident.line_user_id == user))
        assert resident is not None
        state = {"flow": "handoff", "step": "start", "data": sheet.to_session(), "welcomed": True}
        await save_state(db, resident.id, state)
        await db.commit()


async def wait_for_text(stack: Stack, user: str, start: int, needle: str) -> list[dict[str, Any]]:
    """The messages to `user` from the `start`-th, once one of them holds `needle`."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        messages = stack.delivered(user)[start:]
        if needle in all_text(messages):
            return messages
        await asyncio.sleep(0.05)
    raise AssertionError(f"{needle!r} never reached the resident")


def all_text(messages: Sequence[object]) -> str:
    import json

    return json.dumps(messages, ensure_ascii=False)


async def group_messages(stack: Stack, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        messages = stack.delivered(STAFF_GROUP)
        if len(messages) >= count:
            return messages
        await asyncio.sleep(0.05)
    raise AssertionError(
        f"expected {count} staff group message(s), got {len(stack.delivered(STAFF_GROUP))}"
    )

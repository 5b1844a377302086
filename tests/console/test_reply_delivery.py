"""A staff reply goes out through the outbox: when LINE fails it is retried and arrives
once; when the app stops before sending, the next start sends it."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
from sqlalchemy import select

from cases.models import OutboxMessage
from cases.staff import add_staff
from tests.console.conftest import PASSWORD, RESIDENT, handed_off_case, sign_in
from tests.harness import Stack, running_stack

FAST_RETRIES: dict[str, Any] = {
    "OUTBOX_POLL_SECONDS": 0.05,
    "OUTBOX_RETRY_BASE_SECONDS": 0.05,
    "OUTBOX_RETRY_MAX_SECONDS": 0.2,
}
REPLY = "担当の者です。書類の準備を一緒にしましょう。"


async def reply_from_console(stack: Stack, case_id: int) -> None:
    async with httpx.AsyncClient(base_url=stack.base_url) as client:
        token = await sign_in(client, "coordinator")
        response = await client.post(
            f"/console/cases/{case_id}/reply", data={"text": REPLY, "csrf_token": token}
        )
        assert response.status_code == 303


async def replies_delivered(stack: Stack, timeout: float = 5.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        texts = [m["message"].get("text") for m in stack.emulator.messages_for(RESIDENT)]
        if REPLY in texts:
            await asyncio.sleep(0.3)  # would a second copy follow?
            return [m["message"].get("text") for m in stack.emulator.messages_for(RESIDENT)].count(
                REPLY
            )
        await asyncio.sleep(0.05)
    return 0


async def add_coordinator(stack: Stack) -> None:
    async with stack.services.session_factory() as db:
        await add_staff(db, "coordinator", PASSWORD, "coordinator")
        await db.commit()


async def test_a_reply_is_retried_while_line_fails_and_arrives_once(postgres_url: str) -> None:
    async with running_stack(postgres_url, **FAST_RETRIES) as stack:
        await add_coordinator(stack)
        case_id = await handed_off_case(stack.services.session_factory)
        stack.emulator.fail_next("pushMessage", count=3, status=500)
        await reply_from_console(stack, case_id)
        assert await replies_delivered(stack) == 1
        async with stack.services.session_factory() as db:
            row = await db.scalar(select(OutboxMessage).where(OutboxMessage.kind == "staff_reply"))
        assert row is not None and (row.status, row.attempts) == ("sent", 4)


async def test_a_reply_queued_before_a_restart_is_sent_by_the_next_start(
    postgres_url: str,
) -> None:
    async with running_stack(postgres_url, TSUNAGU_EMBEDDED_WORKER=False) as stopped:
        await add_coordinator(stopped)
        case_id = await handed_off_case(stopped.services.session_factory)
        await reply_from_console(stopped, case_id)
        assert await replies_delivered(stopped, timeout=0.5) == 0
    async with running_stack(postgres_url, **FAST_RETRIES) as restarted:
        assert await replies_delivered(restarted) == 1

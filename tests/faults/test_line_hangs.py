"""LINE that takes a call and does not answer. A hung call must not hold the resident's
answer: the loading animation is let go, a hung reply is given up and tried again, and
the resident still gets exactly one answer."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from tests.harness import running_stack

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.redis]

HUNG_SECONDS = 8.0  # how long the emulator sits on a call before answering


async def test_a_hung_loading_animation_does_not_hold_the_answer(
    postgres_url: str, redis_url: str
) -> None:
    async with running_stack(postgres_url, redis_url, LINE_COURTESY_TIMEOUT_SECONDS=2.0) as stack:
        await stack.follow("U-hung-loading")
        await stack.replies("U-hung-loading")
        stack.emulator.delay(HUNG_SECONDS, "showLoadingAnimation")
        sent = time.monotonic()
        await stack.say("U-hung-loading", "借金があって生活が苦しいです")
        answer = await stack.replies("U-hung-loading", timeout=HUNG_SECONDS)
        waited = time.monotonic() - sent
        stack.emulator.delay(0, "showLoadingAnimation")
    assert answer, "the resident got no answer"
    assert waited < HUNG_SECONDS - 2, f"the answer waited {waited:.1f} s for the loading animation"


@pytest.mark.parametrize(
    ("delivery", "operation"),
    [("push-only", "pushMessage"), ("reply-first", "replyMessage")],
)
async def test_a_hung_answer_is_given_up_and_the_resident_answered_once(
    postgres_url: str, redis_url: str, delivery: str, operation: str
) -> None:
    async with running_stack(
        postgres_url, redis_url, LINE_API_TIMEOUT_SECONDS=1.0, LINE_ANSWER_DELIVERY=delivery
    ) as stack:
        user = "U-hung-" + delivery
        await stack.follow(user)
        # With a 1-second limit, a busy machine can give up on the welcome's reply that
        # LINE did take, and push the welcome again: both are before this test's answer.
        await stack.caught_up(user)
        stack.emulator.delay(HUNG_SECONDS, operation)
        sent = time.monotonic()
        await stack.say(user, "死にたい")
        await asyncio.sleep(2.0)  # LINE recovers while the first calls still hang
        stack.emulator.delay(0, operation)
        answer = await stack.replies(user, timeout=HUNG_SECONDS)
        waited = time.monotonic() - sent
        answered = len(stack.delivered(user))
        await asyncio.sleep(HUNG_SECONDS)  # the hung calls come back, too late
        await stack.settle()
        again = stack.delivered(user)[answered:]
        tries = [r for r in stack.emulator.requests if r["operation"] == operation]
    assert "いのちの電話" in json.dumps(answer, ensure_ascii=False), "no hotline in the answer"
    assert waited < HUNG_SECONDS - 2, f"the crisis answer waited {waited:.1f} s for a hung call"
    assert again == [], f"the answer was delivered again: {again}"
    assert len(tries) >= 3, "the hung call was never tried again"


async def test_messages_behind_a_hung_answer_are_read_at_once_and_answered_in_order(
    postgres_url: str, redis_url: str
) -> None:
    """LINE hangs on every push for 25 s. The resident's first answer cannot go out, but
    what they write after it is read and recorded at once — the crisis among it alerts
    staff within seconds, not after minutes of calls that hang — and once LINE answers
    again every answer arrives once, in the order the messages were sent."""
    from sqlalchemy import select

    from cases.models import ReceivedEvent, StaffAlert

    async with running_stack(
        postgres_url,
        redis_url,
        LINE_API_TIMEOUT_SECONDS=1.0,
        TSUNAGU_SWEEP_SECONDS=1,
        TSUNAGU_SWEEP_STALE_SECONDS=2,
    ) as stack:
        user = "U-hung-behind"
        await stack.follow(user)
        await stack.caught_up(user)
        stack.emulator.delay(25.0, "pushMessage")
        sent = time.monotonic()
        for text in ("こんにちは", "借金の返済が苦しいです", "もう死にたい"):
            await stack.say(user, text)
        read_after = None
        while time.monotonic() - sent < 60:
            async with stack.services.session_factory() as db:
                statuses = list(
                    await db.scalars(
                        select(ReceivedEvent.status)
                        .where(ReceivedEvent.source_key.contains(user))
                        .order_by(ReceivedEvent.id)
                    )
                )
                alerted = await db.scalar(select(StaffAlert.id).limit(1))
            if "received" not in statuses and alerted is not None:
                read_after = time.monotonic() - sent
                break
            await asyncio.sleep(0.25)
        stack.emulator.delay(0, "pushMessage")
        await stack.settle(timeout=90)
        await asyncio.sleep(2.0)  # a late copy, if any, arrives
        async with stack.services.session_factory() as db:
            stored = [
                list(outbound or [])
                for outbound in await db.scalars(
                    select(ReceivedEvent.outbound)
                    .where(ReceivedEvent.source_key.contains(user))
                    .order_by(ReceivedEvent.id)
                )
            ]
        delivered = stack.delivered(user)
    assert read_after is not None and read_after < 25, f"the crisis was read after {read_after} s"
    expected = [message for answer in stored for message in answer]
    assert delivered == expected, "answers lost, doubled or out of order"

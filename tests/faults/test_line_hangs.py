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

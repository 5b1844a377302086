"""LINE itself failing while residents write: bursts of 500 and 429 on replies and pushes,
replies and then pushes failing more often than one delivery retries, and a slow LINE.
Every accepted event is answered exactly once."""

from __future__ import annotations

import asyncio

import pytest

from tests.faults.traffic import Traffic, ledger, settle
from tests.harness import CHANNEL_SECRET, running_stack

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.redis]


async def test_line_errors_and_slowness_lose_and_double_nothing(
    postgres_url: str, redis_url: str
) -> None:
    async with running_stack(
        postgres_url,
        redis_url,
        TSUNAGU_SWEEP_SECONDS=1,
        TSUNAGU_SWEEP_STALE_SECONDS=3,
        TSUNAGU_USER_RATE_LIMIT=10**6,
    ) as stack:
        emulator = stack.emulator
        traffic = Traffic(
            emulator, f"{stack.base_url}/line/webhook", CHANNEL_SECRET, users=8, pace=0.8
        )
        traffic.start()
        await asyncio.sleep(3)
        emulator.fail_next("replyMessage", count=12, status=500)
        await asyncio.sleep(3)
        emulator.fail_next("replyMessage", count=12, status=429)
        await asyncio.sleep(3)
        # Down for longer than one delivery retries (replies five times, then pushes five
        # times, 15 s): the sweep resumes those deliveries, by push.
        emulator.fail_for("replyMessage", 10, 500)
        emulator.fail_for("pushMessage", 20, 503)
        await asyncio.sleep(10)
        emulator.delay(1.5)  # every call: LINE answers slowly
        await asyncio.sleep(4)
        emulator.delay(0)
        await traffic.stop()
        await settle(postgres_url, timeout=60)

        failed = [r for r in emulator.requests if r["status"] in (429, 500, 503)]
        book = await ledger(postgres_url, emulator, traffic)
    book.assert_exactly_once()
    assert len(failed) >= 20, "LINE's failures were not met: the test proved nothing"
    assert book.resumed > 0, "no delivery was given up and resumed by the sweep"
    assert len(book.accepted) > 50

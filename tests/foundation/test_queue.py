"""Per-user order, many users at once — in process and in Redis."""

from __future__ import annotations

import asyncio
import random
import uuid

from redis.asyncio import Redis

from bot.queue import EventQueue, InProcessQueue, RedisQueue
from tests.timing import budget


async def _run_interleaved(queue: EventQueue, users: int, per_user: int) -> dict[str, list[int]]:
    seen: dict[str, list[int]] = {}
    active: set[str] = set()
    overlaps: list[str] = []
    owner = {u * 1000 + i: f"u{u}" for u in range(users) for i in range(per_user)}

    async def handler(event_id: int, key: str) -> None:
        user = owner[event_id]
        assert key == user  # the handler is told whose event it is
        if user in active:
            overlaps.append(user)
        active.add(user)
        await asyncio.sleep(random.uniform(0, 0.004))
        seen.setdefault(user, []).append(event_id)
        active.discard(user)

    server = asyncio.create_task(queue.serve(handler, concurrency=6))
    for i in range(per_user):
        for u in range(users):
            await queue.put(f"u{u}", u * 1000 + i)
    for _ in range(500):
        if sum(len(v) for v in seen.values()) == users * per_user:
            break
        await asyncio.sleep(0.02)
    queue.stop()
    await asyncio.wait_for(server, timeout=5)
    assert not overlaps, "two workers handled the same user at once"
    return seen


async def test_in_process_queue_keeps_each_users_order() -> None:
    seen = await _run_interleaved(InProcessQueue(), users=20, per_user=10)
    assert len(seen) == 20
    for user, events in seen.items():
        assert events == sorted(events), user


async def test_redis_queue_keeps_each_users_order(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    queue = RedisQueue(client, prefix=f"test-{uuid.uuid4().hex[:8]}")
    try:
        seen = await _run_interleaved(queue, users=20, per_user=10)
    finally:
        await client.aclose()
    assert len(seen) == 20
    for user, events in seen.items():
        assert events == sorted(events), user


# A fair queue answers the quiet resident within this (an unfair one after the busy
# residents' backlog: 800 events of 10 ms on two workers, 4 s).
QUIET_USER_WAITS = 1.0


async def _quiet_user_waits(queue: EventQueue) -> float:
    """Seconds a resident with one message waits while two others keep writing, with
    two workers: a busy resident must not keep a worker to themselves."""
    answered = asyncio.Event()

    async def handler(event_id: int, key: str) -> None:
        if event_id == 0:
            answered.set()
        await asyncio.sleep(0.01)

    async def keep_writing(user: str) -> None:
        for n in range(1, 400):
            await queue.put(user, n)
            await asyncio.sleep(0.005)

    writers = [asyncio.create_task(keep_writing(u)) for u in ("busy-1", "busy-2")]
    server = asyncio.create_task(queue.serve(handler, concurrency=2))
    await asyncio.sleep(0.1)
    began = asyncio.get_running_loop().time()
    await queue.put("quiet", 0)
    try:
        await asyncio.wait_for(answered.wait(), timeout=budget(3))
        return asyncio.get_running_loop().time() - began
    finally:
        for writer in writers:
            writer.cancel()
        queue.stop()
        await asyncio.wait_for(server, timeout=5)


async def test_in_process_queue_serves_a_quiet_user_beside_busy_ones() -> None:
    assert await _quiet_user_waits(InProcessQueue()) < budget(QUIET_USER_WAITS)


async def test_redis_queue_serves_a_quiet_user_beside_busy_ones(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    try:
        waited = await _quiet_user_waits(RedisQueue(client, prefix=f"test-{uuid.uuid4().hex[:8]}"))
    finally:
        await client.aclose()
    assert waited < budget(QUIET_USER_WAITS)


async def _handled_after_repeated_puts(queue: EventQueue) -> list[int]:
    """Events put again while they wait (as the recovery sweep does) run once each."""
    handled: list[int] = []
    release = asyncio.Event()

    async def handler(event_id: int, key: str) -> None:
        await release.wait()
        handled.append(event_id)

    server = asyncio.create_task(queue.serve(handler, concurrency=2))
    for _ in range(5):
        for event_id in (1, 2, 3):
            await queue.put("u1", event_id)
        await asyncio.sleep(0.02)
    release.set()
    for _ in range(100):
        if len(handled) >= 3:
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.2)
    queue.stop()
    await asyncio.wait_for(server, timeout=5)
    return handled


async def test_in_process_queue_holds_each_waiting_event_once() -> None:
    handled = await _handled_after_repeated_puts(InProcessQueue())
    assert handled == [1, 2, 3]


async def test_redis_queue_holds_each_waiting_event_once(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    try:
        queue = RedisQueue(client, prefix=f"test-{uuid.uuid4().hex[:8]}")
        handled = await _handled_after_repeated_puts(queue)
    finally:
        await client.aclose()
    assert handled == [1, 2, 3]

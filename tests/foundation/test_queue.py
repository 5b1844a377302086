"""Per-user order, many users at once — in process and in Redis."""

from __future__ import annotations

import asyncio
import contextlib
import random
import uuid
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.queue import EventQueue, Handler, InProcessQueue, RedisQueue
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


async def _serve_until(queue: RedisQueue, handler: Handler, done: asyncio.Event) -> None:
    server = asyncio.create_task(queue.serve(handler, concurrency=2))
    try:
        await asyncio.wait_for(done.wait(), timeout=budget(10))
    finally:
        queue.stop()
        await asyncio.wait_for(server, timeout=5)


async def test_a_lost_let_go_holds_the_user_seconds_not_a_minute(redis_url: str) -> None:
    """A let-go that never reached Redis (Redis restarted under a live worker) leaves its
    lock behind: the user's next message is answered once nobody keeps the lock, in
    seconds, while the recovery sweep keeps putting the user on the ready list."""
    client = Redis.from_url(redis_url)
    queue = RedisQueue(client, prefix=f"test-{uuid.uuid4().hex[:8]}")
    let_go = queue._let_go
    lost_once: list[bool] = []

    async def lost_the_first_time(**arguments: Any) -> Any:
        if not lost_once:
            lost_once.append(True)
            raise RedisConnectionError("Connection reset by peer")
        return await let_go(**arguments)

    queue._let_go = lost_the_first_time  # type: ignore[assignment]
    handled: list[int] = []
    first, second = asyncio.Event(), asyncio.Event()

    async def handler(event_id: int, key: str) -> None:
        handled.append(event_id)
        (first if event_id == 1 else second).set()

    server = asyncio.create_task(queue.serve(handler, concurrency=2))
    try:
        await queue.put("u1", 1)
        await asyncio.wait_for(first.wait(), timeout=budget(5))
        started = asyncio.get_running_loop().time()
        while not second.is_set() and not server.done():
            await queue.put("u1", 2)  # as the sweep does, every few seconds
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(second.wait(), timeout=1)
            if asyncio.get_running_loop().time() - started > budget(40):
                break
        waited = asyncio.get_running_loop().time() - started
    finally:
        queue.stop()
        await asyncio.wait_for(server, timeout=5)
        await client.aclose()
    assert handled == [1, 2]
    assert waited < budget(20), f"the user waited {waited:.0f} s for a lock nobody kept"


async def test_a_long_turn_keeps_its_user_from_a_second_worker(redis_url: str) -> None:
    """A turn that outlasts the lock's lifetime (LINE slow to answer) still holds its user:
    the heartbeat keeps the lock, so another worker does not answer the next message first."""
    client = Redis.from_url(redis_url)
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    first, second = RedisQueue(client, prefix=prefix), RedisQueue(client, prefix=prefix)
    for queue in (first, second):
        queue.LOCK_MS = 800
        queue.HEARTBEAT_SECONDS = 0.1
    order: list[tuple[str, int]] = []
    done = asyncio.Event()

    def handler_for(name: str) -> Handler:
        async def handler(event_id: int, key: str) -> None:
            order.append((name, event_id))
            if event_id == 1:
                await asyncio.sleep(2.5)  # three lock lifetimes
            order.append((name, -event_id))
            if event_id == 4:
                done.set()

        return handler

    try:
        await first.put("u1", 1)
        serving_first = asyncio.create_task(_serve_until(first, handler_for("first"), done))
        await asyncio.sleep(0.5)
        serving_second = asyncio.create_task(_serve_until(second, handler_for("second"), done))
        for event_id in (2, 3, 4):  # the resident writes on while turn 1 lasts
            await second.put("u1", event_id)
            await asyncio.sleep(0.6)
        await serving_second
        await serving_first
    finally:
        await client.aclose()
    events = [event for _, event in order]
    assert events == [1, -1, 2, -2, 3, -3, 4, -4], order


async def test_a_take_asked_twice_is_taken_once(redis_url: str) -> None:
    """A take retried after a lost answer finds its own lock, not a stranger's."""
    client = Redis.from_url(redis_url)
    queue = RedisQueue(client, prefix=f"test-{uuid.uuid4().hex[:8]}")
    try:
        await queue.put("u1", 5)
        lock, events = queue._lock("u1"), queue._queue("u1")
        mine = await queue._take(keys=[lock, events], args=["me:1", queue.LOCK_MS])
        again = await queue._take(keys=[lock, events], args=["me:1", queue.LOCK_MS])
        other = await queue._take(keys=[lock, events], args=["other:1", queue.LOCK_MS])
    finally:
        await client.aclose()
    assert mine == again == [1, b"5"]
    assert other == [0]

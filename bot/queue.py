"""Per-user event queues: one event at a time per user, in order; many users at once.

`InProcessQueue` serves the demo; `RedisQueue` lets several worker processes share the
work. Either way the database keeps every event, so a lost queue is refilled by the
recovery sweep and nothing accepted is dropped."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

# Called with the event's id and its user's key (the key it was queued under).
Handler = Callable[[int, str], Awaitable[None]]

# A worker that takes a user handles at most this many of their events, then puts the user
# at the back of the line: a resident who keeps writing cannot starve the others.
TURNS_PER_TAKE = 4


class EventQueue(Protocol):
    async def put(self, key: str, event_id: int) -> None: ...

    async def serve(self, handler: Handler, concurrency: int) -> None:
        """Run `concurrency` workers until `stop()`."""
        ...

    def stop(self) -> None:
        """Ask the workers to finish the event in hand and return."""
        ...

    async def depth(self) -> int: ...


# A turn that fails is tried again at once, a few times, before the user's next event:
# a passing fault (a dropped connection) must not let a later message overtake it.
TURN_RETRY_PAUSES: tuple[float, ...] = (0.3, 1.5)


async def _guarded(handler: Handler, event_id: int, key: str) -> None:
    for pause in (*TURN_RETRY_PAUSES, None):
        try:
            await handler(event_id, key)
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            if pause is None:
                log.exception("event %s failed; the recovery sweep will retry it", event_id)
                return
            log.warning("event %s failed; trying again in %.1f s", event_id, pause)
            await asyncio.sleep(pause)


class InProcessQueue:
    def __init__(self) -> None:
        self._pending: dict[str, deque[int]] = {}
        self._ready: asyncio.Queue[str] = asyncio.Queue()
        self._scheduled: set[str] = set()
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True
        for _ in range(64):
            self._ready.put_nowait("")

    async def put(self, key: str, event_id: int) -> None:
        pending = self._pending.setdefault(key, deque())
        if event_id in pending:
            return  # already waiting (the recovery sweep found it again)
        pending.append(event_id)
        if key not in self._scheduled:
            self._scheduled.add(key)
            self._ready.put_nowait(key)

    async def depth(self) -> int:
        return sum(len(q) for q in self._pending.values())

    async def serve(self, handler: Handler, concurrency: int) -> None:
        async with asyncio.TaskGroup() as group:
            for _ in range(concurrency):
                group.create_task(self._work(handler))

    async def _work(self, handler: Handler) -> None:
        while not self._stopping:
            key = await self._ready.get()
            if not key:
                continue
            queue = self._pending.get(key)
            handled = 0
            while queue and not self._stopping and handled < TURNS_PER_TAKE:
                await _guarded(handler, queue[0], key)
                queue.popleft()
                handled += 1
            if queue and not self._stopping:
                self._ready.put_nowait(key)  # still scheduled: back of the line
                continue
            self._pending.pop(key, None)
            self._scheduled.discard(key)


# An event already waiting in its user's list is not added twice: the recovery sweep finds
# every unanswered event again, and copies would pile up ahead of new ones. But a user
# with events waiting, no lock and no place on the ready list would wait for ever (a
# let-go lost with a Redis that restarted): the sweep's put lines them up again.
# KEYS: user list, ready list, lock; ARGV: event id, user key.
_PUT = """
if redis.call('lpos', KEYS[1], ARGV[1]) then
  if redis.call('exists', KEYS[3]) == 0 and not redis.call('lpos', KEYS[2], ARGV[2]) then
    redis.call('rpush', KEYS[2], ARGV[2])
  end
  return 0
end
redis.call('rpush', KEYS[1], ARGV[1])
redis.call('rpush', KEYS[2], ARGV[2])
return 1
"""

# A worker takes a user: their lock, unless another take holds it, and the first event
# waiting. Asked again with the same token (a retried call), it answers the same.
# KEYS: lock, user list; ARGV: token, lock lifetime (ms).
_TAKE = """
local holder = redis.call('get', KEYS[1])
if holder == false then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
elseif holder ~= ARGV[1] then
  return {0}
end
return {1, redis.call('lindex', KEYS[2], 0)}
"""

# A worker done with a user: its lock lifted, the user off its `taken` list, and back on
# the ready list if events came meanwhile — at once, in one round trip.
# KEYS: lock, user list, ready list, taken list; ARGV: token, user key.
_LET_GO = """
if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('del', KEYS[1]) end
if redis.call('llen', KEYS[2]) > 0 then redis.call('rpush', KEYS[3], ARGV[2]) end
redis.call('lrem', KEYS[4], 1, ARGV[2])
return 1
"""

# The heartbeat keeps a worker's locks: each one still held by its take lives on.
# KEYS: locks; ARGV: lock lifetime (ms), then each lock's token.
_KEEP = """
for i, lock in ipairs(KEYS) do
  if redis.call('get', lock) == ARGV[i + 1] then redis.call('pexpire', lock, ARGV[1]) end
end
return 1
"""

# A dead worker's users go back on the ready list and its locks are lifted, at once, so
# two live workers cannot both reclaim them. KEYS: taken list, ready list; ARGV: owner,
# lock prefix. A lock's token starts with its owner and a colon.
_RECLAIM = """
local keys = redis.call('lrange', KEYS[1], 0, -1)
local mine = ARGV[1] .. ':'
for _, key in ipairs(keys) do
  local lock = ARGV[2] .. key
  local holder = redis.call('get', lock)
  if holder and string.sub(holder, 1, #mine) == mine then redis.call('del', lock) end
  redis.call('rpush', KEYS[2], key)
end
redis.call('del', KEYS[1])
return #keys
"""


class RedisQueue:
    """A list per user plus a list of users with work; a lock per user keeps one worker on
    a user's events at a time. An event leaves its list only after it was handled; a user
    with more than `TURNS_PER_TAKE` waiting goes back to the end of the ready list.

    A worker moves a user from the ready list to its own `taken` list while it works and
    keeps an `alive` key fresh; when a worker dies (kill -9, lost machine) its `alive` key
    lapses and any other worker puts its users back on the ready list within seconds.

    Each take locks the user with a token of its own, and the same heartbeat keeps the
    take's lock alive, however long a turn lasts. A lock nobody keeps (its worker gone, or
    a let-go lost with a Redis that restarted) lapses within `LOCK_MS`: the user waits
    seconds, not a minute."""

    LOCK_MS = 15_000
    ALIVE_MS = 10_000
    HEARTBEAT_SECONDS = 2.0
    RECLAIM_SECONDS = 3.0

    def __init__(self, redis: Redis, prefix: str = "tsunagu") -> None:
        self.redis = redis
        self.prefix = prefix
        self.ready = f"{prefix}:ready"
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.taken = self._taken(self.owner)
        self._take = redis.register_script(_TAKE)
        self._let_go = redis.register_script(_LET_GO)
        self._keep = redis.register_script(_KEEP)
        self._held: dict[str, str] = {}  # lock → the token of the take that holds it
        self._reclaim = redis.register_script(_RECLAIM)
        self._put = redis.register_script(_PUT)
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True

    def _queue(self, key: str) -> str:
        return f"{self.prefix}:q:{key}"

    def _lock(self, key: str) -> str:
        return f"{self.prefix}:lock:{key}"

    def _taken(self, owner: str) -> str:
        return f"{self.prefix}:taken:{owner}"

    def _alive(self, owner: str) -> str:
        return f"{self.prefix}:alive:{owner}"

    async def put(self, key: str, event_id: int) -> None:
        await self._put(keys=[self._queue(key), self.ready, self._lock(key)], args=[event_id, key])

    async def depth(self) -> int:
        return int(await self.redis.llen(self.ready))

    async def serve(self, handler: Handler, concurrency: int) -> None:
        async with asyncio.TaskGroup() as group:
            group.create_task(self._keep_alive())
            for _ in range(concurrency):
                group.create_task(self._work(handler))

    async def _keep_alive(self) -> None:
        """Say this worker lives; hand back the users of workers that stopped saying so."""
        next_reclaim = 0.0
        loop = asyncio.get_running_loop()
        while not self._stopping:
            try:
                await self.redis.set(self._alive(self.owner), 1, px=self.ALIVE_MS)
                if held := dict(self._held):
                    await self._keep(keys=list(held), args=[self.LOCK_MS, *held.values()])
                if loop.time() >= next_reclaim:
                    next_reclaim = loop.time() + self.RECLAIM_SECONDS
                    await self.reclaim_dead()
            except (RedisConnectionError, RedisTimeoutError, OSError) as error:
                log.warning("queue: Redis unavailable (%s); retrying", type(error).__name__)
            await asyncio.sleep(self.HEARTBEAT_SECONDS)
        with contextlib.suppress(Exception):
            await self.redis.delete(self._alive(self.owner))

    async def reclaim_dead(self) -> int:
        """Put the users of dead workers back on the ready list; how many."""
        reclaimed = 0
        async for name in self.redis.scan_iter(match=self._taken("*"), count=200):
            taken = name.decode() if isinstance(name, bytes) else str(name)
            owner = taken.rsplit(":", 1)[-1]
            if owner == self.owner or await self.redis.exists(self._alive(owner)):
                continue
            count = await self._reclaim(keys=[taken, self.ready], args=[owner, self._lock("")])
            if count:
                log.warning("queue: worker %s stopped; %d user(s) handed back", owner, count)
            reclaimed += int(count)
        return reclaimed

    async def _work(self, handler: Handler) -> None:
        while not self._stopping:
            try:
                popped = await self.redis.blmove(self.ready, self.taken, 1, "LEFT", "RIGHT")
            except (RedisConnectionError, RedisTimeoutError, OSError) as error:
                log.warning("queue: Redis unavailable (%s); retrying", type(error).__name__)
                await asyncio.sleep(1)
                continue
            if popped is None:
                continue
            key = popped.decode() if isinstance(popped, bytes) else str(popped)
            try:
                await self._drain(key, handler)
            except (RedisConnectionError, RedisTimeoutError, OSError) as error:
                log.warning("queue: Redis lost mid-drain (%s)", type(error).__name__)

    async def _drain(self, key: str, handler: Handler) -> None:
        """The user's events, at most `TURNS_PER_TAKE`, in order: each leaves the list only
        once handled. Redis round trips are paired up: the lock with the first look at the
        list, each event's removal with the look at the next one."""
        lock = self._lock(key)
        queue = self._queue(key)
        token = f"{self.owner}:{uuid.uuid4().hex[:8]}"
        locked = False
        try:
            taken = await self._take(keys=[lock, queue], args=[token, self.LOCK_MS])
            locked = bool(taken[0])
            if not locked:
                return  # another worker holds this user; it requeues them when done
            self._held[lock] = token
            head = taken[1] if len(taken) > 1 else None
            for _ in range(TURNS_PER_TAKE):
                if self._stopping or head is None:
                    break
                await _guarded(handler, int(head), key)
                async with self.redis.pipeline(transaction=False) as pipe:
                    pipe.lpop(queue)
                    pipe.lindex(queue, 0)
                    _, head = await pipe.execute()
        finally:
            if locked:
                self._held.pop(lock, None)
            with contextlib.suppress(Exception):
                if locked:
                    keys = [lock, queue, self.ready, self.taken]
                    await self._let_go(keys=keys, args=[token, key])
                else:
                    await self.redis.lrem(self.taken, 1, key)

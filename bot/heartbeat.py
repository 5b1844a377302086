"""A worker tells Redis how it is, every few seconds: that it is serving, what answers its
NLU (it asks Rasa itself), and how many residents wait in the queue. The key lapses when
the worker stops beating, so `/health` of any api process sees the workers as they are.

`{prefix}:health:worker:{host}:{pid}` → JSON, with a TTL of a few beats. No personal data:
a host name, a process id, states and counts."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.queue import EventQueue
from nlu.interpreter import Interpreter

log = logging.getLogger(__name__)

BEAT_SECONDS = 5.0
# A worker that missed about three beats is gone.
LAPSE_SECONDS = 16


def _key(prefix: str, worker: str) -> str:
    return f"{prefix}:health:worker:{worker}"


def this_worker() -> str:
    """`host:pid`: in a container the host name is the container's."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True, slots=True)
class WorkerReport:
    worker: str
    nlu: str
    queue_depth: int  # residents with events waiting for a worker
    tasks: int
    seconds_since_beat: float


class Heartbeat:
    def __init__(
        self,
        redis: Redis,
        prefix: str,
        interpreter: Interpreter,
        queue: EventQueue,
        tasks: int,
        every: float = BEAT_SECONDS,
        lapse_seconds: int = LAPSE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.redis = redis
        self.interpreter = interpreter
        self.queue = queue
        self.tasks = tasks
        self.every = every
        self.lapse_seconds = lapse_seconds
        self.clock = clock
        self.key = _key(prefix, this_worker())

    async def beat(self) -> None:
        report = {
            "nlu": await self.interpreter.check(),
            "queue_depth": await self.queue.depth(),
            "tasks": self.tasks,
            "at": self.clock(),
        }
        await self.redis.set(self.key, json.dumps(report), ex=self.lapse_seconds)

    async def run(self, serving: Callable[[], bool]) -> None:
        """Beat while `serving()` holds; a worker whose tasks ended says nothing."""
        while True:
            if serving():
                try:
                    await self.beat()
                except asyncio.CancelledError:
                    raise
                except Exception as error:  # a missed beat, never a silent end of beating
                    log.warning("heartbeat missed (%s)", type(error).__name__)
            await asyncio.sleep(self.every)

    async def retire(self) -> None:
        """A clean stop: gone at once, not after the lapse."""
        with contextlib.suppress(RedisError, OSError):
            await self.redis.delete(self.key)


async def worker_reports(
    redis: Redis, prefix: str, clock: Callable[[], float] = time.time
) -> list[WorkerReport]:
    """Every worker that beat recently, by name."""
    reports = []
    async for name in redis.scan_iter(match=_key(prefix, "*"), count=200):
        raw = await redis.get(name)
        if raw is None:
            continue
        key = name.decode() if isinstance(name, bytes) else str(name)
        try:
            body = json.loads(raw)
            reports.append(
                WorkerReport(
                    worker=key.removeprefix(_key(prefix, "")),
                    nlu=str(body["nlu"]),
                    queue_depth=int(body["queue_depth"]),
                    tasks=int(body["tasks"]),
                    seconds_since_beat=round(max(0.0, clock() - float(body["at"])), 1),
                )
            )
        except (ValueError, KeyError, TypeError):
            continue
    return sorted(reports, key=lambda report: report.worker)

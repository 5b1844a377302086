"""Delivers the outbox: one lane per channel (a dead mail server never holds back the LINE
group), most urgent first, each failure retried with exponential backoff until the last
attempt makes it a dead letter. Rows survive restarts: a new instance picks them up."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify.channels import Channel, DeliveryError
from bot.stopping import stop_task
from cases.casework.outbox import claim, due_messages, mark_failed, mark_sent

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    base_seconds: float = 5.0
    max_seconds: float = 600.0
    max_attempts: int = 10
    lease_seconds: float = 120.0

    def delay(self, attempts: int) -> timedelta | None:
        """Wait before the next attempt after `attempts` tries; None when out of tries."""
        if attempts >= self.max_attempts:
            return None
        seconds = min(self.base_seconds * 2 ** (attempts - 1), self.max_seconds)
        return timedelta(seconds=seconds)


class OutboxDispatcher:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        channels: list[Channel],
        policy: RetryPolicy | None = None,
        poll_seconds: float = 0.5,
    ) -> None:
        self.session_factory = session_factory
        self.channels = {channel.name: channel for channel in channels}
        self.policy = policy or RetryPolicy()
        self.poll_seconds = poll_seconds
        self._tasks: list[asyncio.Task[None]] = []
        self._wake = {name: asyncio.Event() for name in self.channels}

    def start(self) -> None:
        if self._tasks:
            return
        for name in self.channels:
            self._tasks.append(asyncio.create_task(self._lane(name), name=f"outbox-{name}"))

    async def stop(self) -> None:
        await asyncio.gather(*(stop_task(task, patience=2.0) for task in self._tasks))
        self._tasks = []

    def wake(self) -> None:
        """Look for due messages now rather than at the next poll."""
        for event in self._wake.values():
            event.set()

    async def _lane(self, name: str) -> None:
        while True:
            try:
                await self.deliver_due(name)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox lane %s failed; carrying on", name)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake[name].wait(), timeout=self.poll_seconds)
            self._wake[name].clear()

    async def deliver_due(self, name: str) -> int:
        """One pass over a channel's due messages, most urgent first; returns how many
        were delivered."""
        channel = self.channels[name]
        delivered = 0
        lease = timedelta(seconds=self.policy.lease_seconds)
        async with self.session_factory() as db:
            for message in await due_messages(db, name):
                if not await claim(db, message, lease):
                    continue
                try:
                    await channel.send(message.id, message.kind, dict(message.payload))
                except DeliveryError as error:
                    retry_in = self.policy.delay(message.attempts)
                    mark_failed(message, str(error), retry_in, error.retryable)
                    log.warning(
                        "outbox #%s %s/%s attempt %s failed (%s)%s",
                        message.id,
                        name,
                        message.kind,
                        message.attempts,
                        error,
                        "" if message.status == "pending" else "; now a dead letter",
                    )
                else:
                    mark_sent(message)
                    delivered += 1
                await db.commit()
        return delivered

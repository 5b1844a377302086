"""Workers take events off the per-user queues; a sweep re-queues any recorded event
that is still unanswered (after a crash, a lost queue, or a LINE outage)."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.heartbeat import Heartbeat
from bot.housekeeping import Housekeeping
from bot.queue import EventQueue
from bot.realert import CrisisRealerts
from bot.reply_coming import ReplyComing
from bot.runtime import Runtime
from bot.stopping import stop_task
from cases.events import unfinished_events

log = logging.getLogger(__name__)


class Worker:
    def __init__(
        self,
        queue: EventQueue,
        runtime: Runtime,
        session_factory: async_sessionmaker[AsyncSession],
        concurrency: int = 4,
        sweep_every: float = 15.0,
        stale_after: timedelta = timedelta(seconds=20),
        housekeeping: Housekeeping | None = None,
        realerts: CrisisRealerts | None = None,
        heartbeat: Heartbeat | None = None,
        reply_coming: ReplyComing | None = None,
    ) -> None:
        self.queue = queue
        self.runtime = runtime
        self.session_factory = session_factory
        self.concurrency = concurrency
        self.sweep_every = sweep_every
        self.stale_after = stale_after
        self.housekeeping = housekeeping  # the retention purge, run when due
        self.realerts = realerts  # unacknowledged crises, alerted again when due
        self.heartbeat = heartbeat  # how this worker is, told through Redis
        self.reply_coming = reply_coming  # 「…」 for people whose message waits
        self._serving: asyncio.Task[None] | None = None
        self._sweeping: asyncio.Task[None] | None = None
        self._beating: asyncio.Task[None] | None = None
        self._noticing: asyncio.Task[None] | None = None

    def serving(self) -> bool:
        """Whether the workers' tasks are running (started and not ended)."""
        return self._serving is not None and not self._serving.done()

    async def sweep(self, stale_after: timedelta | None = None) -> int:
        """Queue again every unanswered event older than `stale_after`; how many."""
        async with self.session_factory() as db:
            pending = await unfinished_events(db, stale_after or self.stale_after)
        for key, event_id in pending:
            await self.queue.put(key, event_id)
        if pending:
            log.info("recovery sweep queued %d unanswered event(s)", len(pending))
        return len(pending)

    async def sweep_safely(self) -> None:
        """`sweep`, and a database or Redis that does not answer now is no reason to stop:
        the next sweep, `sweep_every` later, queues what this one could not."""
        try:
            await self.sweep()
        except Exception as error:
            log.warning("recovery sweep failed: %s", type(error).__name__)

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_every)
            await self.sweep_safely()
            if self.realerts is not None:
                await self.realerts.run_safely()
            if self.housekeeping is not None:
                await self.housekeeping.run_if_due()

    def start(self) -> None:
        self._serving = asyncio.create_task(
            self.queue.serve(self.runtime.process, self.concurrency)
        )
        self._sweeping = asyncio.create_task(self._sweep_forever())
        if self.heartbeat is not None:
            self._beating = asyncio.create_task(self.heartbeat.run(self.serving))
        if self.reply_coming is not None:
            self._noticing = asyncio.create_task(self.reply_coming.run())

    async def stop(self, grace: float = 5.0) -> None:
        """Let the workers finish the event in hand, then stop."""
        periodic = [t for t in (self._sweeping, self._beating, self._noticing) if t is not None]
        await asyncio.gather(*(stop_task(task, patience=2.0) for task in periodic))
        if self._beating is not None and self.heartbeat is not None:
            await self.heartbeat.retire()
        self.queue.stop()
        if self._serving is not None:
            try:
                await asyncio.wait_for(self._serving, timeout=grace)
            except (TimeoutError, asyncio.CancelledError):
                pass
            except Exception:
                log.exception("worker stopped with an error")
        self._serving = self._sweeping = self._beating = self._noticing = None

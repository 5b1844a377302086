"""「…」 for people whose message waits in the queue: when the workers are behind, a
resident whose message has waited more than a few seconds sees LINE's loading animation
(a reply is coming) instead of silence, until their turn starts and answers.

The turn itself shows the animation while it reads the message (`bot/runtime.py`); this
covers the wait before it. Best effort: LINE's refusals are ignored, and a person is
shown it at most once per `every` seconds by this process (several worker processes may
each show it once: LINE only extends the animation)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.events import waiting_sources

log = logging.getLogger(__name__)

USER_PREFIX = "user:"
# LINE shows the animation for 5–60 s in steps of 5, or until a message arrives.
LOADING_SECONDS = 20
# An event older than this is the recovery sweep's, not a person watching their screen.
AT_MOST = timedelta(minutes=2)


class ShowsLoading(Protocol):
    async def show_loading(self, user_id: str, seconds: int = 10) -> None: ...


class ReplyComing:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        line: ShowsLoading,
        after_seconds: float = 3.0,
        poll_seconds: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session_factory = session_factory
        self.line = line
        self.after = timedelta(seconds=after_seconds)
        self.poll_seconds = poll_seconds
        self.every = LOADING_SECONDS * 0.75  # shown again before the last one ends
        self.clock = clock
        self._shown: dict[str, float] = {}

    async def notice_once(self) -> list[str]:
        """Show the animation to every person now waiting longer than `after` and not
        shown it lately; whom it was shown to."""
        async with self.session_factory() as db:
            keys = await waiting_sources(db, self.after, AT_MOST)
        now = self.clock()
        self._shown = {u: t for u, t in self._shown.items() if now - t < self.every}
        users = [
            key.removeprefix(USER_PREFIX)
            for key in keys
            if key.startswith(USER_PREFIX) and key.removeprefix(USER_PREFIX) not in self._shown
        ]
        for user in users:
            self._shown[user] = now
        await asyncio.gather(*(self.line.show_loading(u, LOADING_SECONDS) for u in users))
        return users

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await self.notice_once()
            except Exception as error:  # the next poll tries again
                log.warning("reply-coming check failed: %s", type(error).__name__)

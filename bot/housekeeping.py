"""The retention policy applied now and then by the worker's periodic sweep (and at once
by `tsunagu purge`)."""

from __future__ import annotations

import logging
import time

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.retention import RetentionPolicy, purge_expired

log = logging.getLogger(__name__)


class Housekeeping:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        policy: RetentionPolicy,
        every_seconds: float = 3600.0,
    ) -> None:
        self.session_factory = session_factory
        self.policy = policy
        self.every_seconds = every_seconds
        self._last_run: float | None = None

    async def purge(self) -> dict[str, int]:
        """Apply the retention policy once; rows removed per table."""
        async with self.session_factory() as db:
            removed = await purge_expired(db, self.policy)
            await db.commit()
        if removed:
            log.info("retention purge removed %s", _describe(removed))
        return removed

    async def run_if_due(self) -> None:
        now = time.monotonic()
        if self._last_run is not None and now - self._last_run < self.every_seconds:
            return
        self._last_run = now
        try:
            await self.purge()
        except Exception as error:
            log.warning("retention purge failed: %s", type(error).__name__)


def _describe(removed: dict[str, int]) -> str:
    return ", ".join(f"{table}={count}" for table, count in sorted(removed.items()))

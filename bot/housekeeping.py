"""What the worker's periodic sweep does now and then: the retention policy (also at once
by `tsunagu purge`), and the follow-up check-ins that fall due (`bot/checkins.py`)."""

from __future__ import annotations

import logging
import time

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.checkins import CheckInSender
from cases.retention import RetentionPolicy, purge_expired

log = logging.getLogger(__name__)


class Housekeeping:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        policy: RetentionPolicy,
        every_seconds: float = 3600.0,
        checkins: CheckInSender | None = None,
        checkin_every_seconds: float = 60.0,
    ) -> None:
        self.session_factory = session_factory
        self.policy = policy
        self.every_seconds = every_seconds
        self.checkins = checkins
        self.checkin_every_seconds = checkin_every_seconds
        self._last_run: float | None = None
        self._last_checkins: float | None = None

    async def purge(self) -> dict[str, int]:
        """Apply the retention policy once; rows removed per table."""
        async with self.session_factory() as db:
            removed = await purge_expired(db, self.policy)
            await db.commit()
        if removed:
            log.info("retention purge removed %s", _describe(removed))
        return removed

    async def run_if_due(self) -> None:
        await self._send_checkins_if_due()
        now = time.monotonic()
        if self._last_run is not None and now - self._last_run < self.every_seconds:
            return
        self._last_run = now
        try:
            await self.purge()
        except Exception as error:
            log.warning("retention purge failed: %s", type(error).__name__)

    async def _send_checkins_if_due(self) -> None:
        now = time.monotonic()
        if self.checkins is None or (
            self._last_checkins is not None
            and now - self._last_checkins < self.checkin_every_seconds
        ):
            return
        self._last_checkins = now
        try:
            await self.checkins.send_due()
        except Exception as error:
            log.warning("check-ins failed: %s", type(error).__name__)


def _describe(removed: dict[str, int]) -> str:
    return ", ".join(f"{table}={count}" for table, count in sorted(removed.items()))

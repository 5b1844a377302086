"""Re-alerting: a crisis nobody acknowledged in `every` is alerted again on every
configured channel, once per period, until someone acknowledges it in the console. Run by
the worker's periodic sweep; several workers never send the same period's re-alert twice
(`cases.casework.alerts.claim_realert`). Like every alert, it carries no personal data."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify.routing import CRISIS_REALERT, AlertRouting, queue_on_channels
from bot.notify.summary import AlertNotes
from cases.casework.alerts import claim_realert, due_realerts
from cases.models import Case, utcnow

log = logging.getLogger(__name__)


class CrisisRealerts:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        routing: AlertRouting,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.session_factory = session_factory
        self.routing = routing
        self.clock = clock

    async def run(self) -> int:
        """Re-alert every crisis whose time has come; how many were re-alerted. With no
        channel configured there is nowhere to send it again: the console's alerts view
        keeps showing it."""
        every = self.routing.realert_after
        if every is None or not self.routing.channels:
            return 0
        now = self.clock()
        sent = 0
        async with self.session_factory() as db:
            for alert in await due_realerts(db, now):
                if not await claim_realert(db, alert, now, every):
                    continue
                case = await db.get(Case, alert.case_id) if alert.case_id else None
                if case is None:
                    continue
                notes = AlertNotes(
                    model_only_flags=tuple(alert.model_only_flags or ()),
                    danger_to_another=bool(alert.danger_to_another),
                    danger_to_writer_too=bool(alert.danger_to_writer_too),
                )
                queue_on_channels(db, self.routing, CRISIS_REALERT, case, notes)
                sent += 1
                log.warning(
                    "crisis alert #%s not acknowledged for %d min: alerted again (%s)",
                    alert.id,
                    int(every.total_seconds() // 60),
                    ",".join(self.routing.channels),
                )
            await db.commit()
        return sent

    async def run_safely(self) -> None:
        try:
            await self.run()
        except Exception as error:
            log.warning("crisis re-alert sweep failed: %s", type(error).__name__)


def realert_every(minutes: float) -> timedelta | None:
    """The setting as a period (0 or less: never re-alert)."""
    return timedelta(minutes=minutes) if minutes > 0 else None

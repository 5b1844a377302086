"""Sending the follow-up check-ins that fall due, from the worker's periodic sweep.

Each goes out through the outbox (its retry key makes LINE deliver it once) and is
written to the transcript, in the transaction that sets its sent marker: a check-in is
queued once, whatever retries or second workers do. Called off for good when the consent
was withdrawn, the data erased, the account blocked or the case closed; held in the quiet
hours (21:00–8:00 JST) and sent at the first sweep after them. The clock is injectable."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.casework.staff_chat import queue_resident_push, record_outgoing
from cases.checkins import claim, due_checkins, in_quiet_hours, reason_not_to_send
from cases.models import Case, utcnow
from handlers.handoff.checkin import check_in_reply

log = logging.getLogger(__name__)

CHECKIN_PUSH = "checkin"


class CheckInSender:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock

    async def send_due(self) -> int:
        """Queue every check-in due now (none in the quiet hours); how many were queued."""
        now = self.clock()
        if in_quiet_hours(now):
            return 0
        # The LINE SDK's models load with the first check-in, not with the worker.
        from bot.render import render_reply

        sent = 0
        async with self.session_factory() as db:
            for checkin in await due_checkins(db, now):
                case = await db.get(Case, checkin.case_id)
                reason = "closed" if case is None else await reason_not_to_send(db, checkin, case)
                if case is None or reason is not None:
                    checkin.cancelled = reason
                    await db.commit()
                    log.info("check-in #%s called off (%s)", checkin.id, reason)
                    continue
                if not await claim(db, checkin, now):
                    await db.rollback()
                    continue
                messages = render_reply(check_in_reply())
                record_outgoing(db, case.resident_id, "bot", messages)
                queue_resident_push(db, case.resident_id, messages, CHECKIN_PUSH, case_id=case.id)
                await db.commit()
                sent += 1
                log.info("check-in sent for case %s", case.number)
        return sent

"""Applying a resident's 「データの削除」 in the turn's transaction: the data goes
(`cases.retention.erase_resident`), and staff are told — with the case number only — when
a case they were working was closed by it."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.routing import AlertRouting, queue_staff_alert
from cases.retention import erase_resident
from handlers.effects import EraseData

log = logging.getLogger(__name__)


async def apply_erasure(
    db: AsyncSession,
    routing: AlertRouting,
    resident_id: int,
    event_id: int | None,
    effect: EraseData,
) -> None:
    erasure = await erase_resident(db, resident_id, via=effect.channel, keep_event_id=event_id)
    for case in erasure.closed_cases:
        queue_staff_alert(db, routing, "data_erased", case)
    log.info(
        "data erased for resident #%s (request %s, %d open case(s) closed)",
        resident_id,
        erasure.request.id,
        len(erasure.closed_cases),
    )

"""Applying a resident's 「データの削除」 in the turn's transaction: the data goes
(`cases.retention.erase_resident`), and staff are told — with the case number only — when
a case they were working was closed by it."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.routing import AlertRouting, queue_staff_alert
from cases.retention import erase_resident
from handlers.data_rights import ERASURE_HELD
from handlers.effects import EraseData
from handlers.messages import Reply, Text

log = logging.getLogger(__name__)


async def apply_erasure(
    db: AsyncSession,
    routing: AlertRouting,
    resident_id: int,
    event_id: int | None,
    effect: EraseData,
) -> Reply | None:
    """The data goes; a case kept whole (a danger to life or body, the person's own
    consent) is said under the answer, and staff are told of the wish."""
    erasure = await erase_resident(db, resident_id, via=effect.channel, keep_event_id=event_id)
    for case in erasure.closed_cases:
        queue_staff_alert(db, routing, "data_erased", case)
    for case in erasure.held_cases:
        queue_staff_alert(db, routing, "data_erasure_held", case)
    log.info(
        "data erased for resident #%s (request %s, %d open case(s) closed, %d kept)",
        resident_id,
        erasure.request.id,
        len(erasure.closed_cases),
        len(erasure.held_cases),
    )
    return Reply((Text(ERASURE_HELD),)) if erasure.held_cases else None

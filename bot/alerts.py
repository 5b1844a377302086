"""Staff alerts raised by a turn: an alert that needs staff to see the conversation
opens a case (shared with no agency); every alert is kept for the console's alerts view
and its notifications go to the outbox (`bot/notify/`); none carries personal data."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.routing import AlertRouting, raise_staff_alert
from bot.notify.summary import AlertNotes
from cases.casework.opening import CaseFacts, latest_open_case, open_case
from cases.models import Case
from handlers.effects import AlertStaff

log = logging.getLogger(__name__)

# Alerts that need staff to see the conversation even before any sheet exists: they open
# a case (shared with no agency).
CASE_OPENING_ALERTS = ("crisis", "human_requested")


async def raise_alert(
    db: AsyncSession,
    routing: AlertRouting,
    resident_id: int,
    event_id: int | None,
    alert: AlertStaff,
    visit_ref: str | None = None,
) -> None:
    """`visit_ref`: the 民生委員's visit the alert arose in; its case is that visit's."""
    case: Case | None
    if alert.kind in CASE_OPENING_ALERTS:
        facts = CaseFacts(
            origin=alert.kind,
            urgency=alert.urgency,
            categories=alert.categories,
            crisis_flags=alert.flags,
            visit_ref=visit_ref,
        )
        case = await open_case(db, resident_id, facts)
    else:
        case = await latest_open_case(db, resident_id, visit_ref)
    raise_staff_alert(
        db,
        routing,
        alert.kind,
        case,
        resident_id=resident_id,
        urgency=alert.urgency,
        flags=alert.flags,
        notes=AlertNotes(
            model_only_flags=alert.model_only_flags,
            danger_to_another=alert.danger_to_another,
            danger_to_writer_too=alert.danger_to_writer_too,
        ),
        event_id=event_id,
    )
    log.warning(
        "staff alert: kind=%s urgency=%s flags=%s (model alone: %s) resident=#%s case=%s",
        alert.kind,
        alert.urgency,
        ",".join(alert.flags) or "-",
        ",".join(alert.model_only_flags) or "-",
        resident_id,
        case.number if case is not None else "-",
    )

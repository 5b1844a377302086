"""Applying a turn's effects: staff alerts, records, consent and hand-off. Everything is
written in the turn's transaction; every alert is kept for the console's alerts view and
its notifications go to the outbox (`bot/notify/`); none carries personal data."""

from __future__ import annotations

import logging
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.data_rights import apply_erasure
from bot.handoff_effects import (
    apply_open_case,
    apply_record_consent,
    apply_show_sharing,
    apply_withdrawal,
)
from bot.notify.routing import AlertRouting, raise_staff_alert
from bot.sheet_effects import with_sheet_id
from cases.casework.opening import CaseFacts, latest_open_case, open_case
from cases.models import Case
from handlers.effects import (
    AlertStaff,
    Effect,
    EraseData,
    OpenCase,
    RecordConsent,
    SaveRecord,
    ShowSharing,
    WithdrawConsent,
)

log = logging.getLogger(__name__)

# Alerts that need staff to see the conversation even before any sheet exists: they open
# a case (shared with no agency).
CASE_OPENING_ALERTS = ("crisis", "human_requested")


class AlertSink(Protocol):
    async def raise_alert(
        self,
        db: AsyncSession,
        resident_id: int,
        event_id: int | None,
        alert: AlertStaff,
        visit_ref: str | None = None,
    ) -> None: ...

    async def save_record(self, db: AsyncSession, resident_id: int, record: SaveRecord) -> None: ...

    async def apply(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: Effect
    ) -> None: ...


class DatabaseAlerts:
    """Writes alerts, cases, consents and outbox rows in the turn's transaction and logs
    what happened (ids and kinds only)."""

    def __init__(self, routing: AlertRouting | None = None) -> None:
        self.routing = routing or AlertRouting()

    async def raise_alert(
        self,
        db: AsyncSession,
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
            self.routing,
            alert.kind,
            case,
            resident_id=resident_id,
            urgency=alert.urgency,
            flags=alert.flags,
            model_only_flags=alert.model_only_flags,
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

    async def save_record(self, db: AsyncSession, resident_id: int, record: SaveRecord) -> None:
        log.info("record %s saved for resident #%s", record.kind, resident_id)

    async def apply(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: Effect
    ) -> None:
        if isinstance(effect, AlertStaff):
            await self.raise_alert(db, resident_id, event_id, effect)
        elif isinstance(effect, SaveRecord):
            await self.save_record(db, resident_id, effect)
        elif isinstance(effect, RecordConsent):
            effect = await with_sheet_id(db, resident_id, effect)
            await apply_record_consent(db, resident_id, event_id, effect)
            log.info("consent %s recorded for resident #%s", effect.status, resident_id)
        elif isinstance(effect, OpenCase):
            effect = await with_sheet_id(db, resident_id, effect)
            case = await apply_open_case(db, self.routing, resident_id, event_id, effect)
            log.info("case %s handed off (urgency=%s)", case.number, case.urgency)
        elif isinstance(effect, WithdrawConsent):
            await apply_withdrawal(db, self.routing, resident_id, event_id, effect)
            log.info("consent withdrawn by resident #%s", resident_id)
        elif isinstance(effect, ShowSharing):
            await apply_show_sharing(db, resident_id, event_id, effect)
        elif isinstance(effect, EraseData):
            await apply_erasure(db, self.routing, resident_id, event_id, effect)

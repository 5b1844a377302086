"""Which channels carry staff alerts, and raising one alert: recorded for the console's
alerts view and queued on each channel (in the caller's transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.summary import NO_NOTES, AlertNotes, AlertSummary
from cases.casework.alerts import record_alert
from cases.casework.outbox import enqueue
from cases.casework.vocabulary import alert_priority
from cases.models import Case, StaffAlert

EMAIL = "email"
WEBHOOK = "webhook"
# An unacknowledged crisis, alerted again on every channel.
CRISIS_REALERT = "crisis_realert"


@dataclass(frozen=True, slots=True)
class AlertRouting:
    channels: tuple[str, ...] = ()
    public_base_url: str = "http://127.0.0.1:8000"
    # A crisis nobody acknowledged in this time is alerted again (None: never).
    realert_after: timedelta | None = timedelta(minutes=10)


def raise_staff_alert(
    db: AsyncSession,
    routing: AlertRouting,
    kind: str,
    case: Case | None,
    *,
    resident_id: int | None,
    urgency: str,
    flags: Sequence[str] = (),
    notes: AlertNotes = NO_NOTES,
    event_id: int | None = None,
) -> StaffAlert:
    """Record the alert (the console shows it until someone acknowledges it) and, for a
    case, queue its summary on every configured channel."""
    alert = record_alert(
        db,
        kind,
        urgency,
        resident_id=resident_id,
        case_id=case.id if case is not None else None,
        event_id=event_id,
        flags=flags,
        realert_after=routing.realert_after,
        danger_to_another=notes.danger_to_another,
        danger_to_writer_too=notes.danger_to_writer_too,
        model_only_flags=notes.model_only_flags,
    )
    if case is not None:
        queue_on_channels(db, routing, kind, case, notes)
    return alert


def queue_staff_alert(
    db: AsyncSession,
    routing: AlertRouting,
    kind: str,
    case: Case,
    notes: AlertNotes = NO_NOTES,
) -> StaffAlert:
    """An alert about a case (a hand-off, a withdrawal, an erasure…); a hand-off only
    someone other than the person agreed to says 「本人の同意：未確認」."""
    return raise_staff_alert(
        db,
        routing,
        kind,
        case,
        resident_id=case.resident_id,
        urgency=case.urgency,
        flags=tuple(case.crisis_flags) if kind == "crisis" else (),
        notes=notes,
    )


def queue_on_channels(
    db: AsyncSession,
    routing: AlertRouting,
    kind: str,
    case: Case,
    notes: AlertNotes = NO_NOTES,
) -> None:
    summary = AlertSummary.of(kind, case, routing.public_base_url, notes)
    for channel in routing.channels:
        enqueue(
            db,
            channel,
            kind,
            summary.to_payload(),
            priority=alert_priority(case.urgency),
            case_id=case.id,
        )

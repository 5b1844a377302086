"""Which channels carry staff alerts, and queuing one alert on each (in the caller's
transaction)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.summary import AlertSummary
from cases.casework.outbox import enqueue
from cases.casework.vocabulary import alert_priority
from cases.models import Case

LINE_GROUP = "line_group"
EMAIL = "email"
WEBHOOK = "webhook"


@dataclass(frozen=True, slots=True)
class AlertRouting:
    channels: tuple[str, ...] = ()
    public_base_url: str = "http://127.0.0.1:8000"


def queue_staff_alert(
    db: AsyncSession,
    routing: AlertRouting,
    kind: str,
    case: Case,
    model_only_flags: tuple[str, ...] = (),
) -> None:
    summary = AlertSummary.of(kind, case, routing.public_base_url, model_only_flags)
    for channel in routing.channels:
        enqueue(
            db,
            channel,
            kind,
            summary.to_payload(),
            priority=alert_priority(case.urgency),
            case_id=case.id,
        )

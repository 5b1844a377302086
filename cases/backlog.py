"""How far delivery lags: events recorded but not yet answered, and outbox messages (staff
alerts, pushes) still waiting. Counts and ages only, for `/health`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from cases.events import OPEN_STATUSES
from cases.models import OutboxMessage, ReceivedEvent, utcnow


@dataclass(frozen=True, slots=True)
class Waiting:
    count: int
    oldest_seconds: float  # 0 when nothing waits


@dataclass(frozen=True, slots=True)
class Backlog:
    unanswered_events: Waiting
    pending_outbox: Waiting


def _age(since: datetime | None, now: datetime) -> float:
    if since is None:
        return 0.0
    if since.tzinfo is None:  # SQLite returns naive UTC
        since = since.replace(tzinfo=UTC)
    return max(0.0, (now - since).total_seconds())


async def _waiting(
    db: AsyncSession,
    stamp: InstrumentedAttribute[datetime],
    waiting: ColumnElement[bool],
    now: datetime,
) -> Waiting:
    row = (await db.execute(select(func.count(), func.min(stamp)).where(waiting))).one()
    return Waiting(int(row[0] or 0), _age(row[1], now))


async def delivery_backlog(db: AsyncSession, now: datetime | None = None) -> Backlog:
    now = now or utcnow()
    return Backlog(
        unanswered_events=await _waiting(
            db, ReceivedEvent.received_at, ReceivedEvent.status.in_(OPEN_STATUSES), now=now
        ),
        pending_outbox=await _waiting(
            db, OutboxMessage.created_at, OutboxMessage.status == "pending", now=now
        ),
    )

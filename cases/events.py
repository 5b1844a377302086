"""Received webhook events: recorded once, then walked through their delivery states."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import TextualSelect, bindparam, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import ReceivedEvent, utcnow

OPEN_STATUSES = ("received", "processed", "sending")
REJECTED = "rejected"


async def record_event(
    db: AsyncSession,
    webhook_event_id: str,
    source_key: str,
    event_type: str,
    payload: dict[str, Any],
    rejected_because: str | None = None,
) -> int | None:
    """Insert the event unless it is known; the new row's id, or None for a duplicate.
    An event set aside at the door is recorded `rejected`, with the reason as its error:
    kept for staff to see, never queued."""
    values = {
        "webhook_event_id": webhook_event_id,
        "source_key": source_key,
        "event_type": event_type,
        "payload": payload,
        "status": "received" if rejected_because is None else REJECTED,
        "last_error": rejected_because,
        "attempts": 0,
        "received_at": utcnow(),
    }
    result = await db.execute(_INSERT_UNLESS_KNOWN, values)
    return result.scalar_one_or_none()


def _insert_unless_known() -> TextualSelect:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id, as PostgreSQL and SQLite both read it.
    Written once with typed parameters (the payload encrypted as the column says): the
    dialects' own `insert().on_conflict_do_nothing()` has no cache key, so SQLAlchemy
    compiled it again for every event the webhook recorded."""
    columns = ReceivedEvent.__table__.c
    names = [
        "webhook_event_id",
        "source_key",
        "event_type",
        "payload",
        "status",
        "last_error",
        "attempts",
        "received_at",
    ]
    statement = text(
        f"INSERT INTO {ReceivedEvent.__tablename__} ({', '.join(names)})"
        f" VALUES ({', '.join(':' + name for name in names)})"
        " ON CONFLICT (webhook_event_id) DO NOTHING RETURNING id"
    )
    return statement.bindparams(
        *(bindparam(name, type_=columns[name].type) for name in names)
    ).columns(columns.id)


_INSERT_UNLESS_KNOWN = _insert_unless_known()


async def unfinished_events(
    db: AsyncSession, older_than: timedelta, limit: int = 500
) -> list[tuple[str, int]]:
    """(source key, id) of events not yet answered, oldest first: for the recovery sweep."""
    cutoff: datetime = utcnow() - older_than
    rows = await db.execute(
        select(ReceivedEvent.source_key, ReceivedEvent.id)
        .where(ReceivedEvent.status.in_(OPEN_STATUSES), ReceivedEvent.received_at < cutoff)
        .order_by(ReceivedEvent.id)
        .limit(limit)
    )
    return [(key, event_id) for key, event_id in rows.all()]


async def waiting_sources(
    db: AsyncSession, waited: timedelta, at_most: timedelta, limit: int = 200
) -> list[str]:
    """The source keys whose oldest unanswered event has waited between `waited` and
    `at_most`: people waiting for their turn (not yet taken by a worker)."""
    now = utcnow()
    rows = await db.scalars(
        select(ReceivedEvent.source_key)
        .where(
            ReceivedEvent.status == "received",
            ReceivedEvent.received_at < now - waited,
            ReceivedEvent.received_at > now - at_most,
        )
        .group_by(ReceivedEvent.source_key)
        .limit(limit)
    )
    return list(rows)


async def rejected_events(db: AsyncSession, limit: int = 200) -> list[ReceivedEvent]:
    """Events set aside at the door, newest first: for the console."""
    rows = await db.scalars(
        select(ReceivedEvent)
        .where(ReceivedEvent.status == REJECTED)
        .order_by(ReceivedEvent.id.desc())
        .limit(limit)
    )
    return list(rows)

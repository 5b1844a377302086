"""Received webhook events: recorded once, then walked through their delivery states."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import TextualSelect, bindparam, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import aliased

from cases.models import ReceivedEvent, utcnow

OPEN_STATUSES = ("received", "processed", "sending")
REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class NewEvent:
    """A webhook event as recorded: `rejected_because` set for one set aside at the door
    (kept for staff to see, never queued)."""

    webhook_event_id: str
    source_key: str
    event_type: str
    payload: dict[str, Any]
    rejected_because: str | None = None


async def record_events(
    db: AsyncSession | AsyncConnection, events: Sequence[NewEvent]
) -> dict[str, int]:
    """Insert the events not known yet, in one statement (all or none, and one round trip
    to the database, so the webhook answers LINE without a transaction's BEGIN and
    COMMIT); the new rows' ids by `webhook_event_id` (a duplicate has none)."""
    if not events:
        return {}
    now = utcnow()
    values: dict[str, Any] = {}
    for n, event in enumerate(events):
        values.update(
            {
                f"webhook_event_id_{n}": event.webhook_event_id,
                f"source_key_{n}": event.source_key,
                f"event_type_{n}": event.event_type,
                f"payload_{n}": event.payload,
                f"status_{n}": "received" if event.rejected_because is None else REJECTED,
                f"last_error_{n}": event.rejected_because,
                f"attempts_{n}": 0,
                f"received_at_{n}": now,
            }
        )
    result = await db.execute(_insert_unless_known(len(events)), values)
    return {str(identity): int(row_id) for row_id, identity in result.all()}


async def record_event(
    db: AsyncSession,
    webhook_event_id: str,
    source_key: str,
    event_type: str,
    payload: dict[str, Any],
    rejected_because: str | None = None,
) -> int | None:
    """One event (`record_events`): the new row's id, or None for a duplicate."""
    event = NewEvent(webhook_event_id, source_key, event_type, payload, rejected_because)
    return (await record_events(db, [event])).get(webhook_event_id)


_COLUMNS = (
    "webhook_event_id",
    "source_key",
    "event_type",
    "payload",
    "status",
    "last_error",
    "attempts",
    "received_at",
)


@functools.lru_cache(maxsize=32)
def _insert_unless_known(rows: int) -> TextualSelect:
    """INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING RETURNING id, webhook_event_id, as
    PostgreSQL and SQLite both read it; one per number of rows, built once. Written with
    typed parameters (the payload encrypted as the column says): the dialects' own
    `insert().on_conflict_do_nothing()` has no cache key, so SQLAlchemy compiled it again
    for every event the webhook recorded."""
    table = ReceivedEvent.__table__
    tuples = ", ".join(
        "(" + ", ".join(f":{name}_{n}" for name in _COLUMNS) + ")" for n in range(rows)
    )
    statement = text(
        f"INSERT INTO {ReceivedEvent.__tablename__} ({', '.join(_COLUMNS)}) VALUES {tuples}"
        " ON CONFLICT (webhook_event_id) DO NOTHING RETURNING id, webhook_event_id"
    )
    return statement.bindparams(
        *(
            bindparam(f"{name}_{n}", type_=table.c[name].type)
            for n in range(rows)
            for name in _COLUMNS
        )
    ).columns(table.c.id, table.c.webhook_event_id)


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


UNDELIVERED = ("processed", "sending")  # an answer stored, not yet proven delivered


@dataclass(frozen=True, slots=True)
class EventToAnswer:
    """An event read for its turn, with whether a later event of the same chat has had
    its turn already (one set aside at the door never has one), and whether an earlier
    one's answer still waits to be delivered: read in one statement."""

    event: ReceivedEvent
    overtaken: bool
    behind: bool = False


async def event_to_answer(db: AsyncSession, event_id: int) -> EventToAnswer | None:
    later = aliased(ReceivedEvent)
    overtaken = (
        select(later.id)
        .where(
            later.source_key == ReceivedEvent.source_key,
            later.id > ReceivedEvent.id,
            later.status.not_in(("received", REJECTED)),
        )
        .exists()
    )
    earlier = aliased(ReceivedEvent)
    behind = (
        select(earlier.id)
        .where(
            earlier.source_key == ReceivedEvent.source_key,
            earlier.id < ReceivedEvent.id,
            earlier.status.in_(UNDELIVERED),
        )
        .exists()
    )
    found = (
        await db.execute(
            select(ReceivedEvent, overtaken, behind).where(ReceivedEvent.id == event_id)
        )
    ).first()
    if found is None:
        return None
    return EventToAnswer(found[0], bool(found[1]), bool(found[2]))


async def undelivered_before(db: AsyncSession, event: ReceivedEvent) -> list[ReceivedEvent]:
    """The same chat's earlier events whose answers wait to be delivered, oldest first."""
    rows = await db.scalars(
        select(ReceivedEvent)
        .where(
            ReceivedEvent.source_key == event.source_key,
            ReceivedEvent.id < event.id,
            ReceivedEvent.status.in_(UNDELIVERED),
        )
        .order_by(ReceivedEvent.id)
    )
    return list(rows)

"""Accepting webhook events: record (LINE's redeliveries caught as they are), enqueue.
Fast, so the webhook can answer LINE at once."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.inbound import source_key
from bot.queue import EventQueue
from bot.webhook_body import SetAside, Taken
from cases.events import NewEvent, record_events

log = logging.getLogger(__name__)


def event_identity(raw: dict[str, Any]) -> str:
    """LINE's `webhookEventId`, or a digest of the event when it has none."""
    given = raw.get("webhookEventId")
    if isinstance(given, str) and given:
        return given[:64]
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True).encode()).hexdigest()
    return f"sha256:{digest[:56]}"


class Reception:
    """What answers LINE: the events recorded, then queued. LINE's redeliveries are
    caught by the table's unique `webhook_event_id` in the same statement that records
    the event: one round trip to the database and one to the queue per body."""

    def __init__(self, engine: AsyncEngine, queue: EventQueue) -> None:
        # The record is one Core statement: a connection of the pool, no ORM session.
        self.engine = engine
        self.queue = queue

    async def accept(self, raw: dict[str, Any]) -> bool:
        """True when the event is new and queued; False for a duplicate. Raises when it
        could not be recorded, so the webhook answers 5xx and LINE redelivers."""
        return await self.record_body([Taken(raw)]) == 1

    async def record_body(self, events: Sequence[Taken | SetAside]) -> int:
        """Record a body's events at once — those taken to be answered, those set aside
        for staff to see — then queue the new taken ones in order; how many were queued.
        Raises when they could not be recorded (nothing is, then), so the webhook answers
        5xx and LINE redelivers."""
        rows: dict[str, NewEvent] = {}
        for event in events:
            row = _as_row(event)
            rows.setdefault(row.webhook_event_id, row)  # one body naming an event twice
        async with self.engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # One statement is all or none by itself: no BEGIN and COMMIT to wait for.
                await connection.execution_options(isolation_level="AUTOCOMMIT")
            recorded = await record_events(connection, list(rows.values()))
            await connection.commit()
        for row in rows.values():
            row_id = recorded.get(row.webhook_event_id)
            if row_id is not None and row.rejected_because is not None:
                log.warning("webhook: event %s set aside (%s)", row_id, row.rejected_because)
        new = [
            (row.source_key, recorded[row.webhook_event_id])
            for row in rows.values()
            if row.rejected_because is None and row.webhook_event_id in recorded
        ]
        for key, row_id in new:
            try:
                await self.queue.put(key, row_id)
            except Exception as error:
                # Recorded durably: the recovery sweep queues it once the queue is back.
                log.warning("event %s recorded but not queued (%s)", row_id, type(error).__name__)
        return len(new)


def _as_row(event: Taken | SetAside) -> NewEvent:
    if isinstance(event, SetAside):
        return NewEvent(event.identity, event.source_key, event.kind, event.payload, event.reason)
    raw = event.raw
    return NewEvent(event_identity(raw), source_key(raw), str(raw.get("type")), raw)

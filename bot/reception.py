"""Accepting webhook events: de-duplicate, record, enqueue. Fast, so the webhook can
answer LINE at once."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dedupe import RedisDeduper
from bot.inbound import source_key
from bot.queue import EventQueue
from bot.webhook_body import SetAside, Taken
from cases.events import record_event

log = logging.getLogger(__name__)


def event_identity(raw: dict[str, Any]) -> str:
    """LINE's `webhookEventId`, or a digest of the event when it has none."""
    given = raw.get("webhookEventId")
    if isinstance(given, str) and given:
        return given[:64]
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True).encode()).hexdigest()
    return f"sha256:{digest[:56]}"


class Reception:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        queue: EventQueue,
        deduper: RedisDeduper | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.queue = queue
        self.deduper = deduper

    async def accept(self, raw: dict[str, Any]) -> bool:
        """True when the event is new and queued; False for a duplicate. Raises when it
        could not be recorded, so the webhook answers 5xx and LINE redelivers."""
        return await self.record_body([Taken(raw)]) == 1

    async def record_body(self, events: Sequence[Taken | SetAside]) -> int:
        """Record a body's events in one transaction — those taken to be answered, those
        set aside for staff to see — then queue the new taken ones in order; how many
        were queued. Raises when they could not be recorded (nothing is, then), so the
        webhook answers 5xx and LINE redelivers."""
        taken = [
            (event_identity(event.raw), source_key(event.raw), event.raw)
            for event in events
            if isinstance(event, Taken)
        ]
        if self.deduper is not None:
            taken = [one for one in taken if not await self.deduper.seen(one[0])]
        new: list[tuple[str, int]] = []
        async with self.session_factory() as db:
            for identity, key, raw in taken:
                row_id = await record_event(db, identity, key, str(raw.get("type")), raw)
                if row_id is not None:
                    new.append((key, row_id))
            for aside in (event for event in events if isinstance(event, SetAside)):
                row_id = await record_event(
                    db, aside.identity, aside.source_key, aside.kind, aside.payload, aside.reason
                )
                if row_id is not None:
                    log.warning("webhook: event %s set aside (%s)", row_id, aside.reason)
            await db.commit()
        if self.deduper is not None:
            for identity, _, _ in taken:
                await self.deduper.remember(identity)
        for key, row_id in new:
            try:
                await self.queue.put(key, row_id)
            except Exception as error:
                # Recorded durably: the recovery sweep queues it once the queue is back.
                log.warning("event %s recorded but not queued (%s)", row_id, type(error).__name__)
        return len(new)

"""Accepting webhook events: de-duplicate, record, enqueue. Fast, so the webhook can
answer LINE at once."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dedupe import RedisDeduper
from bot.inbound import source_key
from bot.queue import EventQueue
from bot.webhook_body import SetAside
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
        identity = event_identity(raw)
        if self.deduper is not None and await self.deduper.seen(identity):
            return False
        key = source_key(raw)
        async with self.session_factory() as db:
            row_id = await record_event(db, identity, key, str(raw.get("type")), raw)
            await db.commit()
        if self.deduper is not None:
            await self.deduper.remember(identity)
        if row_id is None:
            return False
        try:
            await self.queue.put(key, row_id)
        except Exception as error:
            # Recorded durably: the recovery sweep queues it once the queue is back.
            log.warning("event %s recorded but not queued (%s)", row_id, type(error).__name__)
        return True

    async def set_aside(self, event: SetAside) -> bool:
        """Record an event the door refused, for staff to see; never queued. True when it
        is new. Raises when it could not be recorded, as `accept` does."""
        async with self.session_factory() as db:
            row_id = await record_event(
                db, event.identity, event.source_key, event.kind, event.payload, event.reason
            )
            await db.commit()
        if row_id is not None:
            log.warning("webhook: event %s set aside (%s)", row_id, event.reason)
        return row_id is not None

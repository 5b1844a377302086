"""A fast first check on LINE's `webhookEventId` in Redis; the database's unique key is
the durable one.

The mark is set only after the event is recorded, and a Redis failure counts as "not
seen": a redelivery is then caught by the database, never dropped because Redis lied."""

from __future__ import annotations

import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

DEDUPE_TTL_SECONDS = 36 * 3600  # LINE redelivers for up to a day


class RedisDeduper:
    def __init__(self, redis: Redis, prefix: str = "tsunagu") -> None:
        self.redis = redis
        self.prefix = prefix

    def _key(self, event_id: str) -> str:
        return f"{self.prefix}:seen:{event_id}"

    async def seen(self, event_id: str) -> bool:
        """True when this event was recorded before; False when new or Redis is away."""
        try:
            return bool(await self.redis.exists(self._key(event_id)))
        except (RedisError, OSError) as error:
            log.warning(
                "dedupe: Redis unavailable (%s); the database decides", type(error).__name__
            )
            return False

    async def remember(self, event_id: str) -> None:
        """Mark a recorded event, so its redeliveries stop before the database."""
        try:
            await self.redis.set(self._key(event_id), 1, ex=DEDUPE_TTL_SECONDS)
        except (RedisError, OSError) as error:
            log.warning("dedupe: mark not kept (%s)", type(error).__name__)

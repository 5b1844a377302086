"""One turn at a time per user across every worker process, held by PostgreSQL.

The Redis lock in `bot.queue` is the fast path; this one survives what Redis does not (a
restart that forgets locks, a worker thought dead that still runs). It is a session-level
advisory lock on its own connection, so PostgreSQL lets go the moment a killed worker's
connection drops. SQLite (the demo) runs one process and needs none."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

LOCK_NAMESPACE = b"tsunagu-turn:"


def lock_number(source_key: str) -> int:
    """A signed 64-bit number for `source_key` (collisions only make two users wait)."""
    digest = hashlib.blake2b(LOCK_NAMESPACE + source_key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@asynccontextmanager
async def user_turn_lock(
    session_factory: async_sessionmaker[AsyncSession], source_key: str
) -> AsyncIterator[None]:
    """Wait for, then hold, the turn lock of `source_key` until the block ends."""
    bind = session_factory.kw.get("bind")
    if bind is None or bind.dialect.name != "postgresql":
        yield
        return
    number = lock_number(source_key)
    async with bind.connect() as connection:
        # Outside a transaction (a session lock needs none): one round trip each way, no
        # BEGIN and COMMIT around them.
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text("SELECT pg_advisory_lock(:n)"), {"n": number})
        try:
            yield
        finally:
            try:
                await connection.execute(text("SELECT pg_advisory_unlock(:n)"), {"n": number})
            except BaseException:
                # Never hand a connection that may still hold the lock back to the pool.
                await connection.invalidate()
                raise

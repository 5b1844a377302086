"""Engine and session factory for the city's database (SQLite for the demo,
PostgreSQL in tests and production)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


@dataclass(frozen=True)
class PoolSize:
    """PostgreSQL connections one process may hold: `size` kept open, `overflow` more
    when busy; past them a caller waits `timeout` seconds for one, then SQLAlchemy's pool
    time-out is raised (the webhook answers 5xx and LINE delivers the event again)."""

    size: int = 10
    overflow: int = 10
    timeout: float = 30.0


def make_engine(url: str, pool: PoolSize | None = None) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    pool = pool or PoolSize()
    return create_async_engine(
        url,
        pool_size=pool.size,
        max_overflow=pool.overflow,
        pool_timeout=pool.timeout,
        # No ping before each checkout (a round trip, and a quarter of the webhook's CPU
        # per event): a connection PostgreSQL dropped fails on its first use, SQLAlchemy
        # then discards every connection of the pool opened before, and the caller's
        # failure is one the house already survives — the webhook answers 503 and LINE
        # delivers again, a turn is tried again (tests/faults/test_outages.py).
        pool_pre_ping=False,
    )


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)

"""Moments in time as the database keeps them: always UTC, always timezone-aware.

PostgreSQL's `timestamptz` gives aware datetimes back; SQLite has no such type and gives
back naive ones (and would store an aware one's wall-clock time as it stands, whatever
its zone). `UtcDateTime` makes both behave alike: a value is turned to UTC before it is
stored, and read back as aware UTC, so code may compare any stored moment with `utcnow()`
on every database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def as_utc(value: datetime) -> datetime:
    """An aware moment in UTC; a naive one is taken to be UTC already."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """`DateTime(timezone=True)` that stores UTC and reads back aware UTC everywhere."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)

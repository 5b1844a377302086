"""A moment stored in the database comes back as the same aware moment on SQLite (the
demo's database) and on PostgreSQL, so stored times compare with the clock everywhere."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from cases.db import make_engine, make_session_factory
from cases.migrate import upgrade
from cases.models import Resident, utcnow

JST = ZoneInfo("Asia/Tokyo")


async def test_a_stored_moment_is_read_back_aware_and_equal(database_url: str) -> None:
    await upgrade(database_url)
    engine = make_engine(database_url)
    nine_in_tokyo = datetime(2026, 12, 3, 9, 0, tzinfo=JST)  # 00:00 UTC
    try:
        async with make_session_factory(engine)() as db:
            db.add(Resident(line_user_id="U" + "7" * 32, created_at=nine_in_tokyo))
            await db.commit()
        async with make_session_factory(engine)() as db:
            stored = await db.scalar(select(Resident.created_at))
            earlier = await db.scalar(
                select(Resident.id).where(
                    Resident.created_at < datetime(2026, 12, 3, 0, 30, tzinfo=ZoneInfo("UTC"))
                )
            )
    finally:
        await engine.dispose()
    assert stored is not None and stored.utcoffset() == timedelta(0)
    assert stored == nine_in_tokyo, "the same moment, not Tokyo's wall clock taken as UTC"
    assert stored < utcnow()
    assert earlier is not None, "compared in the database as the same moment too"

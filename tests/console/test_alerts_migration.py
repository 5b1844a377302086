"""0011 on SQLite and PostgreSQL: alerts stored before are linked to their case (the
resident's newest case opened by then), stay unacknowledged — nobody acknowledged them —
and are shown in the alerts view, but are not re-alerted: they went out on the channels
of their day."""

from __future__ import annotations

import asyncio

from alembic import command
from sqlalchemy import select, text

from cases.casework.alerts import alert_board, due_realerts
from cases.db import make_engine, make_session_factory
from cases.migrate import alembic_config, upgrade
from cases.models import StaffAlert, utcnow
from tests.data_protection.test_migration import ROWS, fresh_database

__all__ = ["fresh_database"]

AT = "2026-11-01 {}:00+00:00"
OLD_ROWS = (
    ROWS[0],  # the resident
    "INSERT INTO cases (id, resident_id, origin, status, categories, urgency, crisis_flags, "
    "is_complex, consulted_for, created_at, updated_at) VALUES "
    f"(1, 1, 'human_requested', 'new', '[]', 'high', '[]', false, 'self', "
    f"'{AT.format('10:00')}', '{AT.format('10:00')}'), "
    f"(2, 1, 'crisis', 'new', '[\"mental\"]', 'crisis', '[\"suicide\"]', false, 'self', "
    f"'{AT.format('12:00')}', '{AT.format('12:00')}')",
    "INSERT INTO staff_alerts (id, resident_id, kind, urgency, flags, created_at) VALUES "
    f"(1, 1, 'human_requested', 'high', '[]', '{AT.format('10:00')}'), "
    f"(2, 1, 'crisis', 'crisis', '[\"suicide\"]', '{AT.format('12:00')}'), "
    f"(3, NULL, 'crisis', 'crisis', '[]', '{AT.format('13:00')}')",
)


async def test_alerts_stored_before_find_their_case_and_wait_to_be_acknowledged(
    fresh_database: str,
) -> None:
    url = fresh_database
    await upgrade(url, "0007")
    engine = make_engine(url)
    async with engine.begin() as connection:
        for statement in OLD_ROWS:
            await connection.execute(text(statement))
    await engine.dispose()

    await upgrade(url)
    engine = make_engine(url)
    try:
        async with make_session_factory(engine)() as db:
            alerts = list(await db.scalars(select(StaffAlert).order_by(StaffAlert.id)))
            board = await alert_board(db, None)
            due = await due_realerts(db, utcnow())
    finally:
        await engine.dispose()
    assert [a.case_id for a in alerts] == [1, 2, None]
    assert all(a.acknowledged_at is None and a.acknowledged_by is None for a in alerts)
    assert all(a.next_realert_at is None and a.realert_count == 0 for a in alerts)
    assert due == [], "not re-alerted after the upgrade"
    assert [row.id for row in board.waiting] == [3, 2, 1], "crisis first, newest first"
    assert board.waiting[1].case_number == "000002" and board.waiting[1].ward is None

    await asyncio.to_thread(command.downgrade, alembic_config(url), "0007")
    await upgrade(url)

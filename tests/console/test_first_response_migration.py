"""0018 on SQLite and PostgreSQL: cases stored before learn when staff first answered them
from the audit trail (a reply, a take-over, a status or an assignee by a staff user); a
look at the case, or the bot's own entries, are not an answer. Down and up again."""

from __future__ import annotations

import asyncio

from alembic import command
from sqlalchemy import select, text

from cases.db import make_engine, make_session_factory
from cases.migrate import alembic_config, upgrade
from cases.models import Case
from tests.data_protection.test_migration import ROWS, fresh_database

__all__ = ["fresh_database"]

OPENED = "2026-11-01 10:00:00+00:00"
TRAIL = (
    # (case, actor, action, at)
    (1, "staff:2", "case.viewed", "2026-11-01 10:05:00+00:00"),
    (1, "staff:2", "case.status", "2026-11-01 12:00:00+00:00"),
    (1, "staff:3", "chat.staff_replied", "2026-11-01 11:00:00+00:00"),
    (2, "bot", "case.status", "2026-11-01 10:30:00+00:00"),
    (2, "staff:2", "case.viewed", "2026-11-01 10:40:00+00:00"),
    (3, "staff:4", "case.assigned", "2026-11-02 09:00:00+00:00"),
)


async def test_cases_stored_before_learn_their_first_answer(fresh_database: str) -> None:
    url = fresh_database
    await upgrade(url, "0017")
    engine = make_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text(ROWS[0]))  # the resident
        values = ", ".join(
            f"({n}, 1, 'handoff', 'new', '[]', 'normal', '[]', false, 'self', "
            f"'{OPENED}', '{OPENED}')"
            for n in (1, 2, 3)
        )
        await connection.execute(
            text(
                "INSERT INTO cases (id, resident_id, origin, status, categories, urgency, "
                "crisis_flags, is_complex, consulted_for, created_at, updated_at) "
                f"VALUES {values}"
            )
        )
        trail = ", ".join(
            f"('{actor}', '{action}', {case_id}, '{{}}', '{at}')"
            for case_id, actor, action, at in TRAIL
        )
        await connection.execute(
            text(f"INSERT INTO audit_events (actor, action, case_id, detail, at) VALUES {trail}")
        )
    await engine.dispose()

    async def first_answers() -> dict[int, str | None]:
        engine = make_engine(url)
        try:
            async with make_session_factory(engine)() as db:
                rows = (await db.execute(select(Case.id, Case.first_response_at))).tuples()
                return {n: at.isoformat() if at else None for n, at in rows.all()}
        finally:
            await engine.dispose()

    await upgrade(url)
    expected = {1: "2026-11-01T11:00:00+00:00", 2: None, 3: "2026-11-02T09:00:00+00:00"}
    assert await first_answers() == expected

    await asyncio.to_thread(command.downgrade, alembic_config(url), "0017")
    await upgrade(url)
    assert await first_answers() == expected

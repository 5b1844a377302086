"""0016 on SQLite and PostgreSQL: cases stored before get who wrote their sheet
(`consulter`, for the reports' channel) from the sheet itself, opened with the keyring;
a case without a sheet, or whose sheet does not say, keeps none. Down and up again."""

from __future__ import annotations

import asyncio

from alembic import command
from sqlalchemy import select, text

from cases.db import make_engine, make_session_factory
from cases.migrate import alembic_config, upgrade
from cases.models import Case, IntakeSheet
from tests.data_protection.test_migration import ROWS, fresh_database

__all__ = ["fresh_database"]

AT = "2026-11-01 10:00:00+00:00"
WRITERS = {1: {"relation": "family"}, 2: {"relation": "agency"}, 3: {}, 4: {"relation": "隣"}}


async def test_cases_stored_before_learn_who_wrote_their_sheet(fresh_database: str) -> None:
    url = fresh_database
    await upgrade(url, "0013")
    engine = make_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text(ROWS[0]))  # the resident
    async with make_session_factory(engine)() as db:
        for sheet_id, consulter in WRITERS.items():
            data = {"consulter": consulter} if consulter else {}
            db.add(IntakeSheet(id=sheet_id, ref=f"s{sheet_id}", resident_id=1, data=data))
        await db.commit()
    async with engine.begin() as connection:
        values = ", ".join(
            f"({n}, 1, {sheet}, 'handoff', 'new', '[]', 'normal', '[]', false, 'self', "
            f"'{AT}', '{AT}')"
            for n, sheet in ((1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "NULL"))
        )
        await connection.execute(
            text(
                "INSERT INTO cases (id, resident_id, sheet_id, origin, status, categories, "
                "urgency, crisis_flags, is_complex, consulted_for, created_at, updated_at) "
                f"VALUES {values}"
            )
        )
    await engine.dispose()

    await upgrade(url)
    engine = make_engine(url)
    try:
        async with make_session_factory(engine)() as db:
            found = dict((await db.execute(select(Case.id, Case.consulter))).tuples().all())
    finally:
        await engine.dispose()
    assert found == {1: "family", 2: "agency", 3: None, 4: None, 5: None}

    await asyncio.to_thread(command.downgrade, alembic_config(url), "0013")
    await upgrade(url)

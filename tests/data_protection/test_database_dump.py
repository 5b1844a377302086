"""A plaintext dump of the PostgreSQL database after a resident told everything shows
none of it; the bot and the console still read it all back."""

from __future__ import annotations

import shutil
import subprocess
import uuid

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from cases.casework.queries import case_detail
from cases.models import CaseProposal, IntakeSheet, TranscriptEntry
from tests.conftest import IN_CI
from tests.data_protection import fake_people as fake
from tests.data_protection.resident_story import resident_id_of, sheet_ref_of, tell_everything
from tests.handoff.conversation import STAFF_GROUP, all_text, group_messages
from tests.harness import Stack


async def sql_dump(engine: AsyncEngine) -> str:
    """Every row of every table, cast to text by PostgreSQL itself."""
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        rows: list[str] = []
        for table in tables:
            result = await connection.execute(text(f'SELECT t::text FROM "{table}" t'))
            rows += [f"{table}: {row}" for (row,) in result]
    return "\n".join(rows)


def pg_dump(database_url: str) -> str | None:
    """`pg_dump --data-only` of the database, when the client is installed (in CI it
    must be: `scripts/system-deps.sh` installs it)."""
    binary = shutil.which("pg_dump")
    if binary is None:
        assert not IN_CI, "pg_dump is missing: CI must dump the database, not skip it"
        return None
    url = make_url(database_url).set(drivername="postgresql")
    done = subprocess.run(
        [binary, "--data-only", url.render_as_string(hide_password=False)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


async def test_a_database_dump_shows_none_of_what_the_resident_told(pg_stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    case_id = await tell_everything(pg_stack, user)
    await pg_stack.settle()

    dumps = [await sql_dump(pg_stack.services.engine)]
    dumped = pg_dump(pg_stack.settings.DATABASE_URL)
    if dumped is not None:
        dumps.append(dumped)
    for dump in dumps:
        assert "enc1:test1:" in dump  # the data is there, sealed
        found = [piece for piece in fake.KNOWN_PII if piece in dump]
        assert found == [], f"personal data readable in the dump: {found}"

    # Nothing is lost: the application reads every piece back.
    resident_id = await resident_id_of(pg_stack, user)
    async with pg_stack.services.session_factory() as db:
        sheet = await db.scalar(select(IntakeSheet).where(IntakeSheet.ref == sheet_ref_of(user)))
        assert sheet is not None and sheet.data["person"]["kana"] == fake.KANA
        typed = list(
            await db.scalars(
                select(TranscriptEntry.text).where(TranscriptEntry.resident_id == resident_id)
            )
        )
        assert {fake.NAME, fake.PHONE, fake.ADDRESS, fake.STORY} <= set(typed)
        assert fake.STAFF_REPLY in typed
        detail = await case_detail(db, case_id)
        assert [note.text for note in detail.notes] == [fake.NOTE]
        assert detail.support_meetings[0].reason == fake.MEETING_REASON
        proposed = await db.scalars(
            select(CaseProposal.value).where(CaseProposal.case_id == case_id)
        )
        assert list(proposed) == ["+" + "81" + fake.PHONE.replace("-", "")[1:]]


async def test_staff_alerts_in_the_line_group_carry_none_of_it(pg_stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    await tell_everything(pg_stack, user)
    alerts = all_text(await group_messages(pg_stack, 1))
    assert "ケース" in alerts
    assert [piece for piece in fake.KNOWN_PII if piece in alerts] == []
    assert pg_stack.delivered(STAFF_GROUP)  # the group was told at all

"""The retention policy: closed cases emptied to their provision record after N days,
unfinished sheets, old transcripts and answered events deleted; open cases untouched.
Run by `tsunagu purge` and by the worker's periodic sweep."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from typer.testing import CliRunner

from bot.housekeeping import Housekeeping
from cases.casework.consent import ConsentTerms, record_consent
from cases.casework.opening import AgencyRef
from cases.db import make_engine, make_session_factory
from cases.migrate import upgrade
from cases.models import (
    Case,
    CaseNote,
    IntakeSheet,
    Provision,
    ReceivedEvent,
    Resident,
    TranscriptEntry,
    utcnow,
)
from cases.retention import RetentionPolicy, purge_expired
from tests.data_protection import fake_people as fake

POLICY = RetentionPolicy(closed_case_days=30, draft_days=7, transcript_days=60, event_days=3)
AGENCY = AgencyRef("okayama-kakei", "家計相談センター")


@pytest.fixture
async def factory(sqlite_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    await upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    try:
        yield make_session_factory(engine)
    finally:
        await engine.dispose()


async def consultation(db: AsyncSession, user: str, age_days: int, status: str) -> Case:
    """A resident's case with a sheet, a note, a consent, a provision and a transcript,
    all `age_days` old."""
    then = utcnow() - timedelta(days=age_days)
    resident = Resident(line_user_id=user, follow_state="following")
    db.add(resident)
    await db.flush()
    sheet = IntakeSheet(
        ref=user[-12:], resident_id=resident.id, status="sent", data={"story": fake.STORY}
    )
    db.add(sheet)
    await db.flush()
    case = Case(
        resident_id=resident.id,
        origin="handoff",
        status=status,
        categories=["debt"],
        ward="南区",
        sheet_id=sheet.id,
        closed_at=then if status == "closed" else None,
    )
    db.add(case)
    await db.flush()
    terms = ConsentTerms((AGENCY,), "相談支援", ("sheet",), "v1", "0" * 64, subject="母")
    consent = record_consent(db, resident.id, terms, "active", case_id=case.id)
    await db.flush()
    db.add(CaseNote(case_id=case.id, author="staff:1", text=fake.NOTE, created_at=then))
    db.add(
        Provision(
            case_id=case.id,
            agency_id=AGENCY.id,
            agency_name=AGENCY.name,
            data_scope=["sheet"],
            basis="consent",
            consent_id=consent.id,
            provided_by="bot",
            provided_at=then,
        )
    )
    db.add(
        TranscriptEntry(
            resident_id=resident.id,
            direction="in",
            author="resident",
            kind="text",
            text=fake.STORY,
            created_at=then,
        )
    )
    db.add(
        ReceivedEvent(
            webhook_event_id=user[-20:],
            source_key=f"user:{user}",
            event_type="message",
            payload={"text": fake.STORY},
            status="sent",
            received_at=then,
        )
    )
    await db.flush()
    return case


async def rows(db: AsyncSession, model: type, *where: ColumnElement[bool]) -> int:
    return await db.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def test_purge_keeps_the_provision_record_and_spares_open_and_recent_cases(
    factory: async_sessionmaker[AsyncSession],
) -> None:
    async with factory() as db:
        old_closed = await consultation(db, "U" + "1" * 32, 100, "closed")
        recent_closed = await consultation(db, "U" + "2" * 32, 10, "closed")
        old_open = await consultation(db, "U" + "3" * 32, 100, "in_progress")
        db.add(
            IntakeSheet(
                ref="abandoned",
                resident_id=old_open.resident_id,
                status="draft",
                updated_at=utcnow() - timedelta(days=8),
            )
        )
        await db.commit()

    async with factory() as db:
        removed = await purge_expired(db, POLICY)
        await db.commit()
    assert removed["cases_purged"] == 1 and removed["intake_sheets"] == 2
    assert removed["transcript"] == 1  # the old closed case's; the open case keeps its own
    assert removed["received_events"] == 3

    async with factory() as db:
        purged = await db.get(Case, old_closed.id)
        assert purged is not None and purged.purged_at is not None and purged.categories == []
        assert await rows(db, CaseNote, CaseNote.case_id == old_closed.id) == 0
        assert await rows(db, Provision, Provision.case_id == old_closed.id) == 1
        for kept in (recent_closed, old_open):
            case = await db.get(Case, kept.id)
            assert case is not None and case.purged_at is None and case.categories == ["debt"]
            assert await rows(db, CaseNote, CaseNote.case_id == kept.id) == 1
        assert (
            await rows(db, TranscriptEntry, TranscriptEntry.resident_id == old_open.resident_id)
            == 1
        )

    async with factory() as db:  # nothing more is due
        assert await purge_expired(db, POLICY) == {}


async def test_the_worker_purges_when_due_and_not_more_often(
    factory: async_sessionmaker[AsyncSession],
) -> None:
    async with factory() as db:
        await consultation(db, "U" + "4" * 32, 100, "closed")
        await db.commit()
    housekeeping = Housekeeping(factory, POLICY, every_seconds=3600)
    await housekeeping.run_if_due()
    async with factory() as db:
        assert await rows(db, Case, Case.purged_at.is_not(None)) == 1
        await consultation(db, "U" + "5" * 32, 100, "closed")
        await db.commit()
    await housekeeping.run_if_due()  # within the hour: not yet
    async with factory() as db:
        assert await rows(db, Case, Case.purged_at.is_(None)) == 1


async def test_tsunagu_purge_applies_the_configured_policy(
    factory: async_sessionmaker[AsyncSession], sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with factory() as db:
        await consultation(db, "U" + "6" * 32, 100, "closed")
        await db.commit()
    from tsunagu.cli import app
    from tsunagu.settings import get_settings

    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("TSUNAGU_RETAIN_CLOSED_CASE_DAYS", "200")
    get_settings.cache_clear()
    try:
        kept = await asyncio.to_thread(CliRunner().invoke, app, ["purge"])
        assert kept.exit_code == 0, kept.output
        assert "cases_purged" not in kept.output  # closed 100 days ago, kept for 200
        monkeypatch.setenv("TSUNAGU_RETAIN_CLOSED_CASE_DAYS", "90")
        get_settings.cache_clear()
        done = await asyncio.to_thread(CliRunner().invoke, app, ["purge"])
        assert done.exit_code == 0, done.output
        assert "cases_purged: 1" in done.output
    finally:
        get_settings.cache_clear()

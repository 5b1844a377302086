"""Migration 0006 encrypts what was stored in plaintext before it, on SQLite and on
PostgreSQL, and the application reads it back; the downgrade gives the plaintext back."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text

from cases.db import make_engine, make_session_factory
from cases.migrate import alembic_config, upgrade
from cases.models import (
    Case,
    CaseNote,
    ConversationState,
    IntakeSheet,
    ReceivedEvent,
    TranscriptEntry,
)
from tests.conftest import service_missing
from tests.data_protection import fake_people as fake
from tests.databases import create_database, drop_database

NOW = "2026-11-01 10:00:00+00:00"
EVENT = {"type": "message", "message": {"type": "text", "text": fake.STORY}}
ROWS = (
    "INSERT INTO residents (id, line_user_id, follow_state, created_at, updated_at) "
    f"VALUES (1, 'U{'1' * 32}', 'following', '{NOW}', '{NOW}')",
    "INSERT INTO received_events (id, webhook_event_id, source_key, event_type, payload, "
    f"status, attempts, received_at) VALUES (1, 'w1', 'user:U1', 'message', "
    f"'{json.dumps(EVENT, ensure_ascii=False)}', 'sent', 1, '{NOW}')",
    "INSERT INTO transcript (resident_id, event_id, direction, author, kind, text, content, "
    f"created_at) VALUES (1, 1, 'in', 'resident', 'text', '{fake.STORY}', '{{}}', '{NOW}')",
    "INSERT INTO conversation_states (resident_id, state, version, updated_at) VALUES "
    f"(1, '{json.dumps({'data': {'name': fake.NAME}}, ensure_ascii=False)}', 1, '{NOW}')",
    "INSERT INTO intake_sheets (id, ref, resident_id, status, schema_version, data, "
    f"created_at, updated_at) VALUES (1, 's1', 1, 'draft', '1', "
    f"'{json.dumps({'person': {'phone_mobile': fake.PHONE}})}', '{NOW}', '{NOW}')",
    "INSERT INTO cases (id, resident_id, origin, status, categories, urgency, crisis_flags, "
    "is_complex, consulted_for, created_at, updated_at) VALUES (1, 1, 'handoff', 'new', "
    f"'[]', 'normal', '[]', false, 'self', '{NOW}', '{NOW}')",
    "INSERT INTO case_notes (case_id, author, text, created_at) VALUES "
    f"(1, 'staff:1', '{fake.NOTE}', '{NOW}')",
)
STORED = (
    ("received_events", "payload"),
    ("transcript", "text"),
    ("conversation_states", "state"),
    ("intake_sheets", "data"),
    ("case_notes", "text"),
)


@pytest.fixture(params=["sqlite", "postgresql"])
async def fresh_database(request: pytest.FixtureRequest, tmp_path: object) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/old.db"
        return
    admin = os.environ.get("TEST_DATABASE_URL")
    if not admin:
        service_missing("TEST_DATABASE_URL (PostgreSQL)")
    assert admin is not None
    url = await create_database(admin, "tsunagu_migration")
    try:
        yield url
    finally:
        await drop_database(admin, url)


async def raw_values(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        async with engine.connect() as connection:
            return [
                str((await connection.execute(text(f"SELECT {c} FROM {t}"))).scalar_one())
                for t, c in STORED
            ]
    finally:
        await engine.dispose()


async def test_plaintext_stored_before_is_encrypted_and_still_readable(fresh_database: str) -> None:
    url = fresh_database
    await upgrade(url, "0005")
    engine = make_engine(url)
    async with engine.begin() as connection:
        for statement in ROWS:
            await connection.execute(text(statement))
    await engine.dispose()
    assert fake.STORY in " ".join(await raw_values(url))

    await upgrade(url)
    sealed = await raw_values(url)
    assert all(value.startswith("enc1:test1:") for value in sealed), sealed
    assert not any(piece in " ".join(sealed) for piece in fake.KNOWN_PII)

    engine = make_engine(url)
    async with make_session_factory(engine)() as db:
        event = await db.get(ReceivedEvent, 1)
        assert event is not None and event.payload == EVENT
        assert await db.scalar(select(TranscriptEntry.text)) == fake.STORY
        state = await db.get(ConversationState, 1)
        assert state is not None and state.state["data"]["name"] == fake.NAME
        sheet = await db.get(IntakeSheet, 1)
        assert sheet is not None and sheet.data["person"]["phone_mobile"] == fake.PHONE
        assert await db.scalar(select(CaseNote.text)) == fake.NOTE
        case = await db.get(Case, 1)
        assert case is not None and case.purged_at is None
    await engine.dispose()

    await asyncio.to_thread(command.downgrade, alembic_config(url), "0005")
    assert fake.STORY in " ".join(await raw_values(url))
    assert fake.NOTE in " ".join(await raw_values(url))


VISIT_ROWS = (
    ROWS[0],
    "INSERT INTO intake_sheets (id, ref, resident_id, status, schema_version, data, "
    f"created_at, updated_at) VALUES (1, 'visit-1', 1, 'sent', '1', 'x', '{NOW}', '{NOW}')",
    "INSERT INTO cases (id, resident_id, sheet_id, origin, status, categories, urgency, "
    "crisis_flags, is_complex, consulted_for, created_at, updated_at) VALUES "
    f"(1, 1, 1, 'visit', 'new', '[]', 'normal', '[]', false, 'other', '{NOW}', '{NOW}'), "
    f"(2, 1, NULL, 'crisis', 'new', '[]', 'crisis', '[]', false, 'self', '{NOW}', '{NOW}')",
    "INSERT INTO support_meeting_bases (id, case_id, reason, recorded_by, recorded_at) "
    f"VALUES (1, 2, 'x', 'staff:1', '{NOW}'), (2, 2, 'x', 'staff:1', '{NOW}')",
    "INSERT INTO provisions (case_id, agency_id, agency_name, data_scope, basis, "
    "support_meeting_id, provided_by, provided_at) VALUES "
    f"(2, 'okayama-yorisoi-support-center', 'よりそい', '[]', 'support_meeting', 1, 'staff:1', "
    f"'{NOW}')",
)


async def test_visit_cases_get_their_visit_and_meetings_the_agencies_they_covered(
    fresh_database: str,
) -> None:
    """0007: a visit case stored before is filed under its visit sheet (so its page shows
    that visit only); a 支援会議 basis covers exactly the agencies provided under it."""
    url = fresh_database
    await upgrade(url, "0006")
    engine = make_engine(url)
    async with engine.begin() as connection:
        for statement in VISIT_ROWS:
            await connection.execute(text(statement))
    await engine.dispose()

    await upgrade(url)
    engine = make_engine(url)
    async with engine.connect() as connection:
        rows = await connection.execute(text("SELECT id, visit_ref FROM cases ORDER BY id"))
        refs = {int(row[0]): row[1] for row in rows}
        covered = (
            await connection.execute(
                text("SELECT id, agencies FROM support_meeting_bases ORDER BY id")
            )
        ).all()
    await engine.dispose()
    assert refs == {1: "visit-1", 2: None}
    agencies = {
        row[0]: row[1] if isinstance(row[1], list) else json.loads(row[1]) for row in covered
    }
    assert agencies == {1: [{"id": "okayama-yorisoi-support-center", "name": "よりそい"}], 2: []}

    await asyncio.to_thread(command.downgrade, alembic_config(url), "0006")


def _sealed(data: dict[str, object]) -> str:
    from cases.encryption import installed_keyring

    return installed_keyring().encrypt_text(json.dumps(data, ensure_ascii=False))


def _consulter(relation: str) -> dict[str, object]:
    return {"consulter": {"relation": relation}, "person": {"name": fake.NAME}}


CASE_COLUMNS = (
    "INSERT INTO cases (id, resident_id, sheet_id, origin, status, categories, urgency, "
    "crisis_flags, is_complex, consulted_for, created_at, updated_at) VALUES "
)
CONSENT_COLUMNS = (
    "INSERT INTO consents (id, resident_id, case_id, sheet_id, status, grantees, purpose, "
    "data_scope, grantor, channel, text_version, text_hash, decided_at) VALUES "
)
GRANTEES = '[{"id": "okayama-yorisoi", "name": "寄り添い"}]'


def consent_rows() -> tuple[str, ...]:
    """Consents as the bot stored them before 0010, one of each kind of writer."""
    sheets = {1: _consulter("family"), 2: _consulter("self"), 3: _consulter("neighbor")}
    cases = (
        # id, sheet, origin, consulted_for
        (1, 1, "handoff", "other"),  # a son wrote; his sheet says family
        (2, 2, "handoff", "self"),  # the person wrote
        (3, 3, "handoff", "other"),  # a neighbour wrote
        (4, "NULL", "handoff", "self"),  # the sheet is gone; consent and case say self
        (5, "NULL", "handoff", "other"),  # the sheet is gone; the case says someone else
        (6, "NULL", "visit", "other"),  # a 民生委員's visit
    )
    consents = (
        # id, case, grantor, channel
        (1, 1, "relative", "line"),
        (2, 2, "self", "line"),
        (3, 3, "relative", "line"),
        (4, 4, "self", "line"),
        (5, 5, "self", "line"),
        (6, 6, "self", "visit"),
        (7, "NULL", "self", "line"),  # nothing says who: unknown, never 本人
    )
    return (
        ROWS[0],
        *(
            "INSERT INTO intake_sheets (id, ref, resident_id, status, schema_version, data, "
            f"created_at, updated_at) VALUES ({i}, 's{i}', 1, 'sent', '1', "
            f"'{_sealed(data)}', '{NOW}', '{NOW}')"
            for i, data in sheets.items()
        ),
        CASE_COLUMNS
        + ", ".join(
            f"({i}, 1, {sheet}, '{origin}', 'new', '[]', 'normal', '[]', false, '{whom}', "
            f"'{NOW}', '{NOW}')"
            for i, sheet, origin, whom in cases
        ),
        CONSENT_COLUMNS
        + ", ".join(
            f"({i}, 1, {case}, NULL, 'active', '{GRANTEES}', 'p', '[]', '{grantor}', "
            f"'{channel}', 'v1', '{'0' * 64}', '{NOW}')"
            for i, case, grantor, channel in consents
        ),
        "INSERT INTO provisions (case_id, agency_id, agency_name, data_scope, basis, "
        "consent_id, provided_by, provided_at) VALUES "
        + ", ".join(
            f"({i}, 'okayama-yorisoi', '寄り添い', '[]', 'consent', {i}, 'bot', '{NOW}')"
            for i in (1, 2, 3, 4, 5, 6)
        ),
    )


def pairs(result: Any) -> dict[int, str]:
    return {int(key): str(value) for key, value in result.all()}


async def test_stored_consents_name_who_agreed_and_a_relatives_shares_no_more(
    fresh_database: str,
) -> None:
    """0010: a consent whose sheet says a relative (or a neighbour) wrote becomes theirs,
    not the person's, and the agency loses the case it was given on it; the person's own
    and a visit's (the 民生委員 present) keep sharing; what nothing places stays unknown."""
    from cases.casework.sharing import agency_may_view

    url = fresh_database
    await upgrade(url, "0007")
    engine = make_engine(url)
    async with engine.begin() as connection:
        for statement in consent_rows():
            await connection.execute(text(statement))
    await engine.dispose()

    await upgrade(url)
    engine = make_engine(url)
    async with make_session_factory(engine)() as db:
        grantors = pairs(await db.execute(text("SELECT id, grantor FROM consents")))
        bases = pairs(await db.execute(text("SELECT case_id, basis FROM provisions")))
        seen = {case: await agency_may_view(db, case, "okayama-yorisoi") for case in range(1, 7)}
        recorded = list((await db.execute(text("SELECT recorded_by FROM consents"))).scalars())
    await engine.dispose()
    assert grantors == {
        1: "family",
        2: "self",
        3: "other",
        4: "self",
        5: "other",
        6: "self_with_minsei",
        7: "unknown",
    }
    assert bases == {
        1: "relative_agreement",
        2: "consent",
        3: "relative_agreement",
        4: "consent",
        5: "relative_agreement",
        6: "consent",
    }
    assert seen == {1: False, 2: True, 3: False, 4: True, 5: False, 6: True}
    assert set(recorded) == {"bot"}

    await asyncio.to_thread(command.downgrade, alembic_config(url), "0007")
    engine = make_engine(url)
    async with engine.connect() as connection:
        before = pairs(await connection.execute(text("SELECT id, grantor FROM consents")))
    await engine.dispose()
    assert before[1] == "relative" and before[2] == "self"


DELIVERY_ROWS = tuple(
    "INSERT INTO received_events (id, webhook_event_id, source_key, event_type, payload, "
    f"status, attempts, received_at, processed_at) VALUES ({n}, 'w{n}', 'user:U1', 'follow', "
    f"'{{}}', '{status}', {attempts}, '{NOW}', '{NOW}')"
    for n, status, attempts in ((1, "sending", 1), (2, "sent", 1), (3, "processed", 0))
)


async def test_an_answer_caught_mid_delivery_is_resumed_by_push_not_by_its_token(
    fresh_database: str,
) -> None:
    """0008: an event whose delivery had begun when the upgrade ran gets an attempt of
    unknown outcome, so its resumed delivery pushes under the retry key (an earlier
    delivery may have spent the token, or pushed); events not begun or finished get none."""
    url = fresh_database
    await upgrade(url, "0009")
    engine = make_engine(url)
    async with engine.begin() as connection:
        for statement in DELIVERY_ROWS:
            await connection.execute(text(statement))
    await engine.dispose()

    await upgrade(url)
    engine = make_engine(url)
    async with engine.connect() as connection:
        rows = await connection.execute(
            text("SELECT event_id, batch, method, outcome FROM delivery_attempts")
        )
        attempts = [tuple(row) for row in rows]
    await engine.dispose()
    assert attempts == [(1, 0, "unrecorded", None)]

    await asyncio.to_thread(command.downgrade, alembic_config(url), "0009")

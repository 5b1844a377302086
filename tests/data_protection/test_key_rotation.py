"""`tsunagu keys rotate`: with a new key put first, every stored value is re-encrypted
with it, after which the old key can be dropped and everything still reads."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from cases.db import make_engine, make_session_factory
from cases.encryption import install_keyring, installed_keyring, new_key, parse_keyring
from cases.migrate import upgrade
from cases.models import ConversationState, Resident, TranscriptEntry
from tests.data_protection import fake_people as fake
from tsunagu.cli import app
from tsunagu.settings import get_settings


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = installed_keyring()
    yield
    install_keyring(before)
    get_settings.cache_clear()


async def tsunagu(*arguments: str) -> str:
    get_settings.cache_clear()
    result = await asyncio.to_thread(CliRunner().invoke, app, list(arguments))
    assert result.exit_code == 0, result.output
    return result.output


async def test_rotation_moves_every_value_to_the_new_key(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, restore_keyring: None
) -> None:
    old, new = new_key("2026-04"), new_key("2026-11")
    install_keyring(parse_keyring(old.spec()))
    await upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    async with make_session_factory(engine)() as db:
        resident = Resident(line_user_id="U" + "7" * 32)
        db.add(resident)
        await db.flush()
        db.add(ConversationState(resident_id=resident.id, state={"name": fake.NAME}))
        for typed in (fake.PHONE, fake.ADDRESS, fake.STORY):
            db.add(
                TranscriptEntry(
                    resident_id=resident.id,
                    direction="in",
                    author="resident",
                    kind="text",
                    text=typed,
                )
            )
        await db.commit()

    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("TSUNAGU_DATA_KEYS", f"{new.spec()},{old.spec()}")
    assert "transcript.text: 2026-04=3" in await tsunagu("keys", "status")
    rotated = await tsunagu("keys", "rotate")
    assert "transcript.text: 3 re-encrypted" in rotated
    assert "conversation_states.state: 1 re-encrypted" in rotated
    status = await tsunagu("keys", "status")
    assert "2026-04" not in status.replace("current key: 2026-11", "")
    assert "transcript.text: 2026-11=3" in status

    async with engine.connect() as connection:
        stored = [row for (row,) in await connection.execute(text("SELECT text FROM transcript"))]
    assert all(value.startswith("enc1:2026-11:") for value in stored)

    install_keyring(parse_keyring(new.spec()))  # the old key is gone
    async with make_session_factory(engine)() as db:
        decrypted = set(await db.scalars(select(TranscriptEntry.text)))
        state = await db.scalar(select(ConversationState.state))
    await engine.dispose()
    assert decrypted == {fake.PHONE, fake.ADDRESS, fake.STORY}
    assert state == {"name": fake.NAME}


async def test_generate_prints_a_key_the_settings_accept(restore_keyring: None) -> None:
    printed = (await tsunagu("keys", "generate", "--id", "2027-04")).strip()
    keyring = parse_keyring(printed)
    assert keyring.current_id == "2027-04"
    assert keyring.decrypt_text(keyring.encrypt_text(fake.NAME)) == fake.NAME

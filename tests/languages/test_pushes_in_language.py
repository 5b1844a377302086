"""What the city sends a resident later — the check-in days after the hand-off, 「担当者が
入りました」, the answer to a withdrawal — goes out in the resident's language, whatever
queued it (a sweep, the console, an effect); what staff wrote goes as written."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from bot.notify.text_messages import text_messages
from bot.render import render_reply
from cases.casework.staff_chat import queue_resident_push
from cases.models import Resident
from handlers import catalog, data_rights
from handlers.handoff.checkin import ANSWERS, CHECK_IN, check_in_reply
from handlers.i18n import Catalogue
from tests.harness import Stack
from tests.languages.test_journeys import PEOPLE, Person, strings_in, untranslated


async def pushed(stack: Stack, user: str, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`messages` queued for `user` as the console or a sweep queues them; what LINE got."""
    await stack.caught_up(user)
    async with stack.services.session_factory() as db:
        resident = await db.scalar(select(Resident).where(Resident.line_user_id == user))
        assert resident is not None
        queue_resident_push(db, resident.id, messages, "test")
        await db.commit()
    return await stack.replies(user, count=len(messages))


@pytest.mark.parametrize("person", PEOPLE, ids=[p.language for p in PEOPLE])
async def test_the_check_in_and_staff_joining_are_said_in_their_language(
    stack: Stack, person: Person, words: Catalogue
) -> None:
    user = "U" + uuid.uuid4().hex
    stack.emulator.set_language(user, person.phone)
    await stack.follow(user)
    if person.phone == "ja":  # やさしい日本語 is chosen, not read from the phone
        await stack.settle()
        await stack.tap(user, f"a=lang&v={person.language}")
    check_in = await pushed(stack, user, render_reply(check_in_reply()))
    said = strings_in(check_in)
    assert any(words.text(CHECK_IN, person.language) in text for text in said), said
    assert {words.text(label, person.language) for label in ANSWERS.values()} <= set(said)
    assert untranslated(check_in, words, person.language) == []

    joined = await pushed(stack, user, text_messages(catalog.STAFF_JOINED))
    assert strings_in(joined) == [words.text(catalog.STAFF_JOINED, person.language)]


async def test_what_staff_wrote_goes_as_written(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    stack.emulator.set_language(user, "en")
    await stack.follow(user)
    written = "明日の10時にお電話します。Tomorrow at 10 we will call you."
    assert strings_in(await pushed(stack, user, text_messages(written))) == [written]


@pytest.mark.parametrize("person", PEOPLE, ids=[p.language for p in PEOPLE])
async def test_consent_and_data_in_their_language(
    stack: Stack, person: Person, words: Catalogue
) -> None:
    """「同意・データのこと」 from the rich menu: what can be done, and the buttons, in the
    resident's language; 「やめる」 deletes nothing and says so in it."""
    user = "U" + uuid.uuid4().hex
    stack.emulator.set_language(user, person.phone)
    await stack.follow(user)
    if person.phone == "ja":
        await stack.settle()
        await stack.tap(user, f"a=lang&v={person.language}")
    await stack.caught_up(user)
    await stack.tap(user, data_rights.RICH_MENU_DATA)
    shown = await stack.replies(user)
    assert untranslated(shown, words, person.language) == []
    labels = strings_in(shown)
    assert words.text(data_rights.ERASE.label, person.language) in labels
    assert words.text(data_rights.LEAD, person.language) in labels
    cancel = words.text(data_rights.CANCEL.label, person.language)
    assert cancel in labels
    await stack.tap(user, data_rights.CANCEL.data)
    kept = await stack.replies(user)
    assert words.text(data_rights.KEPT, person.language) in strings_in(kept)

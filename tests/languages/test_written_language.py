"""A resident whose phone is set to Japanese (or who never chose a language) writes in
another language the bot speaks: the bot answers in it at once — a crisis with the
hotlines that serve it — keeps it as theirs, and offers the choice of language. A
Japanese resident who types a name or a word in Latin letters stays in Japanese."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from cases.models import Resident
from handlers import catalog
from handlers.i18n import EASY, SOURCE, Catalogue
from handlers.languages import CHOSEN, PICK, PICK_LABEL
from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident as Talker
from tests.languages.test_journeys import FOREIGN_LINE, PEOPLE, Person, say, shows, untranslated
from tsunagu.languages import load_catalogue

FOREIGN = [person for person in PEOPLE if person.language != EASY]


@pytest.fixture(scope="module")
def words() -> Catalogue:
    return load_catalogue()


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    async with running_stack(database_url) as running:
        yield running


async def kept_language(talker: Talker) -> str | None:
    async with talker.stack.services.session_factory() as db:
        resident = await db.scalar(select(Resident).where(Resident.line_user_id == talker.user))
        assert resident is not None
        return resident.language


async def japanese_phone(stack: Stack) -> Talker:
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    stack.emulator.set_language(talker.user, "ja")
    await talker.follow()
    assert shows(talker, catalog.WELCOME) and not shows(talker, PICK)
    return talker


@pytest.mark.parametrize("person", FOREIGN, ids=[p.language for p in FOREIGN])
async def test_a_story_in_another_language_is_answered_in_it(
    stack: Stack, person: Person, words: Catalogue
) -> None:
    talker = await japanese_phone(stack)
    await talker.say(person.story)
    assert shows(talker, say(words, person.language, CHOSEN.format(name=person.name)))
    assert untranslated(talker.last, words, person.language) == []
    # Another language is one tap away, beside the question's own buttons.
    assert PICK_LABEL in talker.buttons() or person.name in talker.buttons()
    assert await kept_language(talker) == person.language
    # The next answer is in the same language, without asking again.
    await talker.tap(talker.buttons()[0])
    assert untranslated(talker.last, words, person.language) == []
    assert not shows(talker, say(words, person.language, CHOSEN.format(name=person.name)))


@pytest.mark.parametrize("person", FOREIGN, ids=[p.language for p in FOREIGN])
async def test_a_crisis_in_another_language_first_is_answered_in_it(
    stack: Stack, person: Person, words: Catalogue
) -> None:
    talker = await japanese_phone(stack)
    await talker.say(person.crisis)
    # The hotlines come first, in their language, with the lines that answer in it.
    lead = say(words, person.language, catalog.CRISIS_LEAD["suicide"])
    assert shows(talker, lead.split("。")[0].split(".")[0])
    assert talker.asked("tel:119") and talker.asked(FOREIGN_LINE)
    assert untranslated(talker.last, words, person.language) == []
    assert await kept_language(talker) == person.language


@pytest.mark.parametrize("typed", ["Hello", "Yamada Taro", "OK", "Thank you"])
async def test_a_word_in_latin_letters_does_not_change_the_language(
    stack: Stack, typed: str
) -> None:
    talker = await japanese_phone(stack)
    await talker.say(typed)
    assert await kept_language(talker) in (None, SOURCE)
    assert not talker.asked("Language set")

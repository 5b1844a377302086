"""The middle band in every language the bot speaks: words near a danger that no crisis
word settles (「I can't go on like this anymore」「Não aguento mais essa vida」) get the
hotlines and one question in the resident's language — 「いま、危ない状況ですか？」 — and no
alert; a no typed in their words lets the conversation go on, a danger typed gets the
crisis answer and the alert. Through the real webhook, on both databases."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from cases.models import StaffAlert
from handlers import catalog
from handlers.i18n import Catalogue
from nlu.crisis import detect_crisis
from nlu.crisis_languages import worried_in_languages
from tests.harness import Stack
from tests.intake.conversation import Resident as Talker
from tests.languages.test_journeys import PEOPLE, Person, choose_language, say, shows

# Written for this test: (words near a danger, a no, a danger) in each language.
ASKED: dict[str, tuple[str, str, str]] = {
    "en": ("I can't go on like this anymore", "No, I'm fine", "Help"),
    "vi": ("Tôi không chịu nổi nữa rồi", "Không, tôi ổn", "Cứu tôi với"),
    "pt": ("Não aguento mais essa vida", "Não, estou bem", "Socorro"),
    "es": ("Ya no aguanto más esta vida", "No, gracias", "Ayuda por favor"),
    "fil": ("Hindi ko na kaya ang lahat", "Hindi po, okay lang ako", "Tulong po"),
    "ko": ("이제 정말 못 버티겠어요", "아니요, 괜찮아요", "도와주세요"),
    "zh-Hans": ("我真的撑不下去了", "不是，我没事", "救命"),
}
ABROAD = [person for person in PEOPLE if person.language in ASKED]


async def _crisis_alerts(stack: Stack) -> int:
    async with stack.services.session_factory() as db:
        alerts = (await db.scalars(select(StaffAlert))).all()
    return sum(alert.kind == "crisis" for alert in alerts)


@pytest.mark.parametrize("words_near", [said[0] for said in ASKED.values()])
def test_the_words_are_in_the_band_not_an_alarm(words_near: str) -> None:
    assert detect_crisis(words_near) == ()
    assert worried_in_languages(words_near)


@pytest.mark.parametrize(
    "laughed",
    [
        "My boss will kill me if I'm late again haha",
        "meu chefe vai me matar se eu chegar atrasado kkkk",
        "迟到的话老板会杀了我哈哈",
    ],
)
def test_a_figure_of_speech_that_laughs_is_asked_about_not_alarmed(laughed: str) -> None:
    assert detect_crisis(laughed) == ()
    assert worried_in_languages(laughed)


@pytest.mark.parametrize(
    "figure",
    [
        "My boss will kill me if I'm late again",
        # A fifth tester's: the threat matched its second 「ako」, after the condition.
        "Papatayin ako ng boss ko pag na-late ako",
        "Papatayin ako ng amo ko kapag nahuli ako sa trabaho",
    ],
)
def test_a_boss_who_will_kill_me_if_im_late_is_asked_about_not_alarmed(figure: str) -> None:
    assert detect_crisis(figure) == ()
    assert worried_in_languages(figure)


@pytest.mark.parametrize("person", ABROAD, ids=[p.language for p in ABROAD])
async def test_asked_in_their_language_and_a_no_goes_on(
    stack: Stack, person: Person, words: Catalogue
) -> None:
    near, no, _ = ASKED[person.language]
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    await talker.say(near)
    assert shows(talker, say(words, person.language, catalog.CRISIS_CHECK_QUESTION))
    assert talker.asked("tel:")
    assert await _crisis_alerts(stack) == 0

    await talker.say(no)
    assert shows(talker, say(words, person.language, catalog.CRISIS_CHECK_NOT_NOW))
    assert await _crisis_alerts(stack) == 0


@pytest.mark.parametrize("person", ABROAD, ids=[p.language for p in ABROAD])
async def test_a_danger_typed_to_the_question_is_a_crisis(
    stack: Stack, person: Person, words: Catalogue
) -> None:
    near, _, danger = ASKED[person.language]
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    await talker.say(near)
    assert shows(talker, say(words, person.language, catalog.CRISIS_CHECK_QUESTION))

    await talker.say(danger)
    assert talker.asked("tel:119")
    assert await _crisis_alerts(stack) == 1


async def test_a_story_it_cannot_read_is_asked_about_once(stack: Stack, words: Catalogue) -> None:
    """Their story, in words the NLU cannot read and no crisis word is in: whether it is a
    danger now is asked (no reading could tell) — without the hotlines, which a yes brings
    — and not again for the next words."""
    person = next(person for person in PEOPLE if person.language == "en")
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    await talker.say(person.story)
    assert shows(talker, say(words, "en", catalog.CRISIS_CHECK_QUESTION))
    assert not talker.asked("tel:")
    await talker.say("No")
    assert shows(talker, say(words, "en", catalog.CRISIS_CHECK_NOT_NOW))
    await talker.say("We also have debts from the hospital bills of last year")
    assert not shows(talker, say(words, "en", catalog.CRISIS_CHECK_QUESTION))
    assert await _crisis_alerts(stack) == 0


async def test_a_yes_to_the_question_about_a_story_brings_the_hotlines_and_staff(
    stack: Stack, words: Catalogue
) -> None:
    person = next(person for person in PEOPLE if person.language == "pt")
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    await talker.say(person.story)
    assert not talker.asked("tel:")
    await talker.tap(say(words, "pt", catalog.CRISIS_CHECK_YES))
    assert talker.asked("tel:119") and talker.asked("tel:0120279338")
    assert await _crisis_alerts(stack) == 1

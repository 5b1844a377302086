"""Words typed where the bot asked something else, in the resident's language: a sentence
where a name was asked is not kept as the name and is asked about (「toi vua uong het ca lo
thuoc ngu」 typed at 「お名前を教えてください」); an answer to 「いま、危ない状況ですか？」 in
words outside its buttons (「tulungan nyo po ako」「khong biet, em so lam」) is read, or the
question asked once more, and then staff told. Through the real webhook, on both
databases."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from cases.models import StaffAlert
from handlers import catalog
from handlers.i18n import Catalogue
from handlers.intake import catalog as intake
from tests.harness import Stack
from tests.intake.conversation import Resident as Talker
from tests.languages.test_journeys import Person, chose, say, shows

# Written for this test: a sentence typed where a name was asked, in each language (some
# that no crisis word of the language reads).
SENTENCE_FOR_A_NAME: dict[str, str] = {
    "vi": "toi vua uong het ca lo thuoc ngu",
    "pt": "ele vai voltar hoje a noite para acabar comigo",
    "en": "he'll come by at nine tonight and finish me off",
    "es": "mi pareja dice que esta noche me va a matar",
    "zh-Hans": "他说今晚九点要来收拾我",
}
# Answers to the danger question outside its buttons that tell of a danger.
DANGER_IN_OWN_WORDS: dict[str, str] = {
    "fil": "tulungan nyo po ako",
    "vi": "khong biet, em so lam",
    "es": "no se, tengo miedo",
    "pt": "não sei, estou com medo",
    "en": "no, I'm fine, it's her",
}
# Near a danger, for the question to be asked (as in test_asked_in_their_language).
NEAR: dict[str, str] = {
    "fil": "Hindi ko na kaya ang lahat",
    "vi": "Tôi không chịu nổi nữa rồi",
    "es": "Ya no aguanto más esta vida",
    "pt": "Não aguento mais essa vida",
    "en": "I can't go on like this anymore",
}


async def _crisis_alerts(stack: Stack) -> list[StaffAlert]:
    async with stack.services.session_factory() as db:
        alerts = (await db.scalars(select(StaffAlert))).all()
    return [alert for alert in alerts if alert.kind == "crisis"]


async def _at_the_name_question(talker: Talker, person: Person, words: Catalogue) -> None:
    """From the chosen language to the question for a name."""

    def t(label: str) -> str:
        return say(words, person.language, label)

    await talker.tap(t(catalog.MENU_CONSULT))
    await talker.say(person.story)
    await talker.tap(t(catalog.CRISIS_CHECK_NO))
    if t(intake.SOMETHING_ELSE) in talker.buttons() and t(intake.DONE) not in talker.buttons():
        await talker.tap(t(intake.SOMETHING_ELSE))
    await talker.tap(t("収入・仕事"))
    await talker.tap(t(intake.DONE))
    await talker.tap(t("自分のこと"))
    assert t(intake.ANONYMOUS) in talker.buttons()  # the name question


@pytest.mark.parametrize("code", list(SENTENCE_FOR_A_NAME))
async def test_a_sentence_typed_for_the_name_is_asked_about_and_not_kept(
    stack: Stack, code: str, words: Catalogue
) -> None:
    person, talker = await chose(stack, code, words)
    await _at_the_name_question(talker, person, words)
    sentence = SENTENCE_FOR_A_NAME[code]

    await talker.say(sentence)
    assert talker.asked("tel:")
    if shows(talker, say(words, code, catalog.CRISIS_CHECK_QUESTION)):
        # Words no crisis list reads: asked about.
        await talker.tap(say(words, code, catalog.CRISIS_CHECK_NO))
    else:
        # Read as a crisis: the hotlines, staff told, and the question again below.
        assert len(await _crisis_alerts(stack)) == 1
    # The name question again; the sentence is nowhere in the sheet.
    assert say(words, code, intake.ANONYMOUS) in talker.buttons()
    sheet = await talker.sheet()
    assert sentence not in json.dumps(sheet.data, ensure_ascii=False)
    assert (sheet.data.get("person") or {}).get("name") is None

    # A name given with the words around it in their language is the name alone.
    named = {"vi": "Tôi tên là Nguyễn Thị Lan", "zh-Hans": "我叫王丽"}.get(
        code, "My name is Maria Santos"
    )
    await talker.say(named)
    sheet = await talker.sheet()
    name = (sheet.data.get("person") or {}).get("name")
    assert name in ("Nguyễn Thị Lan", "王丽", "Maria Santos"), name


@pytest.mark.parametrize("code", list(DANGER_IN_OWN_WORDS))
async def test_a_danger_told_in_own_words_to_the_question_alerts(
    stack: Stack, code: str, words: Catalogue
) -> None:
    _, talker = await chose(stack, code, words)
    await talker.say(NEAR[code])
    assert shows(talker, say(words, code, catalog.CRISIS_CHECK_QUESTION))
    assert await _crisis_alerts(stack) == []

    await talker.say(DANGER_IN_OWN_WORDS[code])
    assert talker.asked("tel:119")
    assert len(await _crisis_alerts(stack)) == 1


async def test_words_that_say_neither_are_asked_again_then_staff_are_told(
    stack: Stack, words: Catalogue
) -> None:
    """Neither yes nor no, twice: the question once more, then a person looks; not a
    third question."""
    _, talker = await chose(stack, "vi", words)
    await talker.say(NEAR["vi"])
    assert shows(talker, say(words, "vi", catalog.CRISIS_CHECK_QUESTION))

    await talker.say("toi cung khong ro nua")
    assert shows(talker, say(words, "vi", catalog.CRISIS_CHECK_AGAIN))
    assert shows(talker, say(words, "vi", catalog.CRISIS_CHECK_QUESTION))
    assert await _crisis_alerts(stack) == []

    await talker.say("chong toi sap ve")
    assert shows(talker, say(words, "vi", catalog.CRISIS_CHECK_UNANSWERED))
    assert talker.asked("tel:")
    [alert] = await _crisis_alerts(stack)
    assert alert.flags

    await talker.say("cam on")
    assert not shows(talker, say(words, "vi", catalog.CRISIS_CHECK_QUESTION))
    assert len(await _crisis_alerts(stack)) == 1


async def test_a_no_after_asking_again_lets_the_conversation_go_on(
    stack: Stack, words: Catalogue
) -> None:
    _, talker = await chose(stack, "en", words)
    await talker.say(NEAR["en"])
    await talker.say("why?")
    assert shows(talker, say(words, "en", catalog.CRISIS_CHECK_AGAIN))
    await talker.say("No, I'm not scared")
    assert shows(talker, say(words, "en", catalog.CRISIS_CHECK_NOT_NOW))
    assert await _crisis_alerts(stack) == []


async def test_a_fear_typed_after_words_near_suicide_adds_the_police(
    stack: Stack, words: Catalogue
) -> None:
    """A ninth tester's: 「Não aguento mais」 was asked about, and 「tenho medo dele」
    brought only the suicide lines — a fear of him is a danger from a person too."""
    _, talker = await chose(stack, "pt", words)
    await talker.say("Não aguento mais")
    assert shows(talker, say(words, "pt", catalog.CRISIS_CHECK_QUESTION))
    await talker.say("tenho medo dele")
    assert talker.asked("tel:110")
    [alert] = await _crisis_alerts(stack)
    assert "violence" in alert.flags

"""A resident whose phone is set to Japanese (or who never chose a language) writes in
another language the bot speaks: the bot answers in it at once — a crisis with the
hotlines that serve it — keeps it as theirs, and offers the choice of language. A
Japanese resident who types a name or a word in Latin letters stays in Japanese."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from cases.models import Resident
from handlers import catalog, languages
from handlers.i18n import EASY, LANGUAGES, SOURCE, Catalogue
from handlers.intake import catalog as intake
from handlers.languages import CHOSEN, PICK, PICK_LABEL
from handlers.messages import TextIn
from tests.harness import Stack
from tests.intake.conversation import Resident as Talker
from tests.languages.test_journeys import (
    FOREIGN_LINE,
    PEOPLE,
    Person,
    choose_language,
    say,
    shows,
    untranslated,
)

FOREIGN = [person for person in PEOPLE if person.language != EASY]


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
    # A story the NLU cannot read: whether it is a danger now is asked first, with the one
    # button that opens the choice of language under it, not the eight languages.
    assert shows(talker, say(words, person.language, catalog.CRISIS_CHECK_QUESTION))
    assert not shows(talker, PICK)
    # The next answer is in the same language, without asking again.
    await talker.tap(say(words, person.language, catalog.CRISIS_CHECK_NO))
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
    assert not shows(talker, PICK)  # a second tester's: a choice of language was noise there
    # 119 is named in their language (an independent tester's: only in Japanese).
    assert shows(talker, say(words, person.language, "消防・救急（119番）"))
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


@pytest.mark.parametrize("typed", ["Hello", "Xin chào", "Olá", "Hola", "Thank you"])
async def test_a_greeting_in_latin_letters_offers_the_choice_of_language(
    stack: Stack, typed: str
) -> None:
    """An independent tester's: 「Hello」 got a Japanese answer and no way to a language."""
    talker = await japanese_phone(stack)
    await talker.say(typed)
    assert PICK_LABEL in talker.buttons()
    await talker.say("こんにちは")
    assert PICK_LABEL not in talker.buttons()  # Japanese written: nothing more offered


@pytest.mark.parametrize(
    "typed", ["母親認知症、要介護三、日中独居状態", "生活困窮、家賃滞納中、借金返済困難。"]
)
async def test_kanji_alone_stays_japanese(stack: Stack, typed: str) -> None:
    """A memo written in kanji (no kana) is Japanese as often as Chinese: nothing marks it
    as Chinese, so a resident with a Japanese phone is answered in Japanese."""
    talker = await japanese_phone(stack)
    await talker.say(typed)
    assert await kept_language(talker) in (None, SOURCE)
    assert not talker.asked("语言")


async def test_a_short_message_in_hangul_is_answered_in_korean(
    stack: Stack, words: Catalogue
) -> None:
    talker = await japanese_phone(stack)
    await talker.say("도와주세요")
    assert await kept_language(talker) == "ko"
    assert shows(talker, say(words, "ko", CHOSEN.format(name="한국어")))


@pytest.mark.parametrize(
    "typed",
    [
        "언어",
        "idioma",
        "语言",
        "change language",
        "Cambiar idioma",
        "Ｌａｎｇｕａｇｅ",
        "언어 변경",
        # A fourth tester's: the request in ordinary words.
        "I want to change language",
        "Can I change the language?",
    ],
)
async def test_the_word_for_language_opens_the_choice_and_chooses_nothing(
    stack: Stack, typed: str
) -> None:
    """「언어」 is a request for the choice, not a message written in Korean."""
    talker = await japanese_phone(stack)
    await talker.say(typed)
    assert shows(talker, PICK) and "한국어" in talker.buttons()
    assert await kept_language(talker) in (None, SOURCE)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("English", "en"),
        ("Português", "pt"),
        ("tieng viet", "vi"),
        ("中文", "zh-Hans"),
        ("日本語", SOURCE),
        # A fourth tester's: asked for in ordinary words.
        ("English please", "en"),
        ("Do you speak Vietnamese?", "vi"),
        ("Tiếng Việt được không", "vi"),
        ("Português por favor", "pt"),
        ("한국어로 해 주세요", "ko"),
        ("请用中文", "zh-Hans"),
        # The thirteenth tester's: plainer Japanese asked for in words.
        ("やさしい にほんご で おねがいします", EASY),
        ("すみません、日本語がむずかしいです", EASY),
    ],
)
async def test_a_language_named_is_chosen_and_no_consultation_opens(
    stack: Stack, words: Catalogue, typed: str, code: str
) -> None:
    """「English」 typed at the menu chooses English: it is no story of a trouble."""
    talker = await japanese_phone(stack)
    await talker.say(typed)
    assert await kept_language(talker) == code
    name = next(language.name for language in LANGUAGES if language.code == code)
    assert shows(talker, say(words, code, CHOSEN.format(name=name)))
    assert not shows(talker, say(words, code, intake.STORY_TAKEN).split("\n")[0])


@pytest.mark.parametrize(
    "typed",
    [
        "My mother doesn't speak Japanese",
        "Em không nói được tiếng Việt",
        "母は日本語がわかりません、ベトナム人です",
        "すみません わかりません",  # 「I don't know」, an answer
        "やさしい日本語で書いてある紙をもらったが読めない、母の介護のことで相談です",
    ],
)
def test_a_language_named_in_a_denial_is_not_asked_for(typed: str) -> None:
    assert languages.command(TextIn(typed)) is None


async def test_words_it_cannot_read_offer_the_choice_of_language(stack: Stack) -> None:
    talker = await japanese_phone(stack)
    await talker.say("Quero falar")  # (「Ajuda」, a cry for help, is asked about in Portuguese)
    assert talker.asked(catalog.NOT_UNDERSTOOD)
    assert PICK_LABEL in talker.buttons()
    await talker.tap(PICK_LABEL)
    assert shows(talker, PICK) and "Português" in talker.buttons()


async def test_a_guessed_language_is_put_right_by_a_plain_sentence(
    stack: Stack, words: Catalogue
) -> None:
    """A Spanish speaker read as Portuguese: a sentence in Spanish at the menu changes
    it; a short word does not."""
    talker = await japanese_phone(stack)
    await talker.say("Eu quero morrer")  # answered with the hotlines, at the menu after
    assert await kept_language(talker) == "pt"
    await talker.say("Gracias")
    assert await kept_language(talker) == "pt"
    await talker.say("No entiendo portugués, hablo español, por favor.")
    assert await kept_language(talker) == "es"
    assert shows(talker, say(words, "es", CHOSEN.format(name="Español")))


async def test_plainer_japanese_asked_for_mid_sheet_asks_the_question_again_in_it(
    stack: Stack, words: Catalogue
) -> None:
    """The thirteenth tester's: 「質問の意味がわかりません」 at a question of the sheet
    was no answer, and only 「ことば」 offered やさしい日本語. It is chosen there, and the
    same question is asked again in it."""
    talker = await japanese_phone(stack)
    await talker.say("母の介護と借金のことで相談したいです")
    await talker.say("質問の意味がわかりません")
    assert await kept_language(talker) == EASY
    name = next(language.name for language in LANGUAGES if language.code == EASY)
    assert shows(talker, say(words, EASY, CHOSEN.format(name=name)))
    assert not talker.asked("読み取れません")


async def test_answers_to_the_sheet_never_change_the_language(stack: Stack) -> None:
    """An e-mail, a name or an address typed in Latin letters as the sheet asks: Japanese
    all along."""
    talker = await japanese_phone(stack)
    await talker.say("母の介護と借金のことで相談したいです")
    for typed in ("yamada.hanako.test@example.com", "Please call me after six in the evening"):
        await talker.say(typed)
        assert await kept_language(talker) in (None, SOURCE)


async def test_a_crisis_in_another_language_than_the_one_chosen_is_answered_in_it_once(
    stack: Stack, words: Catalogue
) -> None:
    """An independent tester's: 「I want to die」 from a resident who chose Tiếng Việt turned
    their language, menu and all, to English."""
    talker = await japanese_phone(stack)
    await talker.say("ことば")
    await talker.tap("Tiếng Việt")
    assert await kept_language(talker) == "vi"
    await talker.say("I want to die")
    assert shows(talker, say(words, "en", catalog.CRISIS_LEAD["suicide"]).split(".")[0])
    assert talker.asked("tel:119") and not shows(talker, PICK)
    assert await kept_language(talker) == "vi"
    await talker.say("Cảm ơn")
    assert untranslated(talker.last, words, "vi") == []


@pytest.mark.parametrize(("code", "typed"), [("zh-Hans", "我没有钱"), ("ko", "돈이 없어요")])
async def test_a_short_trouble_in_chinese_or_korean_opens_a_consultation(
    stack: Stack, words: Catalogue, code: str, typed: str
) -> None:
    """A fourth tester's: four characters of Chinese say as much as 「I have no money」, and
    were answered 「we couldn't understand」."""
    person = next(person for person in PEOPLE if person.language == code)
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    await talker.say(typed)
    assert not shows(talker, say(words, code, catalog.NOT_UNDERSTOOD))
    assert shows(talker, say(words, code, catalog.CRISIS_CHECK_QUESTION))
    await talker.tap(say(words, code, catalog.CRISIS_CHECK_NO))
    assert shows(talker, say(words, code, intake.DONE))

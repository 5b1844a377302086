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


# A sixth tester's: a 3-year-old alone tonight was a crisis in Japanese and Korean, and
# only a question in Vietnamese and Chinese. Written for this test.
CHILD_ALONE = [
    "con toi 3 tuoi o nha mot minh toi nay, toi phai di lam ca dem",
    "Con tôi 3 tuổi ở nhà một mình tối nay",
    "今晚我要上夜班，3岁的孩子只能一个人在家",
    "My 3 year old is home alone tonight, I have to work the night shift",
    "Meu filho de 3 anos vai ficar sozinho em casa esta noite",
    "Mi hijo de 3 años se queda solo en casa esta noche",
    "Mag-isa sa bahay ang 3 taong gulang kong anak ngayong gabi",
    "3살 아이가 오늘 밤 혼자 집에 있어요",
    # A seventh tester's: casual Filipino, and typing shortcuts.
    "naiwan ko mag isa yung 4 na taon kong anak ngayong gabi kasi may night shift ako",
    "my 3yo is home alone tonite",
    # An eighth tester's: an age in words, and not back until morning.
    "세 살 아이가 오늘 밤 집에 혼자 있어요",
    "left my 2 year old alone at home, won't be back till morning",
    # A tenth tester's: a small child alone right now is as urgent as tonight.
    "my 4yo is alone rn",
    "my 4 year old is home alone right now",
]
# Alone tonight with no age said: asked about, in every language (a teenager may be).
CHILD_ALONE_NO_AGE = [
    "my kid is alone at home tonight, no adults",
    "mi hija esta sola en la casa esta noche, no hay adultos",
    "minha filha ficou sozinha em casa hoje a noite",
    "con gai toi o nha mot minh dem nay khong co nguoi lon",
    "孩子今晚一个人在家，没有大人",
    "아이가 오늘밤 집에 혼자 있어요 어른이 없어요",
    "mag-isa ang anak ko sa bahay ngayong gabi",
]
# A parent alone with a small child, or a child who can stay alone a while: no alarm.
NOT_ALONE = [
    "I am alone at night with my 3 year old and it is exhausting",
    "My 5 year old can now stay home alone for ten minutes",
    "Tôi sống một mình với con 3 tuổi, ban đêm con hay khóc",
    "我一个人带3岁的孩子，晚上很累",
    "Moro sozinha com meu filho de 2 anos e à noite é difícil",
    "Vivo sola con mi hija de 4 años, por la noche lloro",
]


@pytest.mark.parametrize("said", CHILD_ALONE)
def test_a_young_child_alone_tonight_is_a_crisis_in_every_language(said: str) -> None:
    assert detect_crisis(said) == ("child_danger",)


@pytest.mark.parametrize("said", CHILD_ALONE_NO_AGE)
def test_a_child_alone_tonight_of_no_age_said_is_asked_about(said: str) -> None:
    assert "child_danger" in worried_in_languages(said)


@pytest.mark.parametrize("said", NOT_ALONE)
def test_a_parent_alone_with_a_small_child_is_no_alarm(said: str) -> None:
    assert detect_crisis(said) == ()


def test_a_wish_to_disappear_is_asked_about() -> None:
    """A seventh tester's: 「i feel like disappearing」 got no sign of danger in English,
    while 「消えたい」 is a crisis in Japanese."""
    assert worried_in_languages("i feel like disappearing") == {"suicide"}


# A ninth tester's: short words near a danger from someone who chose no language were
# asked in Japanese; a bare cry for help got the menu.
SHORT_NEAR: dict[str, str] = {
    "kms": "en",
    "OD'd on pills": "en",
    "help me pls": "en",
    "tulong": "fil",
    "me ajuda por favor": "pt",
    "nong qua chet mat thoi": "vi",
}


@pytest.mark.parametrize("said", list(SHORT_NEAR))
async def test_short_words_near_a_danger_are_asked_about_in_their_language(
    stack: Stack, words: Catalogue, said: str
) -> None:
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await talker.follow()
    await talker.say(said)
    language = SHORT_NEAR[said]
    assert shows(talker, say(words, language, catalog.CRISIS_CHECK_QUESTION)), talker.said()
    assert not shows(talker, catalog.CRISIS_CHECK_QUESTION)  # not the Japanese
    assert say(words, language, catalog.CRISIS_CHECK_NO) in talker.buttons()


# Figures of speech and a parent alone with a small child: no alarm.
NOT_A_DANGER = [
    "I'm dying to know how to apply for child allowance",
    "patay na patay ako sa kanya haha",
    "toi o nha mot minh voi con nho, chong di lam ca dem. toi muon hoi ve nha tre",
]


@pytest.mark.parametrize("said", NOT_A_DANGER)
def test_a_figure_of_speech_or_a_parent_with_a_child_is_no_alarm(said: str) -> None:
    assert detect_crisis(said) == ()
    assert not worried_in_languages(said)

"""A name, a reading or a sentence (`handlers/intake/parsing.py`): a name with the words
around it in the resident's language is the name alone (「My name is Maria Santos」
「Tôi tên là Nguyễn Văn An」「我叫王丽」); a sentence typed where a name was asked
(「toi vua uong het ca lo thuoc ngu」「ちちが きゅうに しゃべれなく なった」) is none, and
the dispatcher reads it as free words (the middle band asks there)."""

from __future__ import annotations

import json

import pytest

from handlers import catalog
from handlers.intake import catalog as intake
from handlers.intake.answers import Given, Situation, Unread, read_member_relation
from handlers.intake.parsing import parse_kana, parse_name, reads_as_a_sentence
from handlers.intake.state import IntakeState, blank_record
from handlers.messages import Confirm, Text, TextIn
from handlers.registry import build_dispatcher
from handlers.session import Session
from tests.foundation.test_dispatch import CTX, understood

NAMES = [
    ("山田 花子", "山田 花子"),
    ("山田ハナと申します", "山田ハナ"),
    ("Maria da Graça dos Santos Silva", "Maria da Graça dos Santos Silva"),
    ("José Antonio de la Cruz García", "José Antonio de la Cruz García"),
    ("I Made Wirawan", "I Made Wirawan"),
    ("I Gusti Ngurah Rai", "I Gusti Ngurah Rai"),
    ("my names jose", "jose"),
    ("Kim Mi Rae", "Kim Mi Rae"),
    ("My name is Maria Santos", "Maria Santos"),
    ("Tôi tên là Nguyễn Văn An", "Nguyễn Văn An"),
    ("Me llamo Ana López", "Ana López"),
    ("Ako si Jose Rizal po", "Jose Rizal"),
    ("我叫王丽", "王丽"),
    ("제 이름은 김민수입니다", "김민수"),
    ("マリア・ダ・グラッサ・ドス・サントス", "マリア・ダ・グラッサ・ドス・サントス"),
    ("勅使河原三郎太", "勅使河原三郎太"),
    ("長谷川みなみ", "長谷川みなみ"),
    ("たかはし まい", "たかはし まい"),
]
SENTENCES = [
    "toi vua uong het ca lo thuoc ngu",
    "he'll come by at nine tonight and finish me off",
    "ele vai voltar hoje a noite para acabar comigo",
    "my son hit me",
    "help me",
    "i feel like disappearing",
    "ya no aguanto más",
    "他说今晚九点要来收拾我",
    "그 사람이 오늘 밤에 온대요",
    "ちちが きゅうに しゃべれなく なった",
    "山田です。夫に殴られています",
    # A seventh tester's: how the writer is, in Japanese.
    "もう限界かもしれない",
    "毎日つらくて、もう無理です",
    "夫はお酒を飲むと暴れて怖いです",
]


@pytest.mark.parametrize(("typed", "name"), NAMES)
def test_a_name_is_read_without_the_words_around_it(typed: str, name: str) -> None:
    assert not reads_as_a_sentence(typed)
    assert parse_name(typed) == name


@pytest.mark.parametrize("typed", SENTENCES)
def test_a_sentence_is_no_name_and_no_reading(typed: str) -> None:
    assert reads_as_a_sentence(typed)
    assert parse_name(typed) is None
    assert parse_kana(typed) is None


def test_a_reading_is_still_a_reading() -> None:
    assert parse_kana("くらしき いちろう") == "くらしき いちろう"
    assert parse_kana("Nguyen Van An") == "Nguyen Van An"


def test_a_sentence_at_the_name_question_is_asked_again_and_the_band_asks() -> None:
    dispatcher = build_dispatcher()
    started = dispatcher.flow("intake").start(Session(), CTX).session
    at_name = started.at("intake", "name")
    plain = "夫が 家に いれて くれない"
    outcome = dispatcher.handle(at_name, TextIn(plain), understood(plain), CTX)
    texts = [m.text for m in outcome.reply.messages if isinstance(m, Text)]
    assert intake.NOT_A_NAME in texts
    assert outcome.session.step == "name"

    unsure = "ちちが きゅうに しゃべれなく なった"
    asked = dispatcher.handle(
        at_name, TextIn(unsure), understood(unsure, crisis_unsure=("medical_emergency",)), CTX
    )
    assert any(
        isinstance(m, Confirm) and m.text == catalog.CRISIS_CHECK_QUESTION
        for m in asked.reply.messages
    )
    # A reading the model is unsure of is still a reading: not asked about.
    reading = "くらしき いちろう"
    kana = started.at("intake", "kana")
    kept = dispatcher.handle(
        kana, TextIn(reading), understood(reading, crisis_unsure=("suicide",)), CTX
    )
    assert not any(isinstance(m, Confirm) for m in kept.reply.messages)


def _started() -> Session:
    return build_dispatcher().flow("intake").start(Session(), CTX).session


def test_a_sentence_at_the_birth_question_is_no_age_and_it_is_asked_again() -> None:
    """A sixth tester's: 「he'll come by at 9 tonight and finish me off」 at the date of
    birth was kept as the age 9."""
    dispatcher = build_dispatcher()
    at_birth = _started().at("intake", "birth")
    said = "he'll come by at 9 tonight and finish me off"
    asked = dispatcher.handle(
        at_birth, TextIn(said), understood(said, crisis_unsure=("violence",)), CTX
    )
    assert any(isinstance(m, Confirm) for m in asked.reply.messages)
    no = dispatcher.handle(asked.session, TextIn("いいえ"), understood("いいえ"), CTX)
    assert no.session.step == "birth"
    person = no.session.data["intake"]["sheet"]["person"]
    assert not {"age", "birth_date", "birth"} & set(person), person


def test_replies_to_the_danger_question_are_never_kept_as_the_name() -> None:
    """A sixth tester's: 「maybe」 and 「purple banana keyboard」, typed to the danger
    question asked at the name question, became the name and its reading."""
    dispatcher = build_dispatcher()
    at_name = _started().at("intake", "name")
    said = "ちちが きゅうに しゃべれなく なった"
    asked = dispatcher.handle(
        at_name, TextIn(said), understood(said, crisis_unsure=("medical_emergency",)), CTX
    )
    first = dispatcher.handle(asked.session, TextIn("maybe"), understood("maybe"), CTX)
    typed = "purple banana keyboard"
    second = dispatcher.handle(first.session, TextIn(typed), understood(typed), CTX)
    assert second.session.step == "name"  # the name question again, after staff are told
    kept = json.dumps(second.session.data, ensure_ascii=False)
    assert "maybe" not in kept and "banana" not in kept


@pytest.mark.parametrize("typed", ["わかりません", "no se", "몰라요", "I don't know"])
def test_i_dont_know_for_a_name_is_no_name(typed: str) -> None:
    """A sixth tester's: 「わかりません」「no se」「몰라요」 were kept as the name."""
    dispatcher = build_dispatcher()
    at_name = _started().at("intake", "name")
    outcome = dispatcher.handle(at_name, TextIn(typed), understood(typed), CTX)
    assert typed not in json.dumps(outcome.session.data, ensure_ascii=False)
    assert outcome.session.step != "name"


def test_a_familys_name_without_its_words_and_a_sentence_is_no_relation() -> None:
    """A sixth tester's: 「母の名前は岡山ハナです」 kept its words, and a sentence at the
    relation question was read back in the next questions."""
    assert parse_name("母の名前は岡山ハナです") == "岡山ハナ"
    assert parse_name("ご本人の氏名：岡山太郎") == "岡山太郎"
    assert reads_as_a_sentence("母は一人では歩けなくなってきました")


@pytest.mark.parametrize("typed", ["うーん", "たぶん", "maybe", "えーと…", "はい"])
def test_a_word_said_while_thinking_is_no_name(typed: str) -> None:
    """A seventh tester's: 「うーん」「たぶん」 were kept as names."""
    assert parse_name(typed) is None


@pytest.mark.parametrize("typed", ["いいえ", "ない", "うーん"])
def test_a_no_is_no_relation(typed: str) -> None:
    """A seventh tester's: 「いいえ」 at the relation question was kept, and the next
    question asked 「いいえのお名前を教えてください」."""
    today = CTX.now.date()
    state = IntakeState(ref="test", sheet=blank_record("bot", "family", today))
    sit = Situation(state=state, today=today, city="okayama")
    assert isinstance(read_member_relation(Given(text=typed), sit, 0), Unread)

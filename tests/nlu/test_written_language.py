"""Which language a message is plainly written in (`nlu/written.py`): a sentence in one
of the bot's languages is read as it; Japanese, a word, a name in Latin letters are not
read as anything; words of crisis tell their language even when short."""

from __future__ import annotations

import pytest

from nlu.written import written_language

SENTENCES = [
    ("My landlord says we have to leave next month and I have nowhere to go.", "en"),
    ("Tôi bị mất việc và không có tiền trả tiền nhà.", "vi"),
    ("Não tenho dinheiro para pagar as contas deste mês.", "pt"),
    ("我丈夫失业了，我们付不起房租。", "zh-Hans"),
    ("아이가 학교에 가지 않아서 걱정이에요.", "ko"),
    ("Wala na akong pera pambayad sa kuryente at tubig.", "fil"),
    ("No tengo dinero para pagar la luz y el agua este mes.", "es"),
]
CRISES = [
    ("I want to die", "en"),
    ("Tôi muốn chết", "vi"),
    ("Eu quero morrer", "pt"),
    ("Quiero morir", "es"),
    ("我想死", "zh-Hans"),
    ("죽고 싶어요", "ko"),
    ("Gusto ko nang mamatay", "fil"),
]
NOT_A_SIGN = [
    "借金が返せなくて困っています。",
    "しにたい",
    "Hello",
    "Yamada Taro",
    "OK",
    "090-1234-5678",
    "7000031",
    "ありがとう Thank you",
    "母の介護のことで、care managerさんに相談したい",
]


@pytest.mark.parametrize(("text", "language"), SENTENCES + CRISES)
def test_a_sentence_in_a_language_is_read_as_it(text: str, language: str) -> None:
    assert written_language(text) == language


@pytest.mark.parametrize("text", NOT_A_SIGN)
def test_japanese_or_too_little_to_tell_is_no_sign(text: str) -> None:
    assert written_language(text) is None

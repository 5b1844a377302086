"""Which language a message is plainly written in (`nlu/written.py`): a sentence in one
of the bot's languages is read as it; Japanese, a word, a name in Latin letters are not
read as anything; words of crisis tell their language even when short."""

from __future__ import annotations

import pytest

from nlu.written import written_language

SENTENCES = [
    ("My landlord says we have to leave next month and I have nowhere to go.", "en"),
    ("Tôi bị mất việc và không có tiền trả tiền nhà.", "vi"),
    # Vietnamese as phones without its keyboard type it, accents left out.
    ("toi khong co tien tra tien nha thang nay", "vi"),
    ("me toi bi benh va toi phai cham soc ba", "vi"),
    ("xin chao, toi can giup do ve tien thue nha", "vi"),
    ("be 3 tuoi o nha mot minh, me no di lam dem chua ve", "vi"),
    ("nha hang xom co dua be 3 tuoi khoc ca dem, khong thay nguoi lon", "vi"),
    ("toi vua uong het ca lo thuoc ngu", "vi"),
    # Words of kana syllables that are Spanish, Portuguese or Filipino, not Japanese.
    ("no se, tengo miedo", "es"),
    ("tulungan mo ako", "fil"),
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
    ("Me quiero suicidar", "es"),
    ("I want\u200b to die", "en"),
    ("I wаnt to diе", "en"),  # Cyrillic а and е
]
SHORT_BUT_PLAIN = [
    # Two words or more, each a syllable of Vietnamese, accents or none (a fifth tester's:
    # answered in Japanese).
    ("giup toi voi", "vi"),
    ("Cứu tôi", "vi"),
    ("khong co tien", "vi"),
    ("xin chao", "vi"),
    ("도와주세요", "ko"),
    ("我需要帮助", "zh-Hans"),
    ("不想活了", "zh-Hans"),
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
    # Kanji alone is Japanese as often as Chinese: a memo, an address.
    "母親認知症、要介護三、日中独居状態",
    "生活困窮、家賃滞納中、借金返済困難。",
    "岡山市北区鹿田町二丁目五番地",
    "自殺願望",
    "yamada.hanako.test@example.com",
    "https://www.example.com/my-page",
    "Yamada Hanako Okayama",
    # Japanese in Latin letters.
    "watashi wa komatte imasu",
    "Sumimasen, tasukete kudasai, okane ga nai",
    "watashi no namae wa Smith desu",
    "kane ga nai",
    "kobe osaka kyoto nara",
    "Não sei",
    "can do",
]


@pytest.mark.parametrize(("text", "language"), SENTENCES + CRISES + SHORT_BUT_PLAIN)
def test_a_sentence_in_a_language_is_read_as_it(text: str, language: str) -> None:
    assert written_language(text) == language


@pytest.mark.parametrize("text", NOT_A_SIGN)
def test_japanese_or_too_little_to_tell_is_no_sign(text: str) -> None:
    assert written_language(text) is None


def test_a_kept_language_changes_only_on_a_plain_sentence() -> None:
    """`sure`: what may change a language already kept — a whole sentence read surely, or
    words of crisis; a short phrase is not enough."""
    assert written_language("No entiendo portugués, hablo español, por favor", sure=True) == "es"
    assert written_language("Quiero morir", sure=True) == "es"
    assert written_language("Obrigado, tudo bem", sure=True) is None
    assert written_language("Obrigado, tudo bem") == "pt"  # enough while none is kept


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # An independent tester's: a Portuguese crisis was answered in Spanish.
        ("quero me suicidar", "pt"),
        ("Eu quero morrer", "pt"),
        ("me quiero suicidar", "es"),
        ("quiero suicidarme", "es"),
        ("Não tenho dinheiro para pagar o aluguel", "pt"),
        ("No tengo dinero para pagar el alquiler", "es"),
    ],
)
def test_portuguese_and_spanish_are_told_apart_by_their_own_words(text: str, language: str) -> None:
    assert written_language(text) == language

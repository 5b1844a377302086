"""Crisis words in each language the bot speaks are caught by rules, before any model,
and everyday words are not."""

from __future__ import annotations

import pytest

from nlu.crisis import detect_crisis

SAID: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("I want to die", "suicide"),
        ("Sometimes I think about killing myself.", "suicide"),
        ("I don't want to live anymore", "suicide"),
        ("I'm thinking of ending my life", "suicide"),
        ("My husband hits me every night", "violence"),
        ("He threatened to kill me", "violence"),
        ("My partner beats our son", "child_danger"),
        ("My mother collapsed and is not breathing", "medical_emergency"),
        ("My father is unconscious", "medical_emergency"),
    ],
    "vi": [
        ("Tôi muốn chết", "suicide"),
        ("toi muon chet", "suicide"),
        ("Tôi đã nghĩ đến tự tử", "suicide"),
        ("Tôi không muốn sống nữa", "suicide"),
        ("Chồng tôi đánh tôi", "violence"),
        ("Anh ấy dọa giết tôi", "violence"),
        ("Bố nó đánh con mỗi ngày", "child_danger"),
        ("Mẹ tôi bất tỉnh", "medical_emergency"),
        ("Ông ấy khó thở lắm", "medical_emergency"),
    ],
    "pt": [
        ("Eu quero morrer", "suicide"),
        ("Às vezes penso em suicídio", "suicide"),
        ("Não quero mais viver", "suicide"),
        ("Vou me matar", "suicide"),
        ("Meu marido me bate", "violence"),
        ("Ele ameaçou me matar", "violence"),
        ("Ele bate no meu filho", "child_danger"),
        ("Minha mãe desmaiou e não respira", "medical_emergency"),
        ("Acho que é um infarto", "medical_emergency"),
    ],
}
EVERYDAY: list[str] = [
    "I don't want to die, I just need help with rent",
    "My rent is late and I lost my job",
    "Tôi không muốn chết, tôi chỉ cần giúp đỡ",
    "Tôi mất việc và không trả được tiền nhà",
    "Não quero morrer, só preciso de ajuda",
    "Perdi o emprego e não consigo pagar o aluguel",
    "家賃が払えなくて困っています",
]


@pytest.mark.parametrize(
    ("language", "text", "flag"),
    [(language, text, flag) for language, said in SAID.items() for text, flag in said],
)
def test_crisis_words_raise_their_flag(language: str, text: str, flag: str) -> None:
    assert flag in detect_crisis(text), (language, text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_and_denials_raise_nothing(text: str) -> None:
    assert detect_crisis(text) == ()


def test_japanese_rules_are_as_before() -> None:
    assert detect_crisis("死にたい") == ("suicide",)
    assert detect_crisis("死にたいとは思わない") == ()

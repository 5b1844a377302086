"""A yes or a no typed in any language the bot speaks, instead of a button tapped: a whole
message that says only that, and nothing else read into it."""

from __future__ import annotations

import pytest

from handlers.intake.answers import Given
from handlers.intake.steps import BY_KEY
from handlers.typed_yes_no import says_danger, says_no_danger, typed_yes_or_no

YES = [
    "Yes please", "yes", "Sure", "YES!", "ＹＥＳ", "Có ạ", "Vâng", "Dạ được", "Sim, obrigado",
    "Sí, claro", "Opo", "Oo po", "是", "是的，谢谢", "好的", "네 좋아요", "네, 감사합니다", "はい",
]  # fmt: skip
NO = [
    # A seventh tester's: a no in a whole sentence.
    "no, estamos bien",
    "nao, ta tudo bem",
    "nope we are fine",
    "wala po, ok lang kami",
    "No thanks", "no", "Nope", "Không cần", "khong", "Não, obrigada", "No, gracias", "Nada",
    "Hindi po", "아니요", "아니요, 괜찮아요", "不用了", "不用了，谢谢", "不是，我没事", "いいえ",
    "No, I'm fine", "Hindi po, okay lang ako",
]  # fmt: skip
WELL = ["ok", "I'm fine", "Tôi ổn", "okay lang", "Estou bem", "ok thank you"]
NEITHER = [
    "Yes, my son hit me",
    "是的，我儿子打我",
    "yes no",
    "是，不是",
    "thanks",
    "I need help with rent",
    "Nguyen Van An",
    "",
]


@pytest.mark.parametrize("typed", YES)
def test_a_yes_in_any_language(typed: str) -> None:
    assert typed_yes_or_no(typed) == "yes"


@pytest.mark.parametrize("typed", NO)
def test_a_no_in_any_language(typed: str) -> None:
    assert typed_yes_or_no(typed) == "no"


@pytest.mark.parametrize("typed", WELL)
def test_all_is_well_is_neither_yes_nor_no_until_the_question_says(typed: str) -> None:
    assert typed_yes_or_no(typed) == "well"


@pytest.mark.parametrize("typed", NEITHER)
def test_a_message_that_says_more_is_no_answer(typed: str) -> None:
    assert typed_yes_or_no(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "Help",
        "not ok",
        "I'm not safe",
        "Socorro",
        "Ayuda",
        "Tulong po",
        "Cứu",
        "救命",
        "도와주세요",
        # In their own words: a call for help, a fear, a danger to someone else.
        "tulungan nyo po ako",
        "khong biet, em so lam",
        "no se, tengo miedo",
        "não sei, estou com medo",
        "no, yo estoy bien, es ella",
        "No, I'm ok, it's him",
        "我好害怕",
        "무서워요",
    ],
)
def test_a_danger_said_to_the_question(typed: str) -> None:
    assert says_danger(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "No, I'm fine",
        "Tôi ổn",
        "ok",
        "아니요",
        "I'm not scared",
        "no tengo miedo",
        "Không sợ",
        "我不怕",
        "No, all safe",
        "不，没有危险",
        "Não, não há perigo",
    ],
)
def test_all_is_well_is_no_danger(typed: str) -> None:
    assert not says_danger(typed)


@pytest.mark.parametrize("typed", ["いいえ", "아니요", "Nada", "No", "Không", "ない"])
@pytest.mark.parametrize("key", ["member_note", "living"])
def test_a_no_to_is_there_anything_is_nothing(key: str, typed: str) -> None:
    """A fourth tester's: 「아니요」 to 「…伝えておきたいことはありますか？」 was kept as the
    note 「いいえ」, and Spanish 「Nada」 as the note 「Nada」."""
    assert BY_KEY[key].none_said(Given(text=typed))


@pytest.mark.parametrize("typed", ["いいえ", "No"])
def test_a_no_to_a_phone_number_is_not_no_phone(typed: str) -> None:
    """「電話番号を教えてください」 answered 「いいえ」 may be 「I'd rather not」: only 「ない」
    says there is none."""
    assert not BY_KEY["phone"].none_said(Given(text=typed))


@pytest.mark.parametrize(
    "typed",
    ["no estoy bien pero no hay peligro", "I am not in danger", "不，没有危险", "危なくないです"],
)
def test_no_danger_said_outright_is_a_no(typed: str) -> None:
    """A seventh tester's: 「no estoy bien pero no hay peligro」 raised the full alarm."""
    assert says_no_danger(typed)


# A ninth tester's: 「no one is in danger」 was read as a danger; 「we're safe」, 「no we're
# ok」 and 「khong sao dau」 as neither.
@pytest.mark.parametrize(
    "said",
    ["no one is in danger", "nobody is in danger", "no we're ok", "we're safe", "khong sao dau"],
)
def test_nobody_in_danger_and_safe_say_no_danger(said: str) -> None:
    assert not says_danger(said)
    assert typed_yes_or_no(said) in ("no", "well")


# A tenth tester's.
def test_more_ways_of_saying_no_danger_and_a_danger() -> None:
    assert says_no_danger("wala pong panganib")
    assert typed_yes_or_no("không sao, mẹ ổn rồi") == "no"
    assert says_danger("he is outside the door right now")

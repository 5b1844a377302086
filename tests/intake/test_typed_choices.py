"""Questions with buttons answered by typing, the way people write: dialect endings,
hiragana, a family word instead of the button's label. An answer that could mean two
buttons, or none, is not guessed."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intake import catalog as say
from handlers.intake.answers import (
    Given,
    Options,
    Situation,
    Taken,
    match_option,
    read_member_relation,
)
from tests.intake.conversation import Resident, start
from tests.intake.drafts import draft_state

TYPED: list[tuple[Options, str, str | None]] = [
    (say.CONSULTER_CHOICES, "わたしのことじゃ", "self"),
    (say.CONSULTER_CHOICES, "自分です", "self"),
    (say.CONSULTER_CHOICES, "母のことです", "family"),
    (say.CONSULTER_CHOICES, "うちのおばあちゃんのこと", "family"),
    (say.CONSULTER_CHOICES, "隣の人のことや", "neighbor"),
    (say.CONSULTER_CHOICES, "民生委員です", "minsei_iin"),
    (say.CONSULTER_CHOICES, "自分の母", None),  # two buttons named: asked again
    (say.CONSULTER_CHOICES, "よくわからない", None),
    (say.GENDER_CHOICES, "おんな", "female"),
    (say.GENDER_CHOICES, "男です", "male"),
    (say.GENDER_CHOICES, "女性です。", "female"),
    (say.SIZE_CHOICES, "一人暮らしです", "1"),
    (say.SIZE_CHOICES, "ひとり", "1"),
    (say.SIZE_CHOICES, "3人です", "3"),
    (say.SIZE_CHOICES, "12人", None),  # read as a number, not as the button 「2人」
    (say.CONSULTER_CHOICES, "祖母です", "family"),
    (say.YES_NO_CHOICES, "あるよ", "yes"),
    (say.YES_NO_CHOICES, "ないです", "no"),
    (say.YES_NO_CHOICES, "おらん", "no"),
    (say.YES_NO_CHOICES, "ないなあ", "no"),  # musing (the twelfth tester's)
    (say.YES_NO_CHOICES, "あるのう", "yes"),
    (say.YES_NO_CHOICES, "わからない", None),  # 「ない」 inside is no answer
    # In the bot's other languages (a ninth tester's).
    (say.CONSULTER_CHOICES, "myself", "self"),
    (say.CONSULTER_CHOICES, "It's for me", "self"),
    (say.CONSULTER_CHOICES, "cho tôi", "self"),
    (say.CONSULTER_CHOICES, "我自己", "self"),
    (say.CONSULTER_CHOICES, "저요", "self"),
    (say.CONSULTER_CHOICES, "para mí", "self"),
    (say.CONSULTER_CHOICES, "my mom", "family"),
    (say.CONSULTER_CHOICES, "minha mãe", "family"),
    (say.GENDER_CHOICES, "woman", "female"),
    (say.GENDER_CHOICES, "F", "female"),
    (say.GENDER_CHOICES, "여자", "female"),
    (say.GENDER_CHOICES, "mulher", "female"),
    (say.GENDER_CHOICES, "hombre", "male"),
    # With the words around the answer (a tenth tester's).
    (say.GENDER_CHOICES, "I am a woman", "female"),
    (say.GENDER_CHOICES, "여성이에요", "female"),
    (say.GENDER_CHOICES, "babae po", "female"),
    (say.CONSULTER_CHOICES, "for my mother", "family"),
    (say.CONSULTER_CHOICES, "엄마요", "family"),
    (say.CONSULTER_CHOICES, "ako po", "self"),
]


@pytest.mark.parametrize(("options", "typed", "value"), TYPED, ids=[t for _, t, _ in TYPED])
def test_a_typed_answer_takes_the_button_it_names(
    options: Options, typed: str, value: str | None
) -> None:
    assert match_option(Given(text=typed), options) == value


@pytest.mark.asyncio(loop_scope="module")
async def test_an_elderly_resident_types_every_answer_and_is_understood(
    resident: Resident,
) -> None:
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("介護")
    await resident.tap("これで決定")
    await resident.say("わたしのことじゃ")
    assert resident.asked("お名前")
    await resident.say("やまだ はなこ")
    await resident.say("やまだ はなこ")  # ふりがな
    await resident.say("おんな")
    assert resident.asked("生年月日")
    person = (await resident.sheet()).data["person"]
    assert person["gender"] == "female"
    assert (await resident.sheet()).data["consulter"]["relation"] == "self"


@pytest.mark.parametrize(("typed", "kept"), [("母", "母"), ("妻です", "妻"), ("長男じゃ", "長男")])
def test_a_typed_relation_is_kept_in_the_persons_own_word(typed: str, kept: str) -> None:
    state = draft_state({"household": {"size": 2, "members": [{}, {}]}})
    sit = Situation(state, date(2026, 11, 23), "okayama")
    taken = read_member_relation(Given(text=typed), sit, 1)
    assert isinstance(taken, Taken)
    assert taken.state.members()[1]["relation"] == kept

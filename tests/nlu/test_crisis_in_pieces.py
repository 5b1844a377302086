"""A crisis typed in pieces, as people write on LINE (「もう」「生きて」「いたくない」), and
死 typed aside (「氏にたい」「タヒにたい」): an independent tester sent a wish to die in
three bubbles, and no bubble alone raised anything.

The rules read the person's last short messages together (two minutes, four at most, a
tap or a long message ends the run); what only the run raises is answered at once."""

from __future__ import annotations

import uuid

import pytest

from handlers import catalog
from nlu.crisis import detect_crisis, raised_across
from tests.harness import running_stack
from tests.intake.conversation import Resident


@pytest.mark.parametrize(
    ("pieces", "flags"),
    [
        (("もう", "生きて", "いたくない"), ("suicide",)),
        (("しに", "たい"), ("suicide",)),
        (("くび", "つりたい"), ("suicide",)),
        (("薬", "全部", "飲んだ"), ("suicide", "medical_emergency")),
        (("もう", "終わりに", "したい"), ("suicide",)),
    ],
)
def test_pieces_read_together_raise_what_none_raises_alone(
    pieces: tuple[str, ...], flags: tuple[str, ...]
) -> None:
    assert all(detect_crisis(piece) == () for piece in pieces)
    assert raised_across(pieces[:-1], pieces[-1]) == flags


def test_calm_pieces_a_long_message_and_a_flag_already_raised_raise_nothing() -> None:
    assert raised_across(["死に"], "そうなくらい暑い") == ()
    assert raised_across(["明日", "病院"], "行きます") == ()
    # A long message is a message of its own, not a piece of the next one.
    long_story = "母の介護がもう何年も続いていて、仕事も辞めることになり、毎日がしんどいです。"
    assert raised_across([long_story], "たい") == ()
    assert raised_across(["しに"], "たい" + "ね" * 40) == ()
    # Said whole before: answered then, not raised again by the next bubble.
    assert raised_across(["もう死にたい"], "たすけて") == ()


@pytest.mark.parametrize(
    "words",
    ["氏にたい", "もうタヒにたい", "まじ4にたい", "今から飛び降ります", "次の電車に飛び込みます"],
)
def test_death_typed_aside_and_a_jump_said_politely_are_crises(words: str) -> None:
    assert detect_crisis(words) == ("suicide",)


@pytest.mark.parametrize(
    "words", ["佐藤氏に聞いたら、窓口は二階だそうです", "費用を4に分けたい", "プールに飛び込みます"]
)
def test_the_same_letters_elsewhere_stay_calm(words: str) -> None:
    assert detect_crisis(words) == ()


async def test_a_wish_sent_in_three_bubbles_gets_the_hotlines_at_the_third(
    database_url: str,
) -> None:
    async with running_stack(database_url) as stack:
        person = Resident(stack, "U" + uuid.uuid4().hex)
        await person.follow()
        for piece in ("もう", "生きて"):
            await person.say(piece)
            assert "tel:" not in person.said(), piece
        await person.say("いたくない")
        assert "tel:" in person.said()
        assert person.asked(catalog.CRISIS_LEAD["suicide"]), person.said()
        assert person.asked(catalog.CRISIS_STAFF_TOLD)

        calm = Resident(stack, "U" + uuid.uuid4().hex)
        await calm.follow()
        for piece in ("死に", "そうなくらい暑い"):
            await calm.say(piece)
            assert "tel:" not in calm.said(), piece

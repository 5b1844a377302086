"""A crisis alert says when the danger is someone else's: staff then call to find the one in
danger (a neighbour, a parent), not only to ask after the writer."""

from __future__ import annotations

import pytest

from cases.casework.vocabulary import DANGER_TO_ANOTHER, DANGER_TO_BOTH
from tests.handoff.conversation import group_messages
from tests.harness import Stack


@pytest.mark.parametrize(
    ("said", "another"),
    [
        ("隣のおばあさんが、もう死にたいと毎晩泣いています", True),
        ("母が『一緒に死のう』と言って包丁を持っています", True),
        ("もう死にたいです", False),
    ],
)
async def test_the_staff_alert_says_whose_danger_it_is(
    stack: Stack, said: str, another: bool
) -> None:
    user = "U" + "6" * 31 + str(int(another))
    await stack.say(user, said)
    [alert] = await group_messages(stack, 1)
    text = alert["text"]
    assert text.startswith("【緊急】")
    assert (DANGER_TO_ANOTHER in text) is another
    assert DANGER_TO_BOTH not in text
    assert said not in text  # nothing the person wrote


async def test_a_wish_to_die_taking_another_along_is_told_as_a_danger_to_both(
    stack: Stack,
) -> None:
    """The sixteenth tester: 「家内を道連れにしてしまおうかと」 was alerted as a danger to
    someone other than the writer only, though the writer is the one at risk too."""
    user = "U" + "7" * 32
    await stack.say(user, "もう疲れた。主人と一緒に死のうかと考えてしまう")
    [alert] = await group_messages(stack, 1)
    assert DANGER_TO_BOTH in alert["text"] and DANGER_TO_ANOTHER not in alert["text"]

"""Answers typed in the resident's own words instead of the buttons, in their language:
how many live in the household (「just me」「somos dos」「两个人」「두 명이에요」), nothing
to add (「nothing really」「wala naman po」「딱히 없어요」), an address in Latin letters.
Through the real webhook, on both databases."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.i18n import Catalogue
from handlers.intake import catalog as intake
from tests.harness import Stack
from tests.intake.conversation import Resident as Talker
from tests.languages.test_journeys import (
    chose,
    fill_the_sheet,
    say,
    up_to_the_household,
)

# Written for this test: living alone, two in the household, and nothing to add.
ALONE = {
    "en": "just me",
    "es": "solo yo",
    "pt": "só eu",
    "fil": "ako lang po",
    "vi": "chỉ mình tôi",
    "zh-Hans": "只有我",
    "ko": "저 혼자요",
}
TWO = {
    "en": "two of us",
    "es": "somos dos",
    "pt": "duas pessoas",
    "fil": "dalawa kami",
    "vi": "hai người",
    "zh-Hans": "两个人",
    "ko": "두 명이에요",
}
NOTHING = {
    "en": "nothing really",
    "es": "nada en particular",
    "pt": "nada de especial",
    "fil": "wala naman po",
    "vi": "không có gì đặc biệt",
    "zh-Hans": "没什么",
    "ko": "딱히 없어요",
}


def _card_texts(talker: Talker) -> list[str]:
    """The words of the summary card, in the order LINE draws them."""
    [card] = [m["contents"] for m in talker.last if m["type"] == "flex"]
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "text" and "text" in node:
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return found


def _row(talker: Talker, label: str) -> str:
    """The value the summary card shows beside `label`."""
    texts = _card_texts(talker)
    return texts[texts.index(label) + 1]


@pytest.mark.parametrize("code", list(ALONE))
async def test_living_alone_and_nothing_to_add_typed_in_their_words(
    stack: Stack, code: str, words: Catalogue
) -> None:
    person, talker = await chose(stack, code, words)
    await fill_the_sheet(talker, person, words, {"household": ALONE[code], "living": NOTHING[code]})
    household = _row(talker, say(words, code, intake.LABEL["household_size"]))
    assert household == say(words, code, "ひとり暮らし")
    assert _row(talker, say(words, code, intake.LABEL["living"])) == say(words, code, "なし")


@pytest.mark.parametrize("code", list(TWO))
async def test_two_in_the_household_typed_in_words_asks_about_the_second(
    stack: Stack, code: str, words: Catalogue
) -> None:
    person, talker = await chose(stack, code, words)
    await up_to_the_household(talker, person, words)
    await talker.say(TWO[code])
    assert talker.asked(say(words, code, intake.ASK["member_relation"]).format(n=2))


@pytest.mark.parametrize("code", ["en", "vi"])
async def test_an_address_in_latin_letters_gives_its_ward(
    stack: Stack, code: str, words: Catalogue
) -> None:
    """「Kita-ku, Okayama」 typed for the address: the 区 is not asked again with buttons
    in kanji the resident may not read."""
    person, talker = await chose(stack, code, words)
    await up_to_the_household(talker, person, words, address="Kita-ku, Okayama")
    await talker.say(ALONE[code])
    await talker.tap(say(words, code, intake.NOTHING))
    await talker.tap(say(words, code, intake.NO_THERE_ARENT))
    assert _row(talker, say(words, code, intake.LABEL["address"])) == "Kita-ku, Okayama（北区）"

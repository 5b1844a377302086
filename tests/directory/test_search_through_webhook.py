"""「相談窓口を探す」 through the real webhook: the resident taps and types their way to
agency cards, and every request the bot makes is valid for LINE."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.harness import Stack, quick_reply_data, quick_reply_labels, running_stack

USER = "U" + "5e" * 16


@pytest.fixture
async def stack(sqlite_url: str) -> AsyncIterator[Stack]:
    async with running_stack(sqlite_url) as running:
        yield running


def carousel_titles(message: dict[str, Any]) -> list[str]:
    bubbles = message["contents"]["contents"]
    return [bubble["body"]["contents"][0]["text"] for bubble in bubbles]


def flex_of(messages: list[dict[str, Any]]) -> dict[str, Any]:
    return next(m for m in messages if m["type"] == "flex")


async def test_search_by_buttons_ends_in_local_cards(stack: Stack) -> None:
    await stack.follow(USER)
    welcome = (await stack.replies(USER))[-1]
    await stack.tap(USER, quick_reply_data(welcome, "相談窓口を探す"))
    field = (await stack.replies(USER))[-1]
    assert "介護" in quick_reply_labels(field)

    await stack.tap(USER, quick_reply_data(field, "介護"))
    area = (await stack.replies(USER))[-1]
    ward = next(label for label in quick_reply_labels(area) if "北" in label)
    await stack.tap(USER, quick_reply_data(area, ward))
    answer = await stack.replies(USER)
    await stack.settle()

    cards = flex_of(answer)
    assert cards["contents"]["type"] == "carousel"
    assert 1 <= len(cards["contents"]["contents"]) <= 12
    assert any("地域包括" in title or "ふくし" in title for title in carousel_titles(cards))
    for bubble in cards["contents"]["contents"]:
        # a call button, or a helpful line where the directory has no number
        assert "tel:" in str(bubble) or "お問い合わせください" in str(bubble)
    assert cards["altText"].strip()
    assert all(request.get("valid", True) for request in stack.emulator.requests)


async def test_search_by_words_finds_the_door(stack: Stack) -> None:
    await stack.follow(USER)
    welcome = (await stack.replies(USER))[-1]
    await stack.tap(USER, quick_reply_data(welcome, "相談窓口を探す"))
    await stack.replies(USER)
    await stack.say(USER, "家賃が払えない")
    asked = (await stack.replies(USER))[-1]
    if quick_reply_labels(asked) and any("区" in label for label in quick_reply_labels(asked)):
        await stack.say(USER, "わからない")
        answer = await stack.replies(USER)
    else:
        answer = [asked]
    await stack.settle()
    cards = flex_of(answer)
    assert any(
        "住まい" in str(b) or "家賃" in str(b) or "生活" in str(b)
        for b in cards["contents"]["contents"]
    )
    assert all(request.get("valid", True) for request in stack.emulator.requests)

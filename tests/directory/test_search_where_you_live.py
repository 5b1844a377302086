"""「相談窓口を探す」 from where people say they live — a 区, a 町, a 〒 (half or full
width) or LINE's location — through the webhook, on SQLite and PostgreSQL. Nobody is
asked for a 福祉区."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from directory.loader import load_directory
from tests.harness import Stack, quick_reply_data, quick_reply_labels, running_stack, texts

USER = "U" + "7a" * 16
WELFARE_DISTRICTS_ONLY = ("北区中央", "北区北", "南区西", "南区南")


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    async with running_stack(database_url) as running:
        yield running


def card_titles(messages: list[dict[str, Any]]) -> list[str]:
    flex = next(m for m in messages if m["type"] == "flex")
    return [bubble["body"]["contents"][0]["text"] for bubble in flex["contents"]["contents"]]


async def ask_for_care_desks(stack: Stack) -> dict[str, Any]:
    """Open the search, pick 介護: the question asking where the person lives."""
    await stack.follow(USER)
    welcome = (await stack.replies(USER))[-1]
    await stack.tap(USER, quick_reply_data(welcome, "相談窓口を探す"))
    field = (await stack.replies(USER))[-1]
    await stack.tap(USER, quick_reply_data(field, "介護"))
    return (await stack.replies(USER))[-1]


async def test_the_area_question_offers_wards_and_nearby_never_a_welfare_district(
    stack: Stack,
) -> None:
    asked = await ask_for_care_desks(stack)
    labels = quick_reply_labels(asked)
    wards = [ward.name for ward in load_directory("okayama").municipality.wards]
    assert [label for label in labels if label in wards] == wards
    assert not any(name in label for label in labels for name in WELFARE_DISTRICTS_ONLY)
    assert not any(name in asked["text"] for name in WELFARE_DISTRICTS_ONLY)
    nearby = next(i for i in asked["quickReply"]["items"] if i["action"]["label"] == "近く")
    assert nearby["action"] == {"type": "location", "label": "近く"}
    assert all(request.get("valid", True) for request in stack.emulator.requests)


@pytest.mark.parametrize(
    ("written", "ward"),
    [
        ("北区の鹿田町です", "北区"),
        ("鹿田町", "北区"),
        ("700-0914", "北区"),
        ("〒７００－０９１４です", "北区"),
        ("西大寺南に住んでいます", "東区"),
        ("中区", "中区"),
    ],
)
async def test_typed_place_finds_the_desks_of_its_ward(
    stack: Stack, written: str, ward: str
) -> None:
    await ask_for_care_desks(stack)
    await stack.say(USER, written)
    answer = await stack.replies(USER, count=2)
    await stack.settle()
    assert f"{ward}の方の相談先です" in texts(answer)
    assert any(ward in title for title in card_titles(answer))
    other_wards = {"北区", "中区", "東区", "南区"} - {ward}
    assert not any(other in title for title in card_titles(answer) for other in other_wards)


async def test_a_location_with_lines_address_finds_that_ward(stack: Stack) -> None:
    await ask_for_care_desks(stack)
    home = "日本、〒703-8282 岡山県岡山市中区平井"
    event = stack.events.location(USER, "自宅", home, latitude=34.66, longitude=133.95)
    assert (await stack.post_events([event])).status_code == 200
    answer = await stack.replies(USER, count=2)
    await stack.settle()
    assert "中区の方の相談先です" in texts(answer)
    assert any("中区" in title for title in card_titles(answer))


async def test_a_location_without_address_uses_the_nearest_area(stack: Stack) -> None:
    await ask_for_care_desks(stack)
    saidaiji = stack.events.location(USER, title="", address="", latitude=34.652, longitude=134.03)
    assert (await stack.post_events([saidaiji])).status_code == 200
    answer = await stack.replies(USER, count=2)
    await stack.settle()
    assert "東区の方の相談先です" in texts(answer)


async def test_a_location_far_from_the_city_is_asked_again(stack: Stack) -> None:
    await ask_for_care_desks(stack)
    tokyo = stack.events.location(USER, title="", address="", latitude=35.681, longitude=139.767)
    assert (await stack.post_events([tokyo])).status_code == 200
    again = (await stack.replies(USER))[-1]
    assert "市の外" in again["text"]
    await stack.say(USER, "東区")
    answer = await stack.replies(USER, count=2)
    assert "東区の方の相談先です" in texts(answer)


@pytest.mark.parametrize(
    "elsewhere",
    [
        {"typed": "大阪市北区です"},
        {"address": "日本、〒530-0001 大阪府大阪市北区梅田1丁目", "at": (34.70, 135.50)},
        {"address": "日本、〒100-0005 東京都千代田区丸の内1丁目", "at": (35.68, 139.77)},
    ],
)
async def test_a_place_in_another_city_is_not_taken_for_this_citys_ward(
    stack: Stack, elsewhere: dict[str, Any]
) -> None:
    await ask_for_care_desks(stack)
    if "typed" in elsewhere:
        await stack.say(USER, elsewhere["typed"])
    else:
        latitude, longitude = elsewhere["at"]
        event = stack.events.location(USER, "", elsewhere["address"], latitude, longitude)
        assert (await stack.post_events([event])).status_code == 200
    again = (await stack.replies(USER))[-1]
    await stack.settle()
    assert "市の外" in again["text"] and "相談先です" not in again["text"]

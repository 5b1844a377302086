"""Agency cards as LINE Flex: valid against messaging-api.yml, helpful when data is missing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import jsonschema
import pytest

from bot.flex_agency import render_agency_carousel
from directory.calendar_jp import JST
from directory.loader import load_directory
from directory.router import suggest
from handlers.cards import agency_cards
from handlers.messages import AgencyCard, AgencyCards, Choice
from tests.directory.line_schema import texts_in, validate_message

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0, tzinfo=JST)


def flex_for(municipality: str, categories: list[str], **kw: Any) -> dict[str, Any]:
    found = suggest(
        load_directory(municipality),
        categories,
        kw.get("primary"),
        kw.get("age"),
        kw.get("district"),
        WEDNESDAY_10,
    )
    message: dict[str, Any] = render_agency_carousel(agency_cards(found, municipality)).to_dict()
    return message


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for bubble in message["contents"]["contents"]:
        footer = bubble.get("footer") or {"contents": []}
        found += [b["action"] for b in footer["contents"]]
    return found


@pytest.mark.parametrize(
    ("municipality", "categories", "kw"),
    [
        ("okayama", ["care", "income"], {"age": 82, "district": "北区中央"}),
        ("okayama", ["abuse"], {"age": 30}),
        ("okayama", ["debt", "housing", "rights", "medical"], {"age": 60}),
        ("fujisawa", ["disability", "mental"], {"age": 40}),
        ("iga", ["care", "childcare"], {"age": 70}),
    ],
)
def test_real_suggestions_validate_and_have_no_empty_text(
    municipality: str, categories: list[str], kw: dict[str, Any]
) -> None:
    message = flex_for(municipality, categories, **kw)
    validate_message(message)
    assert all(text.strip() for text in texts_in(message))
    assert 0 < len(message["altText"]) <= 400
    assert 1 <= len(message["contents"]["contents"]) <= 12


def test_phone_button_and_map_link_where_known() -> None:
    message = flex_for("okayama", ["debt"], age=50)
    actions = buttons(message)
    assert {"type": "uri", "label": "電話する 086-803-1109", "uri": "tel:0868031109"} in [
        {k: a[k] for k in ("type", "label", "uri")} for a in actions
    ]
    maps = [a["uri"] for a in actions if a["label"] == "地図を見る"]
    assert maps and maps[0].startswith("https://www.google.com/maps/search/?api=1&query=")


def test_missing_phone_gives_the_city_main_number_and_what_to_say() -> None:
    message = flex_for("okayama", ["care"], age=82, district="北区中央")
    first = texts_in(message["contents"]["contents"][0])
    assert "086-803-1000\n岡山市役所の代表番号です。『介護の相談』とお伝えください" in first
    assert "受付中" in first  # the badge, Wednesday 10:00
    call = {"type": "uri", "label": "電話する 086-803-1000", "uri": "tel:0868031000"}
    assert call in [{k: a[k] for k in ("type", "label", "uri")} for a in buttons(message)]


def test_city_hall_number_is_given_when_the_city_has_one() -> None:
    message = flex_for("fujisawa", ["care"], age=80)
    assert "0466-25-1111\n藤沢市役所の代表番号です。『介護の相談』とお伝えください" in texts_in(
        message
    )


def test_never_more_than_twelve_bubbles_and_blank_fields_filled() -> None:
    blank = AgencyCard(
        agency_id="x",
        name="",
        helps_with="",
        hours="",
        open_now=None,
        reason="",
        choice=Choice("この窓口に相談したい", "a=pick&id=x"),
    )
    message = render_agency_carousel(AgencyCards(alt_text="", cards=(blank,) * 15)).to_dict()
    validate_message(message)
    assert len(message["contents"]["contents"]) == 12
    assert all(text.strip() for text in texts_in(message))
    assert message["altText"].startswith("1. \n2. ")  # no name, no hours known, no phone


def test_validator_catches_a_broken_message() -> None:
    message = flex_for("okayama", ["care"], age=82)
    message["contents"]["contents"][0]["body"]["layout"] = "diagonal"
    with pytest.raises(jsonschema.ValidationError):
        validate_message(message)

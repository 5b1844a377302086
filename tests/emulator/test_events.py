"""Events built for tests and the simulator look like LINE's: they validate against
`webhook.yml`, line-bot-sdk parses them, and their signature is LINE's."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.webhook import WebhookParser
from linebot.v3.webhooks import (
    FollowEvent,
    JoinEvent,
    MessageEvent,
    PostbackEvent,
    UnfollowEvent,
)

from api.emulator import LineEmulator
from api.emulator.events import EventFactory, new_event_id, post_events, sign
from api.emulator.spec import webhook
from tests.emulator.conftest import USER

GROUP = "C" + "a" * 32
SECRET = "channel-secret-for-events"


def every_kind(factory: EventFactory) -> list[dict[str, Any]]:
    return [
        factory.text(USER, "こんにちは"),
        factory.text(USER, "グループから", group_id=GROUP),
        factory.postback(USER, "step=visit", {"date": "2025-04-01"}),
        factory.postback(USER, "choice=1"),
        factory.follow(USER),
        factory.unfollow(USER),
        factory.sticker(USER),
        factory.image(USER),
        factory.location(USER),
        factory.join(GROUP),
    ]


def test_every_built_event_validates_against_the_webhook_spec(emulator: LineEmulator) -> None:
    factory = EventFactory(emulator)
    body = {"destination": factory.destination, "events": every_kind(factory)}
    assert webhook().errors("CallbackRequest", body) == []


def test_the_spec_check_would_catch_a_malformed_event(emulator: LineEmulator) -> None:
    event = EventFactory(emulator).sticker(USER)
    del event["message"]["stickerResourceType"]
    event["deliveryContext"] = {}
    body = {"destination": "U" + "0" * 32, "events": [event]}
    assert {e["property"] for e in webhook().errors("CallbackRequest", body)} == {
        "events[0].message",
        "events[0].deliveryContext",
    }


def test_reply_tokens_come_from_the_emulator_for_the_right_chat(emulator: LineEmulator) -> None:
    factory = EventFactory(emulator)
    user_event = factory.text(USER, "こんにちは")
    group_event = factory.join(GROUP)
    assert emulator.reply_tokens.redeem(user_event["replyToken"]) == USER
    assert emulator.reply_tokens.redeem(group_event["replyToken"]) == GROUP


def test_event_ids_are_ulids_and_unique() -> None:
    ids = {new_event_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{26}", i) for i in ids)
    assert new_event_id(1_700_000_000_000)[:10] == new_event_id(1_700_000_000_000)[:10]


def test_line_bot_sdk_parses_the_events_with_our_signature(emulator: LineEmulator) -> None:
    factory = EventFactory(emulator)
    body = factory.body(every_kind(factory)).decode("utf-8")
    parsed = WebhookParser(SECRET).parse(body, sign(body.encode(), SECRET))
    assert [type(e) for e in parsed] == [
        MessageEvent,
        MessageEvent,
        PostbackEvent,
        PostbackEvent,
        FollowEvent,
        UnfollowEvent,
        MessageEvent,
        MessageEvent,
        MessageEvent,
        JoinEvent,
    ]
    postback = parsed[2]
    assert isinstance(postback, PostbackEvent)
    assert postback.postback.params == {"date": "2025-04-01"}
    with pytest.raises(InvalidSignatureError):
        WebhookParser(SECRET).parse(body, sign(body.encode(), "another-secret"))


async def test_post_events_sends_a_body_the_receiver_can_verify(emulator: LineEmulator) -> None:
    received: list[dict[str, Any]] = []
    app = FastAPI()

    @app.post("/line/webhook")
    async def receive(request: Request) -> JSONResponse:
        body = (await request.body()).decode()
        signature = request.headers.get("x-line-signature", "")
        events = WebhookParser(SECRET).parse(body, signature)
        received.extend(e.to_dict() for e in events)
        return JSONResponse({})

    factory = EventFactory(emulator)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bot.test"
    ) as client:
        response = await post_events(
            "http://bot.test/line/webhook",
            [factory.text(USER, "もしもし")],
            SECRET,
            factory.destination,
            client=client,
        )
    assert response.status_code == 200
    assert received[0]["message"]["text"] == "もしもし"

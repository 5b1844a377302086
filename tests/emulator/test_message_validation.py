"""The emulator refuses what LINE refuses, with LINE's 400 body, and records why."""

from __future__ import annotations

from typing import Any

import httpx

from api.emulator import LineEmulator
from tests.emulator.conftest import USER


async def reply(
    client: httpx.AsyncClient, emulator: LineEmulator, messages: list[dict[str, Any]]
) -> httpx.Response:
    token = emulator.issue_reply_token(USER)
    return await client.post(
        "/v2/bot/message/reply", json={"replyToken": token, "messages": messages}
    )


def text(value: str, **extra: Any) -> dict[str, Any]:
    return {"type": "text", "text": value, **extra}


def quick_reply(*labels: str) -> dict[str, Any]:
    return {
        "items": [
            {"type": "action", "action": {"type": "postback", "label": label, "data": f"d={i}"}}
            for i, label in enumerate(labels)
        ]
    }


def properties(response: httpx.Response) -> list[str]:
    return [d["property"] for d in response.json().get("details", [])]


async def test_a_valid_reply_is_delivered_to_the_user_who_wrote(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    response = await reply(client, emulator, [text("こんにちは"), text("ご用件をどうぞ")])
    assert response.status_code == 200
    assert len(response.json()["sentMessages"]) == 2
    assert [m["message"]["text"] for m in emulator.messages_for(USER)] == [
        "こんにちは",
        "ご用件をどうぞ",
    ]
    record = emulator.requests[-1]
    assert (record["operation"], record["valid"], record["status"]) == ("replyMessage", True, 200)


async def test_empty_text_is_refused_recorded_and_not_delivered(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    response = await reply(client, emulator, [text("")])
    assert response.status_code == 400
    assert response.json()["message"].startswith("The request body has 1 error")
    assert properties(response) == ["messages[0].text"]
    record = emulator.requests[-1]
    assert record["valid"] is False and record["status"] == 400
    assert record["errors"][0]["property"] == "messages[0].text"
    assert emulator.messages_for(USER) == []


async def test_six_messages_are_refused_five_are_fine(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    six = await reply(client, emulator, [text(f"{i}") for i in range(6)])
    assert six.status_code == 400
    assert properties(six) == ["messages"]
    five = await reply(client, emulator, [text(f"{i}") for i in range(5)])
    assert five.status_code == 200


async def test_a_quick_reply_label_of_21_characters_is_refused(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    long_label = "あ" * 21
    refused = await reply(
        client, emulator, [text("選んでください", quickReply=quick_reply(long_label))]
    )
    assert refused.status_code == 400
    assert properties(refused) == ["messages[0].quickReply.items[0].action.label"]
    fine = await reply(
        client, emulator, [text("選んでください", quickReply=quick_reply("あ" * 20))]
    )
    assert fine.status_code == 200


async def test_fourteen_quick_reply_items_are_refused(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    labels = [f"選択肢{i}" for i in range(14)]
    response = await reply(client, emulator, [text("選んで", quickReply=quick_reply(*labels))])
    assert response.status_code == 400
    assert properties(response) == ["messages[0].quickReply.items"]


async def test_text_is_measured_in_utf16_code_units(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    assert (await reply(client, emulator, [text("あ" * 5000)])).status_code == 200
    over = await reply(client, emulator, [text("あ" * 5001)])
    assert over.status_code == 400
    assert "5000 UTF-16" in over.json()["details"][0]["message"]
    # an emoji outside the BMP is two units: 2,500 fit, 2,501 do not
    assert (await reply(client, emulator, [text("😀" * 2500)])).status_code == 200
    assert (await reply(client, emulator, [text("😀" * 2501)])).status_code == 400


async def test_flex_components_are_checked_against_their_own_schema(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    bubble = {
        "type": "bubble",
        "body": {
            "type": "box",
            "layout": "vertical",
            "contents": [
                {"type": "text", "text": "相談窓口"},
                {"type": "button", "action": {"type": "uri", "label": "電話", "uri": "tel:0120"}},
                {"type": "button"},  # a button needs an action
            ],
        },
    }
    message = {
        "type": "flex",
        "altText": "相談窓口",
        "contents": {"type": "carousel", "contents": [bubble]},
    }
    response = await reply(client, emulator, [message])
    assert response.status_code == 400
    assert properties(response) == ["messages[0].contents.contents[0].body.contents[2]"]


async def test_a_confirm_template_needs_exactly_two_actions(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    actions = [{"type": "message", "label": x, "text": x} for x in ("はい", "いいえ", "たぶん")]
    message = {
        "type": "template",
        "altText": "確認",
        "template": {"type": "confirm", "text": "よろしいですか", "actions": actions},
    }
    response = await reply(client, emulator, [message])
    assert response.status_code == 400
    assert properties(response) == ["messages[0].template.actions"]


async def test_an_unknown_message_type_and_a_bad_uri_are_refused(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    unknown = await reply(client, emulator, [{"type": "hologram", "text": "x"}])
    assert unknown.status_code == 400
    assert properties(unknown) == ["messages[0].type"]
    action = {"type": "uri", "label": "開く", "uri": "javascript:alert(1)"}
    bad_uri = await reply(
        client, emulator, [text("x", quickReply={"items": [{"type": "action", "action": action}]})]
    )
    assert bad_uri.status_code == 400
    assert "messages[0].quickReply.items[0].action.uri" in properties(bad_uri)


async def test_a_refused_reply_does_not_use_up_the_token(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    token = emulator.issue_reply_token(USER)
    bad = await client.post("/v2/bot/message/reply", json={"replyToken": token, "messages": []})
    assert bad.status_code == 400
    good = await client.post(
        "/v2/bot/message/reply", json={"replyToken": token, "messages": [text("はい")]}
    )
    assert good.status_code == 200

"""The inspection API shows what the bot asked of LINE and what reached each chat."""

from __future__ import annotations

import httpx

from api.emulator import LineEmulator
from tests.emulator.conftest import USER

GROUP = "C" + "2" * 32


async def test_messages_per_chat_in_order_and_since_a_seq(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    token = (await client.post("/_reply_tokens", json={"chat_id": USER})).json()["replyToken"]
    await client.post(
        "/v2/bot/message/reply",
        json={"replyToken": token, "messages": [{"type": "text", "text": "一通目"}]},
    )
    await client.post(
        "/v2/bot/message/push", json={"to": GROUP, "messages": [{"type": "text", "text": "職員へ"}]}
    )
    await client.post(
        "/v2/bot/message/push", json={"to": USER, "messages": [{"type": "text", "text": "二通目"}]}
    )
    inbox = (await client.get("/_messages", params={"user_id": USER})).json()
    assert [(m["via"], m["message"]["text"]) for m in inbox["messages"]] == [
        ("reply", "一通目"),
        ("push", "二通目"),
    ]
    first_seq = inbox["messages"][0]["seq"]
    later = (await client.get("/_messages", params={"user_id": USER, "since": first_seq})).json()
    assert [m["message"]["text"] for m in later["messages"]] == ["二通目"]
    group = (await client.get("/_messages", params={"user_id": GROUP})).json()
    assert [m["message"]["text"] for m in group["messages"]] == ["職員へ"]


async def test_requests_are_listed_with_validity_and_reset_clears_them(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    await client.post("/v2/bot/message/push", json={"to": USER, "messages": []})
    await client.get(f"/v2/bot/profile/{USER}")
    listed = (await client.get("/_requests")).json()["requests"]
    assert [(r["operation"], r["valid"], r["status"]) for r in listed] == [
        ("pushMessage", False, 400),
        ("getProfile", True, 200),
    ]
    assert listed[0]["errors"][0]["property"] == "messages"
    since = (await client.get("/_requests", params={"since": listed[0]["seq"]})).json()
    assert [r["operation"] for r in since["requests"]] == ["getProfile"]
    await client.post("/_reset")
    assert (await client.get("/_requests")).json()["requests"] == []


async def test_profile_loading_and_group_summary(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    emulator.set_profile(USER, "山田 花子")
    profile = (await client.get(f"/v2/bot/profile/{USER}")).json()
    assert profile == {"userId": USER, "displayName": "山田 花子", "language": "ja"}
    other = (await client.get("/v2/bot/profile/U" + "9" * 32)).json()
    assert other["displayName"]
    loading = await client.post(
        "/v2/bot/chat/loading/start", json={"chatId": USER, "loadingSeconds": 20}
    )
    assert loading.status_code == 202
    assert (await client.get("/_messages", params={"user_id": USER})).json()["loading_until"]
    bad = await client.post(
        "/v2/bot/chat/loading/start", json={"chatId": USER, "loadingSeconds": 7}
    )
    assert bad.status_code == 400
    summary = (await client.get(f"/v2/bot/group/{GROUP}/summary")).json()
    assert summary["groupId"] == GROUP and summary["groupName"]


async def test_an_endpoint_the_emulator_does_not_offer_is_404_and_recorded(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    response = await client.post("/v2/bot/message/broadcast", json={"messages": []})
    assert response.status_code == 404
    assert emulator.requests[-1]["operation"] == "broadcast"
    assert emulator.requests[-1]["valid"] is False

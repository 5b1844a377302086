"""Reply tokens are single use and expire; push retry keys make a push idempotent; a
wrong access token gets 401."""

from __future__ import annotations

import uuid

import httpx

from api.emulator import LineEmulator
from tests.emulator.conftest import USER, FakeClock

HELLO = [{"type": "text", "text": "こんにちは"}]


async def send_reply(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post("/v2/bot/message/reply", json={"replyToken": token, "messages": HELLO})


async def test_a_reply_token_works_once(client: httpx.AsyncClient, emulator: LineEmulator) -> None:
    token = emulator.issue_reply_token(USER)
    assert (await send_reply(client, token)).status_code == 200
    again = await send_reply(client, token)
    assert again.status_code == 400
    assert again.json() == {"message": "Invalid reply token"}
    assert len(emulator.messages_for(USER)) == 1


async def test_a_reply_token_expires_after_its_lifetime(
    client: httpx.AsyncClient, emulator: LineEmulator, clock: FakeClock
) -> None:
    fresh = emulator.issue_reply_token(USER)
    stale = emulator.issue_reply_token(USER)
    clock.now += 59
    assert (await send_reply(client, fresh)).status_code == 200
    clock.now += 2
    expired = await send_reply(client, stale)
    assert expired.status_code == 400
    assert expired.json() == {"message": "Invalid reply token"}


async def test_tokens_can_be_forced_stale_for_a_test(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    token = emulator.issue_reply_token(USER)
    emulator.expire_reply_tokens()
    assert (await send_reply(client, token)).status_code == 400
    response = await client.post("/_faults", json={"force_reply_token_expiry": True})
    assert response.status_code == 200
    assert (await send_reply(client, emulator.issue_reply_token(USER))).status_code == 400
    await client.post("/_faults", json={"force_reply_token_expiry": False})
    assert (await send_reply(client, emulator.issue_reply_token(USER))).status_code == 200


async def test_an_unknown_reply_token_is_refused(client: httpx.AsyncClient) -> None:
    assert (await send_reply(client, "0" * 32)).status_code == 400


async def push(client: httpx.AsyncClient, retry_key: str | None) -> httpx.Response:
    headers = {"X-Line-Retry-Key": retry_key} if retry_key else {}
    return await client.post(
        "/v2/bot/message/push", json={"to": USER, "messages": HELLO}, headers=headers
    )


async def test_a_retried_push_answers_409_and_is_delivered_once(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    key = str(uuid.uuid4())
    first = await push(client, key)
    assert first.status_code == 200
    retry = await push(client, key)
    assert retry.status_code == 409
    assert retry.json()["message"] == "The retry key is already accepted"
    assert retry.json()["sentMessages"] == first.json()["sentMessages"]
    assert retry.headers["x-line-accepted-request-id"] == first.headers["x-line-request-id"]
    assert len(emulator.messages_for(USER)) == 1
    assert [r["status"] for r in emulator.requests] == [200, 409]
    assert emulator.requests[0]["headers"]["x-line-retry-key"] == key


async def test_a_push_that_failed_can_be_retried_with_the_same_key(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    emulator.fail_next("pushMessage", count=1, status=500)
    key = str(uuid.uuid4())
    assert (await push(client, key)).status_code == 500
    assert emulator.messages_for(USER) == []
    assert (await push(client, key)).status_code == 200
    assert len(emulator.messages_for(USER)) == 1


async def test_retry_key_must_be_a_uuid_and_is_refused_on_reply(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    assert (await push(client, "not-a-uuid")).status_code == 400
    token = emulator.issue_reply_token(USER)
    on_reply = await client.post(
        "/v2/bot/message/reply",
        json={"replyToken": token, "messages": HELLO},
        headers={"X-Line-Retry-Key": str(uuid.uuid4())},
    )
    assert on_reply.status_code == 400
    assert emulator.messages_for(USER) == []


async def test_a_wrong_or_missing_access_token_gets_401(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    body = {"to": USER, "messages": HELLO}
    wrong = await client.post(
        "/v2/bot/message/push", json=body, headers={"authorization": "Bearer stolen"}
    )
    assert wrong.status_code == 401
    client.headers.pop("authorization")
    missing = await client.post("/v2/bot/message/push", json=body)
    assert missing.status_code == 401
    assert emulator.messages_for(USER) == []
    assert [(r["status"], r["valid"]) for r in emulator.requests] == [(401, False), (401, False)]


async def test_injected_429s_then_normal_answers(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    await client.post("/_faults", json={"operation": "pushMessage", "status": 429, "count": 2})
    statuses = [(await push(client, None)).status_code for _ in range(3)]
    assert statuses == [429, 429, 200]
    assert len(emulator.messages_for(USER)) == 1


async def test_a_delay_slows_the_answer(client: httpx.AsyncClient, emulator: LineEmulator) -> None:
    import time

    emulator.delay(0.3, "pushMessage")
    started = time.monotonic()
    assert (await push(client, None)).status_code == 200
    assert time.monotonic() - started >= 0.3
    emulator.delay(0, "pushMessage")
    started = time.monotonic()
    await push(client, None)
    assert time.monotonic() - started < 0.3


async def test_pushes_fail_for_a_stretch_of_time_then_work(
    client: httpx.AsyncClient, emulator: LineEmulator, clock: FakeClock
) -> None:
    response = await client.post(
        "/_faults", json={"operation": "pushMessage", "status": 500, "fail_for_seconds": 12}
    )
    assert response.status_code == 200
    key = str(uuid.uuid4())
    statuses = [(await push(client, key)).status_code for _ in range(3)]
    clock.now += 11.9
    statuses.append((await push(client, key)).status_code)
    clock.now += 0.2
    statuses += [(await push(client, key)).status_code for _ in range(2)]
    assert statuses == [500, 500, 500, 500, 200, 409]
    assert len(emulator.messages_for(USER)) == 1


async def test_a_held_answer_comes_after_the_push_was_delivered(
    client: httpx.AsyncClient, emulator: LineEmulator
) -> None:
    import asyncio

    await client.post("/_faults", json={"operation": "pushMessage", "hold_answers_seconds": 5})
    key = str(uuid.uuid4())
    waiting = asyncio.create_task(push(client, key))
    for _ in range(100):
        if emulator.messages_for(USER):
            break
        await asyncio.sleep(0.01)
    assert len(emulator.messages_for(USER)) == 1  # delivered while the caller still waits
    assert not waiting.done()
    waiting.cancel()
    emulator.hold_answers(0, "pushMessage")
    retry = await push(client, key)
    assert retry.status_code == 409
    assert retry.headers["x-line-accepted-request-id"]
    assert len(emulator.messages_for(USER)) == 1


async def test_an_event_delivered_late_carries_an_older_token(
    client: httpx.AsyncClient, emulator: LineEmulator, clock: FakeClock
) -> None:
    from api.emulator.events import EventFactory

    factory = EventFactory(emulator)
    late = factory.delivered_late(factory.text(USER, "こんにちは"), 59)
    on_time = factory.text(USER, "こんにちは")
    assert on_time["timestamp"] - late["timestamp"] >= 59_000
    clock.now += 2
    assert (await send_reply(client, late["replyToken"])).status_code == 400
    assert (await send_reply(client, on_time["replyToken"])).status_code == 200

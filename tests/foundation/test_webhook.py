"""The LINE front door, through the real webhook, against the LINE emulator."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from api.emulator.events import sign
from bot.notify.retry_keys import answer_retry_key
from cases.models import GroupJoin, ReceivedEvent, Resident, StaffAlert
from tests.foundation.conftest import count_events
from tests.harness import CHANNEL_SECRET, Stack, quick_reply_data, quick_reply_labels, running_stack
from tests.timing import budget

FIXTURE = Path(__file__).resolve().parents[3] / "shared/spec/line-openapi/sdk-webhook-events.json"


async def test_bad_or_missing_signature_gets_400_and_stores_nothing(stack: Stack) -> None:
    event = stack.events.text("U" + "a" * 32, "こんにちは")
    bad = await stack.post_events([event], secret="not-the-channel-secret")
    assert bad.status_code == 400
    body = stack.events.body([event])
    missing = await stack.http.post("/line/webhook", content=body)
    assert missing.status_code == 400
    assert await count_events(stack) == 0
    assert stack.delivered("U" + "a" * 32) == []


async def test_a_signed_body_that_is_not_utf8_is_refused_as_such(stack: Stack) -> None:
    """Signed truly over its bytes, not UTF-8: refused for what it is, not as unsigned."""
    body = b'{"destination":"U0","events":[{"type":"message","text":"\xff\xfe"}]}'
    response = await stack.http.post(
        "/line/webhook",
        content=body,
        headers={"x-line-signature": sign(body, CHANNEL_SECRET)},
    )
    assert response.status_code == 400
    assert response.json()["message"] == "body is not JSON"
    assert await count_events(stack) == 0


async def test_oversized_body_gets_413(stack: Stack) -> None:
    response = await stack.http.post(
        "/line/webhook", content=b"{" + b" " * 1_100_000 + b"}", headers={"x-line-signature": "x"}
    )
    assert response.status_code == 413
    assert await count_events(stack) == 0


async def test_lines_verify_call_with_no_events_gets_200(stack: Stack) -> None:
    response = await stack.post_events([])
    assert response.status_code == 200


async def test_follow_gets_the_welcome_with_buttons(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    await stack.follow(user)
    messages = await stack.replies(user, 2)
    assert "友だち追加ありがとうございます" in messages[0]["text"]
    assert quick_reply_labels(messages[-1])[:3] == [
        "相談する",
        "相談窓口を探す",
        "担当者と話したい",
    ]


async def test_one_event_delivered_three_times_is_answered_once(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    event = stack.events.follow(user)
    redelivered = copy.deepcopy(event)
    redelivered["deliveryContext"] = {"isRedelivery": True}
    for payload in (event, event, redelivered):
        response = await stack.post_events([payload])
        assert response.status_code == 200
    await stack.replies(user, 2)
    await stack.settle()
    await asyncio.sleep(0.3)
    assert len(stack.delivered(user)) == 2  # one welcome: a text and the menu prompt
    assert await count_events(stack) == 1


@pytest.mark.parametrize("delivery", ["push-only", "reply-first"])
async def test_two_hundred_events_from_twenty_users_are_answered_in_order(
    parts: tuple[str, str | None], delivery: str
) -> None:
    """Every event is answered once, in the order the person wrote. Which event an answer
    belongs to: its reply token (reply-first) or its push's retry key (push-only)."""
    async with running_stack(*parts, LINE_ANSWER_DELIVERY=delivery) as stack:
        users = ["U" + uuid.uuid4().hex for _ in range(20)]
        written: dict[str, list[dict[str, Any]]] = {u: [] for u in users}

        async def resident(user: str) -> None:
            for i in range(10):
                event = stack.events.text(user, f"こんにちは {i}")
                written[user].append(event)
                response = await stack.post_events([event])
                assert response.status_code == 200

        await asyncio.gather(*(resident(u) for u in users))
        await stack.settle(timeout=60)
        answers = [r for r in stack.emulator.requests if r["status"] == 200]
        for user in users:
            if delivery == "reply-first":
                mine = [e["replyToken"] for e in written[user]]
                answered = [
                    r["body"]["replyToken"] for r in answers if r["operation"] == "replyMessage"
                ]
            else:
                mine = [answer_retry_key(e["webhookEventId"], 0) for e in written[user]]
                answered = [
                    r["headers"].get("x-line-retry-key")
                    for r in answers
                    if r["operation"] == "pushMessage"
                ]
            assert [a for a in answered if a in mine] == mine, user


async def test_a_newcomers_turn_waiting_on_line_holds_back_no_ones_message(
    parts: tuple[str, str | None],
) -> None:
    """A first message's turn waits on LINE (its loading animation hangs); meanwhile another
    resident's message is recorded and LINE's call answered at once. The newcomer is written
    in a transaction of their own: the turn does not hold the database's write lock (SQLite
    has one, the webhook's included) while it waits."""
    hang = budget(6)
    async with running_stack(*parts, LINE_COURTESY_TIMEOUT_SECONDS=4 * hang) as stack:
        stack.emulator.delay(hang, "showLoadingAnimation")
        newcomer, other = ("U" + uuid.uuid4().hex for _ in range(2))
        first = await stack.say(newcomer, "借金があって生活が苦しいです")
        deadline = time.monotonic() + budget(5)
        while not any(r["operation"] == "showLoadingAnimation" for r in stack.emulator.requests):
            assert time.monotonic() < deadline, "the newcomer's turn never began"
            await asyncio.sleep(0.02)
        second = await stack.say(other, "こんにちは")  # answered 200, so recorded
        async with stack.services.session_factory() as db:
            statuses = dict(
                (await db.execute(select(ReceivedEvent.webhook_event_id, ReceivedEvent.status)))
                .tuples()
                .all()
            )
        stack.emulator.delay(0, "showLoadingAnimation")
        assert statuses[first["webhookEventId"]] == "received", "the first turn was not waiting"
        assert second["webhookEventId"] in statuses
        assert await stack.replies(newcomer, timeout=4 * hang)
        await stack.settle(timeout=4 * hang)


async def test_every_request_the_bot_made_validates_against_the_messaging_api(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    await stack.follow(user)
    welcome = await stack.replies(user, 2)
    await stack.tap(user, quick_reply_data(welcome[-1], "緊急のとき"))
    await stack.say(user, "もう死にたい")
    await stack.say(user, "担当者と話したい")
    await stack.settle()
    assert stack.emulator.requests, "the bot made no request"
    invalid = [r for r in stack.emulator.requests if not r["valid"]]
    assert invalid == []


async def test_a_crisis_message_gets_hotlines_and_a_staff_alert(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    await stack.say(user, "もう死にたい")
    messages = await stack.replies(user, 2)
    flex = messages[0]
    assert flex["type"] == "flex"
    uris = json.dumps(flex, ensure_ascii=False)
    assert "tel:" in uris
    async with stack.services.session_factory() as db:
        alerts = (await db.scalars(select(StaffAlert))).all()
    assert [(a.kind, a.urgency, a.flags) for a in alerts] == [("crisis", "crisis", ["suicide"])]


async def test_every_sdk_fixture_event_passes_without_5xx(stack: Stack) -> None:
    fixture = json.loads(FIXTURE.read_text())
    as_shipped = await stack.post_events(fixture["events"])
    assert as_shipped.status_code == 200
    # Each event once more with its own id, so each type is really processed.
    events = copy.deepcopy(fixture["events"])
    for event in events:
        event["webhookEventId"] = uuid.uuid4().hex.upper()[:26]
    for event in events:
        response = await stack.post_events([event])
        assert response.status_code == 200, event["type"]
    await stack.settle(timeout=30)
    async with stack.services.session_factory() as db:
        rows = (await db.execute(select(ReceivedEvent.status, ReceivedEvent.event_type))).all()
        groups = (await db.scalars(select(GroupJoin.group_id))).all()
        blocked = (
            await db.scalars(
                select(Resident.line_user_id).where(Resident.follow_state == "blocked")
            )
        ).all()
    assert {status for status, _ in rows} <= {"sent", "ignored", "rejected"}
    # Set aside, on record: the two whose group id the fixture elides ("C4af4980629...").
    assert {kind for status, kind in rows if status == "rejected"} == {"memberJoined", "memberLeft"}
    assert "Ca56f94637c4c5e3d75f2d6acc1ba8a8e" in "".join(groups) or groups
    assert blocked  # the unfollow event marked its user as blocked


async def test_stale_reply_token_falls_back_to_push_with_a_retry_key(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    event = stack.events.follow(user)
    event["timestamp"] -= 120_000  # the reply token is two minutes old
    await stack.post_events([event])
    await stack.replies(user, 2)
    pushes = [r for r in stack.emulator.requests if r["operation"] == "pushMessage"]
    assert pushes and pushes[0]["headers"].get("x-line-retry-key")


async def _one_processed_event(stack: Stack, user: str) -> int:
    """Follow, wait for the answer, then make the event look half-done again."""
    event = stack.events.follow(user)
    await stack.post_events([event])
    await stack.replies(user, 2)
    await stack.settle()
    async with stack.services.session_factory() as db:
        row = await db.scalar(
            select(ReceivedEvent).where(ReceivedEvent.webhook_event_id == event["webhookEventId"])
        )
        assert row is not None
        return row.id


async def _set_status(stack: Stack, event_id: int, status: str) -> None:
    async with stack.services.session_factory() as db:
        row = await db.get(ReceivedEvent, event_id)
        assert row is not None
        row.status = status
        await db.commit()


async def test_crash_after_reply_before_marking_does_not_answer_twice(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    event_id = await _one_processed_event(stack, user)
    await _set_status(stack, event_id, "sending")  # crashed after LINE took the reply
    await stack.services.runtime.process(event_id)
    await asyncio.sleep(0.2)
    assert len(stack.delivered(user)) == 2


async def _turn_taken_then_killed(stack: Stack, event: dict[str, Any]) -> int:
    """Post the event; the turn runs, then the worker dies before sending. Its row id."""
    await stack.post_events([event])
    async with stack.services.session_factory() as db:
        event_id = await db.scalar(select(ReceivedEvent.id))
    assert event_id is not None
    runtime = stack.services.runtime
    deliver = runtime._deliver

    async def killed(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("worker killed before sending")

    runtime._deliver = killed  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await runtime.process(event_id)
    runtime._deliver = deliver  # type: ignore[method-assign]
    return int(event_id)


async def test_crash_before_sending_still_answers_once(sqlite_url: str) -> None:
    async with running_stack(sqlite_url, TSUNAGU_EMBEDDED_WORKER=False) as stack:
        user = "U" + uuid.uuid4().hex
        event_id = await _turn_taken_then_killed(stack, stack.events.follow(user))
        assert stack.delivered(user) == []
        await stack.services.runtime.process(event_id)
        await stack.services.runtime.process(event_id)
        assert len(stack.delivered(user)) == 2


@pytest.mark.postgres
@pytest.mark.redis
async def test_more_webhook_calls_at_once_than_redis_connections_wait_for_one(
    postgres_url: str, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Forty messages at once through three Redis connections (one the worker's): each call
    waits for a free connection instead of being told Redis is away, so none falls back to
    the database, and every message is answered."""
    caplog.set_level(logging.WARNING)
    async with running_stack(
        postgres_url,
        redis_url,
        REDIS_MAX_CONNECTIONS=3,
        REDIS_POOL_TIMEOUT_SECONDS=budget(20),  # a wait, never a time-out, on a busy machine
        TSUNAGU_WORKERS=1,
    ) as stack:
        users = ["U" + uuid.uuid4().hex for _ in range(40)]
        await asyncio.gather(*(stack.say(user, "こんにちは") for user in users))
        await stack.settle(timeout=60)
        answered = [len(stack.delivered(user)) for user in users]
    fallbacks = [r.getMessage() for r in caplog.records if r.name.startswith("bot.")]
    assert fallbacks == []
    assert min(answered) >= 1

"""The outbox delivers staff alerts by e-mail and webhook with retries: a mail server that
is down gets the alert when it returns, rows outlive the process, a crisis goes first,
and an alert never carries personal data."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify.dispatcher import OutboxDispatcher, RetryPolicy
from bot.notify.email import EmailChannel, SmtpSettings
from bot.notify.routing import AlertRouting, queue_staff_alert
from bot.notify.webhook import SIGNATURE_HEADER, WebhookChannel, signature
from cases.casework.opening import CaseFacts, open_case
from cases.casework.outbox import dead_letters, retry_dead_letter
from cases.db import make_engine, make_session_factory
from cases.models import OutboxMessage, utcnow
from tests.handoff.mail_server import MailServer
from tests.handoff.ports import free_port
from tests.handoff.webhook_receiver import WebhookReceiver
from tests.timing import budget

FAST = RetryPolicy(base_seconds=0.05, max_seconds=0.2, max_attempts=4, lease_seconds=30)
ROUTING = AlertRouting(("email",), "https://city.example")


def smtp(port: int) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", port, "tsunagu@city.example", ("staff@city.example",))


async def open_alerted_case(
    factory: async_sessionmaker[AsyncSession],
    resident_id: int,
    urgency: str,
    routing: AlertRouting = ROUTING,
) -> int:
    async with factory() as db:
        case = await open_case(
            db,
            resident_id,
            CaseFacts(
                origin="handoff",
                urgency=urgency,
                categories=("debt", "housing"),
                primary="debt",
                ward="北区",
                sheet_id=None if urgency == "crisis" else 1,
            ),
        )
        queue_staff_alert(db, routing, "crisis" if urgency == "crisis" else "handoff", case)
        await db.commit()
        return case.id


async def statuses(factory: async_sessionmaker[AsyncSession]) -> list[tuple[str, int]]:
    async with factory() as db:
        rows = await db.execute(select(OutboxMessage.status, OutboxMessage.attempts))
        return [(status, attempts) for status, attempts in rows.all()]


async def deliver_until(
    dispatcher: OutboxDispatcher, channel: str, wanted: int, timeout: float = 5.0
) -> int:
    delivered = 0
    deadline = asyncio.get_running_loop().time() + timeout
    while delivered < wanted and asyncio.get_running_loop().time() < deadline:
        delivered += await dispatcher.deliver_due(channel)
        await asyncio.sleep(0.05)
    return delivered


async def test_mail_server_down_then_back_gets_the_alert(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    port = free_port()
    dispatcher = OutboxDispatcher(session_factory, [EmailChannel(smtp(port))], FAST)
    await open_alerted_case(session_factory, resident_id, "normal")

    assert await dispatcher.deliver_due("email") == 0
    assert await statuses(session_factory) == [("pending", 1)]

    server = MailServer(port)
    server.start()
    try:
        assert await deliver_until(dispatcher, "email", 1) == 1
        assert await statuses(session_factory) == [("sent", 2)]
        assert len(server.inbox.messages) == 1
        assert "ケース" in server.inbox.subjects()[0]
        assert "/console/cases/" in server.inbox.bodies()[0]
    finally:
        server.stop()


async def test_alerts_queued_before_a_restart_go_out_from_the_new_instance(
    sqlite_url: str, session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    port = free_port()
    first = OutboxDispatcher(session_factory, [EmailChannel(smtp(port))], FAST)
    first.start()
    await open_alerted_case(session_factory, resident_id, "high")
    await asyncio.sleep(0.3)  # a few failed attempts while the mail server is down
    await first.stop()
    assert [s for s, _ in await statuses(session_factory)] == ["pending"]

    server = MailServer(port)
    server.start()
    engine = make_engine(sqlite_url)  # a new process: its own engine and dispatcher
    try:
        second = OutboxDispatcher(make_session_factory(engine), [EmailChannel(smtp(port))], FAST)
        second.start()
        # Stopped only once the row is marked sent: a stop between the mail leaving and
        # the mark would (rightly) leave it pending, to be sent again.
        deadline = time.monotonic() + budget(5)
        while time.monotonic() < deadline:
            if [s for s, _ in await statuses(session_factory)] == ["sent"]:
                break
            await asyncio.sleep(0.05)
        await second.stop()
        assert len(server.inbox.messages) == 1
        assert [s for s, _ in await statuses(session_factory)] == ["sent"]
    finally:
        server.stop()
        await engine.dispose()


async def test_a_crisis_alert_goes_out_before_earlier_normal_ones(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    port = free_port()
    for _ in range(3):
        await open_alerted_case(session_factory, resident_id, "normal")
    crisis_case = await open_alerted_case(session_factory, resident_id, "crisis")
    server = MailServer(port)
    server.start()
    try:
        dispatcher = OutboxDispatcher(session_factory, [EmailChannel(smtp(port))], FAST)
        assert await dispatcher.deliver_due("email") == 4
        subjects = server.inbox.subjects()
        assert subjects[0].startswith("【緊急】")
        assert f"ケース{crisis_case:06d}" in subjects[0]
        assert not any(s.startswith("【緊急】") for s in subjects[1:])
    finally:
        server.stop()


async def test_after_the_last_attempt_it_is_a_dead_letter_and_can_be_retried(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    port = free_port()
    dispatcher = OutboxDispatcher(session_factory, [EmailChannel(smtp(port))], FAST)
    await open_alerted_case(session_factory, resident_id, "normal")
    for _ in range(40):
        await dispatcher.deliver_due("email")
        if (await statuses(session_factory))[0][0] == "dead":
            break
        await asyncio.sleep(0.05)
    assert await statuses(session_factory) == [("dead", FAST.max_attempts)]
    async with session_factory() as db:
        [letter] = await dead_letters(db)
        assert letter.channel == "email" and "SMTP" in (letter.last_error or "")
        assert await retry_dead_letter(db, letter.id, "staff:1")
        await db.commit()
    server = MailServer(port)
    server.start()
    try:
        assert await dispatcher.deliver_due("email") == 1
        assert len(server.inbox.messages) == 1
    finally:
        server.stop()


async def test_backoff_doubles_and_stops_at_the_cap() -> None:
    policy = RetryPolicy(base_seconds=5, max_seconds=60, max_attempts=6)
    delays = [policy.delay(n) for n in range(1, 7)]
    assert delays[:5] == [timedelta(seconds=s) for s in (5, 10, 20, 40, 60)]
    assert delays[5] is None


async def test_webhook_is_signed_and_carries_no_personal_data(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    receiver = WebhookReceiver(free_port())
    await receiver.start()
    try:
        routing = AlertRouting(("webhook",), "https://city.example")
        case_id = await open_alerted_case(session_factory, resident_id, "normal", routing)
        channel = WebhookChannel(receiver.url, "s3cret")
        dispatcher = OutboxDispatcher(session_factory, [channel], FAST)
        assert await dispatcher.deliver_due("webhook") == 1
        [(headers, body)] = receiver.received
        assert headers[SIGNATURE_HEADER.lower()] == signature("s3cret", body)
        document = json.loads(body)
        assert document["case_number"] == f"{case_id:06d}"
        assert document["ward"] == "北区"
        assert document["categories"] == ["debt", "housing"]
        assert document["link"] == f"https://city.example/console/cases/{case_id}"
        assert set(document) <= {
            "id", "text", "kind", "case_id", "case_number", "urgency", "categories",
            "crisis_flags", "model_only_flags", "ward", "is_complex", "link",
            "person_consent_unconfirmed", "danger_to_another", "danger_to_writer_too",
        }  # fmt: skip
    finally:
        await receiver.stop()


async def test_an_alert_is_not_retried_before_its_time(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    slow = RetryPolicy(base_seconds=60, max_seconds=60, max_attempts=4)
    dispatcher = OutboxDispatcher(session_factory, [EmailChannel(smtp(free_port()))], slow)
    await open_alerted_case(session_factory, resident_id, "normal")
    await dispatcher.deliver_due("email")
    await dispatcher.deliver_due("email")
    async with session_factory() as db:
        message = await db.scalar(select(OutboxMessage))
        assert message is not None and message.attempts == 1
        assert message.next_attempt_at.replace(tzinfo=utcnow().tzinfo) > utcnow() + timedelta(
            seconds=50
        )

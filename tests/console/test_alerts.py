"""Alerts always reach a person. A crisis typed in LINE is on the console's alerts view
(and its live list) within 2 s, even with no staff group, e-mail or webhook set — the
demo's shape — and stays there until someone acknowledges it, by name and time. A crisis
nobody acknowledges is alerted again on every channel, once per period. Agency staff see
only the alerts of their agency's cases. A start with no channel says so."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from bot.notify.routing import AlertRouting
from bot.realert import CrisisRealerts
from cases.casework.alerts import alert_counts
from cases.casework.vocabulary import DANGER_TO_ANOTHER
from cases.models import OutboxMessage, StaffAlert, utcnow
from cases.staff import add_staff
from tests.conftest import available_redis_url, truncate_all
from tests.console.conftest import (
    PASSWORD,
    PERSONAL,
    Console,
    form_token,
    handed_off_case,
    sign_in,
)
from tests.handoff.mail_server import MailServer
from tests.handoff.ports import free_port
from tests.handoff.webhook_receiver import WebhookReceiver
from tests.harness import Stack, running_stack

RESIDENT = "U" + "a1" * 16
CRISIS = "もう死にたい"
STAFF_GROUP = "C" + "9" * 32
PROMISE = "市の担当者にも、すぐにお知らせしました"


@pytest.fixture(params=["sqlite", "postgresql"])
async def databases(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    """SQLite with the in-process queue (the demo), PostgreSQL with Redis (production)."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url")), None
    database = str(request.getfixturevalue("postgres_database"))
    await truncate_all(database)
    return database, available_redis_url()


@pytest.fixture
async def stack(databases: tuple[str, str | None]) -> AsyncIterator[Stack]:
    """No alert channel configured at all: the console is the only place an alert lands."""
    async with running_stack(*databases) as running:
        yield running


@contextlib.asynccontextmanager
async def staff_member(
    stack: Stack, login: str, role: str = "coordinator", agency: str | None = None
) -> AsyncIterator[httpx.AsyncClient]:
    async with stack.services.session_factory() as db:
        await add_staff(db, login, PASSWORD, role, agency_id=agency, display_name=f"{login}さん")
        await db.commit()
    async with httpx.AsyncClient(base_url=stack.base_url) as client:
        await sign_in(client, login)
        yield client


async def live_alert(staff: httpx.AsyncClient, within: float) -> tuple[float, httpx.Response]:
    """Poll the alerts page's live list like the page does, until a crisis is on it."""
    start = time.monotonic()
    while True:
        live = await staff.get("/console/alerts/live")
        assert live.status_code == 200
        if "緊急の書き込み" in live.text:
            return time.monotonic() - start, live
        if time.monotonic() - start > within:
            raise AssertionError(f"no crisis on the alerts view after {within} s")
        await asyncio.sleep(0.05)


async def test_a_crisis_reaches_the_alerts_view_in_two_seconds_and_is_acknowledged_by_name(
    stack: Stack,
) -> None:
    async with staff_member(stack, "okada") as staff:
        await stack.follow(RESIDENT)
        await stack.replies(RESIDENT, 2)
        sent = time.monotonic()
        await stack.say(RESIDENT, CRISIS)
        _, live = await live_alert(staff, within=10)
        seen_after = time.monotonic() - sent
        assert seen_after < 2.0, f"the crisis reached the console after {seen_after:.2f} s"
        answer = json.dumps(await stack.replies(RESIDENT, 1), ensure_ascii=False)
        assert PROMISE in answer
        assert (live.headers["x-alerts-open"], live.headers["x-alerts-crisis"]) == ("1", "1")
        assert (await staff.get("/console/alerts/count")).json() == {"open": 1, "crisis": 1}
        for personal in (*PERSONAL, CRISIS, RESIDENT):
            assert personal not in live.text

        realerts = stack.services.worker.realerts
        assert realerts is not None
        realerts.clock = lambda: utcnow() + timedelta(hours=1)
        assert await realerts.run() == 0, "no channel to alert again: the console keeps it"

        page = await staff.get("/console/alerts")
        assert page.status_code == 200 and 'id="alert-badge"' in page.text
        assert "再通知" not in page.text
        (alert_id,) = re.findall(r'action="/console/alerts/(\d+)/acknowledge"', page.text)
        acked = await staff.post(
            f"/console/alerts/{alert_id}/acknowledge", data={"csrf_token": form_token(page.text)}
        )
        assert acked.status_code == 303
        after = await staff.get("/console/alerts/live")
        assert '/acknowledge"' not in after.text and "okadaさん" in after.text
        assert (await staff.get("/console/alerts/count")).json() == {"open": 0, "crisis": 0}

    async with stack.services.session_factory() as db:
        alert = await db.get(StaffAlert, int(alert_id))
    assert alert is not None
    assert alert.kind == "crisis" and alert.case_id is not None
    assert alert.acknowledged_by is not None and alert.acknowledged_by.startswith("staff:")
    assert alert.acknowledged_at is not None
    assert abs((utcnow() - alert.acknowledged_at).total_seconds()) < 30
    assert alert.next_realert_at is None, "an acknowledged crisis is not alerted again"


async def test_demo_shape_a_crisis_typed_in_the_simulator_is_on_the_console_in_two_seconds(
    sqlite_url: str,
) -> None:
    """`make demo`: SQLite, the in-process queue, the LINE emulator, no staff group."""
    async with running_stack(
        sqlite_url,
        TSUNAGU_ENV="demo",
        LINE_CHANNEL_SECRET="",
        LINE_CHANNEL_ACCESS_TOKEN="",
        LINE_API_BASE_URL="https://api.line.me",
    ) as demo:
        assert demo.settings.STAFF_LINE_GROUP_ID is None and demo.settings.REDIS_URL is None
        async with staff_member(demo, "demo-admin", role="admin") as staff:
            sent = time.monotonic()
            typed = await demo.http.post(
                "/simulator/send", json={"user_id": RESIDENT, "kind": "text", "text": CRISIS}
            )
            assert typed.status_code == 200 and typed.json()["webhook_status"] == 200
            await live_alert(staff, within=10)
            seen_after = time.monotonic() - sent
        assert seen_after < 2.0, f"the crisis reached the console after {seen_after:.2f} s"


async def test_an_unacknowledged_crisis_is_alerted_again_on_every_channel_once_a_period(
    databases: tuple[str, str | None],
) -> None:
    receiver = WebhookReceiver(free_port())
    mail = MailServer(free_port())
    await receiver.start()
    mail.start()
    try:
        async with running_stack(
            *databases,
            STAFF_LINE_GROUP_ID=STAFF_GROUP,
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=mail.port,
            ALERT_EMAIL_TO="fukushi@city.example",
            ALERT_WEBHOOK_URL=receiver.url,
            ALERT_WEBHOOK_SECRET="s3cret",
            ALERT_REALERT_MINUTES=10,
            OUTBOX_POLL_SECONDS=0.1,
        ) as stack:
            await stack.follow(RESIDENT)
            await stack.replies(RESIDENT, 2)
            await stack.say(RESIDENT, CRISIS)
            await stack.replies(RESIDENT, 1)
            await delivered(stack, mail, receiver, 1)

            realerts = stack.services.worker.realerts  # what the worker's sweep runs
            assert isinstance(realerts, CrisisRealerts)
            now = utcnow()
            realerts.clock = lambda: now + timedelta(minutes=9)
            assert await realerts.run() == 0, "not yet: ten minutes have not passed"
            realerts.clock = lambda: now + timedelta(minutes=10, seconds=5)
            assert await realerts.run() == 1
            assert await realerts.run() == 0, "once per period"
            await delivered(stack, mail, receiver, 2)
            group = stack.delivered(STAFF_GROUP)[-1]["text"]
            assert "再通知" in group and "【緊急】" in group
            assert "再通知" in mail.inbox.subjects()[-1]
            assert "再通知" in json.loads(receiver.received[-1][1])["text"]
            for text in (group, mail.inbox.bodies()[-1], receiver.received[-1][1].decode()):
                assert CRISIS not in text and RESIDENT not in text

            realerts.clock = lambda: now + timedelta(minutes=20, seconds=10)
            assert await realerts.run() == 1, "still nobody: the next period alerts again"
            await delivered(stack, mail, receiver, 3)

            async with staff_member(stack, "okada") as staff:
                page = await staff.get("/console/alerts")
                assert "再通知 2 回" in page.text
                (alert_id,) = re.findall(r"/console/alerts/(\d+)/acknowledge", page.text)
                await staff.post(
                    f"/console/alerts/{alert_id}/acknowledge",
                    data={"csrf_token": form_token(page.text)},
                )
            realerts.clock = lambda: now + timedelta(hours=5)
            assert await realerts.run() == 0, "acknowledged: no more re-alerts"
            async with stack.services.session_factory() as db:
                kinds = list(await db.scalars(select(OutboxMessage.kind)))
            assert kinds.count("crisis_realert") == 2 * 3  # two periods, three channels
    finally:
        mail.stop()
        await receiver.stop()


async def delivered(stack: Stack, mail: MailServer, receiver: WebhookReceiver, count: int) -> None:
    deadline = time.monotonic() + 10
    while not (
        len(stack.delivered(STAFF_GROUP)) >= count
        and len(mail.inbox.messages) >= count
        and len(receiver.received) >= count
    ):
        assert time.monotonic() < deadline, f"expected {count} alert(s) on every channel"
        await asyncio.sleep(0.05)


async def test_agency_staff_see_and_acknowledge_only_their_agencys_alerts(
    console: Console,
) -> None:
    shared = await handed_off_case(console.factory)  # shared with CARE and DEBT
    async with console.factory() as db:
        everyone = await alert_counts(db, None)
    assert everyone.open == 1, "the hand-off's alert"
    async with console.client() as care, console.client() as other:
        await sign_in(care, "care")  # staff of an agency the case is shared with
        await sign_in(other, "other")
        care_page = await care.get("/console/alerts")
        other_page = await other.get("/console/alerts")
        assert f'href="/console/cases/{shared}"' in care_page.text
        assert f"/console/cases/{shared}" not in other_page.text
        assert (await other.get("/console/alerts/count")).json()["open"] == 0
        (alert_id,) = re.findall(r"/console/alerts/(\d+)/acknowledge", care_page.text)
        refused = await other.post(
            f"/console/alerts/{alert_id}/acknowledge",
            data={"csrf_token": form_token(other_page.text)},
        )
        assert refused.status_code == 403
    async with console.factory() as db:
        alert = await db.get(StaffAlert, int(alert_id))
    assert alert is not None and alert.acknowledged_at is None


@pytest.mark.parametrize("group", [None, STAFF_GROUP])
async def test_a_start_without_any_alert_channel_says_the_console_is_the_only_place(
    sqlite_url: str, group: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="api.app"):
        async with running_stack(sqlite_url, STAFF_LINE_GROUP_ID=group):
            pass
    warned = [r.getMessage() for r in caplog.records if "/console/alerts" in r.getMessage()]
    assert bool(warned) == (group is None)


def test_the_realert_period_comes_from_the_settings() -> None:
    from tsunagu.notifications import alert_routing
    from tsunagu.settings import Settings

    default = alert_routing(Settings(_env_file=None))  # type: ignore[call-arg]
    never = alert_routing(Settings(_env_file=None, ALERT_REALERT_MINUTES=0))  # type: ignore[call-arg]
    assert default.realert_after == timedelta(minutes=10) and never.realert_after is None
    assert AlertRouting().realert_after == timedelta(minutes=10)


async def test_a_danger_to_another_is_said_on_the_alerts_view_the_case_and_the_realert(
    databases: tuple[str, str | None],
) -> None:
    """A neighbour's message about someone else's danger: staff must call to find that
    person. The console's alerts view and case page say so, and so does the crisis alerted
    again; the writer's own crisis says nothing of the kind."""
    async with (
        running_stack(
            *databases, STAFF_LINE_GROUP_ID=STAFF_GROUP, ALERT_REALERT_MINUTES=10
        ) as stack,
        staff_member(stack, "mori") as staff,
    ):
        neighbour, writer = RESIDENT, "U" + "b2" * 16
        for user, said in (
            (neighbour, "隣のおばあさんが、もう死にたいと毎晩泣いています"),
            (writer, CRISIS),
        ):
            await stack.follow(user)
            await stack.replies(user, 2)
            await stack.say(user, said)
            await stack.replies(user, 1)
        page = await staff.get("/console/alerts")
        rows = re.findall(r'<tr class="alert[^"]*" id="alert-\d+">.*?</tr>', page.text, re.S)
        assert len(rows) == 2
        assert sum(DANGER_TO_ANOTHER in row for row in rows) == 1
        case_ids = re.findall(r'href="/console/cases/(\d+)"', page.text)
        shown = [
            DANGER_TO_ANOTHER in (await staff.get(f"/console/cases/{case_id}")).text
            for case_id in dict.fromkeys(case_ids)
        ]
        assert sorted(shown) == [False, True]

        realerts = stack.services.worker.realerts
        assert realerts is not None
        realerts.clock = lambda: utcnow() + timedelta(minutes=11)
        assert await realerts.run() == 2
        for _ in range(100):
            texts = [m["text"] for m in stack.delivered(STAFF_GROUP) if "再通知" in m["text"]]
            if len(texts) == 2:
                break
            await asyncio.sleep(0.05)
        assert sorted(DANGER_TO_ANOTHER in text for text in texts) == [False, True]

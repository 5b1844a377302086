"""Staff work a case in the console: the sheet on the page, status, notes, sharing on a
basis (consent or 支援会議, never confused), withdrawal, CSRF, cookies and the audit log."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI, HTTPException, Request
from sqlalchemy import func, select, update

from api.console import build_router
from bot.notify.summary import AlertSummary
from cases.models import (
    AuditEvent,
    Case,
    CaseNote,
    ConsoleSession,
    OutboxMessage,
    Provision,
    Resident,
    utcnow,
)
from tests.console.conftest import (
    CARE,
    OTHER,
    PASSWORD,
    PERSONAL,
    RESIDENT,
    Console,
    form_token,
    handed_off_case,
    sign_in,
    withdraw,
)


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


async def test_the_case_page_shows_the_sheet_consent_and_provisions_and_is_audited(
    console: Console,
) -> None:
    case_id = await handed_off_case(console.factory)
    async with console.client() as client:
        await sign_in(client, "care")
        page = await client.get(f"/console/cases/{case_id}")
    assert page.status_code == 200
    text = visible_text(page.text)
    for label in ("■基本情報", "ふりがな", "■お困りごとの内容", "■世帯構成", "■紹介先"):
        assert label in text
    for answer in ("やまだ はなこ", "山田花子", "昭和30年5月3日", "090-1234-5678", "要介護3"):
        assert answer in text
    assert "◎ 介護のこと" in " ".join(text.split())
    assert "同意あり" in text and CARE.name in text
    assert "本人の同意" in text  # the basis of each provision
    async with console.factory() as db:
        viewed = list(
            await db.scalars(select(AuditEvent).where(AuditEvent.action == "case.viewed"))
        )
    assert [(e.actor, e.case_id) for e in viewed] == [("staff:3", case_id)]


async def test_accepting_moves_the_case_to_受付_and_notes_are_kept(console: Console) -> None:
    case_id = await handed_off_case(console.factory)
    async with console.client() as client:
        token = await sign_in(client, "coordinator")
        accepted = await client.post(
            f"/console/cases/{case_id}/status", data={"to": "accepted", "csrf_token": token}
        )
        assert accepted.status_code == 303
        await client.post(
            f"/console/cases/{case_id}/notes", data={"text": "明日電話する", "csrf_token": token}
        )
        page = await client.get(f"/console/cases/{case_id}")
        early_close = await client.post(
            f"/console/cases/{case_id}/status", data={"to": "closed", "csrf_token": token}
        )
    assert '<span class="badge status" id="case-status">受付</span>' in page.text
    assert "明日電話する" in page.text
    assert early_close.status_code == 400 and "理由を書いてください" in early_close.text


async def test_a_post_without_the_sessions_csrf_token_is_refused(console: Console) -> None:
    case_id = await handed_off_case(console.factory)
    async with console.client() as client:
        await sign_in(client, "admin")
        forged = await client.post(
            f"/console/cases/{case_id}/notes", data={"text": "x", "csrf_token": "forged"}
        )
        missing = await client.post(f"/console/cases/{case_id}/reply", data={"text": "x"})
    assert forged.status_code == 403 and missing.status_code == 403
    async with console.client() as client:
        page = await client.get("/console/login")
        client.cookies.clear()  # a form posted from elsewhere has no login cookie
        login = await client.post(
            "/console/login",
            data={"login": "admin", "password": "x", "csrf_token": form_token(page.text)},
        )
    assert login.status_code == 403
    async with console.factory() as db:
        assert await db.scalar(select(func.count()).select_from(CaseNote)) == 0
        assert await db.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.kind == "staff_reply")) == 0  # fmt: skip


async def test_session_cookie_is_httponly_and_samesite(console: Console) -> None:
    async with console.client() as client:
        page = await client.get("/console/login")
        response = await client.post(
            "/console/login",
            data={"login": "admin", "password": "correct horse battery",
                  "csrf_token": form_token(page.text)},
        )  # fmt: skip
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith("tsunagu_console=")
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/console" in cookie
    wrong = await console.client().post("/console/login")
    assert wrong.status_code == 403


async def test_a_wrong_password_is_refused_and_audited_without_the_login(console: Console) -> None:
    async with console.client() as client:
        page = await client.get("/console/login")
        response = await client.post(
            "/console/login",
            data={"login": "admin", "password": "guess", "csrf_token": form_token(page.text)},
        )
        after = await client.get("/console/cases")
    assert response.status_code == 401 and "違います" in response.text
    assert after.status_code == 303
    assert after.headers["location"].startswith("/console/login")
    async with console.factory() as db:
        failed = await db.scalar(
            select(AuditEvent).where(AuditEvent.action == "staff.login_failed")
        )
    assert failed is not None and failed.detail == {}


async def test_support_meeting_basis_allows_sharing_and_is_never_shown_as_consent(
    console: Console,
) -> None:
    case_id = await handed_off_case(console.factory)
    async with console.client() as client:
        token = await sign_in(client, "coordinator")
        refused = await client.post(
            f"/console/cases/{case_id}/agencies", data={"agency_id": OTHER.id, "csrf_token": token}
        )
        assert refused.status_code == 400 and "支援会議の記録が必要です" in refused.text
        await client.post(
            f"/console/cases/{case_id}/support-meetings",
            data={
                "reason": "複合課題ケース検討会で共有を決定",
                "agency_id": OTHER.id,
                "meeting_date": "2026-12-03",
                "csrf_token": token,
            },
        )
        shared = await client.post(
            f"/console/cases/{case_id}/agencies", data={"agency_id": OTHER.id, "csrf_token": token}
        )
        assert shared.status_code == 303
        page = await client.get(f"/console/cases/{case_id}")
    row = re.search(r'<tr class="basis-support_meeting">(.*?)</tr>', page.text, re.S)
    assert row is not None and OTHER.name in row.group(1)
    assert "支援会議（社会福祉法 第106条の6）" in row.group(1) and "同意" not in row.group(1)
    assert "支援会議の決定は本人の同意ではありません" in page.text
    meeting = re.search(r'<li class="basis-support_meeting">(.*?)</li>', page.text, re.S)
    assert meeting is not None and f"共有先: {OTHER.name}" in meeting.group(1)
    # The day staff chose, as they chose it: no time made up from a UTC midnight.
    assert "・2026-12-03・" in meeting.group(1), meeting.group(1)
    # Who recorded it and who provided the case, by the name staff know, not an inner id.
    assert "staff:" not in meeting.group(1) and "staff:" not in row.group(1)
    async with console.client() as client:
        await sign_in(client, "other")
        assert (await client.get(f"/console/cases/{case_id}")).status_code == 200


async def test_after_withdrawal_the_agency_loses_the_case_and_staff_are_told(
    console: Console,
) -> None:
    case_id = await handed_off_case(console.factory)
    async with console.client() as client:
        await sign_in(client, "care")
        assert (await client.get(f"/console/cases/{case_id}")).status_code == 200
        await withdraw(console.factory, RESIDENT)
        assert (await client.get(f"/console/cases/{case_id}")).status_code == 403
        assert f"/console/cases/{case_id}" not in (await client.get("/console/cases")).text
    async with console.client() as client:
        token = await sign_in(client, "coordinator")
        page = await client.get(f"/console/cases/{case_id}")
        again = await client.post(
            f"/console/cases/{case_id}/agencies", data={"agency_id": CARE.id, "csrf_token": token}
        )
    assert "同意取り消し" in page.text
    assert again.status_code == 400  # nothing more is shared
    async with console.factory() as db:
        alerts = list(
            await db.scalars(select(OutboxMessage).where(OutboxMessage.channel == "line_group"))
        )
        provisions = await db.scalar(select(func.count()).select_from(Provision))
    told = [
        AlertSummary.from_payload(m.payload).text() for m in alerts if m.kind == "consent_withdrawn"
    ]
    assert len(told) == 1 and "取り消し" in told[0] and f"{case_id:06d}" in told[0]
    assert not any(piece in told[0] for piece in PERSONAL)
    assert provisions == 2  # the two made with the consent, none after


async def test_declined_consent_leaves_nothing_to_see(console: Console) -> None:
    assert await handed_off_case(console.factory, consent="rejected") == 0
    for role in ("admin", "care"):
        async with console.client() as client:
            await sign_in(client, role)
            listing = await client.get("/console/cases")
        assert "該当するケースはありません" in listing.text
    async with console.factory() as db:
        assert await db.scalar(select(func.count()).select_from(Provision)) == 0
        assert await db.scalar(select(func.count()).select_from(OutboxMessage)) == 0


async def test_dead_letters_are_listed_and_retried(console: Console) -> None:
    case_id = await handed_off_case(console.factory)
    async with console.factory() as db:
        message = await db.scalar(select(OutboxMessage).where(OutboxMessage.case_id == case_id))
        assert message is not None
        message.status, message.attempts, message.last_error = "dead", 10, "LINE 500"
        await db.commit()
    async with console.client() as client:
        token = await sign_in(client, "admin")
        page = await client.get("/console/outbox/dead")
        assert "LINE 500" in page.text and f"{case_id:06d}" in page.text
        retried = await client.post(
            f"/console/outbox/dead/{message.id}/retry", data={"csrf_token": token}
        )
        assert retried.status_code == 303
        assert "ありません" in (await client.get("/console/outbox/dead")).text
    async with console.factory() as db:
        again = await db.get(OutboxMessage, message.id)
        assert again is not None and (again.status, again.attempts) == ("pending", 0)


class RefuseAfter:
    """A login guard that refuses after `limit` attempts and remembers the outcomes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.outcomes: list[bool] = []

    async def before_attempt(self, request: Request, login: str) -> None:
        if len(self.outcomes) >= self.limit:
            raise HTTPException(429, "しばらくしてからお試しください")

    async def after_attempt(self, request: Request, login: str, succeeded: bool) -> None:
        self.outcomes.append(succeeded)


async def test_the_login_guard_sees_every_attempt_and_can_refuse(console: Console) -> None:
    guard = RefuseAfter(limit=2)
    app = FastAPI()
    app.include_router(build_router(console.factory, "okayama", False, guard), prefix="/console")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        answers = []
        for password in ("guess", PASSWORD, PASSWORD):
            page = await client.get("/console/login")
            response = await client.post(
                "/console/login",
                data={"login": "admin", "password": password, "csrf_token": form_token(page.text)},
            )
            answers.append(response.status_code)
    assert answers == [401, 303, 429]
    assert guard.outcomes == [False, True]


async def test_a_session_ends_at_logout_and_when_it_expires(console: Console) -> None:
    async with console.client() as client:
        token = await sign_in(client, "admin")
        cookie = client.cookies["tsunagu_console"]
        await client.post("/console/logout", data={"csrf_token": token})
        client.cookies.set("tsunagu_console", cookie)  # the old cookie, kept by hand
        assert (await client.get("/console/cases")).headers["location"].startswith("/console/login")
    async with console.client() as client:
        await sign_in(client, "admin")
        async with console.factory() as db:
            await db.execute(update(ConsoleSession).values(expires_at=utcnow()))
            await db.commit()
        assert (await client.get("/console/cases")).headers["location"].startswith("/console/login")


async def test_an_agency_sees_the_status_but_only_the_city_moves_it(console: Console) -> None:
    """終結 and every other step of the case are the city's to decide (the 推進員 keeps
    the progress); an agency reports on the plan's progress instead."""
    case_id = await handed_off_case(console.factory)
    async with console.client() as client:
        token = await sign_in(client, "care")
        page = await client.get(f"/console/cases/{case_id}")
        moved = await client.post(
            f"/console/cases/{case_id}/status", data={"to": "accepted", "csrf_token": token}
        )
    assert page.status_code == 200 and "市の担当者が進めます" in page.text
    assert f'action="/console/cases/{case_id}/status"' not in page.text
    assert moved.status_code == 403
    async with console.factory() as db:
        case = await db.get(Case, case_id)
        assert case is not None and case.status == "new"


async def test_staff_see_the_language_the_resident_talks_in(console: Console) -> None:
    """A resident who chose Tiếng Việt: the case says so at the top, so staff answer in
    it or arrange an interpreter (a reply in Japanese is not translated)."""
    case_id = await handed_off_case(console.factory)
    async with console.factory() as db:
        case = await db.get(Case, case_id)
        assert case is not None
        await db.execute(
            update(Resident).where(Resident.id == case.resident_id).values(language="vi")
        )
        await db.commit()
    async with console.client() as client:
        await sign_in(client, "coordinator")
        page = await client.get(f"/console/cases/{case_id}")
    assert "ことば：Tiếng Việt" in page.text


async def test_a_link_followed_while_signed_out_opens_after_signing_in(console: Console) -> None:
    """An independent tester's finding: a link to a case, followed signed out, led to the
    inbox after the login. The page asked for (its path only) opens; nothing else does."""
    case_id = await handed_off_case(console.factory)

    async def signed_in_to(client: httpx.AsyncClient, form: str, back: str) -> str:
        signed = await client.post(
            "/console/login",
            data={
                "login": "coordinator",
                "password": PASSWORD,
                "csrf_token": form_token(form),
                "next": back,
            },
        )
        return signed.headers["location"]

    async with console.client() as client:
        asked = await client.get(f"/console/cases/{case_id}")
        assert asked.status_code == 303
        login_url = asked.headers["location"]
        assert login_url == f"/console/login?next=%2Fconsole%2Fcases%2F{case_id}"
        form = (await client.get(login_url)).text
        kept = re.search(r'name="next" value="([^"]+)"', form)
        assert kept is not None
        assert await signed_in_to(client, form, kept.group(1)) == f"/console/cases/{case_id}"
    for elsewhere in (
        "https://example.com/",
        "//example.com/x",
        "/console/../admin",
        "/console/login",
    ):
        async with console.client() as client:
            form = (await client.get("/console/login", params={"next": elsewhere})).text
            assert 'name="next"' not in form
            assert await signed_in_to(client, form, elsewhere) == "/console/cases", elsewhere

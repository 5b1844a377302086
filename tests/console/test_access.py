"""Every console route has an access rule, and the rule holds for every role: signed-out
visitors go to the login page, agency staff open only cases shared with their agency,
and sharing decisions and the outbox are for admin and coordinator."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import httpx
from fastapi.routing import APIRoute
from sqlalchemy import select, update

from cases.models import OutboxMessage, StaffAlert
from tests.console.conftest import CARE, DEBT, Console, handed_off_case, sign_in

# Who may use each route: public | signed_in | case (admin, coordinator, agency staff of
# an agency the case is shared with) | city (admin, coordinator) | agency_case (agency
# staff of an agency the case is shared with only).
RULES: dict[tuple[str, str], str] = {
    ("GET", "/console/login"): "public",
    ("POST", "/console/login"): "public",
    ("GET", "/console/static/console.css"): "public",
    ("GET", "/console/static/console.js"): "public",
    ("GET", "/console/static/alerts.js"): "public",
    ("POST", "/console/logout"): "signed_in",
    ("GET", "/console/"): "signed_in",
    ("GET", "/console/cases"): "signed_in",
    ("GET", "/console/cases/live"): "signed_in",
    ("POST", "/console/cases/search"): "signed_in",
    ("GET", "/console/static/inbox.js"): "public",
    ("POST", "/console/cases/{case_id}/assign"): "case",
    ("GET", "/console/cases/{case_id}"): "case",
    ("GET", "/console/cases/{case_id}/sheet.pdf"): "case",
    ("GET", "/console/cases/{case_id}/photos/{photo_id}"): "case",
    ("GET", "/console/cases/{case_id}/transcript"): "case",
    ("POST", "/console/cases/{case_id}/status"): "city",
    ("POST", "/console/cases/{case_id}/notes"): "case",
    ("POST", "/console/cases/{case_id}/take-over"): "case",
    ("POST", "/console/cases/{case_id}/reply"): "case",
    ("POST", "/console/cases/{case_id}/hand-back"): "case",
    ("POST", "/console/cases/{case_id}/proposals/{proposal_id}"): "case",
    ("POST", "/console/cases/{case_id}/agencies"): "city",
    ("POST", "/console/cases/{case_id}/support-meetings"): "city",
    ("POST", "/console/cases/{case_id}/consents/withdraw"): "city",
    ("POST", "/console/cases/{case_id}/consents/person"): "city",
    ("POST", "/console/cases/{case_id}/protections"): "city",
    ("GET", "/console/outbox/dead"): "city",
    ("POST", "/console/outbox/dead/{message_id}/retry"): "city",
    ("GET", "/console/minsei"): "city",
    ("POST", "/console/minsei"): "city",
    ("POST", "/console/minsei/{invite_id}/revoke"): "city",
    ("GET", "/console/alerts"): "signed_in",
    ("GET", "/console/alerts/live"): "signed_in",
    ("GET", "/console/alerts/count"): "signed_in",
    ("POST", "/console/alerts/{alert_id}/acknowledge"): "case",
    ("GET", "/console/cases/{case_id}/plan"): "case",
    ("GET", "/console/cases/{case_id}/plan.pdf"): "case",
    ("POST", "/console/cases/{case_id}/plan"): "city",
    ("POST", "/console/cases/{case_id}/conferences"): "city",
    ("POST", "/console/cases/{case_id}/review"): "city",
    ("POST", "/console/cases/{case_id}/progress"): "agency_case",
    ("GET", "/console/reviews"): "city",
    # every role, each counting only the cases it may open (tests/console/test_reports.py)
    ("GET", "/console/reports"): "signed_in",
    ("GET", "/console/reports/{key}.csv"): "signed_in",
}
ADMITTED = {
    "public": {"anonymous", "admin", "coordinator", "care", "other"},
    "signed_in": {"admin", "coordinator", "care", "other"},
    "case": {"admin", "coordinator", "care"},
    "city": {"admin", "coordinator"},
    "agency_case": {"care"},  # staff of an agency the case is shared with, for their part
}


def served_routes(routes: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """(method, path) of every route the app serves, through included routers (FastAPI
    keeps those as lazy entries that expose `effective_route_contexts`)."""
    for route in routes:
        contexts = getattr(route, "effective_route_contexts", None)
        if contexts is not None:
            for context in contexts():
                for method in getattr(context.original_route, "methods", None) or {"*"}:
                    yield method, context.path
        elif isinstance(route, APIRoute):
            for method in route.methods or ():
                yield method, route.path
        else:
            yield "*", str(getattr(route, "path", route))


def console_routes(console: Console) -> set[tuple[str, str]]:
    return {
        (method, path)
        for method, path in served_routes(console.app.routes)
        if path.startswith("/console") and method != "HEAD"
    }


def test_every_console_route_has_an_access_rule(console: Console) -> None:
    routes = console_routes(console)
    assert routes - RULES.keys() == set(), "a console route without an access rule"
    assert RULES.keys() - routes == set(), "a rule for a route that no longer exists"


async def dead_letter(console: Console, case_id: int) -> int:
    async with console.factory() as db:
        message_id = await db.scalar(
            select(OutboxMessage.id).where(OutboxMessage.case_id == case_id)
        )
        assert message_id is not None
        await db.execute(
            update(OutboxMessage).where(OutboxMessage.id == message_id).values(status="dead")
        )
        await db.commit()
        return int(message_id)


def form_for(path: str) -> dict[str, str]:
    return {
        "/console/cases/{case_id}/status": {"to": "accepted"},
        "/console/cases/{case_id}/notes": {"text": "電話で状況を確認"},
        "/console/cases/{case_id}/reply": {"text": "担当の者です。"},
        "/console/cases/{case_id}/proposals/{proposal_id}": {"decision": "reject"},
        "/console/cases/{case_id}/agencies": {"agency_id": CARE.id},
        "/console/cases/{case_id}/support-meetings": {
            "reason": "支援会議で共有を決定",
            "agency_id": CARE.id,
        },
        "/console/cases/{case_id}/consents/person": {
            "grantor": "self",
            "channel": "phone",
            "decided_at": "2026-11-20T10:00",
            "agency_id": CARE.id,
        },
        "/console/cases/{case_id}/protections": {
            "reason": "命の危険があり本人と連絡が取れない",
            "agency_id": CARE.id,
        },
        "/console/login": {"login": "nobody", "password": "x"},
        "/console/minsei": {"name": "民生 太郎", "district": "北区第3地区"},
        "/console/cases/{case_id}/plan": {"goals": "歩けるようになりたい"},
        "/console/cases/{case_id}/conferences": {
            "held_on": "2026-11-20",
            "attendee": CARE.id,
            "decisions": "地域包括が訪問する",
        },
        "/console/cases/{case_id}/progress": {"text": "訪問した"},
        "/console/cases/{case_id}/review": {"review_on": "2026-12-20"},
    }.get(path, {})


async def an_invite(console: Console) -> int:
    from cases.minsei import issue_invite

    async with console.factory() as db:
        issued = await issue_invite(db, "民生 花子", "南区第1地区", "staff:0")
        await db.commit()
        return issued.invite.id


async def an_alert(console: Console, case_id: int) -> int:
    """The case's hand-off alert."""
    async with console.factory() as db:
        alert_id = await db.scalar(select(StaffAlert.id).where(StaffAlert.case_id == case_id))
        assert alert_id is not None
        return int(alert_id)


async def a_proposal(console: Console, case_id: int) -> int:
    """A change a follow-up message proposed on the case (a new trouble)."""
    from cases.casework.followups import CATEGORY_FIELD, propose
    from cases.casework.status import get_case

    async with console.factory() as db:
        proposal = await propose(db, await get_case(db, case_id), CATEGORY_FIELD, "health", None)
        await db.commit()
        assert proposal is not None
        return proposal.id


async def a_photo(console: Console, case_id: int) -> int:
    """A photo the case's resident sent."""
    from cases.casework.status import get_case
    from cases.photos import keep_photo, photos_of_case

    async with console.factory() as db:
        case = await get_case(db, case_id)
        photo = b"\xff\xd8\xff\xe0" + bytes(64)
        keep_photo(db, case.resident_id, None, case_id, f"m-{case_id}", "image/jpeg", photo)
        await db.commit()
        return (await photos_of_case(db, case))[-1].id


async def attempt(
    console: Console, client: httpx.AsyncClient, token: str, method: str, path: str, case_id: int
) -> httpx.Response:
    message_id = await dead_letter(console, case_id) if "message_id" in path else 0
    invite_id = await an_invite(console) if "invite_id" in path else 0
    alert_id = await an_alert(console, case_id) if "alert_id" in path else 0
    proposal_id = await a_proposal(console, case_id) if "proposal_id" in path else 0
    photo_id = await a_photo(console, case_id) if "photo_id" in path else 0
    url = path.format(
        case_id=case_id,
        message_id=message_id,
        invite_id=invite_id,
        alert_id=alert_id,
        proposal_id=proposal_id,
        photo_id=photo_id,
        key="channel-month",
    )
    if method == "GET":
        return await client.get(url)
    data: dict[str, Any] = {**form_for(path), "csrf_token": token}
    if path == "/console/login":
        page = await client.get("/console/login")
        data["csrf_token"] = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    return await client.post(url, data=data)


def kept_out(response: httpx.Response) -> bool:
    # to the login page (with the page asked for to return to, a GET's path)
    location = response.headers.get("location", "")
    to_login = response.status_code == 303 and (
        location == "/console/login" or location.startswith("/console/login?next=")
    )
    return to_login or response.status_code == 403


async def test_each_role_gets_exactly_what_its_rule_admits(console: Console) -> None:
    logout_last = sorted(RULES, key=lambda route: (route == ("POST", "/console/logout"), route))
    for number, role in enumerate(("anonymous", "admin", "coordinator", "care", "other")):
        case_id = await handed_off_case(console.factory, f"U{number:032d}")
        async with console.client() as client:
            token = await sign_in(client, role) if role != "anonymous" else ""
            for method, path in logout_last:
                response = await attempt(console, client, token, method, path, case_id)
                admitted = role in ADMITTED[RULES[method, path]]
                where = f"{role} {method} {path} → {response.status_code}"
                if admitted:
                    assert not kept_out(response), where
                    # A review day is for a case in モニタリング: admitted, and refused.
                    refused = path.endswith("/review") and response.status_code == 400
                    assert response.status_code in (200, 303, 401) or refused, where
                else:
                    assert kept_out(response), where


async def test_agency_staff_see_only_their_agencys_cases(console: Console) -> None:
    shared_with_care = await handed_off_case(console.factory, "U" + "1" * 32)
    not_for_care = await handed_off_case(console.factory, "U" + "2" * 32, agencies=(DEBT,))
    async with console.client() as client:
        await sign_in(client, "care")
        listing = (await client.get("/console/cases")).text
        assert f"/console/cases/{shared_with_care}" in listing
        assert f"/console/cases/{not_for_care}" not in listing
        assert (await client.get(f"/console/cases/{shared_with_care}")).status_code == 200
        refused = await client.get(f"/console/cases/{not_for_care}")
        assert refused.status_code == 403 and "このケースを見る権限がありません" in refused.text
        pdf = await client.get(f"/console/cases/{not_for_care}/sheet.pdf")
        assert pdf.status_code == 403
    async with console.client() as client:
        await sign_in(client, "coordinator")
        listing = (await client.get("/console/cases?complex=1")).text
        assert f"/console/cases/{shared_with_care}" in listing
        assert f"/console/cases/{not_for_care}" in listing

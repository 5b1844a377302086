"""The console against the real app (in process) and a real database: staff accounts of
each role, a case handed off with consent, and a signed-in browser-like client."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.app import create_app
from bot.apply import EffectApplier, TurnScope
from bot.notify.routing import AlertRouting
from cases.migrate import upgrade
from cases.models import ReceivedEvent, Resident
from cases.sheets import blank_sheet, upsert_sheet
from cases.staff import add_staff
from handlers.effects import AgencyChoice, OpenCase, RecordConsent, WithdrawConsent
from handlers.handoff.consent_text import DATA_SCOPE, PURPOSE, consent_text
from tests.harness import in_process_settings
from tsunagu.container import Services, build_services

PASSWORD = "correct horse battery"
RESIDENT = "U" + "7" * 32
CARE = AgencyChoice("okayama-houkatsu-kita-chuo", "岡山市地域包括支援センター（北区中央）")
DEBT = AgencyChoice("okayama-yorisoi-support-center", "寄り添いサポートセンター")
OTHER = AgencyChoice("okayama-hoken-center-kita-chuo", "北区中央保健センター")
ACCOUNTS = {
    "admin": ("admin", None),
    "coordinator": ("coordinator", None),
    "care": ("agency", CARE.id),
    "other": ("agency", OTHER.id),
}
SHEET_ANSWERS: dict[str, Any] = {
    "person": {
        "kana": "やまだ はなこ",
        "name": "山田花子",
        "gender": "female",
        "birth_date": "1955-05-03",
        "birth_date_text": "S30.5.3",
        "age": 71,
        "postal_code": "700-0914",
        "address": "岡山市北区鹿田町一丁目1-1",
        "ward": "北区",
        "phone_mobile": "+819012345678",
    },
    "story": "母の介護で仕事を辞め、家賃を滞納しています。",
    "troubles": {"categories": ["care", "debt", "housing"], "primary": "care"},
    "household": {
        "size": 2,
        "members": [{"name": "山田ハル", "age": 94, "relation": "母", "note": "要介護3"}],
    },
    "living_situation": "母と二人暮らし。年金と貯金で生活。",
    "current_supporters": [{"agency": "居宅介護支援事業所", "support": "ケアプラン作成"}],
}
APPLIER = EffectApplier(AlertRouting(("line_group",), "http://testserver"))
PERSONAL = ("山田", "花子", "090-1234-5678", "09012345678", "鹿田町")


@dataclass
class Console:
    app: FastAPI
    services: Services

    @property
    def factory(self) -> async_sessionmaker[AsyncSession]:
        return self.services.session_factory

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app), base_url="http://testserver"
        )


def form_token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


async def sign_in(client: httpx.AsyncClient, login: str, password: str = PASSWORD) -> str:
    """Log in like a browser; return the session's CSRF token (from the next page)."""
    page = await client.get("/console/login")
    response = await client.post(
        "/console/login",
        data={"login": login, "password": password, "csrf_token": form_token(page.text)},
    )
    assert response.status_code == 303, response.text
    listing = await client.get("/console/cases")
    return form_token(listing.text)


async def handed_off_case(
    factory: async_sessionmaker[AsyncSession],
    line_user: str = RESIDENT,
    agencies: tuple[AgencyChoice, ...] = (CARE, DEBT),
    consent: str = "active",
    answers: dict[str, Any] | None = None,
) -> int:
    """A resident's completed sheet, their consent decision, and (when given) the case
    opened and shared as the bot does it. Returns the case id (0 when declined)."""
    from sqlalchemy import select

    from cases.models import Case

    async with factory() as db:
        resident = Resident(line_user_id=line_user, follow_state="following")
        db.add(resident)
        await db.flush()
        sheet = await upsert_sheet(
            db, resident.id, f"sheet-{line_user}", {**blank_sheet(), **(answers or SHEET_ANSWERS)}
        )
        event = ReceivedEvent(
            webhook_event_id=f"ev-{line_user}",
            source_key=f"user:{line_user}",
            event_type="postback",
            payload={},
            status="sent",
        )
        db.add(event)
        await db.flush()
        text = consent_text([a.name for a in agencies])
        decision = RecordConsent(
            status=consent,  # type: ignore[arg-type]
            agencies=agencies,
            purpose=PURPOSE,
            data_scope=DATA_SCOPE,
            text_version=text.version,
            text_hash=text.sha256,
            sheet_id=sheet.id,
        )
        await APPLIER.apply(TurnScope(db, resident.id, event.id), decision)
        if consent == "active":
            opening = OpenCase(
                urgency="high",
                categories=("care", "debt", "housing"),
                primary="care",
                agencies=agencies,
                is_complex=True,
                ward="北区",
                sheet_id=sheet.id,
            )
            await APPLIER.apply(TurnScope(db, resident.id, event.id), opening)
        await db.commit()
        case_id = await db.scalar(select(Case.id).where(Case.resident_id == resident.id))
        return int(case_id or 0)


async def withdraw(factory: async_sessionmaker[AsyncSession], line_user: str) -> None:
    """The resident taps 「同意を取り消す」 (the effect the bot applies)."""
    from sqlalchemy import select

    async with factory() as db:
        resident_id = await db.scalar(select(Resident.id).where(Resident.line_user_id == line_user))
        assert resident_id is not None
        event = ReceivedEvent(
            webhook_event_id=f"ev-withdraw-{line_user}",
            source_key=f"user:{line_user}",
            event_type="message",
            payload={},
            status="sent",
        )
        db.add(event)
        await db.flush()
        await APPLIER.apply(TurnScope(db, resident_id, event.id), WithdrawConsent())
        await db.commit()


@pytest.fixture
async def console(postgres_url: str) -> AsyncIterator[Console]:
    async with console_on(postgres_url) as running:
        yield running


@asynccontextmanager
async def console_on(database_url: str, **overrides: Any) -> AsyncIterator[Console]:
    """The app in process on `database_url`, with the staff of ACCOUNTS."""
    settings = in_process_settings(database_url, **overrides)
    await upgrade(database_url)
    services = build_services(settings)
    app = create_app(settings, services)
    async with services.session_factory() as db:
        for login, (role, agency) in ACCOUNTS.items():
            await add_staff(db, login, PASSWORD, role, agency)
        await db.commit()
    try:
        yield Console(app, services)
    finally:
        await services.close()

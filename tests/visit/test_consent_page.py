"""The one-time consent page in Debian's chromium: large text, furigana on request, the
signature drawn with the pointer and stored as a PNG in the consent record, and the page
closed 30 minutes after it was issued (the page's clock is injected)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.visit_consent import build_router
from api.visit_consent.furigana import ruby
from bot.notify.routing import AlertRouting
from bot.visit.completion import Handoff
from bot.visit.links import ConsentLinks
from cases.db import make_engine, make_session_factory
from cases.migrate import upgrade
from cases.minsei import issue_invite, redeem_invite
from cases.models import Case, Consent, Resident, utcnow
from cases.sheets import blank_sheet, upsert_sheet
from cases.visit_consent import issue_token
from handlers.effects import AgencyChoice, OpenCase, RecordConsent
from handlers.handoff.consent_text import DATA_SCOPE, PURPOSE, consent_text
from tests.browser import browser  # noqa: F401 - the fixture
from tests.harness import free_port
from tests.simulator.conftest import serving
from tests.visit.conftest import dark_pixels, sign_on_the_pad
from tsunagu.data_keys import install_data_keys
from tsunagu.settings import Settings

KEY = b"consent-page-test-key"
CARE = AgencyChoice("okayama-chiiki-houkatsu-kita", "北区地域包括支援センター")


@dataclass
class Site:
    base: str
    factory: async_sessionmaker[AsyncSession]
    now: list[datetime]

    async def new_page_link(self) -> str:
        """A visit at its consent step, and the link the 民生委員's LINE would show."""
        async with self.factory() as db:
            resident = Resident(line_user_id="U" + "5" * 32, follow_state="following")
            db.add(resident)
            await db.flush()
            issued = await issue_invite(db, "民生 太郎", "北区第3地区", "staff:1")
            minsei = (await redeem_invite(db, resident.id, issued.code)).minsei
            assert minsei is not None
            sheet = {**blank_sheet("minsei_iin", "minsei_iin"), "person": {"name": "佐藤ハナ"}}
            await upsert_sheet(db, resident.id, "visit-sheet-1", sheet)
            text = consent_text([CARE.name], True)
            handoff = Handoff(
                RecordConsent(
                    status="active",
                    agencies=(CARE,),
                    purpose=PURPOSE,
                    data_scope=DATA_SCOPE,
                    text_version=text.version,
                    text_hash=text.sha256,
                    sheet_ref="visit-sheet-1",
                    subject="佐藤ハナ",
                    channel="visit",
                ),
                OpenCase(
                    urgency="normal",
                    categories=("care",),
                    primary="care",
                    agencies=(CARE,),
                    is_complex=False,
                    ward="北区",
                    consulted_for="other",
                    sheet_ref="visit-sheet-1",
                ),
            )
            token = await issue_token(
                db, minsei.id, "visit-sheet-1", handoff.to_json(), self.now[0]
            )
            await db.commit()
        return ConsentLinks(self.base, KEY).url(token.nonce)

    async def consents(self) -> list[Consent]:
        async with self.factory() as db:
            return list(await db.scalars(select(Consent)))


@pytest.fixture
async def site(database_url: str) -> AsyncIterator[Site]:
    install_data_keys(Settings(_env_file=None, TSUNAGU_ENV="test"))  # type: ignore[call-arg]
    await upgrade(database_url)
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    now = [utcnow()]
    app = FastAPI()
    app.include_router(build_router(factory, KEY, AlertRouting(), "okayama", clock=lambda: now[0]))
    port = free_port()
    try:
        async with serving(app, port) as base:
            yield Site(base, factory, now)
    finally:
        await engine.dispose()


async def test_the_resident_reads_large_text_with_furigana_and_signs(
    site: Site,
    browser: Any,  # noqa: F811 - the fixture
) -> None:
    url = await site.new_page_link()
    page = await (await browser.new_context(viewport={"width": 390, "height": 844})).new_page()
    response = await page.goto(url)
    assert response.status == 200
    assert await page.get_by_text("共有する先").count() == 1
    assert await page.get_by_text("北区地域包括支援センター").count() == 1
    size = await page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 22

    await page.click("#furigana")
    await page.wait_for_url("**furigana=1**")
    readings = await page.locator("rt").all_inner_texts()
    assert "どうい" in readings and "きょうゆう" in readings
    await page.click("#larger")
    await page.wait_for_url("**large=1**")
    larger = await page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert larger > size and await page.locator("rt").count() > 0

    await sign_on_the_pad(page)
    await page.click("#agree")
    await page.wait_for_selector("#done")
    assert "同意をいただきました" in await page.inner_text("body")

    (consent,) = await site.consents()
    assert (consent.status, consent.method, consent.channel) == ("active", "signature", "visit")
    assert consent.witness_role == "minsei_iin" and consent.subject == "佐藤ハナ"
    assert consent.signature is not None and dark_pixels(consent.signature) > 50
    async with site.factory() as db:
        case = await db.scalar(select(Case))
    assert case is not None and case.origin == "visit" and consent.case_id == case.id

    again = await page.goto(url)
    assert again.status == 410
    assert "もうお返事をいただいています" in await page.inner_text("#state")


async def test_the_page_closes_thirty_minutes_after_it_was_issued(
    site: Site,
    browser: Any,  # noqa: F811 - the fixture
) -> None:
    url = await site.new_page_link()
    issued = site.now[0]
    page = await browser.new_page()

    site.now[0] = issued + timedelta(minutes=29)
    assert (await page.goto(url)).status == 200
    site.now[0] = issued + timedelta(minutes=30, seconds=1)
    await page.click("#agree")
    assert "30分が過ぎた" in await page.inner_text("#state")
    assert await site.consents() == []

    expired = await page.goto(url)
    assert expired.status == 410
    forged = await page.goto(url[:-3] + "abc")
    assert forged.status == 404


def test_furigana_reads_agency_names_from_the_directory_and_escapes_text() -> None:
    html = str(ruby("<b>北区センター</b>に同意", {"北区センター": "きたくせんたー"}))
    assert "&lt;b&gt;" in html
    assert "<ruby>北区センター<rt>きたくせんたー</rt></ruby>" in html
    assert "<ruby>同意<rt>どうい</rt></ruby>" in html

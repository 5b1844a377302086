"""The inbox in Debian's chromium: a case with an unread message is marked until it is
opened, a new message shows up in the open list without a reload, 「担当にする」 puts the
case in 「自分の担当」, and the search finds it by 受付番号 and by phone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import update

from cases.models import Case, utcnow
from cases.staff import add_staff
from tests.browser import SCREENSHOT_DIR, browser  # noqa: F401  (the fixture)
from tests.console.conftest import PASSWORD, handed_off_case
from tests.harness import Stack, running_stack
from tests.timing import budget_ms

pytestmark = pytest.mark.browser

SECOND = "U" + "6" * 32


@pytest.fixture
async def stack(postgres_url: str) -> AsyncIterator[Stack]:
    async with running_stack(postgres_url) as running:
        async with running.services.session_factory() as db:
            await add_staff(db, "coordinator", PASSWORD, "coordinator", None, "推進員 岡田")
            await db.commit()
        yield running


async def unread(stack: Stack, case_id: int, count: int) -> None:
    async with stack.services.session_factory() as db:
        await db.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(unread_followups=count, last_followup_at=utcnow())
        )
        await db.commit()


async def test_the_inbox_as_a_desk(browser: Any, stack: Stack) -> None:  # noqa: F811
    factory = stack.services.session_factory
    case_id = await handed_off_case(factory)
    other_id = await handed_off_case(factory, SECOND)
    number, other = f"{case_id:06d}", f"{other_id:06d}"
    await unread(stack, case_id, 2)

    page = await browser.new_page(viewport={"width": 1400, "height": 900})
    await page.goto(f"{stack.base_url}/console/login")
    await page.get_by_label("ログインID").fill("coordinator")
    await page.get_by_label("パスワード").fill(PASSWORD)
    await page.get_by_role("button", name="ログイン").click()
    await page.wait_for_url("**/console/cases")

    row = page.locator("#case-rows tr", has_text=number)
    assert "● 未読 2" in await row.inner_text()
    # Unread → read: the case page reads it, the list no longer marks it.
    await page.get_by_role("link", name=number).click()
    await page.locator("#unread", has_text="新着 2件").wait_for()
    await page.goto(f"{stack.base_url}/console/cases")
    assert "未読" not in await page.locator("#case-rows tr", has_text=number).inner_text()

    # A message arriving while the list is open shows without a reload.
    await unread(stack, other_id, 1)
    await (
        page.locator("#case-rows tr", has_text=other)
        .get_by_text("● 未読 1")
        .wait_for(timeout=budget_ms(15_000))
    )
    # 「担当にする」 in the list, then 「自分の担当」.
    await (
        page.locator("#case-rows tr", has_text=number)
        .get_by_role("button", name="担当にする")
        .click()
    )
    await page.wait_for_load_state()
    assert "推進員 岡田" in await page.locator("#case-rows tr", has_text=number).inner_text()
    await page.screenshot(path=str(SCREENSHOT_DIR / "console-inbox.png"), full_page=True)
    await page.get_by_role("link", name="自分の担当").click()
    await page.wait_for_url("**assignee=me")
    assert await page.locator("#case-rows tr").count() == 1
    assert number in await page.locator("#case-rows").inner_text()

    # Search by 受付番号 and by phone.
    await page.goto(f"{stack.base_url}/console/cases")
    await page.get_by_label("受付番号").fill(str(other_id))
    await page.get_by_role("button", name="検索").click()
    await page.wait_for_url("**number=*")
    assert await page.locator("#case-rows tr").count() == 1
    assert other in await page.locator("#case-rows").inner_text()
    await page.goto(f"{stack.base_url}/console/cases")
    await page.get_by_label("電話").fill("090-1234-5678")
    await page.get_by_role("button", name="検索").click()
    await page.wait_for_url("**who=*")  # sealed: no phone number in the address
    assert "1234" not in page.url and "090" not in page.url
    assert await page.locator("#case-rows tr").count() == 2  # the same person twice
    await page.get_by_label("電話").fill("090-0000-0000")
    await page.get_by_role("button", name="検索").click()
    await page.locator("#no-cases").wait_for()
    assert await page.locator("#case-rows tr").count() == 0

"""The rich menu in the simulator, in a real browser against tsunagu itself: the residents'
menu the demo deploys shows under the chat with its bar, its areas do what LINE does, and a
民生委員 who registers with a code sees their own menu instead."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from cases.minsei import issue_invite
from tests.browser import SCREENSHOT_DIR
from tests.harness import ACCESS_TOKEN, Stack, running_stack
from tests.timing import budget_ms
from tsunagu.demo import ensure_resident_menu

pytestmark = pytest.mark.browser

WAIT_MS = budget_ms(15_000)


@pytest.fixture
async def stack(sqlite_url: str) -> AsyncIterator[Stack]:
    """tsunagu with the residents' menu deployed to its emulator, as the demo does."""
    async with running_stack(sqlite_url, OUTBOX_POLL_SECONDS=0.1) as running:
        await ensure_resident_menu(f"{running.base_url}/emulator", ACCESS_TOKEN)
        yield running


async def open_simulator(browser: Any, stack: Stack) -> Any:
    page = await browser.new_page(viewport={"width": 420, "height": 860})
    await page.goto(f"{stack.base_url}/simulator")
    return page


def menu_button(page: Any, name: str) -> Any:
    """A button of the rich menu (quick replies may carry the same label)."""
    return page.get_by_role("region", name="リッチメニュー").get_by_role(
        "button", name=name, exact=True
    )


async def test_a_new_user_sees_the_menu_and_its_search_button_starts_a_search(
    browser: Any, stack: Stack
) -> None:
    page = await open_simulator(browser, stack)
    bar = menu_button(page, "メニュー")
    await bar.wait_for(timeout=WAIT_MS)
    search = menu_button(page, "相談窓口を探す")
    # The menu is `selected`: LINE shows it open at first; the bar closes and opens it.
    assert await bar.get_attribute("aria-expanded") == "true"
    await bar.click()
    assert await search.is_hidden()
    await bar.click()
    await search.wait_for()

    # Placed from its bounds: the middle of the top row of a 3 × 2 grid.
    panel = await page.locator("#richmenu-panel").bounding_box()
    box = await search.bounding_box()
    assert panel is not None and box is not None
    assert abs(box["x"] - (panel["x"] + panel["width"] / 3)) < 2
    assert abs(box["width"] - panel["width"] / 3) < 2
    assert abs(box["y"] - panel["y"]) < 2 and abs(box["height"] - panel["height"] / 2) < 2

    await search.click()
    await page.locator("#chat .bubble-user", has_text="相談窓口を探す").wait_for(timeout=WAIT_MS)
    await page.locator("#chat .bubble-bot", has_text="どんなことの相談先を探しますか").wait_for(
        timeout=WAIT_MS
    )
    await page.locator(".quick-replies .chip", has_text="介護").wait_for(timeout=WAIT_MS)
    await stack.settle()
    assert [r for r in stack.emulator.requests if not r["valid"]] == []
    await page.screenshot(path=str(SCREENSHOT_DIR / "tsunagu-richmenu.png"))


async def test_the_emergency_button_shows_the_numbers_to_call(browser: Any, stack: Stack) -> None:
    page = await open_simulator(browser, stack)
    emergency = menu_button(page, "緊急のとき")
    await emergency.click(timeout=WAIT_MS)
    await page.locator("#chat", has_text="緊急のときの連絡先です").wait_for(timeout=WAIT_MS)
    for number in ("110", "119"):
        await page.locator(f'#chat a[href="tel:{number}"]').first.wait_for(timeout=WAIT_MS)


async def test_a_registered_minsei_iin_sees_their_own_menu(browser: Any, stack: Stack) -> None:
    async with stack.services.session_factory() as db:
        code = (await issue_invite(db, "田中 民生委員", "北区第1地区", "staff:1")).code
        await db.commit()
    page = await open_simulator(browser, stack)
    await page.get_by_label("話す人を選ぶ").select_option("minsei")
    await menu_button(page, "相談窓口を探す").wait_for(timeout=WAIT_MS)
    await page.get_by_label("メッセージ").fill(f"民生委員登録 {code}")
    await page.get_by_role("button", name="送信", exact=True).click()
    await page.locator("#chat .bubble-bot", has_text="民生委員として登録しました").wait_for(
        timeout=WAIT_MS
    )

    await menu_button(page, "民生委員メニュー").wait_for(timeout=WAIT_MS)
    for label in ("訪問相談を始める", "訪問記録", "続きの訪問"):
        await menu_button(page, label).wait_for()
    assert await menu_button(page, "相談窓口を探す").count() == 0

    await menu_button(page, "訪問記録").click()
    await page.locator("#chat .bubble-user", has_text="訪問記録").wait_for(timeout=WAIT_MS)
    await page.locator("#chat .bubble-bot", has_text="まだ訪問相談の記録はありません").wait_for(
        timeout=WAIT_MS
    )
    await stack.settle()
    assert [r for r in stack.emulator.requests if not r["valid"]] == []
    await page.screenshot(path=str(SCREENSHOT_DIR / "tsunagu-richmenu-minsei.png"))

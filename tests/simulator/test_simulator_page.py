"""The simulator in a real browser, against a stand-in bot: each tap becomes a signed
event through the webhook, and the answers are drawn as LINE draws them."""

from __future__ import annotations

from typing import Any

import pytest

from api.emulator import LineEmulator
from tests.simulator.conftest import SCREENSHOT_DIR
from tests.simulator.echo_bot import WELCOME

pytestmark = pytest.mark.browser


async def test_follow_tap_and_type_in_the_browser(
    browser: Any, echo_site: tuple[str, LineEmulator]
) -> None:
    url, emulator = echo_site
    page = await browser.new_page(viewport={"width": 420, "height": 860})
    await page.goto(f"{url}/simulator")
    await page.get_by_role("button", name="友だち追加").click()
    await page.locator(".bubble-bot", has_text=WELCOME).wait_for()
    chips = page.locator(".quick-replies .chip")
    assert await chips.all_inner_texts() == ["相談する", "相談窓口を探す", "日にちを選ぶ"]

    await chips.filter(has_text="相談窓口を探す").click()
    await page.locator(".flex-bubble", has_text="地域包括支援センター").wait_for()
    assert await page.locator(".bubble-user").last.inner_text() == "相談窓口を探す"
    tel = page.locator(".flex-bubble a.flex-button").first
    assert await tel.get_attribute("href") == "tel:0868000000"

    await page.locator("#text").fill("お金のことで困っています")
    await page.locator("#send").click()
    await page.locator(
        ".bubble-bot", has_text="「お金のことで困っています」と受け取りました"
    ).wait_for()

    user_id = await page.evaluate("localStorage.getItem('tsunagu.simulator.user.hanako')")
    assert emulator.messages_for(user_id), "the bot's replies went to the resident's user id"
    assert all(r["valid"] for r in emulator.requests)
    await page.screenshot(path=str(SCREENSHOT_DIR / "tsunagu-simulator-echo.png"))


async def test_a_confirm_template_and_a_date_picker_send_postbacks(
    browser: Any, echo_site: tuple[str, LineEmulator]
) -> None:
    url, _ = echo_site
    page = await browser.new_page()
    await page.goto(f"{url}/simulator")
    await page.get_by_role("button", name="友だち追加").click()
    await page.locator(".chip", has_text="相談する").click()
    await page.locator(".card.confirm", has_text="お話をうかがってもよいですか").wait_for()
    await page.locator(".card.confirm button", has_text="はい").click()
    await page.locator(".bubble-user", has_text="はい").wait_for()
    await page.locator(".bubble-bot", has_text="わかりました").nth(1).wait_for()

    await page.get_by_role("button", name="友だち追加").click()
    await page.locator(".chip.picker input[type=date]").fill("2025-04-01")
    await page.locator(".bubble-bot", has_text="2025-04-01 ですね").wait_for()


async def test_the_conversation_survives_a_reload_and_residents_are_separate(
    browser: Any, echo_site: tuple[str, LineEmulator]
) -> None:
    url, _ = echo_site
    page = await browser.new_page()
    await page.goto(f"{url}/simulator")
    await page.get_by_role("button", name="友だち追加").click()
    await page.locator(".bubble-bot", has_text=WELCOME).wait_for()
    await page.locator("#text").fill("こんにちは")
    await page.locator("#send").click()
    await page.locator(".bubble-bot", has_text="「こんにちは」と受け取りました").wait_for()

    await page.reload()
    await page.locator(".bubble-bot", has_text="「こんにちは」と受け取りました").wait_for()
    assert await page.locator(".bubble-user").all_inner_texts() == ["こんにちは"]

    await page.locator("#resident").select_option("ken")
    await page.locator(".system-note", has_text="友だち追加").wait_for()
    assert await page.locator("#chat .bubble-bot").count() == 0

"""The simulator in a real browser against tsunagu itself (uvicorn, SQLite, the real
webhook, runtime and handlers): add the bot, see the welcome, tap a quick reply, get
the next question."""

from __future__ import annotations

from typing import Any

import pytest

from tests.harness import running_stack
from tests.simulator.conftest import SCREENSHOT_DIR
from tests.timing import budget_ms

pytestmark = pytest.mark.browser


async def test_follow_welcome_and_a_quick_reply_in_the_browser(
    browser: Any, sqlite_url: str
) -> None:
    async with running_stack(sqlite_url) as stack:
        page = await browser.new_page(viewport={"width": 420, "height": 860})
        await page.goto(f"{stack.base_url}/simulator")
        await page.get_by_role("button", name="友だち追加").click()
        await page.locator("#chat .bubble-bot", has_text="友だち追加ありがとうございます").wait_for(
            timeout=budget_ms(15_000)
        )
        chips = page.locator(".quick-replies .chip")
        await chips.first.wait_for()
        labels = await chips.all_inner_texts()
        assert labels[:3] == ["相談する", "相談窓口を探す", "担当者と話したい"]
        before = await page.locator("#chat .row-bot").count()

        await chips.filter(has_text="相談する").click()
        await page.locator("#chat .row-bot").nth(before).wait_for(timeout=budget_ms(15_000))
        await stack.settle()
        assert await page.locator("#chat .row-bot").count() > before
        user_id = await page.evaluate("localStorage.getItem('tsunagu.simulator.user.hanako')")
        assert len(stack.delivered(user_id)) > 2
        assert [r for r in stack.emulator.requests if not r["valid"]] == []
        await page.screenshot(path=str(SCREENSHOT_DIR / "tsunagu-simulator.png"))

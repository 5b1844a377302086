"""「相談窓口を探す」 in the simulator, in a real browser: tap the menu, a field and an
area, and see agency cards with their hours; every request the bot made is valid."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser import SCREENSHOT_DIR
from tests.harness import running_stack
from tests.timing import budget_ms

pytestmark = pytest.mark.browser


async def test_search_by_taps_shows_agency_cards(browser: Any, sqlite_url: str) -> None:
    async with running_stack(sqlite_url) as stack:
        page = await browser.new_page(viewport={"width": 420, "height": 860})
        await page.goto(f"{stack.base_url}/simulator")
        await page.get_by_role("button", name="友だち追加").click()
        chips = page.locator(".quick-replies .chip")

        async def tap(label: str) -> None:
            chip = chips.filter(has_text=label).first
            await chip.wait_for(timeout=budget_ms(15_000))
            await chip.click()

        await tap("相談窓口を探す")
        await tap("介護")
        await tap("北区")
        carousel = page.locator("#chat .carousel").last
        await carousel.wait_for(timeout=budget_ms(15_000))
        await stack.settle()

        text = await carousel.inner_text()
        assert "地域包括支援センター" in text
        assert "受付時間" in text or "8:30" in text
        # The open-now badge (a flex-0 text in a coloured pill) can be read, not only its pill.
        badge_text = re.compile("^(受付中|時間外|受付時間を確認中)$")
        badge = carousel.locator(".flex-text", has_text=badge_text)
        box = await badge.first.bounding_box()
        assert box is not None and box["width"] > 20
        assert [r for r in stack.emulator.requests if not r["valid"]] == []
        await page.screenshot(path=str(SCREENSHOT_DIR / "tsunagu-search.png"), full_page=True)

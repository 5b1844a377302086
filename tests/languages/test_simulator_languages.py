"""The simulator in a real browser, in Vietnamese and Portuguese: 「Language」 typed,
the language tapped, a consultation started, the story written in that language, asked
whether it is a danger now, and the troubles asked with buttons in it. Every message
LINE would have taken (no label past its limit). The screenshots are the ones in docs/languages.md
(`TSUNAGU_SCREENSHOT_DIR=docs/images`)."""

from __future__ import annotations

from typing import Any

import pytest

from handlers import catalog
from handlers.intake import catalog as intake
from tests.browser import SCREENSHOT_DIR
from tests.harness import running_stack
from tests.timing import budget_ms
from tsunagu.languages import load_catalogue

pytestmark = pytest.mark.browser
WAIT_MS = budget_ms(15_000)
STORIES = {
    "vi": ("Tiếng Việt", "Chồng tôi mất việc, chúng tôi không trả được tiền nhà tháng này."),
    "pt": ("Português", "Meu marido perdeu o emprego e não conseguimos pagar o aluguel."),
}


@pytest.mark.parametrize("language", list(STORIES))
async def test_the_simulator_speaks_the_language(
    browser: Any, sqlite_url: str, language: str
) -> None:
    words = load_catalogue()
    name, story = STORIES[language]
    async with running_stack(sqlite_url) as stack:
        page = await browser.new_page(viewport={"width": 420, "height": 860})
        await page.goto(f"{stack.base_url}/simulator")
        await page.get_by_role("button", name="友だち追加").click()
        chips = page.locator(".quick-replies .chip")
        await chips.first.wait_for(timeout=WAIT_MS)

        await page.locator("#text").fill("Language")
        await page.locator("#send").click()
        await chips.filter(has_text=name).click(timeout=WAIT_MS)
        consult = words.text(catalog.MENU_CONSULT, language)
        await page.get_by_role("button", name=consult, exact=True).last.click(timeout=WAIT_MS)
        asked = words.text(intake.ASK["story"], language).split("\n")[0]
        await page.locator("#chat .bubble-bot", has_text=asked).wait_for(timeout=WAIT_MS)

        await page.locator("#text").fill(story)
        await page.locator("#send").click()
        # A story the NLU cannot read: whether it is a danger now is asked first.
        fine = words.text(catalog.CRISIS_CHECK_NO, language)
        await page.get_by_text(fine, exact=True).last.click(timeout=WAIT_MS)
        done = words.text(intake.DONE, language)
        await page.get_by_text(done).last.wait_for(timeout=WAIT_MS)
        await page.get_by_text(words.text("住まい", language), exact=True).last.click()
        await page.get_by_text("○" + words.text("住まい", language)).last.wait_for(timeout=WAIT_MS)
        await stack.settle()
        assert [r for r in stack.emulator.requests if not r["valid"]] == []
        await page.screenshot(path=str(SCREENSHOT_DIR / f"simulator-{language}.png"))

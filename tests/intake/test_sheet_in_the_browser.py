"""A resident finishes a whole つなぐシート in the simulator, in a real browser: the story,
three troubles, the basic facts, a household of three, the summary card and consent. The
stored record (PostgreSQL) validates against the sheet's JSON schema."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from sqlalchemy import select

from cases.models import IntakeSheet
from cases.sheets import schema_errors
from handlers import catalog
from tests.browser import SCREENSHOT_DIR
from tests.harness import Stack, running_stack

pytestmark = pytest.mark.browser

TIMEOUT = 15_000


class Phone:
    """The simulator page, used the way a resident would: tap a chip, type, pick a date."""

    def __init__(self, page: Any, stack: Stack) -> None:
        self.page = page
        self.stack = stack
        self.chips = page.locator(".quick-replies .chip")

    async def _answered(self, act: Callable[[], Awaitable[None]]) -> None:
        bubbles = self.page.locator("#chat .row-bot")
        before = await bubbles.count()
        await act()
        await self.stack.settle()
        await self.page.wait_for_function(
            f"document.querySelectorAll('#chat .row-bot').length > {before}", timeout=TIMEOUT
        )

    async def tap(self, label: str) -> None:
        """A chip of the quick-reply bar, else a button of the bot's last card."""
        exactly = re.compile(f"^{re.escape(label)}$")
        await self.chips.first.wait_for(timeout=TIMEOUT)
        chip = self.chips.filter(has_text=exactly)
        if not await chip.count():
            chip = self.card_buttons.filter(has_text=exactly)
        await self._answered(chip.first.click)

    @property
    def card_buttons(self) -> Any:
        return self.page.locator("#chat .row-bot").last.locator(".flex-button")

    async def card_labels(self) -> list[str]:
        await self.card_buttons.first.wait_for(timeout=TIMEOUT)
        labels: list[str] = await self.card_buttons.all_inner_texts()
        return labels

    async def type(self, text: str) -> None:
        async def send() -> None:
            await self.page.fill("#text", text)
            await self.page.click("#send")

        await self._answered(send)
        if catalog.CRISIS_CHECK_QUESTION in await self.last_bot_text():
            # Words the crisis model was unsure of: the hotlines and 「いま、危ない状況ですか？」.
            # This resident is not in danger and says so; the sheet goes on.
            answer = self.page.get_by_role("button", name="いいえ、だいじょうぶ").last
            await self._answered(answer.click)

    async def pick_date(self, label: str, value: str) -> None:
        picker = self.page.locator(".quick-replies .picker", has_text=label).locator("input")
        await picker.wait_for(timeout=TIMEOUT)
        await self._answered(lambda: picker.fill(value))

    async def chip_labels(self) -> list[str]:
        await self.chips.first.wait_for(timeout=TIMEOUT)
        labels: list[str] = await self.chips.all_inner_texts()
        return labels

    async def last_bot_text(self) -> str:
        text: str = await self.page.locator("#chat .row-bot").last.inner_text()
        return text


async def test_a_resident_finishes_the_sheet_in_the_simulator(
    browser: Any, postgres_database: str, redis_url_module: str
) -> None:
    async with running_stack(postgres_database, redis_url_module) as stack:
        page = await browser.new_page(viewport={"width": 420, "height": 900})
        await page.goto(f"{stack.base_url}/simulator")
        phone = Phone(page, stack)
        await page.get_by_role("button", name="友だち追加").click()
        await phone.tap("相談する")
        await phone.type("夫が倒れてから介護が大変で、収入も減って家賃が払えません")
        if "ほかにもある・ちがう" in await phone.chip_labels():
            await phone.tap("ほかにもある・ちがう")
        # Make the choice exactly 介護・収入・住まい, whatever the NLU proposed.
        wanted = {"介護", "収入・仕事", "住まい"}
        for label in await phone.card_labels():
            if label.startswith("○") and label.removeprefix("○") not in wanted:
                await phone.tap(label)
        for name in sorted(wanted):
            if f"○{name}" not in await phone.card_labels():
                await phone.tap(name)
        assert {f"○{n}" for n in wanted} <= set(await phone.card_labels())
        assert "戻る" in await phone.chip_labels()
        await phone.tap("これで決定")
        await phone.tap("介護")
        await phone.tap("自分のこと")
        await phone.type("岡山 花子")
        await phone.type("おかやま はなこ")
        await phone.tap("女性")
        await phone.pick_date("カレンダーで選ぶ", "1955-05-03")
        await phone.type("700-0914")
        await phone.type("1-1")
        await phone.type("090-1234-5678")
        await phone.tap("3人")
        for relation, age in (("夫・妻", "72"), ("子ども", "40")):
            await phone.tap(relation)
            await phone.tap("答えたくない")
            await phone.type(age)
            await phone.tap("特になし")
        await phone.tap("特になし")
        await phone.tap("ない")
        summary = await phone.last_bot_text()
        assert "◎介護" in summary and "○収入・仕事" in summary and "○住まい" in summary
        assert "昭和30年5月3日" in summary and "〒700-0914" in summary
        await page.screenshot(
            path=str(SCREENSHOT_DIR / "tsunagu-sheet-summary.png"), full_page=True
        )
        await phone.tap("この内容で送る")
        await phone.tap("同意して相談をつなぐ")

        async with stack.services.session_factory() as db:
            sheet = await db.scalar(select(IntakeSheet).order_by(IntakeSheet.id.desc()).limit(1))
        assert sheet is not None and sheet.status == "sent"
        assert schema_errors(sheet.data) == []
        assert set(sheet.data["troubles"]["categories"]) == {"care", "income", "housing"}
        assert sheet.data["household"]["size"] == 3 and sheet.data["story"].startswith("夫が")
        members = sheet.data["household"]["members"]
        assert [(m["relation"], m["age"]) for m in members[1:]] == [("配偶者", 72), ("子", 40)]
        person = sheet.data["person"]
        assert (person["name"], person["kana"], person["birth_date"]) == (
            "岡山 花子",
            "おかやま はなこ",
            "1955-05-03",
        )
        assert (person["postal_code"], person["ward"], person["phone_mobile"]) == (
            "700-0914",
            "北区",
            "+819012345678",
        )
        assert [r for r in stack.emulator.requests if not r["valid"]] == []

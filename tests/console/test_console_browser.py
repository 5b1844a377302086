"""End to end, in Debian's chromium: a resident fills the つなぐシート over LINE (the
emulator) and consents; the staff group is alerted within 5 s with no personal data;
staff log in to the console, find the case, accept it, take over the chat and reply —
the reply reaches the resident as a push, and the resident's words appear on the open
page — then hand back to the bot."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from cases.staff import add_staff
from handlers import catalog
from tests.browser import SCREENSHOT_DIR, browser  # noqa: F401  (the fixture)
from tests.console.conftest import PASSWORD
from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident
from tests.timing import budget, budget_ms

pytestmark = pytest.mark.browser

STAFF_GROUP = "C" + "1" * 32
PERSONAL = ("山田", "花子", "ハナコ", "090-1234-5678", "09012345678", "鹿田町", "700-0914")
CONSENT = "同意して相談をつなぐ"


@pytest.fixture
async def stack(postgres_url: str) -> AsyncIterator[Stack]:
    async with running_stack(
        postgres_url, STAFF_LINE_GROUP_ID=STAFF_GROUP, OUTBOX_POLL_SECONDS=0.1
    ) as running:
        async with running.services.session_factory() as db:
            await add_staff(db, "coordinator", PASSWORD, "coordinator", None, "推進員 岡田")
            await db.commit()
        yield running


async def fill_the_sheet(resident: Resident) -> None:
    """The resident types their answers, name and phone included."""
    await resident.follow()
    await resident.tap("相談する")
    for answer in (
        "母の介護で疲れていて、借金もあって家賃が払えません",
        "介護", "自分のこと", "山田 花子", "ヤマダ ハナコ", "女性", "S30.5.3",
        "〒７００ー０９１４", "１丁目１－１", "０９０ー１２３４ー５６７８", "２人", "母",
        "山田 ウメ", "９２歳", "認知症があります", "パートの収入と母の年金で暮らしています",
        "ない",
    ):  # fmt: skip
        await resident.say(answer)
    assert resident.asked("ここまでの内容です"), resident.said()
    await resident.tap("この内容で送る")
    assert resident.asked(CONSENT)


async def arrival(
    stack: Stack, to: str, needle: str, after: int, timeout: float = 5.0
) -> dict[str, Any]:
    """The first message to `to` (after seq `after`) whose text has `needle`."""
    deadline = time.monotonic() + budget(timeout)
    while time.monotonic() < deadline:
        for entry in stack.emulator.messages_for(to, since=after):
            if needle in str(entry["message"].get("text", "")):
                return entry
        await asyncio.sleep(0.05)
    raise AssertionError(f"{needle!r} did not reach {to} within {timeout} s")


async def test_resident_to_staff_and_back_through_the_console(browser: Any, stack: Stack) -> None:  # noqa: F811
    user = "U" + uuid.uuid4().hex
    resident = Resident(stack, user)
    await fill_the_sheet(resident)

    before_consent = stack.emulator.last_seq()
    consented = time.monotonic()
    await resident.tap(CONSENT)
    alert = await arrival(stack, STAFF_GROUP, "ケース", before_consent)
    alert_seconds = time.monotonic() - consented
    print(f"\nstaff group alert {alert_seconds:.2f} s after the consent tap")
    assert alert_seconds < 5 and alert["via"] == "push"
    alert_text = alert["message"]["text"]
    assert not [piece for piece in PERSONAL if piece in alert_text], alert_text
    case_path = alert_text[alert_text.index("/console/cases/") :].split()[0]

    page = await browser.new_page(viewport={"width": 1280, "height": 1000})
    await page.goto(f"{stack.base_url}/console/cases")
    assert page.url.endswith("/console/login?next=%2Fconsole%2Fcases")  # and back after
    await page.get_by_label("ログインID").fill("coordinator")
    await page.get_by_label("パスワード").fill(PASSWORD)
    await page.get_by_role("button", name="ログイン").click()
    await page.wait_for_url("**/console/cases")

    case_number = case_path.rsplit("/", 1)[1].zfill(6)
    await page.get_by_role("link", name=case_number).click()
    await page.wait_for_url(f"**{case_path}")
    sheet = page.locator("#sheet")
    sheet_text = await sheet.inner_text()
    assert "山田 花子" in sheet_text and "昭和30年5月3日" in sheet_text  # the sheet itself
    await page.get_by_role("button", name="受け付ける（受付）").click()
    await page.locator("#case-status", has_text="受付").wait_for()

    mark = stack.emulator.last_seq()
    await page.get_by_role("button", name="会話を引き継ぐ").click()
    joined = await arrival(stack, user, catalog.STAFF_JOINED, mark)
    assert joined["via"] == "push"
    await page.locator("#chat-state", has_text="職員が対応中").wait_for()

    quiet_from = stack.emulator.last_seq()
    await stack.say(user, "ありがとうございます。よろしくお願いします")
    await stack.settle()
    await asyncio.sleep(0.5)
    assert stack.emulator.messages_for(user, since=quiet_from) == []  # the bot keeps quiet
    # The open case page shows the resident's new message without a reload.
    await page.locator("#transcript", has_text="よろしくお願いします").wait_for(
        timeout=budget_ms(10_000)
    )

    reply = "担当の岡田です。明日の午前中にお電話してもよろしいですか。"
    mark = stack.emulator.last_seq()
    started = time.monotonic()
    await page.get_by_placeholder("相談者への返信（LINEで届きます）").fill(reply)
    async with page.expect_navigation():  # the form posts, and the case page comes back
        await page.get_by_role("button", name="返信する").click()
    delivered = await arrival(stack, user, reply, mark)
    print(f"staff reply reached the resident {time.monotonic() - started:.2f} s after the click")
    assert delivered["via"] == "push"
    await page.reload()
    transcript = await page.locator("#transcript").inner_text()
    assert "よろしくお願いします" in transcript and reply in transcript
    await page.screenshot(path=str(SCREENSHOT_DIR / "tsunagu-console-case.png"), full_page=True)

    mark = stack.emulator.last_seq()
    await page.get_by_role("button", name="ボットに戻す").click()
    await arrival(stack, user, catalog.STAFF_LEFT, mark)
    await page.locator("#chat-state", has_text="ボットが応答中").wait_for()
    mark = stack.emulator.last_seq()
    await stack.say(user, "こんにちは")
    await stack.settle()
    assert stack.emulator.messages_for(user, since=mark), "the bot answers again"
    assert [r for r in stack.emulator.requests if not r["valid"]] == []

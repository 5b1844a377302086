"""Visit mode through the real stack: invite codes issued as staff would, 民生委員 who
register through the webhook, and a visit driven question by question to the consent."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import json
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from PIL import Image
from sqlalchemy import select

from bot.visit.helper_menu import revoke_helper
from cases.minsei import issue_invite
from cases.models import Case, IntakeSheet, Resident
from cases.staff import add_staff
from tests.console.conftest import PASSWORD, sign_in
from tests.harness import Stack, quick_reply_data, quick_reply_labels, running_stack

SECRET_KEY = "visit-test-signing-key"
STAFF_GROUP = "C" + "7" * 32
RESIDENT_NAME = "佐藤ハナ"
NOTE = (
    "北区の85歳の女性。一人暮らしで、最近もの忘れが増え、家賃の支払いが遅れている。"
    "借金の督促の手紙も届いているようです。"
)
SKIPS = ("答えたくない", "わからない", "特になし", "この質問をとばす", "ない", "それだけです")


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    async with running_stack(
        database_url,
        TSUNAGU_SECRET_KEY=SECRET_KEY,
        STAFF_LINE_GROUP_ID=STAFF_GROUP,
        OUTBOX_POLL_SECONDS=0.1,
    ) as running:
        yield running


async def issue(
    stack: Stack, name: str = "民生 太郎", district: str = "北区第3地区"
) -> tuple[int, str]:
    async with stack.services.session_factory() as db:
        issued = await issue_invite(db, name, district, "staff:1")
        await db.commit()
        return issued.invite.id, issued.code


async def revoke(stack: Stack, invite_id: int) -> bool:
    async with stack.services.session_factory() as db:
        ended = await revoke_helper(db, invite_id, "staff:1")
        await db.commit()
        return ended


async def registered(stack: Stack, user: str, name: str = "民生 太郎") -> None:
    """A 民生委員 who followed the account and registered with a fresh code."""
    _, code = await issue(stack, name)
    await stack.follow(user)
    await stack.replies(user, 2)
    await stack.say(user, f"民生委員登録 {code}")
    (answer,) = await stack.replies(user)
    assert "民生委員として登録しました" in answer["text"]


def text_of(message: dict[str, Any] | list[dict[str, Any]]) -> str:
    return json.dumps(message, ensure_ascii=False)


async def answer_until_consent(
    stack: Stack, user: str, last: dict[str, Any]
) -> list[dict[str, Any]]:
    """Answer each question of the sheet like a hurried 民生委員 (the name, then skips)
    until the sheet is sent; returns the messages of the consent step."""
    for _ in range(40):
        labels = quick_reply_labels(last)
        asked = last.get("text", "")
        if "この内容で送る" in labels:
            await stack.tap(user, quick_reply_data(last, "この内容で送る"))
            await stack.settle()
            return await stack.replies(user, 1)
        if "ご本人のお名前を教えて" in asked:
            await stack.say(user, RESIDENT_NAME)
        elif "北区" in labels:  # the 区, asked again once the 〒 was skipped
            await stack.tap(user, quick_reply_data(last, "北区"))
        elif "一番" in asked:
            await stack.tap(user, quick_reply_data(last, labels[0]))
        elif "これで決定" in labels:
            await stack.tap(user, quick_reply_data(last, "これで決定"))
        else:
            skip = next((label for label in SKIPS if label in labels), None)
            assert skip is not None, f"no way past: {asked} {labels}"
            await stack.tap(user, quick_reply_data(last, skip))
        await stack.settle()
        last = (await stack.replies(user, 1))[-1]
    raise AssertionError("the sheet never reached its summary")


async def start_visit(stack: Stack, user: str) -> list[dict[str, Any]]:
    """「訪問相談を始める」, the whole note, the hints confirmed, every question answered:
    the conversation stands at the resident's consent."""
    await stack.tap(user, "a=visit&v=start")
    (ask,) = await stack.replies(user)
    assert "訪問メモ" in ask["text"]
    await stack.say(user, NOTE)
    (hints,) = await stack.replies(user)
    shown = hints["template"]["text"]
    assert "年齢：85歳" in shown and "北区" in shown and "一人暮らし" in shown
    await stack.tap(user, hints["template"]["actions"][0]["data"])
    await stack.settle()
    first = (await stack.replies(user, 1))[-1]
    await answer_until_consent(stack, user, first)
    await stack.settle()
    await stack.replies(user, 0)  # every message so far is read
    return stack.delivered(user)[-4:]


def consent_page_url(messages: list[dict[str, Any]]) -> str:
    found = re.search(r'"uri": "([^"]+/visit/consent/[^"]+)"', text_of(messages))
    assert found, "no consent page link"
    return found.group(1)


async def visit_at_consent_page(stack: Stack, user: str) -> str:
    """A registered 民生委員's visit whose consent page was asked for: the page's link."""
    await registered(stack, user)
    await start_visit(stack, user)
    await stack.tap(user, "a=visitconsent&v=page")
    return consent_page_url(await stack.replies(user))


async def resident_id(stack: Stack, user: str) -> int:
    async with stack.services.session_factory() as db:
        found = await db.scalar(select(Resident.id).where(Resident.line_user_id == user))
        assert found is not None
        return int(found)


async def visit_cases(stack: Stack, user: str) -> list[tuple[Case, IntakeSheet | None]]:
    rid = await resident_id(stack, user)
    async with stack.services.session_factory() as db:
        cases = list(
            await db.scalars(select(Case).where(Case.resident_id == rid).order_by(Case.id))
        )
        return [(c, await db.get(IntakeSheet, c.sheet_id) if c.sheet_id else None) for c in cases]


@contextlib.asynccontextmanager
async def signed_in_staff(stack: Stack, role: str) -> AsyncIterator[httpx.AsyncClient]:
    """A browser-like client of the stack's console, signed in as `role`."""
    async with stack.services.session_factory() as db:
        await add_staff(db, role, PASSWORD, role, display_name=role)
        await db.commit()
    async with httpx.AsyncClient(base_url=stack.base_url) as client:
        await sign_in(client, role)
        yield client


async def staff_case_page(stack: Stack, case_id: int) -> str:
    """The case page as a coordinator reads it in the console."""
    async with signed_in_staff(stack, "coordinator") as staff:
        page = await staff.get(f"/console/cases/{case_id}")
    assert page.status_code == 200
    return page.text


def cell(html: str, header: str) -> str:
    """The text of the box next to `header` on the console's つなぐシート."""
    found = re.search(rf"<th>{header}</th><td[^>]*>(.*?)</td>", html, re.DOTALL)
    assert found, f"no {header} on the page"
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


async def staff_group_messages(stack: Stack, count: int, timeout: float = 5.0) -> str:
    """What the staff LINE group received (once `count` messages arrived), as text."""
    deadline = time.monotonic() + timeout
    while len(stack.delivered(STAFF_GROUP)) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"expected {count} staff group message(s)")
        await asyncio.sleep(0.05)
    return text_of(stack.delivered(STAFF_GROUP))


def dark_pixels(data_url: str) -> int:
    """How many pixels of a signature PNG (data URL) were drawn on."""
    png = base64.b64decode(data_url.split(",", 1)[1])
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    alpha = image.getchannel("A").point(lambda a: 255 if a > 0 else 0)
    return sum(alpha.histogram()[255:])


async def sign_on_the_pad(page: Any) -> None:
    """Draw a zigzag on the page's signature pad with the pointer (Playwright `Page`)."""
    await page.locator("#pad").scroll_into_view_if_needed()
    pad = await page.locator("#pad").bounding_box()
    assert pad is not None
    await page.mouse.move(pad["x"] + 30, pad["y"] + 60)
    await page.mouse.down()
    for step in range(1, 12):
        await page.mouse.move(pad["x"] + 30 + step * 25, pad["y"] + 60 + (step % 3) * 30)
    await page.mouse.up()

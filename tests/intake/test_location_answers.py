"""LINE's location message answers where the person lives in the sheet (「お住まいの郵便
番号」): the address LINE's map gives is read as if typed, through the webhook, on SQLite
and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident, start

USER = "U" + "4d" * 16


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    async with running_stack(database_url, TSUNAGU_USER_RATE_LIMIT=1000) as running:
        yield running


async def test_a_location_at_the_postal_question_fills_the_address(stack: Stack) -> None:
    resident = Resident(stack, USER)
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("介護")
    await resident.tap("これで決定")
    await resident.tap("自分のこと")
    await resident.tap("名前を言わずに相談")
    await resident.tap("女性")
    await resident.tap("カレンダーで選ぶ", date="1950-05-03")
    assert resident.asked("郵便番号")
    home = stack.events.location(
        USER, "自宅", "日本、〒700-0914 岡山県岡山市北区鹿田町1丁目1-1", 34.65, 133.92
    )
    await resident.send(home)
    assert not resident.asked("読み取れません")
    sheet = await resident.sheet()
    person = sheet.data["person"]
    assert person["postal_code"] == "700-0914"
    assert person["ward"] == "北区"
    assert "鹿田町" in (person.get("address") or "")

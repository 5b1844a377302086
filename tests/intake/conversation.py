"""A resident talking to tsunagu through the real webhook: taps the buttons the bot last
showed, types answers, and reads what came back. Counts every message they send.
Also the scripted paths several tests (and `bench/intake_turns.py`) walk."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from cases.conversations import load_state, save_state
from cases.models import IntakeSheet
from cases.models import Resident as ResidentRow
from cases.sheets import schema_errors
from tests.harness import Stack


def actions_in(message: Any) -> list[dict[str, Any]]:
    """Every action (quick reply, template or Flex button) inside a LINE message."""
    found: list[dict[str, Any]] = []
    if isinstance(message, dict):
        action = message.get("action")
        if isinstance(action, dict) and "type" in action:
            found.append(action)
        for listed in message.get("actions") or []:  # a template's buttons
            if isinstance(listed, dict) and "type" in listed:
                found.append(listed)
        for value in message.values():
            if isinstance(value, dict | list):
                found.extend(actions_in(value))
    elif isinstance(message, list):
        for item in message:
            found.extend(actions_in(item))
    return found


def text_of(messages: list[dict[str, Any]]) -> str:
    return json.dumps(messages, ensure_ascii=False)


@dataclass
class Resident:
    stack: Stack
    user: str
    turns: int = 0
    seen: int = 0
    last: list[dict[str, Any]] = field(default_factory=list)

    async def _answered(self) -> list[dict[str, Any]]:
        await self.stack.settle()
        delivered = self.stack.delivered(self.user)
        self.last, self.seen = delivered[self.seen :], len(delivered)
        assert self.last, "the bot said nothing"
        return self.last

    async def follow(self) -> list[dict[str, Any]]:
        await self.stack.follow(self.user)
        return await self._answered()

    async def say(self, text: str) -> list[dict[str, Any]]:
        self.turns += 1
        await self.stack.say(self.user, text)
        return await self._answered()

    async def send(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        self.turns += 1
        response = await self.stack.post_events([event])
        assert response.status_code == 200, response.text
        return await self._answered()

    def buttons(self) -> list[str]:
        """Labels of the buttons the bot showed last (quick replies and card buttons)."""
        return [a.get("label", "") for a in actions_in(self.last)]

    def action(self, label: str) -> dict[str, Any]:
        for action in reversed(actions_in(self.last)):
            if label in (action.get("label"), action.get("displayText")):
                return dict(action)
        raise AssertionError(f"no button {label!r} in {self.buttons()}")

    async def tap(self, label: str, date: str | None = None) -> list[dict[str, Any]]:
        action = self.action(label)
        params = {"date": date} if date else None
        self.turns += 1
        await self.stack.tap(self.user, action["data"], params=params)
        return await self._answered()

    def said(self) -> str:
        return text_of(self.last)

    def asked(self, needle: str) -> bool:
        return needle in self.said()

    # ------------------------------------------------------------ the database

    async def resident_id(self) -> int:
        async with self.stack.services.session_factory() as db:
            found = await db.scalar(
                select(ResidentRow.id).where(ResidentRow.line_user_id == self.user)
            )
            assert found is not None
            return int(found)

    async def sheets(self) -> list[IntakeSheet]:
        resident_id = await self.resident_id()
        async with self.stack.services.session_factory() as db:
            rows = await db.scalars(
                select(IntakeSheet)
                .where(IntakeSheet.resident_id == resident_id)
                .order_by(IntakeSheet.id)
            )
            return list(rows)

    async def sheet(self) -> IntakeSheet:
        sheets = await self.sheets()
        assert len(sheets) == 1, f"{len(sheets)} sheets"
        errors = schema_errors(sheets[0].data)
        assert errors == [], errors
        return sheets[0]

    async def edit_session(self, change: Any) -> None:
        """Change the stored conversation state (e.g. to make it days old)."""
        resident_id = await self.resident_id()
        async with self.stack.services.session_factory() as db:
            state = await load_state(db, resident_id)
            await save_state(db, resident_id, change(state))
            await db.commit()


# ---------------------------------------------------------------- scripted paths


async def start(resident: Resident) -> None:
    await resident.follow()
    await resident.tap("相談する")
    assert resident.asked("どんなことでお困りですか")
    resident.turns = 0


async def fill_by_buttons(resident: Resident) -> None:
    """Everything by tapping: three troubles, anonymous, picker date, a household of 3."""
    await resident.tap("ボタンで選ぶ")
    for label in ("介護", "支出・借金・滞納", "住まい"):
        await resident.tap(label)
    assert resident.asked("いま選んでいるもの：介護、支出・借金・滞納、住まい")
    await resident.tap("これで決定")
    assert resident.asked("一番お困りなのは")
    await resident.tap("支出・借金・滞納")
    await resident.tap("自分のこと")
    await resident.tap("名前を言わずに相談")
    assert resident.asked("相談先から連絡したり")  # what anonymity costs, said once
    await resident.tap("女性")
    await resident.tap("カレンダーで選ぶ", date="1955-05-03")
    await resident.tap("わからない")  # 〒
    await resident.tap("答えたくない")  # address
    await resident.tap("北区")
    await resident.tap("3人")
    for relation in ("夫・妻", "子ども"):
        await resident.tap(relation)
        await resident.tap("答えたくない")  # name
        await resident.tap("わからない")  # age
        await resident.tap("特になし")  # note
    await resident.tap("特になし")  # living situation
    await resident.tap("ない")  # supporting agencies
    assert resident.asked("ここまでの内容です")

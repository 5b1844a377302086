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


async def one_trouble_for(resident: Resident, who: str, trouble: str = "介護") -> None:
    """A new sheet: one trouble chosen with the buttons, then whose consultation it is."""
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap(trouble)
    await resident.tap("これで決定")
    await resident.tap(who)


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


# ---------------------------------------------------------------- typed, as people write

# (words of the question, the answer): typed, a button's label after "tap:", or a date
# picked from the calendar after "pick:". The more
# particular questions come first (「あなたのお名前」 before 「お名前」).
SON_FOR_MOTHER: tuple[tuple[str, str], ...] = (
    ("どんなことでお困りですか", "80歳の母が一人暮らしで、物忘れがひどくなって心配です"),
    ("ほかにもお困りのことはありますか", "それだけです"),
    ("一番お困りなのは", "介護です"),
    ("いま選んでいるもの", "これで決定"),
    ("あてはまるものを", "介護"),
    ("どなたのことですか", "やっぱり母のことが一番心配です"),
    ("ご本人とのご関係", "長男です"),
    ("あなたのお名前", "高橋 一郎です"),
    ("あなたの連絡先", "０９０－１２３４－５６７８"),
    ("ふりがな", "タカハシ ハナコです"),
    ("ご本人のお名前", "高橋 花子さん"),
    ("性別", "女です"),
    ("生年月日", "たしか80歳です"),
    ("郵便番号", "〒700-0914です"),
    ("続きの番地", "2-5-1"),
    ("電話番号", "電話はない"),
    ("何人ですか", "3人です"),
    ("「弟」は、あなたから見て", "tap:息子"),
    ("「妹」は、あなたから見て", "tap:娘"),
    ("2人目の方は", "私の弟"),
    ("3人目の方は", "私の妹です"),
    ("息子のお名前", "高橋 次郎さん"),
    ("息子の年齢", "たしか48"),
    ("息子について", "会社員です"),
    ("娘のお名前", "高橋 三奈さん"),
    ("娘の年齢", "四十五歳くらい"),
    ("娘について", "ない"),
    ("くらしの様子", "特にないです"),
    ("すでに相談している", "ないです"),
)
# A resident writing for herself, correcting herself on the way.
RESIDENT_FOR_HERSELF: tuple[tuple[str, str], ...] = (
    ("どんなことでお困りですか", "家賃を3か月滞納していて、払えそうにありません"),
    ("ほかにもお困りのことはありますか", "それだけです"),
    ("一番お困りなのは", "住まいです"),
    ("いま選んでいるもの", "これで決定"),
    ("あてはまるものを", "住まい"),
    ("どなたのことですか", "自分のことです"),
    ("お名前を教えて", "山田、いや山本 ハナです"),
    ("ふりがな", "やまもと はな"),
    ("性別", "女性です"),
    ("生年月日", "昭和三十年五月三日生まれです"),
    ("郵便番号", "７００ー０９１４"),
    ("続きの番地", "１－２－３"),
    ("電話番号", "携帯は090-1111-2222です"),
    ("何人ですか", "ひとり暮らしです"),
    ("くらしの様子", "年金だけでくらしています"),
    ("すでに相談している", "いいえ"),
)
# A daughter writing for her father, with hedges and a number said in kanji.
DAUGHTER_FOR_FATHER: tuple[tuple[str, str], ...] = (
    ("どんなことでお困りですか", "父が入院していて、医療費の支払いに困っています"),
    ("ほかにもお困りのことはありますか", "それだけです"),
    ("一番お困りなのは", "医療です"),
    ("いま選んでいるもの", "これで決定"),
    ("あてはまるものを", "医療"),
    ("どなたのことですか", "父のことです"),
    ("ご本人とのご関係", "娘です"),
    ("あなたのお名前", "岡田 恵です"),
    ("あなたの連絡先", "持ってないです"),
    ("ふりがな", "おかだ ただし"),
    ("ご本人のお名前", "岡田 正様"),
    ("性別", "男です"),
    ("生年月日", "八十二歳だと思います"),
    ("郵便番号", "わからないです"),
    ("ご住所", "岡山市中区平井1-2-3"),
    ("電話番号", "086-234-5678です"),
    ("何人ですか", "夫婦2人です"),
    ("2人目の方は", "母です"),
    ("母のお名前", "岡田 和子さん"),
    ("母の年齢", "だいたい80"),
    ("母について", "足が悪いです"),
    ("くらしの様子", "ない"),
    ("すでに相談している", "あります"),
    ("どちらの機関ですか", "地域包括支援センターです"),
    ("どんな支援を", "ケアマネさんに相談しています"),
    ("ほかにも、相談している機関", "ない"),
)


async def answer_as_written(
    resident: Resident, answers: tuple[tuple[str, str], ...], until: str, limit: int = 60
) -> None:
    """Each question answered by the first of `answers` whose words it asks, until the
    bot asks `until`."""
    for _ in range(limit):
        said = resident.said()
        if until in said:
            return
        answer = next((reply for words, reply in answers if words in said), None)
        assert answer is not None, f"no answer written for: {said}"
        if answer.startswith("tap:"):
            await resident.tap(answer.removeprefix("tap:"))
        elif answer.startswith("pick:"):  # a date from the calendar
            await resident.tap("カレンダーで選ぶ", date=answer.removeprefix("pick:"))
        else:
            await resident.say(answer)
    raise AssertionError(f"{until!r} was never asked")

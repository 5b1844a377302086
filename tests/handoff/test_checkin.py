"""The follow-up with the resident: asked at the hand-off, sent by the worker's sweep when
due (the clock injected), never in the quiet hours, never twice, never after withdrawal,
erasure or 終結; the answer reaches the case and 「まだ連絡がない」 alerts staff. Through
the LINE webhook and the emulator, on SQLite and on PostgreSQL (with Redis)."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.checkins import CheckInSender
from cases.casework.consent import withdraw_consents
from cases.casework.status import change_status
from cases.checkins import checkin_of_case
from cases.models import Case, CaseCheckIn, Consent, Provision, StaffAlert
from cases.retention import erase_resident
from handlers.context import CaseInHand, TurnContext
from handlers.effects import AnswerCheckIn, ChooseCheckIn
from handlers.messages import PostbackIn, TextIn
from handlers.postback import payload
from handlers.registry import build_dispatcher
from handlers.session import Session
from tests.handoff.conversation import PERSONAL, SHEET, STAFF_GROUP, all_text, at_end_of_sheet
from tests.handoff.test_after_handoff import hand_off, signed_in, staff_messages
from tests.harness import Stack, quick_reply_data, texts
from tests.timing import budget

ASKED = "14日後に、その後のようすを LINE でおたずねしてもいいですか？"
CHECK_IN = "その後いかがですか"


def jst(day: datetime, hour: int) -> datetime:
    """`day`'s date at `hour` o'clock in Japan, as UTC."""
    local = (day + timedelta(hours=9)).replace(hour=hour, minute=0, second=0, microsecond=0)
    return (local - timedelta(hours=9)).replace(tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


async def tap_answer(stack: Stack, user: str, label: str) -> str:
    before = len(stack.delivered(user))
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], label))
    await stack.settle()
    return all_text(stack.delivered(user)[before:])


async def agree_to_check_in(stack: Stack, user: str) -> Case:
    case = await hand_off(stack, user)
    asked = stack.delivered(user)[-1]
    assert ASKED in all_text([asked])
    assert "14日後に、このトークでおたずねします" in await tap_answer(stack, user, "はい")
    return case


async def checkin_row(stack: Stack, case_id: int) -> CaseCheckIn:
    async with stack.services.session_factory() as db:
        found = await checkin_of_case(db, case_id)
        assert found is not None
        return found


async def pushed_check_in(stack: Stack, user: str, since: int) -> dict[str, Any]:
    """The check-in as LINE delivered it to `user` after their first `since` messages."""
    deadline = time.monotonic() + budget(10)
    while time.monotonic() < deadline:
        for message in stack.delivered(user)[since:]:
            if message.get("altText") == CHECK_IN:
                return message
        await asyncio.sleep(0.05)
    raise AssertionError("the check-in was not delivered")


def button_data(message: dict[str, object], label: str) -> str:
    actions = message["template"]["actions"]  # type: ignore[index]
    return next(str(a["data"]) for a in actions if a["label"] == label)


# A fourth tester's wordings besides 「はい」: the question answered in any language.
TYPED_ANSWERS = [
    ("はい", True),
    ("Yes please", True),
    ("ok", True),
    ("Sure", True),
    ("是", True),
    ("No thanks", False),
    ("아니요", False),
]


@pytest.mark.parametrize(("typed", "agreed"), TYPED_ANSWERS)
async def test_the_question_answered_by_typing_is_recorded_as_the_tap(
    stack: Stack, typed: str, agreed: bool
) -> None:
    """The answer typed instead of tapped, while the question's buttons are the last
    shown."""
    user = "U" + uuid.uuid4().hex
    case = await hand_off(stack, user)
    assert ASKED in all_text([stack.delivered(user)[-1]])
    before = len(stack.delivered(user))
    await stack.say(user, typed)
    await stack.settle()
    said = all_text(stack.delivered(user)[before:])
    assert ("14日後に、このトークでおたずねします" in said) is agreed
    assert (await checkin_row(stack, case.id)).agreed is agreed


async def test_the_check_in_goes_out_when_due_and_its_answer_reaches_the_case(
    stack: Stack,
) -> None:
    user = "U" + uuid.uuid4().hex
    case = await agree_to_check_in(stack, user)
    row = await checkin_row(stack, case.id)
    assert row.agreed and row.due_at is not None
    assert row.due_at - row.decided_at == timedelta(days=14)
    clock = Clock()
    sender = CheckInSender(stack.services.session_factory, clock)
    # Thirteen days on: not yet. Due, but at 22:00 JST: quiet hours, held back.
    clock.now = jst(row.decided_at + timedelta(days=13), 12)
    assert await sender.send_due() == 0
    clock.now = jst(row.due_at + timedelta(days=1), 22)
    assert await sender.send_due() == 0
    before = len(stack.delivered(user))
    # The next morning at 9:00 it goes, once: a second sweep (or worker) sends nothing.
    clock.now = jst(row.due_at + timedelta(days=2), 9)
    assert await sender.send_due() == 1
    assert await sender.send_due() == 0
    pushed = await pushed_check_in(stack, user, before)
    labels = [a["label"] for a in pushed["template"]["actions"]]
    assert labels == ["相談できた", "まだ連絡がない", "また困っている"]
    assert (await checkin_row(stack, case.id)).sent_at is not None

    alerts_before = len(stack.delivered(STAFF_GROUP))
    before = len(stack.delivered(user))
    await stack.tap(user, button_data(pushed, "まだ連絡がない"))
    await stack.settle()
    assert "担当者に伝えました" in texts(stack.delivered(user)[before:])
    row = await checkin_row(stack, case.id)
    assert row.answer == "waiting" and row.answered_at is not None
    async with stack.services.session_factory() as db:
        kinds = list(await db.scalars(select(StaffAlert.kind).where(StaffAlert.case_id == case.id)))
    assert "checkin_waiting" in kinds
    said = all_text((await staff_messages(stack, alerts_before + 1))[alerts_before:])
    assert "相談先からまだ連絡がない" in said and case.number in said
    assert not any(p in said for p in PERSONAL)
    async with signed_in(stack) as (client, _):
        page = (await client.get(f"/console/cases/{case.id}")).text
    assert "答え：<strong>まだ連絡がない</strong>" in page
    assert "「まだ連絡がない」を押しました" in page  # the transcript, as staff read it


async def test_no_check_in_after_withdrawal_erasure_or_closing_nor_when_declined(
    stack: Stack,
) -> None:
    withdrew, erased, closed, declined = ("U" + uuid.uuid4().hex for _ in range(4))
    withdrawn_case = await agree_to_check_in(stack, withdrew)
    erased_case = await agree_to_check_in(stack, erased)
    closed_case = await agree_to_check_in(stack, closed)
    declined_case = await hand_off(stack, declined)
    assert "こちらからはおたずねしません" in await tap_answer(stack, declined, "いいえ")
    async with stack.services.session_factory() as db:
        await withdraw_consents(db, withdrawn_case.resident_id)
        await erase_resident(db, erased_case.resident_id)
        await change_status(
            db,
            closed_case.id,
            "closed",
            "coordinator",
            "支援につながった",
            closing="support_in_place",
        )
        await db.commit()
    async with signed_in(stack) as (client, _):
        # at once, before any check-in is due
        closed_at_once = (await client.get(f"/console/cases/{closed_case.id}")).text
        assert "ケースが終結したため送りません" in closed_at_once
        assert "送る予定" not in closed_at_once
        clock = Clock()
        clock.now = jst(datetime.now(UTC) + timedelta(days=15), 10)
        before = {u: len(stack.delivered(u)) for u in (withdrew, erased, closed, declined)}
        assert await CheckInSender(stack.services.session_factory, clock).send_due() == 0
        await stack.settle()
        for user in (withdrew, erased, closed, declined):
            assert CHECK_IN not in all_text(stack.delivered(user)[before[user] :])
        assert (await checkin_row(stack, withdrawn_case.id)).cancelled == "withdrawn"
        assert (await checkin_row(stack, erased_case.id)).cancelled == "erased"
        assert (await checkin_row(stack, closed_case.id)).cancelled == "closed"
        assert not (await checkin_row(stack, declined_case.id)).agreed
        page = (await client.get(f"/console/cases/{declined_case.id}")).text
        closed_page = (await client.get(f"/console/cases/{closed_case.id}")).text
    assert "希望しませんでした" in page
    assert "ケースが終結したため送りません" in closed_page


def test_an_answer_while_staff_have_the_chat_reaches_the_case_in_silence() -> None:
    ctx = TurnContext(now=datetime.now(UTC), municipality="okayama")
    tap = PostbackIn(payload("checkin", v="again"))
    quiet = build_dispatcher().handle(Session(staff_active=True), tap, None, ctx)
    assert quiet.reply.messages == ()
    assert quiet.effects == (AnswerCheckIn(answer="again", alert=True),)
    # Mid-sheet, the thanks come with the open question asked again.
    asking = Session(flow="intake", step="story")
    answered = build_dispatcher().handle(asking, tap, None, ctx)
    assert len(answered.reply.messages) > 1 and answered.session.step == "story"
    # A check-in payload nobody sent (v=bogus) is no dead end: the main menu answers.
    odd = build_dispatcher().handle(Session(), PostbackIn(payload("checkin", v="bogus")), None, ctx)
    assert odd.effects == () and odd.reply.messages
    # 「はい」 to the question once the case is closed: nothing to schedule, and said so.
    late = build_dispatcher().handle(
        Session(), PostbackIn(payload("checkin_ok", v="yes")), None, ctx
    )
    assert late.effects == () and "すでに終わっています" in late.reply.messages[0].text  # type: ignore[union-attr]


async def test_an_isolated_person_is_offered_a_place_to_belong_through_line(stack: Stack) -> None:
    """参加支援 through the webhook: the place is offered after the consent answer, and
    neither the consent nor the provisions name it."""
    alone, not_alone = "U" + uuid.uuid4().hex, "U" + uuid.uuid4().hex
    for user, signs in ((alone, ["alone_no_one"]), (not_alone, [])):
        await at_end_of_sheet(stack, user, replace(SHEET, age=80, isolation=tuple(signs)))
        await stack.say(user, "おねがいします")
        await stack.settle()
    offered = await tap_answer(stack, alone, "同意して相談をつなぐ")
    assert "よかったら、こんな場所もあります" in offered and "もも太郎体操" in offered
    assert "よかったら" not in await tap_answer(stack, not_alone, "同意して相談をつなぐ")
    async with stack.services.session_factory() as db:
        shared = [p.agency_id for p in await db.scalars(select(Provision))]
        named = [g["id"] for c in await db.scalars(select(Consent)) for g in c.grantees]
    assert shared and named
    assert not any("place" in agency for agency in shared + named)


def test_a_typed_yes_while_staff_hold_the_chat_answers_them_not_the_question() -> None:
    """The twelfth tester's: staff took over and asked 「お電話してもよいですか」; the
    resident's 「はい」 was recorded as yes to the follow-up question still pending. While
    staff hold the chat a typed word is theirs (a tap on the question's buttons still
    counts, as above)."""
    case = CaseInHand("000042", ("care",), ("okayama-houkatsu-kita-chuo",))
    ctx = TurnContext(now=datetime.now(UTC), municipality="okayama", case=case)
    pending = Session(welcomed=True, staff_active=True, offered=("はい", "いいえ"))
    typed = build_dispatcher().handle(pending, TextIn("はい"), None, ctx)
    assert not [e for e in typed.effects if isinstance(e, AnswerCheckIn | ChooseCheckIn)]
    assert typed.reply.messages == ()
    asked = replace(pending, staff_active=False)
    by_the_bot = build_dispatcher().handle(asked, TextIn("はい"), None, ctx)
    assert [e for e in by_the_bot.effects if isinstance(e, ChooseCheckIn)], by_the_bot

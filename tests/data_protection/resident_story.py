"""A resident who tells the city everything, through the real webhook, and staff who
work the case: the data every data-protection test looks for afterwards."""

from __future__ import annotations

import asyncio
import time
from datetime import date

from sqlalchemy import select

from bot.staff_chat import staff_reply
from cases.casework.opening import AgencyRef
from cases.casework.sharing import record_support_meeting
from cases.casework.staff_actions import add_note
from cases.conversations import save_state
from cases.models import Case, Resident
from cases.sheets import blank_sheet, upsert_sheet
from handlers.sheet import ConfirmedSheet
from tests.data_protection import fake_people as fake
from tests.handoff.conversation import all_text
from tests.harness import Stack, quick_reply_data

# The hand-off as the confirmed sheet leaves it (the case is not linked to a sheet row).
SHEET = ConfirmedSheet(None, ("debt", "care"), "南区", "self", None, ()).to_session()


def full_sheet() -> dict[str, object]:
    sheet = blank_sheet(today=date(2026, 11, 23))
    sheet["person"] = {
        "name": fake.NAME,
        "kana": fake.KANA,
        "birth_date_text": fake.BIRTH,
        "postal_code": fake.POSTAL,
        "address": fake.ADDRESS,
        "phone_mobile": fake.PHONE,
    }
    sheet["story"] = fake.STORY
    return sheet


def sheet_ref_of(user: str) -> str:
    """The complete sheet the story gives `user` (their story typed at the menu opened
    a draft of its own, too)."""
    return "sheet-" + user[-12:]


async def resident_id_of(stack: Stack, user: str) -> int:
    async with stack.services.session_factory() as db:
        resident = await db.scalar(select(Resident).where(Resident.line_user_id == user))
        assert resident is not None
        return resident.id


async def tell_everything(stack: Stack, user: str) -> int:
    """The resident types who they are and what is wrong, consents to a hand-off, staff
    note, record a 支援会議 and reply, and the resident writes again with their phone
    number (a change proposed on the case). Returns the case id."""
    await stack.follow(user)
    for typed in (fake.NAME, fake.PHONE, fake.ADDRESS, fake.EMAIL, fake.STORY):
        await stack.say(user, typed)
        await stack.settle()
    resident_id = await resident_id_of(stack, user)
    async with stack.services.session_factory() as db:
        await upsert_sheet(db, resident_id, sheet_ref_of(user), full_sheet())
        await save_state(db, resident_id, {"flow": "handoff", "step": "start", "data": SHEET})
        await db.commit()
    await stack.say(user, "おねがいします")
    await stack.settle()
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], "同意して相談をつなぐ"))
    await stack.settle()
    async with stack.services.session_factory() as db:
        case = await db.scalar(select(Case).where(Case.resident_id == resident_id))
        assert case is not None, "the hand-off opened no case"
        await add_note(db, case.id, fake.NOTE, "staff:1")
        meeting_agencies = [AgencyRef("okayama-yorisoi-support-center", "寄り添いサポートセンター")]
        await record_support_meeting(db, case.id, fake.MEETING_REASON, "staff:1", meeting_agencies)
        await staff_reply(db, case.id, "staff:1", fake.STAFF_REPLY)
        await db.commit()
    await staff_reply_delivered(stack, user)
    # After the hand-off they write again, with their number: it goes to the case.
    await stack.say(user, f"念のため、携帯は {fake.PHONE} です。")
    await stack.settle()
    return case.id


async def staff_reply_delivered(stack: Stack, user: str, timeout: float = 10.0) -> None:
    """Wait for the outbox to push the staff reply, so later replies come after it."""
    deadline = time.monotonic() + timeout
    while fake.STAFF_REPLY not in all_text(stack.delivered(user)):
        assert time.monotonic() < deadline, "the staff reply never reached the resident"
        await asyncio.sleep(0.05)

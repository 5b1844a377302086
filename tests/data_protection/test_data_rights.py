"""「同意・データのこと」 from the rich menu: withdrawing consent or deleting one's data,
with an explicit confirmation, through the real webhook. After deletion only the record
of what was provided to whom remains, and the request is recorded as done."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select

from bot.richmenu import RESIDENT_MENU, menu_body
from cases.casework.consent import ConsentTerms, record_person_consent
from cases.casework.opening import AgencyRef
from cases.models import (
    AuditEvent,
    Case,
    CaseNote,
    Consent,
    ErasureRequest,
    IntakeSheet,
    Provision,
    ReceivedEvent,
    SupportMeetingBasis,
    TranscriptEntry,
    utcnow,
)
from handlers.context import TurnContext
from handlers.data_rights import ERASURE_HELD, RICH_MENU_DATA, DataRightsFlow
from handlers.effects import EraseData
from handlers.messages import Confirm, PostbackIn, TextIn
from handlers.registry import build_dispatcher
from handlers.session import Session
from tests.data_protection import fake_people as fake
from tests.data_protection.resident_story import resident_id_of, tell_everything
from tests.handoff.conversation import STAFF_GROUP, all_text
from tests.harness import Stack, quick_reply_data, quick_reply_labels

CTX = TurnContext(
    now=datetime(2026, 11, 23, 10, tzinfo=ZoneInfo("Asia/Tokyo")), municipality="okayama"
)


async def tap(stack: Stack, user: str, label: str) -> list[dict[str, Any]]:
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], label))
    await stack.settle()
    return stack.delivered(user)


async def open_data_menu(stack: Stack, user: str) -> dict[str, Any]:
    """Tap 「同意・データのこと」 on the resident's rich menu."""
    areas = menu_body(RESIDENT_MENU)["areas"]
    [area] = [a for a in areas if a["action"]["displayText"] == "同意・データのこと"]
    await stack.tap(user, area["action"]["data"])
    await stack.settle()
    return stack.delivered(user)[-1]


async def staff_told(stack: Stack, needle: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in stack.delivered(STAFF_GROUP):
            if needle in message.get("text", ""):
                return str(message["text"])
        await asyncio.sleep(0.05)
    raise AssertionError(f"staff were never told {needle!r}")


async def count(stack: Stack, model: type, *where: ColumnElement[bool]) -> int:
    async with stack.services.session_factory() as db:
        return await db.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def test_deleting_my_data_asks_first_then_keeps_only_the_provision_record(
    pg_stack: Stack,
) -> None:
    user = "U" + uuid.uuid4().hex
    case_id = await tell_everything(pg_stack, user)
    resident_id = await resident_id_of(pg_stack, user)
    provisions_before = await count(pg_stack, Provision, Provision.case_id == case_id)
    assert provisions_before > 0

    menu = await open_data_menu(pg_stack, user)
    assert quick_reply_labels(menu) == ["共有の記録", "同意を取り消す", "データの削除", "やめる"]
    confirm = (await tap(pg_stack, user, "データの削除"))[-1]
    assert "元に戻せません" in confirm["text"] and "法律" in confirm["text"]
    assert quick_reply_labels(confirm) == ["削除する", "やめる"]

    # Changing one's mind deletes nothing.
    kept = await tap(pg_stack, user, "やめる")
    assert "削除はしていません" in all_text(kept[-2:])
    assert await count(pg_stack, TranscriptEntry, TranscriptEntry.resident_id == resident_id) > 0

    await open_data_menu(pg_stack, user)
    await tap(pg_stack, user, "データの削除")
    erased = await tap(pg_stack, user, "削除する")
    assert "データを削除しました" in erased[-1]["text"]

    assert await count(pg_stack, TranscriptEntry, TranscriptEntry.resident_id == resident_id) == 0
    assert await count(pg_stack, IntakeSheet, IntakeSheet.resident_id == resident_id) == 0
    assert await count(pg_stack, CaseNote, CaseNote.case_id == case_id) == 0
    async with pg_stack.services.session_factory() as db:
        case = await db.get(Case, case_id)
        assert case is not None and case.status == "closed" and case.purged_at is not None
        assert case.categories == [] and case.ward is None
        provisions = list(await db.scalars(select(Provision).where(Provision.case_id == case_id)))
        assert len(provisions) == provisions_before  # who got what, when, on which basis
        assert all(p.agency_id and p.basis and p.provided_at for p in provisions)
        consents = list(await db.scalars(select(Consent).where(Consent.resident_id == resident_id)))
        assert consents and all(c.grantees and c.text_hash for c in consents)
        assert all(c.status != "active" for c in consents)  # nothing more is shared
        [basis] = await db.scalars(select(SupportMeetingBasis))
        assert basis.reason == "" and basis.recorded_by == "staff:1"
        events = list(
            await db.scalars(
                select(ReceivedEvent).where(ReceivedEvent.source_key == f"user:{user}")
            )
        )
        stored = all_text([e.payload for e in events] + [e.outbound or [] for e in events])
        assert not [piece for piece in fake.KNOWN_PII if piece in stored]
        [request] = await db.scalars(
            select(ErasureRequest).where(ErasureRequest.resident_id == resident_id)
        )
        assert request.completed_at is not None and request.removed["transcript"] > 0
        assert await db.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "resident.data_erased")
        )

    # Staff working the case are told it was closed, with no personal data.
    told = await staff_told(pg_stack, "データを削除")
    assert f"ケース{case_id:06d}" in told
    assert not [piece for piece in fake.KNOWN_PII if piece in told]

    # The person can start again at once.
    await pg_stack.say(user, "こんにちは")
    await pg_stack.settle()
    assert pg_stack.delivered(user)[-1]["quickReply"]


async def test_deleting_my_data_during_a_crisis_keeps_that_case_for_staff(stack: Stack) -> None:
    """The seventeenth tester's: 「データの削除」 right after words of crisis nobody had
    acknowledged closed the case and emptied it, leaving staff an alert with nothing behind
    it. A case for a danger to life or body stays whole and open; the person is told, and
    staff are told of the wish."""
    user = "U" + uuid.uuid4().hex
    await stack.say(user, "くすりをたくさん貯めてある。今夜ぜんぶ飲む")
    await staff_told(stack, "緊急の書き込み")
    resident_id = await resident_id_of(stack, user)
    await open_data_menu(stack, user)
    await tap(stack, user, "データの削除")
    erased = await tap(stack, user, "削除する")
    said = all_text(erased[-2:])
    assert "データを削除しました" in said and ERASURE_HELD in said
    async with stack.services.session_factory() as db:
        [case] = await db.scalars(select(Case).where(Case.resident_id == resident_id))
        assert case.status != "closed" and case.purged_at is None and case.crisis_flags
    assert await count(stack, TranscriptEntry, TranscriptEntry.resident_id == resident_id) > 0
    told = await staff_told(stack, "削除を希望")
    assert f"ケース{case.id:06d}" in told and "薬" not in told


async def test_a_relatives_erasure_leaves_the_persons_own_consent_and_case(stack: Stack) -> None:
    """The seventeenth tester's: a son's 「データの削除」 emptied and closed his father's
    case although the father had given staff his own consent by phone. What the person
    said is the person's: that case stays whole and open, their consent stands."""
    user = "U" + uuid.uuid4().hex
    case_id = await tell_everything(stack, user)
    terms = ConsentTerms(
        (AgencyRef("okayama-yorisoi-support-center", "寄り添いサポートセンター"),),
        "相談支援",
        ("sheet",),
        "staff-record",
        "0" * 64,
        grantor="self",
        channel="phone",
        recorded_by="staff:1",
    )
    async with stack.services.session_factory() as db:
        case = await db.get(Case, case_id)
        assert case is not None
        case.consulter = "family"
        categories = list(case.categories)
        await record_person_consent(db, case_id, terms, True, utcnow(), "staff:1")
        await db.commit()
    await open_data_menu(stack, user)
    await tap(stack, user, "データの削除")
    erased = await tap(stack, user, "削除する")
    assert ERASURE_HELD in all_text(erased[-2:])
    async with stack.services.session_factory() as db:
        kept = await db.get(Case, case_id)
        assert kept is not None and kept.status != "closed" and kept.purged_at is None
        assert categories and kept.categories == categories  # not emptied
        consents = list(await db.scalars(select(Consent).where(Consent.case_id == case_id)))
        assert [c.channel for c in consents if c.status == "active"] == ["phone"]


def test_nothing_is_deleted_without_the_explicit_confirmation() -> None:
    flow = DataRightsFlow()
    asked = flow.handle(flow.start(Session(), CTX).session, PostbackIn("a=data&v=erase"), None, CTX)
    assert asked.session.step == "confirm" and asked.effects == ()
    typed = flow.handle(asked.session, TextIn("削除する"), None, CTX)
    assert typed.effects == () and typed.session.step == "confirm"
    # A stale 削除する button, tapped before the question was asked, deletes nothing.
    stale = flow.handle(
        flow.start(Session(), CTX).session, PostbackIn("a=data&v=erase_confirmed"), None, CTX
    )
    assert stale.effects == ()
    done = flow.handle(asked.session, PostbackIn("a=data&v=erase_confirmed"), None, CTX)
    assert done.effects == (EraseData(),) and done.session.flow == "idle"


def test_the_rich_menu_reaches_the_choices_from_the_middle_of_another_flow() -> None:
    dispatcher = build_dispatcher()
    elsewhere = Session(flow="search", step="category")
    outcome = dispatcher.handle(elsewhere, PostbackIn(RICH_MENU_DATA), None, CTX)
    assert outcome.session.flow == "data_rights"
    labels = [choice.label for choice in outcome.reply.quick_replies]
    assert labels == ["共有の記録", "同意を取り消す", "データの削除", "やめる"]
    withdraw = outcome.reply.quick_replies[1]
    asked = dispatcher.handle(outcome.session, PostbackIn(withdraw.data), None, CTX)
    assert asked.effects == ()  # asked once more before anything is withdrawn
    [question] = asked.reply.messages
    assert isinstance(question, Confirm) and question.yes.label == "取り消す"
    after = dispatcher.handle(asked.session, PostbackIn(question.yes.data), None, CTX)
    assert any(type(e).__name__ == "WithdrawConsent" for e in after.effects)


def test_the_choices_answer_while_staff_have_the_chat() -> None:
    """The seventeenth tester's: with staff holding the chat, 「同意・データのこと」 and
    「データの削除」 went unanswered. A person's rights over their data do not wait; other
    words still reach only staff."""
    dispatcher = build_dispatcher()
    held = Session(welcomed=True, staff_active=True)
    menu = dispatcher.handle(held, PostbackIn(RICH_MENU_DATA), None, CTX)
    labels = [choice.label for choice in menu.reply.quick_replies]
    assert labels == ["共有の記録", "同意を取り消す", "データの削除", "やめる"]
    asked = dispatcher.handle(menu.session, PostbackIn("a=data&v=erase"), None, CTX)
    assert asked.session.step == "confirm" and asked.effects == ()
    done = dispatcher.handle(asked.session, PostbackIn("a=data&v=erase_confirmed"), None, CTX)
    assert done.effects == (EraseData(),) and done.session.staff_active
    quiet = dispatcher.handle(held, TextIn("こんにちは"), None, CTX)
    assert quiet.reply.messages == ()

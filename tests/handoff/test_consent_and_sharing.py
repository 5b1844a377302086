"""Consent decides what is shared: declined → nothing; given → a case shared with the
named agencies only, each provision recorded; withdrawn → no more sharing, agencies lose
the case, staff are told, and the person gets the list of what was shared."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.apply import EffectApplier, TurnScope
from bot.notify.routing import AlertRouting
from bot.notify.summary import AlertSummary
from cases.casework.opening import AgencyRef
from cases.casework.queries import case_detail
from cases.casework.refusals import Refused
from cases.casework.sharing import (
    SharingNotAllowed,
    agency_may_view,
    cases_visible_to_agency,
    record_support_meeting,
)
from cases.casework.staff_actions import assign_agency
from cases.models import Case, Consent, OutboxMessage, Provision, ReceivedEvent
from handlers.effects import AgencyChoice, OpenCase, RecordConsent, WithdrawConsent
from handlers.handoff.consent_text import DATA_SCOPE, PURPOSE, consent_text

CARE = AgencyChoice("okayama-chiiki-houkatsu", "地域包括支援センター")
DEBT = AgencyChoice("okayama-yorisoi", "寄り添いサポートセンター")
APPLIER = EffectApplier(AlertRouting(("line_group", "email"), "https://city.example"))


def consent(status: str, agencies: tuple[AgencyChoice, ...] = (CARE, DEBT)) -> RecordConsent:
    text = consent_text([a.name for a in agencies])
    return RecordConsent(
        status=status,  # type: ignore[arg-type]
        agencies=agencies,
        purpose=PURPOSE,
        data_scope=DATA_SCOPE,
        text_version=text.version,
        text_hash=text.sha256,
        sheet_id=None,
    )


HANDOFF = OpenCase(
    urgency="normal",
    categories=("care", "debt"),
    primary="care",
    agencies=(CARE, DEBT),
    is_complex=True,
    ward="北区",
    sheet_id=None,
)


async def turn(
    factory: async_sessionmaker[AsyncSession], resident_id: int, *effects: object
) -> int:
    """Apply effects as one turn does: in one transaction, tied to a received event."""
    async with factory() as db:
        event = ReceivedEvent(
            webhook_event_id=f"ev-{id(effects)}-{len(effects)}",
            source_key=f"user:{resident_id}",
            event_type="postback",
            payload={},
            status="sent",
        )
        db.add(event)
        await db.flush()
        for effect in effects:
            await APPLIER.apply(TurnScope(db, resident_id, event.id), effect)  # type: ignore[arg-type]
        await db.commit()
        return event.id


async def count(db: AsyncSession, model: type) -> int:
    return int(await db.scalar(select(func.count()).select_from(model)) or 0)


async def test_declining_shares_nothing_and_keeps_the_record(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    await turn(session_factory, resident_id, consent("rejected"))
    async with session_factory() as db:
        assert await count(db, Case) == 0
        assert await count(db, Provision) == 0
        assert await count(db, OutboxMessage) == 0
        [record] = list(await db.scalars(select(Consent)))
        assert record.status == "rejected"
        assert record.text_hash == consent_text([CARE.name, DEBT.name]).sha256
        assert await cases_visible_to_agency(db, CARE.id) == []


async def test_consent_opens_a_case_shared_with_the_named_agencies_only(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    await turn(session_factory, resident_id, consent("active"), HANDOFF)
    async with session_factory() as db:
        case = await db.scalar(select(Case))
        assert case is not None
        assert (case.categories, case.is_complex, case.ward) == (["care", "debt"], True, "北区")
        detail = await case_detail(db, case.id)
        assert [c.status for c in detail.consents] == ["active"]
        assert {(p.agency_id, p.basis) for p in detail.provisions} == {
            (CARE.id, "consent"),
            (DEBT.id, "consent"),
        }
        assert all(p.consent_id == detail.consents[0].id for p in detail.provisions)
        assert await agency_may_view(db, case.id, CARE.id)
        assert not await agency_may_view(db, case.id, "okayama-other-agency")
        with pytest.raises(SharingNotAllowed):
            await assign_agency(
                db, case.id, AgencyRef("okayama-other-agency", "別の機関"), "staff:1"
            )
        alerts = list(await db.scalars(select(OutboxMessage)))
        assert sorted(a.channel for a in alerts) == ["email", "line_group"]
        text = AlertSummary.from_payload(alerts[0].payload).text()
        assert f"ケース{case.number}" in text and "北区" in text and "◎介護のこと" in text


async def test_withdrawal_stops_sharing_tells_staff_and_lists_what_was_shared(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    await turn(session_factory, resident_id, consent("active"), HANDOFF)
    event_id = await turn(session_factory, resident_id, WithdrawConsent())
    async with session_factory() as db:
        case = await db.scalar(select(Case))
        assert case is not None
        [record] = list(await db.scalars(select(Consent)))
        assert record.status == "inactive" and record.withdrawn_at is not None
        assert not await agency_may_view(db, case.id, CARE.id)
        assert await cases_visible_to_agency(db, DEBT.id) == []
        with pytest.raises(SharingNotAllowed):
            await assign_agency(db, case.id, AgencyRef(CARE.id, CARE.name), "staff:1")
        withdrawn_alerts = list(
            await db.scalars(select(OutboxMessage).where(OutboxMessage.kind == "consent_withdrawn"))
        )
        assert sorted(a.channel for a in withdrawn_alerts) == ["email", "line_group"]
        [push] = list(
            await db.scalars(select(OutboxMessage).where(OutboxMessage.channel == "resident"))
        )
        assert push.after_event_id == event_id
        text = push.payload["messages"][0]["text"]
        assert "同意を取り消しました" in text
        assert CARE.name in text and DEBT.name in text
        assert await count(db, Provision) == 2  # nothing new was provided


async def test_a_support_meeting_basis_allows_sharing_and_says_so(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    await turn(session_factory, resident_id, consent("active"), HANDOFF)
    await turn(session_factory, resident_id, WithdrawConsent())
    async with session_factory() as db:
        case = await db.scalar(select(Case))
        assert case is not None
        care = AgencyRef(CARE.id, CARE.name)
        with pytest.raises(Refused):
            await record_support_meeting(db, case.id, "  ", "staff:2", [care])
        with pytest.raises(Refused):  # a meeting decides for the agencies it names
            await record_support_meeting(db, case.id, "8050世帯の支援方針の検討", "staff:2", [])
        await record_support_meeting(db, case.id, "8050世帯の支援方針の検討", "staff:2", [care])
        provision = await assign_agency(db, case.id, care, "staff:2")
        await db.commit()
        assert provision.basis == "support_meeting" and provision.consent_id is None
        assert await agency_may_view(db, case.id, CARE.id)
        # The meeting named the 地域包括 only: it is no basis to share with anyone else.
        with pytest.raises(SharingNotAllowed):
            await assign_agency(db, case.id, AgencyRef(DEBT.id, DEBT.name), "staff:2")
        assert not await agency_may_view(db, case.id, DEBT.id)


async def test_withdrawing_with_nothing_to_withdraw_says_so(
    session_factory: async_sessionmaker[AsyncSession], resident_id: int
) -> None:
    await turn(session_factory, resident_id, WithdrawConsent())
    async with session_factory() as db:
        [push] = list(await db.scalars(select(OutboxMessage)))
        text = push.payload["messages"][0]["text"]
        assert "いま有効な同意はありませんでした" in text
        assert "共有したことはありません" in text

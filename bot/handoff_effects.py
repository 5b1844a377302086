"""Applying the consent and hand-off effects of a turn, inside the turn's transaction:
consent records, the case and its provisions, staff alerts and pushes in the outbox."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.routing import AlertRouting, queue_staff_alert
from bot.notify.text_messages import text_messages
from cases.casework.consent import ConsentTerms, link_to_case, record_consent, withdraw_consents
from cases.casework.opening import AgencyRef, CaseFacts, add_agencies, open_case
from cases.casework.sharing import provisions_of_resident, share_case, sharing_basis
from cases.casework.staff_chat import queue_resident_push, record_outgoing
from cases.casework.vocabulary import VISIT_ORIGIN
from cases.models import Case, Consent, Provision
from handlers.effects import AgencyChoice, OpenCase, RecordConsent, WithdrawConsent
from handlers.handoff import wording

JST = ZoneInfo("Asia/Tokyo")


def _refs(agencies: Sequence[AgencyChoice]) -> list[AgencyRef]:
    return [AgencyRef(a.id, a.name) for a in agencies]


def apply_record_consent(
    db: AsyncSession, resident_id: int, event_id: int | None, effect: RecordConsent
) -> Consent:
    terms = ConsentTerms(
        grantees=tuple(_refs(effect.agencies)),
        purpose=effect.purpose,
        data_scope=effect.data_scope,
        text_version=effect.text_version,
        text_hash=effect.text_hash,
        grantor=effect.grantor,
        subject=effect.subject,
        channel=effect.channel,
    )
    return record_consent(
        db, resident_id, terms, effect.status, sheet_id=effect.sheet_id, event_id=event_id
    )


async def apply_open_case(
    db: AsyncSession,
    routing: AlertRouting,
    resident_id: int,
    event_id: int | None,
    effect: OpenCase,
    origin: str = "handoff",
    consents: Sequence[Consent] = (),
) -> Case:
    """Open the case, link the consents of the turn (or those given), share it with the
    agencies a consent names, and alert staff. A visit's case is filed under its visit."""
    facts = CaseFacts(
        origin=origin,
        urgency=effect.urgency,
        categories=effect.categories,
        primary=effect.primary,
        crisis_flags=effect.crisis_flags,
        ward=effect.ward,
        is_complex=effect.is_complex,
        consulted_for=effect.consulted_for,
        sheet_id=effect.sheet_id,
        visit_ref=effect.sheet_ref if origin == VISIT_ORIGIN else None,
    )
    case = await open_case(db, resident_id, facts)
    agencies = _refs(effect.agencies)
    await add_agencies(db, case, agencies, source="suggested", actor="bot")
    if event_id is not None:
        this_turn = await db.scalars(
            select(Consent).where(Consent.resident_id == resident_id, Consent.event_id == event_id)
        )
        await link_to_case(db, list(this_turn), case.id)
    await link_to_case(db, consents, case.id)
    for agency in agencies:
        if await sharing_basis(db, case.id, agency.id) is not None:
            await share_case(db, case, agency, actor="bot")
    queue_staff_alert(db, routing, "handoff", case)
    return case


async def apply_withdrawal(
    db: AsyncSession,
    routing: AlertRouting,
    resident_id: int,
    event_id: int | None,
    effect: WithdrawConsent,
) -> None:
    withdrawn = await withdraw_consents(db, resident_id, via=effect.channel)
    for case_id in dict.fromkeys(c.case_id for c in withdrawn if c.case_id is not None):
        case = await db.get(Case, case_id)
        if case is not None:
            queue_staff_alert(db, routing, "consent_withdrawn", case)
    provisions = await provisions_of_resident(db, resident_id)
    text = withdrawal_result(bool(withdrawn), provisions)
    messages = text_messages(text)
    record_outgoing(db, resident_id, "bot", messages)
    queue_resident_push(
        db, resident_id, messages, "withdrawal_result", after_event_id=event_id, priority=1
    )


def withdrawal_result(withdrew: bool, provisions: Sequence[Provision]) -> str:
    """What the person reads after 「同意を取り消す」: the outcome and every provision."""
    lines = [wording.WITHDRAW_DONE if withdrew else wording.NOTHING_TO_WITHDRAW]
    if not provisions:
        lines.append(wording.SHARED_LIST_EMPTY)
        return "\n".join(lines)
    lines.append(wording.SHARED_LIST_LEAD)
    for provision in provisions:
        day = provision.provided_at.astimezone(JST)
        basis = wording.SHARED_LIST_BASIS_MEETING if provision.basis == "support_meeting" else ""
        lines.append(f"・{provision.agency_name}（{day.month}月{day.day}日）{basis}")
    return "\n".join(lines)

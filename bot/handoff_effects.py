"""Applying the consent and hand-off effects of a turn, inside the turn's transaction:
consent records, the case and its provisions, staff alerts and pushes in the outbox."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.routing import AlertRouting, queue_staff_alert
from bot.notify.summary import AlertNotes
from bot.notify.text_messages import text_messages
from cases.casework.consent import (
    LINE_CHANNEL,
    ConsentTerms,
    consents_of_case,
    link_to_case,
    person_consent_state,
    record_consent,
    withdraw_consents,
)
from cases.casework.opening import AgencyRef, CaseFacts, add_agencies, open_case
from cases.casework.sharing import provisions_of_resident, share_case, sharing_basis
from cases.casework.staff_chat import queue_resident_push, record_outgoing
from cases.casework.vocabulary import OPEN_STATUSES, PERSON_GRANTORS, VISIT_ORIGIN
from cases.models import Case, Consent, IntakeSheet, Provision
from handlers.effects import AgencyChoice, OpenCase, RecordConsent, ShowSharing, WithdrawConsent
from handlers.handoff import wording

JST = ZoneInfo("Asia/Tokyo")


def _refs(agencies: Sequence[AgencyChoice]) -> list[AgencyRef]:
    return [AgencyRef(a.id, a.name) for a in agencies]


async def writer_name(db: AsyncSession, effect: RecordConsent) -> str | None:
    """The name the writer gave on the sheet, when the writer is not the person: the
    consent names who agreed."""
    if effect.grantor in PERSON_GRANTORS or effect.sheet_id is None:
        return None
    sheet = await db.get(IntakeSheet, effect.sheet_id)
    consulter = (sheet.data or {}).get("consulter") if sheet is not None else None
    name = consulter.get("name") if isinstance(consulter, dict) else None
    return str(name) if name else None


async def apply_record_consent(
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
        grantor_name=await writer_name(db, effect),
    )
    consent = record_consent(
        db, resident_id, terms, effect.status, sheet_id=effect.sheet_id, event_id=event_id
    )
    consent.language = effect.language
    return consent


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
        consulter=effect.consulter,
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
    agreed = await consents_of_case(db, case.id)
    unconfirmed = bool(agreed) and person_consent_state(agreed) == "unconfirmed"
    queue_staff_alert(
        db, routing, "handoff", case, AlertNotes(person_consent_unconfirmed=unconfirmed)
    )
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
    text = withdrawal_result(bool(withdrawn), await sharing_record(db, resident_id))
    push_to_resident(db, resident_id, text, "withdrawal_result", event_id)


async def apply_show_sharing(
    db: AsyncSession, resident_id: int, event_id: int | None, effect: ShowSharing
) -> None:
    """「共有の記録」: the list of what was shared, on which basis, sent after the reply."""
    text = sharing_list(await sharing_record(db, resident_id))
    push_to_resident(db, resident_id, text, "sharing_list", event_id)


def push_to_resident(
    db: AsyncSession, resident_id: int, text: str, kind: str, event_id: int | None
) -> None:
    messages = text_messages(text)
    record_outgoing(db, resident_id, "bot", messages)
    queue_resident_push(db, resident_id, messages, kind, after_event_id=event_id, priority=1)


@dataclass(frozen=True, slots=True)
class SharingRecord:
    """What the resident is told was shared: each provision, and whether a case of theirs
    waits for the person's own consent before any agency sees it."""

    provisions: Sequence[Provision]
    waiting_for_person: bool = False
    # A consent of the person's own, taken by staff (by phone, in person) and still in
    # force: the writer's withdrawal does not end what it shares.
    kept_by_person: bool = False
    # An open case for a danger to life or body: staff go on with it whatever is withdrawn.
    crisis_open: bool = False


async def sharing_record(db: AsyncSession, resident_id: int) -> SharingRecord:
    provisions = await provisions_of_resident(db, resident_id)
    waiting = kept = crisis = False
    open_cases = await db.scalars(
        select(Case).where(
            Case.resident_id == resident_id,
            Case.visit_ref.is_(None),  # a 民生委員's visits are the visited residents'
            Case.status.in_(OPEN_STATUSES),
        )
    )
    for case in open_cases:
        consents = await consents_of_case(db, case.id)
        if consents and person_consent_state(consents) == "unconfirmed":
            waiting = True
        kept = kept or any(c.status == "active" and c.channel != LINE_CHANNEL for c in consents)
        crisis = crisis or bool(case.crisis_flags) or case.urgency == "crisis"
    return SharingRecord(provisions, waiting, kept, crisis)


def withdrawal_result(withdrew: bool, record: SharingRecord) -> str:
    """What the person reads after 「同意を取り消す」: the outcome and every provision."""
    said = wording.WITHDRAW_DONE if withdrew else wording.NOTHING_TO_WITHDRAW
    if record.kept_by_person:
        said += "\n" + wording.PERSONS_CONSENT_STANDS
    if record.crisis_open:
        said += "\n" + wording.CRISIS_GOES_ON
    return said + "\n" + sharing_list(record)


def sharing_list(record: SharingRecord) -> str:
    """Every provision with its date and basis, worded as the console and PDF name it."""
    lines = []
    if not record.provisions:
        lines.append(wording.SHARED_LIST_EMPTY)
    else:
        lines.append(wording.SHARED_LIST_LEAD)
        for provision in record.provisions:
            day = provision.provided_at.astimezone(JST)
            basis = wording.SHARED_LIST_BASIS.get(provision.basis, "")
            lines.append(
                wording.SHARED_LIST_LINE.format(
                    name=provision.agency_name, month=day.month, day=day.day, basis=basis
                )
            )
    if record.waiting_for_person:
        lines.append(wording.SHARED_LIST_WAITING)
    return "\n".join(lines)

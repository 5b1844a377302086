"""After the hand-off: the resident's open case takes what they write next.

The case a follow-up goes to is their newest open case that came with a sheet (a
hand-off), outside any 民生委員's visit. Each follow-up counts as unread until a staff
user opens the case; staff are alerted of follow-ups at most once per case in a quiet
period. A phone number or a new trouble in a follow-up becomes a proposal staff accept
or reject; nothing changes the sheet on its own."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, SQLColumnExpression, select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.lookup import refresh_case_lookup
from cases.casework.refusals import Refused
from cases.casework.status import get_case
from cases.casework.vocabulary import OPEN_STATUSES
from cases.models import Case, CaseAgency, CaseProposal, TranscriptEntry, utcnow
from cases.sheets import get_sheet, save_sheet_data

HANDOFF_ORIGIN = "handoff"  # a case the hand-off of a sheet opened (or joined)
PHONE_FIELDS = ("phone_mobile", "phone_home")  # the person's
CONSULTER_PHONE_FIELD = "consulter_phone"  # the writer's, when someone writes for the person
CATEGORY_FIELD = "category"


class ProposalNotFound(LookupError):
    pass


async def handed_off_case(db: AsyncSession, resident_id: int) -> Case | None:
    """The resident's newest open case that a hand-off opened (a crisis case the hand-off
    joined takes its origin)."""
    case: Case | None = await db.scalar(
        select(Case).where(*handed_off(resident_id)).order_by(Case.id.desc()).limit(1)
    )
    return case


async def staff_last_wrote(db: AsyncSession, resident_id: int) -> datetime | None:
    """When staff last replied in the resident's chat (the transcript's author "staff")."""
    wrote: datetime | None = await db.scalar(
        select(TranscriptEntry.created_at)
        .where(TranscriptEntry.resident_id == resident_id, TranscriptEntry.author == "staff")
        .order_by(TranscriptEntry.id.desc())
        .limit(1)
    )
    return wrote


async def open_visit_cases(db: AsyncSession, resident_id: int, limit: int) -> list[Case]:
    """A 民生委員's visits whose cases are open (each visited resident's case), newest
    first: `resident_id` is the 民生委員's own LINE user."""
    rows = await db.scalars(
        select(Case)
        .where(
            Case.resident_id == resident_id,
            Case.visit_ref.is_not(None),
            Case.status.in_(OPEN_STATUSES),
        )
        .order_by(Case.id.desc())
        .limit(limit)
    )
    return list(rows)


async def open_visit_case(db: AsyncSession, resident_id: int, visit_ref: str) -> Case | None:
    """The open case of one of a 民生委員's visits, if it is still open."""
    case: Case | None = await db.scalar(
        select(Case)
        .where(
            Case.resident_id == resident_id,
            Case.visit_ref == visit_ref,
            Case.status.in_(OPEN_STATUSES),
        )
        .order_by(Case.id.desc())
        .limit(1)
    )
    return case


def handed_off(resident_id: int | SQLColumnExpression[int]) -> tuple[ColumnElement[bool], ...]:
    """Where a resident's open cases that a hand-off opened are found."""
    return (
        Case.resident_id == resident_id,
        Case.status.in_(OPEN_STATUSES),
        Case.origin == HANDOFF_ORIGIN,
        Case.visit_ref.is_(None),
    )


async def agency_ids_of(db: AsyncSession, case_id: int) -> tuple[str, ...]:
    rows = await db.scalars(
        select(CaseAgency.agency_id).where(CaseAgency.case_id == case_id).order_by(CaseAgency.id)
    )
    return tuple(rows)


def note_followup(case: Case, now: datetime, quiet: timedelta, alert: bool = True) -> bool:
    """Count the follow-up as unread; True when staff are due an alert of it (none for
    this case in the last `quiet`)."""
    case.unread_followups = (case.unread_followups or 0) + 1
    case.last_followup_at = now
    last = case.followup_alerted_at
    due = alert and (last is None or now - last >= quiet)
    if due:
        case.followup_alerted_at = now
    return due


def mark_read(case: Case) -> bool:
    """A staff user opened the case: its follow-ups are read. False if none were unread."""
    if not case.unread_followups:
        return False
    case.unread_followups = 0
    return True


async def propose(
    db: AsyncSession, case: Case, field: str, value: str, event_id: int | None
) -> CaseProposal | None:
    """Offer a change to staff, once: None if the same one is already open."""
    open_ones = await db.scalars(
        select(CaseProposal).where(
            CaseProposal.case_id == case.id,
            CaseProposal.field == field,
            CaseProposal.status == "proposed",
        )
    )
    if any(p.value == value for p in open_ones):
        return None
    proposal = CaseProposal(
        case_id=case.id, event_id=event_id, field=field, value=value, status="proposed"
    )
    db.add(proposal)
    await db.flush()
    audit(db, "bot", "case.change_proposed", case_id=case.id, field=field)
    return proposal


async def open_proposals(db: AsyncSession, case_id: int) -> list[CaseProposal]:
    rows = await db.scalars(
        select(CaseProposal)
        .where(CaseProposal.case_id == case_id, CaseProposal.status == "proposed")
        .order_by(CaseProposal.id)
    )
    return list(rows)


async def decide_proposal(
    db: AsyncSession, case_id: int, proposal_id: int, accept: bool, actor: str
) -> CaseProposal:
    """Staff accept (the change is made) or reject (nothing changes) a proposal."""
    case = await get_case(db, case_id)
    proposal = await db.get(CaseProposal, proposal_id)
    if proposal is None or proposal.case_id != case.id or proposal.status != "proposed":
        raise ProposalNotFound(proposal_id)
    if accept:
        await _apply(db, case, proposal)
    proposal.status = "accepted" if accept else "rejected"
    proposal.decided_by = actor
    proposal.decided_at = utcnow()
    action = "case.proposal_accepted" if accept else "case.proposal_rejected"
    audit(db, actor, action, case_id=case.id, field=proposal.field, proposal_id=proposal.id)
    await db.flush()
    return proposal


async def _apply(db: AsyncSession, case: Case, proposal: CaseProposal) -> None:
    if proposal.field == CATEGORY_FIELD:
        categories = list(dict.fromkeys([*case.categories, proposal.value]))
        case.categories = categories
        case.primary_category = case.primary_category or categories[0]
        case.is_complex = case.is_complex or len(categories) >= 2
        return
    if proposal.field in (*PHONE_FIELDS, CONSULTER_PHONE_FIELD):
        if case.sheet_id is None:
            raise Refused("このケースにはつなぐシートがないため、電話番号を反映できません")
        sheet = await get_sheet(db, case.sheet_id)
        data = dict(sheet.data)
        if proposal.field == CONSULTER_PHONE_FIELD:
            data["consulter"] = {**dict(data.get("consulter") or {}), "phone": proposal.value}
        else:
            data["person"] = {**dict(data.get("person") or {}), proposal.field: proposal.value}
        await save_sheet_data(db, sheet.id, data)
        await db.flush()
        await refresh_case_lookup(db, case)

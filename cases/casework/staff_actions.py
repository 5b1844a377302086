"""What staff do to a case besides its status: assign agencies (sharing the case with
them, on a basis), write down the person's own answer about sharing, and write notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.consent import ConsentTerms, record_person_consent
from cases.casework.opening import AgencyRef, add_agencies
from cases.casework.refusals import Refused
from cases.casework.sharing import follow_bases, share_case
from cases.casework.status import get_case, staff_answered
from cases.models import CaseNote, Consent, Provision
from cases.staff import STAFF_ACTOR_PREFIX


async def assign_agency(db: AsyncSession, case_id: int, agency: AgencyRef, actor: str) -> Provision:
    """Assign an agency to the case. The agency then sees the case, so this is a
    provision: it needs a consent naming the agency or a 支援会議 basis, and raises
    `SharingNotAllowed` otherwise (nothing is changed then)."""
    case = await get_case(db, case_id)
    provision = await share_case(db, case, agency, actor)
    await add_agencies(db, case, [agency], source="assigned", actor=actor)
    audit(db, actor, "case.agency_assigned", case_id=case.id, agency_id=agency.id)
    return provision


async def add_note(db: AsyncSession, case_id: int, text: str, actor: str) -> CaseNote:
    text = text.strip()
    if not text:
        raise Refused("メモを書いてください")
    case = await get_case(db, case_id)
    note = CaseNote(case_id=case.id, author=actor, text=text)
    db.add(note)
    await db.flush()
    audit(db, actor, "case.note_added", case_id=case.id, note_id=note.id)
    return note


async def record_persons_answer(
    db: AsyncSession,
    case_id: int,
    terms: ConsentTerms,
    given: bool,
    decided_at: datetime,
    actor: str,
) -> Consent:
    """Staff write down the person's own answer (or their 法定代理人's), asked by phone or
    in person; a yes is a basis, and the agencies it names are then provided the case."""
    consent = await record_person_consent(db, case_id, terms, given, decided_at, actor)
    if given:
        await follow_bases(db, await get_case(db, case_id), terms.grantees, actor)
    return consent


async def assign_staff(db: AsyncSession, case_id: int, staff_id: int | None, actor: str) -> None:
    """Put the case on a staff member's desk (「担当にする」), or on nobody's (None)."""
    case = await get_case(db, case_id)
    if case.assignee_id == staff_id:
        return
    case.assignee_id = staff_id
    assignee = f"{STAFF_ACTOR_PREFIX}{staff_id}" if staff_id is not None else None
    audit(db, actor, "case.assigned", case_id=case.id, assignee=assignee)
    staff_answered(case, actor)

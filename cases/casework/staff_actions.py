"""What staff do to a case besides its status: assign agencies (sharing the case with
them, on a basis) and write notes."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.opening import AgencyRef, add_agencies
from cases.casework.sharing import share_case
from cases.casework.status import get_case
from cases.models import CaseNote, Provision


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
        raise ValueError("a note needs text")
    case = await get_case(db, case_id)
    note = CaseNote(case_id=case.id, author=actor, text=text)
    db.add(note)
    await db.flush()
    audit(db, actor, "case.note_added", case_id=case.id, note_id=note.id)
    return note

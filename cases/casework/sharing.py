"""Sharing a case with an agency: only on a basis — an active consent that names the
agency, or a 支援会議 decision recorded by staff — and every provision recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.consent import active_consent
from cases.casework.opening import AgencyRef
from cases.casework.status import get_case
from cases.casework.vocabulary import SUPPORT_MEETING_LAW
from cases.models import Case, Provision, SupportMeetingBasis


class SharingNotAllowed(Exception):
    """No consent names the agency and no 支援会議 basis is recorded."""


@dataclass(frozen=True, slots=True)
class Basis:
    kind: str  # consent | support_meeting
    consent_id: int | None = None
    support_meeting_id: int | None = None


async def active_support_meetings(db: AsyncSession, case_id: int) -> list[SupportMeetingBasis]:
    """The case's 支援会議 bases still standing, newest first."""
    rows = await db.scalars(
        select(SupportMeetingBasis)
        .where(SupportMeetingBasis.case_id == case_id, SupportMeetingBasis.revoked_at.is_(None))
        .order_by(SupportMeetingBasis.id.desc())
    )
    return list(rows)


def covers(meeting: SupportMeetingBasis, agency_id: str) -> bool:
    """A 支援会議 decides to share with the agencies it names, no others."""
    return any(agency.get("id") == agency_id for agency in meeting.agencies or [])


async def sharing_basis(db: AsyncSession, case_id: int, agency_id: str) -> Basis | None:
    """Consent first (the person's own word); a 支援会議 basis that names the agency
    otherwise; else None."""
    consent = await active_consent(db, case_id, agency_id)
    if consent is not None:
        return Basis("consent", consent_id=consent.id)
    for meeting in await active_support_meetings(db, case_id):
        if covers(meeting, agency_id):
            return Basis("support_meeting", support_meeting_id=meeting.id)
    return None


async def share_case(
    db: AsyncSession,
    case: Case,
    agency: AgencyRef,
    actor: str,
    data_scope: Sequence[str] = ("sheet", "conversation"),
) -> Provision:
    """Record the provision of the case to the agency, or raise SharingNotAllowed."""
    basis = await sharing_basis(db, case.id, agency.id)
    if basis is None:
        raise SharingNotAllowed(agency.id)
    provision = Provision(
        case_id=case.id,
        agency_id=agency.id,
        agency_name=agency.name,
        data_scope=list(data_scope),
        basis=basis.kind,
        consent_id=basis.consent_id,
        support_meeting_id=basis.support_meeting_id,
        provided_by=actor,
    )
    db.add(provision)
    await db.flush()
    audit(
        db,
        actor,
        "case.shared",
        case_id=case.id,
        resident_id=case.resident_id,
        agency_id=agency.id,
        basis=basis.kind,
    )
    return provision


async def record_support_meeting(
    db: AsyncSession,
    case_id: int,
    reason: str,
    actor: str,
    agencies: Sequence[AgencyRef],
    meeting_date: datetime | None = None,
) -> SupportMeetingBasis:
    """Staff record that a 支援会議 decided to share this case without consent, with the
    agencies it named, and why."""
    reason = reason.strip()
    if not reason:
        raise ValueError("a 支援会議 basis needs its reason")
    named = list(
        {agency.id: {"id": agency.id, "name": agency.name} for agency in agencies}.values()
    )
    if not named:
        raise ValueError("a 支援会議 basis names its agencies")
    await get_case(db, case_id)  # CaseNotFound for a case that is not there
    basis = SupportMeetingBasis(
        case_id=case_id,
        reason=reason,
        agencies=named,
        meeting_date=meeting_date,
        recorded_by=actor,
    )
    db.add(basis)
    await db.flush()
    audit(
        db,
        actor,
        "support_meeting.recorded",
        case_id=case_id,
        basis_id=basis.id,
        agencies=[agency["id"] for agency in named],
        law=SUPPORT_MEETING_LAW,
    )
    return basis


async def provisions_of_case(db: AsyncSession, case_id: int) -> list[Provision]:
    rows = await db.scalars(
        select(Provision).where(Provision.case_id == case_id).order_by(Provision.id)
    )
    return list(rows)


async def provisions_of_resident(db: AsyncSession, resident_id: int) -> list[Provision]:
    """What was provided of the resident's own cases (a 民生委員's visits are the visited
    residents' cases, not theirs)."""
    rows = await db.scalars(
        select(Provision)
        .join(Case, Case.id == Provision.case_id)
        .where(Case.resident_id == resident_id, Case.visit_ref.is_(None))
        .order_by(Provision.id)
    )
    return list(rows)


async def agency_may_view(db: AsyncSession, case_id: int, agency_id: str) -> bool:
    """True while the case was provided to the agency and a basis still stands: after a
    withdrawal an agency no longer sees the case (unless a 支援会議 basis covers it)."""
    provided = await db.scalar(
        select(Provision.id)
        .where(Provision.case_id == case_id, Provision.agency_id == agency_id)
        .limit(1)
    )
    if provided is None:
        return False
    return await sharing_basis(db, case_id, agency_id) is not None


async def cases_visible_to_agency(db: AsyncSession, agency_id: str) -> list[int]:
    """Ids of the cases an agency's staff may open."""
    case_ids = list(
        dict.fromkeys(
            await db.scalars(
                select(Provision.case_id)
                .where(Provision.agency_id == agency_id)
                .order_by(Provision.case_id)
            )
        )
    )
    return [case_id for case_id in case_ids if await agency_may_view(db, case_id, agency_id)]

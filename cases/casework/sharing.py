"""Sharing a case with an agency: only on a basis that stands — the person's own consent
naming the agency, their 法定代理人's confirmed by staff, a 支援会議 decision, or the
protection of the person's life or body where their consent cannot be had (both recorded
by staff, naming the agencies) — and every provision recorded. A relative's agreement is
none of these."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.consent import standing_consent
from cases.casework.opening import AgencyRef, add_agencies
from cases.casework.refusals import Refused
from cases.casework.status import get_case
from cases.casework.vocabulary import PERSON_GRANTORS, PROTECTION_LAW, SUPPORT_MEETING_LAW
from cases.models import (
    Case,
    ProtectionBasis,
    Provision,
    StaffRecordedBasis,
    SupportMeetingBasis,
)


class SharingNotAllowed(Exception):
    """No basis that stands covers the agency."""


@dataclass(frozen=True, slots=True)
class Basis:
    kind: str  # consent | representative | support_meeting | protection
    consent_id: int | None = None
    support_meeting_id: int | None = None
    protection_id: int | None = None


async def _standing(db: AsyncSession, model: Any, case_id: int) -> list[Any]:
    rows = await db.scalars(
        select(model)
        .where(model.case_id == case_id, model.revoked_at.is_(None))
        .order_by(model.id.desc())
    )
    return list(rows)


async def active_support_meetings(db: AsyncSession, case_id: int) -> list[SupportMeetingBasis]:
    """The case's 支援会議 bases still standing, newest first."""
    return await _standing(db, SupportMeetingBasis, case_id)


async def active_protections(db: AsyncSession, case_id: int) -> list[ProtectionBasis]:
    """The case's 生命・身体の保護 bases still standing, newest first."""
    return await _standing(db, ProtectionBasis, case_id)


def covers(basis: StaffRecordedBasis, agency_id: str) -> bool:
    """A staff-recorded basis shares with the agencies it names, no others."""
    return any(agency.get("id") == agency_id for agency in basis.agencies or [])


async def sharing_basis(db: AsyncSession, case_id: int, agency_id: str) -> Basis | None:
    """The person's own word first (their consent, else their 法定代理人's); a 支援会議
    that names the agency otherwise; then 生命・身体の保護; else None."""
    consent = await standing_consent(db, case_id, agency_id)
    if consent is not None:
        kind = "consent" if consent.grantor in PERSON_GRANTORS else "representative"
        return Basis(kind, consent_id=consent.id)
    for meeting in await active_support_meetings(db, case_id):
        if covers(meeting, agency_id):
            return Basis("support_meeting", support_meeting_id=meeting.id)
    for protection in await active_protections(db, case_id):
        if covers(protection, agency_id):
            return Basis("protection", protection_id=protection.id)
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
        protection_id=basis.protection_id,
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


async def follow_bases(
    db: AsyncSession, case: Case, agencies: Sequence[AgencyRef], actor: str
) -> list[Provision]:
    """After a basis was recorded: each of `agencies` a basis now covers, and that does
    not see the case yet, is put on the case and provided it; returns the provisions."""
    provided = []
    for agency in agencies:
        if await agency_may_view(db, case.id, agency.id):
            continue
        if await sharing_basis(db, case.id, agency.id) is None:
            continue
        provided.append(await share_case(db, case, agency, actor))
        await add_agencies(db, case, [agency], source="assigned", actor=actor)
    return provided


def _named(agencies: Sequence[AgencyRef], refusal: str) -> list[dict[str, str]]:
    named = list(
        {agency.id: {"id": agency.id, "name": agency.name} for agency in agencies}.values()
    )
    if not named:
        raise Refused(refusal)
    return named


async def record_support_meeting(
    db: AsyncSession,
    case_id: int,
    reason: str,
    actor: str,
    agencies: Sequence[AgencyRef],
    meeting_date: datetime | None = None,
) -> SupportMeetingBasis:
    """Staff record that a 支援会議 decided to share this case without consent, with the
    agencies it named, and why; the agencies are then provided the case."""
    reason = reason.strip()
    if not reason:
        raise Refused("支援会議で共有を決めた理由を書いてください")
    named = _named(agencies, "支援会議で共有を決めた機関を選んでください")
    case = await get_case(db, case_id)  # CaseNotFound for a case that is not there
    basis = SupportMeetingBasis(
        case_id=case_id,
        reason=reason,
        agencies=named,
        meeting_date=meeting_date,
        recorded_by=actor,
    )
    await _stand_basis(db, case, basis, agencies, actor, "support_meeting", SUPPORT_MEETING_LAW)
    return basis


async def record_protection(
    db: AsyncSession,
    case_id: int,
    reason: str,
    actor: str,
    agencies: Sequence[AgencyRef],
) -> ProtectionBasis:
    """Staff record that the person's life or body needs protecting and their consent
    cannot be had (個人情報保護法 第27条第1項第2号), with the agencies and why; the
    agencies are then provided the case."""
    reason = reason.strip()
    if not reason:
        raise Refused(
            "生命・身体を守るために共有する理由と、本人の同意を得られない事情を書いてください"
        )
    named = _named(agencies, "共有する機関を選んでください")
    case = await get_case(db, case_id)
    basis = ProtectionBasis(case_id=case_id, reason=reason, agencies=named, recorded_by=actor)
    await _stand_basis(db, case, basis, agencies, actor, "protection", PROTECTION_LAW)
    return basis


async def _stand_basis(
    db: AsyncSession,
    case: Case,
    basis: SupportMeetingBasis | ProtectionBasis,
    agencies: Sequence[AgencyRef],
    actor: str,
    kind: str,
    law: str,
) -> None:
    """Store a staff-recorded basis, audit it under its law, and provide its agencies."""
    db.add(basis)
    await db.flush()
    audit(
        db,
        actor,
        f"{kind}.recorded",
        case_id=case.id,
        basis_id=basis.id,
        agencies=[agency["id"] for agency in basis.agencies],
        law=law,
    )
    await follow_bases(db, case, agencies, actor)


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
    withdrawal an agency no longer sees the case (unless another basis covers it), nor
    does one provided the case on a relative's agreement alone."""
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

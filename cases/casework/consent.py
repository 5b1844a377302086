"""Consent records: given, declined, withdrawn. Shaped like FHIR Consent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.opening import AgencyRef
from cases.casework.vocabulary import VISIT_CHANNEL
from cases.models import Consent, utcnow


@dataclass(frozen=True, slots=True)
class ConsentTerms:
    """What the person was asked: with whom, why, what, and the exact text shown."""

    grantees: tuple[AgencyRef, ...]
    purpose: str
    data_scope: tuple[str, ...]
    text_version: str
    text_hash: str
    grantor: str = "self"  # self | relative | other
    subject: str | None = None  # for whom, when someone consults for another person
    channel: str = "line"  # line | visit
    witness_role: str | None = None
    witness_ref: str | None = None


def record_consent(
    db: AsyncSession,
    resident_id: int,
    terms: ConsentTerms,
    status: str,
    *,
    case_id: int | None = None,
    sheet_id: int | None = None,
    event_id: int | None = None,
    actor: str = "bot",
) -> Consent:
    """Store the decision (`active` when given, `rejected` when declined)."""
    if status not in ("active", "rejected"):
        raise ValueError(f"a new consent is active or rejected, not {status!r}")
    consent = Consent(
        resident_id=resident_id,
        case_id=case_id,
        sheet_id=sheet_id,
        event_id=event_id,
        status=status,
        grantees=[{"id": a.id, "name": a.name} for a in terms.grantees],
        purpose=terms.purpose,
        data_scope=list(terms.data_scope),
        grantor=terms.grantor,
        subject=terms.subject,
        channel=terms.channel,
        text_version=terms.text_version,
        text_hash=terms.text_hash,
        witness_role=terms.witness_role,
        witness_ref=terms.witness_ref,
        decided_at=utcnow(),
    )
    db.add(consent)
    audit(
        db,
        actor,
        "consent." + ("given" if status == "active" else "declined"),
        case_id=case_id,
        resident_id=resident_id,
        grantees=[a.id for a in terms.grantees],
        text_version=terms.text_version,
        channel=terms.channel,
    )
    return consent


async def withdraw_consents(
    db: AsyncSession, resident_id: int, via: str = "line", actor: str = "resident"
) -> list[Consent]:
    """Every active consent the resident gave for themself (or as a relative) becomes
    inactive; returns those withdrawn. The consents of the residents a 民生委員 visited
    are theirs, not the 民生委員's: only staff withdraw them, case by case, on the
    resident's word (`withdraw_case_consents`)."""
    query = select(Consent).where(
        Consent.resident_id == resident_id,
        Consent.status == "active",
        Consent.channel != VISIT_CHANNEL,
    )
    return await _withdraw(db, list(await db.scalars(query)), via, actor)


async def withdraw_case_consents(db: AsyncSession, case_id: int, actor: str) -> list[Consent]:
    """The active consents of one case, withdrawn by staff on the person's word (a visited
    resident tells their 民生委員 or the city); returns those withdrawn."""
    query = select(Consent).where(Consent.case_id == case_id, Consent.status == "active")
    return await _withdraw(db, list(await db.scalars(query)), "staff", actor)


async def _withdraw(
    db: AsyncSession, consents: list[Consent], via: str, actor: str
) -> list[Consent]:
    now = utcnow()
    for consent in consents:
        consent.status = "inactive"
        consent.withdrawn_at = now
        consent.withdrawn_via = via
        consent.period_end = now
        audit(
            db,
            actor,
            "consent.withdrawn",
            case_id=consent.case_id,
            resident_id=consent.resident_id,
            consent_id=consent.id,
            via=via,
        )
    await db.flush()
    return consents


async def consents_of_case(db: AsyncSession, case_id: int) -> list[Consent]:
    rows = await db.scalars(select(Consent).where(Consent.case_id == case_id).order_by(Consent.id))
    return list(rows)


async def active_consent(db: AsyncSession, case_id: int, agency_id: str) -> Consent | None:
    """The case's active consent that names the agency, if any."""
    for consent in await consents_of_case(db, case_id):
        if consent.status == "active" and any(g["id"] == agency_id for g in consent.grantees):
            return consent
    return None


async def link_to_case(db: AsyncSession, consents: Sequence[Consent], case_id: int) -> None:
    for consent in consents:
        consent.case_id = case_id
    await db.flush()

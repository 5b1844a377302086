"""Consent records: given, declined, withdrawn; who agreed, for whom, and whether that
is a basis for sharing. Shaped like FHIR Consent.

Only the person's own decision (in LINE when they write for themself, on a 民生委員's
visit, or told to staff by phone or in person) and a 法定代理人's decision that staff
confirmed are a basis. A relative's agreement is kept as a relative's agreement: it
shares nothing, and the case waits for staff to record a basis that stands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.opening import AgencyRef
from cases.casework.refusals import Refused
from cases.casework.status import get_case
from cases.casework.vocabulary import (
    PERSON_GRANTORS,
    REPRESENTATIVE,
    STAFF_CONSENT_CHANNELS,
)
from cases.models import Consent, utcnow

BASIS_GRANTORS = (*PERSON_GRANTORS, REPRESENTATIVE)
LINE_CHANNEL = "line"


@dataclass(frozen=True, slots=True)
class ConsentTerms:
    """What was asked: with whom, why, what, the exact text shown, and who answered —
    `grantor` in relation to the person (`vocabulary.GRANTOR_LABELS`), by name when it is
    not the person."""

    grantees: tuple[AgencyRef, ...]
    purpose: str
    data_scope: tuple[str, ...]
    text_version: str
    text_hash: str
    grantor: str = "self"
    subject: str | None = None  # for whom, when someone consults for another person
    channel: str = LINE_CHANNEL  # line | visit | phone | in_person
    witness_role: str | None = None
    witness_ref: str | None = None
    grantor_name: str | None = None
    recorded_by: str = "bot"
    recorded_by_name: str | None = None
    note: str | None = None


def is_basis(consent: Consent) -> bool:
    """An active decision of the person, or of their 法定代理人 confirmed by staff."""
    return consent.status == "active" and consent.grantor in BASIS_GRANTORS


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
    decided_at: datetime | None = None,
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
        grantor_name=terms.grantor_name,
        recorded_by=terms.recorded_by,
        recorded_by_name=terms.recorded_by_name,
        note=terms.note,
        decided_at=decided_at or utcnow(),
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
        grantor=terms.grantor,
    )
    return consent


async def record_person_consent(
    db: AsyncSession,
    case_id: int,
    terms: ConsentTerms,
    given: bool,
    decided_at: datetime,
    actor: str,
) -> Consent:
    """Staff write down the person's own answer (or their 法定代理人's), asked by phone or
    in person: who answered, when, which agencies, and who recorded it. A 法定代理人's
    answer needs how their authority was checked (`note`)."""
    if terms.channel not in STAFF_CONSENT_CHANNELS:
        raise Refused("確認の方法を選んでください")
    if terms.grantor not in BASIS_GRANTORS:
        raise Refused("答えた人を選んでください")
    if terms.grantor == REPRESENTATIVE and not (terms.note or "").strip():
        raise Refused("法定代理人であることをどう確かめたか（登記事項証明書など）を書いてください")
    if given and not terms.grantees:
        raise Refused("同意した共有先を選んでください")
    if decided_at > utcnow():
        raise Refused("同意を確かめた日時が未来になっています")
    case = await get_case(db, case_id)  # CaseNotFound for a case that is not there
    return record_consent(
        db,
        case.resident_id,
        terms,
        "active" if given else "rejected",
        case_id=case.id,
        sheet_id=case.sheet_id,
        actor=actor,
        decided_at=decided_at,
    )


async def withdraw_consents(
    db: AsyncSession, resident_id: int, via: str = "line", actor: str = "resident"
) -> list[Consent]:
    """Every active consent the resident gave in their LINE chat (for themself, or as a
    relative) becomes inactive; returns those withdrawn. The consents of the residents a
    民生委員 visited are theirs, not the 民生委員's, and a person's consent staff took by
    phone or in person is that person's, not the relative's who wrote: only staff
    withdraw those, case by case, on the person's word (`withdraw_case_consents`)."""
    query = select(Consent).where(
        Consent.resident_id == resident_id,
        Consent.status == "active",
        Consent.channel == LINE_CHANNEL,
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


async def standing_consent(db: AsyncSession, case_id: int, agency_id: str) -> Consent | None:
    """The case's consent that is a basis (`is_basis`) and names the agency: the person's
    own before a 法定代理人's."""
    named = [
        consent
        for consent in await consents_of_case(db, case_id)
        if is_basis(consent) and any(g["id"] == agency_id for g in consent.grantees)
    ]
    named.sort(key=lambda consent: consent.grantor == REPRESENTATIVE)
    return named[0] if named else None


def person_consent_state(consents: Sequence[Consent]) -> str:
    """Where the person's own consent stands (`vocabulary.PERSON_CONSENT_LABELS`): given,
    given by a 法定代理人, declined, withdrawn, or unconfirmed — a relative's agreement and
    no record at all leave it unconfirmed."""
    theirs = [c for c in consents if c.grantor in BASIS_GRANTORS]
    if any(c.status == "active" and c.grantor in PERSON_GRANTORS for c in theirs):
        return "given"
    if any(c.status == "active" for c in theirs):
        return "representative"
    if not theirs:
        return "unconfirmed"
    latest = max(theirs, key=lambda c: c.id)  # the last word recorded
    return "declined" if latest.status == "rejected" else "withdrawn"


async def link_to_case(db: AsyncSession, consents: Sequence[Consent], case_id: int) -> None:
    for consent in consents:
        consent.case_id = case_id
    await db.flush()

"""Finishing a visit: the resident's consent recorded with the 民生委員 as witness (and
how it was given: signature, tap or voice), and the case handed to staff with the
民生委員 as 受付者 and the resident as the person concerned.

The same path serves a yes given in LINE (witnessed by voice) and one given on the
consent page; each visit's hand-off is kept on its consent-page row (`handoff`), so a
visit can be finished later from 「訪問記録」."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.handoff_effects import apply_open_case, apply_record_consent
from bot.notify.routing import AlertRouting
from bot.sheet_effects import with_sheet_id
from cases.casework.vocabulary import VISIT_ORIGIN
from cases.minsei import witness_ref
from cases.models import Case, Consent, MinseiIin, VisitConsentToken, utcnow
from handlers.effects import AgencyChoice, OpenCase, RecordConsent
from handlers.visit.consent import PERSON_WITH_MINSEI

WITNESS_ROLE = "minsei_iin"


@dataclass(frozen=True, slots=True)
class Handoff:
    consent: RecordConsent
    case: OpenCase

    def to_json(self) -> dict[str, Any]:
        return {"consent": asdict(self.consent), "case": asdict(self.case)}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Handoff:
        consent, case = dict(raw["consent"]), dict(raw["case"])
        for part in (consent, case):
            part["agencies"] = tuple(AgencyChoice(**a) for a in part["agencies"])
        consent["data_scope"] = tuple(consent["data_scope"])
        case["categories"] = tuple(case["categories"])
        case["crisis_flags"] = tuple(case["crisis_flags"])
        return cls(RecordConsent(**consent), OpenCase(**case))


@dataclass(frozen=True, slots=True)
class Agreement:
    """How the resident answered: `signature` (with the drawing), `tap`, or `verbal`."""

    method: str
    signature: str | None = None


async def record_decision(
    db: AsyncSession,
    minsei: MinseiIin,
    handoff: Handoff,
    agreement: Agreement,
    given: bool,
    event_id: int | None,
) -> Consent:
    decided = replace(handoff.consent, status="active" if given else "rejected")
    decided = await with_sheet_id(db, minsei.resident_id, decided)
    consent = await apply_record_consent(db, minsei.resident_id, event_id, decided)
    consent.grantor = PERSON_WITH_MINSEI  # a page issued before 0010 may say "self"
    consent.method = agreement.method
    consent.signature = agreement.signature
    consent.witness_role = WITNESS_ROLE
    consent.witness_ref = witness_ref(minsei)
    await db.flush()
    return consent


async def complete_visit(
    db: AsyncSession,
    routing: AlertRouting,
    minsei: MinseiIin,
    handoff: Handoff,
    agreement: Agreement,
    event_id: int | None,
) -> tuple[Case, Consent]:
    """Record the yes and open the case (in the caller's transaction)."""
    consent = await record_decision(db, minsei, handoff, agreement, True, event_id)
    case_effect = await with_sheet_id(db, minsei.resident_id, handoff.case)
    case = await apply_open_case(
        db,
        routing,
        minsei.resident_id,
        event_id,
        case_effect,
        origin=VISIT_ORIGIN,
        consents=[consent],
    )
    return case, consent


async def latest_handoff(
    db: AsyncSession, minsei_id: int, sheet_ref: str
) -> tuple[Handoff, VisitConsentToken] | None:
    """The hand-off kept for the visit's sheet (its newest consent-page row)."""
    token = await db.scalar(
        select(VisitConsentToken)
        .where(VisitConsentToken.minsei_id == minsei_id, VisitConsentToken.sheet_ref == sheet_ref)
        .order_by(VisitConsentToken.id.desc())
        .limit(1)
    )
    return (Handoff.from_json(token.handoff), token) if token is not None else None


def spend(token: VisitConsentToken, consent: Consent | None) -> None:
    token.used_at = token.used_at or utcnow()
    if consent is not None:
        token.consent_id = consent.id

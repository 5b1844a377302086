"""Opening a case from the conversation (the bot's side): on hand-off with the sheet, or
when a crisis or a request for a person needs staff to see the conversation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.lookup import refresh_case_lookup
from cases.casework.vocabulary import CONSULTERS, OPEN_STATUSES, more_urgent
from cases.models import Case, CaseAgency


@dataclass(frozen=True, slots=True)
class AgencyRef:
    """An agency of the directory, by id, with the name the resident was shown."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the conversation knows when a case opens. No personal data beyond the 区."""

    origin: str
    urgency: str = "normal"
    categories: tuple[str, ...] = ()
    primary: str | None = None
    crisis_flags: tuple[str, ...] = ()
    ward: str | None = None
    is_complex: bool = False
    consulted_for: str = "self"
    consulter: str | None = None  # who wrote the sheet (`vocabulary.CONSULTERS`)
    sheet_id: int | None = None
    visit_ref: str | None = None  # the 民生委員's visit the case is about


async def latest_open_case(
    db: AsyncSession, resident_id: int, visit_ref: str | None = None
) -> Case | None:
    """The resident's newest open case: of the visit `visit_ref`, or of no visit."""
    of_visit = Case.visit_ref.is_(None) if visit_ref is None else Case.visit_ref == visit_ref
    case: Case | None = await db.scalar(
        select(Case)
        .where(Case.resident_id == resident_id, Case.status.in_(OPEN_STATUSES), of_visit)
        .order_by(Case.id.desc())
        .limit(1)
    )
    return case


async def open_case(db: AsyncSession, resident_id: int, facts: CaseFacts) -> Case:
    """The resident's open case brought up to date, or a new one.

    A hand-off with a sheet joins an open case that has no sheet yet (one opened by a
    crisis earlier in the same conversation); a second sheet starts a new case. Urgency
    only ever rises; categories keep the main one first. A 民生委員's chat carries many
    residents: a case of a visit joins only the open case of the same visit, and nothing
    outside a visit joins a visit's case."""
    case = await latest_open_case(db, resident_id, facts.visit_ref)
    same_visit = facts.visit_ref is not None
    joins = case is not None and (same_visit or facts.sheet_id is None or case.sheet_id is None)
    if case is None or not joins:
        case = Case(
            resident_id=resident_id,
            origin=facts.origin,
            status="new",
            categories=[],
            crisis_flags=[],
            urgency=facts.urgency,
            visit_ref=facts.visit_ref,
        )
        db.add(case)
        await db.flush()
        action = "case.opened"
    else:
        action = "case.updated"
    _merge(case, facts)
    await db.flush()
    await refresh_case_lookup(db, case)
    audit(
        db,
        "bot",
        action,
        case_id=case.id,
        resident_id=resident_id,
        origin=facts.origin,
        urgency=case.urgency,
        categories=list(case.categories),
        complex=case.is_complex,
    )
    return case


def _merge(case: Case, facts: CaseFacts) -> None:
    case.urgency = more_urgent(case.urgency, facts.urgency)
    case.crisis_flags = sorted({*case.crisis_flags, *facts.crisis_flags})
    primary = facts.primary or case.primary_category
    ordered = [c for c in (primary, *facts.categories, *case.categories) if c]
    case.categories = list(dict.fromkeys(ordered))
    case.primary_category = primary or (case.categories[0] if case.categories else None)
    case.is_complex = case.is_complex or facts.is_complex or len(case.categories) >= 2
    case.ward = facts.ward or case.ward
    if facts.sheet_id is not None:
        case.sheet_id = facts.sheet_id
        case.origin = facts.origin
        case.consulted_for = facts.consulted_for
        case.consulter = facts.consulter if facts.consulter in CONSULTERS else None


async def add_agencies(
    db: AsyncSession, case: Case, agencies: Sequence[AgencyRef], source: str, actor: str
) -> list[CaseAgency]:
    """Put agencies on the case (once each); returns the rows added."""
    known = set(await db.scalars(select(CaseAgency.agency_id).where(CaseAgency.case_id == case.id)))
    added = []
    for agency in agencies:
        if agency.id in known:
            continue
        row = CaseAgency(
            case_id=case.id,
            agency_id=agency.id,
            agency_name=agency.name,
            source=source,
            added_by=actor,
        )
        db.add(row)
        known.add(agency.id)
        added.append(row)
    await db.flush()
    return added

"""Reading cases for the console: the filtered list with counts, and one case in full."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.consent import consents_of_case, person_consent_state
from cases.casework.lookup import cases_matching
from cases.casework.sharing import provisions_of_case
from cases.casework.status import get_case
from cases.casework.vocabulary import URGENCY_RANK
from cases.conversations import load_state
from cases.minsei import active_minsei
from cases.models import (
    AuditEvent,
    Case,
    CaseAgency,
    CaseNote,
    Consent,
    ProtectionBasis,
    Provision,
    Resident,
    StaffAlert,
    SupportMeetingBasis,
    TranscriptEntry,
)


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Every field optional; `case_ids` limits to the cases an agency may see."""

    status: str | None = None
    category: str | None = None
    ward: str | None = None
    urgency: str | None = None
    is_complex: bool | None = None
    case_ids: Sequence[int] | None = None
    limit: int = 100
    offset: int = 0
    number: int | None = None  # 受付番号
    assignee_id: int | None = None
    unassigned: bool = False
    received_from: datetime | None = None  # inclusive
    received_before: datetime | None = None  # exclusive
    name: str | None = None  # exact, through the blind index
    phone: str | None = None  # exact, through the blind index


@dataclass(frozen=True, slots=True)
class CaseCounts:
    total: int
    by_status: dict[str, int]
    by_urgency: dict[str, int]
    complex: int


def _filtered(statement: Select[Any], f: CaseFilter) -> Select[Any]:
    if f.status:
        statement = statement.where(Case.status == f.status)
    if f.category:
        # categories is a JSON list of ASCII ids: match the quoted id in its text form
        statement = statement.where(cast(Case.categories, String).like(f'%"{f.category}"%'))
    if f.ward:
        statement = statement.where(Case.ward == f.ward)
    if f.urgency:
        statement = statement.where(Case.urgency == f.urgency)
    if f.is_complex is not None:
        statement = statement.where(Case.is_complex.is_(f.is_complex))
    if f.case_ids is not None:
        statement = statement.where(Case.id.in_(list(f.case_ids)))
    if f.number is not None:
        statement = statement.where(Case.id == f.number)
    if f.assignee_id is not None:
        statement = statement.where(Case.assignee_id == f.assignee_id)
    if f.unassigned:
        statement = statement.where(Case.assignee_id.is_(None))
    if f.received_from is not None:
        statement = statement.where(Case.created_at >= f.received_from)
    if f.received_before is not None:
        statement = statement.where(Case.created_at < f.received_before)
    if f.name:
        statement = statement.where(Case.id.in_(cases_matching("name", f.name)))
    if f.phone:
        statement = statement.where(Case.id.in_(cases_matching("phone", f.phone)))
    return statement


def waiting_since() -> Any:
    """Since when the case has waited for staff: the resident's last unread message, or
    its hand-off."""
    return case((Case.unread_followups > 0, Case.last_followup_at), else_=Case.created_at)


async def languages_of(db: AsyncSession, cases: Sequence[Case]) -> dict[int, str]:
    """The language each case's resident talks with the bot in, where it is not Japanese
    (resident id → code of `handlers/i18n.py`)."""
    ids = {c.resident_id for c in cases}
    if not ids:
        return {}
    found = await db.execute(
        select(Resident.id, Resident.language).where(
            Resident.id.in_(ids), Resident.language.is_not(None), Resident.language != "ja"
        )
    )
    return {int(resident): str(language) for resident, language in found.all()}


async def list_cases(db: AsyncSession, f: CaseFilter | None = None) -> list[Case]:
    """Most urgent first; among equally urgent, open cases with an unread message, then
    the one that has waited longest."""
    f = f or CaseFilter()
    rank = case(URGENCY_RANK, value=Case.urgency, else_=2)
    closed = case((Case.status == "closed", 1), else_=0)
    unread = case((Case.unread_followups > 0, 0), else_=1)
    statement = _filtered(select(Case), f).order_by(closed, rank, unread, waiting_since(), Case.id)
    rows = await db.scalars(statement.limit(f.limit).offset(f.offset))
    return list(rows)


async def count_cases(db: AsyncSession, f: CaseFilter | None = None) -> CaseCounts:
    """Counts for the filter (status and urgency breakdowns ignore their own filter
    field, so the console can show how many each choice would give)."""
    f = f or CaseFilter()
    base = _filtered(select(Case.status, Case.urgency, Case.is_complex, func.count()), f)
    rows = (await db.execute(base.group_by(Case.status, Case.urgency, Case.is_complex))).all()
    by_status: dict[str, int] = {}
    by_urgency: dict[str, int] = {}
    complex_count = total = 0
    for status, urgency, is_complex, n in rows:
        by_status[status] = by_status.get(status, 0) + n
        by_urgency[urgency] = by_urgency.get(urgency, 0) + n
        complex_count += n if is_complex else 0
        total += n
    return CaseCounts(total, by_status, by_urgency, complex_count)


@dataclass
class CaseDetail:
    case: Case
    agencies: list[CaseAgency]
    consents: list[Consent]
    provisions: list[Provision]
    support_meetings: list[SupportMeetingBasis]
    notes: list[CaseNote]
    audit: list[AuditEvent]
    transcript: list[TranscriptEntry]
    staff_active: bool
    sheet: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    protections: list[ProtectionBasis] = field(default_factory=list)
    # The language the resident talks with the bot in (a code of `handlers/i18n.py`);
    # None: Japanese.
    language: str | None = None
    # An alert of the case told of a danger to someone other than the writer.
    danger_to_another: bool = False
    # ...and to the writer too (a wish to die taking another along).
    danger_to_writer_too: bool = False
    # A visit's case: the registered 民生委員 who wrote it (name, 担当地区).
    visiting_minsei: tuple[str, str] | None = None

    @property
    def person_consent(self) -> str:
        """Where the person's own consent stands (`vocabulary.PERSON_CONSENT_LABELS`)."""
        return person_consent_state(self.consents)


@dataclass(frozen=True, slots=True)
class CaseConversation:
    """The resident's conversation, oldest first, and whether staff have taken it over."""

    transcript: list[TranscriptEntry]
    staff_active: bool


async def case_conversation(
    db: AsyncSession, case: Case, transcript_limit: int = 500
) -> CaseConversation:
    """The case's part of the resident's conversation. A 民生委員's chat carries many
    residents: a visit's case shows the messages of that visit only, any other case
    none of a visit's."""
    of_visit = (
        TranscriptEntry.visit_ref.is_(None)
        if case.visit_ref is None
        else TranscriptEntry.visit_ref == case.visit_ref
    )
    latest = list(
        await db.scalars(
            select(TranscriptEntry)
            .where(TranscriptEntry.resident_id == case.resident_id, of_visit)
            .order_by(TranscriptEntry.id.desc())
            .limit(transcript_limit)
        )
    )
    state = await load_state(db, case.resident_id)
    return CaseConversation(list(reversed(latest)), bool(state.get("staff_active")))


async def case_detail(db: AsyncSession, case_id: int, transcript_limit: int = 500) -> CaseDetail:
    """Everything the case page shows. Reading it is not audited here: the console
    writes its own `case.viewed` event with the viewer."""
    item = await get_case(db, case_id)

    async def rows(model: Any, *order: Any) -> list[Any]:
        return list(
            await db.scalars(select(model).where(model.case_id == case_id).order_by(*order))
        )

    conversation = await case_conversation(db, item, transcript_limit)
    # A visit's case is filed under the 民生委員's own LINE user: they wrote it.
    minsei = await active_minsei(db, item.resident_id) if item.visit_ref is not None else None
    # The case's alerts that told of a danger to another: whether the writer's too.
    whose = list(
        await db.scalars(
            select(StaffAlert.danger_to_writer_too).where(
                StaffAlert.case_id == case_id, StaffAlert.danger_to_another.is_(True)
            )
        )
    )
    return CaseDetail(
        case=item,
        agencies=await rows(CaseAgency, CaseAgency.id),
        consents=await consents_of_case(db, case_id),
        provisions=await provisions_of_case(db, case_id),
        support_meetings=await rows(SupportMeetingBasis, SupportMeetingBasis.id),
        notes=await rows(CaseNote, CaseNote.id),
        audit=await rows(AuditEvent, AuditEvent.id),
        transcript=conversation.transcript,
        staff_active=conversation.staff_active,
        sheet=await _sheet_of(db, item),
        protections=await rows(ProtectionBasis, ProtectionBasis.id),
        language=await db.scalar(select(Resident.language).where(Resident.id == item.resident_id)),
        danger_to_another=bool(whose),
        danger_to_writer_too=any(whose),
        visiting_minsei=(minsei.name, minsei.district) if minsei is not None else None,
    )


async def _sheet_of(db: AsyncSession, item: Case) -> dict[str, Any] | None:
    """The つなぐシート of the case, as stored by intake (`cases/sheets.py`)."""
    if item.sheet_id is None:
        return None
    from cases import sheets

    return await sheets.sheet_as_dict(db, item.sheet_id)

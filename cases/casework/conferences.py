"""The 複合課題ケース検討会 (seed 001 §3): the coordinator records when it met, the
agencies that attended and what it decided. Its decisions feed the 支援プラン (a new
version with the roles and actions decided), and a 支援会議 basis decided there is
recorded the one way such bases are (`sharing.record_support_meeting`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.opening import AgencyRef
from cases.casework.plans import (
    PlanAction,
    PlanDraft,
    PlanRole,
    current_plan,
    draft_from,
    save_plan,
)
from cases.casework.refusals import Refused
from cases.casework.sharing import record_support_meeting
from cases.casework.status import get_case
from cases.models import CaseConference

JST = ZoneInfo("Asia/Tokyo")


@dataclass(frozen=True, slots=True)
class ConferenceRecord:
    held_on: date
    attendees: tuple[AgencyRef, ...]
    decisions: str
    # Set when the 検討会 also decided, as a 支援会議, to share without consent: why.
    support_meeting_reason: str = ""


@dataclass(frozen=True, slots=True)
class Decided:
    """What the 検討会 decided for the plan: roles (replacing an agency's earlier one),
    actions (added), and the goals when restated."""

    roles: tuple[PlanRole, ...] = ()
    actions: tuple[PlanAction, ...] = ()
    goals: str = ""

    def __bool__(self) -> bool:
        return bool(self.roles or self.actions or self.goals.strip())


def merged(plan: PlanDraft, decided: Decided) -> PlanDraft:
    """The plan with the decisions applied: an agency's decided role replaces its
    earlier one, decided actions are added, restated goals replace the goals."""
    decided_ids = {role.agency.id for role in decided.roles}
    roles = (*(r for r in plan.roles if r.agency.id not in decided_ids), *decided.roles)
    return PlanDraft(decided.goals.strip() or plan.goals, roles, (*plan.actions, *decided.actions))


async def record_conference(
    db: AsyncSession,
    case_id: int,
    record: ConferenceRecord,
    actor: str,
    decided: Decided = Decided(),
) -> CaseConference:
    """Record the 検討会; a 支援会議 basis first when one was decided (so the agencies it
    names may take roles), then the plan's new version when something was decided."""
    decisions = record.decisions.strip()
    if not decisions:
        raise Refused("検討会で決めたことを書いてください")
    if not record.attendees:
        raise Refused("出席した機関を選んでください")
    await get_case(db, case_id)
    meeting_id = None
    if record.support_meeting_reason.strip():
        held = datetime.combine(record.held_on, time(), JST)
        basis = await record_support_meeting(
            db, case_id, record.support_meeting_reason, actor, record.attendees, held
        )
        meeting_id = basis.id
    conference = CaseConference(
        case_id=case_id,
        held_on=record.held_on,
        attendees=[{"id": a.id, "name": a.name} for a in record.attendees],
        decisions=decisions,
        support_meeting_id=meeting_id,
        recorded_by=actor,
    )
    db.add(conference)
    await db.flush()
    audit(
        db,
        actor,
        "conference.recorded",
        case_id=case_id,
        conference_id=conference.id,
        attendees=[a.id for a in record.attendees],
        support_meeting_id=meeting_id,
    )
    if decided:
        plan = merged(draft_from(await current_plan(db, case_id)), decided)
        await save_plan(db, case_id, plan, actor, conference_id=conference.id)
    return conference


async def conferences_of(db: AsyncSession, case_id: int) -> list[CaseConference]:
    """The case's 検討会, newest first."""
    rows = await db.scalars(
        select(CaseConference)
        .where(CaseConference.case_id == case_id)
        .order_by(CaseConference.held_on.desc(), CaseConference.id.desc())
    )
    return list(rows)

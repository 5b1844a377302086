"""The 支援プラン of a case: goals in the person's words, each agency's role (主担当 /
副担当 / 情報共有のみ) and the next actions, each with a due day and who does it. A save
adds a version; the old versions stay readable. Only an agency with a standing basis for
the case — the person's consent naming it, or a 支援会議 naming it — can be given a role;
it is then provided the case as any agency on a basis is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.opening import AgencyRef
from cases.casework.refusals import Refused
from cases.casework.sharing import follow_bases, sharing_basis
from cases.casework.status import get_case
from cases.casework.vocabulary import COORDINATOR, COORDINATOR_LABEL, PLAN_BASES, ROLE_LABELS
from cases.models import SupportPlan

PERSON = "person"  # whose trouble a role answers: the sheet's person, or "m<i>"


class NoBasisForRole(ValueError):
    """An agency without a standing consent or 支援会議 basis was given a role."""

    def __init__(self, agency: AgencyRef) -> None:
        super().__init__(agency.id)
        self.agency = agency


@dataclass(frozen=True, slots=True)
class PlanRole:
    agency: AgencyRef
    role: str  # lead | support | informed
    member: str = PERSON


@dataclass(frozen=True, slots=True)
class PlanAction:
    what: str
    due: date
    by: str  # an agency id with a role, or COORDINATOR


@dataclass(frozen=True, slots=True)
class PlanDraft:
    goals: str
    roles: tuple[PlanRole, ...] = ()
    actions: tuple[PlanAction, ...] = ()


@dataclass(frozen=True, slots=True)
class AgencyPart:
    """What one agency sees of the plan: the goals, its own role(s) and its actions."""

    goals: str
    version: int
    roles: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)


def _checked(draft: PlanDraft) -> PlanDraft:
    goals = draft.goals.strip()
    if not goals:
        raise Refused("目標（ご本人のことば）を書いてください")
    if any(role.role not in ROLE_LABELS for role in draft.roles):
        raise Refused("役割は 主担当・副担当・情報共有のみ から選んでください")
    if sum(role.role == "lead" for role in draft.roles) > 1:
        raise Refused("主担当は1つの機関にしてください")
    doers = {role.agency.id for role in draft.roles} | {COORDINATOR}
    for action in draft.actions:
        if not action.what.strip():
            raise Refused("次にすることを書いてください")
        if action.by not in doers:
            raise Refused("次にすることの担当は、役割のある機関か推進員にしてください")
    return draft


async def check_bases(db: AsyncSession, case_id: int, roles: Sequence[PlanRole]) -> None:
    """Raise NoBasisForRole for the first agency no consent or 支援会議 basis covers."""
    for role in roles:
        basis = await sharing_basis(db, case_id, role.agency.id)
        if basis is None or basis.kind not in PLAN_BASES:
            raise NoBasisForRole(role.agency)


async def current_plan(db: AsyncSession, case_id: int) -> SupportPlan | None:
    plan: SupportPlan | None = await db.scalar(
        select(SupportPlan)
        .where(SupportPlan.case_id == case_id)
        .order_by(SupportPlan.version.desc())
        .limit(1)
    )
    return plan


async def plan_history(db: AsyncSession, case_id: int) -> list[SupportPlan]:
    """Every version of the case's plan, newest first."""
    rows = await db.scalars(
        select(SupportPlan)
        .where(SupportPlan.case_id == case_id)
        .order_by(SupportPlan.version.desc())
    )
    return list(rows)


def draft_from(plan: SupportPlan | None) -> PlanDraft:
    """The plan as a draft (to change a part and save it again); empty without one."""
    if plan is None:
        return PlanDraft("")
    roles = tuple(
        PlanRole(AgencyRef(r["agency_id"], r["agency_name"]), r["role"], r.get("member", PERSON))
        for r in plan.roles
    )
    actions = tuple(
        PlanAction(a["what"], date.fromisoformat(a["due"]), a["by"]) for a in plan.actions
    )
    return PlanDraft(plan.goals, roles, actions)


def _doer_name(by: str, roles: Sequence[PlanRole]) -> str:
    names = {role.agency.id: role.agency.name for role in roles}
    return names.get(by, COORDINATOR_LABEL)


async def save_plan(
    db: AsyncSession,
    case_id: int,
    draft: PlanDraft,
    actor: str,
    conference_id: int | None = None,
) -> SupportPlan:
    """Save the plan as its next version. Refuses (NoBasisForRole, ValueError) with
    nothing changed; agencies given a role that do not see the case yet are provided it."""
    draft = _checked(draft)
    case = await get_case(db, case_id)
    await check_bases(db, case_id, draft.roles)
    last = await db.scalar(
        select(func.max(SupportPlan.version)).where(SupportPlan.case_id == case_id)
    )
    plan = SupportPlan(
        case_id=case_id,
        version=(last or 0) + 1,
        goals=draft.goals.strip(),
        roles=[
            {
                "agency_id": r.agency.id,
                "agency_name": r.agency.name,
                "role": r.role,
                "member": r.member,
            }
            for r in draft.roles
        ],
        actions=[
            {
                "what": a.what.strip(),
                "due": a.due.isoformat(),
                "by": a.by,
                "by_name": _doer_name(a.by, draft.roles),
            }
            for a in sorted(draft.actions, key=lambda a: a.due)
        ],
        conference_id=conference_id,
        saved_by=actor,
    )
    db.add(plan)
    await db.flush()
    await follow_bases(db, case, [role.agency for role in draft.roles], actor)
    audit(
        db,
        actor,
        "plan.saved",
        case_id=case_id,
        version=plan.version,
        roles={r.agency.id: r.role for r in draft.roles},
        actions=len(draft.actions),
        conference_id=conference_id,
    )
    return plan


def agency_part(plan: SupportPlan, agency_id: str) -> AgencyPart:
    """The part of the plan an agency sees: its own roles and actions, no other's."""
    return AgencyPart(
        goals=plan.goals,
        version=plan.version,
        roles=[r for r in plan.roles if r["agency_id"] == agency_id],
        actions=[a for a in plan.actions if a["by"] == agency_id],
    )

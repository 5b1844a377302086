"""The 支援プラン page and PDF as staff read them: the coordinator (and admin) the whole
plan, its versions, the ケース検討会 and every agency's progress notes; agency staff their
own part only — their role(s), their actions, their own notes — beside the household and
its family diagram, consistent with who may open the case (`api/console/access.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.console.genogram import Diagram, layout
from cases.casework.conferences import conferences_of
from cases.casework.household import Member, household, member_choices
from cases.casework.monitoring import progress_notes
from cases.casework.plans import agency_part, current_plan, plan_history
from cases.casework.queries import CaseDetail
from cases.casework.vocabulary import ROLE_LABELS
from cases.models import CaseConference, ProgressNote, SupportPlan
from cases.staff import SignedIn


@dataclass(frozen=True, slots=True)
class RoleRow:
    agency_id: str
    agency: str
    role: str  # id
    label: str  # 主担当…
    member: str  # key
    whose: str  # 本人 / 長男 山田一郎


@dataclass(frozen=True, slots=True)
class ActionRow:
    due: date
    what: str
    by: str
    by_name: str
    late: bool


@dataclass
class PlanPage:
    whole: bool  # the coordinator's view (every part); False: one agency's part
    agency_id: str | None
    plan: SupportPlan | None
    goals: str
    version: int
    roles: list[RoleRow]
    actions: list[ActionRow]
    members: list[Member]
    diagram: Diagram
    choices: list[tuple[str, str]]
    conferences: list[CaseConference] = field(default_factory=list)
    notes: list[ProgressNote] = field(default_factory=list)
    history: list[SupportPlan] = field(default_factory=list)


def _roles(roles: list[dict[str, Any]], whose: dict[str, str]) -> list[RoleRow]:
    order = list(ROLE_LABELS)
    return [
        RoleRow(
            r["agency_id"],
            r["agency_name"],
            r["role"],
            ROLE_LABELS.get(r["role"], r["role"]),
            r.get("member", "person"),
            whose.get(r.get("member", "person"), "本人"),
        )
        for r in sorted(roles, key=lambda r: order.index(r["role"]) if r["role"] in order else 9)
    ]


def _actions(actions: list[dict[str, Any]], today: date) -> list[ActionRow]:
    rows = []
    for a in actions:
        due = date.fromisoformat(a["due"])
        rows.append(ActionRow(due, a["what"], a["by"], a["by_name"], due < today))
    return rows


async def plan_page(db: AsyncSession, detail: CaseDetail, user: SignedIn, today: date) -> PlanPage:
    case = detail.case
    plan = await current_plan(db, case.id)
    whole = user.sees_every_case
    own = None if whole else user.agency_id
    if plan is None:
        roles: list[dict[str, Any]] = []
        actions: list[dict[str, Any]] = []
    elif own is None:
        roles, actions = plan.roles, plan.actions
    else:
        part = agency_part(plan, own)
        roles, actions = part.roles, part.actions
    members = household(detail.sheet, case.categories, roles)
    whose = dict(member_choices(members))
    return PlanPage(
        whole=whole,
        agency_id=own,
        plan=plan,
        goals=plan.goals if plan else "",
        version=plan.version if plan else 0,
        roles=_roles(roles, whose),
        actions=_actions(actions, today),
        members=members,
        diagram=layout(members),
        choices=member_choices(members),
        conferences=await conferences_of(db, case.id) if whole else [],
        notes=await progress_notes(db, case.id, own),
        history=await plan_history(db, case.id) if whole else [],
    )

"""The rules of the coordinator's casework in the domain: who may be given a role in the
支援プラン, versions, a ケース検討会 feeding the plan and recording its 支援会議 basis once,
an agency's own part, the reviews due on a given day, and what a purge leaves."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.casework.conferences import ConferenceRecord, Decided, record_conference
from cases.casework.monitoring import count_due, reviews, set_review
from cases.casework.opening import AgencyRef
from cases.casework.plans import (
    NoBasisForRole,
    PlanAction,
    PlanDraft,
    PlanRole,
    agency_part,
    plan_history,
    save_plan,
)
from cases.casework.refusals import Refused
from cases.casework.sharing import agency_may_view, record_protection
from cases.casework.status import InvalidTransition, change_status, get_case
from cases.models import CaseConference, SupportMeetingBasis, SupportPlan, utcnow
from cases.retention import empty_case
from tests.console.conftest import CARE, DEBT, OTHER, handed_off_case

HOUSE = AgencyRef(CARE.id, CARE.name)
DEBTS = AgencyRef(DEBT.id, DEBT.name)
HEALTH = AgencyRef(OTHER.id, OTHER.name)
GOALS = "母と家で暮らし続けたい"


def plan(*roles: PlanRole, actions: tuple[PlanAction, ...] = ()) -> PlanDraft:
    return PlanDraft(GOALS, roles, actions)


async def test_a_role_needs_a_consent_or_a_support_meeting_naming_the_agency(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    case_id = await handed_off_case(session_factory, agencies=(CARE, DEBT))
    async with session_factory() as db:
        with pytest.raises(NoBasisForRole) as refused:
            await save_plan(db, case_id, plan(PlanRole(HEALTH, "support")), "staff:1")
        assert refused.value.agency == HEALTH
        # 生命・身体の保護 lets the agency see the case, but is no footing for a plan.
        await record_protection(db, case_id, "連絡がとれず命が心配", "staff:1", [HEALTH])
        assert await agency_may_view(db, case_id, HEALTH.id)
        with pytest.raises(NoBasisForRole):
            await save_plan(db, case_id, plan(PlanRole(HEALTH, "informed")), "staff:1")
        await db.rollback()
        saved = await save_plan(
            db, case_id, plan(PlanRole(HOUSE, "lead"), PlanRole(DEBTS, "support")), "staff:1"
        )
        assert saved.version == 1
        await db.commit()
        assert await db.scalar(select(func.count(SupportPlan.id))) == 1


async def test_a_plan_has_one_lead_and_its_actions_are_done_by_those_with_a_role(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    case_id = await handed_off_case(session_factory, agencies=(CARE, DEBT))
    due = date(2027, 1, 15)
    async with session_factory() as db:
        with pytest.raises(Refused, match="主担当は1つ"):
            await save_plan(
                db, case_id, plan(PlanRole(HOUSE, "lead"), PlanRole(DEBTS, "lead")), "staff:1"
            )
        with pytest.raises(Refused, match="役割のある機関"):
            await save_plan(
                db,
                case_id,
                plan(PlanRole(HOUSE, "lead"), actions=(PlanAction("家計の相談", due, DEBT.id),)),
                "staff:1",
            )
        with pytest.raises(Refused, match="目標"):
            await save_plan(db, case_id, PlanDraft("  "), "staff:1")


async def test_versions_stay_and_each_agency_sees_its_own_part(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    case_id = await handed_off_case(session_factory, agencies=(CARE, DEBT))
    visit = PlanAction("訪問して介護保険の申請を手伝う", date(2027, 1, 15), CARE.id)
    budget = PlanAction("家計の見直しを一緒にする", date(2027, 1, 10), DEBT.id)
    meeting = PlanAction("検討会を開く", date(2027, 2, 1), "coordinator")
    async with session_factory() as db:
        await save_plan(db, case_id, plan(PlanRole(HOUSE, "lead")), "staff:1")
        second = await save_plan(
            db,
            case_id,
            plan(
                PlanRole(HOUSE, "lead"),
                PlanRole(DEBTS, "support"),
                actions=(visit, budget, meeting),
            ),
            "staff:1",
        )
        await db.commit()
        history = await plan_history(db, case_id)
        assert [p.version for p in history] == [2, 1]
        assert [r["agency_id"] for r in history[1].roles] == [CARE.id]  # the old one stays
        assert [a["due"] for a in second.actions] == ["2027-01-10", "2027-01-15", "2027-02-01"]
        assert second.actions[2]["by_name"] == "相談支援包括化推進員"
        care = agency_part(second, CARE.id)
        assert [r["role"] for r in care.roles] == ["lead"]
        assert [a["what"] for a in care.actions] == [visit.what]
        debt = agency_part(second, DEBT.id)
        assert [a["what"] for a in debt.actions] == [budget.what]


async def test_a_conference_records_its_support_meeting_once_and_feeds_the_plan(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    case_id = await handed_off_case(session_factory, agencies=(CARE,))
    held = date(2027, 1, 8)
    async with session_factory() as db:
        await save_plan(db, case_id, plan(PlanRole(HOUSE, "support")), "staff:1")
        conference = await record_conference(
            db,
            case_id,
            ConferenceRecord(held, (HOUSE, HEALTH), "保健センターが訪問する", "本人の健康が心配"),
            "staff:1",
            Decided(
                (PlanRole(HOUSE, "lead"), PlanRole(HEALTH, "support", "m0")),
                (PlanAction("訪問する", date(2027, 1, 20), HEALTH.id),),
            ),
        )
        await db.commit()
        meetings = list(await db.scalars(select(SupportMeetingBasis)))
        assert len(meetings) == 1 and conference.support_meeting_id == meetings[0].id
        assert [a["id"] for a in meetings[0].agencies] == [CARE.id, OTHER.id]
        assert await agency_may_view(db, case_id, HEALTH.id)  # provided under the basis
        latest = (await plan_history(db, case_id))[0]
        assert (latest.version, latest.conference_id, latest.goals) == (2, conference.id, GOALS)
        assert {r["agency_id"]: r["role"] for r in latest.roles} == {
            CARE.id: "lead",
            OTHER.id: "support",
        }
        with pytest.raises(Refused, match="検討会で決めたこと"):
            await record_conference(db, case_id, ConferenceRecord(held, (HOUSE,), ""), "staff:1")


async def test_reviews_fall_due_on_the_day_given_and_a_purge_empties_the_casework(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    first = await handed_off_case(session_factory, "U" + "1" * 32)
    second = await handed_off_case(session_factory, "U" + "2" * 32)
    async with session_factory() as db:
        for case_id, review_on in ((first, date(2027, 1, 10)), (second, date(2027, 1, 20))):
            for step in ("accepted", "in_progress"):
                await change_status(db, case_id, step, "staff:1")
            await change_status(db, case_id, "monitoring", "staff:1", review_on=review_on)
        await db.commit()
        assert await count_due(db, date(2027, 1, 9)) == 0
        assert await count_due(db, date(2027, 1, 10)) == 1
        on_the_12th = await reviews(db, date(2027, 1, 12))
        assert [(r.case.id, r.state, r.overdue_days) for r in on_the_12th] == [
            (first, "overdue", 2),
            (second, "upcoming", -8),
        ]
        assert await reviews(db, date(2027, 1, 12), case_ids=[second]) == on_the_12th[1:]
        await set_review(db, first, date(2027, 2, 10), "staff:1")
        assert await count_due(db, date(2027, 1, 12)) == 0
        await change_status(db, second, "closed", "staff:1", closing="moved")
        with pytest.raises(InvalidTransition):
            await set_review(db, second, date(2027, 2, 1), "staff:1")
        assert await count_due(db, date(2027, 3, 1), [second]) == 0

        await save_plan(db, first, plan(PlanRole(HOUSE, "lead")), "staff:1")
        await record_conference(
            db, first, ConferenceRecord(date(2027, 1, 8), (HOUSE,), "訪問を続ける"), "staff:1"
        )
        removed = await empty_case(db, await get_case(db, first), "system", utcnow())
        assert (removed["support_plans"], removed["case_conferences"]) == (1, 1)
        assert await db.scalar(select(func.count(CaseConference.id))) == 0

"""Staff casework rules: the status path, filters and counts for the case list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.casework.opening import CaseFacts, open_case
from cases.casework.queries import CaseFilter, case_detail, count_cases, list_cases
from cases.casework.status import InvalidTransition, allowed_next, change_status
from cases.models import Resident


async def make_case(db: AsyncSession, n: int, facts: CaseFacts) -> int:
    resident = Resident(line_user_id=f"U{n:032d}", follow_state="following")
    db.add(resident)
    await db.flush()
    case = await open_case(db, resident.id, facts)
    return case.id


async def test_status_moves_one_step_and_early_closing_needs_a_reason(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as db:
        case_id = await make_case(db, 1, CaseFacts(origin="handoff", categories=("care",)))
        with pytest.raises(InvalidTransition):
            await change_status(db, case_id, "monitoring", "staff:1")
        with pytest.raises(InvalidTransition):
            await change_status(db, case_id, "closed", "staff:1")
        for step in ("accepted", "in_progress"):
            await change_status(db, case_id, step, "staff:1")
        with pytest.raises(InvalidTransition, match="見直し日"):
            await change_status(db, case_id, "monitoring", "staff:1")
        await change_status(db, case_id, "monitoring", "staff:1", review_on=date(2027, 1, 8))
        with pytest.raises(InvalidTransition, match="終結の理由"):
            await change_status(db, case_id, "closed", "staff:1")
        with pytest.raises(InvalidTransition, match="その他"):
            await change_status(db, case_id, "closed", "staff:1", closing="other")
        closed = await change_status(db, case_id, "closed", "staff:1", closing="resolved")
        assert (closed.closing_reason, closed.next_review_on) == ("resolved", None)
        assert allowed_next("closed") == ("in_progress",)
        await change_status(db, case_id, "in_progress", "staff:1", reason="新しい課題が見つかった")
        await db.commit()
        detail = await case_detail(db, case_id)
        assert detail.case.status == "in_progress" and detail.case.closed_at is None
        assert [a.action for a in detail.audit].count("case.status") == 5
        assert "新しい課題" in detail.notes[-1].text
        assert "課題が解決した" in detail.notes[0].text


async def test_list_filters_and_counts(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory() as db:
        await make_case(
            db, 1, CaseFacts("handoff", "normal", ("care", "debt"), "care", ward="北区")
        )
        await make_case(db, 2, CaseFacts("handoff", "high", ("abuse",), "abuse", ward="中区"))
        crisis = await make_case(db, 3, CaseFacts("crisis", "crisis", ("mental",), ward="北区"))
        await db.commit()
        ordered = [c.id for c in await list_cases(db)]
        assert ordered[0] == crisis  # most urgent first
        assert len(await list_cases(db, CaseFilter(category="debt"))) == 1
        assert len(await list_cases(db, CaseFilter(ward="北区"))) == 2
        assert len(await list_cases(db, CaseFilter(is_complex=True))) == 1
        counts = await count_cases(db)
        assert (counts.total, counts.complex) == (3, 1)
        assert counts.by_urgency == {"normal": 1, "high": 1, "crisis": 1}
        assert (await count_cases(db, CaseFilter(ward="北区"))).by_status == {"new": 2}


async def test_a_crisis_then_a_sheet_join_one_case_and_urgency_stays_crisis(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as db:
        resident = Resident(line_user_id="U" + "9" * 32)
        db.add(resident)
        await db.flush()
        first = await open_case(
            db, resident.id, CaseFacts("crisis", "crisis", crisis_flags=("suicide",))
        )
        second = await open_case(
            db,
            resident.id,
            CaseFacts("handoff", "normal", ("mental", "income"), "mental", sheet_id=3),
        )
        assert first.id == second.id
        assert (second.urgency, second.categories, second.sheet_id) == (
            "crisis",
            ["mental", "income"],
            3,
        )

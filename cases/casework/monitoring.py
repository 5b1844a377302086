"""モニタリング: each case in monitoring has its next review day; the coordinator's list
of the reviews due or overdue; the short progress notes an agency posts on its part."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.refusals import Refused
from cases.casework.status import InvalidTransition, get_case
from cases.models import Case, ProgressNote

JST = ZoneInfo("Asia/Tokyo")
PROGRESS_NOTE_MAX = 400  # a short note; the case's own notes take the long ones
UPCOMING_DAYS = 14


def today_in_japan(now: datetime | None = None) -> date:
    """The day it is at the city's offices (reviews fall due on Japanese days)."""
    return (now or datetime.now(JST)).astimezone(JST).date()


@dataclass(frozen=True, slots=True)
class Review:
    case: Case
    due: date
    overdue_days: int  # > 0 overdue, 0 due today, < 0 days to go

    @property
    def state(self) -> str:
        if self.overdue_days > 0:
            return "overdue"
        return "due" if self.overdue_days == 0 else "upcoming"


async def reviews(
    db: AsyncSession, today: date, case_ids: list[int] | None = None, upcoming: int = UPCOMING_DAYS
) -> list[Review]:
    """Cases in モニタリング whose review is due by `today` + `upcoming` days, the most
    overdue first (`case_ids`: only those, for agency staff)."""
    query = (
        select(Case)
        .where(Case.status == "monitoring", Case.next_review_on.is_not(None))
        .order_by(Case.next_review_on, Case.id)
    )
    if case_ids is not None:
        query = query.where(Case.id.in_(case_ids))
    found = []
    for case in await db.scalars(query):
        due = case.next_review_on
        assert due is not None
        late = (today - due).days
        if late >= -upcoming:
            found.append(Review(case, due, late))
    return found


async def count_due(db: AsyncSession, today: date, case_ids: list[int] | None = None) -> int:
    """How many reviews are due today or overdue."""
    query = select(func.count(Case.id)).where(
        Case.status == "monitoring", Case.next_review_on <= today
    )
    if case_ids is not None:
        query = query.where(Case.id.in_(case_ids))
    return int(await db.scalar(query) or 0)


async def set_review(db: AsyncSession, case_id: int, day: date, actor: str) -> Case:
    """The next review of a case in モニタリング (after a review, or to move it)."""
    case = await get_case(db, case_id)
    if case.status != "monitoring":
        raise InvalidTransition("見直し日はモニタリング中のケースに入れます")
    previous = case.next_review_on
    case.next_review_on = day
    audit(
        db,
        actor,
        "case.review_set",
        case_id=case_id,
        review_on=day.isoformat(),
        previous_review_on=previous.isoformat() if previous else None,
    )
    await db.flush()
    return case


async def add_progress_note(
    db: AsyncSession, case_id: int, agency_id: str, text: str, actor: str
) -> ProgressNote:
    """An agency's short note on how its part goes."""
    text = text.strip()
    if not text:
        raise Refused("報告を書いてください")
    if len(text) > PROGRESS_NOTE_MAX:
        raise Refused(f"報告は{PROGRESS_NOTE_MAX}字までにしてください")
    case = await get_case(db, case_id)
    note = ProgressNote(case_id=case.id, agency_id=agency_id, author=actor, text=text)
    db.add(note)
    await db.flush()
    audit(db, actor, "case.progress_noted", case_id=case.id, agency_id=agency_id, note_id=note.id)
    return note


async def progress_notes(
    db: AsyncSession, case_id: int, agency_id: str | None = None
) -> list[ProgressNote]:
    """The case's progress notes, newest first: every agency's for the coordinator, one
    agency's own for that agency (`agency_id`)."""
    query = select(ProgressNote).where(ProgressNote.case_id == case_id)
    if agency_id is not None:
        query = query.where(ProgressNote.agency_id == agency_id)
    return list(await db.scalars(query.order_by(ProgressNote.id.desc())))

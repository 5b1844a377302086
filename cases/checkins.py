"""The follow-up with the resident, the database side: the choice made at the hand-off,
the check-ins that fall due, why one is called off, the sent marker (set with the push in
one transaction, so a check-in goes out once), and the answer on the case.

A check-in is never sent after the person withdrew their consent, asked for their data to
be erased, blocked the account, or once the case is closed (終結); and never in the
quiet hours (21:00–8:00 JST): it waits for the next allowed time."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import Case, CaseCheckIn, Consent, ErasureRequest, Resident

JST = ZoneInfo("Asia/Tokyo")
# No push from 21:00 until 8:00, Japan time.
QUIET_FROM_HOUR: Final = 21
QUIET_UNTIL_HOUR: Final = 8

# The staff alerts of an answer (no personal data: the case number, categories, 区).
ALERT_LABELS: Final[dict[str, str]] = {
    "checkin_waiting": "その後の確認：相談先からまだ連絡がない",
    "checkin_again": "その後の確認：また困っている",
}
CANCEL_LABELS: Final[dict[str, str]] = {
    "closed": "ケースが終結したため送りません",
    "withdrawn": "同意が取り消されたため送りません",
    "erased": "データの削除の依頼により送りません",
    "blocked": "LINE がブロックされているため送りません",
}


def in_quiet_hours(now: datetime) -> bool:
    hour = now.astimezone(JST).hour
    return hour >= QUIET_FROM_HOUR or hour < QUIET_UNTIL_HOUR


async def checkin_of_case(db: AsyncSession, case_id: int) -> CaseCheckIn | None:
    found: CaseCheckIn | None = await db.scalar(
        select(CaseCheckIn).where(CaseCheckIn.case_id == case_id)
    )
    return found


async def choose(
    db: AsyncSession, case: Case, agreed: bool, now: datetime, days: int
) -> CaseCheckIn:
    """Record the person's choice for `case`; a yes schedules the check-in `days` on. A
    changed mind before it was sent is taken; once sent, the record stays as it is."""
    checkin = await checkin_of_case(db, case.id)
    if checkin is None:
        checkin = CaseCheckIn(case_id=case.id)
        db.add(checkin)
    elif checkin.sent_at is not None:
        return checkin
    checkin.agreed = agreed
    checkin.decided_at = now
    checkin.due_at = now + timedelta(days=days) if agreed else None
    await db.flush()
    return checkin


async def due_checkins(db: AsyncSession, now: datetime) -> list[CaseCheckIn]:
    query = (
        select(CaseCheckIn)
        .where(
            CaseCheckIn.agreed.is_(True),
            CaseCheckIn.sent_at.is_(None),
            CaseCheckIn.cancelled.is_(None),
            CaseCheckIn.due_at <= now,
        )
        .order_by(CaseCheckIn.due_at)
    )
    return list(await db.scalars(query))


async def reason_not_to_send(db: AsyncSession, checkin: CaseCheckIn, case: Case) -> str | None:
    """Why this check-in must never go out (`CANCEL_LABELS`), or None."""
    erased = await db.scalar(
        select(ErasureRequest.id).where(
            ErasureRequest.resident_id == case.resident_id,
            ErasureRequest.requested_at >= checkin.decided_at,
        )
    )
    if erased is not None:
        return "erased"
    withdrawn = await db.scalar(
        select(Consent.id)
        .where(
            Consent.withdrawn_at.is_not(None),
            or_(
                Consent.case_id == case.id,
                (Consent.resident_id == case.resident_id)
                & (Consent.withdrawn_at >= checkin.decided_at),
            ),
        )
        .limit(1)
    )
    if withdrawn is not None:
        return "withdrawn"
    if case.status == "closed" or case.purged_at is not None:
        return "closed"
    resident = await db.get(Resident, case.resident_id)
    if resident is None or resident.follow_state == "blocked":
        return "blocked"
    return None


async def claim(db: AsyncSession, checkin: CaseCheckIn, now: datetime) -> bool:
    """Set the sent marker unless someone else did: True when this transaction sends it."""
    result = await db.execute(
        update(CaseCheckIn)
        .where(
            CaseCheckIn.id == checkin.id,
            CaseCheckIn.sent_at.is_(None),
            CaseCheckIn.cancelled.is_(None),
        )
        .values(sent_at=now)
        .execution_options(synchronize_session=False)
    )
    claimed = getattr(result, "rowcount", 0) == 1
    if claimed:
        checkin.sent_at = now
    return claimed


async def answered(
    db: AsyncSession, resident_id: int, answer: str, now: datetime
) -> tuple[CaseCheckIn, Case] | None:
    """Record the answer on the newest check-in sent to the resident (a later tap
    replaces an earlier one); None when none was sent."""
    row = (
        await db.execute(
            select(CaseCheckIn, Case)
            .join(Case, Case.id == CaseCheckIn.case_id)
            .where(Case.resident_id == resident_id, CaseCheckIn.sent_at.is_not(None))
            .order_by(CaseCheckIn.sent_at.desc(), CaseCheckIn.id.desc())
            .limit(1)
        )
    ).first()
    if row is None:
        return None
    checkin, case = row
    checkin.answer = answer
    checkin.answered_at = now
    return checkin, case

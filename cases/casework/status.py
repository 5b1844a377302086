"""Moving a case along 新規 → 受付 → 対応中 → モニタリング → 終結."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.refusals import Refused
from cases.casework.vocabulary import CLOSING_REASONS, NEEDS_REASON, STATUS_LABELS, TRANSITIONS
from cases.models import Case, CaseNote, utcnow
from cases.staff import STAFF_ACTOR_PREFIX

# What counts as staff answering a case: a reply to the person, taking the chat over, a
# change of status (受付, 対応中…) or putting the case on someone's desk.
RESPONSE_ACTIONS = ("chat.staff_replied", "chat.taken_over", "case.status", "case.assigned")


class CaseNotFound(LookupError):
    pass


class InvalidTransition(Refused):
    """The case cannot move to that status from where it is."""


async def get_case(db: AsyncSession, case_id: int) -> Case:
    case = await db.get(Case, case_id)
    if case is None:
        raise CaseNotFound(case_id)
    return case


def staff_answered(case: Case, actor: str) -> None:
    """Mark the case's first answer by staff (one of `RESPONSE_ACTIONS`, done by a staff
    user); later answers leave it."""
    if actor.startswith(STAFF_ACTOR_PREFIX) and case.first_response_at is None:
        case.first_response_at = utcnow()


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses a case may move to next (for the console's buttons)."""
    return TRANSITIONS.get(status, ())


async def change_status(
    db: AsyncSession,
    case_id: int,
    to: str,
    actor: str,
    reason: str | None = None,
    *,
    review_on: date | None = None,
    closing: str | None = None,
) -> Case:
    """Move the case; closing early or reopening needs a reason, kept as a note. Moving
    to モニタリング needs the day of the first review (`review_on`); 終結 needs a closing
    reason of `CLOSING_REASONS` (`closing`), and "other" its words in `reason`."""
    case = await get_case(db, case_id)
    if to not in allowed_next(case.status):
        raise InvalidTransition(
            f"{STATUS_LABELS.get(case.status, case.status)} から "
            f"{STATUS_LABELS.get(to, to)} へは進めません"
        )
    reason = (reason or "").strip()
    if (case.status, to) in NEEDS_REASON and not reason:
        raise InvalidTransition("理由を書いてください")
    if to == "monitoring" and review_on is None:
        raise InvalidTransition("次の見直し日を入れてください")
    if to == "closed" and closing not in CLOSING_REASONS:
        raise InvalidTransition("終結の理由を選んでください")
    if to == "closed" and closing == "other" and not reason:
        raise InvalidTransition("終結の理由（その他）を書いてください")
    previous = case.status
    case.status = to
    case.closed_at = utcnow() if to == "closed" else None
    case.closing_reason = closing if to == "closed" else None
    case.next_review_on = review_on if to == "monitoring" else None
    if to == "closed" and closing is not None:
        reason = f"{CLOSING_REASONS[closing]}。{reason}" if reason else CLOSING_REASONS[closing]
    if reason:
        db.add(
            CaseNote(
                case_id=case.id,
                author=actor,
                text=f"[{STATUS_LABELS[previous]}→{STATUS_LABELS[to]}] {reason}",
            )
        )
    detail: dict[str, Any] = {"previous": previous, "to": to}
    if to == "closed":
        detail["closing"] = closing
    if to == "monitoring" and review_on is not None:
        detail["review_on"] = review_on.isoformat()
    audit(db, actor, "case.status", case_id=case.id, **detail)
    staff_answered(case, actor)
    await db.flush()
    return case

"""Moving a case along 新規 → 受付 → 対応中 → モニタリング → 終結."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.vocabulary import NEEDS_REASON, STATUS_LABELS, TRANSITIONS
from cases.models import Case, CaseNote, utcnow


class CaseNotFound(LookupError):
    pass


class InvalidTransition(ValueError):
    """The case cannot move to that status from where it is."""


async def get_case(db: AsyncSession, case_id: int) -> Case:
    case = await db.get(Case, case_id)
    if case is None:
        raise CaseNotFound(case_id)
    return case


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses a case may move to next (for the console's buttons)."""
    return TRANSITIONS.get(status, ())


async def change_status(
    db: AsyncSession, case_id: int, to: str, actor: str, reason: str | None = None
) -> Case:
    """Move the case; closing early or reopening needs a reason, kept as a note."""
    case = await get_case(db, case_id)
    if to not in allowed_next(case.status):
        raise InvalidTransition(
            f"{STATUS_LABELS.get(case.status, case.status)} から "
            f"{STATUS_LABELS.get(to, to)} へは進めません"
        )
    reason = (reason or "").strip()
    if (case.status, to) in NEEDS_REASON and not reason:
        raise InvalidTransition("理由を書いてください")
    previous = case.status
    case.status = to
    case.closed_at = utcnow() if to == "closed" else None
    if reason:
        db.add(
            CaseNote(
                case_id=case.id,
                author=actor,
                text=f"[{STATUS_LABELS[previous]}→{STATUS_LABELS[to]}] {reason}",
            )
        )
    audit(db, actor, "case.status", case_id=case.id, previous=previous, to=to)
    await db.flush()
    return case

"""The conversation's saved state and its full transcript, kept in the city's database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.status import change_status
from cases.casework.vocabulary import more_urgent
from cases.models import Case, ConversationState, ReceivedEvent, StaffAlert, TranscriptEntry


@dataclass(slots=True)
class StoredState:
    """A resident's saved conversation state as a turn read it, kept so that saving it
    back needs no second read (the session holds unchanged rows only weakly)."""

    resident_id: int
    row: ConversationState | None

    @property
    def state(self) -> dict[str, Any]:
        return dict(self.row.state) if self.row else {}

    def save(self, db: AsyncSession, state: dict[str, Any]) -> None:
        if self.row is None:
            self.row = ConversationState(resident_id=self.resident_id, state=state, version=1)
            db.add(self.row)
        else:
            self.row.state = state
            self.row.version += 1


async def load_state(db: AsyncSession, resident_id: int) -> dict[str, Any]:
    row = await db.get(ConversationState, resident_id)
    return dict(row.state) if row else {}


async def save_state(db: AsyncSession, resident_id: int, state: dict[str, Any]) -> None:
    StoredState(resident_id, await db.get(ConversationState, resident_id)).save(db, state)


def add_transcript(
    db: AsyncSession,
    resident_id: int,
    event_id: int | None,
    direction: str,
    author: str,
    kind: str,
    text: str,
    content: dict[str, Any] | None = None,
    visit_ref: str | None = None,
) -> None:
    db.add(
        TranscriptEntry(
            resident_id=resident_id,
            event_id=event_id,
            direction=direction,
            author=author,
            kind=kind,
            text=text,
            content=content or {},
            visit_ref=visit_ref,
        )
    )


def _event_ids(webhook_event_ids: Sequence[str]) -> Select[tuple[int]]:
    return select(ReceivedEvent.id).where(
        ReceivedEvent.webhook_event_id.in_(list(webhook_event_ids))
    )


async def file_under_visit(
    db: AsyncSession, resident_id: int, webhook_event_ids: Sequence[str], visit_ref: str
) -> int:
    """A 民生委員's messages (by their webhook event ids) filed under the visit they were
    about, so that visit's case shows them; only what they wrote, and only messages not
    yet filed under a visit. How many were filed."""
    if not webhook_event_ids:
        return 0
    events = _event_ids(webhook_event_ids)
    result = await db.execute(
        update(TranscriptEntry)
        .where(
            TranscriptEntry.resident_id == resident_id,
            TranscriptEntry.direction == "in",
            TranscriptEntry.visit_ref.is_(None),
            TranscriptEntry.event_id.in_(events),
        )
        .values(visit_ref=visit_ref)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def move_alerts_to(db: AsyncSession, case: Case, webhook_event_ids: Sequence[str]) -> int:
    """The staff alerts those messages raised (a 民生委員's words of crisis at the menu,
    said afterwards to be about a visited resident) moved to that resident's case, which
    takes their urgency and flags. How many were moved."""
    if not webhook_event_ids:
        return 0
    events = _event_ids(webhook_event_ids)
    alerts = list(
        await db.scalars(
            select(StaffAlert).where(
                StaffAlert.event_id.in_(events),
                StaffAlert.case_id.is_distinct_from(case.id),
            )
        )
    )
    left = {alert.case_id for alert in alerts if alert.case_id is not None}
    for alert in alerts:
        alert.case_id = case.id
        case.urgency = more_urgent(case.urgency, alert.urgency)
        flags = [*(case.crisis_flags or []), *(alert.flags or [])]
        case.crisis_flags = list(dict.fromkeys(flags))
    await db.flush()
    for case_id in sorted(left):
        await _close_if_emptied(db, case_id, case)
    return len(alerts)


# The note on a case closed because what opened it went to another case.
GATHERED_INTO = "この相談は、ケース {number}（同じ訪問の相談）にまとめました。"


async def _close_if_emptied(db: AsyncSession, case_id: int, into: Case) -> None:
    """A case the bot opened only for alerts now moved to `into` (a crisis at the menu:
    no sheet, no visit, nothing done by staff, no alert left) is closed, saying where
    they went, so no empty case waits in the console."""
    left = await db.get(Case, case_id)
    if left is None or left.origin != "crisis" or left.status != "new":
        return
    if left.sheet_id is not None or left.visit_ref is not None:
        return
    if left.assignee_id is not None or left.first_response_at is not None:
        return
    still = await db.scalar(select(StaffAlert.id).where(StaffAlert.case_id == case_id).limit(1))
    if still is not None:
        return
    reason = GATHERED_INTO.format(number=into.number)
    await change_status(db, case_id, "closed", "bot", reason, closing="other")


async def messages_just_before(
    db: AsyncSession, resident_id: int, since: datetime, limit: int
) -> list[str]:
    """The texts the person sent last, oldest first: at most `limit`, none before `since`,
    and none before a tap, photo or sticker of theirs (a run of typed messages)."""
    rows = await db.execute(
        select(TranscriptEntry.kind, TranscriptEntry.text)
        .where(
            TranscriptEntry.resident_id == resident_id,
            TranscriptEntry.direction == "in",
            TranscriptEntry.created_at >= since,
        )
        .order_by(TranscriptEntry.id.desc())
        .limit(limit)
    )
    run: list[str] = []
    for kind, text in rows.all():
        if kind != "text":
            break
        run.insert(0, text)
    return run

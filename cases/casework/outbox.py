"""The outbox: notifications and pushes written in the transaction that caused them, then
delivered by `bot/notify/` with retries and backoff. A message that fails its last
attempt becomes a dead letter, shown in the console and retried by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.models import OutboxMessage, ReceivedEvent, utcnow

UNANSWERED_EVENT_STATUSES = ("received", "processed", "sending")


def enqueue(
    db: AsyncSession,
    channel: str,
    kind: str,
    payload: dict[str, Any],
    *,
    priority: int = 2,
    case_id: int | None = None,
    after_event_id: int | None = None,
    not_before: datetime | None = None,
) -> OutboxMessage:
    message = OutboxMessage(
        channel=channel,
        kind=kind,
        priority=priority,
        payload=payload,
        case_id=case_id,
        after_event_id=after_event_id,
        status="pending",
        attempts=0,
        next_attempt_at=not_before or utcnow(),
    )
    db.add(message)
    return message


async def due_messages(
    db: AsyncSession, channel: str, limit: int = 20, now: datetime | None = None
) -> list[OutboxMessage]:
    """Pending messages of a channel whose time has come, most urgent first. A message
    that follows a turn waits until that turn's own reply has gone out."""
    now = now or utcnow()
    waiting_turn = select(ReceivedEvent.id).where(
        ReceivedEvent.id == OutboxMessage.after_event_id,
        ReceivedEvent.status.in_(UNANSWERED_EVENT_STATUSES),
    )
    rows = await db.scalars(
        select(OutboxMessage)
        .where(
            OutboxMessage.status == "pending",
            OutboxMessage.channel == channel,
            OutboxMessage.next_attempt_at <= now,
            ~waiting_turn.exists(),
        )
        .order_by(OutboxMessage.priority, OutboxMessage.id)
        .limit(limit)
    )
    return list(rows)


async def claim(db: AsyncSession, message: OutboxMessage, lease: timedelta) -> bool:
    """Take a message for one attempt. Another dispatcher (a second app instance) that
    read the same row loses the race; a crash mid-send frees it when the lease ends."""
    result = await db.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.id == message.id,
            OutboxMessage.status == "pending",
            OutboxMessage.attempts == message.attempts,
        )
        .values(attempts=message.attempts + 1, next_attempt_at=utcnow() + lease)
        .execution_options(synchronize_session=False)
    )
    await db.commit()
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    await db.refresh(message)
    return True


def mark_sent(message: OutboxMessage) -> None:
    message.status = "sent"
    message.sent_at = utcnow()
    message.last_error = None


def mark_failed(
    message: OutboxMessage, error: str, retry_in: timedelta | None, retryable: bool = True
) -> None:
    """Schedule the next attempt, or make it a dead letter (`retry_in` None or not
    retryable)."""
    message.last_error = error[:200]
    if retryable and retry_in is not None:
        message.next_attempt_at = utcnow() + retry_in
    else:
        message.status = "dead"


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A dead letter as the console shows it (no payload: it may quote a staff reply)."""

    id: int
    channel: str
    kind: str
    case_id: int | None
    attempts: int
    last_error: str | None
    created_at: datetime


async def dead_letters(db: AsyncSession, limit: int = 200) -> list[DeadLetter]:
    rows = await db.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status == "dead")
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    return [
        DeadLetter(m.id, m.channel, m.kind, m.case_id, m.attempts, m.last_error, m.created_at)
        for m in rows
    ]


async def retry_dead_letter(db: AsyncSession, message_id: int, actor: str) -> bool:
    """Put a dead letter back in line for a fresh set of attempts."""
    message = await db.get(OutboxMessage, message_id)
    if message is None or message.status != "dead":
        return False
    message.status = "pending"
    message.attempts = 0
    message.next_attempt_at = utcnow()
    audit(db, actor, "outbox.retry", case_id=message.case_id, message_id=message.id)
    return True

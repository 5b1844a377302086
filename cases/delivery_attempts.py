"""The durable record of the calls to LINE that deliver an event's answer.

Each call is written, and committed, before it is made; its outcome is committed with
whatever the delivery writes next (the next call, or the event marked sent). A worker
that dies in between leaves an attempt with no outcome, which a resumed delivery reads as
"unknown", never as delivered."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import DeliveryAttempt, utcnow

DELIVERED = "delivered"  # LINE answered 200: this call delivered the batch
ACCEPTED_BEFORE = "accepted_before"  # LINE answered 409 to the retry key: an earlier push did
REFUSED = "refused"  # LINE refused the call (4xx): this call delivered nothing
FAILED = "failed"  # 5xx, 429, timeout, no connection: this call's effect is unknown
PROOF = (DELIVERED, ACCEPTED_BEFORE)


@dataclass(frozen=True)
class DeliveryRecord:
    """What earlier deliveries of one event did, batch by batch."""

    attempts: tuple[DeliveryAttempt, ...]

    @property
    def any_call(self) -> bool:
        """Some delivery of this event began a call to LINE (or may have)."""
        return bool(self.attempts)

    def proven(self, batch: int) -> DeliveryAttempt | None:
        """The attempt that proves `batch` reached LINE, if one does."""
        for attempt in self.attempts:
            if attempt.batch == batch and attempt.outcome in PROOF:
                return attempt
        return None


async def delivery_record(db: AsyncSession, event_id: int) -> DeliveryRecord:
    rows = await db.scalars(
        select(DeliveryAttempt)
        .where(DeliveryAttempt.event_id == event_id)
        .order_by(DeliveryAttempt.id)
    )
    return DeliveryRecord(tuple(rows))


async def begin_attempt(
    db: AsyncSession, event_id: int, batch: int, method: str, retry_key: str | None = None
) -> DeliveryAttempt:
    """Record a call about to be made, and commit it (with all else pending in `db`)
    before LINE hears of it."""
    attempt = DeliveryAttempt(
        event_id=event_id, batch=batch, method=method, retry_key=retry_key, started_at=utcnow()
    )
    db.add(attempt)
    await db.commit()
    await _row_by_row(db)
    return attempt


async def _row_by_row(db: AsyncSession) -> None:
    """What a delivery writes after its first call is bookkeeping of one row at a time, each
    whole by itself (a call's outcome, the next call, the event marked sent): on PostgreSQL
    it is written in autocommit, without a BEGIN and COMMIT of its own. A worker that dies
    between two such writes leaves what a resumed delivery already reads: an outcome
    recorded and the event still `sending` is proof it was sent (`DeliveryRecord.proven`).
    The connection's usual isolation comes back when the session lets it go."""
    bind = db.bind
    if bind is not None and bind.dialect.name == "postgresql":
        await db.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


def finish_attempt(
    attempt: DeliveryAttempt,
    outcome: str,
    status_code: int | None,
    line_request_id: str | None = None,
) -> None:
    attempt.outcome = outcome
    attempt.status_code = status_code
    attempt.line_request_id = line_request_id
    attempt.finished_at = utcnow()

"""Sending an event's stored answer to LINE so that it arrives once, on proof.

- With `replies=False` (setting `LINE_ANSWER_DELIVERY=push-only`) no reply is tried:
  every batch goes by push under its retry key, so even a worker killed while LINE
  holds the call cannot make an answer arrive twice.
- A reply is tried only by an event's first delivery (no call to LINE recorded for it)
  and only while its token is young by the event's own timestamp. Within that delivery a
  reply that failed (5xx, timeout) is tried again with the same token while it stays
  young: LINE takes a token once, so no retry can deliver a second copy, and a 200 proves
  this call delivered it.
- Everything else goes by push under `answer_retry_key(event, batch)`, the same key on
  every try, so LINE delivers it once and answers a repeat with 409.
- A batch counts as delivered only on proof, recorded in `delivery_attempts`: a 200, or a
  409 to its retry key. A refused reply token proves nothing (used, or expired: LINE does
  not say which), so the batch is pushed; a call whose outcome is unknown (the worker
  died waiting) is followed by a push, never by the token again.

- A delivery spends at most `budget_seconds` on LINE. When LINE will not take the
  answer within it, the delivery is deferred (`DeliveryDeferred`): the turn stays
  recorded — its staff alert raised — and the sweep delivers it later. When the calls
  hung or could not connect, LINE is taken to be unreachable for `rest_seconds`: the
  deliveries of that time are deferred without a call, so the user's next messages
  are read and recorded at once instead of waiting behind calls that hang.

docs/architecture.md ("Delivery you can prove") lists every failure point and what the
resident gets."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.limits import MAX_MESSAGES_PER_REQUEST
from bot.line_api import LineApi, LineApiError, ReplyTokenRejected
from bot.notify.retry_keys import answer_retry_key
from cases.delivery_attempts import (
    ACCEPTED_BEFORE,
    DELIVERED,
    FAILED,
    REFUSED,
    DeliveryRecord,
    begin_attempt,
    delivery_record,
    finish_attempt,
)
from cases.models import ReceivedEvent, utcnow

# LINE keeps a reply token for about a minute; we use it only while clearly inside that.
REPLY_TOKEN_FRESH_SECONDS = 50
SEND_BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0)
DELIVERY_BUDGET_SECONDS = 20.0
LINE_REST_SECONDS = 10.0


class DeliveryDeferred(Exception):
    """LINE did not take the answer within the delivery's budget, or was found
    unreachable moments ago: the answer stays stored for the sweep to deliver."""


Batch = list[dict[str, Any]]


class Delivery:
    def __init__(
        self,
        line: LineApi,
        clock: Callable[[], float] = time.time,
        *,
        replies: bool = True,
        budget_seconds: float = DELIVERY_BUDGET_SECONDS,
        rest_seconds: float = LINE_REST_SECONDS,
    ) -> None:
        self.line = line
        self._clock = clock
        self._replies = replies
        self._budget = budget_seconds
        self._rest = rest_seconds
        self._unreachable_until = 0.0  # time.monotonic(): LINE hung or refused to connect

    async def deliver(self, db: AsyncSession, event: ReceivedEvent) -> None:
        """Send every batch of `event.outbound` not yet proven delivered; mark it sent.
        Raises when LINE keeps failing: the event stays `sending` for the sweep."""
        if time.monotonic() < self._unreachable_until:
            await db.commit()  # the turn stays recorded; the sweep delivers it
            raise DeliveryDeferred("LINE was unreachable moments ago")
        deadline = time.monotonic() + self._budget
        messages: Batch = list(event.outbound or [])
        batches = [
            messages[i : i + MAX_MESSAGES_PER_REQUEST]
            for i in range(0, len(messages), MAX_MESSAGES_PER_REQUEST)
        ]
        to = event.payload["source"]["userId"]
        # No call was ever begun for an event no delivery has started: nothing to read.
        record = await delivery_record(db, event.id) if event.attempts else DeliveryRecord(())
        may_reply = self._replies and not record.any_call
        event.status = "sending"  # committed with the first call's record
        event.attempts += 1

        ways: list[str] = []
        for index, batch in enumerate(batches):
            proof = record.proven(index)
            if proof is not None:
                ways.append(proof.method)
            elif index == 0 and may_reply and await self._reply(db, event, batch, deadline):
                ways.append("reply")
            else:
                await self._push(db, event, to, batch, index, deadline)
                ways.append("push")
        await db.flush()  # the calls' outcomes first: with the event marked sent, none is read
        event.status = "sent"
        event.sent_via = ways[0] if ways else None
        event.sent_at = utcnow()
        await db.commit()

    async def _reply(
        self, db: AsyncSession, event: ReceivedEvent, batch: Batch, deadline: float
    ) -> bool:
        """Whether a reply delivered `batch` (False: push it instead)."""
        token = event.payload.get("replyToken")
        for pause in (*SEND_BACKOFF_SECONDS, None):
            if not token or not self._token_young(event.payload):
                return False
            attempt = await begin_attempt(db, event.id, 0, "reply")
            try:
                request_id = await self.line.reply(token, batch)
            except ReplyTokenRejected as refused:
                finish_attempt(attempt, REFUSED, refused.status)
                return False
            except LineApiError as error:
                finish_attempt(attempt, _outcome_of(error), error.status)
                if not error.retryable:
                    await db.commit()
                    raise
                if not _may_wait(pause, deadline):
                    return False
                await asyncio.sleep(pause or 0)
                continue
            finish_attempt(attempt, DELIVERED, 200, request_id)
            return True
        return False

    async def _push(
        self,
        db: AsyncSession,
        event: ReceivedEvent,
        to: str,
        batch: Batch,
        index: int,
        deadline: float,
    ) -> None:
        key = answer_retry_key(event.webhook_event_id, index)
        for pause in (*SEND_BACKOFF_SECONDS, None):
            attempt = await begin_attempt(db, event.id, index, "push", key)
            try:
                receipt = await self.line.push(to, batch, key)
            except LineApiError as error:
                finish_attempt(attempt, _outcome_of(error), error.status)
                if not error.retryable:
                    await db.commit()
                    raise
                if not _may_wait(pause, deadline):
                    await db.commit()
                    if error.status is None:  # hung, or no connection at all
                        self._unreachable_until = time.monotonic() + self._rest
                    raise DeliveryDeferred(f"LINE did not take the answer: {error}") from error
                await asyncio.sleep(pause or 0)
                continue
            if receipt.accepted_before:
                finish_attempt(attempt, ACCEPTED_BEFORE, 409, receipt.request_id)
            else:
                finish_attempt(attempt, DELIVERED, 200, receipt.request_id)
            return

    def _token_young(self, raw: dict[str, Any]) -> bool:
        timestamp = raw.get("timestamp")
        if not isinstance(timestamp, int | float):
            return True
        return self._clock() - timestamp / 1000 < REPLY_TOKEN_FRESH_SECONDS


def _may_wait(pause: float | None, deadline: float) -> bool:
    """Whether another try fits: tries left, and the pause before it within the budget
    (`deadline`, by time.monotonic())."""
    return pause is not None and time.monotonic() + pause < deadline


def _outcome_of(error: LineApiError) -> str:
    """A retryable failure may or may not have reached LINE; any other refusal did not."""
    return FAILED if error.retryable else REFUSED

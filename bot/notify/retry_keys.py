"""LINE retry keys (`X-Line-Retry-Key`, a UUID LINE remembers for 24 h): the same key for
the same push every time it is tried, so LINE delivers it once and answers 409 to a
repeat. Derived, never stored-then-looked-up, so a worker that died before recording a
push still sends its repeat under the same key."""

from __future__ import annotations

import uuid

OUTBOX_NAMESPACE = uuid.UUID("0c7a3c1e-52b4-4d4b-8f0e-6a2f1d9e7b31")
ANSWER_NAMESPACE = uuid.UUID("6f1b0c52-7d0e-4b8e-9a55-3f4f6b3f2a10")


def outbox_retry_key(message_id: int) -> str:
    """One per outbox row."""
    return str(uuid.uuid5(OUTBOX_NAMESPACE, f"outbox:{message_id}"))


def answer_retry_key(webhook_event_id: str, batch: int) -> str:
    """One per batch (up to five messages) of the answer to a webhook event."""
    return str(uuid.uuid5(ANSWER_NAMESPACE, f"{webhook_event_id}:{batch}"))

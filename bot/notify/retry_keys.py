"""LINE retry keys for outbox pushes: one per outbox row, so a re-sent push after a crash
is de-duplicated by LINE."""

from __future__ import annotations

import uuid

OUTBOX_NAMESPACE = uuid.UUID("0c7a3c1e-52b4-4d4b-8f0e-6a2f1d9e7b31")


def outbox_retry_key(message_id: int) -> str:
    return str(uuid.uuid5(OUTBOX_NAMESPACE, f"outbox:{message_id}"))

"""Staff in the resident's chat, the database side: the `staff_active` mark on the
conversation state (the bot keeps quiet while it is set), staff messages in the
transcript, and pushes to the resident through the outbox. `bot/staff_chat.py` words
and renders the messages."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.outbox import enqueue
from cases.conversations import add_transcript, load_state, save_state
from cases.models import OutboxMessage

RESIDENT_CHANNEL = "resident"


async def set_staff_active(db: AsyncSession, resident_id: int, active: bool) -> bool:
    """Mark the conversation as taken over (or handed back). False if nothing changed."""
    state = await load_state(db, resident_id)
    if bool(state.get("staff_active")) == active:
        return False
    state["staff_active"] = active
    await save_state(db, resident_id, state)
    return True


def queue_resident_push(
    db: AsyncSession,
    resident_id: int,
    messages: list[dict[str, Any]],
    kind: str,
    *,
    case_id: int | None = None,
    after_event_id: int | None = None,
    priority: int = 1,
) -> OutboxMessage:
    """A push to the resident, delivered by the outbox (retry key from the row's id)."""
    return enqueue(
        db,
        RESIDENT_CHANNEL,
        kind,
        {"resident_id": resident_id, "messages": messages},
        priority=priority,
        case_id=case_id,
        after_event_id=after_event_id,
    )


def record_outgoing(
    db: AsyncSession,
    resident_id: int,
    author: str,
    messages: list[dict[str, Any]],
    visit_ref: str | None = None,
) -> None:
    """Write what is pushed to the resident into the transcript (author staff or bot),
    under the 民生委員's visit `visit_ref` when it is about one."""
    for message in messages:
        text = str(message.get("text") or message.get("altText") or "")
        kind = message["type"]
        add_transcript(db, resident_id, None, "out", author, kind, text, message, visit_ref)


def audit_chat(db: AsyncSession, actor: str, action: str, case_id: int, resident_id: int) -> None:
    audit(db, actor, action, case_id=case_id, resident_id=resident_id)

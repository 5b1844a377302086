"""The conversation's saved state and its full transcript, kept in the city's database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import ConversationState, TranscriptEntry


async def load_state(db: AsyncSession, resident_id: int) -> dict[str, Any]:
    row = await db.get(ConversationState, resident_id)
    return dict(row.state) if row else {}


async def save_state(db: AsyncSession, resident_id: int, state: dict[str, Any]) -> None:
    row = await db.get(ConversationState, resident_id)
    if row is None:
        db.add(ConversationState(resident_id=resident_id, state=state, version=1))
    else:
        row.state = state
        row.version += 1


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

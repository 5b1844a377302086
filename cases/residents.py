"""Residents as LINE users: created on first contact, follow state kept."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import Resident


async def get_or_create_resident(db: AsyncSession, line_user_id: str) -> Resident:
    """The resident who writes from `line_user_id`. A new one is committed at once, in a
    transaction of its own (call it with nothing else pending in `db`): the turn that
    follows reads, thinks and calls LINE, and must not hold the database's write lock
    meanwhile — SQLite has one for every writer, the webhook's acks included."""
    found = select(Resident).where(Resident.line_user_id == line_user_id)
    resident = await db.scalar(found)
    if resident is not None:
        return resident
    db.add(Resident(line_user_id=line_user_id, follow_state="unknown"))
    try:
        await db.commit()
    except IntegrityError:  # another process took their first message at the same moment
        await db.rollback()
    return (await db.execute(found)).scalar_one()

"""Residents as LINE users: created on first contact, follow state kept."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import Resident


async def get_or_create_resident(db: AsyncSession, line_user_id: str) -> Resident:
    resident = await db.scalar(select(Resident).where(Resident.line_user_id == line_user_id))
    if resident is None:
        resident = Resident(line_user_id=line_user_id, follow_state="unknown")
        db.add(resident)
        await db.flush()
    return resident

"""What a turn reads before it thinks, in one statement: the resident who writes, their
saved conversation, and whether they are a registered 民生委員 or have a handed-off case
open (each then read in full only when it is there, which most turns it is not)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.followups import handed_off
from cases.conversations import StoredState
from cases.minsei import registered
from cases.models import Case, ConversationState, MinseiIin, Resident
from cases.residents import get_or_create_resident


@dataclass(slots=True)
class TurnReads:
    resident: Resident
    stored: StoredState
    minsei: bool  # a standing registration as a 民生委員
    case_open: bool  # an open case that a hand-off opened


async def turn_reads(db: AsyncSession, line_user_id: str) -> TurnReads:
    """What the turn of `line_user_id` starts from; a new resident is committed at once,
    as `get_or_create_resident` says why."""
    minsei = select(MinseiIin.id).where(*registered(Resident.id)).exists()
    case_open = select(Case.id).where(*handed_off(Resident.id)).exists()
    found = (
        await db.execute(
            select(Resident, ConversationState, minsei, case_open)
            .outerjoin(ConversationState, ConversationState.resident_id == Resident.id)
            .where(Resident.line_user_id == line_user_id)
        )
    ).first()
    if found is not None:
        resident, row, is_minsei, has_case = found
        return TurnReads(resident, StoredState(resident.id, row), bool(is_minsei), bool(has_case))
    resident = await get_or_create_resident(db, line_user_id)
    row = await db.get(ConversationState, resident.id)
    return TurnReads(resident, StoredState(resident.id, row), minsei=False, case_open=False)

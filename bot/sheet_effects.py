"""Saving the つなぐシート a turn answered, in the turn's transaction, and finding a
sheet's row id from the name (`ref`) the pure handlers gave it."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from cases.sheets import complete_sheet, sheet_by_ref, upsert_sheet
from handlers.effects import OpenCase, RecordConsent, SaveSheet

SHEET_STATUS_SENT = "sent"
HandoffEffect = TypeVar("HandoffEffect", RecordConsent, OpenCase)


async def apply_save_sheet(db: AsyncSession, resident_id: int, effect: SaveSheet) -> int:
    """Create or update the sheet; a confirmed one becomes `complete` (once)."""
    sheet = await upsert_sheet(db, resident_id, effect.ref, effect.data)
    await db.flush()
    if effect.complete and sheet.status == "draft":
        await complete_sheet(db, sheet.id)
    return sheet.id


async def with_sheet_id(db: AsyncSession, resident_id: int, effect: HandoffEffect) -> HandoffEffect:
    """The effect with `sheet_id` filled from `sheet_ref` when only the ref is known."""
    if effect.sheet_id is not None or not effect.sheet_ref:
        return effect
    sheet = await sheet_by_ref(db, effect.sheet_ref, resident_id)
    if sheet is None:
        return effect
    if isinstance(effect, OpenCase) and sheet.status == "complete":
        sheet.status = SHEET_STATUS_SENT
    return replace(effect, sheet_id=sheet.id)

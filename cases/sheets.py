"""The つなぐシート as stored: one JSON record per sheet, validated against its versioned
schema (`cases/schemas/tsunagu_sheet.v1.json`). Every answer is saved when given."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import IntakeSheet

SCHEMA_VERSION = "1"
SCHEMA_PATH = Path(__file__).parent / "schemas" / f"tsunagu_sheet.v{SCHEMA_VERSION}.json"


class SheetNotFoundError(LookupError):
    """No sheet with that id (or it belongs to someone else)."""


@cache
def sheet_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def schema_errors(data: dict[str, Any]) -> list[str]:
    """Every way `data` breaks the sheet schema, as readable lines ([] when valid)."""
    validator = jsonschema.Draft202012Validator(
        sheet_schema(), format_checker=jsonschema.FormatChecker()
    )
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    ]


def blank_sheet(
    received_by: str = "bot", consulter: str = "self", today: date | None = None
) -> dict[str, Any]:
    """A new sheet: the envelope filled, every answer still open."""
    return {
        "schema_version": SCHEMA_VERSION,
        "received_on": (today or datetime.now(UTC).date()).isoformat(),
        "received_by": {"kind": received_by},
        "consulter": {"relation": consulter},
        "person": {},
        "troubles": {"categories": [], "primary": None},
    }


async def create_sheet(
    db: AsyncSession, resident_id: int, data: dict[str, Any] | None = None, ref: str | None = None
) -> IntakeSheet:
    sheet = IntakeSheet(
        ref=ref or str(uuid.uuid4()),
        resident_id=resident_id,
        data=data or blank_sheet(),
        status="draft",
    )
    db.add(sheet)
    await db.flush()
    return sheet


async def upsert_sheet(
    db: AsyncSession, resident_id: int, ref: str, data: dict[str, Any]
) -> IntakeSheet:
    """Save the answers of the sheet named `ref`, creating its row on first save."""
    sheet = await db.scalar(select(IntakeSheet).where(IntakeSheet.ref == ref))
    if sheet is None:
        return await create_sheet(db, resident_id, _fresh(data), ref)
    if sheet.resident_id != resident_id:
        raise SheetNotFoundError(ref)
    sheet.data = _fresh(data)
    return sheet


async def sheet_by_ref(db: AsyncSession, ref: str, resident_id: int) -> IntakeSheet | None:
    """The sheet named `ref`, if it exists and belongs to the resident."""
    sheet = await db.scalar(select(IntakeSheet).where(IntakeSheet.ref == ref))
    return sheet if sheet is not None and sheet.resident_id == resident_id else None


def _fresh(data: dict[str, Any]) -> dict[str, Any]:
    """A deep copy, so the JSON column always sees a new value."""
    copied: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
    return copied


async def get_sheet(db: AsyncSession, sheet_id: int, resident_id: int | None = None) -> IntakeSheet:
    sheet = await db.get(IntakeSheet, sheet_id)
    if sheet is None or (resident_id is not None and sheet.resident_id != resident_id):
        raise SheetNotFoundError(sheet_id)
    return sheet


async def save_sheet_data(
    db: AsyncSession, sheet_id: int, data: dict[str, Any], resident_id: int | None = None
) -> IntakeSheet:
    """Replace the sheet's answers (a new dict, so the JSON column sees the change)."""
    sheet = await get_sheet(db, sheet_id, resident_id)
    sheet.data = _fresh(data)
    return sheet


async def complete_sheet(db: AsyncSession, sheet_id: int) -> IntakeSheet:
    sheet = await get_sheet(db, sheet_id)
    now = datetime.now(UTC)
    sheet.status = "complete"
    sheet.completed_at = now
    sheet.data = {**sheet.data, "completed_at": now.isoformat()}
    return sheet


async def open_sheets_of(db: AsyncSession, resident_id: int) -> list[IntakeSheet]:
    """Drafts of one LINE user, newest first (a 民生委員 may hold several)."""
    rows = await db.scalars(
        select(IntakeSheet)
        .where(IntakeSheet.resident_id == resident_id, IntakeSheet.status == "draft")
        .order_by(IntakeSheet.id.desc())
    )
    return list(rows)


async def sheet_as_dict(db: AsyncSession, sheet_id: int) -> dict[str, Any] | None:
    """The sheet's record with its id and status, for the console and the PDF."""
    sheet = await db.get(IntakeSheet, sheet_id)
    if sheet is None:
        return None
    return {"id": sheet.id, "status": sheet.status, "data": dict(sheet.data)}

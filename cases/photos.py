"""Photos residents sent, kept with their cases (`CasePhoto`): stored sealed, read back
only for a case staff may open."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import Case, CasePhoto


@dataclass(frozen=True, slots=True)
class PhotoListing:
    """A photo as the case page lists it (no bytes)."""

    id: int
    media_type: str
    size: int
    received_at: datetime


def keep_photo(
    db: AsyncSession,
    resident_id: int,
    event_id: int | None,
    case_id: int | None,
    line_message_id: str,
    media_type: str,
    body: bytes,
) -> None:
    """Add the photo to the turn's transaction."""
    db.add(
        CasePhoto(
            resident_id=resident_id,
            case_id=case_id,
            event_id=event_id,
            line_message_id=line_message_id,
            media_type=media_type,
            size=len(body),
            body=base64.b64encode(body).decode("ascii"),
        )
    )


def _of_case(case: Case) -> ColumnElement[bool]:
    """The case's photos: those sent to it, and those its resident sent before any case
    (while filling the sheet). A 民生委員's chat carries many residents: a visit's case
    shows only the photos sent to it."""
    sent_to_it = CasePhoto.case_id == case.id
    if case.visit_ref is not None:
        return sent_to_it
    return (CasePhoto.resident_id == case.resident_id) & or_(
        sent_to_it, CasePhoto.case_id.is_(None)
    )


async def photos_of_case(db: AsyncSession, case: Case) -> list[PhotoListing]:
    rows = await db.scalars(select(CasePhoto).where(_of_case(case)).order_by(CasePhoto.id))
    return [PhotoListing(p.id, p.media_type, p.size, p.received_at) for p in rows]


async def photo_of_case(db: AsyncSession, case: Case, photo_id: int) -> tuple[str, bytes] | None:
    """(media type, bytes) of one of the case's photos; None when it is not the case's."""
    photo = await db.scalar(select(CasePhoto).where(_of_case(case), CasePhoto.id == photo_id))
    if photo is None:
        return None
    return photo.media_type, base64.b64decode(photo.body)

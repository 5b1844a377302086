"""Events that are not a resident's message: the bot joining a group, leaving it…"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import GroupJoin, utcnow

log = logging.getLogger(__name__)


async def handle_system_event(db: AsyncSession, raw: dict[str, Any]) -> None:
    source = raw.get("source") or {}
    group_id = source.get("groupId") or source.get("roomId")
    event_type = raw.get("type")
    if event_type == "join" and group_id:
        existing = await db.scalar(select(GroupJoin).where(GroupJoin.group_id == group_id))
        if existing is None:
            db.add(GroupJoin(group_id=group_id))
        else:
            existing.left_at = None
        # The group id is not personal data: an admin needs it for STAFF_LINE_GROUP_ID.
        log.warning(
            "bot joined LINE group %s; set STAFF_LINE_GROUP_ID to use it for alerts", group_id
        )
    elif event_type == "leave" and group_id:
        existing = await db.scalar(select(GroupJoin).where(GroupJoin.group_id == group_id))
        if existing is not None:
            existing.left_at = utcnow()
        log.info("bot left a LINE group")
    else:
        # The type is checked at the door (bot.event_shape): letters only, nothing personal.
        log.info("event of type %s from a %s ignored", event_type, source.get("type", "-"))

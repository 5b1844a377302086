"""Pushes to a resident's chat (staff replies, staff joined/left, the list of what was
shared), through LINE with the outbox row's retry key."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.line_api import LineApi, LineApiError
from bot.notify.channels import DeliveryError
from bot.notify.retry_keys import outbox_retry_key
from cases.models import Resident


class ResidentChannel:
    name = "resident"

    def __init__(self, line: LineApi, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self.line = line
        self.session_factory = session_factory

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None:
        async with self.session_factory() as db:
            resident = await db.get(Resident, payload["resident_id"])
        if resident is None:
            raise DeliveryError("resident gone", retryable=False)
        if resident.follow_state == "blocked":
            raise DeliveryError("resident blocked the account", retryable=False)
        try:
            await self.line.push(
                resident.line_user_id, payload["messages"], outbox_retry_key(message_id)
            )
        except LineApiError as error:
            raise DeliveryError(str(error), error.retryable) from error

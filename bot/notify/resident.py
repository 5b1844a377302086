"""Pushes to a resident's chat (staff replies, staff joined/left, the list of what was
shared, the check-in, the answer to a withdrawal), through LINE with the outbox row's
retry key. The bot's own sentences go out in the resident's language, whatever queued
them (the console, a sweep, an effect): the outbox keeps them in Japanese, as the
transcript staff read does. What staff wrote goes as written."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.line_api import LineApi, LineApiError
from bot.notify.channels import DeliveryError
from bot.notify.retry_keys import outbox_retry_key
from bot.said_in import said_in
from cases.models import Resident
from handlers.i18n import SOURCE, Catalogue


class ResidentChannel:
    name = "resident"

    def __init__(
        self,
        line: LineApi,
        session_factory: async_sessionmaker[AsyncSession],
        catalogue: Catalogue,
    ) -> None:
        self.line = line
        self.session_factory = session_factory
        self.catalogue = catalogue

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None:
        async with self.session_factory() as db:
            resident = await db.get(Resident, payload["resident_id"])
        if resident is None:
            raise DeliveryError("resident gone", retryable=False)
        if resident.follow_state == "blocked":
            raise DeliveryError("resident blocked the account", retryable=False)
        messages = said_in(payload["messages"], self.catalogue, resident.language or SOURCE)
        try:
            await self.line.push(resident.line_user_id, messages, outbox_retry_key(message_id))
        except LineApiError as error:
            raise DeliveryError(str(error), error.retryable) from error

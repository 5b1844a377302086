"""Staff alerts pushed to the LINE staff group (`STAFF_LINE_GROUP_ID`)."""

from __future__ import annotations

from typing import Any

from bot.line_api import LineApi, LineApiError
from bot.notify.channels import DeliveryError
from bot.notify.retry_keys import outbox_retry_key
from bot.notify.summary import AlertSummary


class LineGroupChannel:
    name = "line_group"

    def __init__(self, line: LineApi, group_id: str) -> None:
        self.line = line
        self.group_id = group_id

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None:
        summary = AlertSummary.from_payload(payload)
        message = {"type": "text", "text": summary.text()}
        try:
            await self.line.push(self.group_id, [message], outbox_retry_key(message_id))
        except LineApiError as error:
            raise DeliveryError(str(error), error.retryable) from error

"""Staff alerts as a signed JSON webhook: `X-Tsunagu-Signature: sha256=<hex>` is the
HMAC-SHA256 of the raw body with `ALERT_WEBHOOK_SECRET`; `X-Tsunagu-Delivery` is the
outbox id (the same on every retry, for de-duplication)."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import httpx

from bot.notify.channels import DeliveryError
from bot.notify.summary import AlertSummary

SIGNATURE_HEADER = "X-Tsunagu-Signature"
DELIVERY_HEADER = "X-Tsunagu-Delivery"


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookChannel:
    name = "webhook"

    def __init__(self, url: str, secret: str, timeout: float = 10.0) -> None:
        self.url = url
        self.secret = secret
        self.timeout = timeout

    def body(self, message_id: int, payload: dict[str, Any]) -> bytes:
        summary = AlertSummary.from_payload(payload)
        document = {"id": message_id, "text": summary.text(), **summary.to_payload()}
        return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None:
        body = self.body(message_id, payload)
        headers = {
            "content-type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: signature(self.secret, body),
            DELIVERY_HEADER: str(message_id),
        }
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                response = await client.post(self.url, content=body, headers=headers)
        except httpx.HTTPError as error:
            raise DeliveryError(f"webhook: {type(error).__name__}") from error
        if response.status_code >= 500 or response.status_code in (408, 429):
            raise DeliveryError(f"webhook: HTTP {response.status_code}")
        if response.status_code >= 400:
            raise DeliveryError(f"webhook: HTTP {response.status_code}", retryable=False)

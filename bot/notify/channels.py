"""A delivery channel takes one outbox message and sends it, or raises DeliveryError."""

from __future__ import annotations

from typing import Any, Protocol


class DeliveryError(Exception):
    """The channel could not deliver. `retryable` False makes it a dead letter at once."""

    def __init__(self, detail: str, retryable: bool = True) -> None:
        super().__init__(detail)
        self.retryable = retryable


class Channel(Protocol):
    name: str

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None: ...

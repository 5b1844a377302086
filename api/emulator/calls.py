"""One call to the emulated API as the operations see it, and what they answer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Breach = dict[str, str]


@dataclass
class Answer:
    """What the emulator answers: a status and a JSON body (or raw bytes)."""

    status: int
    body: Any = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


@dataclass
class Call:
    record: dict[str, Any]
    params: dict[str, str]
    body: Any
    raw: bytes
    headers: Mapping[str, str]


def error(status: int, message: str, details: list[Breach] | None = None) -> Answer:
    """LINE's error body: `{"message": …, "details": [{"property", "message"}…]}`."""
    body: dict[str, Any] = {"message": message}
    if details:
        body["details"] = details
    return Answer(status, body)

"""Plain text as LINE text messages (split within LINE's length limit), for pushes."""

from __future__ import annotations

from typing import Any

from bot import limits


def text_messages(text: str) -> list[dict[str, Any]]:
    return [{"type": "text", "text": piece} for piece in limits.split_utf16(text)]

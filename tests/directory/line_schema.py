"""Validate a LINE message dict against `messaging-api.yml`, with the emulator's own
spec validator (`api/emulator/spec.py`)."""

from __future__ import annotations

from typing import Any

import jsonschema

from api.emulator.spec import messaging_api


def validate_message(message: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when the message breaks the spec."""
    errors = messaging_api().errors("Message", message)
    if errors:
        raise jsonschema.ValidationError(f"invalid LINE message: {errors}")


def texts_in(node: Any) -> list[str]:
    """Every `text` of Flex text components (LINE rejects an empty one)."""
    found: list[str] = []
    if isinstance(node, dict):
        if node.get("type") == "text":
            found.append(node.get("text", ""))
        for value in node.values():
            found += texts_in(value)
    elif isinstance(node, list):
        for value in node:
            found += texts_in(value)
    return found

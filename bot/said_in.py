"""The words `bot/` itself puts on LINE's cards (「受付時間」「地図を見る」「電話する …」),
said in the resident's language after rendering; labels clipped to LINE's limits again.
The rest of the turn is in their language already (`handlers/i18n.py`)."""

from __future__ import annotations

from typing import Any

from bot import limits
from handlers.i18n import SOURCE, Catalogue

# Fields a resident reads, and the longest LINE takes for each (None: unchanged).
_READ: dict[str, int | None] = {
    "text": None,
    "label": limits.MAX_ACTION_LABEL,
    "altText": limits.MAX_ALT_TEXT,
    "displayText": None,
}


def said_in(
    messages: list[dict[str, Any]], catalogue: Catalogue, language: str
) -> list[dict[str, Any]]:
    """Rendered LINE messages with the card words in `language`."""
    if language == SOURCE:
        return messages
    return [_walk(message, catalogue, language) for message in messages]


def _walk(value: Any, catalogue: Catalogue, language: str) -> Any:
    if isinstance(value, list):
        return [_walk(item, catalogue, language) for item in value]
    if not isinstance(value, dict):
        return value
    said: dict[str, Any] = {}
    for key, item in value.items():
        if key in _READ and isinstance(item, str):
            translated = catalogue.text(item, language)
            longest = _READ[key]
            said[key] = limits.clip(translated, longest) if longest else translated
        else:
            said[key] = _walk(item, catalogue, language)
    return said

"""LINE's documented limits that the OpenAPI spec does not state."""

from __future__ import annotations

MAX_MESSAGES_PER_REQUEST = 5
MAX_TEXT_UTF16 = 5000
MAX_QUICK_REPLY_ITEMS = 13
MAX_ACTION_LABEL = 20
MAX_ALT_TEXT = 400
MAX_BUTTONS_TEXT = 160
MAX_BUTTONS_TEXT_WITH_TITLE = 60
MAX_BUTTONS_TITLE = 40
MAX_BUTTONS_ACTIONS = 4
MAX_CONFIRM_TEXT = 240
MAX_POSTBACK_DATA = 300
MAX_CAROUSEL_BUBBLES = 12


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, ending with … when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_utf16(text: str, limit: int = MAX_TEXT_UTF16) -> list[str]:
    """Split `text` into pieces of at most `limit` UTF-16 units, preferring line breaks."""
    pieces: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        cut = _cut_index(rest, limit)
        newline = rest.rfind("\n", 0, cut)
        if newline > cut // 2:
            cut = newline + 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return [p for p in pieces if p]


def _cut_index(text: str, limit: int) -> int:
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)

"""LINE webhook events → the abstract inbound messages handlers understand."""

from __future__ import annotations

import logging
from typing import Any

from handlers.messages import FollowIn, Inbound, MediaIn, MediaKind, PostbackIn, TextIn

log = logging.getLogger(__name__)

_MEDIA_KINDS: dict[str, MediaKind] = {
    "sticker": "sticker",
    "image": "image",
    "video": "video",
    "audio": "audio",
    "file": "file",
    "location": "location",
}


# LINE's `mode` (webhook.yml, `Mode`) when another channel holds the chat (a module
# channel, an operator's tool): the bot answers nothing then.
STANDBY = "standby"


def source_key(raw: dict[str, Any]) -> str:
    """Whose queue the event goes on: the user, group or room it came from."""
    source = raw.get("source") or {}
    for field in ("userId", "groupId", "roomId"):
        value = source.get(field)
        if value:
            return f"{source.get('type', 'user')}:{value}"
    return "unknown:-"


def is_from_user_chat(raw: dict[str, Any]) -> bool:
    source = raw.get("source") or {}
    return source.get("type") == "user" and bool(source.get("userId"))


def to_inbound(raw: dict[str, Any]) -> Inbound | None:
    """The message a resident sent in a one-to-one chat, or None when the event is not one
    (unfollow, a group message, a beacon, an unknown type…)."""
    if not is_from_user_chat(raw):
        return None
    # Read from the fields the door checked (`bot.event_shape`), not through the SDK's
    # models: those also demand fields tsunagu never reads (a text message's
    # `quoteToken`), and an event they refused would go unanswered without a trace.
    kind = raw.get("type")
    if kind == "follow":
        return FollowIn()
    if kind == "postback":
        postback = raw.get("postback") or {}
        params = {k: str(v) for k, v in (postback.get("params") or {}).items() if v is not None}
        return PostbackIn(data=str(postback.get("data", "")), params=params)
    if kind == "message":
        content = raw.get("message") or {}
        if content.get("type") == "text":
            return TextIn(text=str(content.get("text", "")))
        return _media(content)
    return None


def _coordinate(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _media(content: dict[str, Any]) -> MediaIn:
    kind = _MEDIA_KINDS.get(str(content.get("type")), "other")
    return MediaIn(
        kind=kind,
        message_id=str(content.get("id") or ""),
        latitude=_coordinate(content.get("latitude")) if kind == "location" else None,
        longitude=_coordinate(content.get("longitude")) if kind == "location" else None,
        address=str(content.get("address") or "")[:200] if kind == "location" else "",
    )

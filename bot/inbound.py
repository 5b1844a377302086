"""LINE webhook events → the abstract inbound messages handlers understand."""

from __future__ import annotations

import logging
from typing import Any

from linebot.v3.webhooks import (
    AudioMessageContent,
    Event,
    FileMessageContent,
    FollowEvent,
    ImageMessageContent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    VideoMessageContent,
)

from handlers.messages import FollowIn, Inbound, MediaIn, PostbackIn, TextIn

log = logging.getLogger(__name__)

_MEDIA_KINDS: dict[type, str] = {
    StickerMessageContent: "sticker",
    ImageMessageContent: "image",
    VideoMessageContent: "video",
    AudioMessageContent: "audio",
    FileMessageContent: "file",
    LocationMessageContent: "location",
}


def parse_event(raw: dict[str, Any]) -> Event | None:
    """The SDK's model of a raw event, or None for a type the SDK does not know."""
    try:
        return Event.from_dict(raw)
    except Exception:  # the SDK raises KeyError, TypeError, ValueError… on odd shapes
        return None


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
    event = parse_event(raw)
    if isinstance(event, FollowEvent):
        return FollowIn()
    if isinstance(event, PostbackEvent):
        params = {k: str(v) for k, v in (event.postback.params or {}).items() if v is not None}
        return PostbackIn(data=event.postback.data, params=params)
    if isinstance(event, MessageEvent):
        content = event.message
        if isinstance(content, TextMessageContent):
            return TextIn(text=content.text)
        kind = _MEDIA_KINDS.get(type(content), "other")
        return MediaIn(kind=kind)  # type: ignore[arg-type]
    return None

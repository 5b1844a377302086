"""How an inbound message is written into the transcript."""

from __future__ import annotations

from typing import Any

from handlers.messages import FollowIn, Inbound, MediaIn, PostbackIn, TextIn
from nlu.types import Understanding


def describe_inbound(
    inbound: Inbound, understanding: Understanding | None
) -> tuple[str, str, dict[str, Any]]:
    """(kind, text, content) for the transcript row of what the resident sent."""
    content: dict[str, Any] = {}
    if understanding is not None:
        content["nlu"] = {
            "categories": list(understanding.categories),
            "primary": understanding.primary,
            "crisis": list(understanding.crisis),
            "crisis_sources": {
                flag: list(sources) for flag, sources in understanding.crisis_sources.items()
            },
            "act": understanding.act,
            "confidence": round(understanding.confidence, 3),
            "engine": understanding.engine,
        }
    if isinstance(inbound, TextIn):
        return "text", inbound.text, content
    if isinstance(inbound, PostbackIn):
        return "postback", inbound.data, {**content, "params": dict(inbound.params)}
    if isinstance(inbound, MediaIn):
        if inbound.kind == "image" and inbound.detail:
            content["photo"] = inbound.detail  # kept, too_large, not_a_photo, gone
        return inbound.kind, "", content
    if isinstance(inbound, FollowIn):
        return "follow", "", content
    return "other", "", content

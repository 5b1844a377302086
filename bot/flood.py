"""A resident's flood of messages: past a limit per window the bot answers once with a
friendly "please wait" and takes no more turns until the window turns. A message that
reads as a crisis always goes through."""

from __future__ import annotations

import logging
from typing import Any

from bot.ratelimit import RateLimiter
from handlers.messages import Inbound, TextIn
from nlu.crisis import detect_crisis

log = logging.getLogger(__name__)

PLEASE_WAIT = (
    "たくさんのメッセージをありがとうございます。\n"
    "少し時間をおいてから、もう一度送ってください。\n"
    "命にかかわることや急ぐことは、そのまま書いてください。すぐにお返事します。"
)


class FloodGuard:
    def __init__(self, limiter: RateLimiter, limit: int, window_seconds: int) -> None:
        self.limiter = limiter
        self.limit = limit
        self.window_seconds = window_seconds

    async def hold_back(self, user_id: str, inbound: Inbound) -> list[dict[str, Any]] | None:
        """None: take the turn. Otherwise the messages to answer instead (the single
        "please wait" the first time over the limit, then nothing)."""
        if isinstance(inbound, TextIn) and detect_crisis(inbound.text):
            return None
        verdict = await self.limiter.hit(f"user:{user_id}", self.limit, self.window_seconds)
        if verdict.allowed:
            return None
        if verdict.first_refusal:
            log.warning(
                "flood: a resident passed %d messages in %d s", self.limit, self.window_seconds
            )
            return [{"type": "text", "text": PLEASE_WAIT}]
        return []

"""Webhook events shaped as LINE sends them, signed as LINE signs them.

factory = EventFactory(emulator)          # reply tokens the emulator will accept
event = factory.text("U…", "こんにちは")
response = await post_events(webhook_url, [event], channel_secret, factory.destination)
"""

from __future__ import annotations

import itertools
import json
import os
import secrets
import time
from typing import TYPE_CHECKING, Any

import httpx

from bot.line_signature import signature_of

if TYPE_CHECKING:
    from api.emulator.emulator import LineEmulator

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
Event = dict[str, Any]


def new_event_id(now_ms: int | None = None) -> str:
    """A ULID (26 Crockford base-32 characters: 48-bit time, 80 random bits), as LINE's
    `webhookEventId`."""
    stamp = int(time.time() * 1000) if now_ms is None else now_ms
    value = (stamp << 80) | int.from_bytes(os.urandom(10), "big")
    return "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(26)))


def sign(body: bytes, channel_secret: str) -> str:
    """The `x-line-signature` of `body`: base64 of HMAC-SHA256 keyed by the channel secret."""
    return signature_of(body, channel_secret)


def events_body(events: list[Event], destination: str) -> bytes:
    return json.dumps(
        {"destination": destination, "events": events}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


async def post_events(
    webhook_url: str,
    events: list[Event],
    channel_secret: str,
    destination: str,
    client: httpx.AsyncClient | None = None,
) -> httpx.Response:
    """POST the events to a webhook with a valid signature, as LINE does."""
    body = events_body(events, destination)
    headers = {"content-type": "application/json", "x-line-signature": sign(body, channel_secret)}
    if client is not None:
        return await client.post(webhook_url, content=body, headers=headers)
    async with httpx.AsyncClient(timeout=10) as own:
        return await own.post(webhook_url, content=body, headers=headers)


class EventFactory:
    """Builds events. With an emulator, each event that carries a reply token gets one the
    emulator issued for that chat, so the bot's reply is accepted once, as on LINE."""

    def __init__(
        self, emulator: LineEmulator | None = None, destination: str | None = None
    ) -> None:
        self.emulator = emulator
        self.destination = destination or (
            emulator.bot_user_id if emulator is not None else "U" + "0" * 32
        )
        self._message_ids = itertools.count(int(time.time() * 1000) * 1000)

    def body(self, events: list[Event]) -> bytes:
        return events_body(events, self.destination)

    def delivered_late(self, event: Event, seconds: float) -> Event:
        """`event` as LINE delivers it `seconds` after it happened (a redelivery after an
        outage): its timestamp, and with an emulator its reply token, that much older."""
        event["timestamp"] -= int(seconds * 1000)
        if self.emulator is not None and "replyToken" in event:
            self.emulator.reply_tokens.backdate(event["replyToken"], seconds)
        return event

    def _token(self, chat_id: str, given: str | None) -> str:
        if given is not None:
            return given
        if self.emulator is not None:
            return self.emulator.issue_reply_token(chat_id)
        return secrets.token_hex(16)

    def _base(self, kind: str, user_id: str, group_id: str | None, redelivery: bool) -> Event:
        source: dict[str, str] = {"type": "user", "userId": user_id}
        if group_id is not None:
            source = {"type": "group", "groupId": group_id, "userId": user_id}
        now = int(time.time() * 1000)
        return {
            "type": kind,
            "mode": "active",
            "timestamp": now,
            "source": source,
            "webhookEventId": new_event_id(now),
            "deliveryContext": {"isRedelivery": redelivery},
        }

    def _message(
        self,
        user_id: str,
        content: dict[str, Any],
        group_id: str | None,
        reply_token: str | None,
        redelivery: bool,
    ) -> Event:
        event = self._base("message", user_id, group_id, redelivery)
        event["replyToken"] = self._token(group_id or user_id, reply_token)
        event["message"] = {"id": str(next(self._message_ids)), **content}
        return event

    def text(
        self,
        user_id: str,
        text: str,
        *,
        group_id: str | None = None,
        reply_token: str | None = None,
        redelivery: bool = False,
    ) -> Event:
        content = {"type": "text", "text": text, "quoteToken": secrets.token_urlsafe(24)}
        return self._message(user_id, content, group_id, reply_token, redelivery)

    def sticker(
        self,
        user_id: str,
        package_id: str = "446",
        sticker_id: str = "1988",
        *,
        reply_token: str | None = None,
    ) -> Event:
        content = {
            "type": "sticker",
            "packageId": package_id,
            "stickerId": sticker_id,
            "stickerResourceType": "STATIC",
            "quoteToken": secrets.token_urlsafe(24),
        }
        return self._message(user_id, content, None, reply_token, False)

    def image(self, user_id: str, *, reply_token: str | None = None) -> Event:
        content = {
            "type": "image",
            "contentProvider": {"type": "line"},
            "quoteToken": secrets.token_urlsafe(24),
        }
        return self._message(user_id, content, None, reply_token, False)

    def location(
        self,
        user_id: str,
        title: str = "岡山市役所",
        address: str = "岡山県岡山市北区大供1-1-1",
        latitude: float = 34.6551,
        longitude: float = 133.9195,
        *,
        reply_token: str | None = None,
    ) -> Event:
        content = {
            "type": "location",
            "title": title,
            "address": address,
            "latitude": latitude,
            "longitude": longitude,
        }
        return self._message(user_id, content, None, reply_token, False)

    def postback(
        self,
        user_id: str,
        data: str,
        params: dict[str, str] | None = None,
        *,
        group_id: str | None = None,
        reply_token: str | None = None,
        redelivery: bool = False,
    ) -> Event:
        event = self._base("postback", user_id, group_id, redelivery)
        event["replyToken"] = self._token(group_id or user_id, reply_token)
        event["postback"] = {"data": data, **({"params": params} if params else {})}
        return event

    def follow(
        self, user_id: str, *, unblocked: bool = False, reply_token: str | None = None
    ) -> Event:
        event = self._base("follow", user_id, None, False)
        event["replyToken"] = self._token(user_id, reply_token)
        event["follow"] = {"isUnblocked": unblocked}
        return event

    def unfollow(self, user_id: str) -> Event:
        return self._base("unfollow", user_id, None, False)

    def join(self, group_id: str, *, reply_token: str | None = None) -> Event:
        event = self._base("join", "", group_id, False)
        event["source"] = {"type": "group", "groupId": group_id}
        event["replyToken"] = self._token(group_id, reply_token)
        return event

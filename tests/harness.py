"""A running tsunagu for tests: the real app served over HTTP by uvicorn, its LINE
emulator, and a resident who sends signed events through the real webhook."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from api.app import create_app
from api.emulator import LineEmulator
from api.emulator.events import EventFactory, sign
from nlu.classifier_loader import ClassifierLoader
from tests.timing import budget
from tsunagu.container import Services, build_services
from tsunagu.http_server import server_config
from tsunagu.settings import Settings

CHANNEL_SECRET = "test-channel-secret"
ACCESS_TOKEN = "test-access-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Stack:
    base_url: str
    settings: Settings
    services: Services
    emulator: LineEmulator
    http: httpx.AsyncClient
    events: EventFactory
    _seen: dict[str, int] = field(default_factory=dict)
    app: FastAPI | None = None  # the ASGI app the server runs, to call it in process too

    async def post_events(
        self, events: list[dict[str, Any]], secret: str | None = None
    ) -> httpx.Response:
        return await self.post_signed(self.events.body(events), secret)

    async def post_signed(self, body: bytes, secret: str | None = None) -> httpx.Response:
        """POST `body` as it is (any bytes), signed as LINE signs."""
        signature = sign(body, secret or CHANNEL_SECRET)
        return await self.http.post(
            "/line/webhook",
            content=body,
            headers={"x-line-signature": signature, "content-type": "application/json"},
        )

    async def follow(self, user_id: str) -> dict[str, Any]:
        event = self.events.follow(user_id)
        response = await self.post_events([event])
        assert response.status_code == 200, response.text
        return event

    async def say(self, user_id: str, text: str) -> dict[str, Any]:
        event = self.events.text(user_id, text)
        response = await self.post_events([event])
        assert response.status_code == 200, response.text
        return event

    async def tap(
        self, user_id: str, data: str, params: dict[str, str] | None = None
    ) -> dict[str, Any]:
        event = self.events.postback(user_id, data, params=params)
        response = await self.post_events([event])
        assert response.status_code == 200, response.text
        return event

    async def withdraw(self, user_id: str, words: str = "同意を取り消す") -> dict[str, Any]:
        """「同意を取り消す」 typed, its question read, and its 「取り消す」 tapped: returns
        the question (a confirm template whose first button withdraws)."""
        await self.say(user_id, words)
        asked = (await self.replies(user_id))[-1]
        assert asked.get("template", {}).get("type") == "confirm", asked
        await self.tap(user_id, asked["template"]["actions"][0]["data"])
        return asked

    def delivered(self, user_id: str) -> list[dict[str, Any]]:
        """Every LINE message delivered to `user_id` so far, in order."""
        return [m["message"] for m in self.emulator.messages_for(user_id)]

    async def replies(
        self, user_id: str, count: int = 1, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Wait for `count` more messages to `user_id` than the last call saw; return them."""
        start = self._seen.get(user_id, 0)
        deadline = time.monotonic() + budget(timeout)
        while True:
            messages = self.delivered(user_id)
            if len(messages) >= start + count:
                self._seen[user_id] = len(messages)
                return messages[start:]
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"expected {count} new message(s) for {user_id}, got {len(messages) - start}"
                )
            await asyncio.sleep(0.02)

    async def caught_up(self, user_id: str) -> None:
        """Wait until every event so far is answered, then count everything delivered to
        `user_id` as seen (a welcome sent twice after a slow reply included)."""
        await self.settle()
        self._seen[user_id] = len(self.delivered(user_id))

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until every recorded event is answered or set aside."""
        from sqlalchemy import func, select

        from cases.events import OPEN_STATUSES
        from cases.models import ReceivedEvent

        deadline = time.monotonic() + budget(timeout)
        while time.monotonic() < deadline:
            async with self.services.session_factory() as db:
                open_count = await db.scalar(
                    select(func.count()).where(ReceivedEvent.status.in_(OPEN_STATUSES))
                )
            if not open_count:
                return
            await asyncio.sleep(0.05)
        raise AssertionError("events still unanswered")


def in_process_settings(database_url: str, **overrides: Any) -> Settings:
    """Settings for the app served in process (httpx's ASGI transport): no worker of its
    own, quiet logs, `http://testserver` as its public address."""
    values: dict[str, Any] = {
        "TSUNAGU_ENV": "test",
        "DATABASE_URL": database_url,
        "PUBLIC_BASE_URL": "http://testserver",
        "TSUNAGU_EMBEDDED_WORKER": False,
        "TSUNAGU_LOG_LEVEL": "WARNING",
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def texts(messages: list[dict[str, Any]]) -> str:
    """The texts of the bot's messages, one a line."""
    return "\n".join(m.get("text", "") for m in messages)


def quick_reply_labels(message: dict[str, Any]) -> list[str]:
    items = (message.get("quickReply") or {}).get("items") or []
    return [item["action"]["label"] for item in items]


def quick_reply_data(message: dict[str, Any], label: str) -> str:
    for item in (message.get("quickReply") or {}).get("items") or []:
        if item["action"]["label"] == label:
            return str(item["action"]["data"])
    raise AssertionError(f"no quick reply {label!r} in {quick_reply_labels(message)}")


@contextlib.asynccontextmanager
async def running_stack(
    database_url: str,
    redis_url: str | None = None,
    classifier: ClassifierLoader | None = None,
    **overrides: Any,
) -> AsyncIterator[Stack]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    values: dict[str, Any] = {
        "TSUNAGU_ENV": "test",
        "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_API_BASE_URL": f"{base_url}/emulator",
        "PUBLIC_BASE_URL": base_url,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "NLU_URL": None,
        "TSUNAGU_REDIS_PREFIX": f"test-{port}",
        "TSUNAGU_LOG_LEVEL": "WARNING",
        # The fake LINE runs in this process, beside the first turn's imports: a 2-second
        # limit on the profile greets a foreign phone in Japanese on a loaded machine.
        # The test of that limit itself (tests/faults/test_line_hangs.py) sets it.
        "LINE_COURTESY_TIMEOUT_SECONDS": budget(5.0),
    }
    values.update(overrides)
    settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]
    services = build_services(settings, classifier=classifier)
    app = create_app(settings, services)
    server = uvicorn.Server(
        server_config(
            app,
            "127.0.0.1",
            port,
            log_level="warning",
            lifespan="on",
            proxy_headers=False,  # as `tsunagu serve`: the app decides (FORWARDED_ALLOW_IPS)
        )
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    emulator: LineEmulator = app.state.emulator
    try:
        async with httpx.AsyncClient(base_url=base_url, timeout=budget(10)) as http:
            events = EventFactory(emulator)
            yield Stack(base_url, settings, services, emulator, http, events, app=app)
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=budget(15))
        if redis_url:
            from redis.asyncio import Redis

            client = Redis.from_url(redis_url)
            keys = [k async for k in client.scan_iter(match=f"{values['TSUNAGU_REDIS_PREFIX']}:*")]
            if keys:
                await client.delete(*keys)
            await client.aclose()


async def linked_menu(stack: Stack, user: str, linked: bool, timeout: float = 5.0) -> str | None:
    """The rich menu linked to `user` alone (not the default) once the outbox has done its
    work; waits until it is linked, or unlinked."""
    deadline = time.monotonic() + budget(timeout)
    while time.monotonic() < deadline:
        menu_id = stack.emulator.richmenus.user_links.get(user)
        if (menu_id is not None) == linked:
            return menu_id
        await asyncio.sleep(0.05)
    raise AssertionError(f"the menu of {user} never became {'linked' if linked else 'unlinked'}")

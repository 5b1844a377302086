"""`tsunagu chat`: the LINE conversation in a terminal, over HTTP like the simulator.

Each line typed becomes a signed webhook event POSTed to `{base_url}/line/webhook`, with a
reply token from the server's LINE emulator; the bot's messages are read from the
emulator's inbox and printed. Buttons and quick replies are numbered: typing `1` taps the
first. `/follow` adds the bot as a friend, `/quit` leaves. After each line sent, the chat
waits for the bot's answer before it reads the next one, so a script piped in
(`tsunagu chat < lines.txt`) taps the buttons of the answer it is replying to."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from api.emulator.events import Event, EventFactory, post_events

POLL_SECONDS = 0.4
ANSWER_WAIT_SECONDS = 15.0
HELP = "数字でボタンを選べます。/follow 友だち追加、/quit 終了"

Action = dict[str, Any]


@dataclass
class Screen:
    """What a batch of bot messages shows in a terminal: lines, and the numbered actions."""

    lines: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    def offer(self, action: Action, indent: str = "  ") -> None:
        self.actions.append(action)
        label = action.get("label") or action.get("text") or action.get("type", "")
        hint = f" ({action['uri']})" if action.get("type") == "uri" else ""
        self.lines.append(f"{indent}[{len(self.actions)}] {label}{hint}")


def _flex_lines(node: Any, screen: Screen) -> None:
    if isinstance(node, list):
        for item in node:
            _flex_lines(item, screen)
        return
    if not isinstance(node, dict):
        return
    if node.get("type") == "text":
        spans = "".join(s.get("text", "") for s in node.get("contents") or [])
        screen.lines.append("  " + (node.get("text") or spans))
    elif node.get("type") == "button" and isinstance(node.get("action"), dict):
        screen.offer(node["action"])
        return
    for key in ("header", "hero", "body", "footer", "contents"):
        if key in node:
            _flex_lines(node[key], screen)


def _template_lines(template: dict[str, Any], screen: Screen) -> None:
    columns = template.get("columns") or [template]
    for column in columns:
        if column.get("title"):
            screen.lines.append(f"  【{column['title']}】")
        if column.get("text"):
            screen.lines.append("  " + column["text"])
        for action in column.get("actions") or ([column["action"]] if "action" in column else []):
            screen.offer(action)


def render_for_terminal(messages: list[dict[str, Any]]) -> Screen:
    """Lines to print for the bot's messages, with every tappable action numbered; the
    last message's quick replies come last, as LINE shows only those."""
    screen = Screen()
    for message in messages:
        kind = message.get("type")
        if kind == "text":
            screen.lines.append("ボット: " + message["text"])
        elif kind == "template":
            screen.lines.append("ボット: " + message.get("altText", ""))
            _template_lines(message.get("template") or {}, screen)
        elif kind == "flex":
            screen.lines.append("ボット: " + message.get("altText", ""))
            _flex_lines(message.get("contents"), screen)
        else:
            screen.lines.append(f"ボット: ({kind})")
    if messages:
        for item in (messages[-1].get("quickReply") or {}).get("items") or []:
            screen.offer(item.get("action") or {}, indent="  ▶ ")
    return screen


class TerminalChat:
    def __init__(
        self,
        base_url: str,
        channel_secret: str,
        user_id: str | None,
        read_line: Callable[[], Awaitable[str | None]],
        write: Callable[[str], None],
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.secret = channel_secret
        self.user_id = user_id or "U" + secrets.token_hex(16)
        self.read_line = read_line
        self.write = write
        self.events = EventFactory()
        self.actions: list[Action] = []
        self.since = 0
        self.http = httpx.AsyncClient(base_url=self.base_url, timeout=10)
        self.answered = asyncio.Event()
        self.answered.set()
        self.answer_wait = ANSWER_WAIT_SECONDS
        self.last_printed = 0.0

    async def _token(self) -> str:
        response = await self.http.post("/emulator/_reply_tokens", json={"chat_id": self.user_id})
        response.raise_for_status()
        return str(response.json()["replyToken"])

    async def _send(self, build: Callable[[str], Event]) -> None:
        event = build(await self._token())
        self.answered.clear()
        response = await post_events(
            self.base_url + "/line/webhook",
            [event],
            self.secret,
            self.events.destination,
            self.http,
        )
        if response.status_code != 200:
            self.write(f"(ボットが受け取れませんでした: {response.status_code})")
            self.answered.set()

    async def poll_once(self) -> None:
        response = await self.http.get(
            "/emulator/_messages", params={"user_id": self.user_id, "since": self.since}
        )
        items = response.json()["messages"]
        if not items:
            return
        self.since = max(item["seq"] for item in items)
        self.last_printed = time.monotonic()
        screen = render_for_terminal([item["message"] for item in items])
        self.actions = screen.actions
        for line in screen.lines:
            self.write(line)
        self.answered.set()

    async def _await_answer(self) -> None:
        """Wait until the bot has answered what was just sent and gone quiet for a poll
        (an answer may come in more than one batch), or give up quietly: some events,
        such as a second tap of a spent button, get no answer."""
        try:
            await asyncio.wait_for(self.answered.wait(), self.answer_wait)
        except TimeoutError:
            return
        while time.monotonic() - self.last_printed < 2 * POLL_SECONDS:
            await asyncio.sleep(POLL_SECONDS / 2)

    async def _poll_forever(self) -> None:
        while True:
            with contextlib.suppress(httpx.HTTPError, ValueError, KeyError):
                await self.poll_once()
            await asyncio.sleep(POLL_SECONDS)

    async def tap(self, action: Action) -> None:
        kind = action.get("type")
        user = self.user_id
        if kind == "postback":
            shown = action.get("displayText") or action.get("text")
            if shown:
                self.write("あなた: " + shown)
            await self._send(lambda t: self.events.postback(user, action["data"], reply_token=t))
        elif kind == "message":
            await self.say(action.get("text", ""))
        elif kind == "datetimepicker":
            mode = action.get("mode", "date")
            self.write(
                {
                    "date": "日付を入力してください (例 2025-04-01)",
                    "time": "時刻を入力してください (例 10:30)",
                }.get(mode, "日時を入力してください (例 2025-04-01T10:30)")
            )
            value = (await self.read_line() or "").strip()
            params = {mode: value}
            await self._send(
                lambda t: self.events.postback(user, action.get("data", ""), params, reply_token=t)
            )
        elif kind == "uri":
            self.write(f"(リンク: {action.get('uri')})")
        else:
            self.write("(この操作はターミナルでは使えません)")

    async def say(self, text: str) -> None:
        await self._send(lambda t: self.events.text(self.user_id, text, reply_token=t))

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when the chat should end."""
        text = line.strip()
        if text in ("/quit", "/exit"):
            return False
        if text == "/follow":
            await self._send(lambda t: self.events.follow(self.user_id, reply_token=t))
        elif text == "/help":
            self.write(HELP)
        elif text.isdigit() and 1 <= int(text) <= len(self.actions):
            await self.tap(self.actions[int(text) - 1])
        elif text:
            await self.say(text)
        return True

    async def run(self) -> None:
        self.write(f"つなぐ チャット (利用者ID {self.user_id}) — {HELP}")
        poller = asyncio.create_task(self._poll_forever())
        try:
            while True:
                line = await self.read_line()
                if line is None or not await self.handle(line):
                    break
                if not self.answered.is_set():
                    await self._await_answer()
        finally:
            poller.cancel()
            await self.http.aclose()


async def _read_stdin() -> str | None:
    try:
        return await asyncio.to_thread(input, "> ")
    except EOFError:
        return None


def run_chat(base_url: str, channel_secret: str, user_id: str | None) -> None:
    """Chat with the tsunagu at `base_url` (its LINE emulator must be mounted)."""
    chat = TerminalChat(base_url, channel_secret, user_id, _read_stdin, print)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(chat.run())

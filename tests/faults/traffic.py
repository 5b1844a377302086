"""Residents writing to the bot at once, as LINE delivers them (redelivering on 5xx), and
the ledger that proves afterwards that every accepted event was answered exactly once."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import create_async_engine

from api.emulator import LineEmulator
from api.emulator.events import EventFactory, sign
from bot.notify.retry_keys import answer_retry_key as retry_key
from cases.events import OPEN_STATUSES
from cases.models import DeliveryAttempt, ReceivedEvent
from tests.faults.services import wait_while_progressing

WORDS = (
    "こんにちは",
    "家賃が払えなくて困っています",
    "母の介護がつらいです",
    "仕事がなくなりました",
    "相談したいです",
    "借金があります",
    "子どもが学校に行けていません",
    "はい",
)
ADVISORY_LOCKS = """
SELECT l.pid, l.granted, a.state, now() - a.state_change AS idle_for, left(a.query, 40)
FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory'
"""
REDELIVER_AFTER_SECONDS = 0.5
REDELIVER_FOR_SECONDS = 90.0


@dataclass
class Traffic:
    """Signed events from `users` residents, each one event every `pace` seconds or so."""

    emulator: LineEmulator
    webhook_url: str
    secret: str
    users: int = 12
    pace: float = 0.6
    accepted: list[dict[str, Any]] = field(default_factory=list)
    refusals: Counter[int] = field(default_factory=Counter)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.factory = EventFactory(self.emulator)
        self.rng = random.Random(8)
        self.user_ids = [f"U{'f' * 24}{n:08d}" for n in range(self.users)]

    def start(self) -> None:
        self._stop.clear()
        self._tasks = [asyncio.create_task(self._resident(u)) for u in self.user_ids]

    async def stop(self) -> None:
        """No new events; wait until every event in hand is accepted."""
        self._stop.set()
        await asyncio.gather(*self._tasks)

    async def _resident(self, user_id: str) -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            await self._deliver(http, self.factory.follow(user_id))
            while not self._stop.is_set():
                await asyncio.sleep(self.rng.uniform(0.5, 1.5) * self.pace)
                await self._deliver(http, self._next_event(user_id))

    def _next_event(self, user_id: str) -> dict[str, Any]:
        choices = _button_data(self.emulator.messages_for(user_id)[-1:])
        if choices and self.rng.random() < 0.7:
            return self.factory.postback(user_id, self.rng.choice(choices))
        return self.factory.text(user_id, self.rng.choice(WORDS))

    async def _deliver(self, http: httpx.AsyncClient, event: dict[str, Any]) -> None:
        """POST as LINE does: the same event again after a 5xx or no answer, until 200."""
        body = self.factory.body([event])
        headers = {"x-line-signature": sign(body, self.secret), "content-type": "application/json"}
        deadline = time.monotonic() + REDELIVER_FOR_SECONDS
        while time.monotonic() < deadline:
            try:
                response = await http.post(self.webhook_url, content=body, headers=headers)
                status = response.status_code
            except httpx.HTTPError:
                status = 0
            if status == 200:
                self.accepted.append(event)
                return
            assert status == 0 or status >= 500, f"webhook refused a good event: {status}"
            self.refusals[status] += 1
            await asyncio.sleep(REDELIVER_AFTER_SECONDS)
        raise AssertionError("LINE would have given up redelivering an event")


def _button_data(messages: list[dict[str, Any]]) -> list[str]:
    data: list[str] = []
    for entry in messages:
        for item in (entry["message"].get("quickReply") or {}).get("items") or []:
            action = item.get("action") or {}
            if action.get("type") == "postback" and action.get("data"):
                data.append(str(action["data"]))
    return data


@dataclass
class Ledger:
    """What happened to each accepted event: its final state and how often LINE took an
    answer to it (a reply with its token, or a first push with its retry key)."""

    statuses: dict[str, str]
    attempts: dict[str, int]
    answers: Counter[str]
    strays: list[dict[str, Any]]
    accepted: list[str]
    ways: dict[str, list[str]] = field(default_factory=dict)
    sent_at: dict[str, int] = field(default_factory=dict)
    unproven_replies: set[str] = field(default_factory=set)

    @property
    def lost(self) -> list[str]:
        """Accepted, but never recorded, left open, or marked sent with no answer."""
        return [
            e
            for e in self.accepted
            if self.statuses.get(e) not in ("sent", "ignored")
            or (self.statuses[e] == "sent" and self.answers[e] == 0)
        ]

    def _told(self, events: list[str]) -> list[tuple[object, ...]]:
        """Of the first few: event, status, delivery attempts, when it was sent (ms) and
        how LINE took each answer (operation@ms)."""
        return [
            (e, self.statuses.get(e), self.attempts.get(e), self.sent_at.get(e), self.ways.get(e))
            for e in events[:5]
        ]

    @property
    def doubled(self) -> list[str]:
        return [e for e in self.accepted if self.answers[e] > 1]

    @property
    def answered(self) -> int:
        return sum(1 for e in self.accepted if self.answers[e] == 1)

    @property
    def resumed(self) -> int:
        """Events whose delivery was started more than once (a crash or outage cut in)."""
        return sum(1 for e in self.accepted if self.attempts.get(e, 0) > 1)

    @property
    def doubled_after_unproven_reply(self) -> list[str]:
        """Answered twice where a worker died (or lost its database) while its reply was
        with LINE: LINE took the reply, nothing could prove it, and the resumed delivery
        pushed. The one double docs/architecture.md's table admits."""
        return [
            e
            for e in self.doubled
            if e in self.unproven_replies
            and [w.split("@")[0] for w in self.ways[e]] == ["replyMessage", "pushMessage"]
        ]

    def assert_exactly_once(self, *, admit_unproven_replies: bool = False) -> None:
        """No event lost or answered twice; with `admit_unproven_replies`, except the
        doubles after a reply whose outcome no worker lived to record."""
        assert not self.lost, f"{len(self.lost)} accepted event(s) lost: {self._told(self.lost)}"
        admitted = set(self.doubled_after_unproven_reply if admit_unproven_replies else [])
        doubled = [e for e in self.doubled if e not in admitted]
        assert not doubled, f"{len(doubled)} event(s) answered twice: {self._told(doubled)}"
        assert not self.strays, f"answers to no accepted event: {self.strays[:3]}"
        ignored_but_answered = [
            e for e in self.accepted if self.statuses[e] == "ignored" and self.answers[e]
        ]
        assert not ignored_but_answered


async def settle(database_url: str, timeout: float) -> None:
    """Wait until no recorded event is still open. Fails only when none was answered for
    `timeout` seconds (a loaded machine may be slow, not stuck), naming the open ones."""
    engine = create_async_engine(database_url)
    try:

        async def still_open() -> list[Any]:
            async with engine.connect() as connection:
                rows = await connection.execute(
                    select(
                        ReceivedEvent.id,
                        ReceivedEvent.status,
                        ReceivedEvent.attempts,
                        ReceivedEvent.source_key,
                    ).where(ReceivedEvent.status.in_(OPEN_STATUSES))
                )
                return list(rows.all())

        async def open_count() -> int:
            return len(await still_open())

        try:
            await wait_while_progressing(open_count, timeout, "every recorded event answered")
        except AssertionError as timed_out:
            async with engine.connect() as connection:
                locks = (await connection.execute(text(ADVISORY_LOCKS))).all()
            raise AssertionError(
                f"{timed_out}; open: {(await still_open())[:10]}; turn locks held: {locks[:10]}"
            ) from None
    finally:
        await engine.dispose()


async def ledger(database_url: str, emulator: LineEmulator, traffic: Traffic) -> Ledger:
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            rows = (
                await connection.execute(
                    select(
                        ReceivedEvent.webhook_event_id, ReceivedEvent.status, ReceivedEvent.attempts
                    )
                )
            ).all()
            unproven = await connection.scalars(
                select(ReceivedEvent.webhook_event_id)
                .join(DeliveryAttempt, DeliveryAttempt.event_id == ReceivedEvent.id)
                .where(DeliveryAttempt.method == "reply", DeliveryAttempt.outcome.is_(None))
            )
            unproven_replies = set(unproven)
    finally:
        await engine.dispose()
    by_token = {e["replyToken"]: e["webhookEventId"] for e in traffic.accepted}
    by_key = {retry_key(e["webhookEventId"], 0): e["webhookEventId"] for e in traffic.accepted}
    later_keys = {retry_key(e["webhookEventId"], n) for e in traffic.accepted for n in range(1, 4)}
    answers: Counter[str] = Counter()
    ways: dict[str, list[str]] = {}
    strays: list[dict[str, Any]] = []
    for request in emulator.requests_since(0):
        if request["status"] != 200 or request["operation"] not in ("replyMessage", "pushMessage"):
            continue
        if request["operation"] == "replyMessage":
            owner = by_token.get(request["body"]["replyToken"])
        else:
            key = request["headers"].get("x-line-retry-key", "")
            if key in later_keys:
                continue
            owner = by_key.get(key)
        if owner is None:
            strays.append(request)
        else:
            answers[owner] += 1
            ways.setdefault(owner, []).append(f"{request['operation']}@{request['time']}")
    return Ledger(
        statuses={r[0]: r[1] for r in rows},
        attempts={r[0]: r[2] for r in rows},
        answers=answers,
        strays=strays,
        accepted=[e["webhookEventId"] for e in traffic.accepted],
        ways=ways,
        sent_at={e["webhookEventId"]: int(e["timestamp"]) for e in traffic.accepted},
        unproven_replies=unproven_replies,
    )

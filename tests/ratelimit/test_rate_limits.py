"""Floods: one resident's flood gets a single friendly "please wait" and no more turns, a
crisis message still gets through, other residents are untouched; the console's login
refuses an address after too many failed sign-ins."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis

from api.app import create_app
from bot.flood import PLEASE_WAIT
from bot.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from cases.migrate import upgrade
from cases.staff import add_staff
from tests.console.conftest import PASSWORD, form_token
from tests.harness import in_process_settings, running_stack
from tsunagu.container import build_services

FLOOD_LIMIT = 4


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "redis"])
async def limiter_and_clock(
    request: pytest.FixtureRequest,
) -> AsyncIterator[tuple[RateLimiter, Clock]]:
    clock = Clock()
    if request.param == "memory":
        yield MemoryRateLimiter(clock), clock
        return
    url = request.getfixturevalue("redis_url")
    client = Redis.from_url(url)
    try:
        yield RedisRateLimiter(client, f"test-{uuid.uuid4().hex[:8]}", clock), clock
    finally:
        await client.aclose()


async def test_a_limit_allows_its_count_refuses_once_loudly_then_quietly_and_resets(
    limiter_and_clock: tuple[RateLimiter, Clock],
) -> None:
    limiter, clock = limiter_and_clock
    verdicts = [await limiter.hit("user:U1", 3, 60) for _ in range(6)]
    assert [v.allowed for v in verdicts] == [True, True, True, False, False, False]
    assert [v.first_refusal for v in verdicts] == [False, False, False, True, False, False]
    assert (await limiter.hit("user:U2", 3, 60)).allowed, "another bucket is not affected"
    assert not (await limiter.peek("user:U1", 3, 60)).allowed
    clock.now += 60
    assert (await limiter.peek("user:U1", 3, 60)).allowed
    assert (await limiter.hit("user:U1", 3, 60)).allowed, "a new window starts afresh"


async def test_a_limiter_without_redis_lets_everything_through() -> None:
    client = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    try:
        limiter = RedisRateLimiter(client, "gone")
        assert all([(await limiter.hit("user:U1", 1, 60)).allowed for _ in range(3)])
    finally:
        await client.aclose()


def _texts(messages: list[dict[str, object]]) -> list[str]:
    return [str(m.get("text", "")) for m in messages]


async def test_a_flood_gets_one_please_wait_in_process(sqlite_url: str) -> None:
    await _a_flood_gets_one_please_wait_and_a_crisis_still_gets_through(sqlite_url, None)


async def test_a_flood_gets_one_please_wait_with_redis(postgres_url: str, redis_url: str) -> None:
    await _a_flood_gets_one_please_wait_and_a_crisis_still_gets_through(postgres_url, redis_url)


async def _inside_one_window(window_seconds: int = 60, room: float = 20.0) -> None:
    """Windows follow the clock (one a minute): a flood sent just before the minute turns
    would straddle two of them. Wait for the next window when this one is nearly over."""
    into = time.time() % window_seconds
    if into > window_seconds - room:
        await asyncio.sleep(window_seconds - into + 0.5)


async def _a_flood_gets_one_please_wait_and_a_crisis_still_gets_through(
    database: str, redis: str | None
) -> None:
    flooder, neighbour = "U" + "a" * 32, "U" + "b" * 32
    async with running_stack(database, redis, TSUNAGU_USER_RATE_LIMIT=FLOOD_LIMIT) as stack:
        await stack.follow(flooder)
        await stack.follow(neighbour)
        await stack.settle()
        await _inside_one_window()
        for n in range(FLOOD_LIMIT + 6):
            await stack.say(flooder, f"テスト{n}")
        await stack.settle(timeout=30)
        delivered_texts = _texts(stack.delivered(flooder))
        assert delivered_texts.count(PLEASE_WAIT) == 1, "exactly one please-wait for a flood"
        assert delivered_texts[-1] == PLEASE_WAIT, "nothing is answered after the please-wait"
        answers = {m["request_seq"] for m in stack.emulator.messages_for(flooder)}
        assert len(answers) == 1 + FLOOD_LIMIT + 1, "welcome, the turns within the limit, wait"

        crisis_before = len(stack.delivered(flooder))
        await stack.say(flooder, "もう死にたい")
        await stack.settle(timeout=15)
        crisis_answer = stack.delivered(flooder)[crisis_before:]
        assert crisis_answer, "a crisis message is answered whatever the flood"
        assert PLEASE_WAIT not in _texts(crisis_answer)

        neighbour_before = len(stack.delivered(neighbour))
        await stack.say(neighbour, "こんにちは")
        await stack.settle()
        assert len(stack.delivered(neighbour)) > neighbour_before, "others are not limited"


@pytest.fixture
async def console_app(postgres_url: str) -> AsyncIterator[FastAPI]:
    settings = in_process_settings(postgres_url, TSUNAGU_LOGIN_RATE_LIMIT=3)
    await upgrade(postgres_url)
    services = build_services(settings)
    app = create_app(settings, services)
    async with services.session_factory() as db:
        await add_staff(db, "coordinator", PASSWORD, "coordinator")
        await db.commit()
    try:
        yield app
    finally:
        await services.close()


def _client(app: FastAPI, ip: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def _attempt(client: httpx.AsyncClient, password: str) -> int:
    page = await client.get("/console/login")
    response = await client.post(
        "/console/login",
        data={"login": "coordinator", "password": password, "csrf_token": form_token(page.text)},
    )
    return response.status_code


async def test_console_login_refuses_an_address_after_repeated_failures(
    console_app: FastAPI,
) -> None:
    async with _client(console_app, "203.0.113.7") as attacker:
        statuses = [await _attempt(attacker, "wrong password") for _ in range(3)]
        assert statuses == [401, 401, 401]
        assert await _attempt(attacker, "another wrong one") == 429
        assert await _attempt(attacker, PASSWORD) == 429, "even the right password waits"
    async with _client(console_app, "198.51.100.20") as colleague:
        assert await _attempt(colleague, PASSWORD) == 303, "another address signs in"

"""Fixed-window rate limits: in Redis when the city runs one (every api and worker process
shares the count), in process otherwise (the demo).

`RateLimiter.hit(bucket, limit, window)` counts one more event in the bucket's current
window and says whether it is within the limit, and whether it is the first one over
(so a flood gets a single "please wait", not one per message). A limiter that cannot
reach Redis lets everything through: a limit must never silence a resident."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from fastapi import HTTPException, Request
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    first_refusal: bool
    retry_after: int  # seconds until the window turns

    @classmethod
    def of(cls, count: int, limit: int, retry_after: float) -> Verdict:
        return cls(count <= limit, count == limit + 1, max(1, math.ceil(retry_after)))


class RateLimiter(Protocol):
    async def hit(self, bucket: str, limit: int, window_seconds: int) -> Verdict: ...

    async def peek(self, bucket: str, limit: int, window_seconds: int) -> Verdict:
        """The verdict the next `hit` would get, counting nothing."""
        ...


def _window(window_seconds: int, now: float) -> tuple[int, float]:
    """The current window's number and the seconds left in it."""
    number = int(now // window_seconds)
    return number, (number + 1) * window_seconds - now


class MemoryRateLimiter:
    """Counts in this process only (one process: the demo)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._counts: dict[str, tuple[int, int]] = {}

    def _count(self, bucket: str, window_seconds: int, add: int) -> tuple[int, float]:
        number, left = _window(window_seconds, self._clock())
        seen_window, count = self._counts.get(bucket, (number, 0))
        count = (count if seen_window == number else 0) + add
        if add:
            self._counts[bucket] = (number, count)
            if len(self._counts) > 100_000:  # old windows of quiet buckets
                self._counts = {k: v for k, v in self._counts.items() if v[0] == number}
        return count, left

    async def hit(self, bucket: str, limit: int, window_seconds: int) -> Verdict:
        count, left = self._count(bucket, window_seconds, 1)
        return Verdict.of(count, limit, left)

    async def peek(self, bucket: str, limit: int, window_seconds: int) -> Verdict:
        count, left = self._count(bucket, window_seconds, 0)
        return Verdict.of(count + 1, limit, left)


class RedisRateLimiter:
    """Counts in Redis, shared by every process: INCR on `{prefix}:rate:{bucket}:{window}`."""

    def __init__(
        self, redis: Redis, prefix: str = "tsunagu", clock: Callable[[], float] = time.time
    ) -> None:
        self.redis = redis
        self.prefix = prefix
        self._clock = clock

    def _key(self, bucket: str, window_seconds: int) -> tuple[str, float]:
        number, left = _window(window_seconds, self._clock())
        return f"{self.prefix}:rate:{bucket}:{window_seconds}:{number}", left

    async def hit(self, bucket: str, limit: int, window_seconds: int) -> Verdict:
        key, left = self._key(bucket, window_seconds)
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(key)
                pipe.expire(key, window_seconds + 1)
                count, _ = await pipe.execute()
        except (RedisError, OSError) as error:
            log.warning("rate limit: Redis unavailable (%s); allowing", type(error).__name__)
            return Verdict(True, False, 1)
        return Verdict.of(int(count), limit, left)

    async def peek(self, bucket: str, limit: int, window_seconds: int) -> Verdict:
        key, left = self._key(bucket, window_seconds)
        try:
            count = int(await self.redis.get(key) or 0)
        except (RedisError, OSError) as error:
            log.warning("rate limit: Redis unavailable (%s); allowing", type(error).__name__)
            return Verdict(True, False, 1)
        return Verdict.of(count + 1, limit, left)


def build_limiter(redis: Redis | None, prefix: str) -> RateLimiter:
    return RedisRateLimiter(redis, prefix) if redis is not None else MemoryRateLimiter()


def client_ip(request: Request) -> str:
    """The caller's address as uvicorn saw it (behind a trusted proxy: X-Forwarded-For)."""
    return request.client.host if request.client is not None else "unknown"


class TooManyAttempts(HTTPException):
    def __init__(self, retry_after: int) -> None:
        super().__init__(
            429,
            "ログインの試行が多すぎます。しばらく待ってからもう一度お試しください。",
            headers={"Retry-After": str(retry_after)},
        )


class LoginRateGuard:
    """The console's login guard: at most `limit` failed sign-ins per IP address per
    `window_seconds`; past that every attempt from that address answers 429 until the
    window turns (a right password does not get through either)."""

    def __init__(self, limiter: RateLimiter, limit: int = 10, window_seconds: int = 600) -> None:
        self.limiter = limiter
        self.limit = limit
        self.window_seconds = window_seconds

    def _bucket(self, request: Request) -> str:
        return f"login-ip:{client_ip(request)}"

    async def before_attempt(self, request: Request) -> None:
        verdict = await self.limiter.peek(self._bucket(request), self.limit, self.window_seconds)
        if not verdict.allowed:
            log.warning("console login refused: too many failed attempts from one address")
            raise TooManyAttempts(verdict.retry_after)

    async def after_attempt(self, request: Request, succeeded: bool) -> None:
        if not succeeded:
            await self.limiter.hit(self._bucket(request), self.limit, self.window_seconds)


def per_ip_limit(
    limiter: RateLimiter, name: str, limit: int, window_seconds: int
) -> Callable[[Request], Awaitable[None]]:
    """A FastAPI dependency: every request counts; past `limit` per IP per window, 429."""

    async def limited(request: Request) -> None:
        bucket = f"{name}:{client_ip(request)}"
        verdict = await limiter.hit(bucket, limit, window_seconds)
        if not verdict.allowed:
            raise TooManyAttempts(verdict.retry_after)

    return limited

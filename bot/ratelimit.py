"""Fixed-window rate limits: in Redis when the city runs one (every api and worker process
shares the count), in process otherwise (the demo).

`RateLimiter.hit(bucket, limit, window)` counts one more event in the bucket's current
window and says whether it is within the limit, and whether it is the first one over
(so a flood gets a single "please wait", not one per message). A limiter that cannot
reach Redis lets everything through: a limit must never silence a resident."""

from __future__ import annotations

import hashlib
import logging
import math
import time
from collections.abc import Callable
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
    """The caller's address. The app takes `X-Forwarded-For` only from the proxies named
    in `FORWARDED_ALLOW_IPS` (`api/app.py`); from anyone else the header is ignored."""
    return request.client.host if request.client is not None else "unknown"


def _minutes(seconds: int) -> int:
    return max(1, math.ceil(seconds / 60))


class TooManyAttempts(HTTPException):
    """429 with a message staff can read and the seconds to wait (`Retry-After`)."""

    def __init__(self, retry_after: int, message: str | None = None) -> None:
        super().__init__(
            429,
            message
            or "ログインの試行が多すぎます。"
            f"{_minutes(retry_after)}分ほど待ってから、もう一度お試しください。",
            headers={"Retry-After": str(retry_after)},
        )


def account_locked_message(retry_after: int) -> str:
    return (
        "このログインIDは、パスワードの間違いが続いたため、しばらくログインできません。"
        f"{_minutes(retry_after)}分ほど待ってから、もう一度お試しください。"
        "急ぐときは管理者に連絡してください。"
    )


def _account_bucket(login: str) -> str:
    """The login id as typed (trimmed, as the sign-in looks it up), hashed: Redis keys
    carry no staff login ids. Unknown ids are counted too, so a refusal tells nothing
    about which ids exist."""
    digest = hashlib.sha256(login.strip().encode("utf-8")).hexdigest()[:24]
    return f"login-account:{digest}"


class LoginRateGuard:
    """The console's login guard. Failed sign-ins are counted per address and per login
    id in each `window_seconds`: past `limit` from one address, or past `account_limit`
    for one login id from anywhere, every attempt answers 429 until the window turns (a
    right password does not get through either). The per-account count is what stops a
    guesser who rotates addresses."""

    def __init__(
        self,
        limiter: RateLimiter,
        limit: int = 10,
        window_seconds: int = 600,
        account_limit: int = 10,
    ) -> None:
        self.limiter = limiter
        self.limit = limit
        self.window_seconds = window_seconds
        self.account_limit = account_limit

    def _address_bucket(self, request: Request) -> str:
        return f"login-ip:{client_ip(request)}"

    async def before_attempt(self, request: Request, login: str) -> None:
        by_address = await self.limiter.peek(
            self._address_bucket(request), self.limit, self.window_seconds
        )
        if not by_address.allowed:
            log.warning("console login refused: too many failed attempts from one address")
            raise TooManyAttempts(by_address.retry_after)
        by_account = await self.limiter.peek(
            _account_bucket(login), self.account_limit, self.window_seconds
        )
        if not by_account.allowed:
            log.warning("console login refused: too many failed attempts for one login id")
            raise TooManyAttempts(
                by_account.retry_after, account_locked_message(by_account.retry_after)
            )

    async def after_attempt(self, request: Request, login: str, succeeded: bool) -> None:
        if succeeded:
            return
        await self.limiter.hit(self._address_bucket(request), self.limit, self.window_seconds)
        await self.limiter.hit(_account_bucket(login), self.account_limit, self.window_seconds)

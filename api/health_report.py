"""What `/health` says, probed from the process that answers: the database, Redis, the NLU
(Rasa's `/status`, asked now), the workers (their heartbeats in Redis, or the embedded
one) and how far delivery lags. One probe serves every caller for `cache_seconds`; a
caller that arrives while the next probe runs gets the last answer (or, before the first,
waits for the probe): `/health` cannot be used to hammer Rasa. A cached answer is dropped
early when this process's own interpreter has since seen Rasa go or come back: what the
bot just lived through is never contradicted by an older probe.

Overall: `down` (HTTP 503) when this process cannot take LINE's webhooks (the database or
Redis unreachable); `degraded` (200) when it takes them but something behind is impaired
(Rasa unreachable so the fallback classifier answers, no live worker, delivery lagging);
`ok` otherwise. Nothing personal: states, counts, ages, worker names."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from sqlalchemy import text

from bot.heartbeat import WorkerReport, this_worker, worker_reports
from cases.backlog import Backlog, delivery_backlog
from tsunagu.container import Services

log = logging.getLogger(__name__)

OK, DEGRADED, DOWN = "ok", "degraded", "down"
PROBE_TIMEOUT_SECONDS = 2.0
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class HealthReport:
    status: str
    body: dict[str, Any]

    @property
    def http_status(self) -> int:
        return 503 if self.status == DOWN else 200


async def _attempt(probe: Callable[[], Awaitable[T]], what: str) -> T | None:
    """The probe's answer, or None when it failed or took longer than allowed."""
    try:
        async with asyncio.timeout(PROBE_TIMEOUT_SECONDS):
            return await probe()
    except Exception as error:
        log.warning("health: %s did not answer (%s)", what, type(error).__name__)
        return None


class HealthMonitor:
    def __init__(
        self,
        services: Services,
        cache_seconds: float = 3.0,
        max_lag_seconds: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.services = services
        self.cache_seconds = cache_seconds
        self.max_lag_seconds = max_lag_seconds
        self.clock = clock
        self._last: tuple[float, HealthReport] | None = None
        self._nlu_seen: str | None = None  # this process's interpreter state at the last probe
        self._probing: asyncio.Task[HealthReport] | None = None

    def _cached(self) -> HealthReport | None:
        if self._last is None or self.clock() - self._last[0] >= self.cache_seconds:
            return None
        if self.services.interpreter.state() != self._nlu_seen:
            return None
        return self._last[1]

    async def report(self) -> HealthReport:
        cached = self._cached()
        if cached is not None:
            return cached
        if self._probing is not None and not self._probing.done() and self._last is not None:
            return self._last[1]  # a probe is under way: the last answer, without waiting
        if self._probing is None or self._probing.done():
            self._probing = asyncio.create_task(self._probe())
        # Shielded: a caller that hangs up does not cancel the probe the others wait for.
        return await asyncio.shield(self._probing)

    async def _probe(self) -> HealthReport:
        database, redis, nlu, backlog = await asyncio.gather(
            self._database(), self._redis(), self._nlu(), self._backlog()
        )
        workers = await self._workers()  # after the NLU check: an embedded worker shares it
        workers_nlu = [w["nlu"] for w in workers.get("workers", [])]
        nlu_status = OK if nlu == OK and all(v == OK for v in workers_nlu) else DEGRADED
        components: dict[str, dict[str, Any]] = {
            "database": {
                "status": database,
                "backend": self.services.engine.dialect.name,
            },
            "redis": {"status": OK if redis == "in-process" else redis, "mode": _mode(redis)},
            "nlu": {"status": nlu_status, "here": nlu, "workers": workers_nlu},
            "workers": workers,
            "delivery": self._delivery(backlog),
        }
        if database == DOWN or redis == DOWN:
            status = DOWN
        elif any(c["status"] != OK for c in components.values()):
            status = DEGRADED
        else:
            status = OK
        body = {
            "status": status,
            # The flat fields of earlier versions, for the checks that read them.
            "database": database,
            "database_backend": self.services.engine.dialect.name,
            "redis": redis,
            "nlu": nlu_status,
            "municipality": self.services.settings.TSUNAGU_MUNICIPALITY,
            "components": components,
        }
        report = HealthReport(status, body)
        self._last = (self.clock(), report)
        self._nlu_seen = self.services.interpreter.state()
        return report

    async def _database(self) -> str:
        engine = self.services.engine

        async def select_one() -> bool:
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
            return True

        return OK if await _attempt(select_one, "the database") else DOWN

    async def _redis(self) -> str:
        redis = self.services.redis
        if redis is None:
            return "in-process"
        answered = await _attempt(lambda: redis.ping(), "Redis")
        return OK if answered else DOWN

    async def _nlu(self) -> str:
        """What this process's interpreter says after asking Rasa now."""
        state = await _attempt(self.services.interpreter.check, "the NLU")
        return state or DEGRADED  # ok, degraded, warming (loading) or rules-only

    async def _backlog(self) -> Backlog | None:
        async def measure() -> Backlog:
            async with self.services.session_factory() as db:
                return await delivery_backlog(db)

        return await _attempt(measure, "the delivery backlog")

    def _delivery(self, backlog: Backlog | None) -> dict[str, Any]:
        if backlog is None:
            return {"status": DOWN}
        events, outbox = backlog.unanswered_events, backlog.pending_outbox
        lagging = max(events.oldest_seconds, outbox.oldest_seconds) > self.max_lag_seconds
        return {
            "status": DEGRADED if lagging else OK,
            "unanswered_events": events.count,
            "oldest_unanswered_seconds": round(events.oldest_seconds, 1),
            "pending_outbox": outbox.count,
            "oldest_pending_outbox_seconds": round(outbox.oldest_seconds, 1),
        }

    async def _embedded_worker(self) -> list[WorkerReport]:
        """This process's own worker, seen first-hand (before its first beat lands)."""
        worker = self.services.worker
        if not worker.serving():
            return []
        depth = await _attempt(worker.queue.depth, "the queue")
        state = self.services.interpreter.state()
        return [WorkerReport(this_worker(), state, depth or 0, worker.concurrency, 0.0)]

    async def _workers(self) -> dict[str, Any]:
        redis = self.services.redis
        reports = await self._embedded_worker()
        if redis is not None:
            beating = await _attempt(
                lambda: worker_reports(redis, self.services.settings.TSUNAGU_REDIS_PREFIX),
                "the workers' heartbeats",
            )
            if beating is None:
                return {"status": DOWN, "alive": 0, "workers": []}
            here = {report.worker for report in reports}
            reports += [report for report in beating if report.worker not in here]
        return {
            "status": OK if reports else DEGRADED,
            "alive": len(reports),
            "workers": [asdict(report) for report in reports],
        }


def _mode(redis: str) -> str:
    return "in-process" if redis == "in-process" else "redis"

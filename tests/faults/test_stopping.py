"""A worker asked to stop stops, even when a task swallows its cancellation.

Found running `bench/webhook_ack.py` with a backlog: a worker's recovery sweep took the
one cancellation its stop sent (a library caught it mid-call), went back to sleep, and the
worker waited on it for ever — still running half an hour after SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, cast

import pytest

from bot.queue import InProcessQueue
from bot.runtime import Runtime
from bot.stopping import stop_task
from bot.worker import Worker
from tests.timing import budget


async def _swallows_one_cancellation(started: asyncio.Event) -> None:
    started.set()
    with contextlib.suppress(asyncio.CancelledError):  # what a misbehaving library does
        await asyncio.sleep(3600)
    await asyncio.sleep(3600)


async def test_a_task_that_swallows_a_cancellation_is_stopped_anyway() -> None:
    started = asyncio.Event()
    task = asyncio.create_task(_swallows_one_cancellation(started))
    await started.wait()
    await asyncio.wait_for(stop_task(task), timeout=5)
    assert task.cancelled()


async def test_a_worker_stops_when_its_sweep_swallows_the_cancellation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sweeping = asyncio.Event()

    async def sweep(stale_after: Any = None) -> int:
        await _swallows_one_cancellation(sweeping)
        return 0

    class NoTurns:
        async def process(self, event_id: int) -> None:
            raise AssertionError("no event was queued")

    runtime = cast(Runtime, NoTurns())
    worker = Worker(InProcessQueue(), runtime, cast(Any, None), sweep_every=0.01)
    monkeypatch.setattr(worker, "sweep", sweep)
    worker.start()
    await asyncio.wait_for(sweeping.wait(), timeout=5)
    stopping = asyncio.create_task(worker.stop(grace=0.5))
    # Waited on without cancelling it: a stop that hangs stays not done.
    await asyncio.wait({stopping}, timeout=budget(8))
    assert stopping.done(), "the worker never stopped"
    stopping.cancel()
    assert not worker.serving()


async def test_a_sweep_redis_does_not_answer_leaves_the_worker_running(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Found in a full test run on a loaded machine: Redis slow to answer the sweep a
    worker runs as it starts (`Timeout reading from 127.0.0.1:…`) made the worker exit.
    The sweep run 15 s later queues what it could not."""

    async def sweep(stale_after: Any = None) -> int:
        raise TimeoutError("Timeout reading from 127.0.0.1:6379")

    class NoTurns:
        async def process(self, event_id: int) -> None:
            raise AssertionError("no event was queued")

    worker = Worker(InProcessQueue(), cast(Runtime, NoTurns()), cast(Any, None))
    monkeypatch.setattr(worker, "sweep", sweep)
    worker.start()
    await worker.sweep_safely()
    assert worker.serving()
    assert "recovery sweep failed: TimeoutError" in caplog.text
    await worker.stop(grace=0.5)

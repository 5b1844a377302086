"""Stopping a background task for sure.

A task may swallow one cancellation (a library that catches it at the wrong moment, as
`asyncio.wait_for` can before Python 3.12) and go back to sleep: a worker asked to stop
then waited on it for ever. Here the cancellation is repeated until the task ends, for
`patience` seconds at most; a task still running after that is left behind, logged."""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)

RECANCEL_SECONDS = 0.5


async def stop_task(task: asyncio.Task[None], patience: float = 5.0) -> None:
    """Cancel `task` and wait until it ends, cancelling again while it does not."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + patience
    while not task.done():
        remaining = deadline - loop.time()
        if remaining <= 0:
            name = task.get_name()
            log.warning("task %s did not stop within %.0f s; left behind", name, patience)
            return
        task.cancel()
        await asyncio.wait({task}, timeout=min(RECANCEL_SECONDS, remaining))
    if not task.cancelled() and task.exception() is not None:
        log.warning("task %s ended with %s", task.get_name(), type(task.exception()).__name__)

"""`tsunagu worker`: queue workers in their own process, sharing Redis and the database."""

from __future__ import annotations

import asyncio
import logging
import os
import signal

from cases.migrate import upgrade
from tsunagu.container import build_services
from tsunagu.logs import configure_logging
from tsunagu.settings import get_settings

log = logging.getLogger(__name__)


def _yield_cpu(increment: int) -> None:
    """Lower this process's priority, so an api on the same host acks LINE in time."""
    if increment <= 0:
        return
    try:
        os.nice(increment)
    except OSError as error:  # a sandbox may refuse: run at the usual priority
        log.warning("worker priority unchanged (%s)", error)


async def run_worker() -> None:
    settings = get_settings()
    configure_logging(settings.TSUNAGU_LOG_LEVEL)
    if not settings.REDIS_URL:
        raise SystemExit("tsunagu worker needs REDIS_URL: without it the api runs its own workers")
    _yield_cpu(settings.TSUNAGU_WORKER_NICE)
    services = build_services(settings)
    services.warm_up()  # the classifier loads now, not at the first message
    await upgrade(settings.DATABASE_URL)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    services.worker.start()
    # Redis slow to answer at this moment (a loaded machine) is no reason for the worker
    # to exit: the periodic sweep queues again what this one could not.
    await services.worker.sweep_safely()
    services.outbox.start()
    log.info("worker running (%d tasks)", settings.TSUNAGU_WORKERS)
    await stop.wait()
    await services.close()

"""The collector kept off what a process holds for its whole life.

A full collection walks every object the process holds. Once the server has loaded its
modules, compiled patterns and the fallback classifier, that is some 300,000 objects, and
each full collection held the event loop for 150–170 ms: measured on the console's
reports, three such pauses in twenty requests made their p95. What is alive once the
process has warmed up lives as long as the process; `gc.freeze` moves it out of the
collector's walks, and the collections that remain walk only what requests create."""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def freeze_what_started() -> None:
    """Collect what start-up left behind, then freeze the rest: once a process, when it
    is first warm (a process that runs several servers, as the tests do, pays once)."""
    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()
    log.info("start-up objects kept out of collections: %d", gc.get_freeze_count())

"""Once a server is warm, what start-up made (modules, patterns, the fallback classifier)
is out of the collector's walks: full collections had held the event loop 150–170 ms each
on a warm process (`tsunagu/memory.py`; `bench/console.py` and `bench/webhook_ack.py`
measure the effect)."""

from __future__ import annotations

import asyncio
import gc

from tests.harness import running_stack


async def test_a_warm_server_keeps_its_start_up_objects_out_of_collections(
    database_url: str,
) -> None:
    async with running_stack(database_url) as stack:
        await stack.services.prepared.ready()
        await stack.services.prepared.classifier.classifier()
        for _ in range(100):  # the freeze follows the load in the loader's thread
            if gc.get_freeze_count():
                break
            await asyncio.sleep(0.05)
        assert gc.get_freeze_count() > 10_000

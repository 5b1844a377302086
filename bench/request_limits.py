"""How fast a request past the limits is refused, and whether it holds up LINE's webhook.

1. A 1 MB request line and a 1 MB header sent as bytes to the server every tsunagu
   command runs (`tsunagu.http_server`): the status and the time from the first byte
   sent to the status line read, best and median of a few rounds (target: under 50 ms).
2. Three 40,000-character console addresses at once, with the access log on (each one
   is a log record, scrubbed), while a resident's webhook POST is timed: its ack time
   beside them and alone.

    uv run python bench/request_limits.py
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness import Stack, running_stack

MEGABYTE = 1_000_000
ROUNDS = 7


async def timed_status(stack: Stack, request: bytes) -> tuple[int, float]:
    host, port = stack.base_url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    start = time.perf_counter()
    writer.write(request)
    await writer.drain()
    status_line = await reader.readline()
    elapsed = (time.perf_counter() - start) * 1000
    writer.close()
    return int(status_line.split()[1]), elapsed


async def ack_ms(stack: Stack) -> float:
    start = time.perf_counter()
    response = await stack.post_events([stack.events.follow("U" + uuid.uuid4().hex)])
    assert response.status_code == 200
    return (time.perf_counter() - start) * 1000


async def main() -> None:
    database = Path(tempfile.mkdtemp(prefix="tsunagu-bench-")) / "bench.db"
    async with running_stack(f"sqlite+aiosqlite:///{database}") as stack:
        access = logging.getLogger("uvicorn.access")
        access.setLevel(logging.INFO)  # every request makes a scrubbed record
        access.handlers, access.propagate = [logging.NullHandler()], False

        filler = b"a" * MEGABYTE
        heads = {
            "1 MB request line": b"GET /console/%s HTTP/1.1\r\nHost: x\r\n\r\n" % filler,
            "1 MB header": b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: %s\r\n\r\n" % filler,
        }
        print(f"{'request':<20} {'status':>6} {'best ms':>8} {'median ms':>10}")
        for name, request in heads.items():
            results = [await timed_status(stack, request) for _ in range(ROUNDS)]
            times = [ms for _, ms in results]
            answered = {status for status, _ in results}
            print(
                f"{name:<20} {'/'.join(map(str, answered)):>6} {min(times):>8.1f} "
                f"{statistics.median(times):>10.1f}"
            )

        alone = [await ack_ms(stack) for _ in range(ROUNDS)]
        beside: list[float] = []
        statuses: set[int] = set()
        for _ in range(ROUNDS):
            long_gets = [stack.http.get("/console/" + "a" * 40_000) for _ in range(3)]
            timed = asyncio.create_task(ack_ms(stack))
            answers = await asyncio.gather(*long_gets)
            beside.append(await timed)
            statuses |= {answer.status_code for answer in answers}
        print(f"webhook ack alone: median {statistics.median(alone):.1f} ms")
        print(
            f"webhook ack beside 3 × 40,000-char GETs ({'/'.join(map(str, statuses))}): "
            f"median {statistics.median(beside):.1f} ms, worst {max(beside):.1f} ms"
        )
        await stack.settle(timeout=60)


if __name__ == "__main__":
    asyncio.run(main())

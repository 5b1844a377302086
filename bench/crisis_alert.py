"""From a crisis typed in LINE to the alert on the console's alerts view.

Runs the demo's shape (SQLite, the in-process queue, the LINE emulator, no staff group —
the console is the only place an alert lands) or, with `--postgres`, PostgreSQL and Redis
(`TEST_DATABASE_URL`, `TEST_REDIS_URL`). `--residents` residents each write a crisis
through the signed webhook, one after another, while a signed-in coordinator polls
`/console/alerts/live` as the page does. Prints p50/p95/max seconds from sending the
event to the alert's row on the live list, and how long one poll of the list takes with
that many alerts on it.

    uv run --frozen python bench/crisis_alert.py --residents 20
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cases.staff import add_staff
from tests.console.conftest import PASSWORD, sign_in
from tests.databases import create_database, drop_database
from tests.harness import Stack, running_stack

CRISIS = "もう死にたい"


async def alert_rows(staff: httpx.AsyncClient) -> int:
    return (await staff.get("/console/alerts/live")).text.count('class="alert alert-crisis"')


async def measure(stack: Stack, residents: int) -> tuple[list[float], list[float]]:
    async with stack.services.session_factory() as db:
        await add_staff(db, "bench", PASSWORD, "coordinator")
        await db.commit()
    waits: list[float] = []
    polls: list[float] = []
    async with httpx.AsyncClient(base_url=stack.base_url) as staff:
        await sign_in(staff, "bench")
        for number in range(residents):
            user = f"U{number:032x}"
            await stack.follow(user)
            await stack.replies(user, 2)
            sent = time.monotonic()
            await stack.say(user, CRISIS)
            while True:
                polled = time.monotonic()
                shown = await alert_rows(staff)
                polls.append(time.monotonic() - polled)
                if shown > number:
                    break
                await asyncio.sleep(0.02)
            waits.append(time.monotonic() - sent)
    return waits, polls


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=20)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    if args.postgres:
        admin = os.environ["TEST_DATABASE_URL"]
        url = await create_database(admin, "tsunagu_bench")
        try:
            async with running_stack(url, os.environ["TEST_REDIS_URL"]) as stack:
                waits, polls = await measure(stack, args.residents)
        finally:
            await drop_database(admin, url)
        shape = "PostgreSQL + Redis"
    else:
        with tempfile.TemporaryDirectory() as scratch:
            async with running_stack(f"sqlite+aiosqlite:///{scratch}/bench.db") as stack:
                waits, polls = await measure(stack, args.residents)
        shape = "SQLite + in-process queue (demo)"
    print(f"crisis → console alerts view, {args.residents} residents, {shape}")
    print(
        f"  seconds to the alert on /console/alerts/live: p50 {statistics.median(waits):.2f}"
        f"  p95 {percentile(waits, 0.95):.2f}  max {max(waits):.2f}"
    )
    print(
        f"  one poll of the live list: p50 {statistics.median(polls) * 1000:.0f} ms"
        f"  max {max(polls) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    asyncio.run(main())

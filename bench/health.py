"""`/health` under a crowd of callers, and how soon it sees Rasa stop.

Serves the app (api only, as in docker-compose.yml: no embedded worker) on SQLite with
`NLU_URL` pointing to a Rasa stand-in that counts its `/status` calls. `--callers`
clients read `/health` back to back for `--seconds`; prints requests/s, p50/p99 latency
and how many times Rasa was asked (one probe per `TSUNAGU_HEALTH_CACHE_SECONDS` however
many callers). Then stops the stand-in `--rounds` times and prints how long `/health`
took to say degraded.

    uv run python bench/health.py --callers 20 --seconds 10 --rounds 3
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # before bench/nlu.py

from tests.faults.services import RasaStandIn, served
from tests.harness import Stack, running_stack


async def crowd(stack: Stack, callers: int, seconds: float) -> list[float]:
    latencies: list[float] = []
    deadline = time.monotonic() + seconds

    async def caller() -> None:
        while time.monotonic() < deadline:
            started = time.monotonic()
            await stack.http.get("/health")
            latencies.append(time.monotonic() - started)

    await asyncio.gather(*(caller() for _ in range(callers)))
    return latencies


async def seconds_to_degraded(stack: Stack, rasa: RasaStandIn) -> float:
    async with served(rasa.app, rasa.port) as server:
        while (await stack.http.get("/health")).json()["nlu"] != "ok":
            await asyncio.sleep(0.1)
        await server.stop()
        stopped = time.monotonic()
        while (await stack.http.get("/health")).json()["nlu"] != "degraded":
            await asyncio.sleep(0.1)
        return time.monotonic() - stopped


async def main(callers: int, seconds: float, rounds: int, cache_seconds: float) -> None:
    rasa = RasaStandIn()
    with tempfile.TemporaryDirectory() as workdir:
        async with running_stack(
            f"sqlite+aiosqlite:///{workdir}/bench.db",
            NLU_URL=rasa.url,
            TSUNAGU_EMBEDDED_WORKER=False,
            TSUNAGU_HEALTH_CACHE_SECONDS=cache_seconds,
        ) as stack:
            async with served(rasa.app, rasa.port):
                latencies = await crowd(stack, callers, seconds)
            ordered = sorted(latencies)
            print(
                f"{len(latencies)} /health reads by {callers} callers in {seconds:.0f} s "
                f"({len(latencies) / seconds:.0f}/s): p50 {statistics.median(ordered) * 1000:.1f}"
                f" ms, p99 {ordered[int(len(ordered) * 0.99)] * 1000:.1f} ms; Rasa /status asked "
                f"{rasa.status_checks} times (cache {cache_seconds:.0f} s)"
            )
            waits = [await seconds_to_degraded(stack, rasa) for _ in range(rounds)]
            print(
                "degraded after Rasa stopped: "
                + ", ".join(f"{w:.1f} s" for w in waits)
                + f" (max {max(waits):.1f} s)"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--callers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache-seconds", type=float, default=3.0)
    arguments = parser.parse_args()
    asyncio.run(
        main(arguments.callers, arguments.seconds, arguments.rounds, arguments.cache_seconds)
    )

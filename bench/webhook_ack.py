"""Webhook acknowledgement latency under a fixed rate of signed events.

Runs tsunagu as in production: the api (`create_app`, no embedded worker) under uvicorn
and separate `tsunagu worker` processes (`--workers`), on PostgreSQL (a fresh database for the run,
dropped afterwards) and Redis (a fresh key prefix). Sends signed events at a fixed rate
for a fixed time to `/line/webhook` and, in the same run, to a bare route of the same
server that only verifies the signature. Prints p50/p99 ack latency, events/s, failures
and acks slower than LINE's 2 s for both, and their ratio. The worker answers the events
meanwhile (through the LINE emulator, in a process of its own as LINE is), as it would in
production.

    uv run python bench/webhook_ack.py --rate 100 --seconds 10
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api.emulator.events import sign
from tests.databases import create_database, drop_database

SECRET = "bench-channel-secret"
LINE_ACK_BUDGET_MS = 2000.0  # LINE expects the webhook answered within about 2 s


def _settings_values(
    port: int, line_port: int, database_url: str, redis_url: str, prefix: str
) -> dict[str, str]:
    return {
        "TSUNAGU_ENV": "test",
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": "bench-token",
        "LINE_API_BASE_URL": f"http://127.0.0.1:{line_port}/emulator",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "TSUNAGU_REDIS_PREFIX": prefix,
        "TSUNAGU_LOG_LEVEL": "WARNING",
    }


def _emulate(port: int) -> None:
    """LINE's side in a process of its own, as LINE is outside tsunagu in production."""
    import uvicorn
    from fastapi import FastAPI

    from api.emulator import LineEmulator, build_router

    app = FastAPI()
    app.include_router(build_router(LineEmulator("bench-token")), prefix="/emulator")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def _work(values: dict[str, str]) -> None:
    os.environ.update(values)
    from tsunagu.standalone_worker import run_worker

    asyncio.run(run_worker())


def _serve(port: int, values: dict[str, str]) -> None:
    import uvicorn
    from linebot.v3.webhook import SignatureValidator

    from api.app import create_app
    from tsunagu.settings import Settings

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        TSUNAGU_EMBEDDED_WORKER=False,
        **values,  # type: ignore[arg-type]
    )
    app = create_app(settings)
    validator = SignatureValidator(SECRET)

    @app.post("/bench/bare")
    async def bare(request: Request) -> JSONResponse:
        body = await request.body()
        if not validator.validate(body.decode(), request.headers.get("x-line-signature", "")):
            return JSONResponse({"message": "invalid signature"}, status_code=400)
        return JSONResponse({})

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def _event(user: str, n: int) -> dict[str, object]:
    return {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user},
        "webhookEventId": uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": False},
        "replyToken": uuid.uuid4().hex,
        "message": {"id": str(n), "type": "text", "text": f"こんにちは {n}", "quoteToken": "q"},
    }


async def _drive(base: str, path: str, rate: float, seconds: float, users: int) -> dict[str, float]:
    latencies: list[float] = []
    failures = 0
    total = int(rate * seconds)
    interval = 1.0 / rate

    limits = httpx.Limits(max_connections=None, max_keepalive_connections=100)
    timeout = httpx.Timeout(10, pool=None)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:

        async def one(n: int) -> None:
            nonlocal failures
            body = json.dumps(
                {"destination": "Ubench", "events": [_event(f"Ubench{n % users:027d}", n)]}
            ).encode()
            headers = {"x-line-signature": sign(body, SECRET), "content-type": "application/json"}
            started = time.perf_counter()
            try:
                response = await client.post(path, content=body, headers=headers)
            except httpx.HTTPError:
                failures += 1
                return
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                failures += 1

        tasks = []
        began = time.perf_counter()
        for n in range(total):
            target = began + n * interval
            delay = target - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(n)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - began
    quantiles = statistics.quantiles(latencies, n=100)
    return {
        "events": total,
        "failures": failures,
        "p50_ms": statistics.median(latencies),
        "p99_ms": quantiles[98],
        "events_per_s": total / elapsed,
        "over_2s": sum(1 for latency in latencies if latency > LINE_ACK_BUDGET_MS),
    }


async def _fresh_database(admin_url: str) -> str:
    """A new, migrated database for this run, so nothing of an earlier run is replayed."""
    from cases.migrate import upgrade
    from tsunagu.data_keys import install_data_keys
    from tsunagu.settings import get_settings

    url = await create_database(admin_url, "tsunagu_bench")
    install_data_keys(get_settings())  # the same keys the api and workers install at start
    await upgrade(url)
    return url


def _wait_for_health(base: str, server: multiprocessing.process.BaseProcess) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code in (200, 503):
                return
        except httpx.HTTPError:
            if time.monotonic() > deadline or not server.is_alive():
                raise SystemExit("tsunagu did not start for the benchmark") from None
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--rate", type=float, default=100.0, help="events per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes answering meanwhile (0: none)"
    )
    parser.add_argument("--port", type=int, default=18765)
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "TEST_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    )
    args = parser.parse_args()

    database_url = asyncio.run(_fresh_database(args.database_url))
    line_port = args.port + 1
    prefix = f"bench-{uuid.uuid4().hex}"
    values = _settings_values(args.port, line_port, database_url, args.redis_url, prefix)
    spawn = multiprocessing.get_context("spawn")
    line = spawn.Process(target=_emulate, args=(line_port,), daemon=True)
    server = spawn.Process(target=_serve, args=(args.port, values), daemon=True)
    workers = [
        spawn.Process(target=_work, args=(values,), daemon=True) for _ in range(args.workers)
    ]
    try:
        line.start()
        server.start()
        _wait_for_health(f"http://127.0.0.1:{args.port}", server)
        for worker in workers:
            worker.start()
        base = f"http://127.0.0.1:{args.port}"
        bare = asyncio.run(_drive(base, "/bench/bare", args.rate, args.seconds, args.users))
        webhook = asyncio.run(_drive(base, "/line/webhook", args.rate, args.seconds, args.users))
    finally:
        for process in (*workers, server, line):
            if process.is_alive():
                process.terminate()
                process.join(10)
        asyncio.run(drop_database(args.database_url, database_url))

    print(
        f"rate {args.rate:.0f} ev/s for {args.seconds:.0f} s, {args.users} users; api +"
        f" {args.workers} worker process(es), Redis + {args.database_url.split(':')[0]}"
    )
    print(
        f"{'route':<16}{'p50 ms':>10}{'p99 ms':>10}{'events/s':>11}{'failures':>10}{'over 2 s':>10}"
    )
    for name, result in (("bare signature", bare), ("/line/webhook", webhook)):
        print(
            f"{name:<16}{result['p50_ms']:>10.2f}{result['p99_ms']:>10.2f}"
            f"{result['events_per_s']:>11.1f}{result['failures']:>10.0f}"
            f"{result['over_2s']:>10.0f}"
        )
    print(
        f"ratio webhook/bare: p50 {webhook['p50_ms'] / bare['p50_ms']:.2f}x, "
        f"p99 {webhook['p99_ms'] / bare['p99_ms']:.2f}x"
    )


if __name__ == "__main__":
    main()

"""Webhook acknowledgement latency under a fixed rate of signed events.

Runs tsunagu as in production: the api (`create_app`, no embedded worker) under uvicorn
and separate `tsunagu worker` processes (`--workers`), on PostgreSQL (a fresh database for the run,
dropped afterwards, after every process has stopped) and Redis (a fresh key prefix).
`bench/loadgen.py` sends the events (signed before the clock starts, on a fixed schedule,
from processes of its own on uvloop, latency from each request's scheduled time):

1. to a bare route of the same server that only verifies the signature, at `--bare-rate`
   (2,000/s by default): what the generator and the server's HTTP stack can do at all;
2. to the bare route at `--rate`, then 3. to `/line/webhook` at `--rate`, the workers
   answering the events meanwhile (through the LINE emulator, in a process of its own as
   LINE is).

Prints p50/p99/max ack latency, answers/s, answers that were not 2xx, acks slower than
LINE's 2 s, requests the generator sent late (> 10 ms after their time: were it many, the
generator was the limit) and connections; the webhook/bare ratio; and how often the api
fell back from Redis (the queue) to the database (recorded, queued later by the sweep).

    uv run python bench/webhook_ack.py --rate 300 --workers 2 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import multiprocessing
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api.emulator.events import sign
from bench.loadgen import HEADER, Result, drive, http_request
from tests.databases import create_database, drop_database

SECRET = "bench-channel-secret"
# What the api logs when Redis fails it and the database takes over.
REDIS_FALLBACKS = ("recorded but not queued",)


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


def _serve(port: int, values: dict[str, str], log_file: str) -> None:
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
    handler = logging.FileHandler(log_file)
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
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


def _requests(path: str, port: int, count: int, users: int) -> list[bytes]:
    """`count` signed webhook calls, each with one new event, ready to send."""
    built = []
    for n in range(count):
        body = json.dumps(
            {"destination": "Ubench", "events": [_event(f"Ubench{n % users:027d}", n)]}
        ).encode()
        headers = {"x-line-signature": sign(body, SECRET), "content-type": "application/json"}
        built.append(http_request(path, f"127.0.0.1:{port}", body, headers))
    return built


def _run(port: int, path: str, rate: float, seconds: float, users: int, generators: int) -> Result:
    requests = _requests(path, port, int(rate * seconds), users)
    return drive("127.0.0.1", port, requests, rate, generators)


async def fresh_database(admin_url: str) -> str:
    """A new, migrated database for this run, so nothing of an earlier run is replayed."""
    from cases.migrate import upgrade
    from tsunagu.data_keys import install_data_keys
    from tsunagu.settings import get_settings

    url = await create_database(admin_url, "tsunagu_bench")
    install_data_keys(get_settings())  # the same keys the api and workers install at start
    await upgrade(url)
    return url


def rss_mb(pid: int) -> float:
    """A process's resident memory in MB (Linux: /proc/PID/status, VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


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
    parser.add_argument(
        "--bare-rate",
        type=float,
        default=2000.0,
        help="events per second to the bare route first, for --bare-seconds (0: skip)",
    )
    parser.add_argument("--bare-seconds", type=float, default=5.0)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes answering meanwhile (0: none)"
    )
    parser.add_argument("--generators", type=int, default=2, help="load generator processes")
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

    database_url = asyncio.run(fresh_database(args.database_url))
    line_port = args.port + 1
    prefix = f"bench-{uuid.uuid4().hex}"
    values = _settings_values(args.port, line_port, database_url, args.redis_url, prefix)
    log_file = Path(tempfile.mkdtemp(prefix="tsunagu-bench-")) / "api.log"
    spawn = multiprocessing.get_context("spawn")
    line = spawn.Process(target=_emulate, args=(line_port,), name="line", daemon=True)
    server = spawn.Process(
        target=_serve, args=(args.port, values, str(log_file)), name="api", daemon=True
    )
    workers = [
        spawn.Process(target=_work, args=(values,), name=f"worker {n + 1}", daemon=True)
        for n in range(args.workers)
    ]
    runs: list[tuple[str, Result]] = []
    stragglers: list[str] = []
    memory: dict[str, float] = {}
    try:
        line.start()
        server.start()
        _wait_for_health(f"http://127.0.0.1:{args.port}", server)
        for worker in workers:
            worker.start()
        # Not measured: the server's first requests import and build what it keeps.
        _run(args.port, "/bench/bare", 100, 2, args.users, args.generators)
        _run(args.port, "/line/webhook", 20, 2, args.users, args.generators)
        if args.bare_rate > 0:
            runs.append(
                (
                    f"bare at {args.bare_rate:.0f}/s",
                    _run(
                        args.port,
                        "/bench/bare",
                        args.bare_rate,
                        args.bare_seconds,
                        args.users,
                        args.generators,
                    ),
                )
            )
        for name, path in (("bare", "/bench/bare"), ("/line/webhook", "/line/webhook")):
            result = _run(args.port, path, args.rate, args.seconds, args.users, args.generators)
            runs.append((f"{name} at {args.rate:.0f}/s", result))
        # Resident memory of each process at the end of the run, while it still runs.
        memory = {p.name: rss_mb(p.pid) for p in (server, *workers) if p.pid is not None}
    finally:
        # Every process stops before its database is dropped: asked (SIGTERM), and
        # killed if it has not stopped within 10 s, which is said.
        for process in (*workers, server, line):
            if process.is_alive():
                process.terminate()
                process.join(10)
            if process.is_alive():
                stragglers.append(process.name)
                process.kill()
                process.join(5)
        asyncio.run(drop_database(args.database_url, database_url))

    logged = log_file.read_text(errors="replace") if log_file.exists() else ""
    fallbacks = sum(logged.count(marker) for marker in REDIS_FALLBACKS)
    print(
        f"{args.seconds:.0f} s at {args.rate:.0f} ev/s, {args.users} users; api +"
        f" {args.workers} worker process(es), Redis + {args.database_url.split(':')[0]};"
        f" {args.generators} generator process(es)"
    )
    print(HEADER)
    for name, result in runs:
        print(result.line(name))
    bare, webhook = runs[-2][1], runs[-1][1]
    print(
        f"ratio webhook/bare: p50 {webhook.quantile(0.5) / bare.quantile(0.5):.2f}x,"
        f" p99 {webhook.quantile(0.99) / bare.quantile(0.99):.2f}x"
    )
    print(f"Redis fallbacks to the database logged by the api: {fallbacks}")
    shown = ", ".join(f"{name} {mb:.0f} MB" for name, mb in memory.items())
    print(f"RSS at the end of the run (goal ≤ 250 MB each): {shown}")
    if stragglers:
        print(f"did not stop within 10 s of SIGTERM, killed: {', '.join(stragglers)}")


if __name__ == "__main__":
    main()

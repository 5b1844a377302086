"""The pieces of a production-shaped tsunagu that a fault test can break: a private Redis
it may kill, a TCP proxy in front of PostgreSQL it may cut, the LINE emulator served over
HTTP, a Rasa stand-in it may stop, and the `tsunagu serve` / `tsunagu worker` processes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from api.emulator import LineEmulator
from api.emulator import build_router as emulator_router
from tests.harness import free_port

TSUNAGU = str(Path(sys.executable).with_name("tsunagu"))


async def wait_until(predicate: Any, timeout: float, what: str, every: float = 0.1) -> None:
    """Poll the (async or plain) `predicate` until it is true, or fail naming `what`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        await asyncio.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


async def wait_while_progressing(
    remaining: Callable[[], Awaitable[int]], stalled_after: float, what: str, every: float = 0.5
) -> None:
    """Poll `remaining` until it is 0; fail naming `what` only when it has not fallen for
    `stalled_after` seconds (on a loaded machine slow is not stuck)."""
    fewest = await remaining()
    deadline = time.monotonic() + stalled_after
    while fewest:
        if time.monotonic() > deadline:
            raise AssertionError(f"no progress for {stalled_after:.0f} s waiting for {what}")
        await asyncio.sleep(every)
        now = await remaining()
        if now < fewest:
            fewest, deadline = now, time.monotonic() + stalled_after


class PrivateRedis:
    """`redis-server` on its own port, no persistence: a kill loses everything in it."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.workdir = workdir
        self._process: subprocess.Popen[bytes] | None = None

    async def start(self) -> None:
        self._process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        await wait_until(self._answers, 10, "the private Redis")

    async def _answers(self) -> bool:
        from redis.asyncio import Redis

        client = Redis.from_url(self.url)
        try:
            return bool(await client.ping())
        except Exception:
            return False
        finally:
            await client.aclose()

    def kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)
            self._process = None


class TcpFaultProxy:
    """Forwards 127.0.0.1:`port` to an upstream server; `cut()` refuses new connections
    and drops open ones, as a stopped database would; `restore()` serves again."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.port = free_port()
        self._server: asyncio.Server | None = None
        self._links: set[asyncio.StreamWriter] = set()

    async def restore(self) -> None:
        self._server = await asyncio.start_server(self._link, "127.0.0.1", self.port)

    async def cut(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._links):
            writer.transport.abort()
        self._links.clear()

    async def _link(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_w.transport.abort()
            return
        self._links.update((client_w, server_w))
        await asyncio.gather(
            self._pipe(client_r, server_w), self._pipe(server_r, client_w), return_exceptions=True
        )
        self._links.difference_update((client_w, server_w))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while chunk := await reader.read(65536):
                writer.write(chunk)
                await writer.drain()
        finally:
            writer.transport.abort()


class BackgroundServer:
    """Serves an ASGI app on 127.0.0.1:`port` in this event loop until `stop()`."""

    def __init__(self, app: FastAPI, port: int) -> None:
        self.app = app
        self.port = port
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        server = uvicorn.Server(
            uvicorn.Config(
                self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
            )
        )
        task = asyncio.create_task(server.serve())
        self._server, self._task = server, task
        await wait_until(lambda: server.started or task.done(), 15, "an in-test HTTP server")
        if task.done():
            task.result()

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            await asyncio.wait_for(self._task, timeout=15)
        self._server = self._task = None


@contextlib.asynccontextmanager
async def served(app: FastAPI, port: int) -> AsyncIterator[BackgroundServer]:
    """Serve `app` on 127.0.0.1:`port` for the block."""
    server = BackgroundServer(app, port)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def emulator_app(emulator: LineEmulator) -> FastAPI:
    app = FastAPI()
    app.include_router(emulator_router(emulator), prefix="/emulator")
    return app


class RasaStandIn:
    """Answers `/status` and `/model/parse` as `rasa run --enable-api` does, with no
    intent: enough for the bot to treat Rasa as up, until the test stops it."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.parses = 0
        self.status_checks = 0
        self.app = FastAPI()

        @self.app.get("/status")
        async def status() -> dict[str, Any]:
            self.status_checks += 1
            return {"model_file": "stand-in.tar.gz", "fingerprint": {}}

        @self.app.post("/model/parse")
        async def parse(body: dict[str, Any]) -> dict[str, Any]:
            self.parses += 1
            text = str(body.get("text", ""))
            return {
                "text": text,
                "intent": {"name": "nlu_fallback", "confidence": 0.3},
                "intent_ranking": [],
                "entities": [],
            }


class TsunaguProcesses:
    """One `tsunagu serve` (no embedded worker) and any number of `tsunagu worker`s."""

    def __init__(self, environment: dict[str, str], logdir: Path) -> None:
        self.environment = {**os.environ, **environment}
        self.logdir = logdir
        self.api_port = free_port()
        self.api_url = f"http://127.0.0.1:{self.api_port}"
        self.api: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []
        self._started = 0

    def _spawn(self, name: str, *arguments: str, **extra: str) -> subprocess.Popen[bytes]:
        self._started += 1
        log = (self.logdir / f"{name}-{self._started}.log").open("wb")
        return subprocess.Popen(
            [TSUNAGU, *arguments],
            env={**self.environment, **extra},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    async def start_api(self) -> None:
        self.api = self._spawn(
            "api", "serve", "--port", str(self.api_port), TSUNAGU_EMBEDDED_WORKER="false"
        )

        async def healthy() -> bool:
            assert self.api is not None
            if self.api.poll() is not None:
                raise AssertionError(f"tsunagu serve exited; see {self.logdir}")
            try:
                async with httpx.AsyncClient(timeout=2) as http:
                    return (await http.get(f"{self.api_url}/health")).status_code < 500
            except httpx.HTTPError:
                return False

        await wait_until(healthy, 180, "tsunagu serve")  # slow to start on a loaded host

    def start_worker(self) -> subprocess.Popen[bytes]:
        worker = self._spawn("worker", "worker")
        self.workers.append(worker)
        return worker

    def kill_worker(self, worker: subprocess.Popen[bytes]) -> None:
        """kill -9: no clean-up, no goodbye."""
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
        self.workers.remove(worker)

    async def stop_all(self) -> None:
        """SIGTERM to every process, SIGKILL to any still running after 6 s. Waits without
        blocking the event loop: the processes' goodbyes go through the PostgreSQL proxy
        and the emulator this loop serves."""
        processes = [*self.workers, *([self.api] if self.api else [])]
        for process in processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + 6
        while any(p.poll() is None for p in processes) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for process in processes:
            if process.poll() is None:
                process.kill()
                await asyncio.to_thread(process.wait, 5)
        self.workers.clear()
        self.api = None

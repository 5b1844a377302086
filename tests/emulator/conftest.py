"""An emulator behind its HTTP routes, reached in process (httpx over ASGI) or over a
real socket (for line-bot-sdk, which speaks aiohttp)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from api.emulator import LineEmulator, build_router

TOKEN = "emulator-test-token"
USER = "U" + "1" * 32


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emulator(clock: FakeClock) -> LineEmulator:
    return LineEmulator(access_token=TOKEN, reply_token_ttl=60, clock=clock)


def emulator_app(emulator: LineEmulator) -> FastAPI:
    app = FastAPI()
    app.include_router(build_router(emulator), prefix="/emulator")
    return app


@pytest.fixture
async def client(emulator: LineEmulator) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=emulator_app(emulator))
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://emulator.test/emulator",
        headers={"authorization": f"Bearer {TOKEN}"},
    ) as http:
        yield http


@pytest.fixture
async def served(emulator: LineEmulator) -> AsyncIterator[str]:
    """The emulator's base URL on a real port: what `LINE_API_BASE_URL` would be."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(emulator_app(emulator), host="127.0.0.1", port=port, log_level="warning")
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    yield f"http://127.0.0.1:{port}/emulator"
    server.should_exit = True
    await task

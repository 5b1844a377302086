"""Servers on free ports for the simulator tests; the browser comes from tests/browser.py."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import uvicorn

from api.emulator import LineEmulator
from tests.browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOT_DIR, browser
from tests.harness import free_port

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "SCREENSHOT_DIR", "browser"]
from tests.simulator.echo_bot import build_echo_app
from tests.timing import budget
from tsunagu.settings import Settings

ECHO_SECRET = "simulator-test-secret"
ECHO_TOKEN = "simulator-test-token"


@asynccontextmanager
async def serving(app: Any, port: int) -> AsyncIterator[str]:
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=budget(15))


@pytest.fixture
async def echo_site() -> AsyncIterator[tuple[str, LineEmulator]]:
    """The stand-in bot (tests/simulator/echo_bot.py) served on a free port."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        TSUNAGU_ENV="test",
        LINE_CHANNEL_SECRET=ECHO_SECRET,
        LINE_CHANNEL_ACCESS_TOKEN=ECHO_TOKEN,
        LINE_API_BASE_URL=f"{base}/emulator",
        PUBLIC_BASE_URL=base,
    )
    emulator = LineEmulator(access_token=ECHO_TOKEN)
    async with serving(build_echo_app(settings, emulator), port) as url:
        yield url, emulator

"""A city whose servers reach the internet only through a proxy still reaches LINE: the
proxy the environment names (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`) is read once when
the LINE client is made, and every call goes through it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from bot.line_api import LineApi, proxy_for
from tests.harness import free_port


@pytest.fixture
async def proxy() -> AsyncIterator[tuple[str, list[str]]]:
    """A forward proxy that answers LINE's push itself and notes what it was asked for."""
    asked: list[str] = []

    async def forward(request: web.Request) -> web.Response:
        asked.append(str(request.url))
        body = {"sentMessages": [{"id": "1", "quoteToken": "q"}]}
        return web.Response(
            text=json.dumps(body),
            content_type="application/json",
            headers={"x-line-request-id": "via-proxy"},
        )

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}", asked
    finally:
        await runner.cleanup()


async def test_a_push_goes_through_the_proxy_the_environment_names(
    proxy: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    address, asked = proxy
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", address)
    line = LineApi("http://api.line.example", "token")
    try:
        receipt = await line.push("U" + "0" * 32, [{"type": "text", "text": "こんにちは"}], "k-1")
    finally:
        await line.close()
    assert receipt.request_id == "via-proxy"
    assert asked == ["http://api.line.example/v2/bot/message/push"]


def test_no_proxy_for_a_host_the_environment_leaves_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.city.example:3128")
    monkeypatch.setenv("NO_PROXY", "api.line.me")
    assert proxy_for("https://api.line.me") is None
    monkeypatch.delenv("NO_PROXY")
    monkeypatch.delenv("no_proxy", raising=False)
    assert proxy_for("https://api.line.me") == "http://proxy.city.example:3128"

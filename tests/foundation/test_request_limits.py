"""A request line or headers too long for any page of tsunagu are refused before routing:
414 URI Too Long, 431 Request Header Fields Too Large — through the server every tsunagu
command runs (a 1 MB request line got a bare 400 and a 1 MB header reached the app), and
through the app alone under any other server. The server answers normally afterwards.
How fast: `bench/request_limits.py`."""

from __future__ import annotations

import asyncio

import httpx

from tests.harness import Stack

MEGABYTE = 1_000_000


async def raw_status(stack: Stack, request: bytes) -> int:
    """The status line's code for `request` sent as bytes (no client library in between)."""
    host, port = stack.base_url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        writer.write(request)
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), 10)
    finally:
        writer.close()
    return int(status_line.split()[1])


async def test_a_megabyte_request_line_gets_414_and_a_megabyte_header_431(stack: Stack) -> None:
    long_line = b"GET /console/" + b"a" * MEGABYTE + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    assert await raw_status(stack, long_line) == 414
    long_header = b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * MEGABYTE + b"\r\n\r\n"
    assert await raw_status(stack, long_header) == 431
    endless_header = b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (2 * MEGABYTE)
    assert await raw_status(stack, endless_header) == 431

    # As a client library sends them, the 40,000-character console address included.
    answer = await stack.http.get("/console/" + "a" * 40_000)
    assert answer.status_code == 414
    answer = await stack.http.get("/health", headers={"x-big": "a" * MEGABYTE})
    assert answer.status_code == 431
    answer = await stack.http.post(
        "/line/webhook", content=b"{}", headers={f"x-{n}": "a" * 1000 for n in range(40)}
    )
    assert answer.status_code == 431

    # Nothing stuck: the same server answers as usual.
    assert (await stack.http.get("/console/login")).status_code == 200
    assert (await stack.post_events([])).status_code == 200


async def test_the_app_alone_refuses_them_too(stack: Stack) -> None:
    assert stack.app is not None
    transport = httpx.ASGITransport(app=stack.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        assert (await client.get("/console/" + "a" * 20_000)).status_code == 414
        assert (await client.get("/console/login", params={"q": "a" * 9_000})).status_code == 414
        answer = await client.get("/console/login", headers={"x-big": "a" * 40_000})
        assert answer.status_code == 431
        assert (await client.get("/console/login")).status_code == 200

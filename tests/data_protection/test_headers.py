"""Every answer forbids sniffing, framing and referrers; console and consent pages, which
show personal data, are never stored by a browser or a proxy, nor is `/health`, whose
answer is only true for a few seconds."""

from __future__ import annotations

import httpx
import pytest

from api.app import create_app
from tests.harness import in_process_settings


@pytest.fixture
def client(sqlite_url: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(in_process_settings(sqlite_url)))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


@pytest.mark.parametrize(
    ("method", "path", "stored"),
    [
        ("GET", "/console/login", False),
        ("GET", "/visit/consent/not-a-token", False),
        ("GET", "/health", False),
        ("POST", "/line/webhook", True),
    ],
)
async def test_security_headers(
    client: httpx.AsyncClient, method: str, path: str, stored: bool
) -> None:
    async with client:
        response = await client.request(method, path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert (response.headers.get("cache-control") == "no-store") is not stored


async def test_the_console_runs_only_its_own_scripts(client: httpx.AsyncClient) -> None:
    """The twelfth tester's: no content security policy. The console's pages allow their
    own files only — an injected <script> or inline handler would not run."""
    async with client:
        console = await client.get("/console/login")
        health = await client.get("/health")
    policy = console.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "content-security-policy" not in health.headers

"""What production does not open: the API's self-description, and a start with secrets
too short to keep anything secret."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.app import create_app
from cases.encryption import new_key
from tsunagu.settings import MissingSecretError, Settings

LONG_ENOUGH = "0123456789abcdef" * 2  # 32 characters, as LINE's channel secrets


def production(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "TSUNAGU_ENV": "production",
        "LINE_CHANNEL_SECRET": LONG_ENOUGH,
        "LINE_CHANNEL_ACCESS_TOKEN": "token",
        "TSUNAGU_SECRET_KEY": "k" * 64,
        "TSUNAGU_DATA_KEYS": new_key("k1").spec(),
        "TSUNAGU_EMBEDDED_WORKER": False,
        "TSUNAGU_LOG_LEVEL": "WARNING",
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.mark.parametrize("name", ["TSUNAGU_SECRET_KEY", "LINE_CHANNEL_SECRET"])
@pytest.mark.parametrize("value", ["x", "k" * 31])
def test_a_short_secret_stops_a_production_start_with_a_clear_message(
    name: str, value: str
) -> None:
    with pytest.raises(MissingSecretError) as error:
        production(**{name: value})
    message = str(error.value)
    assert name in message and "32 bytes" in message
    assert "k" * 31 not in message  # the secret is not echoed


def test_secrets_of_32_bytes_start() -> None:
    assert production().production


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json"])
async def test_production_does_not_describe_its_api(sqlite_url: str, path: str) -> None:
    for settings, expected in (
        (production(DATABASE_URL=sqlite_url), 404),
        (production(DATABASE_URL=sqlite_url, TSUNAGU_ENV="development"), 200),
    ):
        app = create_app(settings)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            response = await client.get(path)
        assert response.status_code == expected, (settings.TSUNAGU_ENV, path)
        await app.state.services.close()

"""A Japanese rendering of what a resident wrote in another language, for staff.

A port with a no-op default: nothing leaves the city's servers unless the city sets
`TSUNAGU_TRANSLATE_URL` to a translation service it has chosen (one that speaks the
LibreTranslate API: POST `{q, source, target}` → `{translatedText}`). Staff always see
the original; a rendering is shown beside it, marked 「機械翻訳」."""

from __future__ import annotations

import logging
from typing import Protocol

import httpx

log = logging.getLogger(__name__)
TIMEOUT_SECONDS = 5.0


class Translator(Protocol):
    async def to_japanese(self, text: str, language: str) -> str | None:
        """`text`, written in `language`, in Japanese; None when there is none."""
        ...


class NoTranslation:
    """The default: no service, no call, no rendering."""

    async def to_japanese(self, text: str, language: str) -> str | None:
        return None


class LibreTranslate:
    """A service the city configured, speaking the LibreTranslate API."""

    def __init__(
        self,
        url: str,
        api_key: str = "",
        timeout: float = TIMEOUT_SECONDS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self.api_key = api_key
        self.timeout = timeout
        self.transport = transport

    async def to_japanese(self, text: str, language: str) -> str | None:
        body = {"q": text, "source": language.split("-")[0], "target": "ja", "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        try:
            async with httpx.AsyncClient(timeout=self.timeout, transport=self.transport) as client:
                answer = await client.post(self.url, json=body)
                answer.raise_for_status()
                said = answer.json().get("translatedText")
        except (httpx.HTTPError, ValueError) as error:
            log.warning("translation unavailable: %s", type(error).__name__)
            return None
        return str(said) if said else None


def build_translator(url: str | None, api_key: str = "") -> Translator:
    return LibreTranslate(url, api_key) if url else NoTranslation()

"""A small async client of the Rasa HTTP API (``rasa run --enable-api``)."""

from __future__ import annotations

from typing import Any

import httpx


class RasaUnavailableError(RuntimeError):
    """The Rasa server did not answer in time, or answered with an error."""


class RasaClient:
    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.AsyncClient(base_url=self.base_url, timeout=timeout)

    async def parse(self, text: str) -> dict[str, Any]:
        try:
            response = await self._http.post("/model/parse", json={"text": text})
            response.raise_for_status()
            payload = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise RasaUnavailableError(f"rasa parse failed: {type(error).__name__}") from error
        if not isinstance(payload, dict):
            raise RasaUnavailableError("rasa parse answered something other than an object")
        return payload

    async def model_loaded(self) -> bool:
        """True when the server answers and has a model loaded."""
        try:
            response = await self._http.get("/status")
        except httpx.HTTPError:
            return False
        if response.status_code != httpx.codes.OK:
            return False
        try:
            return bool(response.json().get("model_file"))
        except ValueError:
            return False

    async def aclose(self) -> None:
        await self._http.aclose()

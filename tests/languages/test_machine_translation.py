"""Staff see what a resident wrote in their own language, and — only when the city
configured a translation service — a Japanese rendering beside it, marked 「機械翻訳」.
Without one, nothing is sent anywhere."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from cases.conversations import add_transcript
from cases.models import Resident
from tests.console.conftest import RESIDENT, console_on, handed_off_case, sign_in
from tests.harness import free_port
from tsunagu.translation import LibreTranslate, NoTranslation

WRITTEN = "Chồng tôi mất việc, chúng tôi không trả được tiền nhà."
RENDERED = "夫が失業し、家賃が払えません。"


@dataclass
class TranslationService:
    """A stand-in for the city's service, speaking the LibreTranslate API."""

    url: str
    asked: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
async def service() -> AsyncIterator[TranslationService]:
    port = free_port()
    running = TranslationService(f"http://127.0.0.1:{port}/translate")

    async def translate(request: Request) -> JSONResponse:
        body = await request.json()
        running.asked.append(body)
        return JSONResponse({"translatedText": RENDERED})

    app = Starlette(routes=[Route("/translate", translate, methods=["POST"])])
    server = uvicorn.Server(uvicorn.Config(app, "127.0.0.1", port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    try:
        yield running
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=10)


async def case_page(database_url: str, language: str, **settings: Any) -> str:
    async with console_on(database_url, **settings) as console:
        case_id = await handed_off_case(console.factory)
        async with console.factory() as db:
            resident = await db.scalar(select(Resident).where(Resident.line_user_id == RESIDENT))
            assert resident is not None
            resident.language = language
            add_transcript(db, resident.id, None, "in", "resident", "text", WRITTEN)
            await db.commit()
        async with console.client() as client:
            await sign_in(client, "coordinator")
            page = await client.get(f"/console/cases/{case_id}")
            assert page.status_code == 200
            live = await client.get(f"/console/cases/{case_id}/transcript")
            assert live.status_code == 200
            return page.text + live.text


async def test_a_configured_service_renders_their_words_in_japanese(
    sqlite_url: str, service: TranslationService
) -> None:
    shown = await case_page(sqlite_url, "vi", TSUNAGU_TRANSLATE_URL=service.url)
    assert WRITTEN in shown  # the original, always
    assert "機械翻訳" in shown and RENDERED in shown
    assert service.asked and service.asked[0]["source"] == "vi"
    assert service.asked[0]["target"] == "ja" and service.asked[0]["q"] == WRITTEN


async def test_without_a_service_nothing_is_sent(
    sqlite_url: str, service: TranslationService
) -> None:
    shown = await case_page(sqlite_url, "vi")
    assert WRITTEN in shown
    assert "機械翻訳" not in shown and RENDERED not in shown
    assert service.asked == []


async def test_japanese_is_never_sent_to_the_service(
    sqlite_url: str, service: TranslationService
) -> None:
    shown = await case_page(sqlite_url, "ja-easy", TSUNAGU_TRANSLATE_URL=service.url)
    assert "機械翻訳" not in shown and service.asked == []


async def test_the_port_speaks_the_libretranslate_api() -> None:
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"translatedText": RENDERED})

    port = LibreTranslate(
        "https://mt.example/translate", "k", transport=httpx.MockTransport(answer)
    )
    assert await port.to_japanese(WRITTEN, "pt") == RENDERED
    assert sent == [
        {"q": WRITTEN, "source": "pt", "target": "ja", "format": "text", "api_key": "k"}
    ]
    failing = LibreTranslate(
        "https://mt.example/translate",
        transport=httpx.MockTransport(lambda request: httpx.Response(503)),
    )
    assert await failing.to_japanese(WRITTEN, "pt") is None
    assert await NoTranslation().to_japanese(WRITTEN, "vi") is None

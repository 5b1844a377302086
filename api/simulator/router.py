"""`/simulator`: a LINE-like chat page. Every tap or message becomes a signed webhook
event POSTed to the real `/line/webhook` over HTTP; the bot's answers are read back from
the LINE emulator's inbox."""

from __future__ import annotations

import io
import json
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import httpx
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from api.emulator import LineEmulator
from api.emulator.events import Event, EventFactory, post_events
from api.simulator.inbound import SentLog
from bot.webhook_body import LONE_SURROGATE
from tsunagu.container import effective_line_settings
from tsunagu.settings import Settings

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATIC_FILES = {"simulator.js": "text/javascript", "simulator.css": "text/css"}
USER_ID = re.compile(r"^U[0-9a-f]{32}$")

DEMO_RESIDENTS = [
    {"key": "hanako", "name": "山田 花子", "note": "75歳・ひとり暮らし"},
    {"key": "ken", "name": "佐藤 健", "note": "40代・親の介護"},
    {"key": "minsei", "name": "田中 民生委員", "note": "訪問先から"},
]

Kind = Literal["text", "postback", "follow", "unfollow", "sticker", "image", "location"]


class SendRequest(BaseModel):
    user_id: str = Field(..., description="the resident's LINE user id (U + 32 hex)")
    kind: Kind
    text: str | None = None
    data: str | None = None
    params: dict[str, str] | None = None
    display_text: str | None = None
    display_name: str | None = None


def _written_in_unicode(request: SendRequest) -> bool:
    """False for a lone surrogate (「\\ud800」 from a script): no text LINE could carry."""
    words = [request.user_id, request.text, request.data, request.display_text]
    words += [request.display_name, *(request.params or {}).keys()]
    words += (request.params or {}).values()
    return not any(word is not None and LONE_SURROGATE.search(word) for word in words)


@lru_cache(maxsize=1)
def sample_photo() -> bytes:
    """The photo the simulator's 写真 button sends: a small picture of a letter."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (240, 320), "white")
    draw = ImageDraw.Draw(picture)
    for line in range(40, 300, 24):
        draw.line((24, line, 216, line), fill="#999999", width=3)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def build_event(factory: EventFactory, request: SendRequest) -> Event:
    user = request.user_id
    if request.kind == "text":
        return factory.text(user, request.text or "")
    if request.kind == "postback":
        return factory.postback(user, request.data or "", request.params)
    if request.kind == "follow":
        return factory.follow(user)
    if request.kind == "unfollow":
        return factory.unfollow(user)
    if request.kind == "sticker":
        return factory.sticker(user)
    if request.kind == "image":
        return factory.image(user, photo=sample_photo(), content_type="image/png")
    return factory.location(user)


def bubble_text(request: SendRequest) -> str | None:
    """What the resident's own side of the chat shows for this action."""
    if request.kind == "text":
        return request.text
    if request.kind == "postback":
        return request.display_text
    return {"sticker": "(スタンプ)", "image": "(写真)", "location": "(位置情報)"}.get(request.kind)


def build_router(emulator: LineEmulator, settings: Settings) -> APIRouter:
    router = APIRouter(tags=["simulator"])
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    factory = EventFactory(emulator)
    sent = SentLog(emulator)
    secret = effective_line_settings(settings)[0]
    webhook_url = settings.PUBLIC_BASE_URL.rstrip("/") + "/line/webhook"

    @router.get("/simulator", response_class=HTMLResponse, include_in_schema=False)
    async def page(request: Request) -> HTMLResponse:
        config = {"botName": emulator.bot_name, "residents": DEMO_RESIDENTS}
        return templates.TemplateResponse(
            request,
            "simulator.html",
            {"bot_name": emulator.bot_name, "config": json.dumps(config, ensure_ascii=False)},
        )

    @router.get("/simulator/static/{name}", include_in_schema=False)
    async def static(name: str) -> FileResponse:
        if name not in STATIC_FILES:
            raise HTTPException(404)
        return FileResponse(HERE / "static" / name, media_type=STATIC_FILES[name])

    @router.get("/simulator/inbound")
    async def inbound(user_id: str) -> dict[str, Any]:
        return {"entries": sent.for_user(user_id)}

    @router.post("/simulator/send")
    async def send(request: SendRequest) -> JSONResponse:
        if not USER_ID.fullmatch(request.user_id):
            raise HTTPException(422, "user_id must be U followed by 32 hex digits")
        if not _written_in_unicode(request):
            return JSONResponse({"message": "文字として読めない部分があります。"}, 422)
        if request.display_name:
            emulator.set_profile(request.user_id, request.display_name)
        event = build_event(factory, request)
        entry = sent.add(request.user_id, request.kind, bubble_text(request))
        try:
            response = await post_events(webhook_url, [event], secret, factory.destination)
        except httpx.HTTPError as error:
            log.warning("simulator: webhook unreachable (%s)", type(error).__name__)
            return JSONResponse(
                {"message": "ボットに届きませんでした。サーバーを確認してください。"}, 502
            )
        return JSONResponse(
            {
                "webhook_status": response.status_code,
                "webhookEventId": event["webhookEventId"],
                "entry": entry,
            }
        )

    return router

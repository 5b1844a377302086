"""A stand-in bot for simulator tests that do not need the whole of tsunagu: the LINE
emulator and the simulator, plus a webhook that checks the signature and answers
through the emulator over HTTP with line-bot-sdk, using each kind of message the
simulator must draw (quick replies, a confirm template, a Flex card with a tel: button,
a date picker)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import BackgroundTasks, FastAPI, Request
from fastapi.responses import JSONResponse
from linebot.v3.webhook import SignatureValidator

from api.emulator import LineEmulator
from api.emulator import build_router as emulator_router
from api.simulator import build_router as simulator_router
from bot.line_api import LineApi
from tsunagu.settings import Settings

WELCOME = "友だち追加ありがとうございます。"


def quick_replies() -> dict[str, Any]:
    def postback(label: str, data: str) -> dict[str, Any]:
        return {
            "type": "action",
            "action": {"type": "postback", "label": label, "data": data, "displayText": label},
        }

    return {
        "items": [
            postback("相談する", "menu=consult"),
            postback("相談窓口を探す", "menu=search"),
            {
                "type": "action",
                "action": {
                    "type": "datetimepicker",
                    "label": "日にちを選ぶ",
                    "data": "menu=date",
                    "mode": "date",
                },
            },
        ]
    }


def agency_card() -> dict[str, Any]:
    return {
        "type": "flex",
        "altText": "相談窓口のご案内",
        "contents": {
            "type": "carousel",
            "contents": [
                {
                    "type": "bubble",
                    "body": {
                        "type": "box",
                        "layout": "vertical",
                        "spacing": "md",
                        "contents": [
                            {
                                "type": "text",
                                "text": name,
                                "weight": "bold",
                                "size": "lg",
                                "wrap": True,
                            },
                            {"type": "separator"},
                            {
                                "type": "text",
                                "text": "平日 8:30〜17:15",
                                "size": "sm",
                                "color": "#555555",
                            },
                        ],
                    },
                    "footer": {
                        "type": "box",
                        "layout": "vertical",
                        "contents": [
                            {
                                "type": "button",
                                "style": "primary",
                                "action": {"type": "uri", "label": "電話する", "uri": phone},
                            },
                        ],
                    },
                }
                for name, phone in (
                    ("福祉事務所", "tel:0868000000"),
                    ("地域包括支援センター", "tel:0868000001"),
                )
            ],
        },
    }


def confirm() -> dict[str, Any]:
    return {
        "type": "template",
        "altText": "確認",
        "template": {
            "type": "confirm",
            "text": "お話をうかがってもよいですか？",
            "actions": [
                {"type": "postback", "label": "はい", "data": "ok=yes", "displayText": "はい"},
                {"type": "postback", "label": "いいえ", "data": "ok=no", "displayText": "いいえ"},
            ],
        },
    }


def answer_to(event: dict[str, Any]) -> list[dict[str, Any]]:
    if event["type"] == "follow":
        return [{"type": "text", "text": WELCOME, "quickReply": quick_replies()}]
    if event["type"] == "postback":
        postback = event["postback"]
        if "params" in postback:
            return [{"type": "text", "text": f"{postback['params']['date']} ですね。"}]
        if postback["data"] == "menu=search":
            return [agency_card()]
        return [{"type": "text", "text": "わかりました。"}, confirm()]
    if event["type"] == "message" and event["message"]["type"] == "text":
        return [{"type": "text", "text": "「" + event["message"]["text"] + "」と受け取りました。"}]
    return []


def build_echo_app(settings: Settings, emulator: LineEmulator) -> FastAPI:
    line = LineApi(settings.LINE_API_BASE_URL, settings.LINE_CHANNEL_ACCESS_TOKEN)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await line.close()

    app = FastAPI(lifespan=lifespan)
    app.include_router(emulator_router(emulator), prefix="/emulator")
    app.include_router(simulator_router(emulator, settings))
    validator = SignatureValidator(settings.LINE_CHANNEL_SECRET)

    async def answer(events: list[dict[str, Any]]) -> None:
        for event in events:
            messages = answer_to(event)
            if messages:
                await line.show_loading(event["source"]["userId"], 5)
                await asyncio.sleep(0.2)
                await line.reply(event["replyToken"], messages)

    @app.post("/line/webhook")
    async def webhook(request: Request, tasks: BackgroundTasks) -> JSONResponse:
        body = await request.body()
        if not validator.validate(body.decode(), request.headers.get("x-line-signature", "")):
            return JSONResponse({"message": "invalid signature"}, 400)
        tasks.add_task(answer, json.loads(body)["events"])
        return JSONResponse({})

    return app

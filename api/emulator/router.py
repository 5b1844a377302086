"""HTTP face of the emulator, mounted at `/emulator`: the Messaging API paths under it
(`/emulator/v2/bot/...`), and an inspection API under `/emulator/_...` for tests, the
simulator and `tsunagu chat`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.emulator.emulator import LineEmulator
from api.emulator.richmenus import RichMenuError

API_METHODS = ["GET", "POST", "PUT", "DELETE"]


class FaultRequest(BaseModel):
    operation: str | None = Field(None, description="operationId, e.g. pushMessage")
    status: int | None = Field(None, description="answer this status (500, 429…)")
    count: int = 1
    fail_for_seconds: float | None = Field(
        None, description="with status: every call of the operation fails for this long"
    )
    delay_seconds: float | None = None
    hold_answers_seconds: float | None = Field(
        None, description="act on each call of the operation at once, answer this much later"
    )
    expire_reply_tokens: bool = False
    force_reply_token_expiry: bool | None = None


class ReplyTokenRequest(BaseModel):
    chat_id: str = Field(..., description="the user, group or room id the token replies into")


def build_router(emulator: LineEmulator) -> APIRouter:
    router = APIRouter(tags=["LINE emulator"])

    @router.get("/_requests")
    async def recorded_requests(since: int = 0) -> dict[str, Any]:
        return {"requests": emulator.requests_since(since), "last_seq": emulator.last_seq()}

    @router.get("/_messages")
    async def delivered_messages(user_id: str, since: int = 0) -> dict[str, Any]:
        until = emulator.loading_until(user_id)
        return {
            "messages": emulator.messages_for(user_id, since),
            "last_seq": emulator.last_seq(),
            "loading_until": int(until * 1000) if until else None,
        }

    @router.get("/_richmenus")
    async def rich_menus() -> dict[str, Any]:
        return emulator.richmenus.snapshot()

    @router.get("/_richmenus/shown")
    async def rich_menu_shown(user_id: str) -> dict[str, Any]:
        return {"richMenu": emulator.richmenus.shown_to(user_id)}

    @router.get("/_richmenus/{menu_id}/image")
    async def rich_menu_image(menu_id: str) -> Response:
        try:
            data, content_type = emulator.richmenus.image(menu_id)
        except RichMenuError as error:
            return JSONResponse({"message": error.message}, error.status)
        return Response(data, media_type=content_type)

    @router.post("/_reset")
    async def reset() -> dict[str, Any]:
        emulator.reset()
        return {}

    @router.post("/_reply_tokens")
    async def reply_token(request: ReplyTokenRequest) -> dict[str, str]:
        return {"replyToken": emulator.issue_reply_token(request.chat_id)}

    @router.post("/_faults")
    async def faults(request: FaultRequest) -> dict[str, Any]:
        if request.status is not None and request.operation:
            if request.fail_for_seconds is not None:
                emulator.fail_for(request.operation, request.fail_for_seconds, request.status)
            else:
                emulator.fail_next(request.operation, request.count, request.status)
        if request.hold_answers_seconds is not None and request.operation:
            emulator.hold_answers(request.hold_answers_seconds, request.operation)
        if request.delay_seconds is not None:
            emulator.delay(request.delay_seconds, request.operation)
        if request.expire_reply_tokens:
            emulator.expire_reply_tokens()
        if request.force_reply_token_expiry is not None:
            emulator.reply_tokens.force_expired = request.force_reply_token_expiry
        return {}

    @router.api_route("/{path:path}", methods=API_METHODS, include_in_schema=False)
    async def messaging_api(path: str, request: Request) -> Response:
        raw = await request.body()
        headers = {k.lower(): v for k, v in request.headers.items()}
        peer_port = request.client.port if request.client else None
        answer = await emulator.handle(request.method, "/" + path, headers, raw, peer_port)
        if isinstance(answer.body, bytes):
            return Response(answer.body, answer.status, answer.headers, answer.content_type)
        return JSONResponse(answer.body, answer.status, answer.headers)

    return router

"""`POST /line/webhook`: check the signature on the raw body, record and queue every
event, answer 200 at once."""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from linebot.v3.webhook import SignatureValidator

from bot.event_shape import shape_problem
from bot.reception import Reception

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"message": message}, status_code=status)


async def _read_limited(request: Request, limit: int) -> bytes | None:
    """The body, or None when it grows past `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def build_router(reception: Reception, channel_secret: str) -> APIRouter:
    router = APIRouter()
    validator = SignatureValidator(channel_secret)

    @router.post("/line/webhook", include_in_schema=True, summary="LINE webhook")
    async def line_webhook(request: Request) -> JSONResponse:
        body = await _read_limited(request, MAX_BODY_BYTES)
        if body is None:
            return _error(413, "request body too large")
        signature = request.headers.get("x-line-signature", "")
        if not signature or not validator.validate(body.decode("utf-8", "replace"), signature):
            return _error(400, "invalid signature")
        try:
            payload = json.loads(body)
        except ValueError:
            return _error(400, "body is not JSON")
        events = payload.get("events") if isinstance(payload, dict) else None
        if not isinstance(events, list):
            return _error(400, "no events list")
        accepted = 0
        for raw in events:
            problem = shape_problem(raw)
            if problem is not None:
                log.warning("webhook: malformed event set aside (%s)", problem)
                continue
            try:
                if await reception.accept(raw):
                    accepted += 1
            except Exception as error:
                # Not recorded: LINE redelivers on 5xx; events taken before are de-duplicated.
                log.warning("webhook: event not recorded (%s); answering 503", type(error).__name__)
                return _error(503, "temporarily unable to record events; please redeliver")
        if events:
            log.info("webhook: %d event(s), %d new", len(events), accepted)
        return JSONResponse({})

    return router

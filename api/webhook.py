"""`POST /line/webhook`: check the signature on the raw body, record and queue every
event, answer 200 at once.

What the door answers a signed body:
- 200 when every event in it was recorded: taken and queued, or set aside (not shaped as
  LINE sends them; recorded `rejected`, shown to staff on the console's page of
  undelivered things) — an odd event never holds back the events beside it;
- 400 when it holds no events to read at all (not JSON, no `events` list, more than
  LINE ever sends at once): no LINE delivery looks like that, nothing in it is a
  person's message, and LINE's console counts the failure for the operator to see;
- 503 when the database could not record them: LINE redelivers, and what was recorded
  before is de-duplicated.
Never a 5xx for what the body holds."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bot.line_signature import signature_matches
from bot.reception import Reception
from bot.webhook_body import UnusableBody, read_webhook_body

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

    @router.post("/line/webhook", include_in_schema=True, summary="LINE webhook")
    async def line_webhook(request: Request) -> JSONResponse:
        body = await _read_limited(request, MAX_BODY_BYTES)
        if body is None:
            return _error(413, "request body too large")
        signature = request.headers.get("x-line-signature", "")
        if not signature or not signature_matches(body, channel_secret, signature):
            return _error(400, "invalid signature")
        try:
            events = read_webhook_body(body)
        except UnusableBody as unusable:
            log.warning("webhook: signed body of %d bytes refused (%s)", len(body), unusable)
            return _error(400, str(unusable))
        try:
            accepted = await reception.record_body(events)
        except Exception as error:
            # Nothing of the body recorded: LINE redelivers it on 5xx.
            log.warning("webhook: events not recorded (%s); answering 503", type(error).__name__)
            return _error(503, "temporarily unable to record events; please redeliver")
        if events:
            log.info("webhook: %d event(s), %d new", len(events), accepted)
        return JSONResponse({})

    return router

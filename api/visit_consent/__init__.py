"""The one-time consent page a 民生委員 opens on their phone for the resident they visit:
large text, furigana on request, what is shared with whom and why (the hand-off's own
consent text), a signature pad or 「同意します」, or 「同意しない」.

The link's token is signed (`cases/visit_consent.py`), valid for 30 minutes, and spent by
the answer. `clock` is injectable so the expiry can be tested."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# router's dependencies in them.

import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.console.auth import database
from api.input_guard import storable_input
from api.visit_consent.furigana import ruby
from bot.notify.routing import AlertRouting
from bot.visit.completion import Agreement, Handoff
from bot.visit.links import CONSENT_PATH
from bot.visit.page_answer import PageClosed, agency_names, answer_on_page
from cases.models import utcnow
from cases.visit_consent import nonce_of, open_token
from directory.loader import city_hall_phone
from handlers.handoff.consent_text import ConsentText, visit_consent_text, visit_withdrawal

HERE = Path(__file__).parent
# A PNG data URL from the canvas; 1.5 MB is far above a hand-drawn signature.
SIGNATURE = re.compile(r"^data:image/png;base64,[A-Za-z0-9+/=]+$")
MAX_SIGNATURE = 1_500_000
CLOSED_STATUS = {"expired": 410, "used": 410, "unknown": 404}


@cache
def agency_kana(municipality: str) -> dict[str, str]:
    """Agency name → kana, from the city's directory (empty without one)."""
    try:
        from directory.loader import load_directory

        return {a.name: a.kana for a in load_directory(municipality).agencies if a.kana}
    except Exception:
        return {}


def build_router(
    session_factory: async_sessionmaker[AsyncSession],
    key: bytes,
    routing: AlertRouting,
    municipality: str,
    clock: Callable[[], datetime] = utcnow,
) -> APIRouter:
    router = APIRouter(dependencies=[Depends(storable_input)])
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    db_dependency = database(session_factory)

    def shown(names: list[str]) -> ConsentText:
        """The consent text as the page shows it (and as its answer records it). How a
        resident without LINE withdraws names the city's number, from its pack (read at
        the first page, and kept)."""
        return visit_consent_text(names, city_hall_phone(municipality))

    def closed(request: Request, state: str) -> Response:
        return templates.TemplateResponse(
            request, "closed.html", {"state": state}, status_code=CLOSED_STATUS[state]
        )

    @router.get(CONSENT_PATH + "/{token}", response_class=HTMLResponse)
    async def page(
        request: Request,
        token: str,
        db: Annotated[AsyncSession, Depends(db_dependency)],
        furigana: int = 0,
        large: int = 0,
    ) -> Response:
        opened = await open_token(db, nonce_of(token, key), clock())
        if opened.state != "open" or opened.token is None:
            return closed(request, opened.state)
        names = agency_names(Handoff.from_json(opened.token.handoff))
        text = shown(names).text
        kana = agency_kana(municipality)
        lines = [ruby(line, kana) if furigana else line for line in text.split("\n")]
        context = {
            "lines": lines,
            "furigana": bool(furigana),
            "large": bool(large),
            "token": token,
            "expires_at": opened.token.expires_at,
            "r": (lambda words: ruby(words) if furigana else words),
        }
        return templates.TemplateResponse(request, "consent.html", context)

    @router.post(CONSENT_PATH + "/{token}", response_class=HTMLResponse)
    async def answer(
        request: Request,
        token: str,
        db: Annotated[AsyncSession, Depends(db_dependency)],
        choice: str = Form(""),
        signature: str = Form(""),
    ) -> Response:
        opened = await open_token(db, nonce_of(token, key), clock(), for_answer=True)
        if opened.state != "open" or opened.token is None:
            return closed(request, opened.state)
        if choice not in ("agree", "decline"):
            return closed(request, "unknown")
        drawn = (
            signature if len(signature) <= MAX_SIGNATURE and SIGNATURE.match(signature) else None
        )
        agreement = None
        if choice == "agree":
            agreement = Agreement("signature", drawn) if drawn else Agreement("tap")
        names = agency_names(Handoff.from_json(opened.token.handoff))
        try:
            await answer_on_page(db, routing, opened.token, shown(names), agreement)
        except PageClosed:
            await db.rollback()
            return closed(request, "unknown")
        await db.commit()
        return templates.TemplateResponse(
            request,
            "thanks.html",
            {
                "agreed": agreement is not None,
                "withdrawal": visit_withdrawal(city_hall_phone(municipality)),
            },
        )

    return router

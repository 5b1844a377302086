"""The staff console: server-rendered pages at /console for working cases."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.console.actions import add_action_routes
from api.console.alert_routes import add_alert_routes
from api.console.auth import LoginGuard, OpenDoor
from api.console.casework_routes import add_casework_routes
from api.console.context import ConsoleContext
from api.console.inbox import add_inbox_routes
from api.console.minsei_routes import add_minsei_routes
from api.console.pages import add_page_routes
from api.console.reports import add_report_routes
from api.console.session_routes import add_session_routes
from api.input_guard import storable_input
from bot.notify.routing import AlertRouting
from tsunagu.translation import NoTranslation, Translator

__all__ = ["LoginGuard", "build_router"]


def build_router(
    session_factory: async_sessionmaker[AsyncSession],
    municipality: str,
    secure_cookies: bool,
    login_guard: LoginGuard | None = None,
    routing: AlertRouting | None = None,
    translator: Translator | None = None,
) -> APIRouter:
    """Mount with `prefix="/console"`. `login_guard` wraps every login attempt (per-IP
    rate limiting plugs in there); `routing` is where staff alerts of console actions go."""
    ctx = ConsoleContext(
        session_factory,
        municipality,
        secure_cookies,
        login_guard or OpenDoor(),
        routing=routing or AlertRouting(),
        translator=translator or NoTranslation(),
    )
    router = APIRouter(dependencies=[Depends(storable_input)])
    add_session_routes(router, ctx)
    add_inbox_routes(router, ctx)  # before the case page: /cases/live is not a case
    add_page_routes(router, ctx)
    add_action_routes(router, ctx)
    add_casework_routes(router, ctx)
    add_minsei_routes(router, ctx)
    add_alert_routes(router, ctx)
    add_report_routes(router, ctx)
    return router

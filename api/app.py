"""The web application: webhook, health, and (outside production) the LINE emulator and
the simulator."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api import health, webhook
from api.request_limits import RequestLimits
from api.security_headers import SecurityHeaders
from cases.migrate import upgrade
from cases.models import utcnow
from tsunagu.container import Services, build_services, effective_line_settings, uses_emulator
from tsunagu.logs import configure_logging
from tsunagu.notifications import unheard_alerts_warning
from tsunagu.settings import Settings, get_settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.TSUNAGU_LOG_LEVEL)
    services = services or build_services(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await upgrade(settings.DATABASE_URL)
        services.warm_up(turns_here=settings.TSUNAGU_EMBEDDED_WORKER)
        if settings.TSUNAGU_EMBEDDED_WORKER:
            services.worker.start()
            await services.worker.sweep_safely()
            services.outbox.start()
        log.info("tsunagu ready (municipality=%s)", settings.TSUNAGU_MUNICIPALITY)
        unheard = unheard_alerts_warning(settings)
        if unheard:
            log.warning(unheard)
        try:
            yield
        finally:
            await services.close()

    # The API's self-description (/docs, /redoc, /openapi.json) helps a developer and
    # shows a stranger every door: outside production only.
    described: dict[str, Any] = {"docs_url": None, "redoc_url": None, "openapi_url": None}
    app = FastAPI(
        title="tsunagu",
        version="0.1.0",
        lifespan=lifespan,
        **(described if settings.production else {}),
    )
    app.state.services = services
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestLimits)  # before any route or header is looked at
    _trust_forwarded_headers(app, settings)
    app.include_router(webhook.build_router(services.reception, services.channel_secret))
    app.include_router(health.build_router(services))
    _mount_console(app, services, settings)
    _mount_visit_consent(app, services, settings)
    if uses_emulator(settings):
        _mount_emulator(app, services, settings)
    return app


def _trust_forwarded_headers(app: FastAPI, settings: Settings) -> None:
    """Believe X-Forwarded-For / -Proto from the proxies in `FORWARDED_ALLOW_IPS` only.
    Added last, so it runs first and every route and guard sees the same caller. The
    app does this itself (`tsunagu serve` turns uvicorn's own handling off), so one
    setting decides under any server."""
    trusted = settings.FORWARDED_ALLOW_IPS.strip()
    if trusted:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=trusted)


def _mount_console(app: FastAPI, services: Services, settings: Settings) -> None:
    from api.console import build_router as console_router
    from api.console.errors import install_error_pages
    from tsunagu.notifications import alert_routing
    from tsunagu.translation import build_translator

    secure = settings.production or settings.PUBLIC_BASE_URL.startswith("https://")
    router = console_router(
        services.session_factory,
        settings.TSUNAGU_MUNICIPALITY,
        secure_cookies=secure,
        login_guard=services.extras.get("login_guard"),
        routing=alert_routing(settings),
        translator=build_translator(
            settings.TSUNAGU_TRANSLATE_URL, settings.TSUNAGU_TRANSLATE_API_KEY
        ),
    )
    app.include_router(router, prefix="/console")
    install_error_pages(app)


def _mount_visit_consent(app: FastAPI, services: Services, settings: Settings) -> None:
    from api.visit_consent import build_router as visit_consent_router
    from tsunagu.notifications import alert_routing
    from tsunagu.signing_key import signing_key

    router = visit_consent_router(
        services.session_factory,
        signing_key(settings),
        alert_routing(settings),
        settings.TSUNAGU_MUNICIPALITY,
        clock=services.extras.get("clock") or utcnow,
    )
    app.include_router(router)


def _mount_emulator(app: FastAPI, services: Services, settings: Settings) -> None:
    from api.emulator import LineEmulator
    from api.emulator import build_router as emulator_router
    from api.simulator import build_router as simulator_router

    _, token, _ = effective_line_settings(settings)
    emulator = LineEmulator(access_token=token)
    services.extras["emulator"] = emulator
    app.state.emulator = emulator
    app.include_router(emulator_router(emulator), prefix="/emulator")
    app.include_router(simulator_router(emulator, settings))

"""`GET /health`: each component's state and the overall one, as JSON
(`api/health_report.py`); HTTP 503 when this process cannot take webhooks."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.health_report import HealthMonitor
from tsunagu.container import Services


def build_router(services: Services) -> APIRouter:
    router = APIRouter()
    monitor = HealthMonitor(
        services,
        cache_seconds=services.settings.TSUNAGU_HEALTH_CACHE_SECONDS,
        max_lag_seconds=services.settings.TSUNAGU_HEALTH_MAX_LAG_SECONDS,
    )

    @router.get("/health")
    async def health() -> JSONResponse:
        report = await monitor.report()
        return JSONResponse(
            report.body, status_code=report.http_status, headers={"Cache-Control": "no-store"}
        )

    return router

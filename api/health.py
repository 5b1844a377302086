"""`GET /health`: the state of the database, Redis and the NLU, as JSON."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from tsunagu.container import Services


async def _database_state(services: Services) -> str:
    try:
        async with asyncio.timeout(2):
            async with services.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        return "ok"
    except Exception:
        return "down"


async def _redis_state(services: Services) -> str:
    if services.redis is None:
        return "in-process"
    try:
        async with asyncio.timeout(2):
            await services.redis.ping()
        return "ok"
    except Exception:
        return "down"


def build_router(services: Services) -> APIRouter:
    router = APIRouter()

    @router.get("/health")
    async def health() -> JSONResponse:
        database = await _database_state(services)
        redis = await _redis_state(services)
        nlu = services.interpreter.state()
        if database == "down" or redis == "down":
            status, code = "down", 503
        elif nlu != "ok":
            status, code = "degraded", 200
        else:
            status, code = "ok", 200
        body = {
            "status": status,
            "database": database,
            "database_backend": services.engine.dialect.name,
            "redis": redis,
            "nlu": nlu,
            "municipality": services.settings.TSUNAGU_MUNICIPALITY,
        }
        return JSONResponse(body, status_code=code)

    return router

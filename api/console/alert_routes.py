"""The alerts view: every staff alert (crisis first, newest first) until someone
acknowledges it, whatever channel carried it — with no channel configured it is the one
place an alert reaches a person. Agency staff see the alerts of their agency's cases.

The page stays current by polling (`/console/alerts/live`, and the header's badge
`/console/alerts/count`): the alert is written by whichever process ran the turn, the
database is the one place every api process can read it from, and a short request every
second or two needs no long-lived connection through the city's proxies. Opening the page
is what the audit log records; its refreshes belong to that view."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.access import may_open_case, visible_case_ids
from api.console.auth import Forbidden
from api.console.context import ConsoleContext
from api.console.pages import STATIC
from cases.casework.alerts import AlertBoard, acknowledge, alert_board, alert_counts
from cases.casework.audit import audit
from cases.models import StaffAlert
from cases.staff import SignedIn

PAGE = "/console/alerts"
NO_STORE = {"Cache-Control": "no-store"}


def count_headers(board: AlertBoard) -> dict[str, str]:
    return {
        **NO_STORE,
        "X-Alerts-Open": str(board.counts.open),
        "X-Alerts-Crisis": str(board.counts.crisis),
    }


async def may_see_alert(db: AsyncSession, user: SignedIn, alert: StaffAlert) -> bool:
    """Everyone who may open the alert's case; an alert with no case, city staff only."""
    if alert.case_id is None:
        return user.sees_every_case
    return await may_open_case(db, user, alert.case_id)


def add_alert_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    AnyStaff = Annotated[SignedIn, Depends(ctx.signed_in)]
    Db = Annotated[AsyncSession, Depends(ctx.db)]

    @router.get("/static/alerts.js", include_in_schema=False)
    async def alerts_script() -> Response:
        return FileResponse(STATIC / "alerts.js", media_type="text/javascript")

    @router.get("/alerts", response_class=HTMLResponse)
    async def alerts_page(request: Request, user: AnyStaff, db: Db) -> Response:
        board = await alert_board(db, await visible_case_ids(db, user))
        audit(db, user.actor, "alerts.viewed", open=board.counts.open, crisis=board.counts.crisis)
        await db.commit()
        return ctx.templates.TemplateResponse(
            request,
            "alerts.html",
            {"user": user, "board": board},
            headers=count_headers(board),
        )

    @router.get("/alerts/live", response_class=HTMLResponse)
    async def alerts_live(request: Request, user: AnyStaff, db: Db) -> Response:
        board = await alert_board(db, await visible_case_ids(db, user))
        return ctx.templates.TemplateResponse(
            request,
            "alerts_board.html",
            {"user": user, "board": board},
            headers=count_headers(board),
        )

    @router.get("/alerts/count")
    async def alerts_count(user: AnyStaff, db: Db) -> Response:
        counts = await alert_counts(db, await visible_case_ids(db, user))
        return JSONResponse({"open": counts.open, "crisis": counts.crisis}, headers=NO_STORE)

    @router.post("/alerts/{alert_id}/acknowledge")
    async def acknowledge_alert(alert_id: int, user: AnyStaff, db: Db) -> Response:
        alert = await db.get(StaffAlert, alert_id)
        if alert is None:
            raise HTTPException(404, "その通知は見つかりません")
        if not await may_see_alert(db, user, alert):
            raise Forbidden("この通知を確認する権限がありません")
        await acknowledge(db, alert_id, user.actor)
        await db.commit()
        return RedirectResponse(PAGE, status_code=303)

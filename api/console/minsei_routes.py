"""民生委員 invite codes: city staff issue a one-time code for a named 民生委員 and their
担当地区 (shown once, never stored), see who registered, and revoke a code — which ends
the registration made with it and takes the 民生委員 menu away."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.context import ConsoleContext
from bot.visit.helper_menu import revoke_helper
from cases.casework.audit import audit
from cases.minsei import INVITE_STATUS_LABELS, InviteError, issue_invite, list_invites
from cases.staff import SignedIn

PAGE = "/console/minsei"


def add_minsei_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    CityStaff = Annotated[SignedIn, Depends(ctx.city_staff)]
    Db = Annotated[AsyncSession, Depends(ctx.db)]

    async def page(
        request: Request,
        db: AsyncSession,
        user: SignedIn,
        issued: tuple[str, str, str] | None = None,
        error: str | None = None,
    ) -> Response:
        context = {
            "user": user,
            "invites": await list_invites(db),
            "labels": INVITE_STATUS_LABELS,
            "issued": issued,
            "error": error,
        }
        status = 400 if error else 200
        return ctx.templates.TemplateResponse(request, "minsei.html", context, status_code=status)

    @router.get("/minsei", response_class=HTMLResponse)
    async def invites(request: Request, user: CityStaff, db: Db) -> Response:
        """The list of 民生委員 (names, 担当地区): a view of personal data, audited."""
        shown = await page(request, db, user)
        audit(db, user.actor, "minsei.list_viewed")
        await db.commit()
        return shown

    @router.post("/minsei", response_class=HTMLResponse)
    async def issue(
        request: Request,
        user: CityStaff,
        db: Db,
        name: str = Form(""),
        district: str = Form(""),
    ) -> Response:
        try:
            made = await issue_invite(db, name, district, user.actor)
        except InviteError as refused:
            await db.rollback()
            return await page(request, db, user, error=str(refused))
        shown = (made.invite.name, made.invite.district, made.code)
        await db.commit()
        return await page(request, db, user, issued=shown)

    @router.post("/minsei/{invite_id}/revoke")
    async def revoke(invite_id: int, user: CityStaff, db: Db) -> Response:
        try:
            await revoke_helper(db, invite_id, user.actor)
        except LookupError:
            raise HTTPException(404, "その招待コードは見つかりません") from None
        await db.commit()
        return RedirectResponse(PAGE, status_code=303)

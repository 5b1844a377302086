"""Signing in and out of the console."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    CsrfRejected,
    new_login_csrf,
    return_path,
    tokens_match,
)
from api.console.context import ConsoleContext
from cases.casework.audit import audit
from cases.staff import SignedIn, authenticate, close_session, open_session

LOGIN_FORM_SECONDS = 3600


def add_session_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    def login_page(
        request: Request,
        error: str | None = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        token = new_login_csrf()
        signed_out = request.query_params.get("signed_out") == "1"
        response = ctx.templates.TemplateResponse(
            request,
            "login.html",
            {
                "csrf_token": token,
                "error": error,
                "signed_out": signed_out,
                "next": return_path(request.query_params.get("next")) or "",
            },
            status_code=status_code,
            headers=dict(headers or {}),
        )
        ctx.cookies.set(response, LOGIN_CSRF_COOKIE, token, LOGIN_FORM_SECONDS)
        return response

    @router.get("/login", response_class=HTMLResponse)
    async def login_form(request: Request) -> Response:
        return login_page(request)

    @router.post("/login")
    async def login(
        request: Request,
        db: Annotated[AsyncSession, Depends(ctx.db)],
        login: str = Form(""),
        password: str = Form(""),
        csrf_token: str = Form(""),
        next: str = Form(""),
    ) -> Response:
        if not tokens_match(csrf_token, request.cookies.get(LOGIN_CSRF_COOKIE)):
            raise CsrfRejected()
        try:
            await ctx.login_guard.before_attempt(request, login)
        except HTTPException as refusal:
            if refusal.status_code != 429:
                raise
            # The form again, with why and for how long: staff can read it and wait.
            return login_page(request, str(refusal.detail), 429, refusal.headers)
        user = await authenticate(db, login, password)
        await ctx.login_guard.after_attempt(request, login, user is not None)
        if user is None:
            audit(db, "anonymous", "staff.login_failed")
            await db.commit()
            return login_page(request, "ログインIDかパスワードが違います", 401)
        token = await open_session(db, user)
        audit(db, f"staff:{user.id}", "staff.login", role=user.role)
        await db.commit()
        response = RedirectResponse(return_path(next) or "/console/cases", status_code=303)
        ctx.cookies.set_session(response, token)
        ctx.cookies.clear(response, LOGIN_CSRF_COOKIE)
        return response

    @router.post("/logout")
    async def logout(
        request: Request,
        user: Annotated[SignedIn, Depends(ctx.signed_in)],
        db: Annotated[AsyncSession, Depends(ctx.db)],
    ) -> Response:
        await close_session(db, request.cookies.get(SESSION_COOKIE, ""))
        audit(db, user.actor, "staff.logout")
        await db.commit()
        response = RedirectResponse("/console/login?signed_out=1", status_code=303)
        ctx.cookies.clear(response, SESSION_COOKIE)
        return response

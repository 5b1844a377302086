"""Who is signed in, and the checks every console request passes: the session cookie,
the CSRF token of every POST, and the roles a route admits.

The login handler calls a `LoginGuard` before and after each attempt; the default lets
everything through, and the app's guard (`build_router(login_guard=)`) limits failed
sign-ins per address and per login id.
"""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

import re
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Protocol
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.staff import SESSION_LIFETIME, SignedIn, session_user

SESSION_COOKIE = "tsunagu_console"
LOGIN_CSRF_COOKIE = "tsunagu_console_login"
CSRF_FIELD = "csrf_token"
LOGIN_PATH = "/console/login"


class LoginGuard(Protocol):
    """Hook around the login handler, told the login id that was typed. `before_attempt`
    may raise HTTPException(429) to refuse an attempt; `after_attempt` learns the outcome."""

    async def before_attempt(self, request: Request, login: str) -> None: ...

    async def after_attempt(self, request: Request, login: str, succeeded: bool) -> None: ...


class OpenDoor:
    """The default guard: no limit."""

    async def before_attempt(self, request: Request, login: str) -> None:
        return None

    async def after_attempt(self, request: Request, login: str, succeeded: bool) -> None:
        return None


class CookiePolicy:
    """Cookie attributes: HttpOnly and SameSite always, Secure outside demo/development
    (and test, which runs over plain HTTP on 127.0.0.1)."""

    def __init__(self, secure: bool) -> None:
        self.secure = secure

    def set(self, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            path="/console",
            httponly=True,
            secure=self.secure,
            samesite="strict" if name == LOGIN_CSRF_COOKIE else "lax",
        )

    def set_session(self, response: Response, token: str) -> None:
        self.set(response, SESSION_COOKIE, token, int(SESSION_LIFETIME.total_seconds()))

    def clear(self, response: Response, name: str) -> None:
        response.delete_cookie(name, path="/console", secure=self.secure, httponly=True)


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def tokens_match(given: object, expected: str | None) -> bool:
    return (
        isinstance(given, str)
        and bool(expected)
        and secrets.compare_digest(given.encode(), str(expected).encode())
    )


# A page of the console to return to after signing in: its path only (a search's query
# may hold a name or a phone number), never the login page, never another site.
_RETURN_PATH = re.compile(r"/console/(?!login)[A-Za-z0-9_\-./]*")


def return_path(value: str | None) -> str | None:
    return value if value and _RETURN_PATH.fullmatch(value) and ".." not in value else None


class NotSignedIn(HTTPException):
    """To the login page; `back`, a page asked for, is opened once signed in."""

    def __init__(self, back: str | None = None) -> None:
        target = return_path(back)
        location = f"{LOGIN_PATH}?{urlencode({'next': target})}" if target else LOGIN_PATH
        super().__init__(303, "ログインしてください", headers={"Location": location})


class Forbidden(HTTPException):
    def __init__(self, detail: str = "この操作の権限がありません") -> None:
        super().__init__(403, detail)


class CsrfRejected(HTTPException):
    def __init__(self) -> None:
        super().__init__(403, "フォームの有効期限が切れました。ページを開き直してください")


Database = Callable[[], AsyncIterator[AsyncSession]]


def database(factory: async_sessionmaker[AsyncSession]) -> Database:
    """A dependency yielding one session per request (the handler commits)."""

    async def session() -> AsyncIterator[AsyncSession]:
        async with factory() as db:
            yield db

    return session


def signed_in_dependency(db_dependency: Database) -> Callable[..., Awaitable[SignedIn]]:
    async def signed_in(
        request: Request, db: Annotated[AsyncSession, Depends(db_dependency)]
    ) -> SignedIn:
        token = request.cookies.get(SESSION_COOKIE)
        user = await session_user(db, token) if token else None
        if user is None:
            raise NotSignedIn(request.url.path if request.method == "GET" else None)
        if request.method == "POST":
            form = await request.form()
            if not tokens_match(form.get(CSRF_FIELD), user.csrf_token):
                raise CsrfRejected()
        return user

    return signed_in


def require_role(
    signed_in: Callable[..., Awaitable[SignedIn]], *roles: str
) -> Callable[..., Awaitable[SignedIn]]:
    async def with_role(user: Annotated[SignedIn, Depends(signed_in)]) -> SignedIn:
        if user.role not in roles:
            raise Forbidden()
        return user

    return with_role

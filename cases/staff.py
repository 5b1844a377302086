"""Staff of the console: accounts with argon2-hashed passwords, roles, and sessions.

A session cookie carries a random token; the database keeps only its SHA-256, so a
copy of the table opens no session. Each session has its own CSRF token."""

from __future__ import annotations

import functools
import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import ConsoleSession, StaffUser, utcnow

ROLES: Final[dict[str, str]] = {
    "admin": "管理者",
    "coordinator": "相談支援包括化推進員",
    "agency": "相談機関の職員",
}
SESSION_LIFETIME: Final = timedelta(hours=12)
MIN_PASSWORD_LENGTH: Final = 10

_hasher = PasswordHasher()


@functools.cache
def _unknown_user_hash() -> str:
    """Verified against when the login is unknown, so a wrong login takes as long as a
    wrong password. Made at the first sign-in, not at import: hashing is slow on
    purpose, and every `tsunagu` command imports this module."""
    return _hasher.hash(secrets.token_urlsafe(16))


class StaffError(ValueError):
    """A staff account that cannot be made as asked."""


@dataclass(frozen=True, slots=True)
class SignedIn:
    """Who is using the console in this request, and the session's CSRF token."""

    staff_id: int
    login: str
    role: str
    agency_id: str | None
    display_name: str
    csrf_token: str

    @property
    def actor(self) -> str:
        return f"{STAFF_ACTOR_PREFIX}{self.staff_id}"

    @property
    def sees_every_case(self) -> bool:
        return self.role in ("admin", "coordinator")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def add_staff(
    db: AsyncSession,
    login: str,
    password: str,
    role: str,
    agency_id: str | None = None,
    display_name: str = "",
) -> StaffUser:
    login = login.strip()
    if not login:
        raise StaffError("login is empty")
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    if role == "agency" and not agency_id:
        raise StaffError("agency staff need --agency (the directory id of their agency)")
    if role != "agency" and agency_id:
        raise StaffError("only agency staff belong to an agency")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    if await db.scalar(select(StaffUser.id).where(StaffUser.login == login)) is not None:
        raise StaffError(f"login {login!r} exists")
    user = StaffUser(
        login=login,
        password_hash=_hasher.hash(password),
        role=role,
        agency_id=agency_id,
        display_name=display_name or login,
        active=True,
    )
    db.add(user)
    await db.flush()
    return user


async def reset_password(db: AsyncSession, login: str, password: str) -> StaffUser | None:
    """Give an existing account a new password (its sessions end); None if no such login."""
    user = await db.scalar(select(StaffUser).where(StaffUser.login == login))
    if user is None:
        return None
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    user.password_hash = _hasher.hash(password)
    await db.execute(delete(ConsoleSession).where(ConsoleSession.staff_id == user.id))
    return user


async def authenticate(db: AsyncSession, login: str, password: str) -> StaffUser | None:
    """The active user whose password matches, else None (same work either way)."""
    user = await db.scalar(select(StaffUser).where(StaffUser.login == login.strip()))
    try:
        _hasher.verify(user.password_hash if user else _unknown_user_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = utcnow()
    return user


async def open_session(db: AsyncSession, user: StaffUser, now: datetime | None = None) -> str:
    """A new session for the user (sessions past their time are cleared); returns the
    token for the cookie."""
    now = now or utcnow()
    await db.execute(delete(ConsoleSession).where(ConsoleSession.expires_at <= now))
    token = secrets.token_urlsafe(32)
    db.add(
        ConsoleSession(
            token_hash=_digest(token),
            staff_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            expires_at=now + SESSION_LIFETIME,
        )
    )
    await db.flush()
    return token


async def session_user(db: AsyncSession, token: str) -> SignedIn | None:
    row = await db.execute(
        select(ConsoleSession, StaffUser)
        .join(StaffUser, StaffUser.id == ConsoleSession.staff_id)
        .where(ConsoleSession.token_hash == _digest(token))
    )
    found = row.first()
    if found is None:
        return None
    session, user = found
    if session.expires_at <= utcnow() or not user.active:
        return None
    return SignedIn(
        user.id, user.login, user.role, user.agency_id, user.display_name, session.csrf_token
    )


async def close_session(db: AsyncSession, token: str) -> None:
    await db.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == _digest(token)))


STAFF_ACTOR_PREFIX = "staff:"


async def staff_names(db: AsyncSession, agency_id: str | None = None) -> dict[int, str]:
    """Active staff by id, with the names they know each other by (of one agency when
    `agency_id` is given): the choices of the console's 担当者 filter."""
    statement = select(StaffUser.id, StaffUser.login, StaffUser.display_name).where(
        StaffUser.active.is_(True)
    )
    if agency_id is not None:
        statement = statement.where(StaffUser.agency_id == agency_id)
    rows = await db.execute(statement.order_by(StaffUser.id))
    return {staff_id: display_name or login for staff_id, login, display_name in rows.all()}


async def actor_names(db: AsyncSession, actors: Iterable[str | None]) -> dict[str, str]:
    """The names staff know each other by, for the "staff:N" actors stored on records."""
    ids = {
        int(actor.removeprefix(STAFF_ACTOR_PREFIX))
        for actor in actors
        if actor
        and actor.startswith(STAFF_ACTOR_PREFIX)
        and actor.removeprefix(STAFF_ACTOR_PREFIX).isdigit()
    }
    if not ids:
        return {}
    rows = await db.execute(
        select(StaffUser.id, StaffUser.login, StaffUser.display_name).where(StaffUser.id.in_(ids))
    )
    return {
        f"{STAFF_ACTOR_PREFIX}{staff_id}": display_name or login
        for staff_id, login, display_name in rows.all()
    }

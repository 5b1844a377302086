"""One-time consent pages for visit mode: issued for one sheet, signed with the server's
key, valid for 30 minutes, spent by the resident's answer.

The link carries `<nonce>.<signature>`; the signature is an HMAC-SHA256 of the nonce with
`TSUNAGU_SECRET_KEY`, so a link cannot be made up, and the row makes it one-time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import MinseiIin, VisitConsentToken, utcnow

LIFETIME: Final = timedelta(minutes=30)

TokenState = Literal["open", "expired", "used", "unknown"]


def _mac(nonce: str, key: bytes) -> str:
    digest = hmac.new(key, nonce.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def signed(nonce: str, key: bytes) -> str:
    return f"{nonce}.{_mac(nonce, key)}"


def nonce_of(token: str, key: bytes) -> str | None:
    """The nonce of a link's token when its signature is right, else None."""
    nonce, _, mac = token.partition(".")
    if not nonce or not mac or not hmac.compare_digest(mac.encode(), _mac(nonce, key).encode()):
        return None
    return nonce


async def issue_token(
    db: AsyncSession,
    minsei_id: int,
    sheet_ref: str,
    handoff: dict[str, Any],
    now: datetime | None = None,
) -> VisitConsentToken:
    issued = now or utcnow()
    token = VisitConsentToken(
        nonce=secrets.token_urlsafe(24),
        minsei_id=minsei_id,
        sheet_ref=sheet_ref,
        handoff=handoff,
        issued_at=issued,
        expires_at=issued + LIFETIME,
    )
    db.add(token)
    await db.flush()
    return token


@dataclass(frozen=True, slots=True)
class Opened:
    state: TokenState
    token: VisitConsentToken | None = None


async def open_token(
    db: AsyncSession, nonce: str | None, now: datetime, for_answer: bool = False
) -> Opened:
    """The page behind a link: open, expired, already answered, or unknown — unknown too
    once the 民生委員 who issued it is no longer registered. `for_answer` locks the row,
    so two answers sent at once cannot both be taken."""
    if nonce is None:
        return Opened("unknown")
    query = select(VisitConsentToken).where(VisitConsentToken.nonce == nonce)
    token = await db.scalar(query.with_for_update() if for_answer else query)
    if token is None:
        return Opened("unknown")
    if token.used_at is not None:
        return Opened("used", token)
    if now >= token.expires_at:
        return Opened("expired", token)
    issuer = await db.get(MinseiIin, token.minsei_id)
    if issuer is None or issuer.status != "active":
        return Opened("unknown")
    return Opened("open", token)

"""民生委員: one-time invite codes issued by staff, registration by code, revocation.

A code is shown once, when issued; only its SHA-256 is stored. Codes are read the way a
person types them on a phone: full-width letters and digits, spaces and hyphens are all
accepted (「ＡＢＣＤ－２３４５」 is 「ABCD2345」)."""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Final, Literal

from sqlalchemy import ColumnElement, SQLColumnExpression, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.models import AuditEvent, Consent, MinseiIin, MinseiInvite, utcnow

# No 0/O, 1/I/L: a code is read aloud and copied by hand.
CODE_ALPHABET: Final = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH: Final = 8
MAX_NAME: Final = 80
MAX_DISTRICT: Final = 80
WITNESS_PREFIX: Final = "minsei:"

Redeemed = Literal["registered", "already_registered", "used", "revoked", "unknown", "too_many"]


class InviteError(ValueError):
    """An invite that cannot be issued as asked (the message says why, in Japanese)."""


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(typed: str) -> str:
    """全角 → 半角, upper case, spaces and hyphens (any width) dropped."""
    folded = unicodedata.normalize("NFKC", typed).upper()
    return "".join(ch for ch in folded if ch.isalnum())


def code_hash(typed: str) -> str:
    return hashlib.sha256(normalise_code(typed).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class IssuedInvite:
    invite: MinseiInvite
    code: str  # shown once to staff; never stored


# Codes refused to one LINE user within the window before no more are tried.
MAX_CODES_REFUSED: Final = 5
CODES_REFUSED_WINDOW: Final = timedelta(hours=1)
CODE_REFUSED: Final = "minsei.code_refused"


@dataclass(frozen=True, slots=True)
class Redemption:
    outcome: Redeemed
    minsei: MinseiIin | None = None


@dataclass(frozen=True, slots=True)
class InviteRow:
    """An invite as the console lists it (the code itself is never shown again)."""

    invite: MinseiInvite
    registration: MinseiIin | None

    @property
    def status(self) -> str:
        if self.invite.revoked_at is not None:
            return "revoked"
        return "registered" if self.invite.used_at is not None else "waiting"


INVITE_STATUS_LABELS: Final[dict[str, str]] = {
    "waiting": "未登録",
    "registered": "登録済み",
    "revoked": "取り消し済み",
}


async def issue_invite(db: AsyncSession, name: str, district: str, actor: str) -> IssuedInvite:
    name, district = name.strip(), district.strip()
    if not name or not district:
        raise InviteError("お名前と担当地区を入れてください")
    if len(name) > MAX_NAME or len(district) > MAX_DISTRICT:
        raise InviteError("お名前と担当地区は80文字までです")
    code = new_code()
    invite = MinseiInvite(
        code_hash=code_hash(code), name=name, district=district, issued_by=actor, issued_at=utcnow()
    )
    db.add(invite)
    await db.flush()
    audit(db, actor, "minsei.invite_issued", invite_id=invite.id)
    return IssuedInvite(invite, code)


async def active_minsei(db: AsyncSession, resident_id: int) -> MinseiIin | None:
    """The LINE user's registration as a 民生委員, if it stands."""
    found: MinseiIin | None = await db.scalar(
        select(MinseiIin).where(*registered(resident_id)).order_by(MinseiIin.id.desc()).limit(1)
    )
    return found


def registered(resident_id: int | SQLColumnExpression[int]) -> tuple[ColumnElement[bool], ...]:
    """Where a resident's standing registration as a 民生委員 is found."""
    return (MinseiIin.resident_id == resident_id, MinseiIin.status == "active")


async def redeem_invite(db: AsyncSession, resident_id: int, typed_code: str) -> Redemption:
    """Register the LINE user as the 民生委員 the code was issued to. After
    `MAX_CODES_REFUSED` codes refused within `CODES_REFUSED_WINDOW`, no code is tried
    until the window has passed (codes are not to be guessed one after another)."""
    current = await active_minsei(db, resident_id)
    since = utcnow() - CODES_REFUSED_WINDOW
    refused = await db.scalar(
        select(func.count(AuditEvent.id)).where(
            AuditEvent.resident_id == resident_id,
            AuditEvent.action == CODE_REFUSED,
            AuditEvent.at >= since,
        )
    )
    if (refused or 0) >= MAX_CODES_REFUSED:
        return Redemption("too_many")
    invite = await db.scalar(
        select(MinseiInvite).where(MinseiInvite.code_hash == code_hash(typed_code))
    )
    outcome: Redeemed | None = None
    if invite is None:
        outcome = "unknown"
    elif invite.revoked_at is not None:
        outcome = "revoked"
    elif invite.used_at is not None:
        mine = current is not None and current.invite_id == invite.id
        if mine:
            return Redemption("already_registered", current)
        outcome = "used"
    if outcome is not None:
        audit(db, "resident", CODE_REFUSED, resident_id=resident_id, outcome=outcome)
        return Redemption(outcome)
    assert invite is not None
    if current is not None:
        return Redemption("already_registered", current)
    now = utcnow()
    invite.used_at = now
    minsei = MinseiIin(
        resident_id=resident_id,
        invite_id=invite.id,
        name=invite.name,
        district=invite.district,
        status="active",
        registered_at=now,
    )
    db.add(minsei)
    await db.flush()
    audit(db, "resident", "minsei.registered", resident_id=resident_id, invite_id=invite.id)
    return Redemption("registered", minsei)


async def revoke_invite(db: AsyncSession, invite_id: int, actor: str) -> int | None:
    """Revoke the invite and the registration made with it. Returns the resident id of
    the 民生委員 whose registration ended (their menu goes back), or None."""
    invite = await db.get(MinseiInvite, invite_id)
    if invite is None:
        raise LookupError(invite_id)
    now = utcnow()
    if invite.revoked_at is None:
        invite.revoked_at, invite.revoked_by = now, actor
    minsei = await db.scalar(
        select(MinseiIin).where(MinseiIin.invite_id == invite_id, MinseiIin.status == "active")
    )
    audit(db, actor, "minsei.invite_revoked", invite_id=invite_id, registered=minsei is not None)
    if minsei is None:
        return None
    minsei.status, minsei.revoked_at = "revoked", now
    return minsei.resident_id


async def list_invites(db: AsyncSession) -> list[InviteRow]:
    """Every invite, newest first, with the registration made with it."""
    invites = list(await db.scalars(select(MinseiInvite).order_by(MinseiInvite.id.desc())))
    registrations = {
        m.invite_id: m
        for m in await db.scalars(
            select(MinseiIin).where(MinseiIin.invite_id.in_([i.id for i in invites]))
        )
    }
    return [InviteRow(i, registrations.get(i.id)) for i in invites]


def witness_ref(minsei: MinseiIin) -> str:
    """How a consent names the 民生委員 who witnessed it."""
    return f"{WITNESS_PREFIX}{minsei.id}"


def witnessed_by(consent: Consent) -> int | None:
    """The id of the 民生委員 who witnessed the consent, if one did."""
    ref = consent.witness_ref or ""
    number = ref.removeprefix(WITNESS_PREFIX)
    return int(number) if ref.startswith(WITNESS_PREFIX) and number.isdigit() else None


async def witness_names(db: AsyncSession, consents: Sequence[Consent]) -> dict[int, str]:
    """Consent id → 「民生委員 name（担当地区）」 for the consents a 民生委員 witnessed."""
    witnessed = {c.id: m for c in consents if (m := witnessed_by(c)) is not None}
    if not witnessed:
        return {}
    rows = await db.scalars(select(MinseiIin).where(MinseiIin.id.in_(set(witnessed.values()))))
    names = {m.id: f"民生委員 {m.name}（{m.district}）" for m in rows}
    return {c: names[m] for c, m in witnessed.items() if m in names}

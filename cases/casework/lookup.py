"""Finding a case by a name or a phone number without decrypting every sheet: a keyed
blind index.

For each case, the names (氏名, ふりがな) and phone numbers of its sheet — the person's
and the writer's when someone wrote for them — are normalised and stored as
HMAC-SHA256 digests in `case_lookup_keys`, under a key derived from the app's data key
(`TSUNAGU_DATA_KEYS`, the current one). A search computes the same digest of what staff
typed under every installed key and matches it exactly.

What it allows: exact look-up of a whole name (spaces, full/half width and katakana vs
hiragana do not matter) or a whole phone number (any common Japanese format). What it
does not: part of a name, a prefix of a number, similar spellings or other kanji for the
same reading; and without the keys the digests say nothing (the database alone cannot be
searched or reversed by trying every number: the key is not in it)."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import unicodedata
from typing import Any, Final, Literal

import phonenumbers
from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from cases.encryption import DataKey, Keyring, KeyringError, installed_keyring
from cases.models import Case, CaseLookupKey, IntakeSheet

log = logging.getLogger(__name__)

Field = Literal["name", "phone"]
DERIVATION: Final = b"tsunagu case lookup v1"
SPACES: Final = re.compile(r"\s+")
KATAKANA_TO_HIRAGANA: Final = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def normalised_name(text: str) -> str:
    """NFKC, no spaces, katakana as hiragana, lower case."""
    folded = unicodedata.normalize("NFKC", text).translate(KATAKANA_TO_HIRAGANA)
    return SPACES.sub("", folded).lower()


def normalised_phone(text: str) -> str | None:
    """E.164 (+819012345678) for a Japanese number in any common format, else None."""
    digits = unicodedata.normalize("NFKC", text)
    try:
        number = phonenumbers.parse(digits, "JP")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalised(field: Field, text: str) -> str | None:
    value = normalised_phone(text) if field == "phone" else normalised_name(text)
    return value or None


def lookup_key(data_key: DataKey) -> bytes:
    """The index key: derived from a data key, never the data key itself."""
    return hmac.new(data_key.secret, DERIVATION, hashlib.sha256).digest()


def digest(data_key: DataKey, field: Field, value: str) -> str:
    mac = hmac.new(lookup_key(data_key), f"{field}\x00{value}".encode(), hashlib.sha256)
    return f"{data_key.id}:{mac.hexdigest()}"


def sheet_values(sheet: dict[str, Any] | None) -> list[tuple[Field, str]]:
    """The names and phone numbers of a sheet that staff may look a case up by."""
    if not sheet:
        return []
    person = sheet.get("person") or {}
    consulter = sheet.get("consulter") or {}
    found: list[tuple[Field, str]] = []
    for field, raw in (
        ("name", person.get("name")),
        ("name", person.get("kana")),
        ("name", consulter.get("name")),
        ("phone", person.get("phone_mobile")),
        ("phone", person.get("phone_home")),
        ("phone", consulter.get("phone")),
    ):
        value = normalised(field, raw) if isinstance(raw, str) else None  # type: ignore[arg-type]
        if value and (field, value) not in found:
            found.append((field, value))  # type: ignore[arg-type]
    return found


def sheet_digests(sheet: dict[str, Any] | None, keyring: Keyring) -> list[tuple[str, str]]:
    """(field, digest) rows of a sheet, under the current key."""
    current = keyring.keys[0]
    return [(field, digest(current, field, value)) for field, value in sheet_values(sheet)]


def search_digests(field: Field, typed: str, keyring: Keyring) -> list[str]:
    """What staff typed, as it would be stored under any installed key (a rotation in
    progress leaves rows under the old key until `tsunagu keys rotate` reaches them)."""
    value = normalised(field, typed)
    return [digest(key, field, value) for key in keyring.keys] if value else []


async def refresh_case_lookup(db: AsyncSession, case: Case) -> None:
    """Write the case's digests again from its sheet (none once the sheet is gone)."""
    await db.execute(delete(CaseLookupKey).where(CaseLookupKey.case_id == case.id))
    if case.sheet_id is None or case.purged_at is not None:
        return
    sheet = await db.get(IntakeSheet, case.sheet_id)
    data = dict(sheet.data) if sheet is not None else None
    db.add_all(
        CaseLookupKey(case_id=case.id, field=field, digest=value)
        for field, value in sheet_digests(data, installed_keyring())
    )


def cases_matching(field: Field, typed: str) -> Any:
    """A subquery of the case ids whose sheet holds exactly this name or number."""
    digests = search_digests(field, typed, installed_keyring())
    return select(CaseLookupKey.case_id).where(
        CaseLookupKey.field == field, CaseLookupKey.digest.in_(digests or [""])
    )


def rebuild_lookup(connection: Connection, keyring: Keyring) -> int:
    """Every case's digests again from its sheet, under the keyring's current key (the
    migration that added them, and `tsunagu keys rotate`); rows written."""
    stored = connection.execute(  # the sealed text as stored, opened with `keyring`
        text(
            "SELECT cases.id, intake_sheets.data FROM cases"
            " JOIN intake_sheets ON intake_sheets.id = cases.sheet_id"
            " WHERE cases.purged_at IS NULL"
        )
    )
    rows: list[dict[str, Any]] = []
    unreadable = 0
    for case_id, sealed in stored:
        sheet = _opened(sealed, keyring)
        if sheet is None:
            unreadable += 1
            continue
        rows += [
            {"case_id": case_id, "field": field, "digest": value}
            for field, value in sheet_digests(sheet, keyring)
        ]
    if unreadable:
        # Not a reason to stop a deploy: those cases are found by number, not by name.
        log.warning("lookup: %d sheet(s) could not be opened with the keyring", unreadable)
    connection.execute(delete(CaseLookupKey))
    if rows:
        connection.execute(insert(CaseLookupKey), rows)
    return len(rows)


def _opened(sealed: str, keyring: Keyring) -> dict[str, Any] | None:
    """The stored sheet, or None when the keyring cannot open it (a key no longer held)."""
    try:
        sheet = json.loads(keyring.decrypt_text(sealed))
    except (KeyringError, ValueError):
        return None
    return sheet if isinstance(sheet, dict) else None

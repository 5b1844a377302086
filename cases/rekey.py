"""Sealing, re-sealing and counting the encrypted columns row by row, on a synchronous
connection (Alembic's, or `AsyncConnection.run_sync`). Used by migration 0006 to encrypt
what was stored before, and by `tsunagu keys rotate` to move every value to the current
key so an old key can be dropped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from cases.casework.lookup import rebuild_lookup
from cases.encryption import (
    EncryptedJSON,
    EncryptedText,
    Keyring,
    is_envelope,
    key_id_of,
)
from cases.models import Base

BATCH = 500
PLAINTEXT = "(plaintext)"

# From a stored value to its replacement, or None to leave the row alone.
Change = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class SealedColumn:
    table: str
    key: str  # the primary key column
    column: str

    def __str__(self) -> str:
        return f"{self.table}.{self.column}"


def sealed_columns(metadata: sa.MetaData) -> list[SealedColumn]:
    """Every encrypted column of the models, in table order."""
    found: list[SealedColumn] = []
    for table in metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText | EncryptedJSON):
                (key,) = table.primary_key.columns  # one-column keys: batches walk them
                found.append(SealedColumn(table.name, key.name, column.name))
    return found


def _table(column: SealedColumn) -> sa.TableClause:
    return sa.table(column.table, sa.column(column.key), sa.column(column.column, sa.Text))


def reseal(connection: Connection, column: SealedColumn, change: Change) -> int:
    """Apply `change` to every non-null value of the column, in batches; rows changed."""
    table = _table(column)
    key, value = table.c[column.key], table.c[column.column]
    statement = (
        sa.update(table)
        .where(key == sa.bindparam("_key"))
        .values({column.column: sa.bindparam("_value")})
    )
    changed, last = 0, None
    while True:
        query = sa.select(key, value).where(value.is_not(None)).order_by(key).limit(BATCH)
        if last is not None:
            query = query.where(key > last)
        rows = connection.execute(query).all()
        if not rows:
            return changed
        updates = [
            {"_key": row_key, "_value": new}
            for row_key, stored in rows
            if (new := change(stored)) is not None
        ]
        if updates:
            connection.execute(statement, updates)
            changed += len(updates)
        last = rows[-1][0]


def key_usage(connection: Connection, column: SealedColumn) -> Counter[str]:
    """How many values of the column each key sealed (plaintext counted apart)."""
    table = _table(column)
    usage: Counter[str] = Counter()
    for (stored,) in connection.execute(
        sa.select(table.c[column.column]).where(table.c[column.column].is_not(None))
    ):
        usage[key_id_of(stored) or PLAINTEXT] += 1
    return usage


def seal_with(keyring: Callable[[], Keyring]) -> Change:
    """Encrypt plaintext values; leave sealed ones. The keyring is asked for only when a
    value needs it, so an empty database migrates without keys."""

    def change(stored: str) -> str | None:
        return None if is_envelope(stored) else keyring().encrypt_text(stored)

    return change


def rotate_to_current(keyring: Keyring) -> Change:
    """Re-seal every value not sealed with the current key (plaintext included)."""

    def change(stored: str) -> str | None:
        if not keyring.needs_rotation(stored):
            return None
        plain = keyring.decrypt_text(stored) if is_envelope(stored) else stored
        return keyring.encrypt_text(plain)

    return change


def unseal_with(keyring: Callable[[], Keyring]) -> Change:
    """Decrypt sealed values back to plaintext (migration 0006's downgrade)."""

    def change(stored: str) -> str | None:
        return keyring().decrypt_text(stored) if is_envelope(stored) else None

    return change


async def rotate_all(engine: AsyncEngine, keyring: Keyring) -> dict[str, int]:
    """Re-seal every encrypted column with the current key, one transaction per column;
    rows changed per column."""
    changed: dict[str, int] = {}
    for column in sealed_columns(Base.metadata):
        async with engine.begin() as connection:
            changed[str(column)] = await connection.run_sync(
                reseal, column, rotate_to_current(keyring)
            )
    async with engine.begin() as connection:  # the blind index follows the current key
        changed["case_lookup_keys"] = await connection.run_sync(rebuild_lookup, keyring)
    return changed


async def usage_all(engine: AsyncEngine) -> dict[str, Counter[str]]:
    """Per encrypted column, how many values each key sealed."""
    usage: dict[str, Counter[str]] = {}
    async with engine.connect() as connection:
        for column in sealed_columns(Base.metadata):
            usage[str(column)] = await connection.run_sync(key_usage, column)
    return usage

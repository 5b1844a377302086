"""Scratch PostgreSQL databases beside the one an admin URL names (TEST_DATABASE_URL):
one per test run, per migration test, per benchmark run — created empty, dropped after."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine


async def run_admin(admin_url: str, statement: str) -> None:
    """A statement that cannot run in a transaction (CREATE/DROP DATABASE)."""
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def create_database(admin_url: str, prefix: str) -> str:
    """A new empty database named `prefix_<random>`; its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    await run_admin(admin_url, f'CREATE DATABASE "{name}"')
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


async def drop_database(admin_url: str, database_url: str) -> None:
    name = make_url(database_url).database
    await run_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

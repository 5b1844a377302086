"""`tsunagu keys …` (the keys that encrypt personal data) and `tsunagu purge` (the
retention policy, applied now)."""

from __future__ import annotations

import asyncio

import typer

from cases.encryption import new_key
from tsunagu.data_keys import install_data_keys
from tsunagu.settings import get_settings

keys_app = typer.Typer(
    help="Keys that encrypt personal data at rest (TSUNAGU_DATA_KEYS).", no_args_is_help=True
)


@keys_app.command("generate")
def generate(
    key_id: str = typer.Option(..., "--id", help="A name for the key, e.g. 2027-04."),
) -> None:
    """Print a new 256-bit key. Put it FIRST in TSUNAGU_DATA_KEYS (keep the old ones after
    it; outside production the old one is in var/data-keys), restart, then run
    `tsunagu keys rotate`."""
    typer.echo(new_key(key_id).spec())


@keys_app.command("rotate")
def rotate() -> None:
    """Re-encrypt every stored value with the first key, so older keys can be removed."""
    from cases.db import make_engine
    from cases.rekey import rotate_all

    settings = get_settings()
    keyring = install_data_keys(settings)

    async def run() -> dict[str, int]:
        engine = make_engine(settings.DATABASE_URL)
        try:
            return await rotate_all(engine, keyring)
        finally:
            await engine.dispose()

    changed = asyncio.run(run())
    for column, count in changed.items():
        typer.echo(f"{column}: {count} re-encrypted")
    typer.echo(f"every value is now encrypted with {keyring.current_id}")


@keys_app.command("status")
def status() -> None:
    """How many stored values each key encrypted, per column."""
    from cases.db import make_engine
    from cases.rekey import usage_all

    settings = get_settings()
    keyring = install_data_keys(settings)

    async def run() -> dict[str, dict[str, int]]:
        engine = make_engine(settings.DATABASE_URL)
        try:
            return {column: dict(usage) for column, usage in (await usage_all(engine)).items()}
        finally:
            await engine.dispose()

    typer.echo(f"current key: {keyring.current_id}")
    for column, usage in asyncio.run(run()).items():
        described = ", ".join(f"{key}={count}" for key, count in sorted(usage.items())) or "-"
        typer.echo(f"{column}: {described}")


def purge() -> None:
    """Apply the retention policy now (the worker also does, every
    TSUNAGU_PURGE_EVERY_SECONDS)."""
    from cases.db import make_engine, make_session_factory
    from tsunagu.retention import build_housekeeping

    settings = get_settings()
    install_data_keys(settings)

    async def run() -> dict[str, int]:
        engine = make_engine(settings.DATABASE_URL)
        try:
            return await build_housekeeping(settings, make_session_factory(engine)).purge()
        finally:
            await engine.dispose()

    removed = asyncio.run(run())
    for table, count in sorted(removed.items()):
        typer.echo(f"{table}: {count}")
    typer.echo("retention policy applied" + ("" if removed else " (nothing was due)"))

"""`tsunagu staff add`: accounts for the staff console."""

from __future__ import annotations

import asyncio
import os
import sys

import typer

from cases.staff import ROLES, StaffError

PASSWORD_ENV = "TSUNAGU_STAFF_PASSWORD"

app = typer.Typer(help="Staff accounts of the console.", no_args_is_help=True)


async def create_account(
    database_url: str,
    login: str,
    password: str,
    role: str,
    agency: str | None,
    name: str = "",
    reset_existing: bool = False,
) -> int:
    """Bring the schema up to date and add the account (or, with `reset_existing`, give
    an existing one this password); returns its id."""
    from cases.db import make_engine, make_session_factory
    from cases.migrate import upgrade
    from cases.staff import add_staff, reset_password

    await upgrade(database_url)
    engine = make_engine(database_url)
    try:
        async with make_session_factory(engine)() as db:
            user = await reset_password(db, login, password) if reset_existing else None
            user = user or await add_staff(db, login, password, role, agency, name)
            await db.commit()
            return user.id
    finally:
        await engine.dispose()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    password: str = typer.prompt("パスワード / password", hide_input=True, confirmation_prompt=True)
    return password


def _check_agency(agency: str, municipality: str) -> None:
    """Agency staff see their agency's cases: the id must name one of this city's agencies."""
    from directory.loader import load_directory

    if agency not in load_directory(municipality).agencies_by_id:
        typer.echo(
            f"error: {agency!r} is not an agency of {municipality}"
            f" (see `tsunagu directory suggest` or directory/data/{municipality}.yaml)",
            err=True,
        )
        raise typer.Exit(1)


@app.command("add")
def add(
    login: str = typer.Option(..., "--login", help="The login id."),
    role: str = typer.Option(..., "--role", help=f"One of: {', '.join(ROLES)}."),
    agency: str | None = typer.Option(
        None, "--agency", help="Directory id of the agency (agency staff only)."
    ),
    name: str = typer.Option("", "--name", help="Name shown in the console."),
    password_stdin: bool = typer.Option(
        False,
        "--password-stdin",
        help=f"Read the password from stdin (else ${PASSWORD_ENV} or a prompt).",
    ),
) -> None:
    """Add a staff account (argon2-hashed password)."""
    from tsunagu.settings import get_settings

    settings = get_settings()
    if agency is not None:
        _check_agency(agency, settings.TSUNAGU_MUNICIPALITY)
    password = _read_password(password_stdin)
    try:
        staff_id = asyncio.run(
            create_account(settings.DATABASE_URL, login, password, role, agency, name)
        )
    except StaffError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"staff account {login!r} ({role}) added, id {staff_id}")

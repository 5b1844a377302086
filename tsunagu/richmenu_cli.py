"""`tsunagu richmenu deploy`: the residents' rich menu, drawn and put on LINE."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="The LINE rich menu of residents.", no_args_is_help=True)


async def deploy_resident_menu(base_url: str, token: str) -> str:
    from bot.line_api import LineApi
    from bot.richmenu import RESIDENT_MENU, deploy_default

    line = LineApi(base_url, token)
    try:
        return await deploy_default(line, RESIDENT_MENU)
    finally:
        await line.close()


async def relink_own_menus(database_url: str) -> int:
    from bot.menu_links import relink_all
    from cases.db import make_engine, make_session_factory

    engine = make_engine(database_url)
    try:
        return await relink_all(make_session_factory(engine))
    finally:
        await engine.dispose()


@app.command()
def deploy() -> None:
    """Create the menu, upload its image and make it every resident's default; users on a
    menu of their own (another language, a 民生委員) are moved to it as this release draws
    it, by the worker."""
    from tsunagu.container import effective_line_settings
    from tsunagu.settings import get_settings

    settings = get_settings()
    _, token, base_url = effective_line_settings(settings)
    menu_id = asyncio.run(deploy_resident_menu(base_url, token))
    typer.echo(f"rich menu {menu_id} is the default")
    relinked = asyncio.run(relink_own_menus(settings.DATABASE_URL))
    typer.echo(f"{relinked} user(s) on a menu of their own queued to be linked again")


@app.command()
def image(out: Annotated[Path, typer.Argument(help="Where to write the PNG.")]) -> None:
    """Write the menu's image, to look at it before deploying."""
    from bot.richmenu import RESIDENT_MENU, menu_image

    out.write_bytes(menu_image(RESIDENT_MENU))
    typer.echo(f"wrote {out}")

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


@app.command()
def deploy() -> None:
    """Create the menu, upload its image and make it every resident's default."""
    from tsunagu.container import effective_line_settings
    from tsunagu.settings import get_settings

    _, token, base_url = effective_line_settings(get_settings())
    menu_id = asyncio.run(deploy_resident_menu(base_url, token))
    typer.echo(f"rich menu {menu_id} is the default")


@app.command()
def image(out: Annotated[Path, typer.Argument(help="Where to write the PNG.")]) -> None:
    """Write the menu's image, to look at it before deploying."""
    from bot.richmenu import RESIDENT_MENU, menu_image

    out.write_bytes(menu_image(RESIDENT_MENU))
    typer.echo(f"wrote {out}")

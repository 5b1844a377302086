"""The one entry point: `tsunagu serve`, `tsunagu worker`, `tsunagu chat`, `tsunagu demo`,
`tsunagu nlu …`, `tsunagu directory …`, `tsunagu richmenu deploy`."""

from __future__ import annotations

import asyncio

import typer

from directory.cli import app as directory_app
from nlu.cli import app as nlu_app
from tsunagu.data_cli import keys_app, purge
from tsunagu.richmenu_cli import app as richmenu_app
from tsunagu.staff_cli import app as staff_app

app = typer.Typer(
    help="tsunagu — LINE front door of the city's 重層的支援体制.", no_args_is_help=True
)
app.add_typer(nlu_app, name="nlu")
app.add_typer(directory_app, name="directory")
app.add_typer(keys_app, name="keys")
app.command()(purge)
app.add_typer(staff_app, name="staff")
app.add_typer(richmenu_app, name="richmenu")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Run the web server: LINE webhook, health, (outside production) emulator and simulator."""
    import uvicorn

    from api.app import create_app
    from tsunagu.http_server import server_config

    # The app decides whom to believe about X-Forwarded-For (FORWARDED_ALLOW_IPS, none by
    # default); uvicorn's own handling would trust 127.0.0.1 whatever the settings say.
    config = server_config(create_app(), host, port, log_level="info", proxy_headers=False)
    uvicorn.Server(config).run()


@app.command()
def worker() -> None:
    """Run queue workers only (production: many of these beside the api)."""
    from tsunagu.standalone_worker import run_worker

    asyncio.run(run_worker())


@app.command()
def demo(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    rasa: bool = typer.Option(True, help="Prepare and start Rasa in the background."),
) -> None:
    """Run the demo: simulator, LINE emulator, SQLite; Rasa once it is ready."""
    from tsunagu.demo import run_demo

    run_demo(host, port, rasa)


@app.command()
def chat(
    url: str | None = typer.Option(None, help="A running tsunagu (default: start one here)."),
    user_id: str | None = typer.Option(None, help="The LINE user id to chat as."),
) -> None:
    """Chat with the bot in the terminal, through the real webhook."""
    from tsunagu.terminal import run_terminal_chat

    run_terminal_chat(url, user_id)


@app.command()
def migrate() -> None:
    """Bring the database schema up to date."""
    from cases.migrate import upgrade_sync
    from tsunagu.data_keys import install_data_keys
    from tsunagu.settings import get_settings

    install_data_keys(get_settings())
    upgrade_sync(get_settings().DATABASE_URL)
    typer.echo("database schema is up to date")


def main() -> None:
    app()

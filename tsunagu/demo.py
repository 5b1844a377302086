"""`tsunagu demo`: the server with the LINE emulator and simulator, SQLite and in-process
queues, the residents' rich menu on the emulator, and Rasa prepared in the background (the
bot uses the fallback classifier until Rasa answers, then switches over by itself)."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uvicorn

log = logging.getLogger(__name__)

RASA_PORT = 5005


def _prepare_rasa(port: int, stop: threading.Event) -> None:
    """Build .venv-rasa, train if the data changed, and run the Rasa server."""
    try:
        from nlu.server import RasaServer, ensure_env, ensure_model
    except ImportError:
        log.warning("Rasa support is not installed; the fallback classifier answers")
        return
    try:
        ensure_env()
        model = ensure_model()
        with RasaServer(model, port=port):
            log.info("Rasa is up on port %d; the bot switches over by itself", port)
            stop.wait()
    except Exception as error:
        log.warning("Rasa could not start (%s); the fallback classifier answers", error)


async def ensure_resident_menu(base_url: str, token: str) -> str:
    """The residents' rich menu as every user's default: the one already there (found by
    name) or a new one. Returns its id."""
    from bot.line_api import LineApi
    from bot.richmenu import RESIDENT_MENU, deploy_default

    line = LineApi(base_url, token)
    try:
        found = await line.rich_menu_ids(RESIDENT_MENU.name)
        if not found:
            return await deploy_default(line, RESIDENT_MENU)
        await line.set_default_rich_menu(found[0])
        return found[0]
    finally:
        await line.close()


def deploy_menu_once_serving(server: uvicorn.Server, base_url: str, token: str) -> None:
    """Wait until `server` listens (its emulator answers the Messaging API from then on),
    then put the residents' rich menu on it."""
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.1)
    try:
        asyncio.run(ensure_resident_menu(base_url, token))
    except Exception as error:
        log.warning("the residents' rich menu was not deployed (%s)", type(error).__name__)


DEMO_ADMIN_LOGIN = "demo-admin"


def demo_admin(database_url: str) -> str:
    """The demo's admin account, with a fresh password each start (printed once)."""
    import secrets

    from tsunagu.staff_cli import create_account

    password = secrets.token_urlsafe(12)
    asyncio.run(
        create_account(
            database_url,
            DEMO_ADMIN_LOGIN,
            password,
            "admin",
            None,
            "デモ管理者",
            reset_existing=True,
        )
    )
    return password


DEMO_MINSEI = ("田中 民生委員", "北区第1地区")


def demo_minsei_code(database_url: str) -> str:
    """A one-time 民生委員 code for the simulator's 「田中 民生委員」 (printed once)."""
    from cases.db import make_engine, make_session_factory
    from cases.minsei import issue_invite

    async def issue() -> str:
        engine = make_engine(database_url)
        try:
            async with make_session_factory(engine)() as db:
                issued = await issue_invite(db, *DEMO_MINSEI, "system:demo")
                await db.commit()
                return issued.code
        finally:
            await engine.dispose()

    return asyncio.run(issue())


def run_demo(host: str, port: int, with_rasa: bool) -> None:
    import uvicorn

    os.environ.setdefault("TSUNAGU_ENV", "demo")
    os.environ.setdefault("PUBLIC_BASE_URL", f"http://{host}:{port}")
    stop = threading.Event()
    if with_rasa:
        os.environ.setdefault("NLU_URL", f"http://127.0.0.1:{RASA_PORT}")
        threading.Thread(target=_prepare_rasa, args=(RASA_PORT, stop), daemon=True).start()

    from api.app import create_app
    from tsunagu.container import effective_line_settings, uses_emulator
    from tsunagu.settings import get_settings

    get_settings.cache_clear()
    app = create_app()
    admin_password = demo_admin(get_settings().DATABASE_URL)
    minsei_code = demo_minsei_code(get_settings().DATABASE_URL)
    banner = (
        "\n  tsunagu デモ / demo\n"
        f"  シミュレーター / simulator:  http://{host}:{port}/simulator\n"
        f"  ヘルスチェック / health:     http://{host}:{port}/health\n"
        "  ターミナルで話す / terminal: uv run tsunagu chat\n"
        f"  職員コンソール / console:   http://{host}:{port}/console\n"
        f"    ログイン / login: {DEMO_ADMIN_LOGIN}  パスワード / password: {admin_password}\n"
        f"  民生委員の登録 / 民生委員 code: 「民生委員登録 {minsei_code}」\n"
    )
    print(banner, flush=True)
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="info", proxy_headers=False)
    )
    if uses_emulator(get_settings()):
        _, token, line_api_url = effective_line_settings(get_settings())
        threading.Thread(
            target=deploy_menu_once_serving, args=(server, line_api_url, token), daemon=True
        ).start()
    try:
        server.run()
    finally:
        stop.set()

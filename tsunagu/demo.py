"""`tsunagu demo`: the server with the LINE emulator and simulator, SQLite and in-process
queues, the residents' rich menu on the emulator, and Rasa prepared in the background (the
bot uses the fallback classifier until Rasa answers, then switches over by itself).

The terminal shows the banner once the server listens, then only what a person running the
demo needs: warnings, and a line when Rasa is ready. Everything else is in var/log/."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from types import FrameType
from typing import TYPE_CHECKING

from tsunagu.settings import VAR_DIR

if TYPE_CHECKING:
    import uvicorn

    from nlu.classifier_loader import ClassifierLoader
    from nlu.fallback import FallbackClassifier

log = logging.getLogger(__name__)

RASA_PORT = 5005
DEMO_LOG = VAR_DIR / "log" / "demo.log"


def rasa_demo_port() -> int:
    """5005, Rasa's usual port, unless something else listens there."""
    import socket

    from nlu.server import free_port

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", RASA_PORT))
        except OSError:
            return free_port()
    return RASA_PORT


def say(line: str) -> None:
    print(line, flush=True)


def _prepare_rasa(port: int, stop: threading.Event) -> None:
    """Build .venv-rasa, train if the data changed, and run the Rasa server; say on the
    terminal when it answers (or why it will not)."""
    try:
        from nlu.server import RasaServer, ensure_env, ensure_model
        from nlu.warmup import record_duration, steps_to_ready
    except ImportError:
        say("  Rasa: not installed here; the built-in classifier answers")
        return
    try:
        started = time.monotonic()
        steps = steps_to_ready()
        if "environment" in steps:
            ensure_env()
            record_duration("environment", time.monotonic() - started)
        if "model" in steps:
            training = time.monotonic()
            ensure_model()
            record_duration("model", time.monotonic() - training)
        starting = time.monotonic()
        with RasaServer(ensure_model(), port=port):
            record_duration("server", time.monotonic() - starting)
            say(
                f"  Rasa: ready after {time.monotonic() - started:.0f} s on port {port}; "
                "the bot uses it from now on"
            )
            stop.wait()
    except Exception as error:
        log.info("Rasa could not start", exc_info=True)
        if stop.wait(timeout=2.0):
            return  # the demo is stopping (Ctrl+C reaches Rasa too): nothing to report
        say(f"  Rasa: could not start ({error}); the built-in classifier keeps answering")


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


def start_fallback_build() -> subprocess.Popen[bytes]:
    DEMO_LOG.parent.mkdir(parents=True, exist_ok=True)
    with DEMO_LOG.open("ab") as log_file:
        return subprocess.Popen(
            [sys.executable, "-m", "nlu.build_fallback"],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )


def classifier_built_beside() -> ClassifierLoader:
    """The fallback classifier, built (on a fresh clone) in a process of its own once the
    server listens, then loaded: the start competes with no training, and training holds
    no lock the server needs."""
    from nlu.classifier_loader import ClassifierLoader, load_installed_classifier

    def load() -> FallbackClassifier:
        started = time.monotonic()
        if start_fallback_build().wait() != 0:
            log.warning("the fallback classifier was not prepared (see %s); training it", DEMO_LOG)
        classifier = load_installed_classifier()
        say(f"  built-in classifier: ready after {time.monotonic() - started:.0f} s")
        return classifier

    return ClassifierLoader(load)


def chat_command(host: str, port: int) -> str:
    """How to talk to this demo from another terminal (make knows where uv is)."""
    address = "" if (host, port) == ("127.0.0.1", 8000) else f" PORT={port}"
    if host != "127.0.0.1":
        address += f" HOST={host}"
    return f"make chat{address}"


def banner(host: str, port: int, admin_password: str, minsei_code: str, rasa: str) -> str:
    return (
        "\n  tsunagu デモ / demo\n"
        f"  シミュレーター / simulator:  http://{host}:{port}/simulator\n"
        f"  ヘルスチェック / health:     http://{host}:{port}/health\n"
        f"  ターミナルで話す / terminal: {chat_command(host, port)}\n"
        f"  職員コンソール / console:   http://{host}:{port}/console\n"
        f"    ログイン / login: {DEMO_ADMIN_LOGIN}  パスワード / password: {admin_password}\n"
        f"  民生委員の登録 / 民生委員 code: 「民生委員登録 {minsei_code}」\n"
        "  内蔵の分類器 / built-in classifier: loading (free text waits for it; "
        "a crisis does not)\n"
        f"  Rasa: {rasa}\n"
        f"  ログ / logs: {DEMO_LOG.parent}/  (Ctrl+C で終了 / to stop)\n"
    )


def rasa_status(with_rasa: bool, nlu_url: str | None) -> str:
    if not with_rasa:
        return "off (--no-rasa); the built-in classifier answers"
    if nlu_url:
        return f"the server at {nlu_url} (NLU_URL)"
    from nlu.warmup import steps_to_ready, warmup_summary

    return (
        f"warming up in the background: {warmup_summary(steps_to_ready())}; "
        "the built-in classifier answers until then"
    )


def announce_once_serving(
    server: uvicorn.Server, text: str, then: threading.Thread | None = None
) -> None:
    """Print `text` once `server` listens, so the URL it shows already answers; then start
    `then` (Rasa's warm-up, which would otherwise slow the server's own start)."""
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.1)
    say(text)
    if then is not None:
        then.start()


def run_demo(host: str, port: int, with_rasa: bool) -> None:
    import uvicorn

    from tsunagu.logs import configure_logging, divert_to_file

    os.environ.setdefault("TSUNAGU_ENV", "demo")
    os.environ.setdefault("PUBLIC_BASE_URL", f"http://{host}:{port}")
    say(f"  starting the demo on http://{host}:{port} …")
    from api.app import create_app
    from tsunagu.container import build_services, effective_line_settings, uses_emulator
    from tsunagu.http_server import server_config
    from tsunagu.settings import get_settings

    given_nlu_url = os.environ.get("NLU_URL")
    rasa = rasa_status(with_rasa, given_nlu_url)
    stop = threading.Event()
    rasa_port = rasa_demo_port()
    if with_rasa and not given_nlu_url:
        os.environ["NLU_URL"] = f"http://127.0.0.1:{rasa_port}"
    get_settings.cache_clear()
    configure_logging(get_settings().TSUNAGU_LOG_LEVEL)
    divert_to_file(DEMO_LOG)
    rasa_thread = threading.Thread(target=_prepare_rasa, args=(rasa_port, stop), daemon=True)
    settings = get_settings()
    app = create_app(settings, build_services(settings, classifier=classifier_built_beside()))
    admin_password = demo_admin(get_settings().DATABASE_URL)
    minsei_code = demo_minsei_code(get_settings().DATABASE_URL)
    server = uvicorn.Server(server_config(app, host, port, log_config=None, proxy_headers=False))
    threading.Thread(
        target=announce_once_serving,
        args=(
            server,
            banner(host, port, admin_password, minsei_code, rasa),
            rasa_thread if with_rasa and not given_nlu_url else None,
        ),
        daemon=True,
    ).start()
    if uses_emulator(get_settings()):
        _, token, line_api_url = effective_line_settings(get_settings())
        threading.Thread(
            target=deploy_menu_once_serving, args=(server, line_api_url, token), daemon=True
        ).start()
    # uvicorn stops on SIGTERM as on Ctrl+C, then raises the signal again: with Python's
    # default handler that ends the process at once, skipping the `finally` that stops
    # Rasa (a terminal closed, `timeout`, `kill` left it running on its port). Either
    # signal ends the demo through the `finally`, and as a success (make says no error).
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    signal.signal(signal.SIGINT, _exit_on_terminate)
    try:
        server.run()
    finally:
        stop.set()
        if rasa_thread.is_alive():
            rasa_thread.join(timeout=30)
        say("  デモを終了しました / demo stopped")


def _exit_on_terminate(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)

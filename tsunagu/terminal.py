"""`tsunagu chat`: talk to the bot in a terminal through the real webhook. Without `--url`
a demo server (SQLite, LINE emulator) is started in this process for the chat."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_local_server() -> str:
    import uvicorn

    from api.app import create_app
    from tsunagu.http_server import server_config
    from tsunagu.settings import Settings

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    database = os.path.join(tempfile.mkdtemp(prefix="tsunagu-chat-"), "chat.db")
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        TSUNAGU_ENV="demo",
        PUBLIC_BASE_URL=base,
        DATABASE_URL=f"sqlite+aiosqlite:///{database}",
        TSUNAGU_LOG_LEVEL="ERROR",
    )
    server = uvicorn.Server(
        server_config(
            create_app(settings), "127.0.0.1", port, log_level="error", proxy_headers=False
        )
    )
    threading.Thread(target=server.run, daemon=True).start()
    for _ in range(200):
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code < 600:
                return base
        except httpx.HTTPError:
            time.sleep(0.05)
    raise SystemExit("the local server did not start")


def run_terminal_chat(url: str | None, user_id: str | None) -> None:
    from tsunagu.chat import run_chat
    from tsunagu.container import effective_line_settings
    from tsunagu.settings import get_settings

    base = url or _start_local_server()
    settings = get_settings()
    if url is None:
        settings = settings.model_copy(update={"TSUNAGU_ENV": "demo"})
    secret, _, _ = effective_line_settings(settings)
    run_chat(base, secret, user_id)

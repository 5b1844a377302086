"""The demo's rich menu: `tsunagu demo` puts the residents' menu on its emulator once it
listens, deploying again finds it by name instead of making a second one, and the
emulator shows the simulator which menu a user sees and its image."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from bot.richmenu import RESIDENT_MENU, menu_image
from tests.harness import ACCESS_TOKEN, free_port, running_stack
from tests.timing import budget
from tsunagu.demo import ensure_resident_menu

NEW_USER = "U" + "a" * 32


def resident_menus(snapshot: dict[str, Any]) -> list[str]:
    return [m["richMenuId"] for m in snapshot["richmenus"] if m["name"] == RESIDENT_MENU.name]


async def test_deploying_twice_keeps_one_default_menu_and_shows_it(sqlite_url: str) -> None:
    async with running_stack(sqlite_url) as stack:
        line_api = f"{stack.base_url}/emulator"
        first = await ensure_resident_menu(line_api, ACCESS_TOKEN)
        again = await ensure_resident_menu(line_api, ACCESS_TOKEN)
        snapshot = (await stack.http.get("/emulator/_richmenus")).json()
        shown = await stack.http.get("/emulator/_richmenus/shown", params={"user_id": NEW_USER})
        image = await stack.http.get(f"/emulator/_richmenus/{first}/image")
        missing = await stack.http.get("/emulator/_richmenus/richmenu-0/image")

    assert again == first
    assert resident_menus(snapshot) == [first] and snapshot["default"] == first
    menu = shown.json()["richMenu"]
    assert menu["richMenuId"] == first and menu["chatBarText"] == RESIDENT_MENU.chat_bar_text
    labels = [a["action"]["label"] for a in menu["areas"]]
    assert labels[:3] == ["相談する", "相談窓口を探す", "緊急のとき"]
    assert image.headers["content-type"] == "image/png"
    assert image.content == menu_image(RESIDENT_MENU)
    assert missing.status_code == 404


async def test_a_user_without_any_menu_is_shown_none(sqlite_url: str) -> None:
    async with running_stack(sqlite_url) as stack:
        shown = await stack.http.get("/emulator/_richmenus/shown", params={"user_id": NEW_USER})
    assert shown.json() == {"richMenu": None}


def test_the_demo_deploys_the_residents_menu_when_it_starts(tmp_path: Path) -> None:
    port = free_port()
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/demo.db",
        "TSUNAGU_LOG_LEVEL": "WARNING",
    }
    output = tmp_path / "demo.out"
    with output.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "tsunagu", "demo", "--no-rasa", "--port", str(port)],
            env=env,
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        snapshot: dict[str, Any] = {}
        deadline = time.monotonic() + budget(60)
        while time.monotonic() < deadline and not snapshot.get("default"):
            with contextlib.suppress(httpx.HTTPError):
                snapshot = httpx.get(f"http://127.0.0.1:{port}/emulator/_richmenus").json()
            time.sleep(0.2)
        assert snapshot.get("default"), output.read_text(errors="replace")[-2000:]
        assert resident_menus(snapshot) == [snapshot["default"]]
    finally:
        process.terminate()
        process.wait(timeout=budget(15))

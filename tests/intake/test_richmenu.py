"""`tsunagu richmenu deploy` against the LINE emulator (every request checked against
messaging-api.yml), and what the residents' menu buttons do."""

from __future__ import annotations

import asyncio

import pytest
from typer.testing import CliRunner

from bot.richmenu import RESIDENT_MENU, menu_body
from tests.harness import ACCESS_TOKEN, Stack
from tests.intake.conversation import Resident, start

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def deploy_with_cli(stack: Stack) -> str:
    from tsunagu.cli import app
    from tsunagu.settings import get_settings

    env = {
        "TSUNAGU_ENV": "test",
        "LINE_API_BASE_URL": f"{stack.base_url}/emulator",
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_CHANNEL_SECRET": "x",
        "DATABASE_URL": stack.settings.DATABASE_URL,
    }
    get_settings.cache_clear()
    try:
        result = await asyncio.to_thread(CliRunner().invoke, app, ["richmenu", "deploy"], env=env)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    return result.output


async def test_deploy_creates_uploads_and_sets_default_with_valid_requests(stack: Stack) -> None:
    since = stack.emulator.last_seq()
    output = await deploy_with_cli(stack)
    menus = stack.emulator.richmenus.snapshot()
    [menu] = [m for m in menus["richmenus"] if m["richMenuId"] == menus["default"]]
    assert menus["default"] in output
    assert menu["name"] == "tsunagu-resident" and menu["chatBarText"] == "メニュー"
    assert menu["image"]["contentType"] == "image/png" and menu["image"]["bytes"] > 10_000
    calls = [r for r in stack.emulator.requests_since(since) if r["operation"]]
    operations = [r["operation"] for r in calls]
    assert operations[-3:] == ["createRichMenu", "setRichMenuImage", "setDefaultRichMenu"]
    assert all(r["valid"] and r["status"] == 200 for r in calls), calls

    # Deploying again replaces the menu: one menu of that name, the new one the default.
    await deploy_with_cli(stack)
    again = stack.emulator.richmenus.snapshot()
    named = [m for m in again["richmenus"] if m["name"] == "tsunagu-resident"]
    assert len(named) == 1 and named[0]["richMenuId"] == again["default"] != menus["default"]


async def tap_menu(resident: Resident, label: str) -> None:
    [area] = [a for a in menu_body(RESIDENT_MENU)["areas"] if a["action"]["displayText"] == label]
    await resident.send(resident.stack.events.postback(resident.user, area["action"]["data"]))


async def test_menu_buttons_lead_where_they_say(resident: Resident) -> None:
    await resident.follow()
    await tap_menu(resident, "相談する")
    assert resident.asked("どんなことでお困りですか")
    await resident.tap("ボタンで選ぶ")
    await tap_menu(resident, "緊急のとき")
    assert resident.asked("緊急のときの連絡先") and resident.asked("あてはまるものを")
    await resident.say("中断")
    await tap_menu(resident, "続きから")
    assert resident.asked("あてはまるものを")
    await tap_menu(resident, "相談窓口を探す")
    assert resident.asked("どんなことの相談先を探しますか")
    await tap_menu(resident, "担当者と話したい")
    assert resident.asked("担当者におつなぎします")


async def test_continue_without_a_draft_starts_a_consultation(resident: Resident) -> None:
    await start(resident)
    await tap_menu(resident, "続きから")
    assert resident.asked("どんなことでお困りですか")

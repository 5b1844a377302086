"""Registering as a 民生委員 through the webhook with a one-time code: a valid code, one
already used, one revoked, a wrong one — each with its own kind answer — and the rich
menu that follows the registration (linked, then unlinked when staff revoke)."""

from __future__ import annotations

import asyncio

from bot.richmenu import drawn_as
from bot.visit.helper_menu import HELPER_MENU_SPEC
from tests.harness import Stack, linked_menu
from tests.visit.conftest import issue, revoke

TARO = "U" + "1" * 32
HANAKO = "U" + "2" * 32


async def register(stack: Stack, user: str, text: str) -> str:
    await stack.say(user, text)
    (answer,) = await stack.replies(user)
    return str(answer["text"])


async def test_a_valid_code_registers_and_changes_the_menu(stack: Stack) -> None:
    _, code = await issue(stack, "民生 太郎", "北区第3地区")
    wide = code.translate(
        str.maketrans(
            "ABCDEFGHJKMNPQRSTUVWXYZ23456789-",
            # 「ー」: the long vowel mark a Japanese keyboard gives for 「-」 (the seventeenth
            # tester's: refused, and counted toward the lock).
            "ＡＢＣＤＥＦＧＨＪＫＭＮＰＱＲＳＴＵＶＷＸＹＺ２３４５６７８９ー",
        )
    )
    said = await register(stack, TARO, f"民生委員登録　{wide}")
    assert "民生 太郎さん、民生委員として登録しました（担当地区：北区第3地区）" in said
    menu_id = await linked_menu(stack, TARO, linked=True)
    assert stack.emulator.richmenus.describe(str(menu_id))["name"] == drawn_as(HELPER_MENU_SPEC)

    again = await register(stack, TARO, f"民生委員登録 {code}")
    assert "すでに民生委員として登録されています" in again


async def test_a_used_code_is_refused_to_someone_else(stack: Stack) -> None:
    _, code = await issue(stack)
    await register(stack, TARO, f"民生委員登録 {code}")
    said = await register(stack, HANAKO, f"民生委員登録 {code}")
    assert "このコードはすでに使われています" in said
    await asyncio.sleep(0.3)
    assert HANAKO not in stack.emulator.richmenus.user_links
    await stack.tap(HANAKO, "a=visit&v=start")
    (answer,) = await stack.replies(HANAKO)
    assert "登録された民生委員の方がお使いいただけます" in answer["text"]


async def test_a_revoked_code_and_a_wrong_code_each_say_why(stack: Stack) -> None:
    invite_id, code = await issue(stack)
    await revoke(stack, invite_id)
    assert "このコードは取り消されています" in await register(stack, TARO, f"民生委員登録 {code}")
    assert "コードが見つかりませんでした" in await register(stack, TARO, "民生委員登録 ZZZZ-9999")
    assert "コードを続けて送ってください" in await register(stack, TARO, "民生委員登録")


async def test_revoking_a_registered_helper_ends_visit_mode_and_the_menu(stack: Stack) -> None:
    invite_id, code = await issue(stack)
    await register(stack, TARO, f"民生委員登録 {code}")
    await linked_menu(stack, TARO, linked=True)

    assert await revoke(stack, invite_id)
    await linked_menu(stack, TARO, linked=False)
    await stack.tap(TARO, "a=visit&v=start")
    (answer,) = await stack.replies(TARO)
    assert "登録された民生委員の方がお使いいただけます" in answer["text"]


async def test_codes_tried_one_after_another_are_stopped_for_an_hour(stack: Stack) -> None:
    """The fourteenth tester's: fifteen wrong codes in a row were all checked. After five
    refused within an hour no code is tried, not even a right one, and the answer says
    to wait or ask the city."""
    _, code = await issue(stack)
    for guess in ("ZZZZ-9991", "ZZZZ-9992", "ZZZZ-9993", "ZZZZ-9994", "ZZZZ-9995"):
        assert "コードが見つかりませんでした" in await register(
            stack, TARO, f"民生委員登録 {guess}"
        )
    said = await register(stack, TARO, f"民生委員登録 {code}")
    assert "1時間ほどたってから" in said and "登録しました" not in said
    assert "登録しました" in await register(stack, HANAKO, f"民生委員登録 {code}")

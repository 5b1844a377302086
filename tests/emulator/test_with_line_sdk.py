"""line-bot-sdk v3, pointed at the emulator by `Configuration(host=...)`, works as it
would against LINE: messages, profile, loading animation and the rich menu life cycle."""

from __future__ import annotations

import io
import uuid
from collections.abc import AsyncIterator

import pytest
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    AsyncMessagingApiBlob,
    Configuration,
    RichMenuArea,
    RichMenuBounds,
    RichMenuRequest,
    RichMenuSize,
)
from linebot.v3.messaging.models import PostbackAction
from PIL import Image

from api.emulator import LineEmulator
from bot.line_api import LineApi, ReplyTokenRejected
from tests.emulator.conftest import TOKEN, USER


@pytest.fixture
async def sdk(served: str) -> AsyncIterator[tuple[AsyncMessagingApi, AsyncMessagingApiBlob]]:
    client = AsyncApiClient(Configuration(host=served, access_token=TOKEN))
    yield AsyncMessagingApi(client), AsyncMessagingApiBlob(client)
    await client.close()


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (6, 199, 85)).save(buffer, "PNG")
    return buffer.getvalue()


def menu_request() -> RichMenuRequest:
    return RichMenuRequest(
        size=RichMenuSize(width=2500, height=843),
        selected=True,
        name="つなぐメニュー",
        chatBarText="メニュー",
        areas=[
            RichMenuArea(
                bounds=RichMenuBounds(x=0, y=0, width=1250, height=843),
                action=PostbackAction(label="相談する", data="menu=consult"),
            ),
            RichMenuArea(
                bounds=RichMenuBounds(x=1250, y=0, width=1250, height=843),
                action=PostbackAction(label="担当者", data="menu=staff"),
            ),
        ],
    )


async def test_the_bots_client_replies_pushes_and_sees_a_used_token(
    served: str, emulator: LineEmulator
) -> None:
    line = LineApi(served, TOKEN)
    try:
        token = emulator.issue_reply_token(USER)
        await line.reply(token, [{"type": "text", "text": "ようこそ"}])
        with pytest.raises(ReplyTokenRejected):
            await line.reply(token, [{"type": "text", "text": "二度目"}])
        key = str(uuid.uuid4())
        await line.push(USER, [{"type": "text", "text": "お知らせ"}], key)
        await line.push(USER, [{"type": "text", "text": "お知らせ"}], key)  # 409: taken already
        await line.show_loading(USER, 10)
    finally:
        await line.close()
    assert [m["message"]["text"] for m in emulator.messages_for(USER)] == ["ようこそ", "お知らせ"]
    assert [(r["operation"], r["status"]) for r in emulator.requests] == [
        ("replyMessage", 200),
        ("replyMessage", 400),
        ("pushMessage", 200),
        ("pushMessage", 409),
        ("showLoadingAnimation", 202),
    ]
    assert all(r["valid"] for r in emulator.requests)


async def test_rich_menu_life_cycle_through_the_sdk(
    sdk: tuple[AsyncMessagingApi, AsyncMessagingApiBlob], emulator: LineEmulator
) -> None:
    api, blob = sdk
    await api.validate_rich_menu_object(menu_request())
    menu_id = (await api.create_rich_menu(menu_request())).rich_menu_id
    with pytest.raises(ApiException) as no_image:
        await api.set_default_rich_menu(menu_id)
    assert no_image.value.status == 400
    await blob.set_rich_menu_image(menu_id, png(2500, 843), _headers={"Content-Type": "image/png"})
    await api.set_default_rich_menu(menu_id)
    assert (await api.get_default_rich_menu_id()).rich_menu_id == menu_id
    await api.link_rich_menu_id_to_user(USER, menu_id)
    assert (await api.get_rich_menu_id_of_user(USER)).rich_menu_id == menu_id
    listed = await api.get_rich_menu_list()
    assert [m.rich_menu_id for m in listed.richmenus] == [menu_id]
    snapshot = emulator.richmenus.snapshot()
    assert snapshot["default"] == menu_id and snapshot["links"] == {USER: menu_id}
    assert snapshot["richmenus"][0]["image"]["contentType"] == "image/png"
    await api.unlink_rich_menu_id_from_user(USER)
    await api.delete_rich_menu(menu_id)
    assert emulator.richmenus.snapshot() == {"richmenus": [], "default": None, "links": {}}
    assert all(r["valid"] for r in emulator.requests)


async def test_a_rich_menu_too_narrow_for_its_height_is_refused(
    sdk: tuple[AsyncMessagingApi, AsyncMessagingApiBlob],
) -> None:
    api, _ = sdk
    request = menu_request()
    request.size = RichMenuSize(width=800, height=800)
    with pytest.raises(ApiException) as refused:
        await api.create_rich_menu(request)
    assert refused.value.status == 400
    assert "1.45" in str(refused.value.body)


async def test_a_rich_menu_image_must_be_png_or_jpeg(
    sdk: tuple[AsyncMessagingApi, AsyncMessagingApiBlob],
) -> None:
    api, blob = sdk
    menu_id = (await api.create_rich_menu(menu_request())).rich_menu_id
    with pytest.raises(ApiException) as refused:
        await blob.set_rich_menu_image(menu_id, b"GIF89a", _headers={"Content-Type": "image/gif"})
    assert refused.value.status == 415

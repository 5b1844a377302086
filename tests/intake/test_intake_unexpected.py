"""The sheet when things go sideways: answers we cannot read, stickers and photos, a
crisis in the middle, and a server restart — through the real webhook."""

from __future__ import annotations

import pytest

from tests.harness import running_stack
from tests.intake.conversation import Resident, start

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def to_gender(resident: Resident) -> None:
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("介護")
    await resident.tap("これで決定")
    await resident.tap("自分のこと")
    await resident.say("山田 花子")
    await resident.tap("答えたくない")  # ふりがな
    assert resident.asked("性別を教えてください")


async def test_wrong_dates_phones_and_postal_codes_are_asked_again_kindly(
    resident: Resident,
) -> None:
    await to_gender(resident)
    await resident.tap("女性")
    await resident.say("昭和70年1月1日")
    assert resident.asked("日付が読み取れませんでした")
    assert resident.asked("うまれた ひ")  # the やさしい日本語 wording when asked again
    await resident.say("2月30日")
    assert resident.asked("担当者と直接話すこともできます")  # two tries: skip or a person
    assert {"答えたくない", "担当者と話したい"} <= set(resident.buttons())
    await resident.say("昭和30年5月3日")
    assert resident.asked("郵便番号")

    await resident.say("12-34")
    assert resident.asked("郵便番号が読み取れませんでした")
    await resident.say("000-0000")
    assert resident.asked("その郵便番号が見つかりませんでした")
    await resident.say("７００００１４")
    assert resident.asked("ですね。続きの番地")

    await resident.tap("答えたくない")
    await resident.say("12345")
    assert resident.asked("電話番号が読み取れませんでした")
    await resident.say("090ｘｘｘｘｘｘｘｘ")
    assert resident.asked("電話番号が読み取れませんでした")
    await resident.say("０８６（２３４）５６７８")
    assert resident.asked("何人")
    person = (await resident.sheet()).data["person"]
    assert person["birth_date"] == "1955-05-03" and person["postal_code"] == "700-0014"
    assert person["phone_home"] == "+81862345678"


async def test_an_address_written_instead_of_the_postal_code_is_kept(
    resident: Resident,
) -> None:
    await to_gender(resident)
    await resident.tap("女性")
    await resident.say("75歳")
    await resident.say("岡山市南区福田1-2-3")
    assert resident.asked("電話番号")  # neither the address nor the 区 asked again
    person = (await resident.sheet()).data["person"]
    assert (person["address"], person["ward"], person["postal_code"]) == (
        "岡山市南区福田1-2-3",
        "南区",
        None,
    )


async def test_stickers_photos_and_odd_answers_get_a_friendly_reask(resident: Resident) -> None:
    await to_gender(resident)
    await resident.send(resident.stack.events.sticker(resident.user))
    assert resident.asked("スタンプありがとうございます") and resident.asked("性別")
    assert {"男性", "女性"} <= set(resident.buttons())
    letter = b"\xff\xd8\xff\xe0" + bytes(64)  # a photo of a letter from the city, say
    await resident.send(resident.stack.events.image(resident.user, photo=letter))
    assert resident.asked("写真を受け取りました") and resident.asked("性別")
    assert {"男性", "女性"} <= set(resident.buttons())  # a photo kept is no miss
    await resident.send(resident.stack.events.sticker(resident.user))
    assert {"この質問をとばす", "担当者と話したい"} <= set(resident.buttons())
    await resident.tap("この質問をとばす")
    assert resident.asked("生年月日")
    await resident.send(resident.stack.events.location(resident.user))
    assert resident.asked("位置情報ありがとうございます") and resident.asked("生年月日")
    await resident.tap("答えたくない")
    await resident.tap("わからない")  # 〒
    await resident.say("😀😀")
    assert resident.asked("ことばで答えていただけますか")
    assert resident.asked("すんで いる ところ")  # asked again in やさしい日本語
    await resident.say("あ" * 300)
    assert resident.asked("少し長いので")
    await resident.say("岡山市北区大供1-1-1")
    assert resident.asked("電話番号") and not resident.asked("区を選んで")  # the 区 is written
    data = (await resident.sheet()).data
    assert "gender" in data["skipped"] and data["person"]["address"] == "岡山市北区大供1-1-1"
    assert data["person"]["ward"] == "北区"


async def test_a_crisis_mid_sheet_is_answered_first_then_the_sheet_resumes(
    resident: Resident,
) -> None:
    await to_gender(resident)
    await resident.tap("男性")
    await resident.say("もう死にたいです")
    said = resident.said()
    assert said.index("いのちの電話") < said.index("生年月日を教えてください")
    assert resident.asked("あなたの命はとても大切です")
    await resident.say("1955/5/3")
    assert resident.asked("郵便番号")
    data = (await resident.sheet()).data
    assert data["crisis_flags"] == ["suicide"] and data["person"]["birth_date"] == "1955-05-03"


async def test_the_sheet_survives_a_server_restart(
    postgres_database: str, redis_url_module: str
) -> None:
    async with running_stack(postgres_database, redis_url_module) as first:
        resident = Resident(first, "U" + "7" * 32)
        await to_gender(resident)
        await resident.tap("女性")
    async with running_stack(postgres_database, redis_url_module) as second:
        resident.stack, resident.seen = second, 0
        await resident.say("S30.5.3")
        assert resident.asked("郵便番号")
        data = (await resident.sheet()).data
        assert data["person"]["gender"] == "female"
        assert data["person"]["birth_date"] == "1955-05-03"

"""A resident who writes their trouble straight away, without pressing 「相談する」: the
message is their story, the sheet opens with it, and the troubles it names are offered to
confirm — through the real webhook, with the fallback classifier reading the words."""

from __future__ import annotations

import pytest

from tests.intake.conversation import Resident

pytestmark = pytest.mark.asyncio(loop_scope="module")

STORY = "おかあちゃんの介護でしんどいんよ。仕事も辞めてしもうて、お金もないし"


async def test_a_trouble_written_at_the_menu_opens_the_sheet_as_its_story(
    resident: Resident,
) -> None:
    await resident.follow()
    await resident.say(STORY)
    assert resident.asked("ご相談として受け取りました")
    assert not resident.asked("うまく読み取れませんでした")
    assert not resident.asked("どんなことでお困りですか")  # not asked to tell it again
    assert resident.asked("一番お困りなのはどれですか")
    assert {"介護", "収入・仕事"} <= set(resident.buttons())

    await resident.tap("介護")
    sheet = (await resident.sheet()).data
    assert sheet["story"] == STORY
    assert sheet["troubles"]["primary"] == "care"


async def test_back_from_the_first_question_returns_to_the_story(resident: Resident) -> None:
    await resident.follow()
    await resident.say(STORY)
    await resident.say("戻る")
    assert resident.asked("どんなことでお困りですか")


async def test_a_greeting_at_the_menu_is_answered_and_opens_nothing(resident: Resident) -> None:
    await resident.follow()
    await resident.say("こんにちは")
    assert resident.asked("こんにちは")
    assert "相談する" in resident.buttons()
    assert await resident.sheets() == []


async def test_a_sheet_left_unfinished_is_offered_before_a_new_one(resident: Resident) -> None:
    await resident.follow()
    await resident.tap("相談する")
    await resident.tap("ボタンで選ぶ")
    await resident.tap("住まい")
    await resident.tap("これで決定")
    await resident.say("中断")
    await resident.say("家賃が払えなくて困っています")
    assert resident.asked("続き")
    sheets = await resident.sheets()
    assert len(sheets) == 1 and sheets[0].data["troubles"]["categories"] == ["housing"]


async def test_a_trouble_typed_after_the_story_joins_it(resident: Resident) -> None:
    """「ほかにもお困りのことはありますか？」 answered in words — or a story sent in two
    bubbles — adds what it names, and the words go on the story; nothing is refused."""
    await resident.follow()
    await resident.say("母の介護で困っています")
    assert resident.asked("ほかにもお困りのことはありますか")
    await resident.say("あと借金もあります")
    assert not resident.asked("うまく読み取れませんでした")
    assert resident.asked("一番お困りなのはどれですか")
    assert {"介護", "支出・借金・滞納"} <= set(resident.buttons())

    await resident.tap("介護")
    sheet = (await resident.sheet()).data
    assert sheet["story"] == "母の介護で困っています\nあと借金もあります"
    assert {"care", "debt"} <= set(sheet["troubles"]["categories"])
    assert sheet["troubles"]["primary"] == "care"


async def test_words_naming_no_new_trouble_are_asked_about_again(resident: Resident) -> None:
    await resident.follow()
    await resident.say("母の介護で困っています")
    await resident.say("まあそんな感じです")
    assert resident.asked("うまく読み取れませんでした")
    assert resident.asked("ほかにもお困りのことはありますか")


async def test_the_main_trouble_said_in_words_is_taken(resident: Resident) -> None:
    """The twelfth tester's: 「…がいちばんこまっとる」 at 「一番お困りなのはどれですか」
    was not read; the trouble the words make main is taken when it was offered."""
    await resident.follow()
    await resident.say(STORY)
    assert resident.asked("一番お困りなのはどれですか")
    await resident.say("給料がのうなったのがいちばんこまっとる")
    assert not resident.asked("うまく読み取れませんでした")
    assert (await resident.sheet()).data["troubles"]["primary"] == "income"

"""Residents' own words through the real webhook, on SQLite and on PostgreSQL: the words
people use to stop (やめます, あとにする…) keep the sheet and a tap on 「続ける」 comes back
to the same question; a son naming his brother 「私の弟」 is asked to confirm him as his
mother's son; one answer about a household member is changed and the rest kept."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
import pytest_asyncio
from sqlalchemy import select

from cases.models import StaffAlert
from tests.harness import Stack, running_stack
from tests.intake.conversation import SON_FOR_MOTHER, Resident, answer_as_written, start

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=["sqlite", "postgresql"])
async def stack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('words')}/tsunagu.db"
        redis = None
    else:
        url = request.getfixturevalue("postgres_database")
        redis = request.getfixturevalue("redis_url_module")
    async with running_stack(url, redis, TSUNAGU_USER_RATE_LIMIT=1000) as running:
        yield running


@pytest.fixture
def resident(stack: Stack) -> Resident:
    return Resident(stack, "U" + uuid.uuid4().hex)


@pytest.mark.parametrize("word", ["やめます", "あとにする", "またにします。", "もういいです"])
async def test_a_word_to_stop_pauses_and_continue_comes_back_to_the_same_question(
    resident: Resident, word: str
) -> None:
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="ご本人の生年月日")
    # the calendar opens at the year the story's 「80歳の母」 was born, not 70 years back
    initial = resident.action("カレンダーで選ぶ")["initial"]
    assert initial == f"{datetime.now(UTC).year - 80}-01-01"
    await resident.say(word)
    assert resident.asked("ここまでの内容は保存しました")
    assert not resident.asked("読み取れませんでした")
    await resident.tap("続ける")
    assert resident.asked("ご本人の生年月日") and not resident.asked("最初から")
    await resident.say("たしか80歳です")
    assert resident.asked("郵便番号")
    assert (await resident.sheet()).data["person"]["age"] == 80


async def test_words_at_the_menu_are_read_as_people_mean_them(resident: Resident) -> None:
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="どなたのことですか")
    await resident.say("また今度")
    await resident.say("ありがとうございます。よろしくお願いします。")
    assert resident.asked("こちらこそ") and not resident.asked("こんにちは")
    await resident.say("相談する")
    assert resident.asked("続きからにしますか")  # the sheet left, not a 「止めておきます」
    assert not resident.asked("ここで止めておきます")


async def test_a_relation_said_from_the_writers_side_is_confirmed_for_the_person(
    resident: Resident,
) -> None:
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="2人目の方は")
    await resident.say("私の弟")
    assert resident.asked("お母さまから見て、どなたですか")
    assert "息子" in resident.buttons() and "きょうだい" in resident.buttons()
    await resident.tap("息子")
    assert resident.asked("息子のお名前")
    await answer_as_written(resident, SON_FOR_MOTHER, until="ここまでの内容です")
    data = (await resident.sheet()).data
    assert [m["relation"] for m in data["household"]["members"]] == ["本人", "息子", "娘"]
    assert data["household"]["members"][1] == {
        "relation": "息子",
        "name": "高橋 次郎",
        "age": 48,
        "note": "会社員",
    }
    assert data["person"]["name"] == "高橋 花子" and data["person"]["age"] == 80
    assert data["person"]["phone_home"] == data["person"]["phone_mobile"] == "なし"
    assert "phone" not in data.get("skipped", [])  # 「電話はない」 is an answer, not a skip
    assert not resident.asked("80歳（80歳）")


async def test_changing_one_household_answer_keeps_the_others(resident: Resident) -> None:
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="ここまでの内容です")
    assert resident.asked("息子 高橋 次郎 48歳 会社員")
    await resident.tap("いっしょに住む方（2人目）を変更")
    assert resident.asked("息子について、どれを直しますか")
    await resident.tap("年齢")
    assert resident.asked("息子の年齢")
    await resident.say("いや、50歳です")
    assert resident.asked("ここまでの内容です") and resident.asked("息子 高橋 次郎 50歳 会社員")
    members = (await resident.sheet()).data["household"]["members"]
    assert members[1] == {"relation": "息子", "name": "高橋 次郎", "age": 50, "note": "会社員"}
    assert members[2]["name"] == "高橋 三奈" and members[2]["age"] == 45


async def test_plain_words_are_offered_from_the_first_question(resident: Resident) -> None:
    await start(resident)
    await resident.tap("かんたんなことば")
    assert resident.asked("こまっている ことを かいて ください")
    assert "かんたんなことば" not in resident.buttons()
    await resident.say("母の介護のことで相談したいです")
    await answer_as_written(resident, SON_FOR_MOTHER, until="だれの ことの そうだん ですか")
    await resident.say("母です")
    assert (await resident.sheet()).data["consulter"]["relation"] == "family"


@pytest.mark.parametrize(
    "answer",
    [
        "母は携帯を持ってないので、私の携帯 080-2222-3333 にお願いします",
        "こちらに連絡ください。08022223333",
    ],
)
async def test_a_sons_own_number_given_for_his_mother_stays_his(
    resident: Resident, answer: str
) -> None:
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="ご本人に連絡のつく")
    await resident.say(answer)
    assert resident.asked("あなたのお名前")
    await resident.say("高橋 一郎です")
    assert not resident.asked("あなたの連絡先")  # he gave it already
    assert resident.asked("何人ですか")
    data = (await resident.sheet()).data
    assert data["consulter"]["phone"] == "+818022223333"
    person = data["person"]
    assert "+818022223333" not in (person.get("phone_home"), person.get("phone_mobile"))


@pytest.mark.parametrize(
    "words",
    [
        "母の家は086-222-3333、私の携帯は080-9999-8888です",
        "家は086-222-3333、わしの携帯は080-9999-8888じゃ",  # the seventeenth tester's
    ],
)
async def test_the_mothers_number_and_the_sons_own_in_one_answer_go_each_to_its_owner(
    resident: Resident, words: str
) -> None:
    """The sixteenth tester: 「母の家は…、私の携帯は…です」 put the writer's own mobile
    on the mother, and he was asked for his number again."""
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="ご本人に連絡のつく")
    await resident.say(words)
    await resident.say("高橋 一郎です")
    assert not resident.asked("あなたの連絡先")  # he gave it already
    data = (await resident.sheet()).data
    assert data["consulter"]["phone"] == "+818099998888"
    assert data["person"]["phone_home"] == "+81862223333"
    assert data["person"].get("phone_mobile") is None


async def test_the_number_a_son_gave_as_his_is_not_copied_to_his_mother(
    resident: Resident,
) -> None:
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="ここまでの内容です")
    await resident.tap("電話を変更")
    assert resident.asked("ご本人に連絡のつく")
    await resident.say("090-1234-5678")  # the number he gave as his own
    data = (await resident.sheet()).data
    assert data["consulter"]["phone"] == "+819012345678"
    assert data["person"].get("phone_mobile") != "+819012345678"


async def test_the_mothers_own_number_is_hers(resident: Resident) -> None:
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="ご本人に連絡のつく")
    await resident.say("私の母の携帯は080-2222-3333です")
    await answer_as_written(resident, SON_FOR_MOTHER, until="何人ですか")
    data = (await resident.sheet()).data
    assert data["person"]["phone_mobile"] == "+818022223333"
    assert data["consulter"]["phone"] == "+819012345678"


async def test_words_of_death_from_a_son_writing_for_his_mother_speak_of_both_lives(
    resident: Resident,
) -> None:
    """A son who said he writes about his mother types 「もう死にたいって」: his mother's
    words, or his own as a worn-out carer. The answer speaks of both — not of his life
    alone — and staff are told the danger may be another's."""
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="あなたのお名前")
    await resident.say("もう死にたいって")
    assert resident.asked("その方を一人にしないでください")
    assert resident.asked("あなたの命はとても大切です")
    async with resident.stack.services.session_factory() as db:
        alert = await db.scalar(
            select(StaffAlert).where(StaffAlert.kind == "crisis").order_by(StaffAlert.id.desc())
        )
    assert alert is not None and alert.danger_to_another


async def test_a_phone_number_typed_for_the_street_is_not_kept_as_the_address(
    resident: Resident,
) -> None:
    """The eleventh tester's: 「090-1234-5678」 at 「続きの番地」 had been kept as the
    address. It is asked again; a real 番地 is kept."""
    await start(resident)
    await answer_as_written(resident, SON_FOR_MOTHER, until="続きの番地")
    await resident.say("090-1234-5678")
    assert resident.asked("うまく読み取れませんでした") and resident.asked("続きの番地")
    await resident.say("2-5-1 コーポ岡山203")
    address = (await resident.sheet()).data["person"]["address"]
    assert address.endswith("2-5-1 コーポ岡山203") and "090" not in address

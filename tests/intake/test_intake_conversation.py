"""The つなぐシート through the real webhook and the LINE emulator: by buttons, by typing,
anonymous, with corrections from the summary, and handed over to consent."""

from __future__ import annotations

import pytest

from tests.harness import Stack
from tests.intake.conversation import Resident, fill_by_buttons, start

pytestmark = pytest.mark.asyncio(loop_scope="module")

CONSENT = "同意して相談をつなぐ"


async def test_buttons_only_sheet_is_saved_valid_and_handed_over(
    stack: Stack, resident: Resident
) -> None:
    await start(resident)
    await fill_by_buttons(resident)
    card = resident.said()
    assert "◎支出・借金・滞納" in card and "○介護" in card and "○住まい" in card
    assert "昭和30年5月3日" in card and "名前を言わずに相談" in card and "北区" in card
    await resident.tap("この内容で送る")
    turns = resident.turns
    print(f"\nbuttons-only path: {turns} taps from the first question to the consent question")
    assert turns <= 30
    assert resident.asked(CONSENT)

    sheet = await resident.sheet()
    assert sheet.status == "complete"
    data = sheet.data
    assert data["troubles"] == {"categories": ["care", "debt", "housing"], "primary": "debt"}
    assert data["anonymous"] is True
    assert data["person"]["birth_date"] == "1955-05-03" and data["person"]["ward"] == "北区"
    assert data["household"]["size"] == 3
    assert [m["relation"] for m in data["household"]["members"]] == ["本人", "配偶者", "子"]

    await resident.tap(CONSENT)
    assert resident.asked("相談をつなぎました")
    invalid = [r for r in stack.emulator.requests if not r["valid"]]
    assert invalid == [], invalid  # every message (picker, summary card…) fits LINE's spec
    sheet = await resident.sheet()
    assert sheet.status == "sent"
    from sqlalchemy import select

    from cases.models import Case, Consent

    async with stack.services.session_factory() as db:
        case = await db.scalar(select(Case).where(Case.resident_id == sheet.resident_id))
        consent = await db.scalar(select(Consent).where(Consent.resident_id == sheet.resident_id))
    assert case is not None and case.sheet_id == sheet.id and case.primary_category == "debt"
    assert consent is not None and consent.sheet_id == sheet.id


async def test_full_sheet_by_typing_every_answer(resident: Resident) -> None:
    await start(resident)
    await resident.say("母の介護で疲れていて、借金もあって家賃が払えません")
    assert resident.asked("介護のこと") and resident.asked("でお困りなんですね")
    await resident.say("介護")
    await resident.say("自分のこと")
    await resident.say("山田 花子")
    await resident.say("ヤマダ ハナコ")
    await resident.say("女性")
    await resident.say("S30.5.3")
    await resident.say("〒７００ー０９１４")
    assert resident.asked("岡山県岡山市北区鹿田町 ですね")
    await resident.say("１丁目１－１")
    await resident.say("０９０ー１２３４ー５６７８")
    await resident.say("３人")
    await resident.say("母")
    await resident.say("山田 ウメ")
    await resident.say("９２歳")
    await resident.say("認知症があります")
    await resident.say("長男")
    await resident.say("わからない")
    await resident.say("45")
    await resident.say("なし")
    await resident.say("パートの収入だけで、母の年金と合わせて暮らしています")
    await resident.say("ある")
    await resident.say("地域包括支援センター")
    await resident.say("母の介護の相談")
    await resident.say("ない")
    assert resident.asked("ここまでの内容です")
    print(f"\ntyped path: {resident.turns} messages from the first question to the summary")
    assert resident.asked("090-1234-5678") and resident.asked("〒700-0914")

    data = (await resident.sheet()).data
    person = data["person"]
    assert person["name"] == "山田 花子" and person["kana"] == "やまだ はなこ"
    assert (person["birth_date"], person["age"] >= 70) == ("1955-05-03", True)
    assert person["postal_code"] == "700-0914" and person["ward"] == "北区"
    assert person["address"].endswith("１丁目１－１") and person["outside_municipality"] is False
    assert person["phone_mobile"] == "+819012345678"
    assert data["troubles"]["primary"] == "care" and "debt" in data["troubles"]["categories"]
    members = data["household"]["members"]
    assert members[1] == {
        "name": "山田 ウメ",
        "age": 92,
        "relation": "母",
        "note": "認知症があります",
    }
    assert members[2]["relation"] == "長男" and members[2]["age"] == 45
    assert data["current_supporters"] == [
        {"agency": "地域包括支援センター", "support": "母の介護の相談"}
    ]
    assert data["story"].startswith("母の介護で")
    await resident.say("この内容で送る")
    assert resident.asked(CONSENT)


@pytest.mark.parametrize(
    ("written", "birth_date", "age"),
    [
        ("昭和30年5月3日", "1955-05-03", None),
        ("1955/5/3", "1955-05-03", None),
        ("７０歳", None, 70),
        ("平成元年１月８日", "1989-01-08", None),
    ],
)
async def test_birth_date_in_natural_forms(
    resident: Resident, written: str, birth_date: str | None, age: int | None
) -> None:
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("健康")
    await resident.tap("これで決定")
    await resident.tap("自分のこと")
    await resident.tap("名前を言わずに相談")
    await resident.tap("その他・答えない")
    await resident.say(written)
    assert resident.asked("郵便番号")
    person = (await resident.sheet()).data["person"]
    assert person["birth_date"] == birth_date
    if age is not None:
        assert person["age"] == age


async def test_other_trouble_chosen_by_button_is_described_in_a_few_words(
    resident: Resident,
) -> None:
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("その他")
    await resident.tap("これで決定")
    assert resident.asked("「その他」のお困りごとは、どんなことですか")
    await resident.say("近所の騒音")
    assert resident.asked("どなたのこと")
    troubles = (await resident.sheet()).data["troubles"]
    assert troubles == {"categories": ["other"], "primary": "other", "other_detail": "近所の騒音"}
    # その他 taken away again: its description goes with it.
    await resident.tap("戻る")
    await resident.tap("戻る")
    await resident.tap("○その他")
    await resident.tap("介護")
    await resident.tap("これで決定")
    assert resident.asked("どなたのこと")
    troubles = (await resident.sheet()).data["troubles"]
    assert troubles == {"categories": ["care"], "primary": "care"}


async def test_a_large_household_is_counted_and_each_member_asked(resident: Resident) -> None:
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("健康")
    await resident.tap("これで決定")
    await resident.tap("自分のこと")
    await resident.tap("名前を言わずに相談")
    for label in ("その他・答えない", "答えたくない", "わからない", "答えたくない", "北区"):
        await resident.tap(label)
    assert resident.asked("何人")
    await resident.tap("6人以上")
    assert resident.asked("何人か、数字で書いてください")
    await resident.say("８人")
    assert resident.asked("2人目の方は")
    household = (await resident.sheet()).data["household"]
    assert household["size"] == 8 and len(household["members"]) == 8


async def test_anonymous_consultation_skips_name_and_phone_and_explains_once(
    resident: Resident,
) -> None:
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("こころ")
    await resident.tap("これで決定")
    await resident.tap("自分のこと")
    await resident.tap("名前を言わずに相談")
    assert resident.asked("お名前や電話番号がないと")
    assert resident.asked("性別")  # no ふりがな question
    await resident.tap("男性")
    await resident.say("40歳")
    await resident.say("7000914")
    await resident.tap("答えたくない")  # 番地
    assert resident.asked("何人")  # no phone question: the 区 came from the 〒
    await resident.tap("ひとり暮らし")
    await resident.tap("特になし")
    await resident.tap("わからない")
    assert resident.asked("名前を言わずに相談")
    # Going back to the name and choosing anonymity again does not repeat the explanation.
    await resident.tap("お名前を変更")
    await resident.tap("名前を言わずに相談")
    assert not resident.asked("お名前や電話番号がないと")
    data = (await resident.sheet()).data
    assert data["anonymous"] is True
    assert data["person"].get("name") is None and data["person"].get("phone_mobile") is None
    assert data["household"] == {
        "size": 1,
        "members": [{"name": None, "age": 40, "relation": "本人", "note": None}],
    }
    # A name given after all brings its ふりがな and the phone.
    await resident.tap("お名前を変更")
    await resident.say("山田 一郎")
    assert resident.asked("ふりがな")
    await resident.say("やまだ いちろう")
    assert resident.asked("連絡のつく電話番号")
    await resident.say("090-1234-5678")
    assert resident.asked("ここまでの内容です") and resident.asked("090-1234-5678")
    data = (await resident.sheet()).data
    assert data["anonymous"] is False and data["person"]["phone_mobile"] == "+819012345678"


async def test_someone_else_is_asked_about_with_helper_wording(resident: Resident) -> None:
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("介護")
    await resident.tap("これで決定")
    await resident.tap("家族・親族のこと")
    await resident.say("長女です")
    assert resident.asked("ご本人のお名前")
    await resident.say("岡山 太郎")
    await resident.tap("答えたくない")  # ふりがな
    assert resident.asked("ご本人の性別")
    data = (await resident.sheet()).data
    assert data["consulter"] == {"relation": "family", "relation_detail": "長女"}
    assert data["person"]["name"] == "岡山 太郎"
    # Back to 「どなたのこと」: it is about herself after all, so no writer is kept.
    for _ in range(4):
        await resident.tap("戻る")
    assert resident.asked("どなたのこと")
    await resident.tap("自分のこと")
    assert resident.asked("性別を教えてください") and not resident.asked("ご本人の性別")
    consulter = (await resident.sheet()).data["consulter"]
    assert consulter == {"relation": "self", "relation_detail": None, "name": None, "phone": None}


async def test_a_name_in_kana_is_its_own_reading_and_living_alone_is_asked_as_such(
    resident: Resident,
) -> None:
    """A name written in kana is not asked its ふりがな; someone living alone is asked about
    their everyday life, not their family's."""
    await start(resident)
    await resident.tap("ボタンで選ぶ")
    await resident.tap("住まい")
    await resident.tap("これで決定")
    await resident.tap("自分のこと")
    await resident.say("ヤマダ ハナコ")
    assert resident.asked("性別") and not resident.asked("ふりがな")
    await resident.tap("女性")
    await resident.say("70歳")
    await resident.say("7000914")
    await resident.tap("答えたくない")  # 番地
    await resident.say("090-1234-5678")
    await resident.tap("ひとり暮らし")
    assert resident.asked("ふだんのくらしの様子") and not resident.asked("ご家族")
    await resident.tap("特になし")
    await resident.tap("わからない")
    assert resident.asked("ヤマダ ハナコ（やまだ はなこ）")
    # Changed to a name in kanji: its reading is asked again.
    await resident.tap("お名前を変更")
    await resident.say("山田 花子")
    assert resident.asked("ふりがな")

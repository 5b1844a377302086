"""Answers typed the way people write them, read into the sheet the way staff need them:
a 〒 with the address after it, a polite 「です」 after a name, an address naming its 区
or another city, a household said in words. Each test looks at what the resident would
see next (the next question, the outside-the-city notice) and what the sheet keeps."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cases.sheets import sheet_schema
from handlers.intake import answers as a
from handlers.intake import steps
from handlers.intake.places import city_of
from handlers.intake.state import IntakeState
from tests.intake.conversation import (
    RESIDENT_FOR_HERSELF,
    Resident,
    answer_as_written,
    one_trouble_for,
    start,
)
from tests.intake.drafts import draft_state

TODAY = date(2026, 11, 23)
OKAYAMA = city_of("okayama")


def situation(state: IntakeState | None = None) -> a.Situation:
    return a.Situation(state or draft_state(), TODAY, OKAYAMA.name, OKAYAMA.wards)


def answer(key: str, typed: str, state: IntakeState | None = None) -> a.Taken:
    """The step `key` answered by typing, marked answered as the conversation marks it."""
    name, index = steps.split_key(key)
    taken = steps.BY_KEY[name].read(a.Given(text=typed), situation(state), index)
    assert isinstance(taken, a.Taken), f"{typed!r} was not read"
    return a.Taken(steps.answered(key, taken), taken.notes, taken.place)


def asked_next(state: IntakeState) -> str:
    return steps.next_key(situation(state))


def person(taken: a.Taken) -> dict[str, Any]:
    return taken.state.section("person")


def after_birth() -> IntakeState:
    """A named resident writing for themselves, up to the 〒 question."""
    state = draft_state({"consulter": {"relation": "self"}, "person": {"name": "山田"}})
    done = ("story", "categories", "consulter", "name", "kana", "gender", "birth")
    return state.set("troubles", {"categories": ["care"], "primary": "care"}).mark(*done)


# ---------------------------------------------------------------- names and details


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("山田 ハナです", "山田 ハナ"),
        ("山田ハナと申します。", "山田ハナ"),
        ("山田花子でございます", "山田花子"),
        ("やまだ はなこ といいます", "やまだ はなこ"),
        ("泉 です子", "泉 です子"),  # an ending only at the very end, never inside a name
    ],
)
def test_a_name_is_kept_without_its_polite_ending(typed: str, kept: str) -> None:
    assert person(answer("name", typed))["name"] == kept


def test_a_relation_and_a_household_members_name_lose_their_polite_ending() -> None:
    helper = answer("consulter_detail", "長女です")
    assert helper.state.section("consulter")["relation_detail"] == "長女"
    household = answer("household_size", "2人").state
    member = answer("member_name:1", "山田 太郎です", household)
    assert member.state.members()[1]["name"] == "山田 太郎"


# ---------------------------------------------------------------- 生年月日


@pytest.mark.parametrize(
    ("typed", "born", "age"),
    [
        ("S30年5月3日", "1955-05-03", 71),
        ("昭和30.5.3", "1955-05-03", 71),
        ("昭和三十年五月三日", "1955-05-03", 71),
        ("1955年5月3日生まれ", "1955-05-03", 71),
        ("1955年", None, 71),  # the year alone gives the age, as 「昭和30年」 does
    ],
)
def test_a_birth_date_in_any_common_form_is_read(typed: str, born: str | None, age: int) -> None:
    taken = answer("birth", typed, after_birth().unmark("birth"))
    assert (person(taken)["birth_date"], person(taken)["age"]) == (born, age)
    assert person(taken)["birth_date_text"] == typed
    assert asked_next(taken.state) == "postal"


# ---------------------------------------------------------------- 電話


@pytest.mark.parametrize(
    ("typed", "mobile"),
    [
        ("090-1234-5678です", "+819012345678"),
        ("携帯は090-1234-5678です", "+819012345678"),
        ("080.1234.5678", "+818012345678"),
    ],
)
def test_a_phone_number_inside_a_sentence_is_read(typed: str, mobile: str) -> None:
    taken = answer("phone", typed, after_birth())
    assert (person(taken)["phone_mobile"], person(taken)["phone_home"]) == (mobile, None)


# ---------------------------------------------------------------- 世帯


@pytest.mark.parametrize(
    ("typed", "size"),
    [
        ("ふたり", 2),
        ("二人", 2),
        ("夫婦2人", 2),
        ("十一人", 11),
        ("12人", 12),
        ("3人（わたしと子ども2人）", 3),  # the thirteenth tester's
    ],
)
def test_a_household_said_in_words_or_larger_than_ten_is_read(typed: str, size: int) -> None:
    household = answer("household_size", typed).state.section("household")
    assert household["size"] == size and len(household["members"]) == size


def test_the_household_reader_takes_every_size_the_sheet_can_hold() -> None:
    largest = sheet_schema()["properties"]["household"]["properties"]["size"]["maximum"]
    assert answer("household_size", f"{largest}人").state.section("household")["size"] == largest
    refused = steps.BY_KEY["household_size"].read(a.Given(text=f"{largest + 1}人"), situation(), 0)
    assert isinstance(refused, a.Unread)


# ---------------------------------------------------------------- 〒 and address


def test_a_postal_code_with_its_label_is_read_and_the_street_asked() -> None:
    taken = answer("postal", "郵便番号700-0914", after_birth())
    assert (person(taken)["postal_code"], person(taken)["address"]) == (
        "700-0914",
        "岡山県岡山市北区鹿田町",
    )
    assert person(taken)["ward"] == "北区" and asked_next(taken.state) == "address_rest"


def test_a_postal_code_with_the_address_after_it_keeps_both() -> None:
    taken = answer("postal", "〒700-0914 岡山市北区鹿田町2-5-1", after_birth())
    assert person(taken)["postal_code"] == "700-0914"
    assert person(taken)["address"] == "岡山県岡山市北区鹿田町　2-5-1"
    assert asked_next(taken.state) == "phone"  # neither the street nor the 区 asked again


def test_a_postal_code_with_the_town_only_asks_for_the_street() -> None:
    taken = answer("postal", "〒700-0914 岡山市北区鹿田町", after_birth())
    assert person(taken)["address"] == "岡山県岡山市北区鹿田町"
    assert asked_next(taken.state) == "address_rest"


def skipped_postal() -> IntakeState:
    return after_birth().mark("postal")


@pytest.mark.parametrize(
    "typed", ["岡山市北区大供1-1-1", "北区大供1-1-1", "岡山県岡山市北区大供1-1-1"]
)
def test_an_address_typed_with_its_ward_is_not_asked_the_ward(typed: str) -> None:
    taken = answer("address", typed, skipped_postal())
    assert (person(taken)["address"], person(taken)["ward"]) == (typed, "北区")
    assert person(taken)["outside_municipality"] is False
    assert taken.place is None or taken.place.inside(OKAYAMA.name)
    assert asked_next(taken.state) == "phone"


@pytest.mark.parametrize(
    ("typed", "ward"),
    [
        ("おかやまし きたく だいく 1-1-1", "北区"),
        ("岡山市ミナミク福田3-2-1", "南区"),
        ("なかくら町1-1", None),
    ],
)
def test_a_ward_written_in_kana_in_an_address_is_read(typed: str, ward: str | None) -> None:
    """The thirteenth tester's: the 区 written in ひらがな was asked again."""
    assert person(answer("address", typed, skipped_postal()))["ward"] == ward


def test_an_address_without_a_ward_still_asks_the_ward() -> None:
    taken = answer("address", "大供1-1-1", skipped_postal())
    assert person(taken)["ward"] is None and asked_next(taken.state) == "ward"


def test_a_ward_told_before_stands_when_the_address_names_none() -> None:
    """A visit note's 「北区の85歳の女性」, confirmed, then the street typed without its 区:
    the 区 is not asked again (the twelfth tester's finding)."""
    told = skipped_postal().set_many("person", {"ward": "北区"})
    taken = answer("address", "大供1-1-1", told)
    assert person(taken)["ward"] == "北区" and asked_next(taken.state) != "ward"
    other = answer("address", "南区築港新町1-1", told)  # an address naming another 区: it wins
    assert person(other)["ward"] == "南区"


@pytest.mark.parametrize(
    ("typed", "ward"),
    [
        ("Minami-ku", "南区"),
        ("kita ku", "北区"),
        ("ＨＩＧＡＳＨＩ", "東区"),
        ("きたく", "北区"),  # the thirteenth tester's
        ("ナカクです", "中区"),
    ],
)
def test_the_ward_typed_in_latin_letters_is_read(typed: str, ward: str) -> None:
    """A third tester's: someone who reads no kanji types 「Minami-ku」; the thirteenth's,
    someone who writes none types 「きたく」."""
    at_the_ward = answer("address", "Fukuda 3-2-1", skipped_postal())
    assert asked_next(at_the_ward.state) == "ward"
    taken = answer("ward", typed, at_the_ward.state)
    assert person(taken)["ward"] == ward


@pytest.mark.parametrize(
    ("typed", "prefecture"),
    [
        ("倉敷市中央1-1-1", "岡山県"),
        ("岡山県倉敷市中央1-1-1", "岡山県"),
        ("広島県福山市東桜町1-1", "広島県"),
        ("東京都北区赤羽1-1-1", "東京都"),
    ],
)
def test_an_address_in_another_city_is_told_as_outside(typed: str, prefecture: str) -> None:
    taken = answer("address", typed, skipped_postal())
    assert taken.place is not None and not taken.place.inside(OKAYAMA.name)
    assert taken.place.prefecture == prefecture  # its prefecture's contacts are offered
    assert person(taken)["outside_municipality"] is True and person(taken)["ward"] is None
    assert asked_next(taken.state) == "phone"  # no 区 of 岡山市 is asked


def test_an_address_in_another_city_written_at_the_postal_question_is_outside_too() -> None:
    taken = answer("postal", "倉敷市中央1-1-1", after_birth())
    assert taken.place is not None and not taken.place.inside(OKAYAMA.name)
    assert person(taken)["outside_municipality"] is True and person(taken)["postal_code"] is None


def test_an_address_in_latin_letters_at_the_postal_question_is_kept_with_its_ward() -> None:
    """A tenth tester's: 「2-5-1 Shikata, Kita-ku」 at the 〒 question was refused as no
    seven digits."""
    taken = answer("postal", "2-5-1 Shikata, Kita-ku", after_birth())
    assert person(taken)["address"] == "2-5-1 Shikata, Kita-ku"
    assert person(taken)["ward"] == "北区"


@pytest.mark.asyncio(loop_scope="module")
async def test_a_resident_of_another_city_typing_the_address_hears_it_is_outside(
    resident: Resident,
) -> None:
    await one_trouble_for(resident, "自分のこと")
    await resident.say("倉敷 ハナです")
    await resident.tap("答えたくない")  # ふりがな
    await resident.tap("女性")
    await resident.say("S30年5月3日")
    assert resident.asked("郵便番号")
    await resident.tap("わからない")
    await resident.say("倉敷市中央1-1-1")
    assert resident.asked("岡山市の外のようです") and resident.asked("全国・県の相談先")
    assert resident.asked("電話番号") and not resident.asked("区を選んで")
    await resident.say("携帯は090-1234-5678です")
    assert resident.asked("何人")
    data = (await resident.sheet()).data
    assert data["person"]["name"] == "倉敷 ハナ" and data["person"]["birth_date"] == "1955-05-03"
    assert data["person"]["outside_municipality"] is True
    assert data["person"]["phone_mobile"] == "+819012345678"


@pytest.mark.asyncio(loop_scope="module")
async def test_an_age_put_right_at_a_later_question_is_corrected_there(
    resident: Resident,
) -> None:
    """「いや、83歳です」 typed at the 〒 question: the age is put right, the person hears
    so, and the 〒 is asked again — no 「戻る」 and no retyping of what came between."""
    await one_trouble_for(resident, "自分のこと")
    await resident.say("岡山 トメ")
    await resident.tap("答えたくない")  # ふりがな
    await resident.tap("女性")
    await resident.say("80歳")
    assert resident.asked("郵便番号")
    await resident.say("いや、83歳です")
    assert resident.asked("年齢（生年月日）を直しました") and resident.asked("郵便番号")
    await resident.say("700-0914")
    data = (await resident.sheet()).data
    assert data["person"]["age"] == 83 and data["person"]["postal_code"] == "700-0914"


@pytest.mark.parametrize(
    ("typed", "rest"),
    [
        ("いや、83歳です", "83歳です"),
        ("違います。090-1111-2222です", "090-1111-2222です"),
        ("間違えました、700-0914", "700-0914"),
        ("いいえ", None),  # a plain no is an answer, not a correction
        ("いやです", None),
        ("83歳です", None),
    ],
)
def test_a_correction_is_told_by_its_first_words(typed: str, rest: str | None) -> None:
    from handlers.intake import catalog as say

    assert say.correction(typed) == rest


@pytest.mark.asyncio(loop_scope="module")
async def test_a_relative_who_gave_their_own_name_puts_it_right_later(
    resident: Resident,
) -> None:
    """A daughter types her own name where her father's was asked, then, at the next
    question, 「あ、それは私の名前でした。父は佐藤正男です」: the father's name is taken,
    hers is kept as the writer's (never asked again), and the ふりがな is asked anew."""
    await one_trouble_for(resident, "家族・親族のこと")
    await resident.say("長女です")
    await resident.say("佐藤 花子")
    assert resident.asked("ふりがな")
    await resident.say("あ、それは私の名前でした。父は佐藤正男です")
    assert resident.asked("お名前を直しました") and resident.asked("書いてくださった方のお名前")
    assert resident.asked("ふりがな")
    await resident.say("さとう まさお")
    await resident.tap("男性")
    await resident.say("昭和15年3月1日")
    await resident.say("700-0914")
    await resident.tap("答えたくない")  # 番地
    await resident.say("090-1234-5678")
    data = (await resident.sheet()).data
    assert data["person"]["name"] == "佐藤正男" and data["person"]["kana"] == "さとう まさお"
    assert data["consulter"]["name"] == "佐藤 花子"
    assert not resident.asked("あなたのお名前")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_relative_who_only_says_the_name_was_theirs_is_asked_the_persons(
    resident: Resident,
) -> None:
    """「さっきのは私の名前です」 at a later question, with no other name: the writer's
    name is kept as theirs and the person's name is asked there and then; the sheet then
    goes on from the question that was open."""
    await one_trouble_for(resident, "家族・親族のこと")
    await resident.say("長男です")
    await resident.say("やまだ たろう")  # a reading of its own: the gender comes next
    assert resident.asked("性別")
    await resident.say("さっきのは私の名前です")
    assert resident.asked("書いてくださった方のお名前") and resident.asked("ご本人のお名前")
    await resident.say("山田 トメ")
    assert resident.asked("ふりがな")
    await resident.tap("答えたくない")
    assert resident.asked("性別")
    data = (await resident.sheet()).data
    assert data["person"]["name"] == "山田 トメ" and data["consulter"]["name"] == "やまだ たろう"


@pytest.mark.parametrize(
    "typed",
    ["私の名前は佐藤花子です", "わたしの名前も書いたほうがいいですか", "父は佐藤正男です"],
)
def test_words_about_a_name_that_put_nothing_right_are_no_correction(typed: str) -> None:
    state = draft_state({"consulter": {"relation": "family"}, "person": {"name": "佐藤 正男"}})
    assert a.read_name_put_right(a.Given(text=typed), situation(state)) is None


@pytest.mark.asyncio(loop_scope="module")
async def test_a_bubble_said_while_thinking_is_no_miss(resident: Resident) -> None:
    """「えっと」 and 「ちょっと待ってね」 sent before the answer, as people send bubbles: a
    short 「ゆっくりで大丈夫です」 with the question's buttons, no 「読み取れませんでした」,
    and the answer after them is taken."""
    await one_trouble_for(resident, "自分のこと")
    await resident.say("岡山 トメ")
    await resident.tap("答えたくない")  # ふりがな
    await resident.tap("女性")
    await resident.say("80歳")
    assert resident.asked("郵便番号")
    for thinking in ("えっと", "ちょっと待ってね…", "確認します"):
        await resident.say(thinking)
        assert resident.asked("ゆっくりで大丈夫です") and not resident.asked("読み取れません")
        assert "わからない" in resident.buttons()
    await resident.say("700-0914")
    assert resident.asked("番地") and not resident.asked("とばす")
    data = (await resident.sheet()).data
    assert data["person"]["postal_code"] == "700-0914"


def test_money_said_for_the_main_trouble_is_taken_when_one_offered_trouble_is_money() -> None:
    """The thirteenth tester's 「おかねのほうじゃな」: 支出・借金 where it is the only
    trouble about money offered; asked again where 収入 is offered too."""
    said = a.Given(text="おかねのほうじゃな")
    one = situation(draft_state({"troubles": {"categories": ["care", "debt"]}}))
    both = situation(draft_state({"troubles": {"categories": ["income", "debt"]}}))
    taken = a.read_primary(said, one, 0)
    assert isinstance(taken, a.Taken) and taken.state.get("troubles.primary") == "debt"
    assert isinstance(a.read_primary(said, both, 0), a.Unread)


def test_words_naming_two_offered_troubles_as_main_are_asked_with_the_buttons() -> None:
    """「家賃のことがいちばんこまっとる」 names both 支出・借金 and 住まい: the main one is
    asked with the buttons, not taken from a guess; words naming one are taken."""
    state = draft_state({"troubles": {"categories": ["debt", "housing", "income"]}})
    sit = situation(state)
    both = a.Given(
        text="家賃のことがいちばんこまっとる", categories=("debt", "housing"), primary="debt"
    )
    one = a.Given(text="仕事がないのが一番つらい", categories=("income",), primary="income")
    assert a.read_primary(both, sit, 0) == a.Unread(a.SEVERAL_SAID_MAIN)
    taken = a.read_primary(one, sit, 0)
    assert isinstance(taken, a.Taken) and taken.state.get("troubles.primary") == "income"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("えっと、大供1-1-1です", "大供1-1-1"), ("あのー 北区大供1-1-1", "北区大供1-1-1")],
)
def test_words_said_while_thinking_are_not_kept_in_the_address(typed: str, kept: str) -> None:
    assert person(answer("address", typed, skipped_postal()))["address"].endswith(kept)
    assert not person(answer("address", typed, skipped_postal()))["address"].startswith(
        ("え", "あ")
    )


@pytest.mark.asyncio(loop_scope="module")
async def test_a_mistake_owned_mid_message_corrects_and_is_never_kept_as_the_address(
    resident: Resident,
) -> None:
    """The thirteenth tester's: 「あ、すみません生年月日まちがえました 1997年7月15日です」
    typed at the 〒 question was kept as the address. The date is put right and the 〒
    asked again; a mistake owned with nothing readable after it is told where to put it
    right, and is no address either."""
    await one_trouble_for(resident, "自分のこと", "支出・借金・滞納")
    await resident.say("倉敷 ミカ")
    await resident.tap("答えたくない")  # ふりがな
    await resident.tap("女性")
    await resident.say("1997年7月5日")
    assert resident.asked("郵便番号")
    await resident.say("あ、すみません生年月日まちがえました 1997年7月15日です")
    assert resident.asked("年齢（生年月日）を直しました") and resident.asked("郵便番号")
    await resident.say("すみません、住所まちがえました")
    assert resident.asked("「戻る」で前の質問に戻る") and resident.asked("郵便番号")
    data = (await resident.sheet()).data
    assert data["person"]["birth_date"] == "1997-07-15" and not data["person"].get("address")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_mistake_told_in_the_story_is_part_of_the_story(resident: Resident) -> None:
    """「間違って薬を二回飲んでしまって…」 where the story is asked is the story, not a
    correction of an earlier answer."""
    await start(resident)
    await resident.say(
        "間違って薬を二回飲んでしまうことが増えて、お金の管理もできなくて困っています"
    )
    assert not resident.asked("「戻る」で前の質問に戻る")
    assert (await resident.sheet()).data["story"].startswith("間違って薬を")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_second_bubble_of_the_story_goes_into_it(resident: Resident) -> None:
    """The thirteenth tester's: the story, then at once 「大家さんに出て行けと言われました」,
    which arrives where the troubles are confirmed. It is more of the story, not a wrong
    answer, though it names no trouble not offered yet: no 「読み取れませんでした」, the
    story keeps both, and the same question is asked again."""
    await start(resident)
    await resident.say("家賃を2か月ためてしまって、払えそうにありません")
    assert resident.asked("でお困りなんですね")
    await resident.say("大家さんに出て行けと言われました")
    assert resident.asked("お話に書き加えました") and not resident.asked("読み取れません")
    assert resident.asked("でお困りなんですね")
    story = (await resident.sheet()).data["story"]
    assert story.startswith("家賃を2か月") and story.endswith("大家さんに出て行けと言われました")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_name_put_right_at_the_next_question_is_taken(resident: Resident) -> None:
    """A name sent, then 「あ、名前まちがえました 岡山トメ子です」 where its ふりがな is
    asked: the name is put right and its reading asked again, not 「ひらがなで」."""
    await one_trouble_for(resident, "自分のこと")
    await resident.say("岡山 トメ")
    assert resident.asked("ふりがな")
    await resident.say("あ、名前まちがえました 岡山トメ子です")
    assert resident.asked("お名前を直しました") and resident.asked("ふりがな")
    await resident.say("おかやま とめこ")
    assert resident.asked("性別")
    data = (await resident.sheet()).data
    assert data["person"]["name"] == "岡山トメ子" and data["person"]["kana"] == "おかやま とめこ"


@pytest.mark.asyncio(loop_scope="module")
async def test_answers_put_right_in_words_at_the_summary_card(resident: Resident) -> None:
    """The thirteenth tester's: 「なまえが ちごうとる 山本ハナコじゃ」 typed at the card
    was not read. It puts the name right and asks its reading, then the card comes back;
    「いや、83歳です」 puts the age right on the card; other words say how to change it."""
    await start(resident)
    await answer_as_written(resident, RESIDENT_FOR_HERSELF, until="ここまでの内容です")
    await resident.say("なまえが ちごうとる 山本ハナコじゃ")
    assert resident.asked("お名前を直しました") and resident.asked("ふりがな")
    await resident.say("やまもと はなこ")
    assert resident.asked("ここまでの内容です")
    await resident.say("いや、83歳です")
    assert resident.asked("年齢（生年月日）を直しました") and resident.asked("ここまでの内容です")
    await resident.say("ええと、どうしたら")
    assert resident.asked("カードの「変更」を押すか")
    person = (await resident.sheet()).data["person"]
    assert person["name"] == "山本ハナコ" and person["kana"] == "やまもと はなこ"
    assert person["age"] == 83


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("名前まちがえました、岡山トメ子です", "岡山トメ子"),
        ("なまえが ちごうとる 岡山トメコじゃ", "岡山トメコ"),
        ("お名前は漢字が違います 岡山登米です", "岡山登米"),
        ("名前を間違えました", None),  # nothing to put in its place: asked where to
        ("名前は岡山トメです", None),  # the same name, no correction
        ("私の名前は佐藤花子です", None),  # a name told, nothing said wrong
        ("母は名前を間違えられるのがいやで", None),
    ],
)
def test_a_name_said_wrong_is_put_right_only_with_a_new_name(typed: str, name: str | None) -> None:
    state = draft_state({"person": {"name": "岡山トメ", "kana": "おかやま とめ"}})
    taken = a.read_name_corrected(a.Given(text=typed), situation(state), None)
    assert (taken.state.section("person")["name"] if taken else None) == name


@pytest.mark.parametrize(
    ("typed", "relation", "age"),
    [("娘 2歳", "娘", 2), ("長男（45）", "長男", 45), ("母、80さい", "母", 80), ("娘", "娘", None)],
)
def test_a_relation_typed_with_an_age_keeps_both_and_the_age_is_not_asked(
    typed: str, relation: str, age: int | None
) -> None:
    """The thirteenth tester's 「娘 2歳」 for the relation was asked 「娘 2歳のお名前」 and
    then the age again."""
    household = answer("household_size", "2人", after_birth().mark("postal", "phone"))
    taken = answer("member_relation:1", typed, household.state)
    member = taken.state.members()[1]
    assert (member["relation"], member.get("age")) == (relation, age)
    plan = steps.plan(situation(taken.state))
    still = [k for k in plan if k.startswith("member_") and k not in taken.state.answered]
    assert "member_name:1" in still and ("member_age:1" in still) is (age is None)


@pytest.mark.parametrize(
    ("typed", "agency", "support"),
    [
        ("法テラスに一回電話しました", "法テラス", "法テラスに一回電話しました"),
        ("ケアマネさんに相談しています", "ケアマネ", "ケアマネさんに相談しています"),
        ("地域包括支援センター", "地域包括支援センター", None),
    ],
)
def test_an_agency_told_in_a_sentence_is_named_and_what_it_did_is_kept(
    typed: str, agency: str, support: str | None
) -> None:
    """The thirteenth tester's: 「法テラスに一回電話しました」 for the agency was asked
    back as 「法テラスに一回電話しましたからは、どんな支援を…」."""
    from dataclasses import replace

    state = replace(after_birth(), extra={"supporters": "yes"})
    taken = answer("supporter_agency:0", typed, state)
    [entry] = taken.state.supporters()
    assert (entry["agency"], entry.get("support")) == (agency, support)
    assert ("supporter_support:0" in taken.state.answered) is (support is not None)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_bubble_of_courtesy_between_answers_is_no_miss(resident: Resident) -> None:
    """「よろしくお願いします」 or 「ありがとうございます」 sent as a bubble of its own while a
    question is open (after the story, as people do): a short word back and the question
    again, not 「読み取れませんでした」."""
    await one_trouble_for(resident, "自分のこと")
    await resident.say("岡山 トメ")
    await resident.tap("答えたくない")  # ふりがな
    assert resident.asked("性別")
    for courtesy in ("よろしくお願いします", "ありがとうございます🙏"):
        await resident.say(courtesy)
        assert not resident.asked("読み取れません") and resident.asked("性別")
    await resident.tap("女性")
    assert resident.asked("生年月日") and not resident.asked("とばす")


@pytest.mark.asyncio(loop_scope="module")
async def test_words_at_the_card_that_name_no_answer_put_nothing_right(
    resident: Resident,
) -> None:
    """The fourteenth tester's: 「一番困ってるのは家賃の滞納です」 typed at the card set
    the age to 1歳. Words that name no answer change none; 「けいたいもあった 090-…」 adds
    the mobile beside the home number instead of replacing it."""
    await start(resident)
    await answer_as_written(resident, RESIDENT_FOR_HERSELF, until="ここまでの内容です")
    before = (await resident.sheet()).data["person"]
    await resident.say("一番困ってるのは家賃の滞納です")
    assert not resident.asked("を直しました") and resident.asked("ここまでの内容です")
    await resident.say("けいたいもあった。０９０ー３３３３ー４４４４")
    assert resident.asked("電話番号を直しました")
    after = (await resident.sheet()).data["person"]
    assert (after["birth_date"], after["age"]) == (before["birth_date"], before["age"])
    assert after["phone_mobile"] == "+819033334444"
    assert after["phone_home"] == before["phone_home"] or before["phone_home"] is None


@pytest.mark.asyncio(loop_scope="module")
async def test_a_name_put_right_in_the_next_bubble_with_no_word_for_name(
    resident: Resident,
) -> None:
    """The fourteenth tester's: 「たかはし ふみ」, then 「あ、ちがう　たかはし ふみこ です」
    where the gender was asked: a miss, and the name stayed ふみ."""
    await one_trouble_for(resident, "自分のこと")
    await resident.say("たかはし ふみ")
    assert resident.asked("性別")
    await resident.say("あ、ちがう　たかはし ふみこ です")
    assert resident.asked("お名前を直しました") and resident.asked("性別")
    assert (await resident.sheet()).data["person"]["name"] == "たかはし ふみこ"


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("なまえがまちごうとる。たかはし ふみこ じゃ", "たかはし ふみこ"),
        ("いや、たかはし ふみこ です", "たかはし ふみこ"),
        ("いや、女です", None),  # no name like the one given
        ("いや、さとう はなこ です", None),  # another name altogether: no correction
    ],
)
def test_a_name_put_right_after_a_word_of_correction(typed: str, name: str | None) -> None:
    from handlers.intake import catalog as say

    state = draft_state({"person": {"name": "たかはし ふみ", "kana": "たかはし ふみ"}})
    given = a.Given(text=typed)
    taken = a.read_name_corrected(given, situation(state), say.correction(typed))
    assert (taken.state.section("person")["name"] if taken else None) == name


@pytest.mark.asyncio(loop_scope="module")
async def test_a_story_sent_in_three_bubbles_in_a_row_is_one_story(resident: Resident) -> None:
    """The fourteenth tester's: three bubbles sent in a row after 「相談する」 — the second
    answered 「一番お困りなのは」, the third 「どなたのことですか」, and the story kept only
    the first. Sent before the bot asked anything after the first, they are all the story,
    and no later question is answered by them."""
    await start(resident)
    bubbles = (
        "母の物忘れがひどくなってきました",
        "住宅ローンも払えるか心配です",
        "あと弟がずっと家にいて働いてません",
    )
    events = [resident.stack.events.text(resident.user, said) for said in bubbles]
    response = await resident.stack.post_events(events)
    assert response.status_code == 200
    await resident._answered()
    story = (await resident.sheet()).data["story"]
    assert all(said in story for said in bubbles), story
    assert resident.asked("お話に書き加えました") and not resident.asked("どなたのこと")


def test_troubles_named_in_words_at_the_grid_are_chosen_and_one_denied_is_not() -> None:
    """The fourteenth tester's 民生委員: the note was read as DV・虐待 only; at the grid
    they typed 「介護と滞納です。虐待ではありません」, which went into the story instead of
    choosing. Named troubles are chosen, the denied one is taken off."""
    state = draft_state({"troubles": {"categories": ["abuse"], "primary": "abuse"}})
    said = a.Given(text="介護と滞納です。虐待ではありません", categories=("care", "abuse"))
    stay = a.read_category_toggle(said, situation(state), 0)
    assert isinstance(stay, a.Stay)
    assert stay.state.categories == ("care", "debt")


async def _in_a_row(resident: Resident, *bubbles: str) -> None:
    """Bubbles sent one after another, faster than the bot answers."""
    events = [resident.stack.events.text(resident.user, said) for said in bubbles]
    assert (await resident.stack.post_events(events)).status_code == 200
    await resident._answered()


@pytest.mark.asyncio(loop_scope="module")
async def test_an_answer_put_right_in_the_next_bubble_is_taken_for_that_question(
    resident: Resident,
) -> None:
    """The fifteenth tester's: 「長男です」 then at once 「あ、ちがう、次男です」 — the second
    became the person's name. Sent before the next question was asked, it puts the
    relation right, and the next question is asked again."""
    await one_trouble_for(resident, "家族・親族のこと")
    assert resident.asked("ご本人とのご関係")
    await _in_a_row(resident, "長男です", "あ、ちがう、次男です")
    assert resident.asked("前のご質問の答えを直しました")
    sheet = (await resident.sheet()).data
    assert sheet["consulter"]["relation_detail"] == "次男"
    assert not sheet["person"].get("name")


def test_a_birth_date_put_right_by_its_year_alone_keeps_its_month_and_day() -> None:
    """The fifteenth tester's: 「昭和18年3月5日です」, then 「いや、昭和17年でした」 — the sheet
    kept only an age."""
    state = draft_state({"person": {"birth_date": "1943-03-05", "age": 83}})
    taken = a.read_birth_put_right(a.Given(text="昭和17年でした"), situation(state))
    assert isinstance(taken, a.Taken)
    assert taken.state.section("person")["birth_date"] == "1942-03-05"
    age_only = a.read_birth_put_right(a.Given(text="85歳です"), situation(state))
    assert isinstance(age_only, a.Taken) and age_only.state.section("person")["age"] == 85


@pytest.mark.parametrize("typed", ["DVです", "ＤＶ", "DVもです。あと夫が生活費をくれません"])
def test_dv_typed_at_the_grid_chooses_its_trouble(typed: str) -> None:
    """The fifteenth tester's: 「DVです」 at the grid was not read; only 「暴力のことです」 was."""
    state = draft_state({"troubles": {"categories": [], "primary": None}})
    stay = a.read_category_toggle(a.Given(text=typed), situation(state), 0)
    assert isinstance(stay, a.Stay) and stay.state.categories == ("abuse",)

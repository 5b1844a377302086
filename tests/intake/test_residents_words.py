"""Every question of the つなぐシート answered the way residents write: a value inside a
sentence, hedges (たしか, だいたい, 〜くらい), corrections (やっぱり…, いや…), 全角 digits,
和暦 and kanji numerals, 「ない」 as an answer (kept as なし, not as skipped), names with
their さん/様/ちゃん, a relative named from the writer's side (「私の弟」). Each row is
what a resident typed at one question and what the sheet keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, cast

import pytest

from handlers.intake import answers as a
from handlers.intake import steps
from handlers.intake.flow import says_send
from handlers.intake.places import city_of
from handlers.intake.state import IntakeState
from handlers.sheet import SheetPath
from tests.intake.drafts import draft_state

TODAY = date(2026, 11, 23)
OKAYAMA = city_of("okayama")
NONE = "なし"


def _writer_state() -> IntakeState:
    """A son (長男) writing about his mother, with a household of three to describe."""
    blank = {"name": None, "age": None, "relation": None, "note": None}
    sheet = {
        "consulter": {"relation": "family", "relation_detail": "長男"},
        "person": {"name": "高橋 花子", "gender": "female"},
        "troubles": {"categories": ["care", "debt"], "primary": None},
        "household": {"size": 3, "members": [{**blank, "relation": "本人"}, blank, blank]},
        "current_supporters": [{"agency": "地域包括支援センター"}],
    }
    state = draft_state(sheet, proposed=("care", "debt"))
    state = state.set("person", {**state.section("person"), "postal_code": "700-0914"})
    state = state.set_many("person", {"address": "岡山県岡山市北区鹿田町"})
    return replace(state, extra={"supporters": "yes"})


def _answer(key: str, typed: str) -> IntakeState:
    """The question `key` answered by typing `typed`; a relation said from the writer's
    side is confirmed with the first button offered, as the resident would."""
    name, index = steps.split_key(key)
    step = steps.BY_KEY[name]
    sit = a.Situation(_writer_state(), TODAY, OKAYAMA.name, OKAYAMA.wards)
    result = steps.read_answer(step, a.Given(text=typed), sit, index)
    assert not isinstance(result, a.Unread), f"{key}: {typed!r} was not read ({result.reason})"
    state = result.state
    if a.relation_check(state, index) is not None:
        first = step.options(a.Situation(state, TODAY, OKAYAMA.name, OKAYAMA.wards), index)[0]
        confirmed = step.read(a.Given(value=first[0]), a.Situation(state, TODAY, "", ()), index)
        assert isinstance(confirmed, a.Taken)
        state = confirmed.state
    return state


def _stored(state: IntakeState, path: str, index: int) -> Any:
    group, _, field = path.partition(".")
    if group == "member":
        return state.members()[index][field]
    if group == "supporter":
        return state.supporters()[index][field]
    if group == "extra":
        return state.extra.get(field)
    if group == "more":
        return state.more
    if group == "answered":
        return field not in state.answered
    return state.get(cast(SheetPath, path))


ROWS: list[tuple[str, str, str, Any]] = [
    # ---- ご相談の内容 (their own words, kept as written)
    ("story", "母のことで相談です", "story", "母のことで相談です"),
    ("story", "８０歳の母が一人暮らしで心配です", "story", "８０歳の母が一人暮らしで心配です"),
    (
        "story",
        "家賃が払えません。どうしたらいいですか",
        "story",
        "家賃が払えません。どうしたらいいですか",
    ),
    # ---- お困りごと
    ("troubles_confirm", "介護です", "troubles.primary", "care"),
    ("troubles_confirm", "やっぱり介護のことが一番です", "troubles.primary", "care"),
    ("troubles_confirm", "借金のほうです", "troubles.primary", "debt"),
    ("primary", "介護", "troubles.primary", "care"),
    ("primary", "やっぱり借金です", "troubles.primary", "debt"),
    ("primary", "一番は介護のことです", "troubles.primary", "care"),
    ("categories", "住まい", "troubles.categories", ["care", "debt", "housing"]),
    ("categories", "介護", "troubles.categories", ["debt"]),
    ("other_detail", "近所づきあいのことです", "troubles.other_detail", "近所づきあいのこと"),
    ("other_detail", "ペットのこと", "troubles.other_detail", "ペットのこと"),
    # ---- ご相談者
    ("consulter", "やっぱり母のことが一番心配です", "consulter.relation", "family"),
    ("consulter", "自分のことです", "consulter.relation", "self"),
    ("consulter", "私です", "consulter.relation", "self"),
    ("consulter", "うちの母です", "consulter.relation", "family"),
    ("consulter", "いや、自分のことです", "consulter.relation", "self"),
    ("consulter", "近所の人のことです", "consulter.relation", "neighbor"),
    ("consulter", "民生委員です", "consulter.relation", "minsei_iin"),
    ("consulter", "ケアマネです", "consulter.relation", "agency"),
    ("consulter_detail", "長男です", "consulter.relation_detail", "長男"),
    ("consulter_detail", "息子です。", "consulter.relation_detail", "息子"),
    ("consulter_detail", "長女", "consulter.relation_detail", "長女"),
    ("consulter_detail", "となりに住む者です", "consulter.relation_detail", "となりに住む者"),
    ("consulter_name", "高橋 次郎です", "consulter.name", "高橋 次郎"),
    ("consulter_name", "次郎と申します", "consulter.name", "次郎"),
    ("consulter_name", "名前は高橋です", "consulter.name", "高橋"),
    ("consulter_name", "高橋次郎", "consulter.name", "高橋次郎"),
    ("consulter_phone", "080-1111-2222", "consulter.phone", "+818011112222"),
    ("consulter_phone", "０８０１１１１２２２２です", "consulter.phone", "+818011112222"),
    ("consulter_phone", "携帯は080-1111-2222です", "consulter.phone", "+818011112222"),
    ("consulter_phone", "ない", "consulter.phone", NONE),
    ("consulter_phone", "電話は持ってない", "consulter.phone", NONE),
    ("consulter_phone", "持っていません", "consulter.phone", NONE),
    # ---- お名前
    ("name", "名前は倉敷一郎じゃ", "person.name", "倉敷一郎"),
    ("name", "倉敷一郎と申します。よろしくお願いします", "person.name", "倉敷一郎"),
    ("name", "さや", "person.name", "さや"),
    ("name", "言いたくないです", "person.name", None),
    ("name", "匿名で", "anonymous", True),
    ("name", "名前は言わんとくわ", "anonymous", True),
    ("name", "高橋 一郎さん", "person.name", "高橋 一郎"),
    ("name", "高橋一郎様", "person.name", "高橋一郎"),
    ("name", "高橋 一郎さま", "person.name", "高橋 一郎"),
    ("name", "高橋　花子さんです", "person.name", "高橋 花子"),
    ("name", "山田 ハナです", "person.name", "山田 ハナ"),
    ("name", "山田ハナと申します。", "person.name", "山田ハナ"),
    ("name", "名前は山田です", "person.name", "山田"),
    ("name", "山田、いや山本です", "person.name", "山本"),
    ("name", "ゆいちゃん", "person.name", "ゆい"),
    ("name", "佐藤くん", "person.name", "佐藤"),
    ("name", "田中 様", "person.name", "田中"),
    ("name", "岡山 花子でございます", "person.name", "岡山 花子"),
    ("kana", "たかはし いちろう", "person.kana", "たかはし いちろう"),
    ("kana", "タカハシ イチロウです", "person.kana", "たかはし いちろう"),
    ("kana", "ﾀｶﾊｼ", "person.kana", "たかはし"),
    ("kana", "やまだ はなこ", "person.kana", "やまだ はなこ"),
    # ---- 性別
    ("gender", "男です", "person.gender", "male"),
    ("gender", "女性です", "person.gender", "female"),
    ("gender", "おんな", "person.gender", "female"),
    ("gender", "男性。", "person.gender", "male"),
    ("gender", "女じゃ", "person.gender", "female"),
    # ---- 生年月日・年齢
    ("birth", "昭和21年5月3日", "person.birth_date", "1946-05-03"),
    ("birth", "S21.5.3", "person.birth_date", "1946-05-03"),
    ("birth", "昭和二十一年五月三日", "person.birth_date", "1946-05-03"),
    ("birth", "１９４６年５月３日", "person.birth_date", "1946-05-03"),
    ("birth", "昭和21年5月3日生まれ、80歳です", "person.birth_date", "1946-05-03"),
    ("birth", "母は昭和21年5月3日生まれです", "person.birth_date", "1946-05-03"),
    ("birth", "平成元年1月10日", "person.birth_date", "1989-01-10"),
    ("birth", "令和元年5月1日", "person.birth_date", "2019-05-01"),
    ("birth", "…80歳です", "person.age", 80),
    ("birth", "母は80歳です", "person.age", 80),
    ("birth", "たしか80歳", "person.age", 80),
    ("birth", "80歳くらいです", "person.age", 80),
    ("birth", "だいたい80", "person.age", 80),
    ("birth", "八十二歳", "person.age", 82),
    ("birth", "８２歳", "person.age", 82),
    ("birth", "82歳だと思います", "person.age", 82),
    ("birth", "いや、83歳です", "person.age", 83),
    ("birth", "82歳、いや83歳", "person.age", 83),
    ("birth", "たぶん九十歳", "person.age", 90),
    ("birth", "満80歳", "person.age", 80),
    ("birth", "昭和21年生まれです", "person.age", 80),
    ("birth", "昭和十八年の三月三日", "person.birth_date", "1943-03-03"),
    ("birth", "1946年生まれの80歳です", "person.age", 80),
    ("birth", "82ぐらい", "person.age", 82),
    ("birth", "82歳", "person.birth_date_text", None),  # an age alone is not kept twice
    ("birth", "昭和21年", "person.birth_date_text", "昭和21年"),
    # ---- 〒・住所・区
    ("postal", "700-0914", "person.postal_code", "700-0914"),
    ("postal", "〒７００－０９１４", "person.postal_code", "700-0914"),
    ("postal", "7000914です", "person.postal_code", "700-0914"),
    ("postal", "郵便番号は700-0914です", "person.postal_code", "700-0914"),
    ("postal", "７００ー０９１４", "person.postal_code", "700-0914"),
    ("postal", "〒は７００－０９１４です", "person.address", "岡山県岡山市北区鹿田町"),
    (
        "postal",
        "住所は〒700-0914 岡山市北区鹿田町1-2-3です",
        "person.address",
        "岡山県岡山市北区鹿田町　1-2-3",
    ),
    ("address_rest", "2-5-1", "person.address", "岡山県岡山市北区鹿田町　2-5-1"),
    (
        "address_rest",
        "２－５－１ 鹿田ハイツ101",
        "person.address",
        "岡山県岡山市北区鹿田町　２－５－１ 鹿田ハイツ101",  # the street as written
    ),
    ("address", "岡山市北区鹿田町1-1-1", "person.ward", "北区"),
    ("address", "中区の平井です", "person.ward", "中区"),
    ("address", "倉敷市中央1-1-1", "person.outside_municipality", True),
    ("ward", "北区です", "person.ward", "北区"),
    ("ward", "中区", "person.ward", "中区"),
    ("ward", "南区じゃ", "person.ward", "南区"),
    ("ward", "大阪市北区です", "person.ward", None),  # another city's 北区
    ("ward", "大阪市北区です", "person.outside_municipality", True),
    ("ward", "岡山市北区です", "person.ward", "北区"),
    # ---- 電話
    ("phone", "090-1234-5678", "person.phone_mobile", "+819012345678"),
    ("phone", "０９０１２３４５６７８", "person.phone_mobile", "+819012345678"),
    ("phone", "携帯は090-1234-5678です", "person.phone_mobile", "+819012345678"),
    ("phone", "086-234-5678", "person.phone_home", "+81862345678"),
    ("phone", "自宅 086-234-5678、携帯 090-1234-5678", "person.phone_home", "+81862345678"),
    ("phone", "電話はない", "person.phone_home", NONE),
    ("phone", "電話はない", "person.phone_mobile", NONE),
    ("phone", "ない", "person.phone_mobile", NONE),
    ("phone", "ないです", "person.phone_mobile", NONE),
    ("phone", "持ってない", "person.phone_mobile", NONE),
    ("phone", "携帯も持っていません", "person.phone_mobile", NONE),
    ("phone", "特にありません", "person.phone_mobile", NONE),
    ("phone", "なし", "person.phone_mobile", NONE),
    ("phone", "電話はありません。", "person.phone_home", NONE),
    # ---- 世帯の人数
    ("household_size", "3人です", "household.size", 3),
    ("household_size", "たしか3人", "household.size", 3),
    ("household_size", "三人家族", "household.size", 3),
    ("household_size", "ふたり", "household.size", 2),
    ("household_size", "夫婦2人", "household.size", 2),
    ("household_size", "いや、4人です", "household.size", 4),
    ("household_size", "４人", "household.size", 4),
    ("household_size", "母と2人暮らし", "household.size", 2),
    ("household_size", "ひとり暮らし", "household.size", 1),
    ("household_size", "5人くらい", "household.size", 5),
    ("household_size", "やっぱり3人", "household.size", 3),
    ("household_size", "母と私の弟の２人くらしです", "household.size", 2),
    ("household_size", "妻と二人で住んでいます", "household.size", 2),
    ("household_size", "2人で暮らしとる", "household.size", 2),
    ("household_size", "父と二人で住んどります", "household.size", 2),
    ("household_size", "妻と子ども2人の4人家族", "household.size", 4),
    # ---- いっしょに住む方
    ("member_relation:1", "私の弟", "member.relation", "息子"),
    ("member_relation:1", "私の弟です", "member.relation", "息子"),
    ("member_relation:1", "僕の妹", "member.relation", "娘"),
    ("member_relation:1", "私の父", "member.relation", "夫"),
    ("member_relation:1", "私の息子です", "member.relation", "孫"),
    ("member_relation:1", "自分の妻", "member.relation", "息子の妻"),
    ("member_relation:1", "母", "member.relation", "母"),
    ("member_relation:1", "夫です", "member.relation", "夫"),
    ("member_relation:1", "孫です", "member.relation", "孫"),
    ("member_relation:1", "子ども", "member.relation", "子"),
    ("member_relation:1", "夫・妻", "member.relation", "配偶者"),
    ("member_relation:2", "次男です", "member.relation", "次男"),
    ("member_relation:2", "やっぱり長男", "member.relation", "長男"),
    ("member_name:1", "一郎さん", "member.name", "一郎"),
    ("member_name:1", "高橋 一郎くん", "member.name", "高橋 一郎"),
    ("member_name:1", "花子です", "member.name", "花子"),
    ("member_name:2", "ゆいちゃん", "member.name", "ゆい"),
    ("member_name:2", "高橋 ゆい様", "member.name", "高橋 ゆい"),
    ("member_age:1", "48", "member.age", 48),
    ("member_age:1", "たしか48", "member.age", 48),
    ("member_age:1", "48歳くらい", "member.age", 48),
    ("member_age:1", "四十八歳", "member.age", 48),
    ("member_age:1", "４８", "member.age", 48),
    ("member_age:1", "だいたい50", "member.age", 50),
    ("member_age:1", "50歳です", "member.age", 50),
    ("member_age:1", "弟は50歳です", "member.age", 50),
    ("member_age:1", "いや、52歳", "member.age", 52),
    ("member_age:2", "82歳くらいだと思います", "member.age", 82),
    ("member_age:2", "八十二", "member.age", 82),
    ("member_age:2", "たぶん15歳", "member.age", 15),
    ("member_note:1", "ない", "member.note", NONE),
    ("member_note:1", "特にないです", "member.note", NONE),
    ("member_note:1", "特になし", "member.note", NONE),
    ("member_note:1", "会社員です", "member.note", "会社員"),
    ("member_note:1", "足が悪い", "member.note", "足が悪い"),
    ("member_note:2", "なし", "member.note", NONE),
    ("member_note:2", "高校生", "member.note", "高校生"),
    # ---- くらしの様子
    ("living", "ない", "living_situation", NONE),
    ("living", "特にありません", "living_situation", NONE),
    ("living", "特になし", "living_situation", NONE),
    ("living", "母と二人で年金ぐらし", "living_situation", "母と二人で年金ぐらし"),
    ("living", "夜は一人になります", "living_situation", "夜は一人になります"),
    # ---- 相談中の機関
    ("supporters", "あります", "extra.supporters", "yes"),
    ("supporters", "ないです", "extra.supporters", "no"),
    ("supporters", "はい", "extra.supporters", "yes"),
    ("supporters", "いいえ", "extra.supporters", "no"),
    ("supporters", "おらん", "extra.supporters", "no"),
    ("supporters", "ありません", "extra.supporters", "no"),
    # The seventeenth tester's: a relation said with 岡山弁's copula, or after 「わしじゃ」.
    ("member_relation:1", "息子じゃ", "member.relation", "息子"),
    ("member_relation:1", "わしじゃ、長男", "member.relation", "長男"),
    # The sixteenth tester's: who helps, named in the answer, is yes and who.
    ("supporters", "ケアマネさんがきよる", "extra.supporters", "yes"),
    ("supporters", "ケアマネさんがきよる", "supporter.agency", "ケアマネ"),
    ("supporters", "包括の人が来てくれとる", "supporter.support", "包括の人が来てくれとる"),
    ("supporter_agency:0", "地域包括支援センターです", "supporter.agency", "地域包括支援センター"),
    ("supporter_agency:0", "ケアマネさん", "supporter.agency", "ケアマネさん"),
    ("supporter_support:0", "ヘルパーさんの派遣", "supporter.support", "ヘルパーさんの派遣"),
    ("supporter_support:0", "週に2回の訪問介護", "supporter.support", "週に2回の訪問介護"),
    ("supporter_more:0", "ない", "more", ()),
    ("supporter_more:0", "あります", "more", (0,)),
    ("supporter_more:0", "ほかにもあります", "more", (0,)),
    # ---- 変更: which answer about a household member to change (the others are kept)
    ("member_fix:1", "年齢", "answered.member_age:1", True),
    ("member_fix:1", "名前", "answered.member_name:1", True),
    ("member_fix:2", "続柄です", "answered.member_relation:2", True),
    ("member_fix:2", "伝えておきたいこと", "answered.member_note:2", True),
]


def test_the_table_covers_every_question_of_the_sheet() -> None:
    asked = {steps.split_key(key)[0] for key, *_ in ROWS}
    assert asked == set(steps.BY_KEY)
    assert len(ROWS) >= 150


@pytest.mark.parametrize(("key", "typed", "path", "kept"), ROWS)
def test_a_typed_answer_is_kept_as_the_resident_meant_it(
    key: str, typed: str, path: str, kept: Any
) -> None:
    index = steps.split_key(key)[1]
    assert _stored(_answer(key, typed), path, index) == kept


def test_who_helps_named_at_the_yes_no_question_settles_who_and_what() -> None:
    sit = a.Situation(_writer_state(), TODAY, OKAYAMA.name, OKAYAMA.wards)
    told = steps.read_answer(
        steps.BY_KEY["supporters"], a.Given(text="ヘルパーさんが週2で来よる"), sit, 0
    )
    assert isinstance(told, a.Taken)
    assert set(told.settles) == {"supporter_agency:0", "supporter_support:0"}
    for absent in ("ケアマネはおらん", "ヘルパーさんはまだ"):
        unread = steps.read_answer(steps.BY_KEY["supporters"], a.Given(text=absent), sit, 0)
        assert isinstance(unread, a.Unread) or unread.state.extra.get("supporters") == "no"


def test_none_as_an_answer_is_not_a_skip() -> None:
    state = _answer("phone", "電話はない")
    assert "phone" not in state.sheet.skipped
    assert state.section("person")["phone_home"] == NONE


def test_a_relation_from_the_writers_side_is_asked_about_the_person() -> None:
    step = steps.BY_KEY["member_relation"]
    sit = a.Situation(_writer_state(), TODAY, OKAYAMA.name, OKAYAMA.wards)
    waiting = step.read(a.Given(text="私の弟"), sit, 1)
    assert isinstance(waiting, a.Stay)
    asked = a.Situation(waiting.state, TODAY, OKAYAMA.name, OKAYAMA.wards)
    text = steps.ask_text(step, asked, 1, steps.RESIDENT, easy=False)
    assert "お母さまから見て、どなたですか" in text and "「弟」" in text
    labels = [label for _, label in step.options(asked, 1)]
    assert labels[0] == "息子" and "きょうだい" in labels  # 弟 as written is one tap away


@pytest.mark.parametrize(
    ("typed", "only_that"),
    [("それだけです", True), ("ないです", True), ("いいえ", True), ("ほかにもあります", False)],
)
def test_one_trouble_read_from_the_story_is_confirmed_in_words(typed: str, only_that: bool) -> None:
    state = replace(_writer_state(), proposed=("care",))
    sit = a.Situation(state, TODAY, OKAYAMA.name, OKAYAMA.wards)
    taken = steps.BY_KEY["troubles_confirm"].read(a.Given(text=typed), sit, 0)
    assert isinstance(taken, a.Taken)
    assert (taken.state.primary == "care") is only_that
    answered = steps.answered("troubles_confirm", taken).answered
    assert ("categories" in answered) is only_that  # else the card is shown


@pytest.mark.parametrize(
    ("typed", "read_as"), [("自分のことです", "mental"), ("母のことです", "care")]
)
def test_whose_trouble_it_is_adds_no_trouble_where_the_main_one_is_asked(
    typed: str, read_as: str
) -> None:
    """The seventeenth tester's: 「自分のことです」 at 「一番お困りなのはどれですか？」 added
    こころ (the model read it so) and went into the story."""
    state = replace(_writer_state(), proposed=("debt", "housing"))
    sit = a.Situation(state, TODAY, OKAYAMA.name, OKAYAMA.wards)
    given = a.Given(text=typed, categories=(read_as,))
    result = steps.BY_KEY["troubles_confirm"].read(given, sit, 0)
    kept = result.state if not isinstance(result, a.Unread) else state
    assert kept.proposed == ("debt", "housing") and kept.get("story") == state.get("story")
    told_more = a.Given(text="あと仕事もクビになりました", categories=("income",))
    more = steps.BY_KEY["troubles_confirm"].read(told_more, sit, 0)
    assert not isinstance(more, a.Unread) and "income" in more.state.proposed  # still read


def test_a_story_as_long_as_line_allows_is_kept_whole() -> None:
    story = ("夫が倒れてから、母の介護と仕事で毎日がいっぱいです。" * 200)[:5000]
    assert len(story) == 5000  # LINE's limit for one text message
    assert _answer("story", story).get("story") == story


@pytest.mark.parametrize(
    "typed", ["わからん", "わからへんです", "知らん", "しらない", "わかりません。"]
)
def test_i_dont_know_in_dialect_skips_the_question(typed: str) -> None:
    from handlers.intake.flow import _is_skip

    assert _is_skip(a.Given(text=typed))


@pytest.mark.parametrize(
    ("typed", "sends"),
    [
        ("これでおくります", True),  # the seventeenth tester's
        ("送ってください", True),
        ("この内容でお願いします", True),
        ("これでいいです", True),
        ("はい", True),
        ("名前が違う", False),
        ("住所はこれでいい？", False),
        ("いや、83歳です", False),
    ],
)
def test_the_card_is_sent_by_words_that_say_send_and_only_those(typed: str, sends: bool) -> None:
    assert says_send(typed) is sends

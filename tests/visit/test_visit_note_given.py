"""What a visit note gave, once the 民生委員 tapped 「入れる」, is not asked again (the
fifteenth tester's finding: the 区 and the name were asked after the note named them)."""

from __future__ import annotations

import pytest

from handlers.visit.note import read_note
from tests.harness import Stack, quick_reply_data, quick_reply_labels
from tests.visit.conftest import registered, stack  # noqa: F401

TARO = "U" + "5" * 32
WARDS = ("北区", "中区", "東区", "南区")
NOTE = "北区の田中ハナさん(85)。一人暮らしの女性で、最近もの忘れが増え、家賃の支払いが遅れている。"
SKIPS = ("わからない", "答えたくない", "特になし", "ない", "これで決定")


async def questions_after_accepting(
    stack: Stack,  # noqa: F811
    note: str,
) -> tuple[str, list[str], str]:
    """A visit begun with `note`, its hints accepted, every question skipped or answered
    with its first button: the hints card, the questions asked, the summary."""
    await registered(stack, TARO)
    await stack.tap(TARO, "a=visit&v=start")
    await stack.replies(TARO)
    await stack.say(TARO, note)
    (hints,) = await stack.replies(TARO)
    await stack.tap(TARO, hints["template"]["actions"][0]["data"])
    await stack.settle()
    last = (await stack.replies(TARO, 1))[-1]
    asked: list[str] = []
    for _ in range(30):
        labels = quick_reply_labels(last)
        if "この内容で送る" in labels:
            return hints["template"]["text"], asked, str(last)
        asked.append(last.get("text", ""))
        assert "北区" not in labels, "the 区 was asked again"
        choice = next((label for label in SKIPS if label in labels), labels[0])
        await stack.tap(TARO, quick_reply_data(last, choice))
        await stack.settle()
        last = (await stack.replies(TARO, 1))[-1]
    raise AssertionError("the sheet never reached its summary")


async def test_the_ward_name_and_age_of_an_accepted_note_are_not_asked_again(
    stack: Stack,  # noqa: F811
) -> None:
    shown, asked, summary = await questions_after_accepting(stack, NOTE)
    assert "お名前：田中ハナ" in shown and "年齢：85歳" in shown and "お住まい：北区" in shown
    assert not [q for q in asked if "お名前を教えて" in q or "生年月日" in q]
    assert any("ふりがな" in q for q in asked)  # the name given brings its reading
    assert "田中ハナ" in summary and "北区" in summary


async def test_a_household_member_of_an_accepted_note_is_not_asked_again(
    stack: Stack,  # noqa: F811
) -> None:
    note = "北区の木村トメさん(84)、女性。長男（52）と二人暮らし。長男は仕事がなく家賃が払えない。"
    shown, asked, _ = await questions_after_accepting(stack, note)
    assert "長男（52歳）" in shown
    assert not [q for q in asked if "2人目の方は" in q or "の年齢を教えて" in q], asked


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("北区の田中ハナさん(85)。一人暮らし", "田中ハナ"),
        ("息子の太郎さんと二人暮らし。山本トシ様、78歳", "山本トシ"),
        ("中区 佐藤さん（90歳）娘さんと同居", "佐藤"),
        ("娘さんの花子さんが来ていた", None),
        ("お隣さんの話では、奥さんが入院した", None),
        ("ケアマネさんと一緒に訪問", None),
        ("北区の高橋ふみ子さん（78）を定期訪問", "高橋ふみ子"),
        # The neighbour who asked for the visit is not whom it is about.
        ("隣に住む佐藤さん（70）からの依頼で東区の山田ハルさん宅を訪問。91歳", "山田ハル"),
    ],
)
def test_the_person_named_in_a_note_is_read_and_no_one_else(note: str, name: str | None) -> None:
    assert read_note(note, WARDS).name == name


def test_the_age_is_the_persons_and_a_household_members_age_is_theirs() -> None:
    """The sixteenth tester: 「長男（52）と二人暮らし」 asked the son's relation and age
    again; 「佐藤さん（70）からの依頼で…ハルさんは91歳」 took the neighbour's age."""
    note = read_note("中区の木村トメさん(84)、女性。長男（52）と二人暮らし。", WARDS)
    assert (note.age, note.relations, note.member_ages) == (84, ("長男",), (52,))
    assert "いっしょに暮らす人：長男（52歳）" in note.lines()
    asked_by = read_note(
        "隣に住む佐藤さん（70）からの依頼で山田ハルさん宅へ。ハルさんは91歳", WARDS
    )
    assert asked_by.age == 91

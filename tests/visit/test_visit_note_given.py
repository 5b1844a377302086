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


async def test_the_ward_name_and_age_of_an_accepted_note_are_not_asked_again(
    stack: Stack,  # noqa: F811
) -> None:
    await registered(stack, TARO)
    await stack.tap(TARO, "a=visit&v=start")
    await stack.replies(TARO)
    await stack.say(TARO, NOTE)
    (hints,) = await stack.replies(TARO)
    shown = hints["template"]["text"]
    assert "お名前：田中ハナ" in shown and "年齢：85歳" in shown and "お住まい：北区" in shown
    await stack.tap(TARO, hints["template"]["actions"][0]["data"])
    await stack.settle()
    last = (await stack.replies(TARO, 1))[-1]
    asked: list[str] = []
    for _ in range(30):
        labels = quick_reply_labels(last)
        if "この内容で送る" in labels:
            break
        asked.append(last.get("text", ""))
        assert "北区" not in labels, "the 区 was asked again"
        choice = next((label for label in SKIPS if label in labels), labels[0])
        await stack.tap(TARO, quick_reply_data(last, choice))
        await stack.settle()
        last = (await stack.replies(TARO, 1))[-1]
    else:
        raise AssertionError("the sheet never reached its summary")
    assert not [q for q in asked if "お名前を教えて" in q or "生年月日" in q]
    assert any("ふりがな" in q for q in asked)  # the name given brings its reading
    summary = str(last)
    assert "田中ハナ" in summary and "北区" in summary


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("北区の田中ハナさん(85)。一人暮らし", "田中ハナ"),
        ("息子の太郎さんと二人暮らし。山本トシ様、78歳", "山本トシ"),
        ("中区 佐藤さん（90歳）娘さんと同居", "佐藤"),
        ("娘さんの花子さんが来ていた", None),
        ("お隣さんの話では、奥さんが入院した", None),
        ("ケアマネさんと一緒に訪問", None),
    ],
)
def test_the_person_named_in_a_note_is_read_and_no_one_else(note: str, name: str | None) -> None:
    assert read_note(note, WARDS).name == name

"""What the resident sees in LINE stays within LINE's limits."""

from __future__ import annotations

from bot import limits
from bot.render import render_reply
from handlers.messages import Buttons, Choice, Confirm, Hotline, Hotlines, Reply, Text


def test_long_text_is_split_into_pieces_line_accepts() -> None:
    long_text = ("あいうえお" * 100 + "\n") * 25  # 12,525 characters
    messages = render_reply(Reply((Text(long_text),)))
    assert len(messages) == 3
    assert all(limits.utf16_len(m["text"]) <= 5000 for m in messages)
    assert "".join(m["text"] for m in messages) == long_text


def test_text_with_emoji_counts_utf16_units() -> None:
    text = "😀" * 3000  # 6,000 UTF-16 units although only 3,000 characters
    messages = render_reply(Reply((Text(text),)))
    assert len(messages) == 2
    assert all(limits.utf16_len(m["text"]) <= 5000 for m in messages)


def test_quick_replies_go_on_the_last_message_only_and_are_capped() -> None:
    choices = tuple(Choice(f"選択肢{i}", f"a=x&v={i}") for i in range(20))
    messages = render_reply(Reply((Text("一つ目"), Text("二つ目")), quick_replies=choices))
    assert "quickReply" not in messages[0]
    items = messages[-1]["quickReply"]["items"]
    assert len(items) == 13
    assert items[0]["action"] == {
        "type": "postback",
        "label": "選択肢0",
        "data": "a=x&v=0",
        "displayText": "選択肢0",
    }


def test_labels_longer_than_twenty_characters_are_clipped() -> None:
    label = "とても長いボタンの名前がここに入ってしまう場合です"
    messages = render_reply(Reply((Text("質問"),), quick_replies=(Choice(label, "a=1"),)))
    rendered = messages[0]["quickReply"]["items"][0]["action"]["label"]
    assert len(rendered) == 20 and rendered.endswith("…")


def test_confirm_and_buttons_templates() -> None:
    reply = Reply(
        (
            Confirm("同意しますか？", Choice("はい", "a=yes"), Choice("いいえ", "a=no")),
            Buttons("どれにしますか", (Choice("A", "a=A"), Choice("B", "a=B")), title="選択"),
        )
    )
    confirm, buttons = render_reply(reply)
    assert confirm["template"]["type"] == "confirm"
    assert [a["label"] for a in confirm["template"]["actions"]] == ["はい", "いいえ"]
    assert buttons["template"]["type"] == "buttons"
    assert buttons["altText"] == "どれにしますか"


def test_hotlines_are_tap_to_call_buttons() -> None:
    reply = Reply(
        (
            Hotlines(
                "すぐに電話してください",
                (
                    Hotline("警察", "110", "tel:110", "24時間"),
                    Hotline("救急", "119", "tel:119", "24時間"),
                ),
            ),
        )
    )
    (flex,) = render_reply(reply)
    assert flex["type"] == "flex"
    buttons = [c for c in flex["contents"]["body"]["contents"] if c["type"] == "button"]
    assert [b["action"]["uri"] for b in buttons] == ["tel:110", "tel:119"]
    assert "110" in flex["altText"] and "119" in flex["altText"]

"""`tsunagu chat`: the same conversation in a terminal, over HTTP through the webhook."""

from __future__ import annotations

import asyncio
import time

from api.emulator import LineEmulator
from tests.simulator.conftest import ECHO_SECRET
from tests.simulator.echo_bot import WELCOME, agency_card, confirm
from tests.timing import budget
from tsunagu.chat import TerminalChat, render_for_terminal


def test_buttons_and_quick_replies_are_numbered_in_order() -> None:
    quick = {
        "items": [
            {"type": "action", "action": {"type": "postback", "label": "相談する", "data": "a"}},
            {"type": "action", "action": {"type": "message", "label": "やめる", "text": "やめる"}},
        ]
    }
    screen = render_for_terminal(
        [agency_card(), confirm(), {"type": "text", "text": "どうしますか", "quickReply": quick}]
    )
    assert [a.get("label") for a in screen.actions] == [
        "電話する",
        "電話する",
        "はい",
        "いいえ",
        "相談する",
        "やめる",
    ]
    text = "\n".join(screen.lines)
    assert "地域包括支援センター" in text
    assert "[1] 電話する (tel:0868000000)" in text
    assert "  ▶ [5] 相談する" in text


async def test_follow_then_typing_a_number_taps_the_quick_reply(
    echo_site: tuple[str, LineEmulator],
) -> None:
    url, _ = echo_site
    printed: list[str] = []
    script = iter(["/follow", "1", "/quit"])
    waits_for = {"1": WELCOME, "/quit": "わかりました。"}

    async def read_line() -> str | None:
        line = next(script)
        expected = waits_for.get(line)
        deadline = time.monotonic() + budget(10)
        while expected and not any(expected in p for p in printed):
            assert time.monotonic() < deadline, f"never printed {expected!r}: {printed}"
            await asyncio.sleep(0.05)
        return line

    chat = TerminalChat(url, ECHO_SECRET, None, read_line, printed.append)
    await asyncio.wait_for(chat.run(), timeout=30)
    assert "ボット: " + WELCOME in printed
    assert "あなた: 相談する" in printed
    assert "ボット: わかりました。" in printed
    assert any(line.endswith("] はい") for line in printed)


async def test_lines_piped_in_at_once_each_tap_the_answer_before_them(
    echo_site: tuple[str, LineEmulator],
) -> None:
    """`tsunagu chat < script.txt`: the lines are all there at once, yet `1` must tap the
    welcome's first button, not a button of nothing."""
    url, _ = echo_site
    printed: list[str] = []
    script = iter(["/follow", "1"])

    async def read_line() -> str | None:
        return next(script, None)

    chat = TerminalChat(url, ECHO_SECRET, None, read_line, printed.append)
    await asyncio.wait_for(chat.run(), timeout=40)
    assert "ボット: " + WELCOME in printed
    assert "あなた: 相談する" in printed
    assert printed.index("あなた: 相談する") > printed.index("ボット: " + WELCOME)
    assert any(line.endswith("] はい") for line in printed), "the answer to the tap was not read"

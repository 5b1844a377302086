"""Staff read the conversation in words: a resident is walked through the real webhook,
tapping every button the bot offers (the list comes from what the bot sends, and the rich
menu's cells, not from a list kept here), typing answers where it asks for words, and
sending a sticker, a photo and a place. No transcript shown to staff — the case page and
its live refresh — then holds a postback payload or an English identifier, and each tap
reads as the button the person saw."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select

from api.console.transcript_view import actions_in, human_transcript, shown_text, tap_words
from bot.richmenu import RESIDENT_MENU
from cases.models import Case, Resident, TranscriptEntry
from cases.staff import add_staff
from handlers import languages
from tests.console.conftest import PASSWORD, sign_in
from tests.harness import Stack, running_stack

WALKER = "U" + "a1" * 16
STAFF_GROUP = "C" + "0" * 32
MAX_TURNS = 260
# What a person types where the bot asks for words (a name, an address, their story…).
TYPED = (
    "母の介護で仕事を辞めて、家賃も払えなくなりました",
    "山田花子",
    "やまだはなこ",
    "1955年5月3日",
    "岡山市北区鹿田町一丁目1-1",
    "090-1234-5678",
    "母と二人暮らしです",
    "はい",
    "もう死にたい",
)
DIGITS = re.compile(r"\d+")
# A lower-case ASCII word of three letters or more is an id (family, line, consult…).
ENGLISH_ID = re.compile(r"(?<![A-Za-z])[a-z][a-z_]{2,}(?![A-Za-z])")


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    async with running_stack(
        database_url,
        STAFF_LINE_GROUP_ID=STAFF_GROUP,
        OUTBOX_POLL_SECONDS=0.1,
        TSUNAGU_USER_RATE_LIMIT=10_000,
    ) as running:
        yield running


def offered(messages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every tappable button in these messages, by payload (the latest offer wins)."""
    return {str(a["data"]): a for m in messages for a in actions_in(m) if walked(str(a["data"]))}


def walked(data: str) -> bool:
    """The walk stays in Japanese: the choice of language, and what follows in another
    language, are tests/languages' (its 「Please choose your language.」 is meant)."""
    return not data.startswith(f"a={languages.ACTION}&")


async def tap(stack: Stack, action: dict[str, Any]) -> None:
    params = None
    if action.get("type") == "datetimepicker":
        params = {"date": action.get("initial") or action.get("max") or "1955-05-03"}
    await stack.tap(WALKER, str(action["data"]), params)
    await stack.settle()


async def walk_every_button(stack: Stack) -> dict[str, str]:
    """Tap every button the bot ever offers; return payload → the words of the taps made
    (the button's displayText, as the person's chat shows it, else its label)."""
    await stack.follow(WALKER)
    await stack.settle()
    cells = [button for row in RESIDENT_MENU.rows for button in row if walked(button.data)]
    seen = {b.data: {"type": "postback", "data": b.data, "label": b.display} for b in cells}
    tapped: dict[str, str] = {}
    typed = list(TYPED)
    shown = 0
    for _ in range(MAX_TURNS):
        delivered = stack.delivered(WALKER)
        latest = offered(delivered[shown:])
        shown = len(delivered)
        seen.update(offered(delivered))
        # A step asked again (the third 「ほかにもある？」) gets a choice not taken before.
        kinds = {DIGITS.sub("", d) for d in tapped}
        fresh = sorted(
            (a for d, a in latest.items() if d not in tapped),
            key=lambda a: DIGITS.sub("", str(a["data"])) in kinds,
        )
        anywhere = [a for d, a in seen.items() if d not in tapped]
        if fresh:
            action = fresh[0]
        elif typed:
            await stack.say(WALKER, typed.pop(0))
            await stack.settle()
            continue
        elif anywhere:
            action = anywhere[0]
        else:
            break
        tapped[str(action["data"])] = tap_words(action)
        await tap(stack, action)
    for send in (stack.events.sticker(WALKER), stack.events.image(WALKER)):
        await stack.post_events([send])
    await stack.post_events([stack.events.location(WALKER)])
    await stack.settle()
    assert not [d for d in seen if d not in tapped], "the walk ended before every button"
    return tapped


def assert_in_words(text: str, tapped: dict[str, str]) -> None:
    for data in tapped:
        assert data not in text, f"a raw postback is shown: {data}"
    assert not ENGLISH_ID.findall(text), sorted(set(ENGLISH_ID.findall(text)))


def visible(html: str) -> str:
    without_tags = re.sub(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", " ", html, flags=re.S)
    return " ".join(without_tags.split())


async def test_every_tap_and_message_reads_as_words_to_staff(stack: Stack) -> None:
    tapped = await walk_every_button(stack)
    assert len(tapped) >= 20  # the menu, intake, the sheet, consent, the hand-off…
    async with stack.services.session_factory() as db:
        resident_id = await db.scalar(select(Resident.id).where(Resident.line_user_id == WALKER))
        entries = list(
            await db.scalars(
                select(TranscriptEntry)
                .where(TranscriptEntry.resident_id == resident_id)
                .order_by(TranscriptEntry.id)
            )
        )
        case_ids = list(await db.scalars(select(Case.id).where(Case.resident_id == resident_id)))
        await add_staff(db, "desk", PASSWORD, "admin", None, "窓口 一郎")
        await db.commit()
    kinds = {(e.direction, e.kind) for e in entries}
    for kind in ("text", "postback", "sticker", "image", "location", "follow"):
        assert ("in", kind) in kinds
    for kind in ("text", "template", "flex"):
        assert ("out", kind) in kinds

    text = shown_text(human_transcript(entries))
    assert_in_words(text, tapped)
    for label in set(tapped.values()):
        assert f"「{label}」を押しました" in text
    assert "「相談する」を押しました" in text
    # The summary's eleven 「変更」 buttons each say what they change; a picked date is
    # written as people write it, 和暦 first.
    assert "「変更」を押しました" not in text
    assert "「お名前を変更」を押しました" in text
    assert re.search(r"(昭和|平成|令和)\d+年\d+月\d+日（\d{4}年）を選びました", text), text

    assert case_ids, "the walk handed a case to staff"
    await sign_in(stack.http, "desk")
    for case_id in case_ids:
        page = await stack.http.get(f"/console/cases/{case_id}")
        live = await stack.http.get(f"/console/cases/{case_id}/transcript")
        assert page.status_code == live.status_code == 200
        assert "を押しました" in visible(live.text)
        assert_in_words(visible(live.text), tapped)
        chat = re.search(r'<ol class="transcript".*?</ol>', page.text, flags=re.S)
        assert chat is not None
        assert_in_words(visible(chat.group(0)), tapped)
        # The rest of the page too: consents, provisions, notes and the audit trail.
        assert_in_words(visible(page.text), tapped)

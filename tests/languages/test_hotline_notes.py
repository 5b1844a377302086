"""The crisis answer's numbers, for a resident who reads another language: each line's
hours said in their language (not the directory's Japanese text), whether it answers in
their language and which key reaches it, and that the others speak Japanese."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.context import TurnContext
from handlers.crisis import crisis_reply, emergency_contacts
from handlers.i18n import EASY, LANGUAGES, SOURCE, Catalogue
from handlers.messages import Hotlines

NOON = datetime(2026, 11, 24, 12, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
# Kana, or the Japanese 時 of the directory's hours (simplified Chinese writes 时).
JAPANESE = re.compile(r"[\u3040-\u30ff]|時")
FOREIGN_LINE = "tel:0120279338"
FOREIGN = [lang.code for lang in LANGUAGES if lang.code not in (SOURCE, EASY)]


def hotlines(words: Catalogue, language: str, flags: tuple[str, ...]) -> Hotlines:
    ctx = TurnContext(now=NOON, municipality="okayama", language=language)
    reply, _ = crisis_reply(flags, ctx)
    said = words.reply(reply, language)
    return next(m for m in said.messages if isinstance(m, Hotlines))


@pytest.mark.parametrize("language", FOREIGN)
def test_each_number_is_described_in_the_residents_language(
    words: Catalogue, language: str
) -> None:
    for flags in (("suicide",), ("violence",), ("medical_emergency",)):
        for line in hotlines(words, language, flags).hotlines:
            assert not JAPANESE.search(line.note), (language, line.name, line.note)


@pytest.mark.parametrize("language", FOREIGN)
def test_the_line_in_their_language_says_so_and_which_key_to_press(
    words: Catalogue, language: str
) -> None:
    lines = hotlines(words, language, ("suicide",)).hotlines
    foreign = next(line for line in lines if line.tel_uri == FOREIGN_LINE)
    assert "2" in foreign.note and words.text("あなたの言葉で話せます", language) in foreign.note
    others = [line for line in lines if line.tel_uri not in (FOREIGN_LINE, "tel:110", "tel:119")]
    assert others and all(words.text("日本語で話します", language) in o.note for o in others)


def test_japanese_readers_keep_the_directorys_own_words(words: Catalogue) -> None:
    ctx = TurnContext(now=NOON, municipality="okayama")
    card = next(m for m in emergency_contacts(ctx).messages if isinstance(m, Hotlines))
    notes = [h.note for h in card.hotlines]
    assert "24時間" in notes and not any("日本語で話します" in n for n in notes)


@pytest.mark.parametrize("language", [SOURCE, *FOREIGN])
def test_a_line_whose_hours_are_over_says_so_now_and_not_in_its_hours(
    words: Catalogue, language: str
) -> None:
    """The sixteenth tester: at 6 a.m. 自殺予防いのちの電話 showed 「毎日16時~21時」 and
    nothing to say it was closed, while the agencies' cards did."""
    closed = words.text("いまは受付時間外です", language)
    at_dawn = TurnContext(now=NOON.replace(hour=6), municipality="okayama", language=language)
    at_six_pm = TurnContext(now=NOON.replace(hour=18), municipality="okayama", language=language)
    for ctx, over in ((at_dawn, True), (at_six_pm, False)):
        reply, _ = crisis_reply(("suicide",), ctx)
        card = next(m for m in words.reply(reply, language).messages if isinstance(m, Hotlines))
        line = next(h for h in card.hotlines if h.tel_uri == "tel:0120783556")
        assert (closed in line.note) is over, (language, line.note)
        assert all(
            closed not in h.note for h in card.hotlines if h.tel_uri in ("tel:119", "tel:110")
        )

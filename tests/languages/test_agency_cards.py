"""What an agency card says about its hours (open now, closed until when) and about the
number it shows (whose it is, what to ask for) is in the resident's language; the names
of places, and the words to say to a Japanese-speaking desk, stay in Japanese."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from directory.calendar_jp import JST
from directory.contact import agency_contact, resident_facing
from directory.loader import load_directory, pack_names
from directory.opening import opening
from directory.router import suggest
from directory.wording import joined_short
from handlers.cards import agency_cards
from handlers.i18n import EASY, Catalogue
from handlers.messages import AgencyCards, Reply
from tests.languages.test_catalogue import COMPLETE

MOMENTS = (
    datetime(2026, 11, 25, 10, 0, tzinfo=JST),  # a Wednesday morning: open
    datetime(2026, 11, 25, 18, 30, tzinfo=JST),  # its evening: closed until tomorrow
    datetime(2026, 11, 28, 10, 0, tzinfo=JST),  # a Saturday
    datetime(2026, 11, 23, 10, 0, tzinfo=JST),  # 勤労感謝の日
    datetime(2026, 12, 31, 10, 0, tzinfo=JST),  # the year's end
)
FOREIGN = tuple(code for code in COMPLETE if code != EASY)
KANA = re.compile(r"[\u3041-\u30ff]")
KANJI = re.compile(r"[\u4e00-\u9fff]")


def left_in_japanese(text: str, kept: list[str], language: str) -> list[str]:
    """The Japanese still in `text` once the names and the words to say are taken out."""
    for name in sorted(kept, key=len, reverse=True):
        text = text.replace(name, "")
    script = KANA if language == "zh-Hans" else re.compile(f"{KANA.pattern}|{KANJI.pattern}")
    return script.findall(text)


@pytest.mark.parametrize("municipality", pack_names())
@pytest.mark.parametrize("language", FOREIGN)
def test_hours_and_whose_number_are_said_in_the_language(
    words: Catalogue, municipality: str, language: str
) -> None:
    directory = load_directory(municipality)
    pack = directory.pack
    city = pack.municipality
    kept = [agency.name for agency in pack.agencies] + [city.name, "役所"]
    kept += [city.city_hall.address or ""]
    said: set[str] = set()
    for agency in pack.agencies:
        if not resident_facing(agency):
            continue
        for moment in MOMENTS:
            said.add(opening(agency.hours, agency.kind, moment).text)
        for categories in (["care"], ["income", "debt"]):
            note = agency_contact(pack, agency, categories).note
            if note:
                said.add(note)
                kept.append(f"{joined_short(categories)}の相談")
    assert any("時間外" in text for text in said)
    for text in said:
        theirs = words.text(text, language)
        assert left_in_japanese(theirs, kept, language) == [], (text, theirs)


@pytest.mark.parametrize("language", FOREIGN)
def test_a_card_out_of_hours_tells_when_it_opens_in_the_language(
    words: Catalogue, language: str
) -> None:
    directory = load_directory("okayama")
    evening = MOMENTS[1]
    suggestion = suggest(directory, ["care"], "care", 82, None, evening)
    cards = agency_cards(suggestion, "okayama")
    closed = [card for card in cards.cards if card.open_now is False]
    assert closed
    reply = words.reply(Reply((cards,)), language)
    assert isinstance(reply.messages[0], AgencyCards)
    for card in reply.messages[0].cards:
        if card.open_now is False:
            status = card.hours.split("\n")[-1]
            assert "時間外" not in status and "次は" not in status, status
            assert any(mark in status for mark in ("8:30", "9:00", "8:45")), status
    # What a notification shows: the lead and whether each is open, in their words too;
    # only the agencies' names stay Japanese.
    alt = reply.messages[0].in_words
    assert alt.startswith(words.text("相談先のご案内", language))
    assert "時間外" not in alt and words.text("時間外", language) in alt
    city = directory.pack.municipality.name
    names = [card.name for card in cards.cards] + [city + "役所", f"{joined_short(['care'])}の相談"]
    assert left_in_japanese(alt, names, language) == [], alt

"""Every card a resident can get has a way to reach a person, and shows only what the
agency does for the fields asked about, in words meant for residents."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import product

import pytest

from directory.calendar_jp import JST
from directory.contact import direct_phone
from directory.loader import load_directory, pack_names
from directory.router import suggest
from directory.wording import PACK_NOTE_MARKS, for_residents, phrase
from handlers.cards import agency_cards
from handlers.messages import AgencyCard
from nlu.categories import CATEGORY_IDS

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0, tzinfo=JST)
PHONE = re.compile(r"^(?:\d{2,5}-\d{1,4}-\d{3,4}|#\d{4}|\d{3})$")  # 086-…, #8008, 189


def every_card(municipality: str) -> list[tuple[str, str | None, int | None, AgencyCard]]:
    """The cards of every category, for every area of the city and ages young and old."""
    directory = load_directory(municipality)
    areas = [None, *(d.name for d in directory.municipality.welfare_districts)]
    areas += [w.name for w in directory.municipality.wards]
    found = []
    for category, area, age in product(CATEGORY_IDS, areas, (None, 8, 35, 82)):
        suggestion = suggest(directory, [category], category, age, area, WEDNESDAY_10)
        for card in agency_cards(suggestion, municipality).cards:
            found.append((category, area, age, card))
    return found


@pytest.mark.parametrize("municipality", pack_names())
def test_no_card_of_any_pack_or_category_lacks_a_contact_line(municipality: str) -> None:
    cards = every_card(municipality)
    assert cards
    for category, area, age, card in cards:
        where = (category, area, age, card.agency_id)
        if card.tel_uri:
            assert card.phone and PHONE.search(card.phone), where
        else:  # no number anywhere in the pack: the city hall's window, with its address
            assert card.phone_note and "窓口" in card.phone_note, where
            assert "お電話で" not in card.hours, where


@pytest.mark.parametrize("municipality", pack_names())
def test_a_borrowed_number_says_whose_it_is_and_what_to_ask_for(municipality: str) -> None:
    agencies = load_directory(municipality).agencies_by_id
    for _category, _area, _age, card in every_card(municipality):
        agency = agencies.get(card.agency_id)
        if agency is not None and card.phone and card.phone != direct_phone(agency):
            assert card.phone_note and "番号です。" in card.phone_note, card
            assert "とお伝えください" in card.phone_note, card


@pytest.mark.parametrize("municipality", pack_names())
def test_cards_show_no_note_meant_for_the_people_keeping_the_pack(municipality: str) -> None:
    for _category, _area, _age, card in every_card(municipality):
        shown = " ".join(
            part or ""
            for part in (
                card.name,
                card.helps_with,
                card.hours,
                card.reason,
                card.phone_note,
                card.address,  # the thirteenth tester's 「（建物名は出典で途中まで『南…』）」
            )
        )
        assert not any(mark in shown for mark in PACK_NOTE_MARKS), (card.agency_id, shown)


def test_the_hours_of_a_crisis_line_show_no_note_about_its_source() -> None:
    """The thirteenth tester's: 「チャットの時間は本出典に記載なし」 under DV相談＋."""
    from directory.hotlines import all_hotlines
    from handlers.context import TurnContext
    from handlers.crisis import crisis_reply
    from handlers.messages import Hotlines

    ctx = TurnContext(now=WEDNESDAY_10, municipality="okayama", prefecture="岡山県")
    reply, _alert = crisis_reply(("violence", "suicide", "child_danger"), ctx)
    card = next(m for m in reply.messages if isinstance(m, Hotlines))
    notes = " ".join(line.note for line in card.hotlines)
    assert "24時間" in notes and not any(mark in notes for mark in PACK_NOTE_MARKS), notes
    assert any("出典" in (e.hours_text or "") for e in all_hotlines("岡山県", "okayama"))


@pytest.mark.parametrize("municipality", pack_names())
def test_a_field_card_lists_only_what_the_agency_does_for_that_field(municipality: str) -> None:
    directory = load_directory(municipality)
    for category, _area, _age, card in every_card(municipality):
        if card.agency_id not in directory.agencies_by_id:
            continue  # a hotline
        services = directory.agency(card.agency_id).services
        for_this_field = {
            for_residents(service.description)
            for service in services
            if category in service.categories
        }
        for shown in card.helps_with.split("／"):
            assert shown in for_this_field or shown == phrase(category), (category, card.agency_id)


def test_an_income_card_for_a_welfare_office_does_not_offer_care_insurance() -> None:
    directory = load_directory("okayama")
    suggestion = suggest(directory, ["income"], "income", 45, "北区中央", WEDNESDAY_10)
    office = next(c for c in agency_cards(suggestion, "okayama").cards if "福祉事務所" in c.name)
    assert "介護保険" not in office.helps_with
    assert "生活保護" in office.helps_with

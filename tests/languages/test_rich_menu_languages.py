"""The residents' rich menu in each language: the same buttons sending the same taps, its
words in the language, drawn within LINE's limits; linked to a resident when they choose a
language (or their phone's is one the bot speaks), and taken back when they choose
Japanese again."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.limits import MAX_ACTION_LABEL
from bot.menu_links import relink_all
from bot.richmenu import (
    MAX_CHAT_BAR,
    MAX_IMAGE_BYTES,
    RESIDENT_MENU,
    drawn_as,
    font_file_for,
    in_language,
    menu_body,
    menu_image,
)
from handlers.i18n import SOURCE, Catalogue
from handlers.locale_keys import source_messages
from tests.faults.services import wait_until
from tests.harness import Stack, linked_menu
from tests.languages.test_catalogue import COMPLETE
from tests.timing import budget

USER = "U" + "7" * 32


def test_every_word_of_the_menu_is_a_key_of_the_catalogue() -> None:
    keys = source_messages()
    buttons = [button for row in RESIDENT_MENU.rows for button in row if button.translated]
    for words in (
        RESIDENT_MENU.chat_bar_text,
        *(button.display for button in buttons),
        *(button.hint for button in buttons if button.hint),
    ):
        assert words in keys, words


@pytest.mark.parametrize("code", COMPLETE)
def test_the_menu_in_each_language_sends_the_same_taps_in_its_words(
    words: Catalogue, code: str
) -> None:
    menu = in_language(RESIDENT_MENU, words, code)
    assert menu.name == f"{RESIDENT_MENU.name}-{code}"
    japanese = [button for row in RESIDENT_MENU.rows for button in row]
    theirs = [button for row in menu.rows for button in row]
    assert [b.data for b in theirs] == [b.data for b in japanese]
    for mine, source in zip(theirs, japanese, strict=True):
        if not source.translated:  # 「ことば / Language」, the same in every menu
            assert mine == source
            continue
        assert mine.display == words.text(source.display, code) != source.display
        assert mine.display.replace(" ", "") == mine.label.replace("\n", "").replace(" ", "")
    body = menu_body(menu)
    assert len(body["chatBarText"]) <= MAX_CHAT_BAR
    for area in body["areas"]:
        assert len(area["action"]["label"]) <= MAX_ACTION_LABEL
        assert area["action"]["displayText"] in [b.display for b in theirs]
    for button in theirs:  # no letter drawn as an empty box
        assert font_file_for(button.label) is not None, button.label
        assert not button.hint or font_file_for(button.hint) is not None, button.hint
    image = menu_image(menu)
    assert len(image) <= MAX_IMAGE_BYTES
    assert Image.open(io.BytesIO(image)).size == RESIDENT_MENU.size
    assert image != menu_image(RESIDENT_MENU)


def test_japanese_keeps_the_default_menu(words: Catalogue) -> None:
    assert in_language(RESIDENT_MENU, words, SOURCE) is RESIDENT_MENU


async def test_choosing_a_language_links_the_menu_in_it_and_japanese_takes_it_back(
    stack: Stack, words: Catalogue
) -> None:
    await stack.tap(USER, "a=lang&v=vi")
    await stack.replies(USER)
    menu_id = await linked_menu(stack, USER, linked=True)
    shown = stack.emulator.richmenus.describe(str(menu_id))
    assert shown["name"] == drawn_as(in_language(RESIDENT_MENU, words, "vi"))
    said = {area["action"]["displayText"] for area in shown["areas"]}
    assert words.text("相談する", "vi") in said and "相談する" not in said
    # The image LINE shows is the Vietnamese one.
    image, _ = stack.emulator.richmenus.image(str(menu_id))
    assert image == menu_image(in_language(RESIDENT_MENU, words, "vi"))

    await stack.tap(USER, "a=lang&v=ja")
    await stack.replies(USER)
    await linked_menu(stack, USER, linked=False)
    assert stack.emulator.richmenus.menu_for(USER) == stack.emulator.richmenus.default_id


@pytest.mark.parametrize("code", [SOURCE, *COMPLETE])
async def test_every_menu_has_a_cell_that_opens_the_choice_of_language(
    stack: Stack, words: Catalogue, code: str
) -> None:
    menu = in_language(RESIDENT_MENU, words, code)
    cells = [b for row in menu.rows for b in row if "Language" in b.label]
    assert len(cells) == 1 and "ことば" in cells[0].label
    await stack.tap(USER, cells[0].data)
    asked = (await stack.replies(USER))[-1]
    offered = [item["action"]["label"] for item in asked["quickReply"]["items"]]
    assert {"日本語", "English", "Tiếng Việt", "Português"} <= set(offered)


async def test_after_a_release_that_changed_the_menu_its_users_are_moved_to_the_new_one(
    stack: Stack, words: Catalogue
) -> None:
    await stack.say("U" + "8" * 32, "こんにちは")  # a Japanese resident: on the default
    await stack.tap(USER, "a=lang&v=vi")
    await stack.replies(USER)
    current = await linked_menu(stack, USER, linked=True)
    # As an older release left it: a Vietnamese menu without the language cell.
    older = in_language(RESIDENT_MENU, words, "vi")
    body = menu_body(older) | {"name": older.name}
    body["areas"] = [a for a in body["areas"] if "Language" not in a["action"]["label"]]
    old_id = stack.emulator.richmenus.create(body)
    stack.emulator.richmenus.set_image(old_id, "image/png", menu_image(older))
    stack.emulator.richmenus.link(USER, old_id)

    assert await relink_all(stack.services.session_factory) == 1
    moved = lambda: stack.emulator.richmenus.user_links.get(USER) == current  # noqa: E731
    await wait_until(moved, budget(10), "the user to be moved to the new menu")
    shown = stack.emulator.richmenus.describe(str(current))
    assert "ことば / Language" in {a["action"]["displayText"] for a in shown["areas"]}
    assert "U" + "8" * 32 not in stack.emulator.richmenus.user_links

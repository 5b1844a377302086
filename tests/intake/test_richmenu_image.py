"""The residents' rich menu as drawn: size, weight and the seven buttons' areas."""

from __future__ import annotations

import io

from PIL import Image

from bot.richmenu import RESIDENT_MENU, menu_body, menu_image

LABELS = [
    "相談する",
    "相談窓口を探す",
    "緊急のとき",
    "担当者と話したい",
    "続きから",
    "同意・データのこと",
    "ことば / Language",
]


def test_image_is_a_full_size_png_under_one_megabyte() -> None:
    data = menu_image(RESIDENT_MENU)
    image = Image.open(io.BytesIO(data))
    assert (image.format, image.size) == ("PNG", (2500, 1686))
    assert len(data) < 1_000_000
    # Seven coloured tiles: the centre of each is not the background.
    for area in menu_body(RESIDENT_MENU)["areas"]:
        bounds = area["bounds"]
        centre = (bounds["x"] + bounds["width"] // 2, bounds["y"] + 40 + bounds["height"] // 4)
        assert image.getpixel(centre) != (245, 245, 240)


def test_areas_cover_the_image_with_the_seven_buttons() -> None:
    body = menu_body(RESIDENT_MENU)
    assert [a["action"]["displayText"] for a in body["areas"]] == LABELS
    assert sum(a["bounds"]["width"] * a["bounds"]["height"] for a in body["areas"]) == 2500 * 1686

"""Rich menus: a grid of large buttons described once (`MenuSpec`), drawn by Pillow with
the IPAex Gothic font, and put on LINE through the Messaging API (create, upload the image,
set it as every user's default — or link it to one user, as the 民生委員 menu does).

`RESIDENT_MENU` is the default menu of every resident; a resident who speaks another
language gets the same menu in it (`in_language`), linked to them alone
(`bot/menu_links.py`)."""

from __future__ import annotations

import hashlib
import io
import logging
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from fontTools.ttLib import TTCollection, TTFont
from PIL import Image, ImageDraw, ImageFont

from bot.line_api import LineApi
from handlers import languages
from handlers.i18n import BY_CODE, SOURCE, Catalogue
from handlers.postback import payload

log = logging.getLogger(__name__)

FONT_PATH: Final = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
# The fonts a menu may be drawn in, in order: a label takes the first that has every one of
# its letters (IPAex Gothic for Japanese and plain Latin; DejaVu Sans for Vietnamese;
# WenQuanYi Micro Hei for Chinese and Korean). Debian's fonts-ipaexfont, fonts-dejavu-core
# and fonts-wqy-microhei (scripts/system-deps.sh, Dockerfile).
FONT_PATHS: Final = (
    FONT_PATH,
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
)
FULL_SIZE: Final = (2500, 1686)
MAX_IMAGE_BYTES: Final = 1_000_000
LABEL_SIZE: Final = 132
MAX_CHAT_BAR: Final = 14  # LINE's limit on `chatBarText`
HINT_SIZE: Final = 64
MARGIN: Final = 18
TEXT_COLOUR: Final = (255, 255, 255)
BACKGROUND: Final = (245, 245, 240)

Colour = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class MenuButton:
    """One cell: `label` drawn large (a line break allowed), `hint` small below it, and
    what a tap sends (a postback `data`, shown in the chat as `display`)."""

    label: str
    data: str
    colour: Colour
    hint: str = ""
    # What a tap shows in the chat; by default the label on one line.
    said: str = ""
    # False for a cell said the same in every language (「ことば / Language」: a person who
    # does not read the menu's language must still find it).
    translated: bool = True

    @property
    def display(self) -> str:
        return self.said or self.label.replace("\n", "")


@dataclass(frozen=True, slots=True)
class MenuSpec:
    name: str
    chat_bar_text: str
    rows: tuple[tuple[MenuButton, ...], ...]
    size: tuple[int, int] = FULL_SIZE


MENU_BAR: Final = "メニュー"
# A label wider than this (a Hangul letter counts two) is drawn on two lines in a language
# that spaces its words.
ONE_LINE_LETTERS: Final = 12

RESIDENT_MENU: Final = MenuSpec(
    name="tsunagu-resident",
    chat_bar_text=MENU_BAR,
    rows=(
        (
            MenuButton("相談する", payload("menu", v="consult"), (46, 139, 87), "お困りごとを話す"),
            MenuButton("相談窓口を\n探す", payload("menu", v="search"), (41, 98, 168)),
            MenuButton("緊急のとき", payload("emergency"), (200, 50, 50), "すぐ電話できる番号"),
        ),
        (
            MenuButton("担当者と\n話したい", payload("human"), (214, 120, 32)),
            MenuButton("続きから", payload("menu", v="resume"), (32, 140, 150), "前の相談の続き"),
            MenuButton("同意・\nデータのこと", payload("menu", v="data"), (96, 96, 110)),
            MenuButton(
                "ことば\nLanguage",
                payload(languages.ACTION, v="pick"),
                (112, 72, 150),
                said=languages.PICK_LABEL,
                translated=False,
            ),
        ),
    ),
)


def drawn_as(spec: MenuSpec) -> str:
    """`spec`'s name with a digest of what it shows and sends: a menu changed in a release
    (a cell added, a word mended) is a new menu on LINE, not the old one found by name."""
    digest = hashlib.sha256(repr((spec.chat_bar_text, spec.rows, spec.size)).encode())
    return f"{spec.name}.{digest.hexdigest()[:10]}"


def in_language(spec: MenuSpec, catalogue: Catalogue, language: str) -> MenuSpec:
    """`spec` with its labels, hints and chat bar in `language` (the same taps), named
    for the language; `spec` itself for Japanese."""
    if language == SOURCE:
        return spec
    rows = tuple(
        tuple(_button_in(button, catalogue, language) for button in row) for row in spec.rows
    )
    bar = catalogue.text(spec.chat_bar_text, language)[:MAX_CHAT_BAR]
    return MenuSpec(f"{spec.name}-{language}", bar, rows, spec.size)


def _button_in(button: MenuButton, catalogue: Catalogue, language: str) -> MenuButton:
    if not button.translated:
        return button
    said = catalogue.text(button.display, language)
    hint = catalogue.text(button.hint, language) if button.hint else ""
    return MenuButton(_two_lines(said, language), button.data, button.colour, hint, said)


def _width(text: str) -> int:
    """Letters counted as wide as drawn: a Hangul or kanji letter is two."""
    return sum(2 if unicodedata.east_asian_width(letter) in "WF" else 1 for letter in text)


def _two_lines(label: str, language: str) -> str:
    """A long label broken at the space nearest its middle (a language without spaces
    keeps it whole, and the font shrinks to fit)."""
    known = BY_CODE.get(language)
    if _width(label) <= ONE_LINE_LETTERS or known is None or not known.spaced or " " not in label:
        return label
    middle = len(label) / 2
    spaces = [i for i, letter in enumerate(label) if letter == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


def _cells(spec: MenuSpec) -> list[tuple[MenuButton, tuple[int, int, int, int]]]:
    """Each button with its bounds (x, y, width, height); the last column and row take
    the remainder so the grid covers the whole image."""
    width, height = spec.size
    cells = []
    row_height = height // len(spec.rows)
    for r, row in enumerate(spec.rows):
        column_width = width // len(row)
        y = r * row_height
        h = height - y if r == len(spec.rows) - 1 else row_height
        for c, button in enumerate(row):
            x = c * column_width
            w = width - x if c == len(row) - 1 else column_width
            cells.append((button, (x, y, w, h)))
    return cells


def menu_body(spec: MenuSpec) -> dict[str, Any]:
    """The Messaging API's rich menu object for `spec`."""
    areas = [
        {
            "bounds": {"x": x, "y": y, "width": w, "height": h},
            "action": {
                "type": "postback",
                "label": button.display[:20],
                "data": button.data,
                "displayText": button.display,
            },
        }
        for button, (x, y, w, h) in _cells(spec)
    ]
    width, height = spec.size
    return {
        "size": {"width": width, "height": height},
        "selected": True,
        "name": spec.name,
        "chatBarText": spec.chat_bar_text,
        "areas": areas,
    }


@cache
def _letters(path: Path) -> frozenset[int]:
    """The characters a font file draws (its first face, for a collection)."""
    if not path.exists():
        return frozenset()
    font = TTCollection(str(path)).fonts[0] if path.suffix == ".ttc" else TTFont(str(path))
    return frozenset(font.getBestCmap())


def font_file_for(text: str) -> Path | None:
    """The first of `FONT_PATHS` that draws every letter of `text`; None if none does."""
    wanted = {ord(letter) for letter in text if not letter.isspace()}
    return next((path for path in FONT_PATHS if wanted <= _letters(path)), None)


def _font(size: int, text: str = "") -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = font_file_for(text) or (FONT_PATH if FONT_PATH.exists() else None)
    if path is not None:
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _fitting_font(
    draw: ImageDraw.ImageDraw, text: str, width: int, size: int
) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The largest font up to `size` that draws `text` within `width`."""
    while size > 40:
        font = _font(size, text)
        left, _, right, _ = draw.multiline_textbbox((0, 0), text, font=font, spacing=16)
        if right - left <= width:
            return font
        size -= 8
    return _font(size, text)


@cache
def menu_image(spec: MenuSpec) -> bytes:
    """The menu drawn as a PNG: a coloured tile per button, its label large and centred."""
    image = Image.new("RGB", spec.size, BACKGROUND)
    draw = ImageDraw.Draw(image)
    for button, (x, y, w, h) in _cells(spec):
        tile = (x + MARGIN, y + MARGIN, x + w - MARGIN, y + h - MARGIN)
        draw.rounded_rectangle(tile, radius=48, fill=button.colour)
        centre_x, centre_y = x + w // 2, y + h // 2 - (HINT_SIZE // 2 if button.hint else 0)
        font = _fitting_font(draw, button.label, w - 8 * MARGIN, LABEL_SIZE)
        draw.multiline_text(
            (centre_x, centre_y),
            button.label,
            font=font,
            fill=TEXT_COLOUR,
            anchor="mm",
            align="center",
            spacing=16,
        )
        if button.hint:
            *_, bottom = draw.multiline_textbbox(
                (centre_x, centre_y), button.label, font=font, anchor="mm", spacing=16
            )
            draw.text(
                (centre_x, bottom + HINT_SIZE),
                button.hint,
                font=_fitting_font(draw, button.hint, w - 4 * MARGIN, HINT_SIZE),
                fill=TEXT_COLOUR,
                anchor="mm",
            )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    data = out.getvalue()
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError(f"rich menu image is {len(data)} bytes, over LINE's 1 MB")
    return data


async def deploy_default(line: LineApi, spec: MenuSpec = RESIDENT_MENU) -> str:
    """Create the menu, upload its image, make it every user's default, then delete the
    older menus of the same name. Returns the new menu's id."""
    older = await line.rich_menu_ids(spec.name)
    menu_id = await line.create_rich_menu(menu_body(spec), menu_image(spec))
    await line.set_default_rich_menu(menu_id)
    for old in older:
        await line.delete_rich_menu(old)
    log.info("rich menu %s deployed as default (%d older removed)", spec.name, len(older))
    return menu_id

"""The つなぐシート as a printable A4 PDF in Japanese, laid out like the paper sheet
(表: 基本情報, お困りごと, 世帯構成; 裏: 生活状況, 支援中の機関, 紹介先, 同意)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from api.console.sheet_view import TITLE, SheetLayout
from bot.richmenu import FONT_PATHS, font_file_for
from handlers.i18n import BY_CODE, EASY, SOURCE
from handlers.messages import UNSHOWN_MARKS

FONT_NAME = "IPAexGothic"
FONT_CANDIDATES = (
    Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
    Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
    Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
)
WIDTH = A4[0] - 30 * mm
HEADING_BG = colors.HexColor("#e6e9ef")


class FontMissing(RuntimeError):
    """No Japanese font: install fonts-ipaexfont (the project's setup does)."""


@cache
def japanese_font() -> str:
    for path in FONT_CANDIDATES:
        if path.exists():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
            return FONT_NAME
    raise FontMissing("no Japanese font found; apt-get install fonts-ipaexfont")


@cache
def _styles() -> dict[str, ParagraphStyle]:
    font = japanese_font()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontSize=15, leading=20),
        "heading": ParagraphStyle("heading", parent=base, fontSize=11, leading=16, spaceBefore=6),
        "label": ParagraphStyle("label", parent=base, fontSize=9),
        "mark": ParagraphStyle("mark", parent=base, fontSize=12, alignment=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
    }


@cache
def _registered(path: Path) -> str:
    """The name reportlab knows a font file by, registered on first use."""
    pdfmetrics.registerFont(TTFont(path.stem, str(path), subfontIndex=0))
    return path.stem


def font_drawing(text: str) -> str:
    """The first of the rich menu's fonts (`bot.richmenu.FONT_PATHS`: IPAex Gothic, DejaVu
    Sans for Vietnamese, WenQuanYi Micro Hei for Hangul and Chinese) that draws every
    letter of `text`; IPAex Gothic when none does."""
    path = font_file_for(text)
    if path is None or path == FONT_PATHS[0]:
        return japanese_font()
    return _registered(path)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def in_fonts(text: str) -> str:
    """`text` as Paragraph markup, each run of letters in the first font that draws them
    (a name or a story in Vietnamese, Korean or Chinese is not lost to empty boxes)."""
    japanese = japanese_font()
    marked: list[str] = []
    text = text.translate(UNSHOWN_MARKS)  # no mark turning the letters around, no bell
    for font, run in itertools.groupby(text, key=font_drawing):
        words = _escaped("".join(run))
        marked.append(words if font == japanese else f'<font face="{font}">{words}</font>')
    return "".join(marked)


def paragraph(text: str, style: str = "base") -> Paragraph:
    return Paragraph(in_fonts(text).replace("\n", "<br/>"), _styles()[style])


def grid(
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    label_columns: Sequence[int] = (0,),
    header_row: bool = False,
    wide_rows: Sequence[int] = (),
) -> Table:
    """A ruled table; `wide_rows` have one label and an answer spanning the rest."""
    cells = [[paragraph(c) if isinstance(c, str) else c for c in row] for row in rows]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in label_columns:
        style.append(("BACKGROUND", (column, 0), (column, -1), HEADING_BG))
    if header_row:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADING_BG))
    for row in wide_rows:
        style += [("SPAN", (1, row), (-1, row)), ("BACKGROUND", (1, row), (-1, row), colors.white)]
    return Table(cells, colWidths=[w * WIDTH for w in widths], style=TableStyle(style))


# A table row never splits across pages: long words go in rows of this many characters
# at most, cut at a line's or a sentence's end where there is one (a story LINE lets be
# 5,000 characters long is over two pages).
ROW_CHARACTERS = 400


def pieces(text: str, size: int = ROW_CHARACTERS) -> list[str]:
    """`text` cut into pieces of at most `size` characters, at a line's or a sentence's
    end where one falls in the second half of a piece."""
    cut: list[str] = []
    rest = text
    while len(rest) > size:
        window = rest[:size]
        end = max(window.rfind("\n"), window.rfind("。"))
        at = end + 1 if end >= size // 2 else size
        cut.append(rest[:at].rstrip("\n"))
        rest = rest[at:].lstrip("\n")
    return [*cut, rest]


def long_words(text: str, label: str | None = None, widths: Sequence[float] = (1.0,)) -> Table:
    """Words of any length in one ruled box that may run on to the next page: a row per
    piece, no rule between them; `label` in the first column of the first row."""
    rows: list[list[str | Flowable]] = [
        ([label if index == 0 else ""] if label is not None else []) + [piece]
        for index, piece in enumerate(pieces(text))
    ]
    table = grid(rows, widths, (0,) if label is not None else ())
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -2), 0.6, colors.white),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.black),
            ]
        )
    )
    return table


def language_line(language: str | None) -> str:
    """The resident's language, for whoever calls them: empty for Japanese."""
    if language is None or language == SOURCE or language not in BY_CODE:
        return ""
    if language == EASY:
        return f"ことば：{BY_CODE[language].name}（ゆっくり、やさしいことばで話してください）"
    return f"ことば：{BY_CODE[language].name}（通訳が必要な場合があります）"


def _front(sheet: SheetLayout, case_number: str, language: str | None) -> list[Flowable]:
    birth = sheet.birth + (f"（{sheet.age}歳）" if sheet.age else "")
    address = (f"〒{sheet.postal_code} " if sheet.postal_code else "") + sheet.address
    troubles = [
        [cell for t in pair for cell in (paragraph(t.mark, "mark"), t.label)]
        for pair in zip(sheet.troubles[0::2], sheet.troubles[1::2], strict=True)
    ]
    members = [[m.name, m.age, m.relation, m.note] for m in sheet.members] or [["", "", "", ""]]
    return [
        paragraph(f"{TITLE}　（表）", "title"),
        paragraph(f"ケース番号 {case_number}", "small"),
        paragraph(language_line(language), "small") if language_line(language) else Spacer(0, 0),
        Spacer(0, 3 * mm),
        grid(
            [
                ["受付日", sheet.received_on, "受付機関", sheet.received_by],
                ["相談した人", sheet.consulter, "", ""],
            ],
            (0.15, 0.35, 0.15, 0.35),
            (0, 2),
            wide_rows=(1,),
        ),
        paragraph("■基本情報", "heading"),
        grid(
            [
                ["ふりがな", sheet.kana, "性別", sheet.gender],
                ["氏名", sheet.name, "生年月日", birth],
                ["住所", address, "", ""],
                ["電話", f"自宅 {sheet.phone_home}", "携帯", sheet.phone_mobile],
            ],
            (0.15, 0.4, 0.12, 0.33),
            (0, 2),
            wide_rows=(2,),
        ),
        paragraph("■お困りごとの内容", "heading"),
        paragraph("ご相談されたい内容に○、一番お困りのことに◎", "small"),
        grid(troubles, (0.07, 0.43, 0.07, 0.43), ()),
        paragraph(f"その他（詳細）: {sheet.other_detail}", "small")
        if sheet.other_detail
        else Spacer(0, 0),
        paragraph("ご本人のことば", "heading") if sheet.story else Spacer(0, 0),
        long_words(sheet.story) if sheet.story else Spacer(0, 0),
        paragraph(f"■世帯構成　世帯人数（{sheet.household_size or '　'}）名", "heading"),
        grid([["氏名", "年齢", "続柄", "備考"], *members], (0.3, 0.1, 0.2, 0.4), (), True),
    ]


def _back(sheet: SheetLayout) -> list[Flowable]:
    supporters = [[s.agency, s.reason] for s in sheet.supporters] or [["", ""]]
    referrals = [[r.agency, r.reason] for r in sheet.referrals] or [["", ""]]
    return [
        paragraph(f"{TITLE}　（裏）", "title"),
        Spacer(0, 3 * mm),
        long_words(sheet.living_situation, "世帯の生活状況", (0.2, 0.8)),
        paragraph("既に支援に入っている機関", "heading"),
        grid([["機関名", "支援内容"], *supporters], (0.4, 0.6), (), True),
        paragraph("■紹介先", "heading"),
        grid([["機関名", "相談内容（紹介する理由）"], *referrals], (0.4, 0.6), (), True),
        Spacer(0, 4 * mm),
        paragraph(sheet.consent_sentence),
        grid([["\n".join(sheet.consent_lines)]], (1.0,), ()),
    ]


def page_number(canvas: Canvas, document: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(japanese_font(), 8)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"つなぐ — {canvas.getPageNumber()}")
    canvas.restoreState()


def a4_pdf(story: Sequence[Flowable], title: str) -> bytes:
    """An A4 document of `story` with the console's margins and page numbers."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=title,
        author="tsunagu",
    )
    document.build(list(story), onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()


def render_sheet_pdf(sheet: SheetLayout, case_number: str, language: str | None = None) -> bytes:
    """The sheet on A4; `language` is the resident's (a line says so when it is not
    Japanese: the agency that calls may need an interpreter)."""
    story = [*_front(sheet, case_number, language), PageBreak(), *_back(sheet)]
    return a4_pdf(story, f"つなぐシート {case_number}")

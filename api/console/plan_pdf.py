"""The 支援プラン as an A4 page to print beside the つなぐシート: goals in the person's
words, each agency's role, the next actions with their due days, and the household with
its family diagram — the same part the reader sees on screen (an agency its own)."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from api.console.genogram import SIZE, Diagram, Shape
from api.console.plan_view import PlanPage
from api.console.sheet_pdf import WIDTH, a4_pdf, font_drawing, grid, japanese_font, paragraph
from api.console.sheet_view import japanese_date

DIAGRAM_WIDTH = 80 * mm
INK = colors.HexColor("#222222")


def _shape(shape: Shape, height: float, inset: float = 0) -> Rect | Circle | Polygon:
    half = SIZE / 2 - inset
    cx, cy = shape.cx, height - shape.cy
    style = {
        "strokeColor": INK,
        "strokeWidth": 1.6,
        "fillColor": colors.white if not inset else None,
    }
    if shape.kind == "square":
        return Rect(cx - half, cy - half, 2 * half, 2 * half, **style)
    if shape.kind == "circle":
        return Circle(cx, cy, half, **style)
    return Polygon([cx, cy + half, cx + half, cy, cx, cy - half, cx - half, cy], **style)


def drawing(diagram: Diagram, width: float = DIAGRAM_WIDTH) -> Drawing:
    """The family diagram for reportlab, scaled to `width` (y turned upward)."""
    font = japanese_font()
    h = diagram.height
    group = Group()
    if diagram.loop:
        points = [v for x, y in diagram.loop.points for v in (x, h - y)]
        group.add(
            Polygon(
                points,
                strokeColor=colors.HexColor("#666666"),
                strokeDashArray=[6, 4],
                strokeLineJoin=1,
                fillColor=None,
            )
        )
        x, y = diagram.loop.label_at
        group.add(String(x, h - y, "同居", fontName=font, fontSize=10))
    for line in diagram.lines:
        group.add(
            Line(line.x1, h - line.y1, line.x2, h - line.y2, strokeColor=INK, strokeWidth=1.6)
        )
    for shape in diagram.shapes:
        group.add(_shape(shape, h))
        if shape.double:
            group.add(_shape(shape, h, inset=4))
    for label in diagram.labels:
        group.add(
            String(
                label.x,
                h - label.y,
                label.text,
                fontName=font_drawing(label.text),
                fontSize=label.size,
                textAnchor="middle",
                fillColor=INK,
            )
        )
    scale = min(1.0, width / diagram.width)
    group.scale(scale, scale)
    result = Drawing(diagram.width * scale, h * scale)
    result.add(group)
    return result


def _story(page: PlanPage, case_number: str) -> list[Flowable]:
    roles = [[r.agency, r.label, r.whose] for r in page.roles] or [["", "", ""]]
    actions = [[japanese_date(a.due), a.what, a.by_name] for a in page.actions] or [["", "", ""]]
    members = [
        [
            m.relation,
            m.name,
            "" if m.age is None else f"{m.age}歳",
            "・".join(m.troubles),
            "、".join(f"{h.agency}（{h.role}）" for h in m.holders),
        ]
        for m in page.members
    ]
    heading = "支援プラン" if page.whole else "支援プラン（この機関の分）"
    saved = japanese_date(page.plan.saved_at) if page.plan else ""
    return [
        paragraph(heading, "title"),
        paragraph(f"ケース番号 {case_number}　第{page.version}版　{saved}", "small"),
        Spacer(0, 3 * mm),
        paragraph("■目標（ご本人のことば）", "heading"),
        grid([[page.goals or "（まだありません）"]], (1.0,), ()),
        paragraph("■役割", "heading"),
        grid([["機関", "役割", "誰の支援"], *roles], (0.5, 0.2, 0.3), (), True),
        paragraph("■次にすること", "heading"),
        grid([["期日", "すること", "担当"], *actions], (0.2, 0.5, 0.3), (), True),
        paragraph("■世帯（家族図：□男性 ○女性 ◇不明、二重線が本人、点線の囲みが同居）", "heading"),
        drawing(page.diagram, min(WIDTH, DIAGRAM_WIDTH)),
        grid(
            [["続柄", "氏名", "年齢", "困りごと", "支援している機関"], *members],
            (0.1, 0.18, 0.09, 0.3, 0.33),
            (),
            True,
        ),
    ]


def render_plan_pdf(page: PlanPage, case_number: str) -> bytes:
    return a4_pdf(_story(page, case_number), f"支援プラン {case_number}")

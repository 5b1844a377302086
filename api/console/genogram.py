"""A simple family diagram (ジェノグラム) of the household: one row per generation, □ a
man, ○ a woman, ◇ not known, the person the sheet is about with a double line, age
inside, relation and name below, couples joined, children hung from their parents, and
the members who live together encircled by a dashed line. Laid out once as shapes; drawn
as SVG for the page (`svg`) and with reportlab for the PDF (`api/console/plan_pdf.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from cases.casework.household import Member

SLOT = 96  # width given to one member
ROW = 118  # height of one generation
SIZE = 34  # a shape's side / diameter
MARGIN = 30
LABEL_GAP = 15
SINGLE_PARENT_STEP = 10  # a lone parent's line to their children leaves their side


@dataclass(frozen=True, slots=True)
class Shape:
    kind: str  # square | circle | diamond
    cx: float
    cy: float
    double: bool  # the person the sheet is about


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str
    size: float


@dataclass(frozen=True, slots=True)
class Loop:
    """The dashed line around the members living together: a polygon hugging each
    generation's row of them (so a member living apart stays outside)."""

    points: tuple[tuple[float, float], ...]

    @property
    def label_at(self) -> tuple[float, float]:
        x, y = self.points[0]
        return x + 30, y - 4


@dataclass(frozen=True, slots=True)
class Diagram:
    width: float
    height: float
    shapes: tuple[Shape, ...]
    lines: tuple[Line, ...]
    labels: tuple[Label, ...]
    loop: Loop | None


KINDS = {"male": "square", "female": "circle"}


def _row_order(members: Sequence[Member]) -> list[Member]:
    """Men left of women in a couple; in the person's row, the person then their spouse."""
    person = [m for m in members if m.is_person or m.is_spouse]
    person.sort(key=lambda m: (not m.is_person,))
    rest = [m for m in members if m not in person]
    # Those living apart to the left, so the ones living together sit side by side.
    rest.sort(key=lambda m: (m.lives_with, {"male": 0, "female": 1}.get(m.sex, 2), -(m.age or 0)))
    return [*rest, *person]


def _couple(row: list[Member]) -> tuple[Member, Member] | None:
    """The row's couple: the person and their spouse, or (another generation) a man and
    a woman who are its first two."""
    ids = [m for m in row if m.is_person or m.is_spouse]
    if len(ids) == 2:
        return ids[0], ids[1]
    if len(row) >= 2 and not any(m.is_person for m in row):
        first, second = row[0], row[1]
        if {first.sex, second.sex} == {"male", "female"}:
            return first, second
    return None


def layout(members: Sequence[Member]) -> Diagram:
    generations = sorted({m.generation for m in members})
    rows = {g: _row_order([m for m in members if m.generation == g]) for g in generations}
    widest = max((len(r) for r in rows.values()), default=1)
    width = widest * SLOT + 2 * MARGIN
    height = (len(generations) - 1) * ROW + 2 * MARGIN + SIZE + LABEL_GAP + 30
    at: dict[str, tuple[float, float]] = {}
    shapes, lines, labels = [], [], []
    for level, generation in enumerate(generations):
        row = rows[generation]
        y = MARGIN + SIZE / 2 + level * ROW
        left = (width - len(row) * SLOT) / 2
        for slot, member in enumerate(row):
            x = left + slot * SLOT + SLOT / 2
            at[member.key] = (x, y)
            shapes.append(Shape(KINDS.get(member.sex, "diamond"), x, y, member.is_person))
            if member.age is not None:
                labels.append(Label(x, y + 4.5, str(member.age), 12))
            labels.append(Label(x, y + SIZE / 2 + LABEL_GAP, member.relation, 11))
            if member.name:
                labels.append(Label(x, y + SIZE / 2 + LABEL_GAP + 14, member.name, 9.5))
    for level, generation in enumerate(generations):
        row = rows[generation]
        couple = _couple(row)
        y = MARGIN + SIZE / 2 + level * ROW
        if couple:
            (x1, _), (x2, _) = at[couple[0].key], at[couple[1].key]
            lines.append(Line(x1 + SIZE / 2, y, x2 - SIZE / 2, y))
        children = [m for m in rows.get(generation + 1, ()) if not m.is_spouse]
        if generation + 1 not in rows or not children:
            continue
        person = tuple(m for m in row if m.is_person)
        parents = couple or person or ((row[0],) if len(row) == 1 else ())
        if not parents:
            continue
        bar = y + ROW / 2 + 12
        xs = [at[c.key][0] for c in children]
        if couple:
            anchor = sum(at[p.key][0] for p in parents) / len(parents)
        else:  # one parent: the line leaves their side, clear of their labels
            anchor = at[parents[0].key][0] + SIZE / 2 + SINGLE_PARENT_STEP
            lines.append(Line(anchor - SINGLE_PARENT_STEP, y, anchor, y))
        lines.append(Line(anchor, y, anchor, bar))
        lines.append(Line(min(*xs, anchor), bar, max(*xs, anchor), bar))
        lines.extend(Line(x, bar, x, bar + ROW / 2 - 12 - SIZE / 2) for x in xs)
    loop = _loop([[at[m.key] for m in rows[g] if m.lives_with] for g in generations])
    return Diagram(width, height, tuple(shapes), tuple(lines), tuple(labels), loop)


def _loop(rows: list[list[tuple[float, float]]]) -> Loop | None:
    """Around the members living together, row by row: down the left, up the right."""
    rows = [row for row in rows if row]
    if sum(len(row) for row in rows) < 2:
        return None
    pad = SIZE / 2 + 22
    bands = [
        (
            min(x for x, _ in row) - pad,
            max(x for x, _ in row) + pad,
            row[0][1] - SIZE / 2 - 12,
            row[0][1] + SIZE / 2 + LABEL_GAP + 22,
        )
        for row in rows
    ]
    left = [point for lo, _, top, bottom in bands for point in ((lo, top), (lo, bottom))]
    right = [point for _, hi, top, bottom in reversed(bands) for point in ((hi, bottom), (hi, top))]
    return Loop(tuple(left + right))


def _svg_shape(shape: Shape, inset: float = 0) -> str:
    half = SIZE / 2 - inset
    if shape.kind == "square":
        return (
            f'<rect x="{shape.cx - half:.1f}" y="{shape.cy - half:.1f}" '
            f'width="{2 * half:.1f}" height="{2 * half:.1f}"/>'
        )
    if shape.kind == "circle":
        return f'<circle cx="{shape.cx:.1f}" cy="{shape.cy:.1f}" r="{half:.1f}"/>'
    points = (
        f"{shape.cx:.1f},{shape.cy - half:.1f} {shape.cx + half:.1f},{shape.cy:.1f} "
        f"{shape.cx:.1f},{shape.cy + half:.1f} {shape.cx - half:.1f},{shape.cy:.1f}"
    )
    return f'<polygon points="{points}"/>'


def svg(diagram: Diagram) -> str:
    """The diagram as an inline SVG element (text escaped)."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="genogram" role="img" '
        f'aria-label="家族図（ジェノグラム）" width="{diagram.width:.0f}" '
        f'height="{diagram.height:.0f}" viewBox="0 0 {diagram.width:.0f} {diagram.height:.0f}">',
        '<g fill="none" stroke="#222" stroke-width="1.6">',
    ]
    if diagram.loop:
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in diagram.loop.points)
        parts.append(
            f'<polygon class="together" points="{points}" stroke-dasharray="6 4" '
            'stroke="#666" stroke-linejoin="round"/>'
        )
    parts += [
        f'<line x1="{a.x1:.1f}" y1="{a.y1:.1f}" x2="{a.x2:.1f}" y2="{a.y2:.1f}"/>'
        for a in diagram.lines
    ]
    for shape in diagram.shapes:
        parts.append(_svg_shape(shape).replace("/>", ' fill="#fff"/>'))
        if shape.double:
            parts.append(_svg_shape(shape, inset=4))
    parts.append('</g><g font-family="sans-serif" text-anchor="middle" fill="#222">')
    parts += [
        f'<text x="{t.x:.1f}" y="{t.y:.1f}" font-size="{t.size}">{escape(t.text)}</text>'
        for t in diagram.labels
    ]
    if diagram.loop:
        x, y = diagram.loop.label_at
        parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="10">同居</text>')
    parts.append("</g></svg>")
    return "".join(parts)

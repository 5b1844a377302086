"""The whole household from the sheet and its family diagram: generations and sex read
from the relation the sheet records, each member's troubles and the agencies holding them,
and the diagram's shapes (□ a man, ○ a woman, the person doubled, the ones living together
inside the dashed line) on the page (SVG) and in the PDF."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from api.console.genogram import layout, svg
from api.console.plan_pdf import drawing
from cases.casework.household import household

SHEET: dict[str, Any] = {
    "data": {
        "person": {"name": "山田一郎", "gender": "male", "age": 52},
        "household": {
            "size": 3,
            "members": [
                {"name": "山田ハル", "age": 82, "relation": "母", "note": "要介護2"},
                {"name": "山田太郎", "age": 85, "relation": "父"},
                {"name": "佐藤<花>", "age": 49, "relation": "妹", "note": "別居"},
            ],
        },
    }
}
ROLES = [
    {"agency_id": "care", "agency_name": "地域包括", "role": "lead", "member": "m0"},
    {"agency_id": "hiki", "agency_name": "ひきこもり支援", "role": "support", "member": "person"},
]


def test_each_member_has_a_generation_a_sex_troubles_and_the_agencies_holding_them() -> None:
    members = household(SHEET, ["mental"], ROLES)
    shown = {m.relation: (m.generation, m.sex, m.age, m.lives_with) for m in members}
    assert shown == {
        "本人": (0, "male", 52, True),
        "母": (-1, "female", 82, True),
        "父": (-1, "male", 85, True),
        "妹": (0, "female", 49, False),
    }
    mother = members[1]
    assert mother.troubles == ("要介護2",)
    assert [(h.agency, h.role) for h in mother.holders] == [("地域包括", "主担当")]
    assert [(h.agency, h.role) for h in members[0].holders] == [("ひきこもり支援", "副担当")]
    assert members[0].troubles == ("こころの問題(メンタルヘルス)",)


def test_a_relation_written_loosely_still_places_the_member() -> None:
    members = household(
        {"data": {"household": {"members": [{"relation": "実母"}, {"relation": "孫"}]}}}
    )
    assert [(m.generation, m.sex) for m in members[1:]] == [(-1, "female"), (2, "unknown")]


def test_the_diagram_draws_sex_generations_the_person_and_who_lives_together() -> None:
    diagram = layout(household(SHEET, ["mental"], ROLES))
    kinds = sorted((s.kind, s.double) for s in diagram.shapes)
    assert kinds == [("circle", False), ("circle", False), ("square", False), ("square", True)]
    parents = [s for s in diagram.shapes if s.cy == min(t.cy for t in diagram.shapes)]
    assert {s.kind for s in parents} == {"circle", "square"}  # one generation up
    assert diagram.loop is not None
    sister = next(s for s in diagram.shapes if s.kind == "circle" and s not in parents)
    xs = [x for x, y in diagram.loop.points if y > sister.cy - 40]
    assert sister.cx < min(xs)  # living apart: outside the line
    picture = svg(diagram)
    assert picture.count("<circle") == 2 and "同居" in picture
    assert "佐藤&lt;花&gt;" in picture and "<花>" not in picture
    assert re.search(r"<text[^>]*>85</text>", picture)


def test_the_pdf_drawing_carries_the_same_diagram(tmp_path: Path) -> None:
    from reportlab.graphics import renderPDF

    from tests.console.test_sheet_pdf import pdf_text

    path = tmp_path / "household.pdf"
    renderPDF.drawToFile(drawing(layout(household(SHEET, ["mental"], ROLES))), str(path))
    text = pdf_text(path.read_bytes(), tmp_path)
    for words in ("本人", "母", "父", "妹", "同居", "82", "52"):
        assert words in text, words


def test_the_sheets_own_row_for_the_person_is_not_drawn_twice() -> None:
    """The sheet's 世帯構成 begins with the person themself (relation 本人), as intake
    writes it: the household shows them once."""
    sheet = {
        "data": {
            "person": {"name": "岡山ハル", "gender": "female", "age": 80},
            "household": {
                "size": 2,
                "members": [
                    {"name": None, "age": None, "relation": "本人", "note": None},
                    {"name": "岡山一郎", "age": 50, "relation": "長男", "note": "ひきこもり"},
                ],
            },
        }
    }
    members = household(sheet, ["care"])
    assert [m.relation for m in members] == ["本人", "長男"]
    assert [m.key for m in members] == ["person", "m1"]

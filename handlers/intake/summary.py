"""The summary card at the end of the つなぐシート: one row per answer, each with a
「変更」 button that goes back to the step that asked it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from handlers.intake import catalog as say
from handlers.intake.state import IntakeState
from handlers.messages import AsWritten, Choice, Day, Piece, SheetSummary, Value
from handlers.postback import payload
from nlu.categories import CATEGORY_SHORT
from nlu.extract.phones import format_phone

STORY_PREVIEW = 80
GENDERS = dict(say.GENDER_CHOICES)
CONSULTERS = dict(say.CONSULTER_CHOICES)
RELATIONS = dict(say.RELATION_CHOICES)
SIZES = dict(say.SIZE_CHOICES)


def _story(state: IntakeState) -> Value:
    story = state.sheet.story or ""
    return Value.written(story if len(story) <= STORY_PREVIEW else story[:STORY_PREVIEW] + "…")


def _troubles(state: IntakeState) -> Value:
    primary = state.primary
    marks = [("◎" if c == primary else "○") + CATEGORY_SHORT[c] for c in state.categories]
    detail = state.section("troubles").get("other_detail")
    listed = "、".join(marks)
    return (
        Value((listed, say.OTHER_DETAIL.format(detail=detail)), "\n")
        if detail
        else Value((listed,))
    )


def _consulter(state: IntakeState) -> Value:
    consulter = state.section("consulter")
    pieces: list[Piece] = [CONSULTERS.get(state.relation, state.relation)]
    if consulter.get("relation_detail"):
        pieces.append(AsWritten(f"（{consulter['relation_detail']}）"))
    if consulter.get("name"):
        pieces += [AsWritten(" "), AsWritten(str(consulter["name"]))]
    if consulter.get("phone"):
        pieces += [AsWritten(" "), _phone_text(consulter["phone"])]
    return Value(tuple(pieces), "")


def _name(state: IntakeState) -> Value:
    if state.anonymous:
        return Value((say.ANONYMOUS_VALUE,))
    person = state.section("person")
    kana = f"（{person['kana']}）" if person.get("kana") else ""
    return Value.written(f"{person.get('name') or ''}{kana}")


def _age(found: dict[str, Any]) -> Piece:
    return say.AGE.format(n=found["age"]) if found.get("age") is not None else ""


def _birth(state: IntakeState) -> Value:
    person = state.section("person")
    born = person.get("birth_date")
    # Marked apart: 「3 tháng 5, 1985 41 tuổi」 ran two numbers together.
    return Value((Day(date.fromisoformat(born)) if born else "", _age(person)), between=" / ")


def _address(state: IntakeState) -> Value:
    person = state.section("person")
    postal = f"〒{person['postal_code']} " if person.get("postal_code") else ""
    ward = person.get("ward")
    address = str(person.get("address") or "")
    ward_note = f"（{ward}）" if ward and ward not in address else ""
    return Value.written(f"{postal}{address}{ward_note}".strip())


def _phone_text(value: str) -> Piece:
    """「なし」 is the bot's word; a number is as written."""
    return value if value == say.NONE_VALUE else AsWritten(format_phone(value))


def _phone(state: IntakeState) -> Value:
    person = state.section("person")
    numbers = dict.fromkeys(person[k] for k in ("phone_mobile", "phone_home") if person.get(k))
    return Value(tuple(_phone_text(number) for number in numbers), "、")


def _household(state: IntakeState) -> Value:
    size = state.section("household").get("size")
    if not size:
        return Value()
    return Value((SIZES.get(str(size)) or say.PEOPLE.format(n=size),))


def _member_line(member: dict[str, Any]) -> Value:
    relation = str(member.get("relation") or "")
    return Value(
        (
            RELATIONS.get(relation, relation),
            AsWritten(str(member.get("name") or "")),
            _age(member),
            AsWritten(_note(member)),
        )
    )


def _note(member: dict[str, Any]) -> str:
    """What they want us to know about the member; nothing for 「なし」."""
    note = str(member.get("note") or "")
    return "" if note == say.NONE_VALUE else note


def _supporters(state: IntakeState) -> Value:
    lines = [
        f"{s['agency']}" + (f"：{s['support']}" if s.get("support") else "")
        for s in state.supporters()
    ]
    if not lines and state.extra.get("supporters") == "no":
        return Value((say.NO_THERE_ARENT,))
    return Value(tuple(AsWritten(line) for line in lines), "\n")


# (row key, value, step asked again by 「変更」 — the steps after it on the same row follow)
ROWS: tuple[tuple[str, Callable[[IntakeState], Value], str], ...] = (
    ("story", _story, "story"),
    ("categories", _troubles, "categories"),
    ("consulter", _consulter, "consulter"),
    ("name", _name, "name"),
    ("gender", lambda s: Value((GENDERS.get(str(s.get("person.gender")), ""),)), "gender"),
    ("birth", _birth, "birth"),
    ("address", _address, "postal"),
    ("phone", _phone, "phone"),
    ("household_size", _household, "household_size"),
    ("members", lambda s: Value(), "member_relation:1"),  # one row per member, below
    # What they wrote, or a button's words (「特にない」).
    ("living", lambda s: Value((s.sheet.living_situation or "",)), "living"),
    ("supporters", _supporters, "supporters"),
)


def _member_rows(
    state: IntakeState, shown: Callable[[str], bool]
) -> list[tuple[str, Value, Choice | None]]:
    """A row per household member asked about; its 「変更」 asks which answer to change,
    so the others are kept."""
    rows: list[tuple[str, Value, Choice | None]] = []
    for index, member in enumerate(state.members()[1:], start=1):
        line = _member_line(member)
        if not line.shown or not shown(f"member_relation:{index}"):
            continue
        label = f"{say.LABEL['members']}（{index + 1}人目）"
        change = Choice(say.CHANGE, edit_payload(f"member_fix:{index}"), f"{label}を変更")
        rows.append((label, line, change))
    return rows


def edit_payload(step: str) -> str:
    return payload("intake", edit=step)


def summary_card(state: IntakeState, shown: Callable[[str], bool]) -> SheetSummary:
    """The card; rows whose step does not apply (`shown` false) are left out."""
    rows: list[tuple[str, Value, Choice | None]] = []
    for key, value_of, step in ROWS:
        if not shown(step):
            continue
        if key == "members":
            rows.extend(_member_rows(state, shown))
            continue
        value = value_of(state)
        value = value if value.shown else Value((say.NOT_GIVEN,))
        change = Choice(say.CHANGE, edit_payload(step), f"{say.LABEL[key]}を変更")
        rows.append((say.LABEL[key], value, change))
    return SheetSummary(title=say.SUMMARY_TITLE, rows=tuple(rows), alt_text=say.SUMMARY_ALT)

"""The summary card at the end of the つなぐシート: one row per answer, each with a
「変更」 button that goes back to the step that asked it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from handlers.intake import catalog as say
from handlers.intake.state import IntakeState
from handlers.messages import Choice, SheetSummary
from handlers.postback import payload
from nlu.categories import CATEGORY_SHORT
from nlu.extract.dates import era_date_text
from nlu.extract.phones import format_phone

STORY_PREVIEW = 80
GENDERS = dict(say.GENDER_CHOICES)
CONSULTERS = dict(say.CONSULTER_CHOICES)


def _story(state: IntakeState) -> str:
    story = state.sheet.story or ""
    return story if len(story) <= STORY_PREVIEW else story[:STORY_PREVIEW] + "…"


def _troubles(state: IntakeState) -> str:
    primary = state.primary
    marks = [("◎" if c == primary else "○") + CATEGORY_SHORT[c] for c in state.categories]
    detail = state.section("troubles").get("other_detail")
    return "、".join(marks) + (f"\n（その他：{detail}）" if detail else "")


def _consulter(state: IntakeState) -> str:
    consulter = state.section("consulter")
    parts = [CONSULTERS.get(state.relation, state.relation)]
    if consulter.get("relation_detail"):
        parts.append(f"（{consulter['relation_detail']}）")
    if consulter.get("name"):
        parts.append(f" {consulter['name']}")
    if consulter.get("phone"):
        parts.append(" " + _phone_text(consulter["phone"]))
    return "".join(parts)


def _name(state: IntakeState) -> str:
    if state.anonymous:
        return say.ANONYMOUS_VALUE
    person = state.section("person")
    kana = f"（{person['kana']}）" if person.get("kana") else ""
    return f"{person.get('name') or ''}{kana}"


def _birth(state: IntakeState) -> str:
    person = state.section("person")
    age = f"{person['age']}{say.AGE_SUFFIX}" if person.get("age") is not None else ""
    born = person.get("birth_date")
    written = era_date_text(date.fromisoformat(born)) if born else ""
    return f"{written} {age}".strip()


def _address(state: IntakeState) -> str:
    person = state.section("person")
    postal = f"〒{person['postal_code']} " if person.get("postal_code") else ""
    ward = person.get("ward")
    address = str(person.get("address") or "")
    ward_note = f"（{ward}）" if ward and ward not in address else ""
    return f"{postal}{address}{ward_note}".strip()


def _phone_text(value: str) -> str:
    return value if value == say.NONE_VALUE else format_phone(value)


def _phone(state: IntakeState) -> str:
    person = state.section("person")
    numbers = [_phone_text(person[k]) for k in ("phone_mobile", "phone_home") if person.get(k)]
    return "、".join(dict.fromkeys(numbers))


def _household(state: IntakeState) -> str:
    size = state.section("household").get("size")
    return f"{size}人" if size else ""


def _member_line(member: dict[str, Any]) -> str:
    age = f"{member['age']}{say.AGE_SUFFIX}" if member.get("age") is not None else ""
    bits = [member.get("relation") or "", member.get("name") or "", age, member.get("note") or ""]
    return " ".join(str(b) for b in bits if b)


def _supporters(state: IntakeState) -> str:
    lines = [
        f"{s['agency']}" + (f"：{s['support']}" if s.get("support") else "")
        for s in state.supporters()
    ]
    if not lines and state.extra.get("supporters") == "no":
        return say.NO_THERE_ARENT
    return "\n".join(lines)


# (row key, value, step asked again by 「変更」 — the steps after it on the same row follow)
ROWS: tuple[tuple[str, Callable[[IntakeState], str], str], ...] = (
    ("story", _story, "story"),
    ("categories", _troubles, "categories"),
    ("consulter", _consulter, "consulter"),
    ("name", _name, "name"),
    ("gender", lambda s: GENDERS.get(str(s.get("person.gender")), ""), "gender"),
    ("birth", _birth, "birth"),
    ("address", _address, "postal"),
    ("phone", _phone, "phone"),
    ("household_size", _household, "household_size"),
    ("members", lambda s: "", "member_relation:1"),  # one row per member, below
    ("living", lambda s: s.sheet.living_situation or "", "living"),
    ("supporters", _supporters, "supporters"),
)


def _member_rows(
    state: IntakeState, shown: Callable[[str], bool]
) -> list[tuple[str, str, Choice | None]]:
    """A row per household member asked about; its 「変更」 asks which answer to change,
    so the others are kept."""
    rows: list[tuple[str, str, Choice | None]] = []
    for index, member in enumerate(state.members()[1:], start=1):
        line = _member_line(member)
        if not line or not shown(f"member_relation:{index}"):
            continue
        label = f"{say.LABEL['members']}（{index + 1}人目）"
        change = Choice(say.CHANGE, edit_payload(f"member_fix:{index}"), f"{label}を変更")
        rows.append((label, line, change))
    return rows


def edit_payload(step: str) -> str:
    return payload("intake", edit=step)


def summary_card(state: IntakeState, shown: Callable[[str], bool]) -> SheetSummary:
    """The card; rows whose step does not apply (`shown` false) are left out."""
    rows: list[tuple[str, str, Choice | None]] = []
    for key, value_of, step in ROWS:
        if not shown(step):
            continue
        if key == "members":
            rows.extend(_member_rows(state, shown))
            continue
        value = value_of(state) or say.NOT_GIVEN
        change = Choice(say.CHANGE, edit_payload(step), f"{say.LABEL[key]}を変更")
        rows.append((say.LABEL[key], value, change))
    return SheetSummary(title=say.SUMMARY_TITLE, rows=tuple(rows), alt_text=say.SUMMARY_ALT)

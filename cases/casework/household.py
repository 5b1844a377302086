"""The whole household of a case (seed 001, Point 1: every trouble of the 世帯): each
member from the sheet's 世帯構成, with their troubles and the agencies holding them in the
支援プラン, and what a family diagram needs — generation, sex, age, living together —
read from the relation the sheet records (「母」「長男」)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cases.casework.vocabulary import ROLE_LABELS
from nlu.categories import CATEGORY_LABELS

PERSON = "person"
# Relation to the person the sheet is about → (generation relative to them, sex).
RELATIONS: Mapping[str, tuple[int, str]] = {
    "祖父": (-2, "male"),
    "祖母": (-2, "female"),
    "父": (-1, "male"),
    "母": (-1, "female"),
    "義父": (-1, "male"),
    "義母": (-1, "female"),
    "夫": (0, "male"),
    "妻": (0, "female"),
    "配偶者": (0, "unknown"),
    "兄": (0, "male"),
    "弟": (0, "male"),
    "姉": (0, "female"),
    "妹": (0, "female"),
    "兄弟": (0, "unknown"),
    "息子": (1, "male"),
    "長男": (1, "male"),
    "次男": (1, "male"),
    "三男": (1, "male"),
    "娘": (1, "female"),
    "長女": (1, "female"),
    "次女": (1, "female"),
    "三女": (1, "female"),
    "子": (1, "unknown"),
    "子ども": (1, "unknown"),
    "嫁": (1, "female"),
    "婿": (1, "male"),
    "孫": (2, "unknown"),
}
SPOUSES = ("夫", "妻", "配偶者")
APART_WORDS = ("別居", "施設入所", "入院中")
SEX_WORDS = {"male": "男性", "female": "女性", "unknown": ""}


@dataclass(frozen=True, slots=True)
class Holder:
    agency: str
    role: str  # the role's label (主担当…)


@dataclass(frozen=True, slots=True)
class Member:
    key: str  # "person" or "m<i>" (the i-th member of the sheet's 世帯構成)
    name: str
    relation: str  # 本人, or the relation to them
    age: int | None
    sex: str  # male | female | unknown
    generation: int  # 0 the person's; -1 their parents'; 1 their children's
    lives_with: bool  # in the same household as the person
    is_spouse: bool
    troubles: tuple[str, ...]
    holders: tuple[Holder, ...]

    @property
    def is_person(self) -> bool:
        return self.key == PERSON


def _age(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _relation(word: str) -> tuple[int, str]:
    word = word.strip()
    if word in RELATIONS:
        return RELATIONS[word]
    for known in sorted(RELATIONS, key=len, reverse=True):  # 「実母」「母（要介護）」
        if known in word:
            return RELATIONS[known]
    return (0, "unknown")


def _holders(key: str, roles: Sequence[Mapping[str, Any]]) -> tuple[Holder, ...]:
    return tuple(
        Holder(str(r["agency_name"]), ROLE_LABELS.get(str(r["role"]), str(r["role"])))
        for r in roles
        if r.get("member", PERSON) == key
    )


def household(
    sheet: Mapping[str, Any] | None,
    categories: Sequence[str] = (),
    roles: Sequence[Mapping[str, Any]] = (),
) -> list[Member]:
    """The person first, then each member of the sheet's 世帯構成. The person's troubles
    are the case's categories; a member's, what the sheet noted for them (「要介護3」)."""
    data: Mapping[str, Any] = (sheet or {}).get("data") or {}
    person: Mapping[str, Any] = data.get("person") or {}
    found = [
        Member(
            key=PERSON,
            name=str(person.get("name") or ""),
            relation="本人",
            age=_age(person.get("age")),
            sex=str(person.get("gender")) if person.get("gender") in SEX_WORDS else "unknown",
            generation=0,
            lives_with=True,
            is_spouse=False,
            troubles=tuple(CATEGORY_LABELS.get(c, c) for c in categories),
            holders=_holders(PERSON, roles),
        )
    ]
    for index, member in enumerate((data.get("household") or {}).get("members") or ()):
        relation = str(member.get("relation") or "")
        if relation == "本人":
            continue  # the sheet's first row is the person, already drawn above
        generation, sex = _relation(relation)
        note = str(member.get("note") or "").strip()
        key = f"m{index}"
        found.append(
            Member(
                key=key,
                name=str(member.get("name") or ""),
                relation=relation or "家族",
                age=_age(member.get("age")),
                sex=sex,
                generation=generation,
                lives_with=not any(word in note for word in APART_WORDS),
                is_spouse=relation in SPOUSES,
                troubles=(note,) if note else (),
                holders=_holders(key, roles),
            )
        )
    return found


def member_choices(members: Sequence[Member]) -> list[tuple[str, str]]:
    """(key, words) for the plan's 「誰の支援」 choice."""
    return [
        (m.key, m.relation if m.is_person else f"{m.relation} {m.name}".strip()) for m in members
    ]

"""A whole visit note typed at once: what it tells about the person (age, 区, gender,
who they live with), proposed back to the 民生委員 before it goes into the sheet.

Each hint is fed through the sheet's own step readers (`handlers/intake/steps.py`), so a
hint lands exactly as the same answer given to the question would."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from handlers.intake import steps as table
from handlers.intake.answers import Given, Situation, Taken
from handlers.intake.state import IntakeState
from handlers.visit import wording as say

AGE = re.compile(r"(\d{1,3})\s*(?:歳|才)|[(（]\s*(\d{1,3})\s*[)）]")
# 「田中ハナさん」「山本様」: the person named in the note, a surname in kanji first. Role
# words (娘さん, ケアマネさん, 大家さん…) and a name after a relation (「息子の太郎さん」)
# are not the person's.
NAMED = re.compile(r"([一-龥々]{1,4}[ァ-ヶー一-龥々]{0,4})\s*(?:さん|様|さま|氏)")
NOT_A_NAME = re.compile(
    r"(?:娘|息子|奥|隣|大家|家主|ケアマネ|ヘルパー|民生委員|看護師|先生|管理人|母|父|妻|夫|孫|兄|姉|弟|妹"
    r"|嫁|婿|主人|旦那|親戚|近所|本人|職員|医者|担当|会長|住人|相手|店長|社長|長男|長女|次男|次女)$"
)
ALONE = ("一人暮らし", "ひとり暮らし", "独居", "独り暮らし")
COUNTED = re.compile(r"([2-6２-６二三四五六])人(?:で)?(?:暮らし|家族|世帯)")
KANJI_DIGITS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# Words of a note → the sheet's 続柄 choices (`RELATION_CHOICES`).
RELATIONS = {
    "夫": "配偶者",
    "妻": "配偶者",
    "息子": "子",
    "娘": "子",
    "長男": "子",
    "長女": "子",
    "次男": "子",
    "次女": "子",
    "母": "親",
    "父": "親",
    "孫": "孫",
    "兄": "きょうだい",
    "姉": "きょうだい",
    "弟": "きょうだい",
    "妹": "きょうだい",
}
LIVING_WITH = re.compile(
    r"(" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + r")(?:さん)?と"
)
GENDERS = {"女性": "female", "男性": "male", "おばあさん": "female", "おじいさん": "male"}
GENDER_WORDS = {"female": "女性", "male": "男性"}


@dataclass(frozen=True, slots=True)
class NoteHints:
    age: int | None = None
    name: str | None = None
    ward: str | None = None
    gender: str | None = None
    size: int | None = None
    relations: tuple[str, ...] = ()  # words as written: 娘, 夫…

    @property
    def any(self) -> bool:
        return any((self.age, self.name, self.ward, self.gender, self.size, self.relations))

    def lines(self) -> list[str]:
        shown = []
        if self.name:
            shown.append(say.HINT_NAME.format(name=self.name))
        if self.age is not None:
            shown.append(say.HINT_AGE.format(age=self.age))
        if self.ward:
            shown.append(say.HINT_WARD.format(ward=self.ward))
        if self.gender:
            shown.append(say.HINT_GENDER.format(gender=GENDER_WORDS[self.gender]))
        if self.size == 1:
            shown.append(say.HINT_ALONE)
        elif self.size:
            shown.append(say.HINT_SIZE.format(size=self.size))
        if self.relations:
            shown.append(say.HINT_RELATIONS.format(relations="、".join(self.relations)))
        return shown


def read_note(note: str, wards: tuple[str, ...]) -> NoteHints:
    text = unicodedata.normalize("NFKC", note)
    age_match = AGE.search(text)
    age = int(age_match.group(1) or age_match.group(2)) if age_match else None
    ward = next((w for w in wards if w in text), None)
    gender = next((g for word, g in GENDERS.items() if word in text), None)
    relations = tuple(dict.fromkeys(m.group(1) for m in LIVING_WITH.finditer(text)))
    size: int | None = None
    if any(word in text for word in ALONE):
        size, relations = 1, ()
    else:
        counted = COUNTED.search(text)
        if counted:
            digit = counted.group(1)
            size = KANJI_DIGITS.get(digit) or int(unicodedata.normalize("NFKC", digit))
        elif relations:
            size = 1 + len(relations)
    return NoteHints(
        age=age if age is not None and age <= 130 else None,
        name=_named(text, wards),
        ward=ward,
        gender=gender,
        size=size,
        relations=relations,
    )


RELATIONS_OF = re.compile(
    r"(?:" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + r"|嫁|主人|旦那)(?:さん)?の$"
)


def _named(text: str, wards: tuple[str, ...]) -> str | None:
    """The first name in the note said with さん/様 that is not a role or a relation's."""
    for found in NAMED.finditer(text):
        name = found.group(1)
        for ward in wards:  # 「北区田中さん」: the 区 is no part of the name
            name = name.removeprefix(ward)
        before = text[: found.start(1)]
        if len(name) < 2 or NOT_A_NAME.search(name) or RELATIONS_OF.search(before):
            continue
        return name
    return None


def answer_step(state: IntakeState, sit: Situation, key: str, given: Given) -> IntakeState | None:
    """Give the step `key` the answer, as if asked; None when it does not read."""
    name, index = table.split_key(key)
    result = table.BY_KEY[name].read(given, replace(sit, state=state), index)
    return table.answered(key, result) if isinstance(result, Taken) else None


def _answer(state: IntakeState, sit: Situation, key: str, given: Given) -> IntakeState:
    return answer_step(state, sit, key, given) or state


def apply_hints(state: IntakeState, sit: Situation, hints: NoteHints) -> IntakeState:
    if hints.name:
        state = _answer(state, sit, "name", Given(text=hints.name))
    if hints.age is not None:
        state = _answer(state, sit, "birth", Given(text=f"{hints.age}歳"))
    if hints.ward:
        state = state.set_many("person", {"ward": hints.ward})
    if hints.gender:
        state = _answer(state, sit, "gender", Given(value=hints.gender))
    if hints.size:
        state = _answer(state, sit, "household_size", Given(value=str(min(hints.size, 6))))
    for index, word in enumerate(hints.relations, start=1):
        relation = RELATIONS[word]
        state = _answer(state, sit, f"member_relation:{index}", Given(value=relation))
    return state

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

AGE = re.compile(r"(\d{1,3})\s*(?:歳|才)")
# 「木村トメさん(84)」: an age in brackets, read when it follows the person's name.
BRACKETED_AGE = re.compile(r"^\s*(?:さん|様|さま|氏)?\s*[(（]\s*(\d{1,3})\s*(?:歳|才)?\s*[)）]")
# 「田中ハナさん」「山本様」: the person named in the note, a surname in kanji first. Role
# words (娘さん, ケアマネさん, 大家さん…) and a name after a relation (「息子の太郎さん」)
# are not the person's. The given name may be in hiragana (「高橋ふみ子さん」), never a
# particle (「北区の林さん」).
NAMED = re.compile(
    r"([一-龥々]{1,4}(?:(?![のとはがをにでへもや])[ぁ-んァ-ヶー一-龥々]){0,4})\s*(?:さん|様|さま|氏)"
)
# Who asked for the visit, not whom it is about: 「隣に住む佐藤さん（70）からの依頼で」.
ASKED_BY = re.compile(
    r"^\s*(?:さん|様|さま|氏)?\s*(?:[(（][^)）]{0,6}[)）])?\s*(?:から|より|に頼まれ|の紹介)"
)
NEIGHBOUR_BEFORE = re.compile(
    r"(?:隣|となり|近所|きんじょ|向かい|むかい)(?:に住む|の|に住んでいる|の方の)?$"
)
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
    r"(" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + r")(?:さん)?"
    r"(?:\s*[(（]\s*(\d{1,3})\s*(?:歳|才)?\s*[)）])?と"
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
    member_ages: tuple[int | None, ...] = ()  # each relation's age, when the note gave it

    @property
    def any(self) -> bool:
        return any((self.age, self.name, self.ward, self.gender, self.size, self.relations))

    def ages_of_relations(self) -> tuple[int | None, ...]:
        """Each relation's age, None where the note gave none."""
        given = self.member_ages[: len(self.relations)]
        return given + (None,) * (len(self.relations) - len(given))

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
            said = (
                f"{word}（{age}歳）" if age is not None else word
                for word, age in zip(self.relations, self.ages_of_relations(), strict=True)
            )
            shown.append(say.HINT_RELATIONS.format(relations="、".join(said)))
        return shown


def read_note(note: str, wards: tuple[str, ...]) -> NoteHints:
    text = unicodedata.normalize("NFKC", note)
    named = _named(text, wards)
    name = named[0] if named else None
    age_match = AGE.search(text)
    age = int(age_match.group(1)) if age_match else named[1] if named else None
    ward = next((w for w in wards if w in text), None)
    gender = next((g for word, g in GENDERS.items() if word in text), None)
    living_with: dict[str, int | None] = {}
    for found in LIVING_WITH.finditer(text):
        living_with.setdefault(found.group(1), int(found.group(2)) if found.group(2) else None)
    relations = tuple(living_with)
    size: int | None = None
    if any(word in text for word in ALONE):
        size, relations, living_with = 1, (), {}
    else:
        counted = COUNTED.search(text)
        if counted:
            digit = counted.group(1)
            size = KANJI_DIGITS.get(digit) or int(unicodedata.normalize("NFKC", digit))
        elif relations:
            size = 1 + len(relations)
    return NoteHints(
        age=age if age is not None and age <= 130 else None,
        name=name,
        ward=ward,
        gender=gender,
        size=size,
        relations=relations,
        member_ages=tuple(a if a is not None and a <= 130 else None for a in living_with.values()),
    )


RELATIONS_OF = re.compile(
    r"(?:" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + r"|嫁|主人|旦那)(?:さん)?の$"
)


def _named(text: str, wards: tuple[str, ...]) -> tuple[str, int | None] | None:
    """The first name in the note said with さん/様 that is not a role, a relation's, or
    the neighbour's who asked for the visit; with the age in brackets after it."""
    for found in NAMED.finditer(text):
        name = found.group(1)
        for ward in wards:  # 「北区田中さん」: the 区 is no part of the name
            name = name.removeprefix(ward)
        before, after = text[: found.start(1)], text[found.end(1) :]
        if len(name) < 2 or NOT_A_NAME.search(name) or RELATIONS_OF.search(before):
            continue
        if ASKED_BY.search(after) or NEIGHBOUR_BEFORE.search(before):
            continue
        bracketed = BRACKETED_AGE.search(after)
        return name, int(bracketed.group(1)) if bracketed else None
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
    pairs = zip(hints.relations, hints.ages_of_relations(), strict=True)
    for index, (word, age) in enumerate(pairs, start=1):
        relation = RELATIONS[word]
        state = _answer(state, sit, f"member_relation:{index}", Given(value=relation))
        if age is not None:
            state = _answer(state, sit, f"member_age:{index}", Given(text=f"{age}歳"))
    return state

"""A household member named from the writer's side (「私の弟」), read from the person's
side: a son writing about his mother says 「私の弟」 for her son. The sheet's 続柄 is
always 本人から見て, so the words are turned round by who the writer is to the person
(the 続柄 they gave, 「長男」「娘」「妻」…) and then confirmed with buttons."""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.intake import parsing
from nlu.extract import phrasing

# Who someone is to the one speaking: (kind, gender) — gender "" when the word leaves it open.
KIN_WORDS: dict[str, tuple[str, str]] = {
    "父": ("parent", "m"),
    "父親": ("parent", "m"),
    "お父さん": ("parent", "m"),
    "母": ("parent", "f"),
    "母親": ("parent", "f"),
    "お母さん": ("parent", "f"),
    "兄": ("sibling", "m"),
    "弟": ("sibling", "m"),
    "姉": ("sibling", "f"),
    "妹": ("sibling", "f"),
    "きょうだい": ("sibling", ""),
    "兄弟": ("sibling", ""),
    "夫": ("spouse", "m"),
    "主人": ("spouse", "m"),
    "旦那": ("spouse", "m"),
    "妻": ("spouse", "f"),
    "家内": ("spouse", "f"),
    "嫁": ("spouse", "f"),
    "息子": ("child", "m"),
    "長男": ("child", "m"),
    "次男": ("child", "m"),
    "三男": ("child", "m"),
    "娘": ("child", "f"),
    "長女": ("child", "f"),
    "次女": ("child", "f"),
    "三女": ("child", "f"),
    "子": ("child", ""),
    "子ども": ("child", ""),
    "子供": ("child", ""),
    "孫": ("grandchild", ""),
    "祖父": ("grandparent", "m"),
    "祖母": ("grandparent", "f"),
}

# (the writer to the person, the member to the writer) → the member to the person, by
# the member's gender ("m", "f", ""). Pairs left out have no one answer (a grandchild's
# 父 may be the person's son or son-in-law): the buttons alone ask.
TURNED: dict[tuple[str, str], dict[str, str]] = {
    ("child", "sibling"): {"m": "息子", "f": "娘", "": "子"},
    ("child", "parent"): {"m": "夫", "f": "妻", "": "配偶者"},
    ("child", "child"): {"m": "孫", "f": "孫", "": "孫"},
    ("child", "spouse"): {"m": "娘の夫", "f": "息子の妻", "": "子の配偶者"},
    ("child", "grandparent"): {"m": "父", "f": "母", "": "親"},
    ("spouse", "child"): {"m": "息子", "f": "娘", "": "子"},
    ("spouse", "parent"): {"m": "義父", "f": "義母", "": "義理の親"},
    ("spouse", "sibling"): {"m": "義理の兄弟", "f": "義理の姉妹", "": "義理のきょうだい"},
    ("spouse", "grandchild"): {"m": "孫", "f": "孫", "": "孫"},
    ("sibling", "parent"): {"m": "父", "f": "母", "": "親"},
    ("sibling", "sibling"): {"m": "兄弟", "f": "姉妹", "": "きょうだい"},
    ("sibling", "child"): {"m": "甥", "f": "姪", "": "甥・姪"},
    ("grandchild", "sibling"): {"m": "孫", "f": "孫", "": "孫"},
    ("parent", "child"): {"m": "兄弟", "f": "姉妹", "": "きょうだい"},
    ("parent", "spouse"): {"m": "父", "f": "母", "": "親"},
}

# How the confirming question names the person, by who the writer is to them and the
# person's gender: 「お母さまから見て、どなたですか？」.
PERSON_TITLE: dict[str, dict[str, str]] = {
    "child": {"male": "お父さま", "female": "お母さま"},
    "spouse": {"male": "ご主人", "female": "奥さま"},
    "grandchild": {"male": "おじいさま", "female": "おばあさま"},
    "parent": {"male": "息子さん", "female": "娘さん"},
}
PERSON = "ご本人"

WRITER_SIDE = re.compile(
    r"^(?:私|わたし|わたくし|あたし|僕|ぼく|俺|おれ|自分|じぶん)(?:の|から見て|からみて)、?(.+)$"
)
KIN_ENDINGS = re.compile(r"(?:さん|ちゃん|くん|です|だ|になります)+$")


@dataclass(frozen=True, slots=True)
class WriterSide:
    """A relation written from the writer's side: the word as written, and the person's
    relation it gives (None when it cannot be told)."""

    said: str
    proposed: str | None


def _kin(word: str) -> tuple[str, str] | None:
    word = KIN_ENDINGS.sub("", word)
    return KIN_WORDS.get(word) or KIN_WORDS.get(word.removeprefix("お"))


def writer_role(detail: str | None) -> str | None:
    """Who the writer is to the person, from the 続柄 they gave: 「長男です」 → child."""
    if not detail:
        return None
    written = phrasing.without_polite_ending(parsing.normalise(detail)).replace(" ", "")
    found = _kin(written)
    if found is None:  # 「母の長男」 or 「長男で同居はしていません」: the first word that tells
        found = next((kin for word, kin in KIN_WORDS.items() if written.startswith(word)), None)
    return found[0] if found else None


def from_writer_side(answer: str, writer_detail: str | None) -> WriterSide | None:
    """「私の弟」 → WriterSide(弟, 息子) when the writer is the person's child; None when
    the answer is not said from the writer's side."""
    said = WRITER_SIDE.match(answer.replace(" ", ""))
    if said is None:
        return None
    word = KIN_ENDINGS.sub("", said[1])
    kin = _kin(word)
    role = writer_role(writer_detail)
    if kin is None or role is None:
        return WriterSide(word, None)
    turned = TURNED.get((role, kin[0]))
    return WriterSide(word, turned[kin[1]] if turned else None)


def person_title(writer_detail: str | None, gender: str | None) -> str:
    """「お母さま」 for a son writing about a woman; 「ご本人」 when it cannot be told."""
    titles = PERSON_TITLE.get(writer_role(writer_detail) or "", {})
    return titles.get(gender or "", PERSON)

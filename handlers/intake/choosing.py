"""A typed answer to a question that has buttons. People type instead of tapping, in their
own words: 「わたしのことじゃ」 for 「自分のこと」, 「母です」 for 「家族・親族のこと」,
「おんな」 for 「女性」, 「ないです」 for 「ない」. An answer is taken only when it names one
option and no other; otherwise the question is asked again with its buttons."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from handlers.intake import parsing

Options = tuple[tuple[str, str], ...]

# Polite and dialect endings around the word that answers (岡山弁 じゃ, 関西弁 や; the
# musing 「ないなあ」「ないのう」).
_ENDINGS = (
    "じゃな",
    "やな",
    "だな",
    "なあ",
    "なぁ",
    "のう",
    "ねえ",
    "ねぇ",
    "ですね",
    "だね",
    "よね",
    "やね",
    "じゃね",
    "です",
    "でした",
    "じゃ",
    "だよ",
    "や",
    "だ",
    "よ",
    "のこと",
    "について",
    "の方",
    "のほう",
)
_TRAILING = re.compile(r"[\s。、,.!?！？~〜ー…]+$")
_KANJI = re.compile(r"[\u3400-\u9fff々]")


def core(typed: str) -> str:
    """The answer without its endings: 「母のことです。」 → 「母」."""
    said = _TRAILING.sub("", parsing.normalise(typed))
    shortened = True
    while shortened:
        shortened = False
        for ending in _ENDINGS:
            if said.endswith(ending) and len(said) > len(ending):
                said = _TRAILING.sub("", said[: -len(ending)])
                shortened = True
                break
    return said


def named_option(
    typed: str,
    options: Options,
    names: Mapping[str, tuple[str, ...]],
    answers: Mapping[str, tuple[str, ...]],
) -> str | None:
    """The one option `typed` names, or None. `answers` must be the whole answer
    (「ない」 inside 「わからない」 is no answer); `names` may stand inside a longer one."""
    said = core(typed)
    if not said:
        return None
    exact = {value for value, label in options if said in (core(label), *answers.get(value, ()))}
    if len(exact) == 1:
        return exact.pop()
    words = {value: tuple(_words(label, names.get(value, ()))) for value, label in options}
    inside = _named_inside(said, words)
    if inside is not None:
        return inside
    if len(said) >= 2 or _KANJI.search(
        said
    ):  # 「女」 for 「女性」, 「ひとり」 for 「ひとり暮らし」
        part_of = {value for value, found in words.items() if any(said in w for w in found)}
        if len(part_of) == 1:
            return part_of.pop()
    return None


def _words(label: str, names: tuple[str, ...]) -> Iterator[str]:
    """The label's parts that can name it inside a sentence, and the extra names."""
    for part in label.split("・"):
        part = core(part)
        if any(c.isdigit() for c in part):  # 「2人」 is not inside 「12人」
            continue
        if _KANJI.search(part) or len(part) >= 3:  # 「ない」 alone is too common a word
            yield part
    for name in names:
        yield parsing.normalise(name)


def _named_inside(said: str, words: Mapping[str, tuple[str, ...]]) -> str | None:
    """The one option with a word standing in `said`."""
    named = {value for value, found in words.items() if any(word in said for word in found)}
    return named.pop() if len(named) == 1 else None

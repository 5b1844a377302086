"""How many people live in a household, as people say it: 「3」「３人家族」「二人」
「ふたり」「夫婦2人」「母と2人暮らし」."""

from __future__ import annotations

import re
from typing import Final

from nlu.extract.phrasing import numbers_said
from nlu.text_normal import without_accents

# 「3」「3人家族」「夫婦2人」「母と2人暮らし」「母と私の弟の2人くらし」「妻と二人で住んで
# います」「妻と子ども2人の4人家族」 (「子ども2人」 is not the whole household: after other
# words, only with と, or with 家族 or 暮らし or 住んで said).
COUNT = re.compile(
    r"^(?:(?:(?:夫婦|親子|家族|うち|全部|全員|みんな)(?:は|で)?|\D{1,8}と)?"
    r"(\d{1,2})(?:人|名)?(?:家族|世帯|暮らし|くらし|ぐらし)?"
    r"|\D{1,16}[との](\d{1,2})(?:人|名)(?:暮らし|くらし|ぐらし)"
    r"|.{0,20}?(?<!\d)(\d{1,2})(?:人|名)(?:家族|世帯|で(?:住|す|暮|く|生)\S{0,10}))$"
)


_EXPLAINED = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")
# 「ふたりじゃ」「2人やね」「二人だべ」: the count, then a dialect's copula.
_COPULA_AFTER = re.compile(
    r"(?<=[人名りし族帯])(?:じゃ|や|だ|だよ|だべ|だに|やね|だね|じゃね|じゃけ|じゃけん|やけん|ばい|たい|さ|よ|ね|なんよ)+[。!！]*$"
)
# 「ふたり。家内とわしだけ」: the count, then who they are, in a sentence with no number.
_WHO_AFTER = re.compile(r"^([^。.]{1,8})[。.、,]\s*[^\d一二三四五六七八九十]{1,20}$")
COUNT_WORDS = {"ひとり": "1人", "ふたり": "2人"}  # the two counts not said with a numeral


def parse_count(text: str, largest: int = 30) -> int | None:
    """「3」「3人」「３人家族」「二人」「ふたり」「夫婦2人」「3人（わたしと子ども2人）」 →
    the number of people."""
    value = numbers_said(text)
    # 「3人（わたしと子ども2人）」: who they are, in brackets after the count
    value = _EXPLAINED.sub("", value) or value
    said_first = _WHO_AFTER.match(value)
    if said_first and said_first[1] != value:
        first = parse_count(said_first[1], largest)
        if first is not None:
            return first
    value = _COPULA_AFTER.sub("", value.replace("ふたり", "2人").replace("ひとり", "1人"))
    for word, numeral in COUNT_WORDS.items():
        value = value.replace(word, numeral)
    match = COUNT.match(value)
    if match is None:
        return None
    count = int(match[1] or match[2] or match[3])
    return count if 1 <= count <= largest else None


# ------------------------------------------------------------ in the bot's other languages

# 1–10 as words (folded: lower case, no accents) in English, Spanish, Portuguese,
# Filipino, Vietnamese, Chinese and Korean (native numbers, as people are counted: 세 명).
_NUMBER_WORDS: Final = {
    **dict.fromkeys(("one", "uno", "una", "uma", "isa", "isang", "mot"), 1),
    **dict.fromkeys(("two", "dos", "dois", "duas", "dalawa", "dalawang", "hai"), 2),
    **dict.fromkeys(("three", "tres", "tatlo", "tatlong", "ba"), 3),
    **dict.fromkeys(("four", "cuatro", "quatro", "apat", "bon"), 4),
    **dict.fromkeys(("five", "cinco", "lima", "limang", "nam"), 5),
    **dict.fromkeys(("six", "seis", "anim", "sau"), 6),
    **dict.fromkeys(("seven", "siete", "sete", "pito", "pitong", "bay"), 7),
    **dict.fromkeys(("eight", "ocho", "oito", "walo", "walong", "tam"), 8),
    **dict.fromkeys(("nine", "nueve", "nove", "siyam", "chin"), 9),
    **dict.fromkeys(("ten", "diez", "dez", "sampu", "sampung", "muoi"), 10),
    **{word: n for n, word in enumerate("一二三四五六七八九十", start=1)},
    "两": 2,
    **{word: n for n, word in enumerate("한두세네", start=1)},
    **{word: n for n, word in enumerate(("하나", "둘", "셋", "넷", "다섯"), start=1)},
    **{word: n for n, word in enumerate(("여섯", "일곱", "여덟", "아홉", "열"), start=6)},
}

# The words around a count that say nothing more: 「three of us」「somos 4」「4 katao kami」
# 「gia dinh toi co 4 nguoi」. A word not here (「3 kids」) leaves the answer unread.
_AROUND_A_COUNT: Final = frozenset(
    (
        "we", "are", "were", "there", "us", "of", "in", "all", "total", "people", "persons",
        "person", "family", "household", "just", "only", "about", "at", "home", "living",
        "live", "here", "our", "im", "i", "me", "including",
        "somos", "son", "en", "casa", "la", "familia", "personas", "persona", "de",
        "vivimos", "mi", "sao", "pessoas", "pessoa", "na", "moramos", "em", "a", "minha",
        "nos", "kami", "tayo", "katao", "tao", "po", "lang", "sa", "bahay", "pamilya", "ang",
        "namin", "kasama", "ako", "nguoi", "chung", "toi", "gia", "dinh", "nha", "co", "tat",
        "ca", "minh", "song",
    )
)  # fmt: skip
# Chinese and Korean, written without spaces between the count and its words.
_AROUND_A_COUNT_JOINED: Final = (
    "我们家",
    "我们",
    "家里",
    "一共",
    "总共",
    "个人",
    "口人",
    "个",
    "口",
    "人",
    "有",
    "是",
    "住",
    "우리",
    "가족",
    "집",
    "모두",
    "다",
    "명이에요",
    "명입니다",
    "명이요",
    "명",
    "이에요",
    "예요",
    "입니다",
    "이요",
    "요",
    "은",
    "는",
    "이",
)

# Living alone, said in those languages (folded).
_ALONE: Final = frozenset(
    (
        "just me", "only me", "me", "me only", "myself", "alone", "i live alone", "me alone",
        "just myself", "only myself", "solo yo", "yo solo", "yo sola", "solo", "sola",
        "vivo solo", "vivo sola", "so eu", "sozinho", "sozinha", "moro sozinha",
        "ako lang", "ako lang po", "mag-isa", "mag isa", "mag-isa lang", "mag isa lang",
        "isa lang", "mot minh", "chi minh toi", "chi co minh toi", "toi song mot minh",
        "mot minh toi", "我一个人", "就我一个", "就我一个人", "只有我", "只有我一个人",
        "혼자", "혼자요", "저 혼자", "나 혼자", "저 혼자요", "혼자 살아요", "저 혼자 살아요",
    )
)  # fmt: skip


def count_in_words(text: str, largest: int = 30) -> int | None:
    """How many live in the household, said in another language: 「just me」 → 1,
    「three of us」「somos dos」「ba người」「两个人」「세 명이에요」 → the number. None when
    the words say anything more than the count (「3 kids」「me and my wife」)."""
    folded = " ".join(re.sub(r"[.,!?。、！？~]+", " ", without_accents(text)).split())
    if folded in _ALONE:
        return 1
    counts: list[int] = []
    for word in folded.split():
        if not _is_count(word):
            for around in _AROUND_A_COUNT_JOINED:  # 「两个人」 → 「两」, 「세명이요」 → 「세」
                if len(word) > len(around):
                    word = word.replace(around, " ")
        for part in word.split():
            if _is_count(part):
                counts.append(_count_of(part))
            elif part not in _AROUND_A_COUNT and part not in _AROUND_A_COUNT_JOINED:
                return None
    if len(counts) != 1:
        return None
    return counts[0] if 1 <= counts[0] <= largest else None


def _is_count(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _count_of(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]

"""How many people live in a household, as people say it: 「3」「３人家族」「二人」
「ふたり」「夫婦2人」「母と2人暮らし」."""

from __future__ import annotations

import re

from nlu.extract.phrasing import numbers_said

# 「3」「3人家族」「夫婦2人」「母と2人暮らし」「母と私の弟の2人くらし」「妻と二人で住んで
# います」「妻と子ども2人の4人家族」 (「子ども2人」 is not the whole household: after other
# words, only with と, or with 家族 or 暮らし or 住んで said).
COUNT = re.compile(
    r"^(?:(?:(?:夫婦|親子|家族|うち|全部|全員|みんな)(?:は|で)?|\D{1,8}と)?"
    r"(\d{1,2})(?:人|名)?(?:家族|世帯|暮らし|くらし|ぐらし)?"
    r"|\D{1,16}[との](\d{1,2})(?:人|名)(?:暮らし|くらし|ぐらし)"
    r"|.{0,20}?(?<!\d)(\d{1,2})(?:人|名)(?:家族|世帯|で(?:住|す|暮|く|生)\S{0,10}))$"
)


COUNT_WORDS = {"ひとり": "1人", "ふたり": "2人"}  # the two counts not said with a numeral


def parse_count(text: str, largest: int = 30) -> int | None:
    """「3」「3人」「３人家族」「二人」「ふたり」「夫婦2人」 → the number of people."""
    value = numbers_said(text)
    for word, numeral in COUNT_WORDS.items():
        value = value.replace(word, numeral)
    match = COUNT.match(value)
    if match is None:
        return None
    count = int(match[1] or match[2] or match[3])
    return count if 1 <= count <= largest else None

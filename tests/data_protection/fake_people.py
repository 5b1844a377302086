"""The personal data tests type, in one place: the fake residents' names, phones,
addresses and stories. None of it may appear in a log line or a database dump."""

from __future__ import annotations

from typing import Final

NAME: Final = "石川ゆかり"
KANA: Final = "イシカワユカリ"
PHONE: Final = "080-4321-9876"
ADDRESS: Final = "岡山市南区藤田五丁目3-14"
POSTAL: Final = "701-0221"
EMAIL: Final = "yukari.ishikawa@example.jp"
BIRTH: Final = "昭和二十五年四月一日"
STORY: Final = "夫の借金の取り立てが毎晩あって眠れません"
STAFF_REPLY: Final = "石川さん、明日の午後お電話してもよいですか"
NOTE: Final = "石川さんの長男が同居、連絡は夕方以降"
MEETING_REASON: Final = "石川さん宅で虐待の疑いがあり支援会議で共有を決定"

# Pieces that must never be found, including the other spellings a phone takes and the
# fake data other test modules type (tests/handoff/conversation.py, the intake tests).
KNOWN_PII: Final[tuple[str, ...]] = (
    NAME,
    "石川",
    "ゆかり",
    KANA,
    PHONE,
    PHONE.replace("-", ""),
    "藤田五丁目",
    POSTAL,
    EMAIL,
    BIRTH,
    STORY,
    "取り立て",
    STAFF_REPLY,
    NOTE,
    MEETING_REASON,
    "山田花子",
    "山田 花子",
    "090-1234-5678",
    "09012345678",
    "鹿田町",
)

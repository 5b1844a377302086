"""How many turns the つなぐシート takes when residents type their answers in their own
words, and when they only tap buttons: the median over a few residents of each kind.

Runs tsunagu in-process (the real app over HTTP, its LINE emulator; SQLite in a temporary
directory unless `--database-url` is given). The typed residents are the scripts of
`tests/intake/conversation.py` (a son for his mother, a resident for herself, a daughter
for her father: hedges, corrections, 和暦, 「ない」, 「私の弟」); the buttons-only
residents tap every answer (what cannot be tapped is skipped). Counts the resident's
turns from the first question to the summary card.

    uv run --frozen python bench/typed_turns.py
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness import running_stack
from tests.intake.conversation import (
    DAUGHTER_FOR_FATHER,
    RESIDENT_FOR_HERSELF,
    SON_FOR_MOTHER,
    Resident,
    answer_as_written,
    start,
)

SUMMARY = "ここまでの内容です"
SKIP = "tap:答えたくない"

SON_BY_BUTTONS: tuple[tuple[str, str], ...] = (
    ("どんなことでお困りですか", "tap:ボタンで選ぶ"),
    ("いま選んでいるもの", "tap:これで決定"),
    ("あてはまるものを", "tap:介護"),
    ("どなたのことですか", "tap:家族・親族のこと"),
    ("ご本人とのご関係", SKIP),
    ("ご本人のお名前", "tap:名前を言わずに相談"),
    ("性別", "tap:女性"),
    ("生年月日", "pick:1946-05-03"),
    ("郵便番号", "tap:わからない"),
    ("ご住所", SKIP),
    ("区を選んで", "tap:北区"),
    ("何人ですか", "tap:3人"),
    ("2人目の方は", "tap:子ども"),
    ("3人目の方は", "tap:子ども"),
    ("子どものお名前", SKIP),
    ("子どもの年齢", "tap:わからない"),
    ("子どもについて", "tap:特になし"),
    ("くらしの様子", "tap:特になし"),
    ("すでに相談している", "tap:ない"),
)
SELF_BY_BUTTONS: tuple[tuple[str, str], ...] = (
    ("どんなことでお困りですか", "tap:ボタンで選ぶ"),
    ("いま選んでいるもの", "tap:これで決定"),
    ("あてはまるものを", "tap:住まい"),
    ("どなたのことですか", "tap:自分のこと"),
    ("お名前を教えて", "tap:名前を言わずに相談"),
    ("性別", "tap:女性"),
    ("生年月日", "pick:1955-05-03"),
    ("郵便番号", "tap:わからない"),
    ("ご住所", SKIP),
    ("区を選んで", "tap:北区"),
    ("何人ですか", "tap:ひとり暮らし"),
    ("くらしの様子", "tap:特になし"),
    ("すでに相談している", "tap:ない"),
)
DAUGHTER_BY_BUTTONS: tuple[tuple[str, str], ...] = (
    ("どんなことでお困りですか", "tap:ボタンで選ぶ"),
    ("いま選んでいるもの", "tap:これで決定"),
    ("あてはまるものを", "tap:病気・医療"),
    ("どなたのことですか", "tap:家族・親族のこと"),
    ("ご本人とのご関係", SKIP),
    ("ご本人のお名前", "tap:名前を言わずに相談"),
    ("性別", "tap:男性"),
    ("生年月日", "pick:1944-02-01"),
    ("郵便番号", "tap:わからない"),
    ("ご住所", SKIP),
    ("区を選んで", "tap:中区"),
    ("何人ですか", "tap:2人"),
    ("2人目の方は", "tap:夫・妻"),
    ("夫・妻のお名前", SKIP),
    ("夫・妻の年齢", "tap:わからない"),
    ("夫・妻について", "tap:特になし"),
    ("くらしの様子", "tap:特になし"),
    ("すでに相談している", "tap:ない"),
)
JOURNEYS = {
    "typed": {
        "son for his mother": SON_FOR_MOTHER,
        "resident for herself": RESIDENT_FOR_HERSELF,
        "daughter for her father": DAUGHTER_FOR_FATHER,
    },
    "buttons only": {
        "son for his mother": SON_BY_BUTTONS,
        "resident for herself": SELF_BY_BUTTONS,
        "daughter for her father": DAUGHTER_BY_BUTTONS,
    },
}


async def measure(database_url: str, redis_url: str | None) -> dict[str, dict[str, int]]:
    turns: dict[str, dict[str, int]] = {}
    async with running_stack(database_url, redis_url, TSUNAGU_USER_RATE_LIMIT=1000) as stack:
        for kind, journeys in JOURNEYS.items():
            for name, answers in journeys.items():
                resident = Resident(stack, "U" + uuid.uuid4().hex)
                await start(resident)  # the resident taps 「相談する」; counting starts here
                await answer_as_written(resident, answers, until=SUMMARY)
                turns.setdefault(kind, {})[name] = resident.turns
    return turns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    parser.add_argument("--redis-url", help="default: no Redis (in-process queue)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{tmp}/typed_turns.db"
        turns = asyncio.run(measure(url, args.redis_url))
    print("resident turns from the first question to the summary card")
    for kind, journeys in turns.items():
        for name, count in journeys.items():
            print(f"  {kind:<14}{name:<26}{count:>4}")
        print(f"  {kind:<14}{'median':<26}{statistics.median(journeys.values()):>4}")


if __name__ == "__main__":
    main()

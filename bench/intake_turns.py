"""How long the つなぐシート is by buttons alone: the resident's turns and the bot's messages.

Runs tsunagu in-process (the real app over HTTP, its LINE emulator; SQLite in a temporary
directory unless `--database-url` is given) and walks the buttons-only path of
`tests/intake/conversation.py` — three troubles with the main one, anonymous, birth date
from the calendar, 区 by button, a household of three — then sends the sheet and consents.
Prints the turns and bot messages from the first question to the summary card, to the
consent question, and to the hand-off.

    uv run --frozen python bench/intake_turns.py
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness import running_stack
from tests.intake.conversation import Resident, fill_by_buttons, start


async def measure(database_url: str, redis_url: str | None) -> list[tuple[str, int, int]]:
    async with running_stack(database_url, redis_url) as stack:
        resident = Resident(stack, "U" + uuid.uuid4().hex)
        await start(resident)  # the resident taps 「相談する」; counting starts here
        first = resident.seen
        counts: list[tuple[str, int, int]] = []

        def mark(stage: str) -> None:
            counts.append((stage, resident.turns, resident.seen - first))

        await fill_by_buttons(resident)
        mark("summary card")
        await resident.tap("この内容で送る")
        assert resident.asked("同意して相談をつなぐ"), resident.said()
        mark("consent question")
        await resident.tap("同意して相談をつなぐ")
        assert resident.asked("相談をつなぎました"), resident.said()
        mark("handed over")
        invalid = [r for r in stack.emulator.requests if not r["valid"]]
        assert not invalid, invalid
        return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    parser.add_argument("--redis-url", help="default: no Redis (in-process queue)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{tmp}/intake_turns.db"
        counts = asyncio.run(measure(url, args.redis_url))
    print("buttons-only つなぐシート (3 troubles, anonymous, household of 3)")
    print(f"{'from the first question to':<28}{'resident turns':>16}{'bot messages':>14}")
    for stage, turns, messages in counts:
        print(f"{stage:<28}{turns:>16}{messages:>14}")


if __name__ == "__main__":
    main()

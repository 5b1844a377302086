"""How many database round trips one turn makes, statement by statement.

Runs tsunagu in-process (the real app over HTTP, its embedded worker, the LINE emulator)
on a fresh PostgreSQL database, and counts what reaches the database while a resident
follows the bot, taps buttons and writes a message: every statement, and every BEGIN,
COMMIT and ROLLBACK (each a round trip of its own with asyncpg), from the webhook's
record of the event (the ack: `INSERT received_events`) to the answer delivered and the
outbox's work after it. Prints per kind of turn the round trips and the statements by
kind, so a change to the turn's path shows here.

    uv run --frozen python bench/turn_statements.py --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import uuid
from collections import Counter
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.webhook_ack import fresh_database
from tests.databases import drop_database
from tests.harness import Stack, running_stack

FREE_TEXT = "母の介護で仕事を辞めました。これからの生活が不安です"
_NESTED = re.compile(r"\([^()]*\)")
_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE)\s+\"?(\w+)", re.IGNORECASE)


# Who sent a statement, by the asyncio task it ran in.
PARTS = {
    "run_asgi": "ack",  # the webhook's request
    "_work": "turn",  # the queue's consumer: the turn and its delivery
}
BACKGROUND = "timers"  # the outbox's lanes, the reply-coming check, the sweep


def _part() -> str:
    task = asyncio.current_task()
    name = str(getattr(task.get_coro(), "__qualname__", "")) if task else ""
    name = name.rsplit(".", 1)[-1]
    return PARTS.get(name, BACKGROUND)


class StatementCount:
    """What the engine sent to the database, by part and kind, since the last `taken()`."""

    def __init__(self, trace: bool = False) -> None:
        self.kinds: Counter[tuple[str, str]] = Counter()
        self.trace = trace

    def round_trip(self, kind: str, sql: str = "") -> None:
        part = _part()
        self.kinds[(part, kind)] += 1
        if self.trace and part == "turn":
            print(f"    | {kind:28} {' '.join(sql.split())[:110]}")

    def statement(self, sql: str) -> None:
        words = sql.split(None, 1)
        verb = words[0].upper() if words else "?"
        outer = sql
        while (inner := _NESTED.sub("", outer)) != outer:  # the outer statement's table
            outer = inner
        table = _TABLE.search(outer)
        if "pg_advisory" in sql:
            self.round_trip("advisory lock", sql)
        else:
            self.round_trip(f"{verb} {table.group(1) if table else ''}".strip(), sql)

    def taken(self) -> Counter[tuple[str, str]]:
        kinds, self.kinds = self.kinds, Counter()
        return kinds


@contextmanager
def counting(stack: Stack, trace: bool) -> Iterator[StatementCount]:
    count = StatementCount(trace)
    engine = stack.services.engine.sync_engine

    def on_execute(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        count.statement(sql)

    # Under AUTOCOMMIT SQLAlchemy still reports a transaction, but none is sent.
    def sent(conn: Any) -> bool:
        return bool(conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT")

    def on_begin(conn: Any) -> None:
        if sent(conn):
            count.round_trip("BEGIN")

    def on_commit(conn: Any) -> None:
        if sent(conn):
            count.round_trip("COMMIT")

    def on_rollback(conn: Any) -> None:
        if sent(conn):
            count.round_trip("ROLLBACK")

    listeners = (
        ("before_cursor_execute", on_execute),
        ("begin", on_begin),
        ("commit", on_commit),
        ("rollback", on_rollback),
    )
    for name, listener in listeners:
        event.listen(engine, name, listener)
    try:
        yield count
    finally:
        for name, listener in listeners:
            event.remove(engine, name, listener)


async def one_turn(
    stack: Stack, count: StatementCount, user: str, send: Awaitable[Any]
) -> Counter[tuple[str, str]]:
    """The round trips of the ack (the webhook's record), then of the worker's turn."""
    await stack.caught_up(user)
    count.taken()
    await send
    await stack.replies(user)
    await asyncio.sleep(0.5)  # the outbox and the reply-coming check run on their own
    return count.taken()


def _last_buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    items = (message.get("quickReply") or {}).get("items") or []
    return [item["action"] for item in items if item["action"].get("type") == "postback"]


async def run(database_url: str, residents: int, trace: bool) -> None:
    url = await fresh_database(database_url)
    try:
        async with running_stack(url) as stack:
            with counting(stack, trace) as count:
                by_kind: dict[str, list[Counter[tuple[str, str]]]] = {
                    "follow": [],
                    "tap": [],
                    "text": [],
                }
                for index in range(residents):
                    user = f"U{uuid.uuid4().hex}"
                    by_kind["follow"].append(await one_turn(stack, count, user, stack.follow(user)))
                    for _ in range(3):
                        buttons = _last_buttons(stack.delivered(user)[-1])
                        if not buttons:
                            break
                        data = buttons[index % len(buttons)]["data"]
                        by_kind["tap"].append(
                            await one_turn(stack, count, user, stack.tap(user, data))
                        )
                    by_kind["text"].append(
                        await one_turn(stack, count, user, stack.say(user, FREE_TEXT))
                    )
        for kind, turns in by_kind.items():
            report(kind, turns)
    finally:
        await drop_database(database_url, url)


def report(kind: str, turns: list[Counter[tuple[str, str]]]) -> None:
    if not turns:
        return
    print(f"{kind}: {len(turns)} turns; round trips per turn (median, min-max), then by kind")
    for part in ("ack", "turn", BACKGROUND):
        totals = [sum(n for (p, _), n in turn.items() if p == part) for turn in turns]
        print(f"  {part}: {statistics.median(totals):.0f} ({min(totals)}-{max(totals)})")
        summed: Counter[str] = Counter()
        for turn in turns:
            summed.update({what: n for (p, what), n in turn.items() if p == part})
        for what, n in summed.most_common():
            print(f"      {n / len(turns):5.1f}  {what}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default="postgresql+asyncpg://postgres@127.0.0.1:5432/test",
        help="a PostgreSQL server to create the benchmark's database on",
    )
    parser.add_argument("--residents", type=int, default=5)
    parser.add_argument("--trace", action="store_true", help="print each turn's statements")
    args = parser.parse_args()
    asyncio.run(run(args.database_url, args.residents, args.trace))


if __name__ == "__main__":
    main()

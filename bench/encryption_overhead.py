"""What encrypting personal data at rest costs per turn.

1. The primitive: sealing and opening a conversation state, a webhook event and a
   transcript line (AES-256-GCM with the JSON round trip), in microseconds.
2. Whole turns through the real webhook (uvicorn, LINE emulator, PostgreSQL, Redis as in
   the tests), from the POST to the reply reaching the emulator: the same conversations
   with the keyring sealing for real, and with a pass-through keyring (the same code
   path without the cipher). Rounds alternate so both see the same machine.

    TEST_DATABASE_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/test \\
    TEST_REDIS_URL=redis://127.0.0.1:6379/15 uv run python bench/encryption_overhead.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from cases import encryption
from cases.encryption import Keyring, new_key
from cases.migrate import upgrade
from tests.harness import Stack, running_stack

STATE = {
    "flow": "intake",
    "step": "story",
    "data": {"name": "石川ゆかり", "phone": "080-4321-9876", "story": "夫の借金" * 60},
    "history": ["name", "kana", "phone", "address"] * 3,
}
EVENT = {
    "type": "message",
    "message": {"type": "text", "id": "1", "text": "夫の借金の取り立てが毎晩あって眠れません"},
    "source": {"type": "user", "userId": "U" + "0" * 32},
    "replyToken": "r" * 32,
    "timestamp": 1,
    "webhookEventId": "01" + "A" * 24,
}
TYPED = ("こんにちは", "借金のことで相談したい", "夫の借金の取り立てが毎晩あって眠れません")


class PassThrough(Keyring):
    """The same calls, no cipher: the baseline."""

    def encrypt_text(self, text: str) -> str:
        return text

    def decrypt_text(self, envelope: str) -> str:
        return envelope


class Counting(Keyring):
    """The real cipher, counting how often a turn uses it."""

    calls = 0

    def encrypt_text(self, text: str) -> str:
        Counting.calls += 1
        return super().encrypt_text(text)

    def decrypt_text(self, envelope: str) -> str:
        Counting.calls += 1
        return super().decrypt_text(envelope)


def micro(rounds: int = 20000) -> dict[str, float]:
    keyring = Keyring([new_key("bench")])
    results = {}
    for name, value in (("state", STATE), ("event", EVENT), ("line", TYPED[2])):
        document = json.dumps(value, ensure_ascii=False)
        started = time.perf_counter()
        for _ in range(rounds):
            json.loads(keyring.decrypt_text(keyring.encrypt_text(document)))
        results[name] = (time.perf_counter() - started) / rounds * 1e6
    return results


async def conversations(stack: Stack, users: int, turns: int) -> list[float]:
    async def one(user: str) -> list[float]:
        await stack.follow(user)
        await stack.replies(user, 1, timeout=30)
        taken = []
        for turn in range(turns):
            started = time.perf_counter()
            await stack.say(user, TYPED[turn % len(TYPED)])
            await stack.replies(user, 1, timeout=30)
            taken.append((time.perf_counter() - started) * 1000)
        return taken

    per_user = await asyncio.gather(*(one("U" + uuid.uuid4().hex) for _ in range(users)))
    return [ms for taken in per_user for ms in taken]


async def fresh_database(admin: str) -> str:
    name = f"tsunagu_bench_{uuid.uuid4().hex[:8]}"
    engine = create_async_engine(admin, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await engine.dispose()
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    await upgrade(url)
    return url


async def drop_database(admin: str, url: str) -> None:
    engine = create_async_engine(admin, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        name = make_url(url).database
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await engine.dispose()


def summary(label: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    mean = statistics.fmean(ordered)
    return (
        f"{label:<10} turns={len(samples):4d}  "
        f"p50={p50:6.1f} ms  p99={p99:6.1f} ms  mean={mean:6.1f} ms"
    )


async def main(users: int, turns: int, rounds: int) -> None:
    for name, us in micro().items():
        print(f"seal+open {name:<6} {us:6.1f} µs")
    admin = os.environ.get("TEST_DATABASE_URL")
    if not admin:
        raise SystemExit("set TEST_DATABASE_URL (and TEST_REDIS_URL) for the turn benchmark")
    keys = Counting([new_key("bench")])
    url = await fresh_database(admin)
    samples: dict[str, list[float]] = {"encrypted": [], "plaintext": []}
    try:
        async with running_stack(url, os.environ.get("TEST_REDIS_URL")) as stack:
            for _ in range(rounds):
                for mode in ("plaintext", "encrypted"):
                    keyring = PassThrough([new_key("x")]) if mode == "plaintext" else keys
                    encryption.install_keyring(keyring)
                    samples[mode] += await conversations(stack, users, turns)
            encryption.install_keyring(keys)
    finally:
        await drop_database(admin, url)
    for mode, taken in samples.items():
        print(summary(mode, taken))
    overhead = statistics.median(samples["encrypted"]) - statistics.median(samples["plaintext"])
    print(f"overhead p50   {overhead:+.2f} ms per turn (measured, within the noise)")
    per_turn = Counting.calls / len(samples["encrypted"])
    cost = per_turn * statistics.fmean(micro(2000).values()) / 1000
    print(f"cipher use     {per_turn:.1f} seal/open per turn ≈ {cost:.2f} ms of CPU per turn")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--turns", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.turns, arguments.rounds))

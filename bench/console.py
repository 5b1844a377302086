"""The console's inbox and reports on a city's worth of cases: fills a fresh database
(`--database-name`) with `--cases` cases (PostgreSQL with `--database-url`, else SQLite)
— spread over five years, four 区, the twelve categories, every channel, status and
urgency, some unread, some assigned, each with its sheet begun a few hours before, most
answered by staff, each with the blind-index digests of a phone number and a name — then
signs in as admin and times `--rounds` requests of each page through the real app,
printing p50 and p95 in ms.

    uv run --frozen python bench/console.py --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test

Goal: p95 ≤ 300 ms for each."""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text

from cases.casework.lookup import digest, normalised_name
from cases.casework.vocabulary import CONSULTERS
from cases.encryption import Keyring, install_keyring, installed_keyring, new_key
from cases.models import AuditEvent, Case, CaseLookupKey, IntakeSheet, Resident
from nlu.categories import CATEGORY_IDS
from tests.console.conftest import Console, console_on, sign_in

WARDS = ("北区", "中区", "東区", "南区")
STATUSES = ("new", "accepted", "in_progress", "monitoring", "closed", "closed", "closed")
URGENCIES = ("normal",) * 8 + ("high", "crisis")
BATCH = 5000
SEARCHED = 4242  # the case whose phone number is looked up


def phone_of(n: int) -> str:
    return f"+8190{n:08d}"


async def fill(console: Console, cases: int) -> None:
    rng = random.Random(7)
    key = installed_keyring().keys[0]
    now = datetime.now(UTC)
    async with console.factory() as db:
        await db.execute(
            insert(Resident),
            [{"line_user_id": f"U{n:032d}", "follow_state": "following"} for n in range(1000)],
        )
        await db.commit()
    for start in range(0, cases, BATCH):
        rows, keys, sheets, answers = [], [], [], []
        for n in range(start, min(start + BATCH, cases)):
            categories = rng.sample(CATEGORY_IDS, rng.choice((1, 1, 2, 3)))
            created = now - timedelta(minutes=rng.randrange(5 * 365 * 24 * 60))
            begun = created - timedelta(minutes=rng.randrange(5, 600))
            sheets.append(
                {"id": n + 1, "ref": f"bench-{n}", "resident_id": n % 1000 + 1,
                 "status": "sent", "data": {}, "created_at": begun, "updated_at": created}
            )  # fmt: skip
            answered = None
            if rng.random() < 0.7:
                answered = created + timedelta(minutes=rng.randrange(10, 3 * 24 * 60))
                answers.append(
                    {"actor": "staff:1", "action": "case.status", "case_id": n + 1,
                     "at": answered, "detail": {}}
                )  # fmt: skip
            rows.append(
                {
                    "id": n + 1,
                    "resident_id": n % 1000 + 1,
                    "origin": "handoff",
                    "status": rng.choice(STATUSES),
                    "categories": categories,
                    "primary_category": categories[0],
                    "urgency": rng.choice(URGENCIES),
                    "crisis_flags": [],
                    "ward": rng.choice(WARDS),
                    "is_complex": len(categories) > 1,
                    "consulted_for": "self",
                    "consulter": rng.choice(CONSULTERS),
                    "origin_sheet": n + 1,
                    "created_at": created,
                    "updated_at": created,
                    "unread_followups": 1 if rng.random() < 0.03 else 0,
                    "last_followup_at": created + timedelta(days=1),
                    "assignee_id": rng.choice((None, None, 1, 2)),
                    "first_response_at": answered,  # as `status.staff_answered` marks it
                }
            )
            keys.append(
                {"case_id": n + 1, "field": "phone", "digest": digest(key, "phone", phone_of(n))}
            )
            name = normalised_name(f"相談者{n}")
            keys.append({"case_id": n + 1, "field": "name", "digest": digest(key, "name", name)})
        for row in rows:
            row["sheet_id"] = row.pop("origin_sheet")
        async with console.factory() as db:
            await db.execute(insert(IntakeSheet), sheets)
            await db.execute(insert(Case), rows)
            await db.execute(insert(AuditEvent), answers)
            await db.execute(insert(CaseLookupKey), keys)
            await db.commit()


LIST = "/console/cases"
REPORTS = "/console/reports"
FIVE_YEARS = {"from": f"{datetime.now(UTC).year - 5}-01", "ward": "北区"}


async def timed(console: Console, rounds: int) -> dict[str, list[float]]:
    pages: dict[str, tuple[str, dict[str, str]]] = {
        "case list (page 1)": (LIST, {}),
        "case list (page 3, open cases)": (LIST, {"status": "new", "page": "3"}),
        "search by phone": (LIST, {"phone": "090-0000-" + f"{SEARCHED:04d}"}),
        "search by 受付番号": (LIST, {"number": f"{SEARCHED + 1:06d}"}),
        "search 区 + category + dates": (
            LIST,
            {
                "ward": "北区",
                "category": "care",
                "received_from": "2024-01-01",
                "received_to": "2024-12-31",
            },
        ),
        "reports (last 12 months)": (REPORTS, {}),
        "reports (5 years, 北区)": (REPORTS, FIVE_YEARS),
        "reports CSV (categories together, 12 months)": (f"{REPORTS}/together.csv", {}),
    }
    took: dict[str, list[float]] = {name: [] for name in pages}
    async with console.client() as client:
        await sign_in(client, "admin")
        for name, (path, query) in pages.items():
            first = await client.get(path, params=query)
            assert first.status_code == 200, first.text[:300]
            for _ in range(rounds):
                started = time.perf_counter()
                response = await client.get(path, params=query)
                took[name].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200
        found = await client.get(LIST, params=pages["search by phone"][1])
        assert f"{SEARCHED + 1:06d}" in found.text, "the phone search found its case"
    return took


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--database-name", default="tsunagu_bench")
    parser.add_argument("--no-freeze", dest="freeze", action="store_false")
    args = parser.parse_args()
    install_keyring(Keyring([new_key("bench")]))
    if args.database_url:
        from tests.databases import create_database, drop_database

        url = await create_database(args.database_url, args.database_name)
    else:
        url = f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/bench.db"
    try:
        async with console_on(url) as console:
            started = time.monotonic()
            await fill(console, args.cases)
            if args.database_url:  # as autovacuum does soon after a bulk load
                async with console.factory() as db:
                    await db.execute(text("ANALYZE"))
                    await db.commit()
            filled = time.monotonic() - started
            print(f"{url.split(':')[0]}: {args.cases} cases filled in {filled:.0f} s")
            # As the server's start does: load what turns need, then keep it all out of
            # the collector's walks (`tsunagu/memory.py`); `--no-freeze` measures without.
            if args.freeze:
                console.services.warm_up()
                await console.services.prepared.classifier.classifier()
                await asyncio.sleep(1)
            print(f"start-up objects frozen: {gc.get_freeze_count()}")
            for name, values in (await timed(console, args.rounds)).items():
                values.sort()
                p95 = values[max(0, int(len(values) * 0.95) - 1)]
                print(f"{name}: p50 {statistics.median(values):.1f} ms, p95 {p95:.1f} ms")
    finally:
        if args.database_url:
            await drop_database(args.database_url, url)


if __name__ == "__main__":
    asyncio.run(main())

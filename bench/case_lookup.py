"""What the look-up of a person's open case adds to each turn (`CaseDesk.in_hand`: the
newest open handed-off case and its agencies), against PostgreSQL or SQLite.

Fills a fresh database with `--residents` residents, each with `--cases` cases (the last
one open and handed off, with two agencies), then times `--lookups` look-ups of random
residents, one transaction each as in a turn, and prints p50/p99 in milliseconds.

    uv run --frozen python bench/case_lookup.py --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.case_desk import CaseDesk
from cases.db import make_engine, make_session_factory
from cases.migrate import upgrade
from cases.models import Case, CaseAgency, Resident


async def fill(url: str, residents: int, cases: int) -> list[int]:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    ids = []
    async with factory() as db:
        for n in range(residents):
            resident = Resident(line_user_id=f"U{n:032d}", follow_state="following")
            db.add(resident)
            await db.flush()
            ids.append(resident.id)
            for c in range(cases):
                last = c == cases - 1
                case = Case(
                    resident_id=resident.id,
                    origin="handoff",
                    status="new" if last else "closed",
                    categories=["care", "debt"],
                    sheet_id=n * cases + c + 1,
                )
                db.add(case)
                await db.flush()
                for agency in ("okayama-houkatsu-kita-chuo", "okayama-yorisoi-support-center"):
                    db.add(CaseAgency(case_id=case.id, agency_id=agency, agency_name=agency,
                                      source="suggested", added_by="bot"))  # fmt: skip
        await db.commit()
    await engine.dispose()
    return ids


async def measure(url: str, ids: list[int], lookups: int) -> list[float]:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    desk = CaseDesk()
    took = []
    for _ in range(lookups):
        resident_id = random.choice(ids)
        async with factory() as db:
            started = time.perf_counter()
            found = await desk.in_hand(db, resident_id)
            took.append((time.perf_counter() - started) * 1000)
            assert found is not None
    await engine.dispose()
    return took


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--residents", type=int, default=2000)
    parser.add_argument("--cases", type=int, default=3)
    parser.add_argument("--lookups", type=int, default=2000)
    args = parser.parse_args()
    if args.database_url:
        from tests.databases import create_database, drop_database

        url = await create_database(args.database_url, "tsunagu_bench")
    else:
        url = f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/bench.db"
    try:
        await upgrade(url)
        ids = await fill(url, args.residents, args.cases)
        took = sorted(await measure(url, ids, args.lookups))
        p99 = took[int(len(took) * 0.99) - 1]
        print(f"{url.split(':')[0]}: {args.residents} residents × {args.cases} cases")
        print(f"in_hand: p50 {statistics.median(took):.2f} ms, p99 {p99:.2f} ms")
    finally:
        if args.database_url:
            await drop_database(args.database_url, url)


if __name__ == "__main__":
    asyncio.run(main())

"""The reports page in Debian's chromium, on a year of seeded cases: every figure drawn
as an SVG chart beside its table, and the CSV a staff member downloads holding the
table they see."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cases.staff import add_staff
from tests.browser import SCREENSHOT_DIR, browser  # noqa: F401  (the fixture)
from tests.console.conftest import PASSWORD
from tests.console.test_reports import seed
from tests.harness import Stack, running_stack

pytestmark = pytest.mark.browser

WARDS = ("北区", "中区", "東区", "南区")
WRITERS = ("self", "self", "self", "family", "family", "minsei_iin", "agency")
TROUBLES = (
    ["care", "debt"], ["care"], ["income", "debt"], ["mental"], ["childcare", "income"],
    ["housing", "debt", "income"], ["care", "health", "medical"], ["disability"], ["abuse"],
)  # fmt: skip


def a_year_of_cases() -> list[dict[str, Any]]:
    """Groups of alike cases, January to November 2026, as a city might see them."""
    rng = random.Random(19)
    groups: list[dict[str, Any]] = []
    for month in range(1, 12):
        for ward in WARDS:
            for _ in range(4):
                day = datetime(2026, month, rng.randint(1, 28), rng.randint(0, 14), tzinfo=UTC)
                writer = rng.choice(WRITERS)
                groups.append(
                    {
                        "n": rng.randint(1, 4),
                        "at": day,
                        "ward": ward,
                        "consulter": writer,
                        "origin": "visit" if writer == "minsei_iin" else "handoff",
                        "categories": rng.choice(TROUBLES),
                        "urgency": "crisis" if rng.random() < 0.05 else "normal",
                        "sheet_hours": rng.choice((0.2, 0.5, 1, 2, 6)),
                        "answer_hours": rng.choice((0.5, 2, 5, 20, 48)),
                    }
                )
    return groups


@pytest.fixture
async def stack(postgres_url: str) -> AsyncIterator[Stack]:
    async with running_stack(postgres_url) as running:
        async with running.services.session_factory() as db:
            await add_staff(db, "coordinator", PASSWORD, "coordinator", None, "推進員 岡田")
            await db.commit()
        yield running


async def shown_table(page: Any, key: str) -> list[list[str]]:
    rows = page.locator(f'table[data-figure="{key}"] tr')
    found = []
    for n in range(await rows.count()):
        cells = rows.nth(n).locator("th, td")
        found.append(
            [(await cells.nth(i).inner_text()).strip() for i in range(await cells.count())]
        )
    return found


async def test_the_reports_page_draws_each_figure_and_its_csv_is_its_table(
    browser: Any,  # noqa: F811
    stack: Stack,
    tmp_path: Path,
) -> None:
    await seed(stack.services.session_factory, a_year_of_cases())
    page = await browser.new_page(viewport={"width": 1300, "height": 2000}, accept_downloads=True)
    await page.goto(f"{stack.base_url}/console/login")
    await page.get_by_label("ログインID").fill("coordinator")
    await page.get_by_label("パスワード").fill(PASSWORD)
    await page.get_by_role("button", name="ログイン").click()
    await page.wait_for_url("**/console/cases")
    await page.get_by_role("link", name="集計").click()
    await page.wait_for_url("**/console/reports")
    await page.get_by_label("月（から）").fill("2026-01")
    await page.get_by_label("月（まで）").fill("2026-11")
    await page.get_by_role("button", name="表示").click()
    await page.wait_for_url("**from=2026-01*")

    sections = page.locator("section.report")
    assert await sections.count() == 8
    for n in range(8):
        chart = sections.nth(n).locator("figure.chart svg")
        assert await chart.is_visible()
        box = await chart.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 150
        drawn = sections.nth(n).locator("figure.chart svg path, figure.chart svg image")
        assert await drawn.count() > 0, "the chart has marks"
    channels = await shown_table(page, "channel-month")
    assert channels[0][:3] == ["月", "本人", "家族"] and channels[-1][0] == "計"
    cells = [cell for row in channels[1:] for cell in row[1:]]
    assert all(cell == "*" or not 0 < int(cell) < 5 for cell in cells), "no count of 1–4"
    await page.screenshot(path=str(SCREENSHOT_DIR / "console-reports.png"))

    for key in ("channel-month", "together", "timing-month"):
        async with page.expect_download() as waiting:
            await page.locator(f"#{key} a.csv").click()
        download = await waiting.value
        saved = tmp_path / f"{key}.csv"
        await download.save_as(saved)
        raw = saved.read_bytes()
        assert raw.startswith("\ufeff".encode())
        assert list(csv.reader(io.StringIO(raw.decode("utf-8-sig")))) == await shown_table(
            page, key
        )

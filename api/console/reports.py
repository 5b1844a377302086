"""The reports page (`/console/reports`): consultations counted by month, 区, channel and
category, the troubles that come together, 複合課題, waiting times, consent and crises —
each figure a chart, its table and its CSV. Admin and coordinator see every case; agency
staff the same figures over the cases they may open. Small counts are hidden
(`cases/casework/disclosure.py`); opening the page and each download are audited."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.access import visible_case_ids
from api.console.auth import require_role
from api.console.context import ConsoleContext
from api.console.inbox import typed_day
from api.console.report_charts import chart_svg
from api.console.report_tables import ReportTable, build_tables
from api.console.templating import JST
from cases.casework.audit import audit
from cases.casework.reports import UNKNOWN_WARD, ReportScope
from cases.staff import SignedIn

SHOWN_MONTHS = 12  # by default: this month and the eleven before
MAX_MONTHS = 60


@dataclass(frozen=True, slots=True)
class ReportQuery:
    first: date
    last: date
    ward: str
    # What was typed and not taken as typed, said to staff above the figures.
    notes: tuple[str, ...] = ()

    def query_string(self) -> str:
        values = {"from": f"{self.first:%Y-%m}", "to": f"{self.last:%Y-%m}", "ward": self.ward}
        return urlencode({k: v for k, v in values.items() if v})

    def audited(self) -> dict[str, str]:
        return {"from": f"{self.first:%Y-%m}", "to": f"{self.last:%Y-%m}", "ward": self.ward}


def month_of(typed: str) -> date | None:
    """「2026-04」 as its first day, within the days the console can name; else None."""
    return typed_day(f"{typed}-01")


def months_back(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def report_query(
    first: str = Query("", alias="from"), last: str = Query("", alias="to"), ward: str = Query("")
) -> ReportQuery:
    """The months typed (「2026-04」), else the last twelve; at most five years."""
    this_month = datetime.now(JST).date().replace(day=1)
    notes = [
        f"「{typed[:20]}」は月として読めなかったため、{which}を{default}にしました。"
        for typed, which, default in ((first, "始まり", "12か月前"), (last, "終わり", "今月"))
        if typed and month_of(typed) is None
    ]
    end = month_of(last) or this_month
    start = month_of(first) or months_back(end, SHOWN_MONTHS - 1)
    if start > end:
        start, end = end, start
        notes.append("始まりが終わりより後だったため、入れ替えました。")
    if start < months_back(end, MAX_MONTHS - 1):
        start = months_back(end, MAX_MONTHS - 1)
        notes.append(
            f"一度に集計できるのは{MAX_MONTHS // 12}年までです。{start:%Y年%m月}からにしました。"
        )
    return ReportQuery(start, end, ward.strip(), tuple(notes))


def add_report_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    Reader = Annotated[
        SignedIn, Depends(require_role(ctx.signed_in, "admin", "coordinator", "agency"))
    ]
    Db = Annotated[AsyncSession, Depends(ctx.db)]
    Chosen = Annotated[ReportQuery, Depends(report_query)]

    async def tables_for(
        db: AsyncSession, user: SignedIn, query: ReportQuery, only: str | None = None
    ) -> list[ReportTable]:
        # Only a 区 of the city (or 不明) narrows the report; anything else typed is ignored.
        ward = query.ward if query.ward in (*ctx.city.wards, UNKNOWN_WARD) else None
        wards = (ward,) if ward else (*ctx.city.wards, UNKNOWN_WARD)
        scope = ReportScope(query.first, query.last, ward, await visible_case_ids(db, user))
        return await build_tables(ctx.session_factory, scope, wards, only)

    @router.get("/reports", response_class=HTMLResponse)
    async def reports_page(request: Request, user: Reader, db: Db, query: Chosen) -> Response:
        tables = await tables_for(db, user, query)
        audit(db, user.actor, "reports.viewed", shown=query.audited())
        await db.commit()
        return ctx.templates.TemplateResponse(
            request,
            "reports.html",
            {
                "user": user,
                "query": query,
                "wards": ctx.city.wards,
                "figures": [(table, chart_svg(table)) for table in tables],
            },
        )

    @router.get("/reports/{key}.csv")
    async def report_csv(key: str, user: Reader, db: Db, query: Chosen) -> Response:
        found = await tables_for(db, user, query, only=key)
        if not found:
            raise HTTPException(404, "その集計は見つかりません")
        audit(db, user.actor, "reports.exported", figure=key, shown=query.audited())
        await db.commit()
        table = found[0]
        # What the file covers is in its name, in both forms (browsers take the second).
        covered = f"{query.first:%Y-%m}_{query.last:%Y-%m}"
        where = query.ward if query.ward in (*ctx.city.wards, UNKNOWN_WARD) else "全区"
        name = f"{key}_{covered}.csv"
        shown_name = quote(f"{table.title}_{covered}_{where}.csv")
        return Response(
            table.csv_text().encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": (
                    f"attachment; filename=\"{name}\"; filename*=UTF-8''{shown_name}"
                ),
                "Cache-Control": "no-store",
            },
        )

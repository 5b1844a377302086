"""The staff's inbox: the case list with its unread markers, assignees and waiting times,
searched by 受付番号, category, 区, status, urgency, dates, assignee, name or phone; its
rows refreshed in place (`/console/cases/live`); and 「担当にする」."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.access import visible_case_ids
from api.console.context import ConsoleContext
from api.console.pages import STATIC
from api.console.templating import JST
from cases.casework.audit import audit
from cases.casework.lookup import normalised_phone
from cases.casework.monitoring import count_due, today_in_japan
from cases.casework.queries import CaseFilter, count_cases, languages_of, list_cases
from cases.casework.staff_actions import assign_staff
from cases.casework.status import CaseNotFound
from cases.encryption import KeyringError, installed_keyring
from cases.staff import SignedIn, staff_names
from nlu.categories import CATEGORY_IDS

PAGE_SIZE = 100
NO_CASE = -1  # a 受付番号 that cannot be one: the search finds nothing
SEARCH_FIELDS = (
    "number",
    "status",
    "category",
    "ward",
    "urgency",
    "complex",
    "assignee",
    "received_from",
    "received_to",
    "name",
    "phone",
)
# Personal data typed into the search is never written to the audit log, only that it was.
PERSONAL_FIELDS = ("name", "phone")


@dataclass(frozen=True, slots=True)
class InboxQuery:
    """The inbox's filters as staff typed them (every one optional)."""

    number: str = ""
    status: str = ""
    category: str = ""
    ward: str = ""
    urgency: str = ""
    complex: str = ""
    assignee: str = ""  # a staff id, "me", or "none"
    received_from: str = ""
    received_to: str = ""
    name: str = ""
    phone: str = ""
    page: int = 1
    # A name or phone as the address carries it (sealed), and the staff user a search
    # belongs to: a sealed search opens only for the one who made it.
    sealed: str = ""
    by: str = ""

    def opened_for(self, actor: str) -> "InboxQuery":
        """The search as `actor` sees it: a sealed name or phone of theirs opened."""
        found = unsealed(self.sealed, actor)
        return replace(
            self,
            name=found.get("name") or self.name,
            phone=found.get("phone") or self.phone,
            sealed="",
            by=actor,
        )

    def shown(self) -> dict[str, str]:
        return {name: str(getattr(self, name)) for name in SEARCH_FIELDS}

    def audited(self) -> dict[str, str | bool]:
        return {
            name: (True if name in PERSONAL_FIELDS else value)
            for name, value in self.shown().items()
            if value
        }

    def query_string(self, page: int | None = None) -> str:
        """The search as an address (the list, its pages, its live rows, 「担当にする」's
        way back): a name or a phone typed is sealed with the data key (`who`), so that
        neither stands in the address bar, the browser's history or a proxy's log."""
        values = {k: v for k, v in self.shown().items() if v and k not in PERSONAL_FIELDS}
        personal = {k: v for k, v in self.shown().items() if v and k in PERSONAL_FIELDS}
        if personal:
            values["who"] = installed_keyring().encrypt_text(
                json.dumps({**personal, "by": self.by})
            )
        if page and page > 1:
            values["page"] = str(page)
        return urlencode(values)


def unsealed(who: str, actor: str) -> dict[str, str]:
    """The name and phone a `who` holds, for the staff user who sealed it; nothing when it
    is not one of ours or not theirs (a shared link, another's browser history)."""
    if not who:
        return {}
    try:
        found = json.loads(installed_keyring().decrypt_text(who))
    except (KeyringError, ValueError):
        return {}
    if not isinstance(found, dict) or found.get("by") != actor:
        return {}
    return {k: str(found.get(k, "")) for k in PERSONAL_FIELDS}


def inbox_query(
    number: str = Query(""),
    status: str = Query(""),
    category: str = Query(""),
    ward: str = Query(""),
    urgency: str = Query(""),
    complex: str = Query(""),
    assignee: str = Query(""),
    received_from: str = Query(""),
    received_to: str = Query(""),
    name: str = Query(""),
    phone: str = Query(""),
    who: str = Query(""),
    page: int = Query(1, ge=1),
) -> InboxQuery:
    return InboxQuery(
        number.strip(),
        status,
        category,
        ward,
        urgency,
        complex,
        assignee,
        received_from,
        received_to,
        name.strip(),
        phone.strip(),
        page,
        sealed=who,
    )


# What may stand before the digits of a 受付番号 typed into the search.
_NUMBER_LABEL = re.compile(r"^(受付番号|受付|ケース|case|no\.?|番号)?[\s:：#№]*", re.IGNORECASE)


def case_number(typed: str) -> int | None:
    """「000123」「123」「ケース000123」「１２３」「No. 123」 → 123; anything else (「-1」
    「12-3」「abc」) finds nothing."""
    if not typed.strip():
        return None
    value = _NUMBER_LABEL.sub("", unicodedata.normalize("NFKC", typed).strip())
    return int(value) if re.fullmatch(r"\d{1,9}", value) else NO_CASE


# The days a search or a report may name: no case is older, and a year like 0001 or
# 9999 typed into a date field is a slip, not a question (it overflowed into a 500).
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)


def typed_day(typed: str) -> date | None:
    """A date typed into a search field (YYYY-MM-DD) within FIRST_DAY…LAST_DAY, else None."""
    try:
        day = date.fromisoformat(typed)
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


def jst_day_start(typed: str, days_later: int = 0) -> datetime | None:
    day = typed_day(typed)
    if day is None:
        return None
    return datetime.combine(day + timedelta(days=days_later), time(), JST)


def _flag(value: str) -> bool | None:
    return {"1": True, "0": False}.get(value)


def assignee_filter(typed: str, user: SignedIn) -> tuple[int | None, bool]:
    """(staff id, nobody's) from the 担当者 choice."""
    if typed == "me":
        return user.staff_id, False
    if typed == "none":
        return None, True
    return (int(typed), False) if typed.isdigit() else (None, False)


def unreadable(query: InboxQuery) -> list[str]:
    """What the search could not read, said to staff: the rest of the search still runs
    (a date it cannot read is left out; a 受付番号 or phone it cannot read finds nothing)."""
    said = []
    if query.number and case_number(query.number) == NO_CASE:
        said.append("受付番号は数字で入れてください（例：000123）。この条件では見つかりません。")
    for typed, which in (
        (query.received_from, "受付日（から）"),
        (query.received_to, "受付日（まで）"),
    ):
        if typed and typed_day(typed) is None:
            said.append(f"{which}の日付が読めなかったため、この条件は使っていません。")
    first, last = typed_day(query.received_from), typed_day(query.received_to)
    if first and last and first > last:
        said.append("受付日の「から」が「まで」より後になっています。入れ替えてお試しください。")
    if query.phone and normalised_phone(query.phone) is None:
        said.append("電話番号として読めませんでした（例：090-1234-5678）。")
    return said


async def case_filter(db: AsyncSession, query: InboxQuery, user: SignedIn) -> CaseFilter:
    assignee_id, unassigned = assignee_filter(query.assignee, user)
    return CaseFilter(
        status=query.status or None,
        category=query.category or None,
        ward=query.ward or None,
        urgency=query.urgency or None,
        is_complex=_flag(query.complex),
        case_ids=await visible_case_ids(db, user),
        limit=PAGE_SIZE,
        offset=(query.page - 1) * PAGE_SIZE,
        number=case_number(query.number),
        assignee_id=assignee_id,
        unassigned=unassigned,
        received_from=jst_day_start(query.received_from),
        received_before=jst_day_start(query.received_to, days_later=1),
        name=query.name or None,
        phone=query.phone or None,
    )


def add_inbox_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    AnyStaff = Annotated[SignedIn, Depends(ctx.signed_in)]
    CaseWorker = Annotated[SignedIn, Depends(ctx.case_access)]
    Db = Annotated[AsyncSession, Depends(ctx.db)]
    Chosen = Annotated[InboxQuery, Depends(inbox_query)]

    async def rows_of(db: AsyncSession, user: SignedIn, query: InboxQuery) -> dict[str, object]:
        chosen = await case_filter(db, query, user)
        rows = await list_cases(db, chosen)
        names = await staff_names(db, None if user.sees_every_case else user.agency_id)
        return {
            "user": user,
            "cases": rows,
            "counts": await count_cases(db, chosen),
            "staff": names,
            "languages": await languages_of(db, rows),
            "query": query,
            "filters": query.shown(),
            "page": query.page,
            "has_next": len(rows) == PAGE_SIZE,
        }

    @router.get("/static/inbox.js", include_in_schema=False)
    async def inbox_script() -> Response:
        return FileResponse(STATIC / "inbox.js", media_type="text/javascript")

    @router.get("/cases", response_class=HTMLResponse)
    async def cases(request: Request, user: AnyStaff, db: Db, query: Chosen) -> Response:
        query = query.opened_for(user.actor)
        shown = await rows_of(db, user, query)
        audit(
            db,
            user.actor,
            "cases.listed",
            shown=len(shown["cases"]),  # type: ignore[arg-type]
            page=query.page,
            filters=query.audited(),
        )
        await db.commit()
        reviews_due = await count_due(db, today_in_japan()) if user.sees_every_case else None
        return ctx.templates.TemplateResponse(
            request,
            "cases.html",
            {
                **shown,
                "unreadable": unreadable(query),
                "categories": CATEGORY_IDS,
                "wards": ctx.city.wards,
                "reviews_due": reviews_due,
            },
        )

    @router.post("/cases/search")
    async def search(user: AnyStaff, request: Request) -> Response:
        """The search form: its fields to the list's address, a name or phone sealed
        (`InboxQuery.query_string`), so they are never sent in an address."""
        form = await request.form()
        typed: dict[str, Any] = {name: str(form.get(name, "")).strip() for name in SEARCH_FIELDS}
        query = replace(InboxQuery(**typed), by=user.actor)
        return RedirectResponse(f"/console/cases?{query.query_string()}", status_code=303)

    @router.get("/cases/live", response_class=HTMLResponse)
    async def live_rows(request: Request, user: AnyStaff, db: Db, query: Chosen) -> Response:
        """The list's rows alone, for the open inbox to stay current (opening the list is
        what the audit log records)."""
        query = query.opened_for(user.actor)
        shown = await rows_of(db, user, query)
        return ctx.templates.TemplateResponse(
            request,
            "case_rows.html",
            shown,
            headers={
                "X-Cases-Total": str(shown["counts"].total),  # type: ignore[attr-defined]
                "Cache-Control": "no-store",
            },
        )

    @router.post("/cases/{case_id}/assign")
    async def assign(
        case_id: int,
        user: CaseWorker,
        db: Db,
        to: str = Form("me"),
        back: str = Form(""),
    ) -> Response:
        if to not in ("me", "nobody"):  # 「担当にする」 or 「担当をはずす」; nothing else
            raise HTTPException(
                400, "担当者の指定が読めませんでした。前の画面に戻ってお試しください。"
            )
        try:
            await assign_staff(db, case_id, user.staff_id if to == "me" else None, user.actor)
        except CaseNotFound:
            raise HTTPException(404, "ケースが見つかりません") from None
        await db.commit()
        safe = back if back.startswith("/console/cases") and "//" not in back else ""
        return RedirectResponse(safe or f"/console/cases/{case_id}", status_code=303)

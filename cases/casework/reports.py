"""The figures of the console's reports, counted in the database (GROUP BY, window
functions), on PostgreSQL and SQLite alike: consultations by month, 区, channel and
category, the categories that come together, 複合課題, how long a consultation waited for
the hand-off and for staff, consent declined or withdrawn, and crises.

Every figure is a count of cases (or of consent decisions), never a row about a person;
hiding small counts is `cases/casework/disclosure.py`'s job."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Select,
    Text,
    and_,
    case,
    cast,
    extract,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import Case, Consent, IntakeSheet

JST = ZoneInfo("Asia/Tokyo")
UNKNOWN_WARD = "不明"
PERCENTILES = (50, 90)


@dataclass(frozen=True, slots=True)
class ReportScope:
    """The months (JST, both inclusive), the 区 (None: every one) and, for agency staff,
    the cases they may open (None: every case)."""

    first_month: date
    last_month: date
    ward: str | None = None
    case_ids: Sequence[int] | None = None

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first_month.replace(day=1), time(), JST)

    @property
    def end(self) -> datetime:
        after = next_month(self.last_month)
        return datetime.combine(after, time(), JST)

    @property
    def city_wide(self) -> bool:
        """Every case of every 区: what a consent declined before any case can count in."""
        return self.ward is None and self.case_ids is None

    def months(self) -> list[str]:
        shown, month = [], self.first_month.replace(day=1)
        while month <= self.last_month:
            shown.append(f"{month:%Y-%m}")
            month = next_month(month)
        return shown


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class Timing:
    """How many cases were measured in a month, and the percentiles in hours."""

    count: int
    hours: dict[int, float]


class Dialect:
    """The few expressions PostgreSQL and SQLite write differently."""

    def __init__(self, name: str) -> None:
        self.postgres = name == "postgresql"

    def month(self, moment: Any) -> ColumnElement[Any]:
        """The month in Japan of a stored UTC moment, to group by (`month_name` names it):
        on PostgreSQL its first moment (date_trunc, a third of to_char's time on every
        row), on SQLite 「2026-04」."""
        if self.postgres:
            return func.date_trunc(sql_text("month"), func.timezone(sql_text("Asia/Tokyo"), moment))
        return func.strftime(sql_text("%Y-%m"), moment, sql_text("+9 hours"))

    def seconds(self, later: Any, earlier: Any) -> ColumnElement[Any]:
        if self.postgres:
            return extract("epoch", later - earlier)
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def month_name(value: Any) -> str:
    """「2026-04」 of what `Dialect.month` gave."""
    return f"{value:%Y-%m}" if isinstance(value, datetime) else str(value)


def sql_text(value: str) -> ColumnElement[str]:
    """A constant written into the SQL itself (not a parameter), so that PostgreSQL sees
    the same expression in SELECT and GROUP BY."""
    return literal_column("'" + value.replace("'", "''") + "'")


def dialect_of(db: AsyncSession) -> Dialect:
    return Dialect(db.get_bind().dialect.name)


async def without_jit(db: AsyncSession) -> None:
    """PostgreSQL guesses a hundred rows for each JSON list unnested, thinks the category
    pairs run to millions, and spends more time compiling the query (JIT) than running
    it; the reports' own transaction goes without."""
    if dialect_of(db).postgres:
        await db.execute(text("SET LOCAL jit = off"))


def scoped(statement: Select[Any], scope: ReportScope) -> Select[Any]:
    """Cases received in the months, of the 区, that the reader may open."""
    statement = statement.where(Case.created_at >= scope.start, Case.created_at < scope.end)
    if scope.ward is not None:
        statement = statement.where(Case.ward == scope.ward)
    if scope.case_ids is not None:
        statement = statement.where(Case.id.in_(list(scope.case_ids)))
    return statement


def channel() -> ColumnElement[str]:
    """本人 / 家族 / 民生委員 / 機関 / その他・不明 (`vocabulary.CHANNEL_LABELS`)."""
    return case(
        (Case.origin == "visit", sql_text("minsei_iin")),
        (Case.consulter.in_(("self", "family", "agency", "minsei_iin")), Case.consulter),
        else_=sql_text("other"),
    )


def ward() -> ColumnElement[str]:
    return func.coalesce(Case.ward, UNKNOWN_WARD)


Pairs = dict[tuple[str, str], int]
Counted = tuple[tuple[Any, ...], ...]


def grouped(*columns: ColumnElement[Any]) -> tuple[list[Any], list[Any]]:
    """The columns labelled, and GROUP BY their labels: a CASE with parameters in it is
    then not written twice (PostgreSQL would take the two for different expressions)."""
    names = [f"report_{n}" for n in range(len(columns))]
    labelled = [column.label(name) for column, name in zip(columns, names, strict=True)]
    return labelled, [literal_column(name) for name in names]


async def _counted(db: AsyncSession, statement: Select[Any]) -> Counted:
    return tuple(tuple(found) for found in (await db.execute(statement)).all())


@dataclass(frozen=True, slots=True)
class Tally:
    """Cases alike in month, 区, channel, 複合課題 and crisis, and how many."""

    month: str
    ward: str
    channel: str
    complex: bool
    crisis: bool
    count: int


async def case_tally(db: AsyncSession, scope: ReportScope) -> list[Tally]:
    """One pass over the cases in scope, grouped by everything the count tables need."""
    month = dialect_of(db).month(Case.created_at)
    crisis = case((Case.urgency == "crisis", 1), else_=0)
    complex_ = case((Case.is_complex.is_(True), 1), else_=0)
    columns, groups = grouped(month, ward(), channel(), complex_, crisis)
    statement = scoped(select(*columns, func.count()).select_from(Case), scope)
    found = await _counted(db, statement.group_by(*groups))
    return [
        Tally(month_name(m), str(w), str(c), bool(x), bool(k), int(n)) for m, w, c, x, k, n in found
    ]


async def main_categories(db: AsyncSession, scope: ReportScope) -> Pairs:
    """(main category ◎, 区) → cases."""
    columns, groups = grouped(func.coalesce(Case.primary_category, sql_text("other")), ward())
    statement = scoped(select(*columns, func.count()).select_from(Case), scope)
    return {(str(c), str(w)): int(n) for c, w, n in await _counted(db, statement.group_by(*groups))}


async def category_pairs(db: AsyncSession, scope: ReportScope) -> dict[tuple[str, str, str], int]:
    """(category, category, 区) → cases with both (○); (c, c, 区) → cases with c.

    The database counts the cases of each list of categories and 区 (one pass over the
    cases in scope, a few hundred groups); the pairs of each list are then counted here.
    Unnesting every case's list twice in SQL made tens of thousands of rows to group."""
    columns, groups = grouped(cast(Case.categories, Text), ward())
    statement = scoped(select(*columns, func.count()).select_from(Case), scope)
    found: dict[tuple[str, str, str], int] = {}
    for listed, where, cases in await _counted(db, statement.group_by(*groups)):
        categories = [str(c) for c in (json.loads(listed) or ())] if listed else []
        for first in categories:
            for second in categories:
                key = (first, second, str(where))
                found[key] = found.get(key, 0) + int(cases)
    return found


def _percentiles_by_rank(per_case: Any, waits: Sequence[str]) -> Select[Any]:
    """Per month, for each wait: how many were measured and the value at rank ⌈p·n/100⌉
    of them in order (window functions: SQLite has no percentile aggregate)."""
    windows = []
    for wait in waits:
        value = per_case.c[wait]
        measured = case((value.is_(None), 1), else_=0)
        windows += [
            func.row_number()
            .over(partition_by=(per_case.c.month, measured), order_by=value)
            .label(f"{wait}_rank"),
            func.count(value).over(partition_by=per_case.c.month).label(f"{wait}_n"),
        ]
    ranked = select(per_case, *windows).subquery()
    picks: list[ColumnElement[Any]] = []
    for wait in waits:
        value, rank, n = ranked.c[wait], ranked.c[f"{wait}_rank"], ranked.c[f"{wait}_n"]
        picks.append(func.max(n))
        picks += [
            func.min(case((and_(value.is_not(None), rank == (n * p + 99) // 100), value)))
            for p in PERCENTILES
        ]
    return select(ranked.c.month, *picks).group_by(ranked.c.month)


def _percentiles_pg(per_case: Any, waits: Sequence[str]) -> Select[Any]:
    """The same with PostgreSQL's `percentile_disc`, which is the nearest rank: the first
    value whose place in order reaches p·n."""
    picks: list[ColumnElement[Any]] = []
    for wait in waits:
        value = per_case.c[wait]
        picks.append(func.count(value))
        picks += [func.percentile_disc(p / 100).within_group(value) for p in PERCENTILES]
    return select(per_case.c.month, *picks).group_by(per_case.c.month)


async def timings(db: AsyncSession, scope: ReportScope) -> dict[str, dict[str, Timing]]:
    """Per month of the hand-off, nearest-rank percentiles (the value at rank ⌈p·n/100⌉
    of the month's n values in order) of two waits, in one pass:

    - `handoff`: from the first message of the consultation (its sheet begun) to the
      hand-off (the case opened); cases without a sheet are not measured;
    - `response`: from the first message (the sheet begun; the case opened when there is
      no sheet) to staff's first answer (`Case.first_response_at`); cases nobody has answered
      yet are not measured."""
    sql = dialect_of(db)
    began = func.coalesce(IntakeSheet.created_at, Case.created_at)
    per_case_rows = scoped(
        select(
            sql.month(Case.created_at).label("month"),
            sql.seconds(Case.created_at, IntakeSheet.created_at).label("handoff"),
            sql.seconds(Case.first_response_at, began).label("response"),
        )
        .select_from(Case)
        .outerjoin(IntakeSheet, IntakeSheet.id == Case.sheet_id),
        scope,
    )
    # Computed once per case: inlined, PostgreSQL would compute each wait again for every
    # percentile that reads it.
    per_case = per_case_rows.cte("per_case").prefix_with("MATERIALIZED", dialect="postgresql")
    waits = ("handoff", "response")
    statement = (_percentiles_pg if sql.postgres else _percentiles_by_rank)(per_case, waits)
    found: dict[str, dict[str, Timing]] = {wait: {} for wait in waits}
    step = 1 + len(PERCENTILES)  # per wait: n, then each percentile
    for month, *values in await _counted(db, statement):
        for i, wait in enumerate(waits):
            n, *seconds = values[i * step : (i + 1) * step]
            if n:
                hours = {p: float(s) / 3600 for p, s in zip(PERCENTILES, seconds, strict=True)}
                found[wait][month_name(month)] = Timing(int(n), hours)
    return found


async def consent_decisions(db: AsyncSession, scope: ReportScope) -> Pairs:
    """(month, "declined" | "withdrawn") → count. A consent declined opens no case, so it
    is counted only city-wide (no 区 chosen, every case readable); a withdrawal ends every
    consent the person had, so it counts once per person and moment."""
    sql = dialect_of(db)
    found: Pairs = {}
    if scope.city_wide:
        columns, groups = grouped(sql.month(Consent.decided_at))
        declined = (
            select(*columns, func.count())
            .where(Consent.status == "rejected")
            .where(Consent.decided_at >= scope.start, Consent.decided_at < scope.end)
            .group_by(*groups)
        )
        found.update({(month_name(m), "declined"): int(n) for m, n in await _counted(db, declined)})
    withdrawals = (
        select(Consent.resident_id, Consent.withdrawn_at)
        .join(Case, Case.id == Consent.case_id, isouter=scope.city_wide)
        .where(Consent.withdrawn_at >= scope.start, Consent.withdrawn_at < scope.end)
    )
    if scope.ward is not None:
        withdrawals = withdrawals.where(Case.ward == scope.ward)
    if scope.case_ids is not None:
        withdrawals = withdrawals.where(Case.id.in_(list(scope.case_ids)))
    acts = withdrawals.distinct().subquery()
    columns, groups = grouped(sql.month(acts.c.withdrawn_at))
    withdrawn = select(*columns, func.count()).group_by(*groups)
    found.update({(month_name(m), "withdrawn"): int(n) for m, n in await _counted(db, withdrawn)})
    return found

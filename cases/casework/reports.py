"""The figures of the console's reports, counted in the database (GROUP BY, window
functions), on PostgreSQL and SQLite alike: consultations by month, 区, channel and
category, the categories that come together, 複合課題, how long a consultation waited for
the hand-off and for staff, consent declined or withdrawn, and crises.

Every figure is a count of cases (or of consent decisions), never a row about a person;
hiding small counts is `cases/casework/disclosure.py`'s job."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    distinct,
    extract,
    func,
    literal_column,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import AuditEvent, Case, Consent, IntakeSheet

JST = ZoneInfo("Asia/Tokyo")
UNKNOWN_WARD = "不明"
# What counts as staff answering a case: a reply to the person, taking the chat over, a
# change of status (受付, 対応中…) or putting the case on someone's desk.
RESPONSE_ACTIONS = ("chat.staff_replied", "chat.taken_over", "case.status", "case.assigned")
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

    def month(self, moment: Any) -> ColumnElement[str]:
        """「2026-04」: the month in Japan of a stored UTC moment."""
        if self.postgres:
            return func.to_char(func.timezone(sql_text("Asia/Tokyo"), moment), sql_text("YYYY-MM"))
        return func.strftime(sql_text("%Y-%m"), moment, sql_text("+9 hours"))

    def seconds(self, later: Any, earlier: Any) -> ColumnElement[float]:
        if self.postgres:
            return extract("epoch", later - earlier)
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0

    def case_categories(self, scope: ReportScope) -> Any:
        """(case_id, category) for each category of each case in scope."""
        if self.postgres:
            element = func.json_array_elements_text(Case.categories)
            statement = select(Case.id.label("case_id"), element.label("category"))
        else:
            each = func.json_each(Case.categories).table_valued("value")
            statement = select(Case.id.label("case_id"), each.c.value.label("category"))
            statement = statement.select_from(Case).join(each, true())
        return scoped(statement, scope).cte("case_categories")


def sql_text(value: str) -> ColumnElement[str]:
    """A constant written into the SQL itself (not a parameter), so that PostgreSQL sees
    the same expression in SELECT and GROUP BY."""
    return literal_column("'" + value.replace("'", "''") + "'")


def dialect_of(db: AsyncSession) -> Dialect:
    return Dialect(db.get_bind().dialect.name)


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
# Grouped by the names of the output columns: a CASE with parameters in it is then not
# written twice (PostgreSQL would take the two for different expressions).
ROW, COLUMN = "report_row", "report_column"
GROUPS = (literal_column(ROW), literal_column(COLUMN))


async def _pairs(db: AsyncSession, statement: Select[Any]) -> Pairs:
    return {(str(a), str(b)): int(n) for a, b, n in (await db.execute(statement)).all()}


async def cases_by(
    db: AsyncSession, scope: ReportScope, rows: ColumnElement[Any], columns: ColumnElement[Any]
) -> Pairs:
    """How many cases fall in each (row, column): e.g. (month, channel), (区, channel)."""
    statement = select(rows.label(ROW), columns.label(COLUMN), func.count()).select_from(Case)
    return await _pairs(db, scoped(statement, scope).group_by(*GROUPS))


async def categories_by(
    db: AsyncSession, scope: ReportScope, columns: ColumnElement[Any], main_only: bool = False
) -> Pairs:
    """(category, column) → cases with that category (○), or with it as the main one
    (◎, `main_only`)."""
    if main_only:
        return await cases_by(db, scope, Case.primary_category, columns)
    each = dialect_of(db).case_categories(scope)
    statement = (
        select(each.c.category.label(ROW), columns.label(COLUMN), func.count())
        .select_from(each)
        .join(Case, Case.id == each.c.case_id)
        .group_by(*GROUPS)
    )
    return await _pairs(db, statement)


async def categories_together(db: AsyncSession, scope: ReportScope) -> Pairs:
    """(category, category) → cases with both; (c, c) → cases with c."""
    each = dialect_of(db).case_categories(scope)
    other = each.alias("other_categories")
    statement = (
        select(each.c.category, other.c.category, func.count())
        .select_from(each)
        .join(other, other.c.case_id == each.c.case_id)
        .group_by(each.c.category, other.c.category)
    )
    return await _pairs(db, statement)


async def complex_by_month(db: AsyncSession, scope: ReportScope) -> Pairs:
    """(month, "complex" | "single") → cases; 複合課題 is two categories or more."""
    month = dialect_of(db).month(Case.created_at)
    kind = case((Case.is_complex.is_(True), sql_text("complex")), else_=sql_text("single"))
    return await cases_by(db, scope, month, kind)


async def _percentiles(db: AsyncSession, measured: Select[Any]) -> dict[str, Timing]:
    """Nearest-rank percentiles of `measured` (month, seconds) per month: the value at
    rank ⌈p·n/100⌉ of the month's n values in order."""
    values = measured.subquery()
    ranked = select(
        values.c.month,
        values.c.seconds,
        func.row_number().over(partition_by=values.c.month, order_by=values.c.seconds).label("rn"),
        func.count().over(partition_by=values.c.month).label("n"),
    ).subquery()
    picks = [
        func.min(case((ranked.c.rn == (ranked.c.n * p + 99) // 100, ranked.c.seconds)))
        for p in PERCENTILES
    ]
    statement = select(ranked.c.month, func.max(ranked.c.n), *picks).group_by(ranked.c.month)
    found = {}
    for month, n, *seconds in (await db.execute(statement)).all():
        hours = {p: float(s) / 3600 for p, s in zip(PERCENTILES, seconds, strict=True)}
        found[str(month)] = Timing(int(n), hours)
    return found


async def time_to_handoff(db: AsyncSession, scope: ReportScope) -> dict[str, Timing]:
    """From the first message of the consultation (its sheet begun) to the hand-off (the
    case opened), per month of the hand-off."""
    sql = dialect_of(db)
    measured = select(
        sql.month(Case.created_at).label("month"),
        sql.seconds(Case.created_at, IntakeSheet.created_at).label("seconds"),
    ).join(IntakeSheet, IntakeSheet.id == Case.sheet_id)
    return await _percentiles(db, scoped(measured, scope))


async def time_to_response(db: AsyncSession, scope: ReportScope) -> dict[str, Timing]:
    """From the first message of the consultation (its sheet begun; the case opened when
    there is no sheet) to staff's first answer (`RESPONSE_ACTIONS`), per month of the
    hand-off. Cases nobody has answered yet are not counted."""
    sql = dialect_of(db)
    first = (
        select(AuditEvent.case_id, func.min(AuditEvent.at).label("at"))
        .where(AuditEvent.actor.like("staff:%"), AuditEvent.action.in_(RESPONSE_ACTIONS))
        .group_by(AuditEvent.case_id)
        .subquery()
    )
    began = func.coalesce(IntakeSheet.created_at, Case.created_at)
    measured = (
        select(
            sql.month(Case.created_at).label("month"),
            sql.seconds(first.c.at, began).label("seconds"),
        )
        .join(first, first.c.case_id == Case.id)
        .outerjoin(IntakeSheet, IntakeSheet.id == Case.sheet_id)
    )
    return await _percentiles(db, scoped(measured, scope))


async def consent_and_crises(db: AsyncSession, scope: ReportScope) -> Pairs:
    """(month, "declined" | "withdrawn" | "crisis") → count. A consent declined opens no
    case, so it is counted only city-wide (no 区 chosen, every case readable); a
    withdrawal ends every consent the person had, so it counts once per person and
    moment; a crisis is a case of urgency 緊急."""
    sql = dialect_of(db)
    found: Pairs = {}
    if scope.city_wide:
        month = sql.month(Consent.decided_at)
        declined = (
            select(month.label(ROW), sql_text("declined"), func.count())
            .where(Consent.status == "rejected")
            .where(Consent.decided_at >= scope.start, Consent.decided_at < scope.end)
            .group_by(literal_column(ROW))
        )
        found.update(await _pairs(db, declined))
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
    month = sql.month(acts.c.withdrawn_at)
    withdrawn = select(month.label(ROW), sql_text("withdrawn"), func.count())
    found.update(await _pairs(db, withdrawn.group_by(literal_column(ROW))))
    crisis_month = sql.month(Case.created_at)
    crises = scoped(
        select(crisis_month.label(ROW), sql_text("crisis"), func.count(distinct(Case.id))), scope
    ).where(Case.urgency == "crisis")
    found.update(await _pairs(db, crises.group_by(literal_column(ROW))))
    return found

"""Staff alerts as people see them: written in the transaction that raised them, listed for
the console (crisis first, newest first), acknowledged once — by whom and when — and, while
a crisis waits unacknowledged, due to be alerted again.

An alert holds no personal data: its kind, urgency, crisis flags and the case's id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cases.casework.audit import audit
from cases.casework.consent import person_consent_state
from cases.models import Case, Consent, Resident, StaffAlert, StaffUser, utcnow

CRISIS = "crisis"
# The page lists this many of each (the counts are of every alert still waiting).
SHOWN_WAITING = 200
SHOWN_ACKNOWLEDGED = 50


def record_alert(
    db: AsyncSession,
    kind: str,
    urgency: str,
    *,
    resident_id: int | None,
    case_id: int | None,
    event_id: int | None = None,
    flags: Sequence[str] = (),
    realert_after: timedelta | None = None,
    now: datetime | None = None,
    danger_to_another: bool = False,
    model_only_flags: Sequence[str] = (),
    danger_to_writer_too: bool = False,
) -> StaffAlert:
    """Add the alert to the caller's transaction. A crisis is due to be alerted again
    `realert_after` from now unless someone acknowledges it first. `danger_to_another`
    and `model_only_flags` are what the alert tells staff beside the case's facts."""
    raised = now or utcnow()
    alert = StaffAlert(
        kind=kind,
        urgency=urgency,
        resident_id=resident_id,
        case_id=case_id,
        event_id=event_id,
        flags=list(flags),
        created_at=raised,
        realert_count=0,
        danger_to_another=danger_to_another,
        danger_to_writer_too=danger_to_writer_too,
        model_only_flags=list(model_only_flags) or None,
        next_realert_at=raised + realert_after if kind == CRISIS and realert_after else None,
    )
    db.add(alert)
    return alert


@dataclass(frozen=True, slots=True)
class AlertRow:
    """One alert as the console lists it (the case's number, 区 and categories beside it)."""

    id: int
    kind: str
    urgency: str
    flags: tuple[str, ...]
    created_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None  # the staff member's display name
    realert_count: int
    case_id: int | None
    case_number: str | None
    categories: tuple[str, ...]
    ward: str | None
    # Where the person's own consent stands on the case (`vocabulary.PERSON_CONSENT_LABELS`);
    # None without a case.
    person_consent: str | None = None
    # The language the resident talks with the bot in (None: Japanese, or no resident).
    language: str | None = None
    # The message told of a danger to someone other than its writer.
    danger_to_another: bool = False
    # ...and to the writer too (a wish to die taking another along).
    danger_to_writer_too: bool = False
    # Of `flags`, those only the model raised (no rule matched): a likely crisis to weigh.
    model_only_flags: tuple[str, ...] = ()

    @property
    def is_crisis(self) -> bool:
        return self.kind == CRISIS


@dataclass(frozen=True, slots=True)
class AlertCounts:
    open: int = 0
    crisis: int = 0


@dataclass(frozen=True, slots=True)
class AlertBoard:
    waiting: list[AlertRow]  # unacknowledged: crisis first, newest first (the first 200)
    acknowledged: list[AlertRow]  # the latest, newest first
    counts: AlertCounts


def _scoped(query: Select[Any], case_ids: Sequence[int] | None) -> Select[Any]:
    """Every alert for `case_ids` None (admin, coordinator); else those cases' alerts only."""
    return query if case_ids is None else query.where(StaffAlert.case_id.in_(list(case_ids)))


async def alert_counts(db: AsyncSession, case_ids: Sequence[int] | None) -> AlertCounts:
    """How many alerts wait for someone to acknowledge them, and how many are crises."""
    query = select(
        func.count(),
        func.coalesce(func.sum(case((StaffAlert.kind == CRISIS, 1), else_=0)), 0),
    ).where(StaffAlert.acknowledged_at.is_(None))
    row = (await db.execute(_scoped(query, case_ids))).one()
    return AlertCounts(int(row[0]), int(row[1]))


async def alert_board(db: AsyncSession, case_ids: Sequence[int] | None) -> AlertBoard:
    base = (
        select(StaffAlert, Case, Resident.language)
        .outerjoin(Case, Case.id == StaffAlert.case_id)
        .outerjoin(Resident, Resident.id == StaffAlert.resident_id)
    )
    waiting = await db.execute(
        _scoped(base, case_ids)
        .where(StaffAlert.acknowledged_at.is_(None))
        .order_by(case((StaffAlert.kind == CRISIS, 0), else_=1), StaffAlert.id.desc())
        .limit(SHOWN_WAITING)
    )
    done = await db.execute(
        _scoped(base, case_ids)
        .where(StaffAlert.acknowledged_at.is_not(None))
        .order_by(StaffAlert.acknowledged_at.desc(), StaffAlert.id.desc())
        .limit(SHOWN_ACKNOWLEDGED)
    )
    waiting_rows = [(a, c, language) for a, c, language in waiting.all()]
    done_rows = [(a, c, language) for a, c, language in done.all()]
    waiting_pairs = [(a, c) for a, c, _ in waiting_rows]
    done_pairs = [(a, c) for a, c, _ in done_rows]
    names = await _staff_names(db, [a.acknowledged_by for a, _ in done_pairs])
    shown_cases = [c.id for _, c in (*waiting_pairs, *done_pairs) if c is not None]
    consent = await _person_consent(db, shown_cases)
    return AlertBoard(
        [_row(a, c, names, consent, language) for a, c, language in waiting_rows],
        [_row(a, c, names, consent, language) for a, c, language in done_rows],
        await alert_counts(db, case_ids),
    )


async def _person_consent(db: AsyncSession, case_ids: Sequence[int]) -> dict[int, str]:
    """Case id → where the person's own consent stands, for the cases on the board (one
    query): staff see at once that a relative's agreement shares nothing."""
    found: dict[int, list[Consent]] = {case_id: [] for case_id in case_ids}
    if case_ids:
        rows = await db.scalars(
            select(Consent).where(Consent.case_id.in_(set(case_ids))).order_by(Consent.id)
        )
        for consent in rows:
            found[int(consent.case_id or 0)].append(consent)
    return {case_id: person_consent_state(given) for case_id, given in found.items()}


async def _staff_names(db: AsyncSession, actors: Sequence[str | None]) -> dict[str, str]:
    ids = {int(a.split(":", 1)[1]) for a in actors if a and a.startswith("staff:")}
    if not ids:
        return {}
    rows = await db.execute(
        select(StaffUser.id, StaffUser.display_name, StaffUser.login).where(StaffUser.id.in_(ids))
    )
    return {f"staff:{i}": name or login for i, name, login in rows.all()}


def _row(
    alert: StaffAlert,
    found: Case | None,
    names: dict[str, str],
    consent: dict[int, str],
    language: str | None,
) -> AlertRow:
    who = alert.acknowledged_by
    return AlertRow(
        id=alert.id,
        kind=alert.kind,
        urgency=alert.urgency,
        flags=tuple(alert.flags or ()),
        created_at=alert.created_at,
        acknowledged_at=alert.acknowledged_at,
        acknowledged_by=names.get(who, who) if who else None,
        realert_count=alert.realert_count,
        case_id=found.id if found else None,
        case_number=found.number if found else None,
        categories=tuple(found.categories) if found else (),
        ward=found.ward if found else None,
        person_consent=consent.get(found.id) if found else None,
        language=language if language and language != "ja" else None,
        danger_to_another=bool(alert.danger_to_another),
        danger_to_writer_too=bool(alert.danger_to_writer_too),
        model_only_flags=tuple(alert.model_only_flags or ()),
    )


async def acknowledge(
    db: AsyncSession, alert_id: int, actor: str, now: datetime | None = None
) -> StaffAlert | None:
    """Record that `actor` has seen the alert and taken it up; the first acknowledgement
    stands. None when there is no such alert."""
    alert = await db.scalar(select(StaffAlert).where(StaffAlert.id == alert_id).with_for_update())
    if alert is None:
        return None
    if alert.acknowledged_at is None:
        alert.acknowledged_at = now or utcnow()
        alert.acknowledged_by = actor
        alert.next_realert_at = None
        audit(db, actor, "alert.acknowledged", case_id=alert.case_id, alert=alert.id)
    return alert


async def due_realerts(db: AsyncSession, now: datetime, limit: int = 50) -> list[StaffAlert]:
    """Unacknowledged crises whose time to be alerted again has come."""
    return list(
        await db.scalars(
            select(StaffAlert)
            .where(
                StaffAlert.acknowledged_at.is_(None),
                StaffAlert.next_realert_at.is_not(None),
                StaffAlert.next_realert_at <= now,
            )
            .order_by(StaffAlert.next_realert_at)
            .limit(limit)
        )
    )


async def claim_realert(
    db: AsyncSession, alert: StaffAlert, now: datetime, every: timedelta
) -> bool:
    """Take this period's re-alert of `alert`; False when another worker took it (or
    someone acknowledged it) first. Moves the next one `every` later."""
    taken = await db.execute(
        update(StaffAlert)
        .where(
            StaffAlert.id == alert.id,
            StaffAlert.acknowledged_at.is_(None),
            StaffAlert.next_realert_at == alert.next_realert_at,
        )
        .values(next_realert_at=now + every, realert_count=StaffAlert.realert_count + 1)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(taken, "rowcount", 0))

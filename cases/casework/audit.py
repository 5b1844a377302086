"""The audit trail: every change and every view, with no personal data in `detail`."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from cases.models import AuditEvent


def audit(
    db: AsyncSession,
    actor: str,
    action: str,
    *,
    case_id: int | None = None,
    resident_id: int | None = None,
    **detail: Any,
) -> None:
    """Add an audit row to the current transaction. `detail` takes ids, statuses and
    counts only — never names, phones, addresses or message text."""
    db.add(
        AuditEvent(
            actor=actor, action=action, case_id=case_id, resident_id=resident_id, detail=detail
        )
    )

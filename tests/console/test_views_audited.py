"""Every view of personal data in the console writes who looked, when, at what: the case
list, a case page, its PDF, its 支援プラン and that PDF, the reviews due, the dead
letters, the list of 民生委員, the alerts, the reports and each report's CSV. The open
case page's refreshes of its conversation, and the alerts page's of its list, are the same
view and are not written again."""

from __future__ import annotations

from sqlalchemy import select

from cases.models import AuditEvent
from tests.console.conftest import Console, handed_off_case, sign_in


async def test_each_console_view_is_in_the_audit_log(console: Console) -> None:
    case_id = await handed_off_case(console.factory)
    views = {
        "/console/cases": "cases.listed",
        f"/console/cases/{case_id}": "case.viewed",
        f"/console/cases/{case_id}/sheet.pdf": "case.pdf_exported",
        f"/console/cases/{case_id}/plan": "plan.viewed",
        f"/console/cases/{case_id}/plan.pdf": "plan.pdf_exported",
        "/console/reviews": "reviews.listed",
        "/console/outbox/dead": "outbox.dead_letters_viewed",
        "/console/minsei": "minsei.list_viewed",
        "/console/alerts": "alerts.viewed",
        "/console/reports": "reports.viewed",
        "/console/reports/channel-month.csv": "reports.exported",
    }
    async with console.client() as client:
        await sign_in(client, "coordinator")
        for path, action in views.items():
            async with console.factory() as db:
                before = list(await db.scalars(select(AuditEvent.action)))
            assert (await client.get(path)).status_code == 200, path
            async with console.factory() as db:
                after = list(await db.scalars(select(AuditEvent.action)))
            assert after[len(before) :] == [action], path
        async with console.factory() as db:
            written = len(list(await db.scalars(select(AuditEvent.id))))
        assert (await client.get(f"/console/cases/{case_id}/transcript")).status_code == 200
        assert (await client.get("/console/alerts/live")).status_code == 200
        assert (await client.get("/console/alerts/count")).status_code == 200
        async with console.factory() as db:
            assert len(list(await db.scalars(select(AuditEvent.id)))) == written

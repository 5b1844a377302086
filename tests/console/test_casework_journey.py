"""The coordinator's casework after the hand-off, on SQLite and PostgreSQL: an 8050
household (a mother of 82 in need of care, her son of 52 withdrawn at home for years)
hands off; the coordinator opens the 複合課題 queue, records a ケース検討会 with 地域包括
and the ひきこもり center (deciding there, as a 支援会議, to share with the latter), makes
a plan with 主/副 roles and due days; each agency's staff see their own part only; a
review falls due and is on the coordinator's list. Every change is in the audit log."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from cases.casework.monitoring import today_in_japan
from cases.models import AuditEvent
from cases.staff import add_staff
from handlers.effects import AgencyChoice
from tests.console.conftest import (
    CARE,
    PASSWORD,
    SHEET_ANSWERS,
    Console,
    console_on,
    handed_off_case,
    sign_in,
)
from tests.console.test_sheet_pdf import pdf_text

HIKIKOMORI = AgencyChoice("okayama-hikikomori-center", "岡山市ひきこもり地域支援センター")
HOUSEHOLD_8050: dict[str, Any] = {
    **SHEET_ANSWERS,
    "person": {
        **SHEET_ANSWERS["person"],
        "kana": "やまだ はる",
        "name": "山田ハル",
        "birth_date": "1944-05-03",
        "birth_date_text": "S19.5.3",
        "age": 82,
    },
    "story": "足が弱って買い物に行けません。息子が20年家から出られず、先のことが心配です。",
    "household": {
        "size": 2,
        "members": [{"name": "山田一郎", "age": 52, "relation": "長男", "note": "ひきこもり"}],
    },
    "living_situation": "長男と二人暮らし。年金で生活。",
}
CARE_GOAL = "自分の足で近所まで歩けるようになりたい。息子が外とつながってほしい。"


def day(offset: int) -> str:
    return (today_in_japan() + timedelta(days=offset)).isoformat()


async def post(client: httpx.AsyncClient, path: str, token: str, **form: Any) -> httpx.Response:
    return await client.post(path, data={**form, "csrf_token": token})


async def actions_of(console: Console) -> list[str]:
    async with console.factory() as db:
        return list(await db.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def section(html: str, anchor: str) -> str:
    found = re.search(rf'<section id="{anchor}".*?</section>', html, re.S)
    assert found, anchor
    return found.group(0)


async def test_an_8050_household_from_hand_off_to_a_review_due(
    database_url: str, tmp_path: Path
) -> None:
    async with console_on(database_url) as console:
        async with console.factory() as db:
            await add_staff(db, "hikikomori", PASSWORD, "agency", HIKIKOMORI.id)
            await db.commit()
        # The mother consents to share with 地域包括 only.
        case_id = await handed_off_case(console.factory, agencies=(CARE,), answers=HOUSEHOLD_8050)
        number = f"{case_id:06d}"
        plan_url = f"/console/cases/{case_id}/plan"
        async with console.client() as coordinator:
            token = await sign_in(coordinator, "coordinator")
            queue = await coordinator.get("/console/cases?complex=1")
            assert number in queue.text and "複合課題のケース" in queue.text

            # The ひきこもり center has no basis yet: it cannot be given a role.
            refused = await post(
                coordinator,
                plan_url,
                token,
                goals=CARE_GOAL,
                agency_id=[HIKIKOMORI.id],
                role=["support"],
                member=["m0"],
            )
            assert refused.status_code == 400
            assert "岡山市ひきこもり地域支援センター には役割を付けられません" in refused.text
            assert (await coordinator.get(plan_url)).text.count("まだ支援プランはありません") == 1

            # The 検討会: both agencies attend; as a 支援会議 it decides to share with the
            # center; roles and actions decided there become the plan.
            meeting = await post(
                coordinator,
                f"/console/cases/{case_id}/conferences",
                token,
                held_on=day(-3),
                attendee=[CARE.id, HIKIKOMORI.id],
                decisions="地域包括が介護保険の申請を支援。長男へはセンターが訪問で関わる。",
                meeting_reason="長男の支援に、ひきこもり支援の専門機関が欠かせないため",
                goals=CARE_GOAL,
                agency_id=[CARE.id, HIKIKOMORI.id],
                role=["lead", "support"],
                member=["person", "m0"],
                action_what=["介護保険の申請を手伝う", "長男に手紙を出し、訪問の日を決める"],
                action_due=[day(7), day(14)],
                action_by=[CARE.id, HIKIKOMORI.id],
            )
            assert meeting.status_code == 303, meeting.text
            page = await coordinator.get(plan_url)
            roles = section(page.text, "plan")
            assert "第1版" in roles and CARE_GOAL in roles
            assert re.search(rf"{CARE.name}</td><td>主担当</td><td>本人", roles)
            assert re.search(rf"{HIKIKOMORI.name}</td><td>副担当</td><td>長男 山田一郎", roles)
            assert "介護保険の申請を手伝う" in roles and day(7) in roles
            conferences = section(page.text, "conferences")
            assert "出席：" in conferences and "支援会議（社会福祉法 第106条の6）" in conferences
            household = section(page.text, "household")
            assert "<svg" in household and "同居" in household
            assert re.search(
                r"長男</td><td>山田一郎</td><td>52歳</td><td>ひきこもり</td>", household
            )
            case_page = await coordinator.get(f"/console/cases/{case_id}")
            assert "支援会議（社会福祉法 第106条の6）・" in section(case_page.text, "consent")

            # A second save is a new version; the first stays readable.
            again = await post(
                coordinator,
                plan_url,
                token,
                goals=CARE_GOAL,
                agency_id=[CARE.id, HIKIKOMORI.id],
                role=["lead", "support"],
                member=["person", "m0"],
                action_what=["介護保険の申請を手伝う", "長男に手紙を出し、訪問の日を決める", ""],
                action_due=[day(7), day(14), ""],
                action_by=[CARE.id, HIKIKOMORI.id, "coordinator"],
            )
            assert again.status_code == 303, again.text
            two_leads = await post(
                coordinator,
                plan_url,
                token,
                goals=CARE_GOAL,
                agency_id=[CARE.id, HIKIKOMORI.id],
                role=["lead", "lead"],
                member=["person", "m0"],
            )
            assert two_leads.status_code == 400 and "主担当は1つの機関に" in two_leads.text
            versions = (await coordinator.get(plan_url)).text
            assert "第2版" in versions and "これまでの版（2）" in versions

        # Each agency sees its own part only.
        async with console.client() as care:
            care_token = await sign_in(care, "care")
            mine = await care.get(plan_url)
            assert mine.status_code == 200 and "この機関の分だけ" in mine.text
            assert "主担当" in mine.text and "介護保険の申請を手伝う" in mine.text
            assert "副担当" not in mine.text and "長男に手紙を出し" not in mine.text
            assert "検討会を記録する" not in mine.text
            noted = await post(
                care,
                f"/console/cases/{case_id}/progress",
                care_token,
                text="認定調査の日が決まった",
            )
            assert noted.status_code == 303
        async with console.client() as center:
            center_token = await sign_in(center, "hikikomori")
            theirs = await center.get(plan_url)
            assert theirs.status_code == 200
            assert "副担当" in theirs.text and "長男に手紙を出し" in theirs.text
            assert "主担当" not in theirs.text and "介護保険の申請を手伝う" not in theirs.text
            assert "認定調査の日が決まった" not in theirs.text  # another agency's note
            await post(
                center, f"/console/cases/{case_id}/progress", center_token, text="手紙を出した"
            )
            saved = await post(center, plan_url, center_token, goals="x")
            assert saved.status_code == 403  # only the coordinator writes the plan
        async with console.client() as other:
            await sign_in(other, "other")
            assert (await other.get(plan_url)).status_code == 403

        # The case goes to モニタリング; its review falls due (set in the past).
        async with console.client() as coordinator:
            token = await sign_in(coordinator, "coordinator")
            status = f"/console/cases/{case_id}/status"
            for step in ("accepted", "in_progress"):
                assert (await post(coordinator, status, token, to=step)).status_code == 303
            no_date = await post(coordinator, status, token, to="monitoring")
            assert no_date.status_code == 400 and "次の見直し日を入れてください" in no_date.text
            moved = await post(coordinator, status, token, to="monitoring", review_on=day(-1))
            assert moved.status_code == 303
            due = await coordinator.get("/console/reviews")
            assert re.search(
                rf"{number}</a></td>\s*<td>{day(-1)}</td>\s*<td><strong>1日過ぎています", due.text
            )
            assert "期限が来ている・過ぎている 1件" in due.text
            inbox = await coordinator.get("/console/cases")
            assert "見直しの期限 1件" in inbox.text
            notes = section((await coordinator.get(plan_url)).text, "monitoring")
            assert "認定調査の日が決まった" in notes and "手紙を出した" in notes
            later = await post(
                coordinator, f"/console/cases/{case_id}/review", token, review_on=day(30)
            )
            assert later.status_code == 303
            assert (
                "期限が来ている・過ぎている 0件" in (await coordinator.get("/console/reviews")).text
            )

            # 終結 needs its reason.
            unexplained = await post(coordinator, status, token, to="closed")
            assert (
                unexplained.status_code == 400 and "終結の理由を選んでください" in unexplained.text
            )
            closed = await post(coordinator, status, token, to="closed", closing="support_in_place")
            assert closed.status_code == 303
            assert (
                "支援がつながり、安定した"
                in (await coordinator.get(f"/console/cases/{case_id}")).text
            )

            pdf = await coordinator.get(f"/console/cases/{case_id}/plan.pdf")
            assert pdf.status_code == 200
            text = pdf_text(pdf.content, tmp_path)
            assert "主担当" in text and "副担当" in text and "長男" in text

        done = await actions_of(console)
        for action in (
            "conference.recorded",
            "support_meeting.recorded",
            "plan.saved",
            "plan.viewed",
            "case.progress_noted",
            "case.status",
            "case.review_set",
            "reviews.listed",
            "plan.pdf_exported",
        ):
            assert action in done, action
        assert done.count("plan.saved") == 2

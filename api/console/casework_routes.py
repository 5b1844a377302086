"""The coordinator's casework pages: a case's 支援プラン (versions, ケース検討会, household
and family diagram, progress notes) and its PDF, and the list of モニタリング reviews due.
Agency staff open the same page and see their own part. Every view and change is audited."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.access import visible_case_ids
from api.console.actions import NOT_IN_DIRECTORY, form_day, run_action
from api.console.auth import Forbidden
from api.console.context import ConsoleContext
from api.console.genogram import svg
from api.console.pages import load_case
from api.console.plan_view import plan_page
from cases.casework.audit import audit
from cases.casework.conferences import ConferenceRecord, Decided, record_conference
from cases.casework.monitoring import add_progress_note, reviews, set_review, today_in_japan
from cases.casework.opening import AgencyRef
from cases.casework.plans import NoBasisForRole, PlanAction, PlanDraft, PlanRole, save_plan
from cases.casework.refusals import Refused
from cases.casework.vocabulary import COORDINATOR, COORDINATOR_LABEL
from cases.staff import SignedIn

NO_BASIS = (
    "{name} には役割を付けられません。本人の同意（この機関を含むもの）か、"
    "この機関を挙げた支援会議の記録が必要です。"
)


def add_casework_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    CaseWorker = Annotated[SignedIn, Depends(ctx.case_access)]
    CityStaff = Annotated[SignedIn, Depends(ctx.city_staff)]
    Db = Annotated[AsyncSession, Depends(ctx.db)]

    def roles_chosen(
        agency_id: list[str], role: list[str], member: list[str]
    ) -> tuple[PlanRole, ...] | None:
        """The role rows of a form (a row left at 「なし」 gives none); None when an
        agency is not in the directory."""
        names = {a.id: a.name for a in ctx.city.agencies}
        chosen = []
        for one, what, whose in zip(agency_id, role, member, strict=False):
            if not one or not what:
                continue
            if one not in names:
                return None
            chosen.append(PlanRole(AgencyRef(one, names[one]), what, whose or "person"))
        return tuple(chosen)

    def actions_chosen(what: list[str], due: list[str], by: list[str]) -> tuple[PlanAction, ...]:
        actions = []
        for text, day, doer in zip(what, due, by, strict=False):
            if not text.strip():
                continue
            when = form_day(day)
            if when is None:
                raise Refused("次にすることの期日を入れてください")
            actions.append(PlanAction(text, when, doer or COORDINATOR))
        return tuple(actions)

    async def render(
        request: Request, db: AsyncSession, user: SignedIn, case_id: int, error: str | None = None
    ) -> Response:
        detail = await load_case(db, case_id)
        page = await plan_page(db, detail, user, today_in_japan())
        audit(db, user.actor, "plan.viewed", case_id=case_id, resident_id=detail.case.resident_id)
        await db.commit()
        on_case = [{"id": a.agency_id, "name": a.agency_name} for a in detail.agencies]
        seen = {a["id"] for a in on_case}
        return ctx.templates.TemplateResponse(
            request,
            "plan.html",
            {
                "user": user,
                "c": detail.case,
                "p": page,
                "diagram_svg": svg(page.diagram),
                "case_agencies": on_case,
                "other_agencies": [a for a in ctx.city.agencies if a.id not in seen],
                "coordinator": (COORDINATOR, COORDINATOR_LABEL),
                "agency_names": {a.id: a.name for a in ctx.city.agencies},
                "today": today_in_japan(),
                "error": error,
            },
            status_code=400 if error else 200,
        )

    async def act(
        request: Request,
        db: AsyncSession,
        user: SignedIn,
        case_id: int,
        action: Callable[[], Awaitable[object]],
        anchor: str,
    ) -> Response:
        async def refused(reason: str) -> Response:
            return await render(request, db, user, case_id, reason)

        async def guarded() -> object:
            try:
                return await action()
            except NoBasisForRole as missing:
                raise Refused(NO_BASIS.format(name=missing.agency.name)) from None

        done = RedirectResponse(f"/console/cases/{case_id}/plan{anchor}", status_code=303)
        return await run_action(db, guarded, refused, done)

    @router.get("/cases/{case_id}/plan", response_class=HTMLResponse)
    async def plan(request: Request, case_id: int, user: CaseWorker, db: Db) -> Response:
        return await render(request, db, user, case_id)

    @router.get("/cases/{case_id}/plan.pdf")
    async def plan_pdf(case_id: int, user: CaseWorker, db: Db) -> Response:
        from api.console.plan_pdf import render_plan_pdf

        detail = await load_case(db, case_id)
        page = await plan_page(db, detail, user, today_in_japan())
        document = render_plan_pdf(page, detail.case.number)
        audit(
            db,
            user.actor,
            "plan.pdf_exported",
            case_id=case_id,
            resident_id=detail.case.resident_id,
            version=page.version,
        )
        await db.commit()
        filename = f"tsunagu-plan-{detail.case.number}.pdf"
        return Response(
            document,
            media_type="application/pdf",
            headers={
                "Content-Disposition": f'attachment; filename="{filename}"',
                "Cache-Control": "no-store",
            },
        )

    @router.post("/cases/{case_id}/plan")
    async def save(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        goals: str = Form(""),
        agency_id: Annotated[list[str] | None, Form()] = None,
        role: Annotated[list[str] | None, Form()] = None,
        member: Annotated[list[str] | None, Form()] = None,
        action_what: Annotated[list[str] | None, Form()] = None,
        action_due: Annotated[list[str] | None, Form()] = None,
        action_by: Annotated[list[str] | None, Form()] = None,
    ) -> Response:
        roles = roles_chosen(agency_id or [], role or [], member or [])
        if roles is None:
            return await render(request, db, user, case_id, NOT_IN_DIRECTORY)

        async def run() -> object:
            actions = actions_chosen(action_what or [], action_due or [], action_by or [])
            return await save_plan(db, case_id, PlanDraft(goals, roles, actions), user.actor)

        return await act(request, db, user, case_id, run, "#plan")

    @router.post("/cases/{case_id}/conferences")
    async def conference(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        held_on: str = Form(""),
        decisions: str = Form(""),
        attendee: Annotated[list[str] | None, Form()] = None,
        meeting_reason: str = Form(""),
        goals: str = Form(""),
        agency_id: Annotated[list[str] | None, Form()] = None,
        role: Annotated[list[str] | None, Form()] = None,
        member: Annotated[list[str] | None, Form()] = None,
        action_what: Annotated[list[str] | None, Form()] = None,
        action_due: Annotated[list[str] | None, Form()] = None,
        action_by: Annotated[list[str] | None, Form()] = None,
    ) -> Response:
        names = {a.id: a.name for a in ctx.city.agencies}
        roles = roles_chosen(agency_id or [], role or [], member or [])
        if roles is None or any(one not in names for one in attendee or []):
            return await render(request, db, user, case_id, NOT_IN_DIRECTORY)
        attendees = tuple(AgencyRef(one, names[one]) for one in dict.fromkeys(attendee or []))

        async def run() -> object:
            day = form_day(held_on)
            if day is None:
                raise Refused("検討会の開催日を入れてください")
            actions = actions_chosen(action_what or [], action_due or [], action_by or [])
            record = ConferenceRecord(day, attendees, decisions, meeting_reason)
            decided = Decided(roles, actions, goals)
            return await record_conference(db, case_id, record, user.actor, decided)

        return await act(request, db, user, case_id, run, "#conferences")

    @router.post("/cases/{case_id}/review")
    async def review(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        review_on: str = Form(""),
    ) -> Response:
        async def run() -> object:
            day = form_day(review_on)
            if day is None:
                raise Refused("次の見直し日を入れてください")
            return await set_review(db, case_id, day, user.actor)

        return await act(request, db, user, case_id, run, "#monitoring")

    @router.post("/cases/{case_id}/progress")
    async def progress(
        request: Request,
        case_id: int,
        user: CaseWorker,
        db: Db,
        text: str = Form(""),
    ) -> Response:
        """An agency's short note on its part, posted from its own view of the case."""
        if user.agency_id is None:
            await load_case(db, case_id)  # a case that is not there is a 404 first
            raise Forbidden("経過の報告は相談機関の職員が書きます（推進員はメモへ）")
        agency = user.agency_id

        async def run() -> object:
            return await add_progress_note(db, case_id, agency, text, user.actor)

        return await act(request, db, user, case_id, run, "#progress")

    @router.get("/reviews", response_class=HTMLResponse)
    async def review_list(request: Request, user: CityStaff, db: Db) -> Response:
        today = today_in_japan()
        found = await reviews(db, today, await visible_case_ids(db, user))
        due = sum(1 for r in found if r.overdue_days >= 0)
        audit(db, user.actor, "reviews.listed", shown=len(found), due=due)
        await db.commit()
        return ctx.templates.TemplateResponse(
            request,
            "reviews.html",
            {"user": user, "reviews": found, "due": due, "today": today},
        )

"""What staff do from the case page and the outbox page. Each action commits on success
and returns to the page; a refused action shows the page again with the reason."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.context import ConsoleContext
from api.console.pages import render_case
from bot.notify.routing import queue_staff_alert
from bot.staff_chat import hand_back, staff_reply, take_over, translated_staff_reply
from cases.casework.consent import ConsentTerms, withdraw_case_consents
from cases.casework.followups import ProposalNotFound, decide_proposal
from cases.casework.opening import AgencyRef
from cases.casework.outbox import retry_dead_letter
from cases.casework.refusals import Refused
from cases.casework.sharing import SharingNotAllowed, record_protection, record_support_meeting
from cases.casework.staff_actions import add_note, assign_agency, record_persons_answer
from cases.casework.status import CaseNotFound, change_status, get_case
from cases.casework.vocabulary import STAFF_TEXT_VERSION
from cases.staff import SignedIn
from handlers.handoff.consent_text import DATA_SCOPE, PURPOSE

NOT_IN_DIRECTORY = "その機関は名簿にありません"
NOT_SHARED = (
    "この機関には共有できません。本人の同意（この機関を含むもの）か、支援会議の記録が必要です。"
)
JST = ZoneInfo("Asia/Tokyo")
EARLIEST_ANSWER_YEAR = 2000  # a typo'd year is asked again, not stored


def form_day(value: str) -> date | None:
    """A date field of a form (「2027-01-08」); None when left empty."""
    if not value.strip():
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise Refused("日付を正しく入れてください") from None
    if day.year < EARLIEST_ANSWER_YEAR:
        raise Refused("日付を正しく入れてください")
    return day


def answered_at(value: str) -> datetime:
    """The form's 日時 (JST, as staff read clocks) as an aware moment."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise Refused("同意を確かめた日時を入れてください") from None
    if moment.year < EARLIEST_ANSWER_YEAR:
        raise Refused("同意を確かめた日時を入れてください")
    return moment if moment.tzinfo else moment.replace(tzinfo=JST)


async def run_action(
    db: AsyncSession,
    action: Callable[[], Awaitable[object]],
    refused: Callable[[str], Awaitable[Response]],
    done: Response,
) -> Response:
    """Run a casework action and commit, answering `done`; a refusal rolls back and
    answers `refused(the reason, as staff read it)`."""
    try:
        await action()
    except CaseNotFound:
        raise HTTPException(404, "ケースが見つかりません") from None
    except SharingNotAllowed:
        await db.rollback()
        return await refused(NOT_SHARED)
    except Refused as refusal:  # InvalidTransition included
        await db.rollback()
        return await refused(str(refusal))
    await db.commit()
    return done


def back_to_case(case_id: int, anchor: str = "") -> Response:
    return RedirectResponse(f"/console/cases/{case_id}{anchor}", status_code=303)


def add_action_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    # Who may call a route, and its database session, as FastAPI dependencies.
    CaseWorker = Annotated[SignedIn, Depends(ctx.case_access)]
    CityStaff = Annotated[SignedIn, Depends(ctx.city_staff)]
    Db = Annotated[AsyncSession, Depends(ctx.db)]

    def agencies_chosen(agency_id: list[str] | None) -> list[AgencyRef] | None:
        """The directory's agencies a basis form chose; None if one is not in it."""
        names = {a.id: a.name for a in ctx.city.agencies}
        chosen = agency_id or []
        if any(one not in names for one in chosen):
            return None
        return [AgencyRef(one, names[one]) for one in chosen]

    async def act(
        request: Request,
        db: AsyncSession,
        user: SignedIn,
        case_id: int,
        action: Callable[[], Awaitable[object]],
        anchor: str,
    ) -> Response:
        """Run a casework action; commit and go back, or show why it was refused."""

        async def refused(reason: str) -> Response:
            return await render_case(ctx, request, db, user, case_id, reason)

        return await run_action(db, action, refused, back_to_case(case_id, anchor))

    @router.post("/cases/{case_id}/status")
    async def status(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        to: str = Form(...),
        reason: str = Form(""),
        review_on: str = Form(""),
        closing: str = Form(""),
    ) -> Response:
        async def run() -> object:
            return await change_status(
                db,
                case_id,
                to,
                user.actor,
                reason or None,
                review_on=form_day(review_on),
                closing=closing or None,
            )

        return await act(request, db, user, case_id, run, "#status")

    @router.post("/cases/{case_id}/notes")
    async def note(
        request: Request,
        case_id: int,
        user: CaseWorker,
        db: Db,
        text: str = Form(""),
    ) -> Response:
        async def run() -> object:
            return await add_note(db, case_id, text, user.actor)

        return await act(request, db, user, case_id, run, "#notes")

    @router.post("/cases/{case_id}/consents/withdraw")
    async def withdraw(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
    ) -> Response:
        """The person asked (in person, by phone, through their 民生委員) to withdraw."""

        async def run() -> object:
            case = await get_case(db, case_id)
            if not await withdraw_case_consents(db, case_id, user.actor):
                raise Refused("取り消せる同意はありません")
            # The agencies working the case hear of it as from a withdrawal in LINE.
            queue_staff_alert(db, ctx.routing, "consent_withdrawn", case)
            return None

        return await act(request, db, user, case_id, run, "#consent")

    @router.post("/cases/{case_id}/agencies")
    async def agency(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        agency_id: str = Form(...),
    ) -> Response:
        names = {a.id: a.name for a in ctx.city.agencies}
        if agency_id not in names:
            return await render_case(ctx, request, db, user, case_id, NOT_IN_DIRECTORY)

        async def run() -> object:
            return await assign_agency(
                db, case_id, AgencyRef(agency_id, names[agency_id]), user.actor
            )

        return await act(request, db, user, case_id, run, "#agencies")

    @router.post("/cases/{case_id}/support-meetings")
    async def support_meeting(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        reason: str = Form(""),
        meeting_date: str = Form(""),
        agency_id: Annotated[list[str] | None, Form()] = None,
    ) -> Response:
        named = agencies_chosen(agency_id)
        if named is None:
            return await render_case(ctx, request, db, user, case_id, NOT_IN_DIRECTORY)

        async def run() -> object:
            # The day staff chose, in Japan: its midnight in JST, not in UTC.
            day = form_day(meeting_date)
            held = datetime.combine(day, datetime.min.time(), JST) if day else None
            return await record_support_meeting(db, case_id, reason, user.actor, named, held)

        return await act(request, db, user, case_id, run, "#consent")

    @router.post("/cases/{case_id}/consents/person")
    async def persons_answer(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        grantor: str = Form("self"),
        channel: str = Form(""),
        answer: str = Form("yes"),
        decided_at: str = Form(""),
        grantor_name: str = Form(""),
        note: str = Form(""),
        agency_id: Annotated[list[str] | None, Form()] = None,
    ) -> Response:
        """Staff asked the person (or their 法定代理人) by phone or in person."""
        named = agencies_chosen(agency_id)
        if named is None:
            return await render_case(ctx, request, db, user, case_id, NOT_IN_DIRECTORY)
        terms = ConsentTerms(
            grantees=tuple(named),
            purpose=PURPOSE,
            data_scope=DATA_SCOPE,
            text_version=STAFF_TEXT_VERSION,
            text_hash="",
            grantor=grantor,
            channel=channel,
            grantor_name=grantor_name.strip() or None,
            recorded_by=user.actor,
            recorded_by_name=user.display_name or user.login,
            note=note.strip() or None,
        )

        async def run() -> object:
            moment = answered_at(decided_at)
            given = answer == "yes"
            return await record_persons_answer(db, case_id, terms, given, moment, user.actor)

        return await act(request, db, user, case_id, run, "#consent")

    @router.post("/cases/{case_id}/protections")
    async def protection(
        request: Request,
        case_id: int,
        user: CityStaff,
        db: Db,
        reason: str = Form(""),
        agency_id: Annotated[list[str] | None, Form()] = None,
    ) -> Response:
        """Sharing to protect the person's life or body, their consent not to be had."""
        named = agencies_chosen(agency_id)
        if named is None:
            return await render_case(ctx, request, db, user, case_id, NOT_IN_DIRECTORY)

        async def run() -> object:
            return await record_protection(db, case_id, reason, user.actor, named)

        return await act(request, db, user, case_id, run, "#consent")

    @router.post("/cases/{case_id}/take-over")
    async def take(
        request: Request,
        case_id: int,
        user: CaseWorker,
        db: Db,
    ) -> Response:
        async def run() -> object:
            return await take_over(db, case_id, user.actor)

        return await act(request, db, user, case_id, run, "#chat")

    @router.post("/cases/{case_id}/reply")
    async def reply(
        request: Request,
        case_id: int,
        user: CaseWorker,
        db: Db,
        text: str = Form(""),
        translate: str = Form(""),
    ) -> Response:
        """Send staff's reply; `translate` (offered only when the city configured a
        translation service and the resident speaks another language) sends it
        machine-translated with the Japanese under it. A refusal keeps what was typed."""

        async def run() -> object:
            if translate:
                return await translated_staff_reply(
                    db, case_id, user.actor, text, ctx.translator, ctx.catalogue
                )
            return await staff_reply(db, case_id, user.actor, text)

        async def refused(reason: str) -> Response:
            return await render_case(ctx, request, db, user, case_id, reason, draft=text)

        return await run_action(db, run, refused, back_to_case(case_id, "#chat"))

    @router.post("/cases/{case_id}/hand-back")
    async def give_back(
        request: Request,
        case_id: int,
        user: CaseWorker,
        db: Db,
    ) -> Response:
        async def run() -> object:
            return await hand_back(db, case_id, user.actor)

        return await act(request, db, user, case_id, run, "#chat")

    @router.post("/cases/{case_id}/proposals/{proposal_id}")
    async def proposal(
        request: Request,
        case_id: int,
        proposal_id: int,
        user: CaseWorker,
        db: Db,
        decision: str = Form(...),
    ) -> Response:
        """Accept (make the change) or reject a change a follow-up message proposed."""

        async def run() -> object:
            try:
                return await decide_proposal(
                    db, case_id, proposal_id, decision == "accept", user.actor
                )
            except ProposalNotFound:
                raise Refused("その提案は見つからないか、もう決まっています") from None

        return await act(request, db, user, case_id, run, "#sheet")

    @router.post("/outbox/dead/{message_id}/retry")
    async def retry(
        message_id: int,
        user: CityStaff,
        db: Db,
    ) -> Response:
        if not await retry_dead_letter(db, message_id, user.actor):
            raise HTTPException(404, "その配信は見つからないか、再送済みです")
        await db.commit()
        return RedirectResponse("/console/outbox/dead", status_code=303)

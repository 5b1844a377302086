"""The pages staff read: the case list, one case, the sheet as PDF, dead letters (and the
LINE events set aside at the door). Every
view and export is written to the audit log (the open case page's refreshes of its
conversation belong to that view)."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.context import ConsoleContext
from api.console.sheet_view import (
    RECEIVED_BY_LABELS,
    WRITER_NOT_YET_KNOWN,
    SheetLayout,
    phone_text,
    sheet_layout,
)
from api.console.transcript_view import ShownMessage, human_transcript, with_translations
from bot.staff_chat import translatable
from cases.casework.audit import audit
from cases.casework.followups import CATEGORY_FIELD, mark_read, open_proposals
from cases.casework.outbox import dead_letters
from cases.casework.queries import (
    CaseDetail,
    case_conversation,
    case_detail,
)
from cases.casework.status import CaseNotFound, allowed_next, get_case
from cases.checkins import checkin_of_case
from cases.events import rejected_events
from cases.minsei import witness_names
from cases.models import CaseProposal, Resident, TranscriptEntry
from cases.photos import photo_of_case, photos_of_case
from cases.staff import STAFF_ACTOR_PREFIX, SignedIn, actor_names
from nlu.categories import CATEGORY_LABELS

STATIC = Path(__file__).parent / "static"


# What a proposed change is about, as staff read it.
PROPOSAL_LABELS = {
    "consulter_phone": "相談した人の電話",
    "phone_mobile": "携帯電話",
    "phone_home": "自宅電話",
    CATEGORY_FIELD: "お困りごと",
}


def proposal_view(proposal: CaseProposal) -> dict[str, object]:
    """A proposal as the case page shows it: what, the proposed value, since when."""
    if proposal.field == CATEGORY_FIELD:
        value = CATEGORY_LABELS.get(proposal.value, proposal.value)
    else:
        value = phone_text(proposal.value)
    return {
        "id": proposal.id,
        "label": PROPOSAL_LABELS.get(proposal.field, proposal.field),
        "value": value,
        "at": proposal.proposed_at,
    }


async def load_case(db: AsyncSession, case_id: int) -> CaseDetail:
    try:
        return await case_detail(db, case_id)
    except CaseNotFound:
        raise HTTPException(404, "ケースが見つかりません") from None


async def translated(
    ctx: ConsoleContext,
    db: AsyncSession,
    resident_id: int | None,
    transcript: Sequence[TranscriptEntry],
) -> list[ShownMessage]:
    """The conversation as staff read it, with a Japanese rendering beside what the
    resident wrote in their own language when a translation service is configured."""
    shown = human_transcript(transcript)
    resident = await db.get(Resident, resident_id) if resident_id is not None else None
    language = resident.language if resident is not None else None
    return await with_translations(
        transcript, shown, language, ctx.translator, ctx.translation_memory
    )


def layout_of(detail: CaseDetail) -> SheetLayout:
    """The sheet as the paper lays it out, with the case's consents and bases. A case
    opened before any sheet (a crisis, a call for a person) says who wrote it when that is
    known — the 民生委員 of a visit — and never that it was the person themself."""
    layout = sheet_layout(
        detail.sheet,
        detail.agencies,
        detail.consents,
        detail.support_meetings,
        detail.case.categories,
        detail.protections,
    )
    if detail.sheet is not None:
        return layout
    if detail.visiting_minsei is not None:
        name, district = detail.visiting_minsei
        minsei = f"{RECEIVED_BY_LABELS['minsei_iin']}（{district}） {name}"
        return replace(layout, received_by=minsei, consulter=minsei)
    return replace(layout, consulter=WRITER_NOT_YET_KNOWN)


async def render_case(
    ctx: ConsoleContext,
    request: Request,
    db: AsyncSession,
    user: SignedIn,
    case_id: int,
    error: str | None = None,
    draft: str = "",
) -> Response:
    """The case page (also after a failed action, with the reason shown and, for a reply,
    what was typed kept in the box)."""
    detail = await load_case(db, case_id)
    layout = layout_of(detail)
    unread = detail.case.unread_followups or 0
    proposals = [proposal_view(p) for p in await open_proposals(db, case_id)]
    audit(db, user.actor, "case.viewed", case_id=case_id, resident_id=detail.case.resident_id)
    if mark_read(detail.case):  # opening the case reads what the resident added
        audit(db, user.actor, "case.followups_read", case_id=case_id, count=unread)
    await db.commit()
    assigned = {a.agency_id for a in detail.agencies}
    assignee = detail.case.assignee_id
    assignee_name = (
        (await actor_names(db, [f"{STAFF_ACTOR_PREFIX}{assignee}"])).get(
            f"{STAFF_ACTOR_PREFIX}{assignee}", "職員"
        )
        if assignee is not None
        else None
    )
    return ctx.templates.TemplateResponse(
        request,
        "case.html",
        {
            "user": user,
            "d": detail,
            "messages": await translated(ctx, db, detail.case.resident_id, detail.transcript),
            "sheet": layout,
            "witnesses": await witness_names(db, detail.consents),
            "actor_names": await actor_names(
                db,
                [
                    *(m.recorded_by for m in detail.support_meetings),
                    *(b.recorded_by for b in detail.protections),
                    *(p.provided_by for p in detail.provisions),
                    *(a.added_by for a in detail.agencies),
                    *(n.author for n in detail.notes),
                    *(e.actor for e in detail.audit),
                ],
            ),
            "next_statuses": allowed_next(detail.case.status),
            "agency_options": [a for a in ctx.city.agencies if a.id not in assigned],
            # A basis may name the agencies on the case (suggested, not yet shared) or others.
            "basis_agency_options": [
                *({"id": a.agency_id, "name": a.agency_name} for a in detail.agencies),
                *({"id": a.id, "name": a.name} for a in ctx.city.agencies if a.id not in assigned),
            ],
            "error": error,
            "draft": draft,
            # A reply can go out machine-translated: a service is configured and the
            # resident speaks a language other than Japanese.
            "can_translate": ctx.translator.available and translatable(detail.language),
            "assignee_name": assignee_name,
            "unread": unread,
            "proposals": proposals,
            "photos": await photos_of_case(db, detail.case),
            "checkin": await checkin_of_case(db, case_id),
        },
        status_code=400 if error else 200,
    )


def add_page_routes(router: APIRouter, ctx: ConsoleContext) -> None:
    # Who may call a route, and its database session, as FastAPI dependencies.
    AnyStaff = Annotated[SignedIn, Depends(ctx.signed_in)]
    CaseWorker = Annotated[SignedIn, Depends(ctx.case_access)]
    CityStaff = Annotated[SignedIn, Depends(ctx.city_staff)]
    Db = Annotated[AsyncSession, Depends(ctx.db)]

    @router.get("/", include_in_schema=False)
    async def home(user: AnyStaff) -> Response:
        return RedirectResponse("/console/cases", status_code=303)

    @router.get("/static/console.css", include_in_schema=False)
    async def stylesheet() -> Response:
        return FileResponse(STATIC / "console.css", media_type="text/css")

    @router.get("/static/console.js", include_in_schema=False)
    async def live_script() -> Response:
        return FileResponse(STATIC / "console.js", media_type="text/javascript")

    @router.get("/cases/{case_id}/transcript", response_class=HTMLResponse)
    async def transcript(
        request: Request,
        case_id: int,
        user: CaseWorker,
        db: Db,
    ) -> Response:
        """The conversation alone, for the case page to stay current (opening the case
        page is what the audit log records). The page asks only while it is in view: what
        the resident added and this shows is read, as if the page had been opened again."""
        case = await get_case(db, case_id)
        conversation = await case_conversation(db, case)
        messages = await translated(ctx, db, case.resident_id, conversation.transcript)
        unread = case.unread_followups or 0
        if mark_read(case):
            audit(db, user.actor, "case.followups_read", case_id=case_id, count=unread)
            await db.commit()
        return ctx.templates.TemplateResponse(
            request,
            "transcript.html",
            {"messages": messages},
            headers={
                "X-Staff-Active": "1" if conversation.staff_active else "0",
                "Cache-Control": "no-store",
            },
        )

    @router.get("/cases/{case_id}", response_class=HTMLResponse)
    async def case_page(
        request: Request,
        case_id: int,
        user: CaseWorker,
        db: Db,
    ) -> Response:
        return await render_case(ctx, request, db, user, case_id)

    @router.get("/cases/{case_id}/photos/{photo_id}")
    async def case_photo(
        case_id: int,
        photo_id: int,
        user: CaseWorker,
        db: Db,
    ) -> Response:
        """A photo the resident sent, decrypted for staff who may open the case."""
        detail = await load_case(db, case_id)
        found = await photo_of_case(db, detail.case, photo_id)
        if found is None:
            raise HTTPException(status_code=404)
        audit(
            db,
            user.actor,
            "case.photo_viewed",
            case_id=case_id,
            resident_id=detail.case.resident_id,
            photo_id=photo_id,
        )
        await db.commit()
        media_type, body = found
        return Response(
            body,
            media_type=media_type,
            headers={
                "Content-Disposition": f'inline; filename="photo-{photo_id}"',
                "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff",
            },
        )

    @router.get("/cases/{case_id}/sheet.pdf")
    async def sheet_pdf(
        case_id: int,
        user: CaseWorker,
        db: Db,
    ) -> Response:
        # reportlab and the fonts load at the first PDF, not with the server.
        from api.console.sheet_pdf import render_sheet_pdf

        detail = await load_case(db, case_id)
        layout = layout_of(detail)
        document = render_sheet_pdf(layout, detail.case.number, detail.language)
        audit(
            db,
            user.actor,
            "case.pdf_exported",
            case_id=case_id,
            resident_id=detail.case.resident_id,
        )
        await db.commit()
        filename = f"tsunagu-sheet-{detail.case.number}.pdf"
        return Response(
            document,
            media_type="application/pdf",
            headers={
                "Content-Disposition": f'attachment; filename="{filename}"',
                "Cache-Control": "no-store",
            },
        )

    @router.get("/outbox/dead", response_class=HTMLResponse)
    async def dead_letter_page(
        request: Request,
        user: CityStaff,
        db: Db,
    ) -> Response:
        letters = await dead_letters(db)
        rejected = await rejected_events(db)
        audit(
            db,
            user.actor,
            "outbox.dead_letters_viewed",
            shown=len(letters),
            rejected_events=len(rejected),
        )
        await db.commit()
        return ctx.templates.TemplateResponse(
            request,
            "dead_letters.html",
            {"user": user, "letters": letters, "rejected": rejected},
        )

"""The turn: load the session, understand, dispatch, save in one transaction, deliver.

An event's answer is computed once and stored with the event before anything is sent;
`bot.delivery` then sends what is stored, counting it delivered only on LINE's proof."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.apply import EffectApplier, TurnScope
from bot.case_desk import CaseDesk
from bot.delivery import Delivery, DeliveryDeferred
from bot.flood import FloodGuard
from bot.inbound import STANDBY, is_from_user_chat, to_inbound
from bot.line_api import LineApi
from bot.menu_links import queue_menu_change
from bot.photos import FetchedPhoto, fetch_photo
from bot.said_in import said_in as in_language
from bot.system_events import handle_system_event
from bot.transcript import describe_inbound
from bot.turn_lock import user_turn_lock
from bot.visit.desk import VisitDesk
from cases.casework.followups import handed_off_case
from cases.conversations import add_transcript, messages_just_before
from cases.events import event_to_answer, undelivered_before
from cases.models import ReceivedEvent, utcnow
from cases.photos import keep_photo
from cases.turn_reads import turn_reads
from handlers import catalog
from handlers.context import TurnContext
from handlers.effects import AlertStaff
from handlers.i18n import EASY, SOURCE, Catalogue
from handlers.languages import door_language, in_source_words, turn_language, with_buttons_shown
from handlers.messages import FollowIn, Inbound, MediaIn, Reply, Text, TextIn
from handlers.session import Session
from handlers.turn import Dispatcher
from handlers.visit.in_hand import visit_of_turn
from nlu.crisis import BUBBLE_MAX_LETTERS, detect_crisis, raised_across
from nlu.interpreter import Interpreter
from nlu.types import Understanding
from nlu.written import written_language

log = logging.getLogger(__name__)
# A crisis typed in pieces: the person's messages of the last two minutes, at most four.
BUBBLE_WINDOW = timedelta(seconds=120)
BUBBLES_READ = 4


def render_reply(reply: Reply) -> list[dict[str, Any]]:
    """`bot.render.render_reply`, imported at the first turn: the LINE SDK's models it
    builds take a second to import, which a server spends after it listens."""
    from bot.render import render_reply as render

    return render(reply)


class Runtime:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        line: LineApi,
        interpreter: Interpreter,
        dispatcher: Dispatcher,
        context: Callable[[], TurnContext],
        effects: EffectApplier,
        desk: VisitDesk,
        cases: CaseDesk,
        flood_guard: FloodGuard | None = None,
        replies: bool = True,
        before_turn: Callable[[], Awaitable[None]] | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.line = line
        self.interpreter = interpreter
        self.dispatcher = dispatcher
        self.context = context
        self.effects = effects
        self.desk = desk
        self.flood_guard = flood_guard
        self.cases = cases
        # Waits, after a start, for what turns need (`tsunagu.container.TurnParts`).
        self.before_turn = before_turn
        self.delivery = Delivery(line, replies=replies)
        # Every language's sentences, read at start (`tsunagu/languages.py`).
        self.catalogue = catalogue or Catalogue()

    async def process(self, event_id: int, source_key: str | None = None) -> None:
        """The event's turn and delivery, one turn at a time per user. `source_key` is the
        user's key the queue holds it under (read from the event when not given)."""
        if self.before_turn is not None:
            await self.before_turn()
        if source_key is None:
            async with self.session_factory() as db:
                source_key = await db.scalar(
                    select(ReceivedEvent.source_key).where(ReceivedEvent.id == event_id)
                )
            if source_key is None:
                return
        async with user_turn_lock(self.session_factory, source_key):
            await self._process(event_id)

    async def _process(self, event_id: int) -> None:
        async with self.session_factory() as db:
            found = await event_to_answer(db, event_id)
            if found is None or found.event.status in ("sent", "ignored"):
                return
            event = found.event
            if event.status == "received":
                await self._run_turn(db, event, found.overtaken)
            if event.status in ("processed", "sending"):
                # A turn's answer is committed with the record of its first call to LINE
                # (`bot.delivery`), before the call: one transaction, not two.
                try:
                    if found.behind:  # answers reach the resident in the order asked
                        for earlier in await undelivered_before(db, event):
                            await self._deliver(db, earlier)
                    await self._deliver(db, event)
                except DeliveryDeferred as deferred:
                    await db.commit()
                    log.warning("event %s: answer deferred to the sweep (%s)", event.id, deferred)
            else:
                await db.commit()

    # ------------------------------------------------------------------ the turn

    async def _run_turn(self, db: AsyncSession, event: ReceivedEvent, overtaken: bool) -> None:
        """The event's turn, left in `db` uncommitted for its delivery to commit."""
        raw = event.payload
        if not is_from_user_chat(raw):
            await handle_system_event(db, raw)
            event.status = "ignored"
            return
        user_id = raw["source"]["userId"]
        reads = await turn_reads(db, user_id)
        resident = reads.resident
        if raw.get("type") == "unfollow":
            resident.follow_state = "blocked"
        inbound = to_inbound(raw)
        if inbound is None:
            log.info("event %s (%s) needs no answer", event.id, raw.get("type"))
            event.status = "ignored"
            return
        if raw.get("mode") == STANDBY:
            await self._in_standby(db, event, resident.id, inbound)
            return
        if not isinstance(inbound, FollowIn) and self.flood_guard is not None:
            held_back = await self.flood_guard.hold_back(user_id, inbound)
            if held_back is not None:
                await self._answer_without_turn(db, event, resident.id, inbound, held_back)
                return

        photo: FetchedPhoto | None = None
        if isinstance(inbound, MediaIn) and inbound.kind == "image" and inbound.message_id:
            # Raises when LINE cannot be reached: the turn is tried again, the photo kept.
            photo = await fetch_photo(self.line, inbound.message_id)
            inbound = replace(inbound, detail=photo.verdict)

        session = Session.from_json(reads.stored.state)
        understanding: Understanding | None = None
        if isinstance(inbound, TextIn):
            # The "…" animation goes out while the NLU reads; neither waits for the other.
            loading = asyncio.create_task(self.line.show_loading(user_id))
            try:
                understanding = await self.interpreter.understand(inbound.text)
            finally:
                await loading
        if understanding is not None and not understanding.crisis:
            understanding = await _read_with_bubbles_before(db, resident.id, understanding)
        crisis = understanding is not None and bool(understanding.crisis)
        if not crisis and overtaken:
            # Its turn failed and later messages were answered meanwhile: the question it
            # answered is gone. Keep it for staff, ask again; a crisis is answered as ever.
            said = Reply((Text(catalog.LATE_MESSAGE),))
            late = self._render(said, resident.language or SOURCE)
            await self._answer_without_turn(db, event, resident.id, inbound, late)
            return

        helper = await self.desk.helper_of(db, resident.id) if reads.minsei else None
        # After a hand-off, what the person writes goes to their open case.
        in_hand = None
        if helper is None and reads.case_open:
            in_hand = await self.cases.in_hand(db, resident.id)
        profile = None
        if isinstance(inbound, FollowIn):
            profile = await self.line.profile_language(user_id)
        offered = [language.code for language in self.catalogue.offered]
        language = door_language(resident.language, profile, offered)
        chosen = resident.language in offered
        written = None
        if isinstance(inbound, TextIn) and (not chosen or language not in (SOURCE, EASY)):
            # Kept languages other than Japanese change only on a plain sentence or crisis.
            written = await asyncio.to_thread(written_language, inbound.text, sure=chosen)
        if isinstance(inbound, FollowIn):
            # Written after LINE's profile call: a write takes SQLite's one write lock, held
            # until the turn commits.
            resident.follow_state = "following"
            if not chosen and language != SOURCE:
                resident.language = language  # their phone's language, until they choose
                queue_menu_change(db, resident.id, "language")  # and the menu in it
        context = replace(
            self.context(),
            event_ref=event.webhook_event_id,
            helper=helper,
            case=in_hand,
            language=language,
            chosen=chosen,
            profile_language=profile,
            written=written,
            catalogue=self.catalogue,
            sent_at=sent_at_of(event.payload),
        )
        read = in_source_words(inbound, context, session)
        outcome = self.dispatcher.handle(session, read, understanding, context)
        spoken = turn_language(context, outcome.effects)
        messages = self._render(outcome.reply, spoken)
        # A 民生委員's chat carries many residents: file the turn under its visit.
        visit = visit_of_turn(session, outcome.session, outcome.effects) if helper else None

        kind, text, content = describe_inbound(inbound, understanding)
        if session.flow != "idle" and session.step is not None:
            content["answered"] = session.step  # the question it answered (no personal data)
        add_transcript(db, resident.id, event.id, "in", "resident", kind, text, content, visit)
        _record_out(db, resident.id, event.id, messages, visit)
        scope = TurnScope(db, resident.id, event.id, visit)
        answered = Reply()
        for effect in outcome.effects:
            answered = answered + await self.effects.apply(scope, effect)
        if photo is not None and photo.verdict == "kept" and isinstance(inbound, MediaIn):
            case = await handed_off_case(db, resident.id)
            keep_photo(
                db,
                resident.id,
                event.id,
                case.id if case is not None else None,
                inbound.message_id,
                photo.media_type,
                photo.body,
            )
        if answered.messages:
            extra = self._render(answered, spoken)
            _record_out(db, resident.id, event.id, extra, visit)
            messages = messages + extra
        shown = with_buttons_shown(outcome.session, outcome.reply + answered)
        reads.stored.save(db, shown.to_json())
        event.outbound = messages
        event.status = "processed" if messages else "ignored"
        event.processed_at = utcnow()

    def _render(self, reply: Reply, language: str) -> list[dict[str, Any]]:
        """The reply as LINE messages, in the resident's language."""
        rendered = render_reply(self.catalogue.reply(reply, language))
        return in_language(rendered, self.catalogue, language)

    async def _in_standby(
        self, db: AsyncSession, event: ReceivedEvent, resident_id: int, inbound: Inbound
    ) -> None:
        """LINE's `standby` mode: another channel holds the chat (a module channel, an
        operator's tool), so the bot answers nothing — LINE gives no reply token, and a
        push would talk over whoever holds it. What was sent is kept for staff, and words
        of crisis still alert them."""
        kind, text, content = describe_inbound(inbound, None)
        add_transcript(db, resident_id, event.id, "in", "resident", kind, text, content)
        flags = detect_crisis(inbound.text) if isinstance(inbound, TextIn) else ()
        if flags:
            alert = AlertStaff(kind="crisis", urgency="crisis", flags=flags)
            await self.effects.apply(TurnScope(db, resident_id, event.id), alert)
        event.status = "ignored"
        event.processed_at = utcnow()

    async def _answer_without_turn(
        self,
        db: AsyncSession,
        event: ReceivedEvent,
        resident_id: int,
        inbound: Inbound,
        answer: list[dict[str, Any]],
    ) -> None:
        """A message that takes no turn (a flood, or one overtaken by later answers): keep
        what the resident sent for staff, answer with `answer` (or not), move on."""
        kind, text, content = describe_inbound(inbound, None)
        add_transcript(db, resident_id, event.id, "in", "resident", kind, text, content)
        _record_out(db, resident_id, event.id, answer)
        event.outbound = answer
        event.status = "processed" if answer else "ignored"
        event.processed_at = utcnow()

    # ------------------------------------------------------------------ delivery

    async def _deliver(self, db: AsyncSession, event: ReceivedEvent) -> None:
        await self.delivery.deliver(db, event)


async def _read_with_bubbles_before(
    db: AsyncSession, resident_id: int, understanding: Understanding
) -> Understanding:
    """A crisis typed in pieces (「もう」「生きて」「いたくない」) is read across the person's
    last short messages: what the rules find only together is raised now."""
    if len(understanding.text) > BUBBLE_MAX_LETTERS:
        return understanding
    since = utcnow() - BUBBLE_WINDOW
    earlier = await messages_just_before(db, resident_id, since, BUBBLES_READ)
    raised = raised_across(earlier, understanding.text)
    if not raised:
        return understanding
    log.info("crisis read across %d messages: %s", len(earlier) + 1, ",".join(raised))
    sources = {**understanding.crisis_sources, **{flag: ("bubbles",) for flag in raised}}
    return replace(understanding, crisis=raised, crisis_sources=sources, crisis_unsure=())


def _record_out(
    db: AsyncSession,
    resident_id: int,
    event_id: int,
    messages: list[dict[str, Any]],
    visit_ref: str | None = None,
) -> None:
    for message in messages:
        text = _text_of(message)
        add_transcript(
            db, resident_id, event_id, "out", "bot", message["type"], text, message, visit_ref
        )


def _text_of(message: dict[str, Any]) -> str:
    return str(message.get("text") or message.get("altText") or "")


def sent_at_of(raw: dict[str, Any]) -> datetime | None:
    """When the person sent the event, by LINE's own timestamp (milliseconds)."""
    stamp = raw.get("timestamp")
    if not isinstance(stamp, int | float) or isinstance(stamp, bool):
        return None
    try:
        return datetime.fromtimestamp(stamp / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None

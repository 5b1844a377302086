"""Staff in the resident's chat: take over (the bot tells the resident a person joined,
then keeps quiet but for the crisis guard), reply (a push through the outbox, written in
the transcript with author "staff"), and hand back.

Each function works in the caller's transaction: the console commits. Pushes go out
from the outbox once committed (retried, with a LINE retry key per row)."""

from __future__ import annotations

from typing import Final, Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.text_messages import text_messages
from cases.casework.refusals import Refused
from cases.casework.staff_chat import (
    audit_chat,
    queue_resident_push,
    record_outgoing,
    set_staff_active,
)
from cases.casework.status import get_case, staff_answered
from cases.models import OutboxMessage, Resident
from handlers import catalog
from handlers.i18n import EASY, SOURCE, Catalogue

MAX_REPLY_CHARACTERS = 2000
TRANSLATION_UNAVAILABLE: Final = (
    "翻訳サービスから返事がありませんでした。少し待ってもう一度送るか、翻訳せずに送ってください。"
)


class RendersFromJapanese(Protocol):
    async def from_japanese(self, text: str, language: str) -> str | None: ...


def translatable(language: str | None) -> bool:
    """Whether a reply to a resident speaking `language` can be machine-translated (not
    Japanese, nor やさしい日本語, which staff write themselves)."""
    return language is not None and language not in (SOURCE, EASY)


async def _push_text(
    db: AsyncSession, case_id: int, author: str, text: str, kind: str
) -> OutboxMessage:
    case = await get_case(db, case_id)
    # What staff write comes under a line of its own (in the person's language when the
    # outbox sends it) saying a person wrote it: in LINE it looks like the bot's words.
    lead = text_messages(catalog.STAFF_WROTE) if author == "staff" else []
    messages = lead + text_messages(text)
    record_outgoing(db, case.resident_id, author, messages, case.visit_ref)
    return queue_resident_push(db, case.resident_id, messages, kind, case_id=case.id)


async def take_over(db: AsyncSession, case_id: int, actor: str) -> bool:
    """A person from the city joins the chat. False if someone already had."""
    case = await get_case(db, case_id)
    if not await set_staff_active(db, case.resident_id, True):
        return False
    await _push_text(db, case.id, "bot", catalog.STAFF_JOINED, "staff_joined")
    audit_chat(db, actor, "chat.taken_over", case.id, case.resident_id)
    staff_answered(case, actor)
    return True


async def hand_back(db: AsyncSession, case_id: int, actor: str) -> bool:
    """The person leaves; the bot answers again. False if no one had taken over."""
    case = await get_case(db, case_id)
    if not await set_staff_active(db, case.resident_id, False):
        return False
    await _push_text(db, case.id, "bot", catalog.STAFF_LEFT, "staff_left")
    audit_chat(db, actor, "chat.handed_back", case.id, case.resident_id)
    return True


def _written(text: str) -> str:
    text = text.strip()
    if not text:
        raise Refused("返信を書いてください")
    if len(text) > MAX_REPLY_CHARACTERS:
        raise Refused(f"返信は{MAX_REPLY_CHARACTERS}字までにしてください")
    return text


async def staff_reply(db: AsyncSession, case_id: int, actor: str, text: str) -> OutboxMessage:
    """Send the resident a message from staff (pushed via the outbox)."""
    text = _written(text)
    case = await get_case(db, case_id)
    message = await _push_text(db, case.id, "staff", text, "staff_reply")
    audit_chat(db, actor, "chat.staff_replied", case.id, case.resident_id)
    staff_answered(case, actor)
    return message


async def translated_staff_reply(
    db: AsyncSession,
    case_id: int,
    actor: str,
    text: str,
    translator: RendersFromJapanese,
    catalogue: Catalogue,
) -> OutboxMessage:
    """Send staff's Japanese reply machine-translated into the resident's language, with
    the Japanese under it and a line in their language saying which is which. Refused
    (nothing sent) when the resident speaks Japanese or the service does not answer."""
    text = _written(text)
    case = await get_case(db, case_id)
    language = await db.scalar(select(Resident.language).where(Resident.id == case.resident_id))
    if language is None or not translatable(language):
        raise Refused("このご相談者は日本語で話しています。翻訳せずに送ってください。")
    rendering = await translator.from_japanese(text, language)
    if not rendering or not rendering.strip():
        raise Refused(TRANSLATION_UNAVAILABLE)
    notice = catalogue.text(catalog.STAFF_MACHINE_TRANSLATED, language)
    said = f"{rendering.strip()}\n\n{notice}\n{text}"
    message = await _push_text(db, case.id, "staff", said, "staff_reply")
    audit_chat(db, actor, "chat.staff_replied", case.id, case.resident_id)
    staff_answered(case, actor)
    return message

"""The crisis answer: hotlines first, staff alerted, in every state of the conversation."""

from __future__ import annotations

from collections.abc import Sequence

from directory.hotlines import HotlineEntry, all_hotlines, crisis_hotlines
from handlers import catalog
from handlers.context import TurnContext
from handlers.effects import AlertStaff
from handlers.i18n import EASY, SOURCE
from handlers.messages import Choice, Confirm, Hotline, Hotlines, Reply, Text
from handlers.postback import payload

MAX_HOTLINES = 6
# The postback of the middle band's question (「いま、危ない状況ですか？」).
CRISIS_CHECK_ACTION = "crisis_check"


def _as_hotline(entry: HotlineEntry) -> Hotline:
    note = "24時間" if entry.is_24h else (entry.hours_text or "")
    return Hotline(name=entry.name, number=entry.number, tel_uri=entry.tel_uri, note=note)


def _spoken(ctx: TurnContext) -> str | None:
    """The resident's language when the lines that answer in it come first."""
    return None if ctx.language in (SOURCE, EASY) else ctx.language


def _crisis_lines(flags: Sequence[str], ctx: TurnContext) -> list[HotlineEntry]:
    """The numbers for the flags: 110/119, the lines in the resident's language, the rest."""
    found = crisis_hotlines(flags, ctx.prefecture, ctx.municipality, language=_spoken(ctx))
    return found[:MAX_HOTLINES]


def crisis_reply(
    flags: Sequence[str], ctx: TurnContext, model_only: Sequence[str] = ()
) -> tuple[Reply, AlertStaff]:
    """Hotlines in the order the directory gives for the flags, and an alert for staff
    (which says which flags only the model raised)."""
    lead = "\n".join(catalog.CRISIS_LEAD[flag] for flag in flags if flag in catalog.CRISIS_LEAD)
    entries = _crisis_lines(flags, ctx)
    reply = Reply(
        messages=(
            Hotlines(lead=lead, hotlines=tuple(_as_hotline(e) for e in entries)),
            Text(catalog.CRISIS_STAFF_TOLD),
        )
    )
    alert = AlertStaff(
        kind="crisis", urgency="crisis", flags=tuple(flags), model_only_flags=tuple(model_only)
    )
    return reply, alert


def crisis_check_reply(flags: Sequence[str], ctx: TurnContext) -> Reply:
    """Words that may be a danger now: the hotlines for those flags at once, and the
    question whether it is a danger now (no staff alert until the person says so)."""
    entries = _crisis_lines(flags, ctx)
    question = Confirm(
        catalog.CRISIS_CHECK_QUESTION,
        yes=Choice(catalog.CRISIS_CHECK_YES, payload(CRISIS_CHECK_ACTION, v="yes")),
        no=Choice(catalog.CRISIS_CHECK_NO, payload(CRISIS_CHECK_ACTION, v="no")),
    )
    hotlines = Hotlines(
        lead=catalog.CRISIS_CHECK_LEAD, hotlines=tuple(_as_hotline(e) for e in entries)
    )
    return Reply(messages=(hotlines, question))


def emergency_contacts(ctx: TurnContext) -> Reply:
    """「緊急のとき」 from the menu: the numbers to call, with no alert."""
    spoken = _spoken(ctx)
    entries = all_hotlines(ctx.prefecture, ctx.municipality, language=spoken)[:MAX_HOTLINES]
    return Reply(
        messages=(
            Hotlines(lead=catalog.EMERGENCY_LEAD, hotlines=tuple(_as_hotline(e) for e in entries)),
        )
    )

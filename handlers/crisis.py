"""The crisis answer: hotlines first, staff alerted, in every state of the conversation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from directory.calendar_jp import JST, is_public_holiday
from directory.hotlines import HotlineEntry, RegularHours, all_hotlines, crisis_hotlines
from directory.wording import for_residents
from handlers import catalog
from handlers.context import TurnContext
from handlers.effects import AlertStaff
from handlers.i18n import EASY, SOURCE
from handlers.messages import Choice, Confirm, Hotline, Hotlines, Reply, Text
from handlers.postback import payload
from nlu.crisis import (
    done_to_the_writer,
    fears_harming_another,
    heard_next_door,
    names_self,
    others_wish_too,
    spoken_of_another,
    takes_others_along,
)

MAX_HOTLINES = 6
# The postback of the middle band's question (「いま、危ない状況ですか？」).
CRISIS_CHECK_ACTION = "crisis_check"


# What a card says of a line to a resident who reads another language: its hours in a
# shape the catalogue translates, and whether it answers in their language.
ALL_DAY: Final = "24時間"
EVERY_DAY: Final = "毎日 {open}〜{close}"
WEEKDAYS: Final = "平日 {open}〜{close}"
HOURS_VARY: Final = "受付時間は日によって変わります"
IN_YOUR_LANGUAGE: Final = "あなたの言葉で話せます"
PRESS_KEY: Final = "音声案内のあと「{key}」を押してください"
IN_JAPANESE: Final = "日本語で話します"
# Under a line whose regular hours are over for now (「毎日16時〜21時」 at 6 a.m.).
CLOSED_NOW: Final = "いまは受付時間外です"
# 110 and 119: what a resident hears there is not in the data; nothing is claimed.
EMERGENCY_PRIORITY: Final = 1


def _as_hotline(entry: HotlineEntry, ctx: TurnContext) -> Hotline:
    spoken = _spoken(ctx)
    if spoken is None:
        note = ALL_DAY if entry.is_24h else (for_residents(entry.hours_text) or "")
    else:
        note = "\n".join(_told_in_another_language(entry, spoken))
    if entry.regular_hours is not None and not entry.is_24h and _closed(entry.regular_hours, ctx):
        note = f"{note}\n{CLOSED_NOW}" if note else CLOSED_NOW
    return Hotline(name=entry.name, number=entry.number, tel_uri=entry.tel_uri, note=note)


def _closed(hours: RegularHours, ctx: TurnContext) -> bool:
    """The line's regular hours are over at the turn's moment (in Japan's time)."""
    now = ctx.now if ctx.now.tzinfo is not None else ctx.now.replace(tzinfo=JST)
    now = now.astimezone(JST)
    if not hours.every_day and (now.weekday() >= 5 or is_public_holiday(now.date())):
        return True
    return not hours.open <= now.strftime("%H:%M") < hours.close


def _told_in_another_language(entry: HotlineEntry, language: str) -> list[str]:
    """The Japanese hours text is of no use to someone who reads another language: the
    hours in a shape of the catalogue (or that they vary), then the language spoken."""
    hours = entry.regular_hours
    if entry.is_24h:
        lines = [ALL_DAY]
    elif hours is not None:
        shape = EVERY_DAY if hours.every_day else WEEKDAYS
        lines = [shape.format(open=hours.open, close=hours.close)]
    else:
        lines = [HOURS_VARY]
    if language in entry.languages:
        lines.append(IN_YOUR_LANGUAGE)
        if entry.language_key:
            lines.append(PRESS_KEY.format(key=entry.language_key))
    elif entry.display_priority != EMERGENCY_PRIORITY:
        lines.append(IN_JAPANESE)
    return lines


def _spoken(ctx: TurnContext) -> str | None:
    """The resident's language when the lines that answer in it come first."""
    return None if ctx.language in (SOURCE, EASY) else ctx.language


def _crisis_lines(flags: Sequence[str], ctx: TurnContext) -> list[HotlineEntry]:
    """The numbers for the flags: 110/119, the lines in the resident's language, the rest."""
    found = crisis_hotlines(flags, ctx.prefecture, ctx.municipality, language=_spoken(ctx))
    return found[:MAX_HOTLINES]


def _lead(flag: str, said: str, ctx: TurnContext, for_another: bool) -> str:
    """The words before the hotlines for one flag; a wish to die is answered as the
    writer's own, as one that takes another along, or as another's told by a relative,
    a neighbour or a 民生委員 (whatever a registered one writes, unless of themselves)."""
    if flag == "violence" and takes_others_along(said):
        return ""  # the words for both lives (the suicide lead) say it; not 「身の安全を」
    if flag == "violence" and fears_harming_another(said):
        return catalog.CRISIS_LEAD_MAY_HARM
    if flag != "suicide":
        return catalog.CRISIS_LEAD[flag]
    if takes_others_along(said):
        return catalog.CRISIS_LEAD_TAKING_OTHERS
    # A registered 民生委員 writes of the people they visit (「もう死にたい」 in a visit
    # note is the person's), unless they speak of themselves (「私ももう死にたいです」).
    if spoken_of_another(said) or (ctx.helper is not None and not names_self(said)):
        return catalog.CRISIS_LEAD_FOR_ANOTHER
    # A relative's or neighbour's words with no one named: the person they write about,
    # or themselves (a carer worn out) — both lives are spoken of.
    unnamed = for_another and not names_self(said)
    if others_wish_too(said) or unnamed:  # the writer's life, and the one they tell of
        return f"{catalog.CRISIS_LEAD[flag]}\n{catalog.CRISIS_LEAD_FOR_ANOTHER}"
    return catalog.CRISIS_LEAD[flag]


def crisis_reply(
    flags: Sequence[str],
    ctx: TurnContext,
    model_only: Sequence[str] = (),
    said: str = "",
    for_another: bool = False,
) -> tuple[Reply, AlertStaff]:
    """Hotlines in the order the directory gives for the flags, and an alert for staff
    (which says which flags only the model raised). `said` is the message, for whose life
    the lead speaks of; `for_another`, that the writer said they write about someone else
    (a relative, a neighbour): their words of crisis are that person's unless they name
    themselves."""
    leads = (_lead(flag, said, ctx, for_another) for flag in flags if flag in catalog.CRISIS_LEAD)
    lead = "\n".join(line for line in leads if line)
    card = _crisis_card(
        lead,
        flags,
        ctx,
        for_one_who_may_harm=fears_harming_another(said),
        # 「すぐに119番か110番へ」 for another's life: both numbers are buttons.
        police_too=catalog.CRISIS_LEAD_FOR_ANOTHER in lead,
    )
    reply = Reply(messages=(card, Text(catalog.CRISIS_STAFF_TOLD)))
    alert = AlertStaff(
        kind="crisis",
        urgency="crisis",
        flags=tuple(flags),
        model_only_flags=tuple(model_only),
        danger_to_another=_danger_to_another(said, ctx, for_another),
        danger_to_writer_too=takes_others_along(said) or others_wish_too(said),
    )
    return reply, alert


def _danger_to_another(said: str, ctx: TurnContext, for_another: bool) -> bool:
    """The message tells of someone else's danger: of another's wish or plight, a life taken
    along, a 民生委員's note of the person they visit, or a relative's words about them."""
    if done_to_the_writer(said) and not takes_others_along(said):
        return False  # 「夫が…物を投げてくる」: the writer is the one in danger
    return (
        spoken_of_another(said)
        or heard_next_door(said)
        or takes_others_along(said)
        or others_wish_too(said)
        or ((ctx.helper is not None or for_another) and not names_self(said))
    )


# A farewell written alone (「さようなら」「ありがとう。さよなら」「ばいばい」).
_FAREWELL: Final = re.compile(
    r"^((みなさん|皆さん|今まで|いままで)?(本当に|ほんとうに|ほんと)?(ありがとう(ございました)?|お世話になりました)[、。,.!！\s]*)?"
    r"(さようなら|さよなら|さいなら|さよおなら|ばいばい|バイバイ|じゃあね|さらば|お元気で|おげんきで)"
    r"[。.!！…・〜ー~\s]*$"
)


def says_farewell(text: str) -> bool:
    """Whether the message is a farewell and nothing else."""
    return _FAREWELL.match(unicodedata.normalize("NFKC", text).strip()) is not None


def crisis_check_reply(flags: Sequence[str], ctx: TurnContext, hotlines: bool = True) -> Reply:
    """Words that may be a danger now: the hotlines for those flags at once, and the
    question whether it is a danger now (no staff alert until the person says so).
    Without `hotlines` (a story the bot cannot read, with no sign in it), the question
    alone, after a line that says why it is asked."""
    if not hotlines:
        return Reply(messages=(Text(catalog.CRISIS_CHECK_FIRST), _crisis_check_question(flags)))
    lines = _crisis_card(catalog.CRISIS_CHECK_LEAD, flags, ctx)
    return Reply(messages=(lines, _crisis_check_question(flags)))


def crisis_check_again(flags: Sequence[str]) -> Reply:
    """The question once more, after words that said neither yes nor no (the hotlines were
    just sent)."""
    return Reply(messages=(Text(catalog.CRISIS_CHECK_AGAIN), _crisis_check_question(flags)))


def crisis_check_unanswered(flags: Sequence[str], ctx: TurnContext) -> tuple[Reply, AlertStaff]:
    """Asked twice, answered neither time in words the bot can read: the hotlines again,
    and staff told — the flags marked as unconfirmed, as the model's alone are."""
    hotlines = _crisis_card(catalog.CRISIS_CHECK_UNANSWERED, flags, ctx)
    alert = AlertStaff(
        kind="crisis", urgency="crisis", flags=tuple(flags), model_only_flags=tuple(flags)
    )
    return Reply(messages=(hotlines,)), alert


def _crisis_card(
    lead: str,
    flags: Sequence[str],
    ctx: TurnContext,
    for_one_who_may_harm: bool = False,
    police_too: bool = False,
) -> Hotlines:
    """The hotlines for `flags`, in the order the directory gives, under `lead`. For a
    writer who fears they may harm someone (a carer at the limit), not the lines for
    those harmed (DV): 110 and the lines that hear any worry stay. `police_too`: 110
    beside 119 when the flags do not bring it (a relative told of another's wish)."""
    entries = _crisis_lines(flags, ctx)
    if police_too:
        entries = _with_police(entries, ctx)
    if for_one_who_may_harm:
        entries = [e for e in entries if _hears_anyone(e)]
    return Hotlines(lead=lead, hotlines=tuple(_as_hotline(e, ctx) for e in entries))


def _with_police(entries: list[HotlineEntry], ctx: TurnContext) -> list[HotlineEntry]:
    """110 after the emergency numbers already there, when it is not among them."""
    police = [
        e for e in _crisis_lines(("violence",), ctx) if e.display_priority == EMERGENCY_PRIORITY
    ]
    if not police or any(e.number == police[0].number for e in entries):
        return entries
    first = sum(1 for e in entries if e.display_priority == EMERGENCY_PRIORITY)
    return [*entries[:first], police[0], *entries[first:]][:MAX_HOTLINES]


def _hears_anyone(entry: HotlineEntry) -> bool:
    return entry.display_priority == EMERGENCY_PRIORITY or entry.categories != ("abuse",)


def _crisis_check_question(flags: Sequence[str]) -> Confirm:
    """「いま、危ない状況ですか？」. The yes carries the flags asked about: tapped later,
    after the question was answered or left, it still brings their lines and an alert."""
    yes = payload(CRISIS_CHECK_ACTION, v="yes", f=",".join(flags))
    return Confirm(
        catalog.CRISIS_CHECK_QUESTION,
        yes=Choice(catalog.CRISIS_CHECK_YES, yes),
        no=Choice(catalog.CRISIS_CHECK_NO, payload(CRISIS_CHECK_ACTION, v="no")),
    )


def hotlines_while_waiting(flags: Sequence[str], ctx: TurnContext) -> Hotlines:
    """The lines for a crisis told earlier in the conversation, for someone now waiting
    for a person: 「念のため、いますぐ話せる窓口です」."""
    return _crisis_card(catalog.CRISIS_CHECK_LEAD, flags, ctx)


def emergency_contacts(ctx: TurnContext) -> Reply:
    """「緊急のとき」 from the menu: the numbers to call, with no alert."""
    spoken = _spoken(ctx)
    entries = all_hotlines(ctx.prefecture, ctx.municipality, language=spoken)[:MAX_HOTLINES]
    return Reply(
        messages=(
            Hotlines(
                lead=catalog.EMERGENCY_LEAD, hotlines=tuple(_as_hotline(e, ctx) for e in entries)
            ),
        )
    )

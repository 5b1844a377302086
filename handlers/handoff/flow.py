"""After the つなぐシート: the suggested agencies, the consent question, and the hand-off.

Steps: `start` (entered from intake) shows the agencies and asks; `consent` takes the
answer. Given → the consent is recorded, a case opens and is shared with the named
agencies, staff are notified, and the person is told what happens next and when.
Declined → the contacts, and nothing is shared."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from handlers.context import Outcome, TurnContext
from handlers.effects import OpenCase, RecordConsent
from handlers.handoff import wording
from handlers.handoff.consent_text import (
    AGREE_LABEL,
    DATA_SCOPE,
    DECLINE_LABEL,
    PURPOSE,
    ConsentText,
    consent_text,
    in_language,
)
from handlers.handoff.next_steps import what_happens_next
from handlers.handoff.suggestions import Suggester, Suggestions
from handlers.menu import MAIN_MENU
from handlers.messages import Buttons, Choice, Inbound, PostbackIn, Reply, Text, TextIn
from handlers.postback import payload
from handlers.session import Session
from handlers.sheet import ConfirmedSheet
from nlu.types import Understanding

NAME = "handoff"
AGREE = Choice(AGREE_LABEL, payload("consent", v="yes"))
DECLINE = Choice(DECLINE_LABEL, payload("consent", v="no"))
YES_WORDS = ("同意します", "同意する", "はい", "同意", "つないでください", AGREE_LABEL)
NO_WORDS = ("同意しない", "同意しません", "いいえ", "やめておきます", DECLINE_LABEL)


# The sheet whose sharing was declined: its 「同意して相談をつなぐ」 still answers.
DECLINED: Final = "consent_declined"


class ConsentAfterAll:
    """「同意して相談をつなぐ」 tapped after 「同意しない」 (or 「やっぱり同意します」): the
    person changed their mind, and the sheet they declined to share is shared as they
    now agree — not a blank sheet to fill in again (the seventeenth tester's)."""

    while_staff_active = False

    def answer(
        self,
        conversation: Any,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        declined = session.data.get(DECLINED)
        held = ConfirmedSheet.from_session(session.data).sheet_ref
        if session.flow != "idle" or not declined or declined != held:
            return None
        if ctx.case is not None or not _agrees_after_all(message):
            return None
        handoff = conversation.flows.get(NAME)
        if handoff is None:
            return None
        agreed = PostbackIn(AGREE.data) if isinstance(message, TextIn) else message
        answer: Outcome = handoff.handle(session.at(NAME, "consent"), agreed, understanding, ctx)
        return answer


# 「やっぱり同意します」「やっぱりつないでください」: the consent given after all, in words.
_AFTER_ALL: Final = re.compile(
    r"^(やっぱり|やはり|やっぱ)[、,\s]*(同意|つないで|相談をつないで|共有して|相談(したい|します|する))"
)


def _agrees_after_all(message: Inbound) -> bool:
    if isinstance(message, PostbackIn):
        return message.tap.is_("consent") and message.tap.value == "yes"
    return isinstance(message, TextIn) and _AFTER_ALL.match(message.text.strip()) is not None


class HandoffFlow:
    name = NAME

    def __init__(self, suggest: Suggester) -> None:
        self.suggest = suggest

    def _prepare(self, session: Session, ctx: TurnContext) -> tuple[ConfirmedSheet, Suggestions]:
        sheet = ConfirmedSheet.from_session(session.data)
        return sheet, self.suggest(sheet, ctx)

    def _question(self, text: ConsentText) -> Reply:
        ask = Buttons(
            text="相談先に、この内容を共有してよいですか。",
            buttons=(AGREE, DECLINE),
            alt_text="共有してよいですか",
        )
        return Reply((Text(text.text), ask), quick_replies=(AGREE, DECLINE))

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        sheet, found = self._prepare(session, ctx)
        text = asked(sheet, found, ctx)
        lead = Reply((Text(wording.SUGGESTIONS_LEAD if found.cards else wording.NO_SUGGESTIONS),))
        cards = Reply((found.cards,)) if found.cards else Reply()
        return Outcome(session.at(NAME, "consent"), lead + cards + self._question(text))

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        sheet, found = self._prepare(session, ctx)
        text = asked(sheet, found, ctx)
        return Outcome(session, self._question(text))

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        if session.step != "consent":
            return self.start(session, ctx)
        answer = _answer(message, understanding)
        if answer is None:
            again = self.prompt(session.missed(), ctx)
            return Outcome(again.session, Reply((Text(wording.ASK_AGAIN),)) + again.reply)
        sheet, found = self._prepare(session, ctx)
        text = asked(sheet, found, ctx)
        decision = consent_decision(sheet, found, text, answer)
        done = session.at("idle", None).without(DECLINED)
        if not answer:
            contacts = Reply((found.cards,)) if found.cards else Reply()
            said = wording.DECLINED if found.cards else wording.DECLINED_NO_CONTACTS
            reply = Reply((Text(said),)) + contacts + offer(found) + Reply(quick_replies=MAIN_MENU)
            declined = done.with_data(**{DECLINED: sheet.sheet_ref})
            return Outcome(declined, reply, (decision,))
        case = replace(case_to_open(sheet, found), checkin_days=ctx.checkin_days)
        next_text = what_happens_next(ctx.now, sheet.urgency, found.hours)
        # `bot/` adds the 受付番号 once the case is open, with the buttons (after.py), and
        # then the optional question of a check-in after some days (checkin.py).
        reply = Reply((Text(sent_words(sheet)), Text(next_text + "\n" + wording.CHANGE_MIND)))
        return Outcome(done, reply + offer(found), (decision, case))


def offer(found: Suggestions) -> Reply:
    """The places to belong for a person who is isolated, as one message: an offer
    (「よかったら、こんな場所もあります」), not a referral; nothing is shared with them."""
    if not found.places:
        return Reply()
    lines = [wording.PLACES_LEAD]
    for place in found.places:
        line = wording.PLACE_LINE.format(
            name=place.name, kind=place.kind, description=place.description
        )
        lines.append(line + (wording.PLACE_ASK.format(ask=place.ask) if place.ask else ""))
    lines.append(wording.PLACES_NOT_SHARED)
    return Reply((Text("\n".join(lines)),))


def asked(sheet: ConfirmedSheet, found: Suggestions, ctx: TurnContext) -> ConsentText:
    """The consent question for this writer, in their language: someone other than the
    person is told that their yes waits for the person's own."""
    names = [g.name for g in found.grantees]
    text = consent_text(names, sheet.for_someone_else, not_the_person=sheet.grantor != "self")
    return in_language(text, ctx.language, ctx.catalogue)


def sent_words(sheet: ConfirmedSheet) -> str:
    """The thanks after a yes: the person's yes shares; anyone else's waits for theirs."""
    return wording.SENT if sheet.grantor == "self" else wording.SENT_FOR_SOMEONE_ELSE


def consent_decision(
    sheet: ConfirmedSheet,
    found: Suggestions,
    text: ConsentText,
    given: bool,
    grantor: str | None = None,
    subject: str | None = None,
    channel: str = "line",
) -> RecordConsent:
    """The consent effect for the sheet: given or declined, naming the suggested agencies
    and the exact text shown. Visit mode sets who decided (`grantor`), for whom and how."""
    return RecordConsent(
        status="active" if given else "rejected",
        agencies=found.grantees,
        purpose=PURPOSE,
        data_scope=DATA_SCOPE,
        text_version=text.version,
        text_hash=text.sha256,
        sheet_ref=sheet.sheet_ref,
        grantor=grantor or sheet.grantor,
        subject=subject or sheet.subject,
        channel=channel,
        language=text.language,
    )


def case_to_open(sheet: ConfirmedSheet, found: Suggestions) -> OpenCase:
    """The hand-off of the sheet to the city, shared with the suggested agencies."""
    return OpenCase(
        urgency=sheet.urgency,  # type: ignore[arg-type]
        categories=sheet.categories,
        primary=sheet.primary,
        agencies=found.grantees,
        is_complex=sheet.is_complex,
        crisis_flags=sheet.crisis_flags,
        ward=sheet.ward,
        consulted_for="other" if sheet.for_someone_else else "self",
        consulter=sheet.subject if sheet.for_someone_else else "self",
        sheet_ref=sheet.sheet_ref,
    )


# 「ようわからんけど」「よくわからないけど、はい」: a yes to what was not understood.
_NOT_UNDERSTOOD: Final = re.compile(
    r"(わから|分から|わかん|解ら|判ら|わがら)(ん|ない|へん|ひん|ねえ|ね|ず)|理解(でき|出来)(ない|ん|へん)"
    r"|(意味|いみ)が?(不明|ふめい|わから)"
)


# A relative telling that the person, beside them, agrees to the sharing.
_PERSON_SAYS_YES: Final = re.compile(
    r"(本人|母|父|祖母|祖父|夫|妻|主人|おふくろ|親父|おやじ|ばあちゃん|じいちゃん)(さん)?(本人)?(も|が|は)"
    r"[^。]{0,16}(共有|つない|相談|お願い|おねがい)?[^。]{0,8}(して)?(よい|いい|ええ|かまわない|構わない|大丈夫)"
    r"(と|って)(言|い)(って|う|っとる|うとる|ってる)"
)


def _answer(message: Inbound, understanding: Understanding | None) -> bool | None:
    if isinstance(message, PostbackIn):
        if message.tap.is_("consent"):
            return {"yes": True, "no": False}.get(message.tap.value or "")
        return None
    if isinstance(message, TextIn):
        text = message.text.strip()
        if text in NO_WORDS:
            return False
        if text in YES_WORDS:
            return True
        if _NOT_UNDERSTOOD.search(text.replace(" ", "").replace("　", "")):
            return None  # 「ようわからんけど ええよ」 is no consent: what is shared is told again
        if _PERSON_SAYS_YES.search(text.replace(" ", "").replace("　", "")):
            # 「母本人も横にいて、共有してよいと言っています」: the writer's yes, and the
            # person's word, which staff confirm with them (the answer says so).
            return True
        act = understanding.act if understanding else None
        return {"yes": True, "no": False}.get(act or "")
    return None

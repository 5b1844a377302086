"""The commands of visit mode, typed or tapped (buttons, the 民生委員's rich menu):
「民生委員登録 CODE」, 「訪問相談を始める」, 「訪問記録」, 「続きの訪問」, and the buttons of
a visit waiting for the resident's consent."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from handlers.messages import Choice, Inbound, PostbackIn, TextIn
from handlers.postback import payload
from handlers.visit import wording as say

ACTION = "visit"
REGISTER = re.compile(rf"^{say.REGISTER_WORD}\s*[:：]?\s*(.*)$", re.DOTALL)

START = Choice("訪問相談を始める", payload(ACTION, v="start"))
VISITS = Choice("訪問記録", payload(ACTION, v="list"))
SWITCH = Choice("続きの訪問", payload(ACTION, v="switch"))
HELPER_MENU: tuple[Choice, ...] = (START, VISITS, SWITCH)


@dataclass(frozen=True, slots=True)
class Command:
    """`verb`: register | start | list | switch | resume | verbal | reissue;
    `arg`: the code typed, or the sheet ref a button is about."""

    verb: str
    arg: str = ""


DASHES: Final = re.compile("[ー‐‑‒–—―−〜~]")


def registration_code(text: str) -> str | None:
    """The code of 「民生委員登録 CODE」 (全角 and spaces tolerated); "" when it is missing;
    None when the text is not a registration."""
    folded = unicodedata.normalize("NFKC", text).strip()
    found = REGISTER.match(folded)
    # 「ＸＥＴ８ーＱＧＨＣ」: the long vowel mark or another dash a keyboard gives for 「-」.
    return DASHES.sub("-", found.group(1).strip()) if found else None


def command_of(message: Inbound) -> Command | None:
    if isinstance(message, PostbackIn):
        tap = message.tap
        if not tap.is_(ACTION) or not tap.value:
            return None
        return Command(tap.value, tap.get("ref") or "")
    if not isinstance(message, TextIn):
        return None
    code = registration_code(message.text)
    if code is not None:
        return Command("register", code)
    text = unicodedata.normalize("NFKC", message.text).strip()
    for verb, words in (
        ("start", say.START_WORDS),
        ("list", say.LIST_WORDS),
        ("switch", say.SWITCH_WORDS),
    ):
        if text in words:
            return Command(verb)
    return None


def about_visit(verb: str, ref: str, label: str) -> Choice:
    """A button that acts on one visit (resume it, or finish its consent)."""
    return Choice(label[:20], payload(ACTION, v=verb, ref=ref))

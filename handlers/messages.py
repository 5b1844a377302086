"""Abstract messages: what a resident sends in, and what the conversation says back.

Handlers speak only these types. `bot/` turns LINE webhook events into `Inbound`
values and renders `Outbound` values into LINE messages (quick replies, templates,
Flex cards) within LINE's limits.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

from handlers.postback import NO_TAP, Tap
from nlu.extract.dates import era_date_text

# ---------------------------------------------------------------- inbound


@dataclass(frozen=True, slots=True)
class TextIn:
    text: str


@dataclass(frozen=True, slots=True)
class PostbackIn:
    """A tapped button. `data` is the payload we put on the button; `params` carries a
    date/time picker's answer (`date`, `time` or `datetime`)."""

    data: str
    params: dict[str, str] = field(default_factory=dict)
    # `data` read once (`handlers/postback.py`).
    tap: Tap = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tap", Tap.read(self.data))


MediaKind = Literal["sticker", "image", "video", "audio", "file", "location", "other"]


@dataclass(frozen=True, slots=True)
class MediaIn:
    """A sticker, photo, video, audio clip, file or location. A photo or file carries
    LINE's `message_id` (its content is fetched by that id); a location its coordinates
    and the address LINE's map gave it."""

    kind: MediaKind
    detail: str = ""
    message_id: str = ""
    latitude: float | None = None
    longitude: float | None = None
    address: str = ""


@dataclass(frozen=True, slots=True)
class FollowIn:
    """The resident added (or unblocked) the account."""


Inbound = TextIn | PostbackIn | MediaIn | FollowIn


def tap_of(message: Inbound) -> Tap:
    """The button a message is a tap of, read; `NO_TAP` for anything else."""
    return message.tap if isinstance(message, PostbackIn) else NO_TAP


# ---------------------------------------------------------------- outbound


@dataclass(frozen=True, slots=True)
class Choice:
    """A button the person can tap. Sent back to us as a postback with `data`; the chat
    shows `label` (or `display`) as if they had typed it."""

    label: str
    data: str
    display: str | None = None


@dataclass(frozen=True, slots=True)
class DateChoice:
    """A button that opens LINE's date picker; the picked date comes back as
    `PostbackIn(data, params={"date": "YYYY-MM-DD"})`."""

    label: str
    data: str
    initial: str | None = None
    min: str | None = None
    max: str | None = None


@dataclass(frozen=True, slots=True)
class LinkChoice:
    """A button that opens a web page (consent page, map)."""

    label: str
    uri: str


@dataclass(frozen=True, slots=True)
class LocationChoice:
    """A quick reply that opens LINE's map to send a location (quick replies only). What
    comes back is a location message (`MediaIn`), never a postback: `data` stays empty."""

    label: str
    data: str = ""


QuickReply = Choice | DateChoice | LocationChoice


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Buttons:
    """A short text with up to four buttons under it (LINE buttons template)."""

    text: str
    buttons: tuple[Choice | DateChoice | LinkChoice, ...]
    title: str | None = None
    alt_text: str | None = None


@dataclass(frozen=True, slots=True)
class Confirm:
    """A yes/no question with two buttons (LINE confirm template)."""

    text: str
    yes: Choice
    no: Choice


@dataclass(frozen=True, slots=True)
class Hotline:
    name: str
    number: str
    tel_uri: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Hotlines:
    """The crisis answer: a short lead and one tap-to-call button per number."""

    lead: str
    hotlines: tuple[Hotline, ...]


@dataclass(frozen=True, slots=True)
class AgencyCard:
    """One agency as a card: missing data is already worded helpfully by the caller."""

    agency_id: str
    name: str
    helps_with: str
    hours: str
    open_now: bool | None
    reason: str
    phone: str | None = None
    tel_uri: str | None = None
    phone_note: str | None = None
    address: str | None = None
    map_uri: str | None = None
    url: str | None = None
    choice: Choice | None = None
    status: str = ""  # whether it is open now, in words (「受付中」)


@dataclass(frozen=True, slots=True)
class AgencyCards:
    """A carousel of agency cards; `alt_text` leads its plain-text alternative."""

    alt_text: str
    cards: tuple[AgencyCard, ...]

    @property
    def in_words(self) -> str:
        """The carousel as text (LINE's alt text), in the cards' language: the lead, then
        each agency's name, whether it is open, and its phone."""
        lines = [self.alt_text]
        for rank, card in enumerate(self.cards, start=1):
            contact = " ".join(part for part in (card.phone, card.phone_note) if part)
            status = _in_brackets(card.status) if card.status else ""
            lines.append(
                " ".join(part for part in (f"{rank}. {card.name}{status}", contact) if part)
            )
        return "\n".join(lines)


def _in_brackets(words: str) -> str:
    wide = any(unicodedata.east_asian_width(letter) in "WF" for letter in words)
    return f"（{words}）" if wide else f" ({words})"


@dataclass(frozen=True, slots=True)
class AsWritten:
    """Words a person gave (a name, an address, their story): the same in every language."""

    text: str

    @property
    def shown(self) -> str:
        """As written, without the marks that turn text around (U+202E…): cut short in a
        notification, one left open would turn the rest of it."""
        return self.text.translate(DIRECTION_MARKS)


# The marks that turn text around (U+202A–202E, U+2066–2069): dropped wherever what a
# person wrote is shown back (the summary on LINE, every console page).
DIRECTION_MARKS: Final = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# Those, and the control characters a keyboard does not type (a bell, an escape; not a
# line break or a tab): dropped where staff read what a person wrote (console, PDF).
UNSHOWN_MARKS: Final = {
    **DIRECTION_MARKS,
    **dict.fromkeys(c for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c not in (9, 10, 13)),
}


@dataclass(frozen=True, slots=True)
class Day:
    """A date: 和暦 in Japanese, as the reader's language writes dates elsewhere."""

    value: date


# A piece of a value: a `str` is the bot's own words (a sentence of the catalogue).
Piece = str | AsWritten | Day


@dataclass(frozen=True, slots=True)
class Value:
    """What a summary row shows: its pieces one after the other, `between` them."""

    pieces: tuple[Piece, ...] = ()
    between: str = " "

    @classmethod
    def written(cls, text: str) -> Value:
        return cls((AsWritten(text),))

    @property
    def shown(self) -> str:
        """In Japanese (the pieces of a translated value are already theirs)."""
        return self.between.join(text for text in map(_in_japanese, self.pieces) if text)


def _in_japanese(piece: Piece) -> str:
    if isinstance(piece, AsWritten):
        return piece.shown
    if isinstance(piece, Day):
        return era_date_text(piece.value)
    return piece


@dataclass(frozen=True, slots=True)
class SheetSummary:
    """The つなぐシート as a card: one row per answer, each with a button to change it."""

    title: str
    rows: tuple[tuple[str, Value, Choice | None], ...]
    alt_text: str  # the lead of what LINE shows where the card is not drawn

    @property
    def in_words(self) -> str:
        """The card as LINE shows it where it is not drawn (a notification, a watch): the
        lead, then each row's label and value, in the card's language."""
        rows = (f"{label}{_colon_after(label)}{value.shown}" for label, value, _ in self.rows)
        return "\n".join((self.alt_text, *rows))


def _colon_after(label: str) -> str:
    """「：」 after a label in Japanese or Chinese letters, ": " after one in Latin."""
    wide = any(unicodedata.east_asian_width(letter) in "WF" for letter in label)
    return "：" if wide else ": "


@dataclass(frozen=True, slots=True)
class ChoiceGrid:
    """A question with more choices than fit in the quick-reply bar (LINE shows 13 and
    the bar also needs 「戻る」): a card with a button for each, which stays in the chat."""

    text: str
    choices: tuple[Choice, ...]


Outbound = Text | Buttons | Confirm | Hotlines | AgencyCards | SheetSummary | ChoiceGrid


@dataclass(frozen=True, slots=True)
class Reply:
    """What one turn says back: messages in order, and the quick replies shown under
    the last one."""

    messages: tuple[Outbound, ...] = ()
    quick_replies: tuple[QuickReply, ...] = ()

    def __add__(self, other: Reply) -> Reply:
        return Reply(self.messages + other.messages, other.quick_replies or self.quick_replies)

"""Whether a webhook event is shaped as LINE sends them, before it is recorded: typed
models of the fields tsunagu reads (the rest of LINE's event is kept as it came).

LINE's events always have a short `type`, an ASCII `webhookEventId`, a `source` naming a
user, group or room by an ASCII id, an integer `timestamp`, and — when they carry them —
a message with a `type` (and the `text` of a text message) and a postback with its
`data`. An event that has not (a forged or broken body that still carries a valid
signature) is set aside at the door: recording it as a turn would fail on every
redelivery, or leave a turn that can never be answered. It is recorded as rejected for
staff to see, and the events beside it go on."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)

# What LINE allows a person to send in one text message is 5,000 characters; twice that
# is room enough, and keeps a megabyte of text away from the conversation.
MAX_TEXT = 10_000
LineId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
KindName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{1,40}$")]
Short = Annotated[str, StringConstraints(max_length=256)]
# Milliseconds since 1970, as LINE stamps events (and as far as a float counts exactly).
Milliseconds = Annotated[int, Field(ge=0, le=2**53)]
LINE_ID: TypeAdapter[str] = TypeAdapter(LineId, config=ConfigDict(strict=True))
KIND: TypeAdapter[str] = TypeAdapter(KindName, config=ConfigDict(strict=True))


class LineShape(BaseModel):
    """Strict types (no "1" for 1), LINE's own fields beyond these kept."""

    model_config = ConfigDict(extra="allow", strict=True)


class Source(LineShape):
    type: Literal["user", "group", "room"]
    userId: LineId | None = None
    groupId: LineId | None = None
    roomId: LineId | None = None


class MessageContent(LineShape):
    type: KindName
    id: Short | None = None
    text: Annotated[str, StringConstraints(max_length=MAX_TEXT)] | None = None

    @model_validator(mode="after")
    def _text_has_text(self) -> MessageContent:
        if self.type == "text" and self.text is None:
            raise ValueError("a text message without text")
        return self


class Postback(LineShape):
    data: Annotated[str, StringConstraints(max_length=1_000)]
    params: dict[str, Short] | None = None


class DeliveryContext(LineShape):
    isRedelivery: bool | None = None


# The events LINE sends for something a person did in a chat (webhook.yml).
PERSONS_EVENTS = frozenset(
    {
        "message", "follow", "unfollow", "postback", "join", "leave", "memberJoined",
        "memberLeft", "beacon", "accountLink", "things", "videoPlayComplete", "unsend",
    }
)  # fmt: skip


class WebhookEvent(LineShape):
    type: KindName
    webhookEventId: LineId | None = None
    source: Source | None = None  # LINE sends a few kinds of event without a source
    timestamp: Milliseconds | None = None
    replyToken: Short | None = None
    mode: Short | None = None
    message: MessageContent | None = None
    postback: Postback | None = None
    deliveryContext: DeliveryContext | None = None

    @model_validator(mode="after")
    def _carries_what_its_type_says(self) -> WebhookEvent:
        # What a person does always says who they are (webhook.yml: every such event
        # carries its `source`); one without is set aside, not answered to nobody.
        if self.type in PERSONS_EVENTS and self.source is None:
            raise ValueError("an event of a person without its source")
        # A message event with no message, or a postback with no data, is no one's words:
        # set aside for staff, never taken as a sticker or an empty tap.
        if self.type == "message" and self.message is None:
            raise ValueError("a message event without its message")
        if self.type == "postback" and self.postback is None:
            raise ValueError("a postback event without its postback")
        return self


FIELD_NAMES = frozenset(
    name
    for model in (WebhookEvent, Source, MessageContent, Postback, DeliveryContext)
    for name in model.model_fields
)


def shape_problem(raw: Any) -> str | None:
    """None for a well-formed event; else what is wrong with it, in words that quote
    nothing from the event (field names of the models above and pydantic's error kinds:
    they go to the log and the console)."""
    if not isinstance(raw, dict):
        return "event: not an object"
    try:
        WebhookEvent.model_validate(raw)
    except ValidationError as error:
        first = error.errors(include_url=False, include_input=False, include_context=False)[0]
        where = ".".join(
            part if isinstance(part, str) and part in FIELD_NAMES else "…"
            for part in first["loc"]
            if not isinstance(part, str) or not part.startswith(("function-", "literal["))
        )
        return f"{where or 'event'}: {first['type']}"
    return None


def usable_source(raw: dict[str, Any]) -> bool:
    """Whether the event names its sender as LINE does (so a rejected event can still be
    filed under them, and erased with their data)."""
    try:
        Source.model_validate(raw.get("source"))
    except ValidationError:
        return False
    return True


def usable_kind(raw: dict[str, Any]) -> str:
    """The event's type when it is one LINE could send, else "unknown"."""
    return _valid(KIND, raw.get("type")) or "unknown"


def usable_event_id(raw: dict[str, Any]) -> str | None:
    """The event's `webhookEventId` when it is one LINE could send."""
    return _valid(LINE_ID, raw.get("webhookEventId"))


def _valid(adapter: TypeAdapter[str], value: Any) -> str | None:
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return None

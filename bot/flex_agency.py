"""Agency cards as a LINE Flex carousel: name, what they help with, hours with an
open-now badge, the reason, a tap-to-call button, a map link; never an empty text."""

from __future__ import annotations

from typing import Any

from linebot.v3.messaging import (
    FlexBox,
    FlexBubble,
    FlexButton,
    FlexCarousel,
    FlexMessage,
    FlexSeparator,
    FlexText,
    PostbackAction,
    URIAction,
)

from bot import limits
from handlers.messages import AgencyCard, AgencyCards

NO_PHONE = "市役所の窓口でおたずねください"
NO_HOURS = "受付時間はお問い合わせください"
BADGES: dict[bool | None, tuple[str, str]] = {
    True: ("受付中", "#1E8E3E"),
    False: ("時間外", "#6B6B6B"),
    None: ("受付時間を確認中", "#8A6D00"),
}
MUTED = "#555555"


def _text(value: str | None, fallback: str, **style: Any) -> FlexText:
    shown = value.strip() if value and value.strip() else fallback
    return FlexText(text=shown, wrap=True, **style)


def _badge(open_now: bool | None) -> FlexBox:
    label, color = BADGES[open_now]
    return FlexBox(
        layout="baseline",
        contents=[FlexText(text=label, size="xs", color="#FFFFFF", weight="bold", flex=0)],
        background_color=color,
        corner_radius="md",
        padding_all="4px",
        padding_start="8px",
        padding_end="8px",
        margin="sm",
    )


def _labelled(label: str, value: FlexText) -> FlexBox:
    return FlexBox(
        layout="vertical",
        margin="md",
        contents=[FlexText(text=label, size="xs", color="#888888"), value],
    )


def _footer(card: AgencyCard) -> FlexBox | None:
    buttons: list[Any] = []
    if card.tel_uri:
        call = limits.clip(f"電話する {card.phone or ''}".strip(), limits.MAX_ACTION_LABEL)
        buttons.append(
            FlexButton(style="primary", height="sm", action=URIAction(label=call, uri=card.tel_uri))
        )
    if card.map_uri:
        buttons.append(
            FlexButton(
                style="secondary",
                height="sm",
                action=URIAction(label="地図を見る", uri=card.map_uri),
            )
        )
    if card.url:
        buttons.append(
            FlexButton(style="link", height="sm", action=URIAction(label="くわしく", uri=card.url))
        )
    if card.choice:
        choice = card.choice
        buttons.append(
            FlexButton(
                style="link",
                height="sm",
                action=PostbackAction(
                    label=limits.clip(choice.label, limits.MAX_ACTION_LABEL),
                    data=choice.data[: limits.MAX_POSTBACK_DATA],
                    display_text=choice.display or choice.label,
                ),
            )
        )
    if not buttons:
        return None
    return FlexBox(layout="vertical", spacing="sm", contents=buttons)


def agency_bubble(card: AgencyCard) -> FlexBubble:
    phone_line = "\n".join(part for part in (card.phone, card.phone_note) if part)
    body = [
        _text(card.name, "相談窓口", weight="bold", size="lg"),
        _badge(card.open_now),
        _text(card.reason, "ご相談の内容に合う窓口です", size="sm", color=MUTED, margin="md"),
        FlexSeparator(margin="md"),
        _labelled("相談できること", _text(card.helps_with, "お困りごとの相談", size="sm")),
        _labelled("受付時間", _text(card.hours, NO_HOURS, size="sm")),
        _labelled("電話", _text(phone_line, NO_PHONE, size="sm")),
    ]
    if card.address:
        body.append(_labelled("場所", _text(card.address, "", size="sm")))
    return FlexBubble(
        size="kilo",
        body=FlexBox(layout="vertical", contents=body),
        footer=_footer(card),
    )


def render_agency_carousel(cards: AgencyCards) -> FlexMessage:
    """At most 12 bubbles; the alt text is the plain-text alternative."""
    bubbles = [agency_bubble(card) for card in cards.cards[: limits.MAX_CAROUSEL_BUBBLES]]
    alt = limits.clip(cards.in_words.strip() or "相談窓口のご案内", limits.MAX_ALT_TEXT)
    return FlexMessage(alt_text=alt, contents=FlexCarousel(contents=bubbles))

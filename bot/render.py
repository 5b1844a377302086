"""Abstract replies → LINE messages (as JSON-ready dicts), within LINE's limits."""

from __future__ import annotations

from typing import Any

from linebot.v3.messaging import (
    ButtonsTemplate,
    ConfirmTemplate,
    DatetimePickerAction,
    FlexBox,
    FlexBubble,
    FlexButton,
    FlexMessage,
    FlexSeparator,
    FlexText,
    LocationAction,
    PostbackAction,
    QuickReply,
    QuickReplyItem,
    TemplateMessage,
    TextMessage,
    URIAction,
)
from linebot.v3.messaging import Message as LineMessage

from bot import limits
from bot.flex_agency import render_agency_carousel
from handlers.messages import (
    AgencyCards,
    Buttons,
    Choice,
    ChoiceGrid,
    Confirm,
    DateChoice,
    Hotlines,
    LinkChoice,
    LocationChoice,
    Outbound,
    Reply,
    SheetSummary,
    Text,
)
from handlers.messages import (
    QuickReply as AbstractQuickReply,
)

GRID_COLUMNS = 2


def render_reply(reply: Reply) -> list[dict[str, Any]]:
    """Every message of the reply as LINE message JSON; the quick replies go on the last."""
    messages: list[LineMessage] = []
    for outbound in reply.messages:
        messages.extend(render_message(outbound))
    if reply.quick_replies:
        if not messages:
            messages.append(TextMessage(text="…"))
        messages[-1].quick_reply = render_quick_replies(reply.quick_replies)
    return [message.to_dict() for message in messages]


def render_message(outbound: Outbound) -> list[LineMessage]:
    if isinstance(outbound, Text):
        return [TextMessage(text=piece) for piece in limits.split_utf16(outbound.text)]
    if isinstance(outbound, Buttons):
        return [_buttons(outbound)]
    if isinstance(outbound, Confirm):
        return [_confirm(outbound)]
    if isinstance(outbound, Hotlines):
        return [_hotlines(outbound)]
    if isinstance(outbound, AgencyCards):
        return [render_agency_carousel(outbound)]
    if isinstance(outbound, SheetSummary):
        return [_summary(outbound)]
    if isinstance(outbound, ChoiceGrid):
        return [_choice_grid(outbound)]
    raise TypeError(f"no LINE rendering for {type(outbound).__name__}")


def render_action(choice: Choice | DateChoice | LinkChoice | LocationChoice) -> Any:
    label = limits.clip(choice.label, limits.MAX_ACTION_LABEL)
    if isinstance(choice, LocationChoice):
        return LocationAction(label=label)
    if isinstance(choice, DateChoice):
        return DatetimePickerAction(
            label=label,
            data=choice.data,
            mode="date",
            initial=choice.initial,
            min=choice.min,
            max=choice.max,
        )
    if isinstance(choice, LinkChoice):
        return URIAction(label=label, uri=choice.uri)
    if len(choice.data) > limits.MAX_POSTBACK_DATA:
        raise ValueError("postback data over LINE's 300-character limit")
    return PostbackAction(
        label=label, data=choice.data, display_text=limits.clip(choice.display or choice.label, 300)
    )


def render_quick_replies(choices: tuple[AbstractQuickReply, ...]) -> QuickReply:
    items = [
        QuickReplyItem(action=render_action(choice))
        for choice in choices[: limits.MAX_QUICK_REPLY_ITEMS]
    ]
    return QuickReply(items=items)


def _buttons(buttons: Buttons) -> TemplateMessage:
    text_limit = limits.MAX_BUTTONS_TEXT_WITH_TITLE if buttons.title else limits.MAX_BUTTONS_TEXT
    template = ButtonsTemplate(
        title=limits.clip(buttons.title, limits.MAX_BUTTONS_TITLE) if buttons.title else None,
        text=limits.clip(buttons.text, text_limit),
        actions=[render_action(b) for b in buttons.buttons[: limits.MAX_BUTTONS_ACTIONS]],
    )
    alt = buttons.alt_text or buttons.text
    return TemplateMessage(alt_text=limits.clip(alt, limits.MAX_ALT_TEXT), template=template)


def _choice_grid(grid: ChoiceGrid) -> FlexMessage:
    """The question, then its choices as large buttons, two to a row."""
    rows: list[Any] = [FlexText(text=grid.text, wrap=True, size="md")]
    for start in range(0, len(grid.choices), GRID_COLUMNS):
        buttons = [
            FlexButton(style="secondary", height="sm", action=render_action(choice), flex=1)
            for choice in grid.choices[start : start + GRID_COLUMNS]
        ]
        rows.append(FlexBox(layout="horizontal", spacing="sm", margin="sm", contents=buttons))
    labels = "・".join(choice.label for choice in grid.choices)
    return FlexMessage(
        alt_text=limits.clip(f"{grid.text}（{labels}）", limits.MAX_ALT_TEXT),
        contents=FlexBubble(body=FlexBox(layout="vertical", spacing="sm", contents=rows)),
    )


def _confirm(confirm: Confirm) -> TemplateMessage:
    template = ConfirmTemplate(
        text=limits.clip(confirm.text, limits.MAX_CONFIRM_TEXT),
        actions=[render_action(confirm.yes), render_action(confirm.no)],
    )
    return TemplateMessage(
        alt_text=limits.clip(confirm.text, limits.MAX_ALT_TEXT), template=template
    )


def _hotlines(hotlines: Hotlines) -> FlexMessage:
    rows: list[Any] = [FlexText(text=hotlines.lead or "緊急の連絡先", wrap=True, weight="bold")]
    for hotline in hotlines.hotlines:
        rows.append(FlexSeparator(margin="md"))
        rows.append(FlexText(text=hotline.name, wrap=True, size="md", weight="bold", margin="md"))
        detail = f"{hotline.number}　{hotline.note}".strip()
        rows.append(FlexText(text=detail, wrap=True, size="sm", color="#555555"))
        rows.append(
            FlexButton(
                style="primary",
                color="#d9534f",
                height="sm",
                margin="sm",
                action=URIAction(
                    label=limits.clip(f"電話する {hotline.number}", limits.MAX_ACTION_LABEL),
                    uri=hotline.tel_uri,
                ),
            )
        )
    numbers = "\n".join(f"{h.name} {h.number}" for h in hotlines.hotlines)
    alt = limits.clip(f"{hotlines.lead}\n{numbers}", limits.MAX_ALT_TEXT)
    bubble = FlexBubble(body=FlexBox(layout="vertical", spacing="sm", contents=rows))
    return FlexMessage(alt_text=alt, contents=bubble)


def _summary(summary: SheetSummary) -> FlexMessage:
    rows: list[Any] = [FlexText(text=summary.title, weight="bold", size="lg", wrap=True)]
    for label, value, change in summary.rows:
        rows.append(FlexSeparator(margin="md"))
        line: list[Any] = [
            FlexBox(
                layout="vertical",
                flex=4,
                contents=[
                    FlexText(text=label, size="xs", color="#888888", wrap=True),
                    FlexText(text=value.shown or "（なし）", size="sm", wrap=True),
                ],
            )
        ]
        if change is not None:
            line.append(
                FlexButton(
                    flex=2,
                    style="link",
                    height="sm",
                    gravity="center",
                    action=render_action(change),
                )
            )
        rows.append(FlexBox(layout="horizontal", margin="md", contents=line))
    bubble = FlexBubble(size="giga", body=FlexBox(layout="vertical", contents=rows))
    return FlexMessage(alt_text=limits.clip(summary.in_words, limits.MAX_ALT_TEXT), contents=bubble)

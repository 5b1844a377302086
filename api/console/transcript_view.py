"""The conversation as staff read it: every tap as the words on the button the person saw,
every kind of message in Japanese, and the bot's cards as a short summary.

The transcript keeps what went over the wire (a postback's `a=menu&v=consult`, the LINE
message JSON); this module turns it into what a person on the desk reads. A tap is named
by the button the bot had offered (the latest offer with that payload before the tap),
then by the rich menu's cells; a payload nobody can name any more (the offer fell out of
the transcript shown) is 「ボタンを押しました」, never the payload."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final

from bot.richmenu import RESIDENT_MENU
from bot.visit.helper_menu import HELPER_MENU_SPEC
from cases.models import TranscriptEntry
from handlers.i18n import EASY, SOURCE
from tsunagu.translation import Translator

AUTHOR_LABELS: Final[dict[str, str]] = {"resident": "相談者", "bot": "ボット", "staff": "職員"}

# What a message with nothing to read says (a sticker, a photo…).
MEDIA_LABELS: Final[dict[str, str]] = {
    "sticker": "スタンプを送りました",
    "image": "画像を送りました",
    "video": "動画を送りました",
    "audio": "音声を送りました",
    "file": "ファイルを送りました",
    "location": "位置情報を送りました",
    "follow": "友だち追加しました",
    "other": "（読み取れない種類のメッセージ）",
}
UNNAMED_TAP: Final = "ボタンを押しました"
PICKED_PARAMS: Final[dict[str, str]] = {"date": "日付", "time": "時刻", "datetime": "日時"}
TAPPABLE: Final = ("postback", "datetimepicker")
SUMMARY_LIMIT: Final = 160


@dataclass(frozen=True, slots=True)
class ShownMessage:
    """One message as the case page shows it: who, when, its lines, the buttons offered."""

    when: datetime
    direction: str
    author: str
    author_label: str
    lines: tuple[str, ...]
    choices: tuple[str, ...] = ()
    card: bool = False
    # What a resident wrote in another language, in Japanese by a translation service.
    translation: str | None = None


@dataclass
class ButtonNames:
    """Postback payload → the label of the button that carries it, as last offered."""

    known: dict[str, str] = field(default_factory=dict)

    def learn(self, message: Any) -> None:
        for action in actions_in(message):
            if action.get("data") and action.get("label"):
                self.known[str(action["data"])] = str(action["label"])

    def name(self, data: str) -> str | None:
        return self.known.get(data) or menu_button_labels().get(data)


def menu_button_labels() -> dict[str, str]:
    """The rich menus' cells (they are not in the transcript: LINE shows them)."""
    menus = (RESIDENT_MENU, HELPER_MENU_SPEC)
    return {button.data: button.display for menu in menus for row in menu.rows for button in row}


def actions_in(node: Any) -> Iterator[dict[str, Any]]:
    """Every tappable action (postback, date picker) anywhere in a LINE message."""
    if isinstance(node, dict):
        if node.get("type") in TAPPABLE and "data" in node:
            yield node
        for value in node.values():
            yield from actions_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from actions_in(value)


def button_labels(node: Any) -> list[str]:
    """The labels of every button in a message body (template or Flex), links too."""
    found: list[str] = []
    if isinstance(node, dict):
        action = node.get("action")
        if node.get("type") == "button" and isinstance(action, dict) and action.get("label"):
            found.append(str(action["label"]))
        for key, value in node.items():
            if key == "actions" and isinstance(value, list):
                found.extend(str(a["label"]) for a in value if isinstance(a, dict) and "label" in a)
            elif key not in ("action", "quickReply"):
                found.extend(button_labels(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(button_labels(value))
    return found


def flex_texts(node: Any) -> list[str]:
    """The text components of a Flex message, in reading order."""
    if isinstance(node, dict):
        if node.get("type") == "text" and isinstance(node.get("text"), str):
            return [node["text"]]
        return [text for value in node.values() for text in flex_texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in flex_texts(value)]
    return []


def clip(text: str, limit: int = SUMMARY_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def flex_summary(contents: dict[str, Any]) -> list[str]:
    """A card (or each card of a carousel) as one line: its texts joined."""
    bubbles = contents.get("contents") if contents.get("type") == "carousel" else [contents]
    lines = []
    for bubble in bubbles or []:
        texts = [t.strip() for t in flex_texts(bubble) if t.strip()]
        if texts:
            lines.append(clip("／".join(texts)))
    return lines


def quick_reply_labels(message: dict[str, Any]) -> list[str]:
    items = (message.get("quickReply") or {}).get("items") or []
    return [str(i["action"]["label"]) for i in items if "label" in i.get("action", {})]


def outbound_view(entry: TranscriptEntry) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """(lines, choices, is a card) of a message the bot or staff sent."""
    message = entry.content if isinstance(entry.content, dict) else {}
    kind = message.get("type", entry.kind)
    quick = quick_reply_labels(message)
    if kind == "template":
        template = message.get("template") or {}
        lines = [t for t in (template.get("title"), template.get("text")) if t]
        return tuple(lines or [entry.text]), (*button_labels(template), *quick), True
    if kind == "flex":
        contents = message.get("contents") or {}
        lines = flex_summary(contents) or [entry.text]
        return tuple(lines), (*button_labels(contents), *quick), True
    return (entry.text or message.get("text") or "",), tuple(quick), False


def inbound_lines(entry: TranscriptEntry, names: ButtonNames) -> tuple[str, ...]:
    """What the resident sent, in words."""
    if entry.kind == "text":
        return (entry.text,)
    if entry.kind == "postback":
        label = names.name(entry.text)
        tapped = f"「{label}」を押しました" if label else UNNAMED_TAP
        params = (entry.content or {}).get("params") or {}
        picked = [f"{PICKED_PARAMS.get(k, '日時')} {v}" for k, v in params.items() if v]
        return (tapped + (f"（{'、'.join(picked)}を選びました）" if picked else ""),)
    return (MEDIA_LABELS.get(entry.kind, MEDIA_LABELS["other"]),)


def human_transcript(entries: Sequence[TranscriptEntry]) -> list[ShownMessage]:
    """The conversation, oldest first, as staff read it."""
    names = ButtonNames()
    shown: list[ShownMessage] = []
    for entry in entries:
        author_label = AUTHOR_LABELS.get(entry.author, "ボット")
        if entry.direction == "out":
            names.learn(entry.content)
            lines, choices, card = outbound_view(entry)
            shown.append(
                ShownMessage(
                    entry.created_at, "out", entry.author, author_label, lines, choices, card
                )
            )
        else:
            lines = inbound_lines(entry, names)
            shown.append(ShownMessage(entry.created_at, "in", entry.author, author_label, lines))
    return shown


async def with_translations(
    entries: Sequence[TranscriptEntry],
    shown: list[ShownMessage],
    language: str | None,
    translator: Translator,
) -> list[ShownMessage]:
    """Beside each message the resident wrote in another language, its Japanese rendering
    (only when the city configured a translation service: the default sends nothing)."""
    if language is None or language in (SOURCE, EASY):
        return shown
    rendered: list[ShownMessage] = []
    for entry, message in zip(entries, shown, strict=True):
        if entry.direction == "in" and entry.kind == "text" and entry.text:
            japanese = await translator.to_japanese(entry.text, language)
            if japanese:
                message = replace(message, translation=japanese)
        rendered.append(message)
    return rendered


def shown_text(messages: Iterable[ShownMessage]) -> str:
    """Everything the transcript shows, as plain text (for checks and exports)."""
    return "\n".join(
        " ".join((m.author_label, *m.lines, *m.choices, *_marked(m.translation))) for m in messages
    )


MACHINE_TRANSLATION: Final = "機械翻訳"


def _marked(translation: str | None) -> tuple[str, ...]:
    return (f"（{MACHINE_TRANSLATION}）{translation}",) if translation else ()

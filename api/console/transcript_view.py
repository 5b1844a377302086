"""The conversation as staff read it: every tap as the words on the button the person saw,
every kind of message in Japanese, and the bot's cards as a short summary.

The transcript keeps what went over the wire (a postback's `a=menu&v=consult`, the LINE
message JSON); this module turns it into what a person on the desk reads. A tap is named
by the button the bot had offered (the latest offer with that payload before the tap),
then by the rich menu's cells; a payload nobody can name any more (the offer fell out of
the transcript shown) is 「ボタンを押しました」, never the payload."""

from __future__ import annotations

import asyncio
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any, Final

from bot.richmenu import RESIDENT_MENU
from bot.visit.helper_menu import HELPER_MENU_SPEC
from cases.models import TranscriptEntry
from handlers.i18n import EASY, SOURCE
from handlers.intake.parsing import in_own_words
from handlers.intake.steps import PLACES, answers_a_name, answers_a_name_or_number, split_key
from nlu.crisis_languages import HAN, HANGUL, KANA
from nlu.extract.dates import era_date_text
from nlu.written import written_language
from tsunagu.translation import Translator, without_personal_data

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
TAPPABLE: Final = ("postback", "datetimepicker")
# A card read in full: the crisis card's lines and an agency's phone and hours fit.
SUMMARY_LIMIT: Final = 600


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
    # A rendering was wanted but the service gave none (down, slow): staff are told so.
    translation_missing: bool = False


@dataclass
class ButtonNames:
    """Postback payload → the label of the button that carries it, as last offered."""

    known: dict[str, str] = field(default_factory=dict)

    def learn(self, message: Any) -> None:
        for action in actions_in(message):
            if action.get("data") and action.get("label"):
                self.known[str(action["data"])] = tap_words(action)

    def name(self, data: str) -> str | None:
        return self.known.get(data) or menu_button_labels().get(data)


def menu_button_labels() -> dict[str, str]:
    """The rich menus' cells (they are not in the transcript: LINE shows them)."""
    menus = (RESIDENT_MENU, HELPER_MENU_SPEC)
    return {button.data: button.display for menu in menus for row in menu.rows for button in row}


def tap_words(action: dict[str, Any]) -> str:
    """What a tap said in the person's chat: the button's `displayText` (「お名前を変更」
    where eleven buttons read 「変更」), else its label."""
    said = action.get("displayText")
    return str(said) if isinstance(said, str) and said.strip() else str(action["label"])


def picked_words(kind: str, value: str) -> str:
    """A date picker's answer as staff read it: 「昭和23年7月15日（1948年）」, 「14時30分」."""
    try:
        if kind == "date":
            day = date.fromisoformat(value)
            return f"{era_date_text(day)}（{day.year}年）"
        if kind == "time":
            moment = time.fromisoformat(value)
            return f"{moment.hour}時{moment.minute:02d}分"
        when = datetime.fromisoformat(value)
    except ValueError:
        return value
    return f"{era_date_text(when.date())}（{when.year}年） {when.hour}時{when.minute:02d}分"


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
    """The words of every button in a message body (template or Flex), links too: each
    as its tap reads (`tap_words`)."""
    found: list[str] = []
    if isinstance(node, dict):
        action = node.get("action")
        if node.get("type") == "button" and isinstance(action, dict) and action.get("label"):
            found.append(tap_words(action))
        for key, value in node.items():
            if key == "actions" and isinstance(value, list):
                found.extend(tap_words(a) for a in value if isinstance(a, dict) and "label" in a)
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
    return [tap_words(i["action"]) for i in items if "label" in i.get("action", {})]


def outbound_view(entry: TranscriptEntry) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """(lines, choices, is a card) of a message the bot or staff sent."""
    message = entry.content if isinstance(entry.content, dict) else {}
    kind = message.get("type", entry.kind)
    quick = quick_reply_labels(message)
    if kind == "template":
        template = message.get("template") or {}
        lines = [t for t in (template.get("title"), template.get("text")) if t]
        return tuple(lines or [entry.text]), once(*button_labels(template), *quick), True
    if kind == "flex":
        contents = message.get("contents") or {}
        lines = flex_summary(contents) or [entry.text]
        return tuple(lines), once(*button_labels(contents), *quick), True
    return (entry.text or message.get("text") or "",), once(*quick), False


def once(*choices: str) -> tuple[str, ...]:
    """Each choice once, in order: a card's buttons offered again as quick replies, or the
    same phone number on three cards, are one choice to read."""
    return tuple(dict.fromkeys(choices))


def inbound_lines(entry: TranscriptEntry, names: ButtonNames) -> tuple[str, ...]:
    """What the resident sent, in words."""
    if entry.kind == "text":
        return (entry.text,)
    if entry.kind == "postback":
        label = names.name(entry.text)
        tapped = f"「{label}」を押しました" if label else UNNAMED_TAP
        params = (entry.content or {}).get("params") or {}
        picked = [picked_words(k, str(v)) for k, v in params.items() if v]
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
    memory: TranslationMemory,
) -> list[ShownMessage]:
    """Beside each message the resident wrote in another language, its Japanese rendering
    (only when the city configured a translation service: the default sends nothing).

    Only what is written in another language goes to the service — not an answer to a
    question for a name, an address, a phone number or a date, in any letters, nor an
    answer in Japanese or without a letter — each from the language it is written in.
    A rendering is asked once (`memory`); the page waits at most `RENDERING_BUDGET_SECONDS`
    for the ones it has not got, all asked at once, and shows the rest without."""
    if language is None or language in (SOURCE, EASY) or not translator.available:
        return shown
    wanted: dict[int, tuple[str, str]] = {}
    given = [said for entry in entries for said in _personal_words(entry)]
    for index, entry in enumerate(entries):
        if _gives_a_name_or_number(entry):
            continue  # a name, an address, a phone number: never sent
        if entry.direction == "in" and entry.kind == "text" and entry.text:
            source = await asyncio.to_thread(translated_from, entry.text, language)
            if source is not None:
                # What they gave as a name, an address or a phone, said again in a later
                # message, is hidden there too, as are numbers and addresses of any kind.
                wanted[index] = (without_personal_data(entry.text, given), source)
    found = await memory.render(set(wanted.values()), translator, RENDERING_BUDGET_SECONDS)
    rendered = list(shown)
    for index, asked in wanted.items():
        japanese = found.get(asked)
        if japanese:
            rendered[index] = replace(rendered[index], translation=japanese)
        else:
            rendered[index] = replace(rendered[index], translation_missing=True)
    return rendered


def _answered(entry: TranscriptEntry) -> str | None:
    answered = (entry.content or {}).get("answered")
    return answered if isinstance(answered, str) else None


def _gives_a_name_or_number(entry: TranscriptEntry) -> bool:
    return answers_a_name_or_number(_answered(entry))


def _personal_words(entry: TranscriptEntry) -> list[str]:
    """What an answer gave that a later message may say again: each word of a name, the
    whole of an address or a phone answer; nothing from any other message."""
    if not entry.text or not _gives_a_name_or_number(entry):
        return []
    if answers_a_name(_answered(entry)):
        # 「我叫王丽」「김민수입니다」: the name alone, and a given name said alone later
        # (「민수가…」).
        name = in_own_words(entry.text)
        parts = name.split()
        if len(parts) == 1 and _NO_SPACES.fullmatch(name) and len(name) >= _GIVEN_FROM:
            parts.append(name[1:])
        return parts
    if split_key(_answered(entry) or "")[0] not in PLACES:
        return [entry.text]  # a phone answer, a date: the whole
    # An address: the whole, and its parts that name a place (「鹿田町」「Sakura」「2-5-1」
    # said again later; not 「nhà」「phòng」).
    pieces = (part for part in _ADDRESS_PARTS.split(entry.text) if len(part) >= 3)
    return [entry.text, *(part for part in pieces if _NAMES_A_PLACE.search(part))]


# A name in Chinese characters or Hangul, written without spaces: from this many letters,
# its first is the family name (「김민수」「王小明」).
_GIVEN_FROM: Final = 3
_NO_SPACES = re.compile(r"[\u3400-\u9fff\uac00-\ud7a3]+")
_NAMES_A_PLACE = re.compile(r"[\dA-Z\u00c0-\u00de\u3400-\u9fff\u30a1-\u30fa]")
_ADDRESS_PARTS = re.compile(r"[\s,、，]+|(?<=[都道府県市区町村])|(?<=丁目)")


# How long the case page waits for renderings it has not got yet.
RENDERING_BUDGET_SECONDS: Final = 3.0


def translated_from(text: str, language: str) -> str | None:
    """The language to render `text` from, or None to leave it: Japanese (kana, or kanji
    Chinese does not plainly own) and text without a letter (a phone number, a 〒, a
    date) are not sent. A sentence plainly in another language is sent as that language
    (「I want to die」 from a resident who chose Vietnamese is English)."""
    if not any(letter.isalpha() for letter in text) or KANA.search(text):
        return None
    written = written_language(text)
    if HAN.search(text) and not HANGUL.search(text) and written != "zh-Hans":
        return None
    return written or language


class TranslationMemory:
    """Renderings already got, by (text, language): a page opened again asks nothing. Kept
    in this process only, as many as `size`; a rendering the service did not give is
    asked again next time."""

    def __init__(self, size: int = 5000) -> None:
        self.size = size
        self._known: OrderedDict[tuple[str, str], str] = OrderedDict()

    async def render(
        self, asked: set[tuple[str, str]], translator: Translator, budget: float
    ) -> dict[tuple[str, str], str]:
        missing = [item for item in asked if item not in self._known]
        if missing:
            tasks = [
                asyncio.create_task(translator.to_japanese(text, source))
                for text, source in missing
            ]
            done, pending = await asyncio.wait(tasks, timeout=budget)
            for task in pending:
                task.cancel()
            for item, task in zip(missing, tasks, strict=True):
                if task in done and not task.cancelled() and task.exception() is None:
                    japanese = task.result()
                    if japanese:
                        self._remember(item, japanese)
        return {item: self._known[item] for item in asked if item in self._known}

    def _remember(self, item: tuple[str, str], japanese: str) -> None:
        self._known[item] = japanese
        self._known.move_to_end(item)
        while len(self._known) > self.size:
            self._known.popitem(last=False)


def shown_text(messages: Iterable[ShownMessage]) -> str:
    """Everything the transcript shows, as plain text (for checks and exports)."""
    return "\n".join(
        " ".join((m.author_label, *m.lines, *m.choices, *_marked(m.translation))) for m in messages
    )


MACHINE_TRANSLATION: Final = "機械翻訳"
# Shown instead of a rendering the service did not give.
TRANSLATION_MISSING: Final = (
    "翻訳サービスから返事がなく、表示できません（開き直すと表示されることがあります）"
)


def _marked(translation: str | None) -> tuple[str, ...]:
    return (f"（{MACHINE_TRANSLATION}）{translation}",) if translation else ()

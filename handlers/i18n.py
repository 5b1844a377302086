"""The resident's language.

The bot is written in Japanese, and its Japanese sentences are the keys of the message
catalogue (gettext: the source text is the `msgid`). A turn is worked out in Japanese;
at its end the reply is put into the resident's language by looking each sentence up in
the catalogue (`Catalogue.reply`). A sentence with placeholders (「受付番号は {number}
です。」) is found by its shape and its values are looked up too. What the catalogue does
not hold stays as it is: agency names and addresses, and what the person wrote.

Pure: the catalogues are read once at start (`tsunagu/languages.py`) and passed in."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Final, TypeVar

from babel import Locale
from babel.dates import format_date

from handlers.messages import (
    AgencyCard,
    AgencyCards,
    AsWritten,
    Buttons,
    Choice,
    Confirm,
    DateChoice,
    Day,
    Hotlines,
    LinkChoice,
    LocationChoice,
    Outbound,
    Piece,
    Reply,
    SheetSummary,
    Text,
    Value,
)
from nlu.extract.dates import era_date_text
from nlu.text_normal import without_accents

SOURCE: Final = "ja"
# A typed message read as a sentence of the catalogue is at most this long (a command).
_TYPED_WORDS_MAX: Final = 30
_JAPANESE_QUOTE = re.compile(r"「([^「」]+)」")
_ANY_QUOTE = re.compile(r"[「“\"«『]([^「」“”\"«»『』]+)[」”\"»』]")
_READING = re.compile(r"\([\u3041-\u309f]+\)")
_TYPED_MARKS = re.compile(r"[\s「」『』“”\"'.,!?。、！？]+")
EASY: Final = "ja-easy"


@dataclass(frozen=True, slots=True)
class Language:
    """A language the bot can speak: its code (BCP 47), its own name, and whether its
    sentences end without spaces between them (Japanese) or with one."""

    code: str
    name: str
    spaced: bool = True


# In the order they are offered. A language is offered only when its catalogue is
# complete (`Catalogue.complete`).
LANGUAGES: Final[tuple[Language, ...]] = (
    Language(SOURCE, "日本語", spaced=False),
    Language(EASY, "やさしい日本語", spaced=False),
    Language("en", "English"),
    Language("vi", "Tiếng Việt"),
    Language("pt", "Português"),
    Language("zh-Hans", "中文(简体)", spaced=False),
    Language("ko", "한국어"),
    Language("fil", "Filipino"),
    Language("es", "Español"),
)
BY_CODE: Final[dict[str, Language]] = {language.code: language for language in LANGUAGES}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SENTENCE = re.compile(r"(?<=[。？！])(?=.)")
# Placeholders that stand for a number (「{n}人」 is not 「山田一人」).
NUMBERS: Final = frozenset({"n", "month", "day", "hour", "minute"})
# Placeholders that hold a time of day (「毎日 {open}〜{close}」): never more than 「22:00」,
# so a shape does not swallow the lines after it.
CLOCKS: Final = frozenset({"open", "close"})
# Placeholders whose value stays in Japanese in every language: the words a resident is
# to say to a Japanese-speaking desk (「『介護の相談』とお伝えください」).
AS_SAID: Final = frozenset({"japanese"})
# Lists inside a placeholder's value: 「お金のこと、仕事のこと」.
_LIST_MARK = "、"


def language_of(tag: str | None) -> str | None:
    """The supported code for a language tag LINE or a person gives (`pt-BR` → `pt`,
    `zh-CN` → `zh-Hans`), or None."""
    if not tag:
        return None
    tag = tag.strip().replace("_", "-")
    if tag in BY_CODE:
        return tag
    lowered = tag.lower()
    if lowered.startswith("zh") and not lowered.startswith(("zh-tw", "zh-hk", "zh-hant")):
        return "zh-Hans"
    if lowered in ("tl", "fil", "tl-ph", "fil-ph"):
        return "fil"
    base = lowered.split("-")[0]
    return base if base in BY_CODE and base != "zh" else None


@dataclass(frozen=True, slots=True)
class _Template:
    pattern: re.Pattern[str]
    msgid: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    """Every language's translations, by Japanese source sentence. `keys` is the set the
    bot says (the template, `handlers/locales/tsunagu.pot`): a language is complete when
    it translates every one of them."""

    messages: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    keys: frozenset[str] = frozenset()

    def complete(self, language: str) -> bool:
        if language == SOURCE:
            return True
        known = self.messages.get(language, {})
        return bool(self.keys) and all(known.get(key) for key in self.keys)

    def missing(self, language: str) -> list[str]:
        known = self.messages.get(language, {})
        return sorted(key for key in self.keys if not known.get(key))

    @cached_property
    def offered(self) -> tuple[Language, ...]:
        """The languages a resident can choose: Japanese and every complete one."""
        return tuple(language for language in LANGUAGES if self.complete(language.code))

    def source_of(self, typed: str, language: str, offered: Collection[str] = ()) -> str | None:
        """The Japanese words a resident typed in their language: 「Withdraw consent」 →
        「同意を取り消す」, 「뒤로」 → 「戻る」. Only a whole message that is a short sentence
        of the catalogue (a button's words, a command the bot tells them to send). Words
        with several meanings (「Không」: いいえ, ない, なし) mean the one among the buttons
        `offered` by the open question, if exactly one is; None otherwise."""
        if language == SOURCE:
            return None
        meanings = self.meanings_of(typed, language)
        if len(meanings) > 1:
            meanings = meanings & frozenset(offered)
        return next(iter(meanings)) if len(meanings) == 1 else None

    def meanings_of(self, typed: str, language: str) -> frozenset[str]:
        """Every Japanese sentence of the catalogue that `typed` is the translation of."""
        if language == SOURCE:
            return frozenset()
        return self._typed_words.get(language, {}).get(_typed_key(typed), frozenset())

    @cached_property
    def _typed_words(self) -> dict[str, dict[str, frozenset[str]]]:
        found: dict[str, dict[str, frozenset[str]]] = {}
        for language, known in self.messages.items():
            meanings: dict[str, set[str]] = {}
            for msgid, msgstr in known.items():
                if msgstr and "{" not in msgid and len(msgstr) <= _TYPED_WORDS_MAX:
                    meanings.setdefault(_typed_key(msgstr), set()).add(msgid)
                # Words the bot tells them to send (「同意を取り消す」と送れば…), as the
                # sentence quotes them in their language (“동의 취소”라고 보내시면…).
                for japanese, theirs in _quoted_pairs(msgid, msgstr or ""):
                    meanings.setdefault(_typed_key(theirs), set()).add(japanese)
            found[language] = {key: frozenset(msgids) for key, msgids in meanings.items()}
        return found

    @cached_property
    def _templates(self) -> dict[str, tuple[_Template, ...]]:
        found: dict[str, tuple[_Template, ...]] = {}
        for language, known in self.messages.items():
            templates = [
                _template(msgid) for msgid, msgstr in known.items() if msgstr and "{" in msgid
            ]
            # The most literal first: 「{relation}の年齢を…」 before 「{relation}について…」.
            templates.sort(key=lambda t: -len(_PLACEHOLDER.sub("", t.msgid)))
            found[language] = tuple(templates)
        return found

    # ------------------------------------------------------------------ sentences

    def text(self, text: str, language: str) -> str:
        """`text` in `language`: a sentence of the catalogue, line by line, sentence by
        sentence; what is not in the catalogue stays as written."""
        if language == SOURCE or not text or language not in self.messages:
            return text
        whole = self._one(text, language)
        if whole is not None:
            return whole
        if "\n" in text:
            # A key may hold several lines (the consent's 「■ご本人の同意…」 block).
            lines = text.split("\n")
            return "\n".join(self._line_runs(lines, language))
        sentences = _SENTENCE.split(text)
        if len(sentences) == 1:
            return self._listed(text, language)
        said: list[str] = []
        start = 0
        while start < len(sentences):
            # The longest run of sentences that is one key: a key may hold several.
            for end in range(len(sentences), start, -1):
                found = self._one("".join(sentences[start:end]), language)
                if found is not None:
                    said.append(found)
                    start = end
                    break
            else:
                said.append(sentences[start])
                start += 1
        if said == sentences:
            return text  # nothing of the catalogue in it: as written, spacing and all
        return (" " if _spaced(language) else "").join(said)

    def _line_runs(self, lines: list[str], language: str) -> list[str]:
        """Each longest run of two lines or more that is a key as it stands (never by a
        key's placeholders: a value is one line), else each line alone."""
        known = self.messages[language]
        said: list[str] = []
        start = 0
        while start < len(lines):
            for end in range(len(lines), start + 1, -1):
                found = known.get("\n".join(lines[start:end]))
                if found:
                    said.append(found)
                    start = end
                    break
            else:
                said.append(self.text(lines[start], language))
                start += 1
        return said

    def _listed(self, text: str, language: str) -> str:
        """「◎介護、○住まい」: a list, when every item is in the catalogue."""
        if _LIST_MARK not in text:
            return text
        parts = [self._one(part, language) for part in text.split(_LIST_MARK)]
        if any(part is None for part in parts):
            return text
        return (", " if _spaced(language) else _LIST_MARK).join(p or "" for p in parts)

    def _one(self, text: str, language: str) -> str | None:
        known = self.messages[language]
        found = known.get(text)
        if found:
            return found
        for template in self._templates.get(language, ()):
            match = template.pattern.fullmatch(text)
            if match is None:
                continue
            given = {name: match.group(name) for name in template.fields}
            values = {
                name: value if name in AS_SAID else self._value(value, language)
                for name, value in given.items()
            }
            return known[template.msgid].format(**values)
        return None

    def _value(self, value: str, language: str) -> str:
        one = self._one(value, language)
        if one is not None:
            return one
        if _LIST_MARK in value:
            parts = [self._one(part, language) or part for part in value.split(_LIST_MARK)]
            return (", " if _spaced(language) else _LIST_MARK).join(parts)
        return value

    # ------------------------------------------------------------------ replies

    def reply(self, reply: Reply, language: str) -> Reply:
        """A turn's reply in `language` (the same reply for Japanese)."""
        if language == SOURCE or language not in self.messages:
            return reply
        say = _Say(self, language)
        return Reply(
            tuple(say.message(message) for message in reply.messages),
            tuple(say.button(choice) for choice in reply.quick_replies),
        )


def date_in(day: date, language: str) -> str:
    """A date as `language` writes one: 「1985年5月3日」 in やさしい日本語 (no era),
    「May 3, 1985」, 「3 de maio de 1985」…; 和暦 in Japanese."""
    if language == SOURCE:
        return era_date_text(day)
    if language == EASY:
        return f"{day.year}年{day.month}月{day.day}日"
    return format_date(day, "long", locale=Locale.parse(language, sep="-"))


def _spaced(language: str) -> bool:
    known = BY_CODE.get(language)
    return known is None or known.spaced


def _template(msgid: str) -> _Template:
    fields: list[str] = []
    pattern = ""
    last = 0
    for match in _PLACEHOLDER.finditer(msgid):
        pattern += re.escape(msgid[last : match.start()])
        name = match.group(1)
        value = r"\d+" if name in NUMBERS else r"\d{1,2}:\d{2}" if name in CLOCKS else ".+?"
        pattern += f"(?P<{name}>{value})" if name not in fields else f"(?P={name})"
        fields.append(name)
        last = match.end()
    pattern += re.escape(msgid[last:])
    return _Template(re.compile(pattern, re.DOTALL), msgid, tuple(dict.fromkeys(fields)))


B = TypeVar("B", bound=Choice | DateChoice | LinkChoice | LocationChoice)


@dataclass(frozen=True, slots=True)
class _Say:
    catalogue: Catalogue
    language: str

    def t(self, text: str | None) -> str:
        return self.catalogue.text(text or "", self.language)

    def value(self, value: Value) -> Value:
        """A summary row's value in the language: the bot's words translated, what the
        person wrote as written, a date as the language writes one."""
        between = ", " if value.between == _LIST_MARK and _spaced(self.language) else value.between
        pieces = (self.piece(piece) for piece in value.pieces)
        return Value.written(between.join(piece for piece in pieces if piece))

    def piece(self, piece: Piece) -> str:
        if isinstance(piece, AsWritten):
            return piece.shown
        if isinstance(piece, Day):
            return date_in(piece.value, self.language)
        return self.t(piece)

    def maybe(self, text: str | None) -> str | None:
        return None if text is None else self.t(text)

    def button(self, button: B) -> B:
        if isinstance(button, Choice):
            return replace(button, label=self.t(button.label), display=self.maybe(button.display))
        return replace(button, label=self.t(button.label))

    def message(self, message: Outbound) -> Outbound:
        if isinstance(message, Text):
            return Text(self.t(message.text))
        if isinstance(message, Buttons):
            return replace(
                message,
                text=self.t(message.text),
                buttons=tuple(self.button(b) for b in message.buttons),
                title=self.maybe(message.title),
                alt_text=self.maybe(message.alt_text),
            )
        if isinstance(message, Confirm):
            return Confirm(self.t(message.text), self.button(message.yes), self.button(message.no))
        if isinstance(message, Hotlines):
            lines = tuple(
                replace(h, name=self.t(h.name), note=self.t(h.note)) for h in message.hotlines
            )
            return Hotlines(self.t(message.lead), lines)
        if isinstance(message, AgencyCards):
            return AgencyCards(self.t(message.alt_text), tuple(self.card(c) for c in message.cards))
        if isinstance(message, SheetSummary):
            rows = tuple(
                (self.t(label), self.value(value), self.button(choice) if choice else None)
                for label, value, choice in message.rows
            )
            return SheetSummary(self.t(message.title), rows, self.t(message.alt_text))
        return replace(
            message,
            text=self.t(message.text),
            choices=tuple(self.button(c) for c in message.choices),
        )

    def card(self, card: AgencyCard) -> AgencyCard:
        return replace(
            card,
            helps_with=self.t(card.helps_with),
            hours=self.t(card.hours),
            reason=self.t(card.reason),
            phone_note=self.maybe(card.phone_note),
            status=self.t(card.status),
            choice=self.button(card.choice) if card.choice else None,
        )


def _quoted_pairs(msgid: str, msgstr: str) -> list[tuple[str, str]]:
    """The words a sentence quotes, paired with the same quote of its translation, when
    both quote as many."""
    japanese = _JAPANESE_QUOTE.findall(msgid)
    theirs = _ANY_QUOTE.findall(msgstr)
    if not japanese or len(japanese) != len(theirs):
        return []
    return [(j, t) for j, t in zip(japanese, theirs, strict=True) if len(t) <= _TYPED_WORDS_MAX]


def _typed_key(text: str) -> str:
    """How typed words are compared: NFKC, case, spaces, quotes, end marks, the accents
    of Latin letters (「dong y」 as 「Đồng ý」, as phones without the keyboard type it) and
    the readings やさしい日本語 puts after a kanji (「同意(どうい)」) ignored."""
    folded = _READING.sub("", unicodedata.normalize("NFKC", text))
    return _TYPED_MARKS.sub("", without_accents(folded)).casefold()

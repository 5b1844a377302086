"""Machine translation between staff and a resident who speaks another language: a
Japanese rendering of what the resident wrote, and staff's Japanese reply rendered in the
resident's language.

A port with a no-op default: nothing leaves the city's servers unless the city sets
`TSUNAGU_TRANSLATE_URL` to a translation service it has chosen (one that speaks the
LibreTranslate API: POST `{q, source, target}` → `{translatedText}`). Staff always see
the original, with the rendering beside it marked 「機械翻訳」; a translated reply goes
out with staff's Japanese under it, marked as a machine translation in the resident's
language."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Final, Protocol
from urllib.parse import urlsplit, urlunsplit

import httpx
import phonenumbers

from nlu.crisis_languages import HAN, HANGUL, KANA

log = logging.getLogger(__name__)
TIMEOUT_SECONDS = 5.0


class Translator(Protocol):
    # Whether a service is configured (the console offers a translated reply only then).
    available: bool

    async def to_japanese(self, text: str, language: str) -> str | None:
        """`text`, written in `language`, in Japanese; None when there is none."""
        ...

    async def from_japanese(self, text: str, language: str) -> str | None:
        """Japanese `text` in `language`; None when there is none."""
        ...


class NoTranslation:
    """The default: no service, no call, no rendering."""

    available = False

    async def to_japanese(self, text: str, language: str) -> str | None:
        return None

    async def from_japanese(self, text: str, language: str) -> str | None:
        return None


class LibreTranslate:
    """A service the city configured, speaking the LibreTranslate API."""

    available = True

    def __init__(
        self,
        url: str,
        api_key: str = "",
        timeout: float = TIMEOUT_SECONDS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self.api_key = api_key
        self.timeout = timeout
        self.transport = transport

    async def to_japanese(self, text: str, language: str) -> str | None:
        return await self._translate(text, _service_code(language), "ja")

    async def from_japanese(self, text: str, language: str) -> str | None:
        """Staff's reply: names before 「さん」「様」, phone numbers and the like never leave —
        marks go in their place and are put back in the rendering (None when the service
        lost one)."""
        hidden, kept = masked(text)
        rendering = await self._translate(hidden, "ja", _service_code(language))
        if rendering is None:
            return None
        restored = unmasked(rendering, kept)
        if restored is None:
            log.warning("translation lost %d marks of personal data: not sent", len(kept))
        return restored

    async def _translate(self, text: str, source: str, target: str) -> str | None:
        body = {"q": text, "source": source, "target": target, "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        try:
            async with httpx.AsyncClient(timeout=self.timeout, transport=self.transport) as client:
                answer = await client.post(self.url, json=body)
                answer.raise_for_status()
                said = answer.json().get("translatedText")
        except (httpx.HTTPError, ValueError) as error:
            log.warning("translation unavailable: %s", type(error).__name__)
            return None
        return str(said) if said else None


def _service_code(language: str) -> str:
    """The code a LibreTranslate service knows: `zh-Hans` → `zh`, `fil` → `tl`."""
    base = language.split("-")[0]
    return "tl" if base == "fil" else base


def build_translator(url: str | None, api_key: str = "") -> Translator:
    return LibreTranslate(translate_endpoint(url), api_key) if url else NoTranslation()


def translate_endpoint(url: str) -> str:
    """The service's `/translate`: 「https://mt.example.jp」 (the service's address) and
    「https://mt.example.jp/translate」 alike."""
    parts = urlsplit(url.strip())
    if parts.path.rstrip("/") == "":
        parts = parts._replace(path="/translate")
    return urlunsplit(parts)


# What stands for personal data in a text sent to the service.
HIDDEN: Final = "[…]"
_E_MAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_ADDRESS = re.compile(r"https?://\S+|www\.\S+")
# A 〒, a card, an account or a residence card number: four digits or more, with or without
# hyphens and spaces between them (「700-8544」「1234 5678 9012」).
_LONG_NUMBER = re.compile(r"\d(?:[\d\s\-‐－]{2,}\d)")
_KNOWN_LETTERS = 2  # shorter, it hides nothing: 「Lê」 is a name, 「A」 is not
# A name in Latin letters: two capitalised words or more (「David Miller」「Phạm Thị Hoa」),
# or any after words that give a name (「my name is ana」「tên là Lan」「me llamo Ana」).
_WORD_IN_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NAME_LEAD = re.compile(
    r"\b(?:my name is|name's|i am called|named|called|ten (?:la|toi la)|tên (?:là|tôi là)"
    r"|me llamo|mi nombre es|me chamo|meu nome é|meu nome e|ako si|pangalan ko ay)\s+"
    r"([^\W\d_]+)",
    re.IGNORECASE,
)
# A name after 「我叫」「我是」 or 「이름은」「저는 …입니다」.
_WIDE_NAME_LEAD = re.compile(
    r"(?:我叫|我的名字是|名字叫|我是)([\u3400-\u9fff]{2,4})|(?:이름은|저는)\s*([\uac00-\ud7a3]{2,4})(?:이고|입니다|이에요|예요|라고)"
)
# An address in Latin letters: its block numbers (「3-2-1」) and its places named with
# their 町, 区 or 市 (「Omotecho」「Kita-ku」「Okayama-shi」).
_BLOCK_NUMBER = re.compile(r"(?<![\d-])\d{1,4}(?:\s?[-‐－]\s?\d{1,4}){1,3}(?![\d-])")
_PLACE_IN_LETTERS = re.compile(
    r"\b[A-Za-z]+[ \-]?(?:cho|chou|machi|chome|ku|shi|mura|gun|ken)\b"
    r"|\b[A-Z][a-z]+ (?:Ward|City|Town)\b",
    re.IGNORECASE,
)


def without_personal_data(text: str, known: Iterable[str] = ()) -> str:
    """`text` with what may identify the person hidden, before it leaves for the service:
    phone numbers, e-mail and web addresses, numbers of four digits or more, and what
    they gave before (`known`: each word of a name, a whole address), in whatever case."""
    hidden = text
    for start, end in reversed(_personal_spans(text, known)):
        hidden = hidden[:start] + HIDDEN + hidden[end:]
    return hidden


def masked(text: str, known: Iterable[str] = ()) -> tuple[str, tuple[str, ...]]:
    """Staff's Japanese with what may identify someone — the same as
    `without_personal_data`, and a name before 「さん」「様」 — each replaced by a mark
    (「[1]」, 「[2]」…) that `unmasked` puts back in the rendering; and the pieces."""
    spans = _personal_spans(text, [*known, *_titled_names(text)])
    kept = tuple(text[start:end] for start, end in spans)
    hidden = text
    for number, (start, end) in reversed(list(enumerate(spans, start=1))):
        hidden = hidden[:start] + f"[{number}]" + hidden[end:]
    return hidden, kept


def unmasked(rendering: str, kept: Sequence[str]) -> str | None:
    """The rendering with each mark back as what it stood for; None when the service lost
    or doubled one (what it says of that piece cannot be trusted)."""
    for number, piece in enumerate(kept, start=1):
        mark = f"[{number}]"
        if rendering.count(mark) != 1:
            return None
        rendering = rendering.replace(mark, piece)
    return rendering


def _personal_spans(text: str, known: Iterable[str]) -> list[tuple[int, int]]:
    """Where `text` says something that may identify someone, in order, not overlapping."""
    spans = [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, "JP")]
    for pattern in (_E_MAIL, _ADDRESS):
        spans += [m.span() for m in pattern.finditer(text)]
    spans += [m.span() for m in _LONG_NUMBER.finditer(text) if _digits(m.group()) >= 4]
    for pattern in (_BLOCK_NUMBER, _PLACE_IN_LETTERS):
        spans += [m.span() for m in pattern.finditer(text)]
    spans += _names_in_letters(text)
    spans += [m.span(1) for m in _NAME_LEAD.finditer(text)]
    for m in _WIDE_NAME_LEAD.finditer(text):
        spans.append(m.span(1) if m.group(1) else m.span(2))
    for said in sorted({said.strip(" ,、，") for said in known}, key=len, reverse=True):
        if len(said) >= _KNOWN_LETTERS and not said.isdigit():
            # A name in Chinese characters, kana or Hangul has no spaces around it
            # (「我叫王丽，…」): it is found anywhere.
            found = re.escape(said) if _wide(said) else rf"(?<!\w){re.escape(said)}(?!\w)"
            spans += [m.span() for m in re.finditer(found, text, flags=re.IGNORECASE)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _names_in_letters(text: str) -> list[tuple[int, int]]:
    """Runs of two capitalised words or more (「David Miller」「Trần Minh Khoa」), the
    pronoun 「I」 not among them."""
    found: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for word in [*_WORD_IN_LETTERS.finditer(text), None]:
        joined = word is not None and run and text[run[-1].end() : word.start()] in (" ", "-")
        if word is not None and _capitalised(word.group()) and (joined or not run):
            run.append(word)
            continue
        if len(run) >= 2:
            found.append((run[0].start(), run[-1].end()))
        run = [word] if word is not None and _capitalised(word.group()) else []
    return found


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and (word[1:].islower() or not word[1:].isalpha())


def _wide(word: str) -> bool:
    """Kana, a Chinese character or Hangul in it: written without spaces around it."""
    return any(script.search(word) for script in (KANA, HAN, HANGUL))


# A name staff write with its title (「グエンさん」「山田様」), in kanji, katakana or letters.
_TITLED = re.compile(
    r"([\u3400-\u9fff々\u30a1-\u30faー・A-Za-z\u00c0-\u024f\u1e00-\u1eff]{1,12})"
    r"(?:さん|様|さま|くん|ちゃん|殿)"
)
# Not names: family, roles and the like, said with a title (「お母さん」「担当者様」).
_NOT_NAMES: Final = frozenset({
    "母", "父", "兄", "姉", "弟", "妹", "娘", "息子", "子", "孫", "皆", "奥", "主人", "旦那",
    "担当", "担当者", "相談員", "職員", "先生", "民生委員", "ケアマネ", "ケアマネジャー", "大家",
    "管理人", "お客", "ご家族", "家族", "本人", "ご本人", "利用者", "患者",
})  # fmt: skip


def _titled_names(text: str) -> list[str]:
    return [name for name in _TITLED.findall(text) if name not in _NOT_NAMES]


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)

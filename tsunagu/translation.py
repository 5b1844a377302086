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
from collections.abc import Iterable
from typing import Final, Protocol
from urllib.parse import urlsplit, urlunsplit

import httpx
import phonenumbers

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
        return await self._translate(text, "ja", _service_code(language))

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


def without_personal_data(text: str, known: Iterable[str] = ()) -> str:
    """`text` with what may identify the person hidden, before it leaves for the service:
    phone numbers, e-mail and web addresses, numbers of four digits or more, and what
    they gave before (`known`: each word of a name, a whole address), in whatever case."""
    hidden = text
    for match in reversed(list(phonenumbers.PhoneNumberMatcher(text, "JP"))):
        hidden = hidden[: match.start] + HIDDEN + hidden[match.end :]
    for pattern in (_E_MAIL, _ADDRESS):
        hidden = pattern.sub(HIDDEN, hidden)
    hidden = _LONG_NUMBER.sub(lambda m: HIDDEN if _digits(m.group()) >= 4 else m.group(), hidden)
    for said in sorted({said.strip(" ,、，") for said in known}, key=len, reverse=True):
        if len(said) >= _KNOWN_LETTERS and not said.isdigit():
            hidden = re.sub(rf"(?<!\w){re.escape(said)}(?!\w)", HIDDEN, hidden, flags=re.I)
    return hidden


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)

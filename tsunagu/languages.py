"""Reading the compiled message catalogues (`handlers/locales/*/LC_MESSAGES/tsunagu.mo`)
once, at start, into the `Catalogue` the turns use (`handlers/i18n.py`)."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Final

from handlers.i18n import LANGUAGES, SOURCE, Catalogue
from handlers.locale_keys import source_messages

DOMAIN: Final = "tsunagu"
LOCALES: Final = Path(__file__).resolve().parent.parent / "handlers" / "locales"
_MAGIC: Final = (0x950412DE, 0xDE120495)


def po_path(code: str, locales: Path = LOCALES) -> Path:
    return locales / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_mo(data: bytes) -> dict[str, str]:
    """A GNU .mo file's messages (msgid → msgstr), without its header entry."""
    (magic,) = struct.unpack("<I", data[:4])
    if magic not in _MAGIC:
        raise ValueError("not a .mo file")
    order = "<" if magic == _MAGIC[0] else ">"
    _, count, ids_at, strs_at = struct.unpack(order + "4I", data[4:20])
    messages: dict[str, str] = {}
    for index in range(count):
        id_len, id_at = struct.unpack(
            order + "2I", data[ids_at + 8 * index : ids_at + 8 * index + 8]
        )
        str_len, str_at = struct.unpack(
            order + "2I", data[strs_at + 8 * index : strs_at + 8 * index + 8]
        )
        msgid = data[id_at : id_at + id_len].decode("utf-8")
        msgstr = data[str_at : str_at + str_len].decode("utf-8")
        if msgid and msgstr:
            messages[msgid] = msgstr
    return messages


def load_catalogue(locales: Path = LOCALES) -> Catalogue:
    """Every language with a compiled catalogue, and the keys the bot says."""
    messages: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        path = po_path(language.code, locales).with_suffix(".mo")
        if language.code != SOURCE and path.is_file():
            messages[language.code] = read_mo(path.read_bytes())
    return Catalogue(messages=messages, keys=frozenset(source_messages()))

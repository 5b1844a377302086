"""Furigana (<ruby>) for the consent page: the words of the consent text, and agency
names with the kana the city's directory gives them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from markupsafe import Markup, escape

# Words of `handlers/handoff/consent_text.py` and of the page; longest first wins.
READINGS: Final[dict[str, str]] = {
    "相談内容": "そうだんないよう",
    "支援機関": "しえんきかん",
    "連絡先": "れんらくさき",
    "相談先": "そうだんさき",
    "相談": "そうだん",
    "同意": "どうい",
    "共有": "きょうゆう",
    "内容": "ないよう",
    "本人": "ほんにん",
    "名前": "なまえ",
    "目的": "もくてき",
    "署名": "しょめい",
    "指": "ゆび",
    "書": "か",
    "押": "お",
    "願": "ねが",
    "聞": "き",
    "困": "こま",
    "方": "かた",
    "先": "さき",
    "合": "あ",
    "回": "まわ",
    "取": "と",
    "消": "け",
    "送": "おく",
    "伝": "つた",
    "市": "し",
}
_WORDS = re.compile("|".join(sorted(map(re.escape, READINGS), key=len, reverse=True)))


def ruby(text: str, extra: Mapping[str, str] | None = None) -> Markup:
    """The text, HTML-escaped, with readings over the words we know (and `extra` names)."""
    escaped = str(escape(text))
    names = {str(escape(k)): v for k, v in (extra or {}).items() if v}
    placed: dict[str, str] = {}
    for index, (name, reading) in enumerate(names.items()):
        marker = f"\x00{index}\x00"
        escaped = escaped.replace(name, marker)
        placed[marker] = f"<ruby>{name}<rt>{escape(reading)}</rt></ruby>"
    escaped = _WORDS.sub(
        lambda m: f"<ruby>{m.group(0)}<rt>{READINGS[m.group(0)]}</rt></ruby>", escaped
    )
    for marker, html in placed.items():
        escaped = escaped.replace(marker, html)
    return Markup(escaped)

"""The language a message is plainly written in, when it is one of the other languages
the bot speaks (English, Tiếng Việt, Português, 中文, 한국어, Filipino, Español).

A resident whose phone is set to Japanese may still write 「I can't pay my rent」: the bot
answers in the language they wrote in and offers the choice of language. The reading is
Lingua's (`lingua-language-detector`, its models restricted to these languages and
Japanese); a text too short to tell (「Hello」, a name in Latin letters) or with kana in it
is no sign, and neither is a reading Lingua is not sure of.

A crisis written in another language is answered in it even when the text is short: the
crisis rules say which language's words they found (`nlu.crisis_languages`)."""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING, Final

from nlu.crisis_languages import languages_of_cues

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The bot's codes (`handlers/i18n.py`) by Lingua's names.
_CODES: Final = {
    "ENGLISH": "en",
    "VIETNAMESE": "vi",
    "PORTUGUESE": "pt",
    "CHINESE": "zh-Hans",
    "KOREAN": "ko",
    "TAGALOG": "fil",
    "SPANISH": "es",
    "JAPANESE": "ja",
}
# Fewer letters than this is a word or a name, not a sentence that tells a language.
MIN_LETTERS: Final = 12
# Lingua's confidence (0–1, over the eight languages) a reading needs.
MIN_CONFIDENCE: Final = 0.6
_KANA = re.compile(r"[\u3041-\u30ff]")
_LETTERS = re.compile(r"[^\W\d_]")
_lock = threading.Lock()


@functools.cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _CODES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def warm() -> None:
    """Load Lingua's models now (about 0.5 s once per process), not at a first message."""
    with _lock:
        _detector().compute_language_confidence_values("warm up")


def _reading(text: str) -> dict[str, float]:
    with _lock:
        values = _detector().compute_language_confidence_values(text)
    return {_CODES[value.language.name]: value.value for value in values}


def written_language(text: str) -> str | None:
    """The code of the language `text` is plainly written in, if not Japanese; else None."""
    cued = languages_of_cues(text)
    if not cued and _KANA.search(text):
        return None
    letters = len(_LETTERS.findall(text))
    if not cued and letters < MIN_LETTERS:
        return None
    reading = _reading(text)
    if cued:
        # Words of crisis in one language (or in several that share them: 「morir」):
        # the likeliest of those.
        return max(sorted(cued), key=lambda code: reading.get(code, 0.0))
    best = max(reading, key=lambda code: reading[code])
    if best == "ja" or reading[best] < MIN_CONFIDENCE:
        return None
    return best

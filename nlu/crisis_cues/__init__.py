"""Crisis words, one module per language the bot speaks besides Japanese."""

from __future__ import annotations

from typing import Final

from nlu.crisis_cues import en, es, fil, ko, pt, vi, zh_hans

BY_LANGUAGE: Final = {
    "en": en,
    "vi": vi,
    "pt": pt,
    "es": es,
    "fil": fil,
    "ko": ko,
    "zh-Hans": zh_hans,
}
CUES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    language: module.CUES for language, module in BY_LANGUAGE.items()
}
NOT_BEFORE: Final[dict[str, str]] = {
    language: module.NOT_BEFORE for language, module in BY_LANGUAGE.items()
}
# Sentences that tell a danger as long past and over, where a language has them.
OVER: Final[dict[str, str]] = {
    language: module.OVER for language, module in BY_LANGUAGE.items() if hasattr(module, "OVER")
}
# Words near a danger, where no cue stands: the bot asks (the middle band).
WORRY: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    language: module.WORRY for language, module in BY_LANGUAGE.items()
}

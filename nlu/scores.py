"""From model scores to an `Understanding`: one decoder for every engine.

An engine gives two score tables: `heads` (the probability that the message's act, or
its primary category, is this name) and `categories` (the probability that each
category is among the troubles). The decoder picks the head; a trouble message keeps
every category whose probability reaches the threshold, with the primary first.

Crisis flags: the rules' flags always stand; a flag whose model probability (`crisis`)
reaches its cross-validated threshold (`crisis_thresholds`) is added to them. Each flag
keeps which signal raised it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from nlu.categories import ACTS, CATEGORY_IDS, CRISIS_FLAGS
from nlu.crisis import calls_for_help, child_alone_with_nobody, fears_violence
from nlu.crisis_languages import HAN, KANA, worried_in_languages
from nlu.text_normal import without_long_numbers
from nlu.types import CrisisSource, Engine, Understanding

log = logging.getLogger(__name__)

# Chosen on the dev set and held-out rounds 1–2 once the written corpus was trained on
# (0.3 → 0.4: macro-F1 0.897 → 0.931, 0.833 → 0.854, 0.789 → 0.810); see nlu/README.md.
DEFAULT_CATEGORY_THRESHOLD = 0.4


@dataclass(frozen=True, slots=True)
class Scores:
    heads: Mapping[str, float]
    categories: Mapping[str, float] = field(default_factory=dict)
    crisis: Mapping[str, float] = field(default_factory=dict)
    crisis_thresholds: Mapping[str, float] = field(default_factory=dict)
    # Where each flag's middle band starts (absent: no band, the threshold alone).
    crisis_ask_floors: Mapping[str, float] = field(default_factory=dict)

    def model_crisis(self) -> tuple[str, ...]:
        """The flags the model raises on its own: probability at or over the threshold."""
        return tuple(
            flag
            for flag in CRISIS_FLAGS
            if flag in self.crisis
            and flag in self.crisis_thresholds
            and self.crisis[flag] >= self.crisis_thresholds[flag]
        )

    def model_unsure(self) -> tuple[str, ...]:
        """The flags in their middle band: at or over the band's floor, under the threshold."""
        return tuple(
            flag
            for flag in CRISIS_FLAGS
            if flag in self.crisis
            and flag in self.crisis_ask_floors
            and self.crisis_ask_floors[flag] <= self.crisis[flag] < self.crisis_thresholds[flag]
        )


# Rasa's model and the in-process classifier read a message together when both are there:
# their heads and category probabilities are averaged with these weights for the
# in-process one (chosen on the dev set and rounds 9–12, already read: macro-F1 0.801 for the
# in-process classifier alone, 0.792 for Rasa alone, 0.815 together; see nlu/README.md).
IN_PROCESS_SHARE_OF_HEADS = 0.7
IN_PROCESS_SHARE_OF_CATEGORIES = 0.5


def blended(rasa: Scores, in_process: Scores) -> Scores:
    """Rasa's reading with the in-process classifier's averaged in; the crisis model's
    scores and thresholds stay Rasa's (the flags and the band are calibrated on them)."""

    def mix(
        first: Mapping[str, float], second: Mapping[str, float], share: float
    ) -> dict[str, float]:
        return {
            name: (1 - share) * first.get(name, 0.0) + share * second.get(name, 0.0)
            for name in {*first, *second}
        }

    return Scores(
        heads=mix(rasa.heads, in_process.heads, IN_PROCESS_SHARE_OF_HEADS),
        categories=mix(rasa.categories, in_process.categories, IN_PROCESS_SHARE_OF_CATEGORIES),
        crisis=rasa.crisis,
        crisis_thresholds=rasa.crisis_thresholds,
        crisis_ask_floors=rasa.crisis_ask_floors,
    )


@dataclass(frozen=True, slots=True)
class CrisisReading:
    flags: tuple[str, ...]
    sources: dict[str, tuple[CrisisSource, ...]]


def combine_crisis(rules: tuple[str, ...], model: tuple[str, ...]) -> CrisisReading:
    """Rule flags ∪ model flags, in the order of `CRISIS_FLAGS`, each with its sources."""
    sources: dict[str, tuple[CrisisSource, ...]] = {}
    for flag in CRISIS_FLAGS:
        raised_by: tuple[CrisisSource, ...] = (
            *(("rules",) if flag in rules else ()),
            *(("model",) if flag in model else ()),
        )
        if raised_by:
            sources[flag] = raised_by
    added = [flag for flag, raised_by in sources.items() if raised_by == ("model",)]
    if added:
        log.info("crisis flags raised by the model alone: %s", ",".join(added))
    return CrisisReading(flags=tuple(sources), sources=sources)


def decode(
    text: str,
    scores: Scores,
    crisis: tuple[str, ...],
    engine: Engine,
    threshold: float = DEFAULT_CATEGORY_THRESHOLD,
) -> Understanding:
    """The understanding that `scores` stand for; `crisis` are the rules' flags."""
    # A word or two (「子ども」 answering 「どなたのことですか」) is no statement of danger
    # for the model: the rules alone read it (「死にたい」「たすけて」 are theirs).
    # Nor is a phone number, a 〒 or a case number: the words around it are judged
    # (「電話 080-1111-3333」 is 「電話」, which the model scored as a call to 119).
    words = without_long_numbers(text, mark="")
    # Nor is a text with no kana or kanji (「1985년 5월 3일」「no one is in danger」): the
    # model was taught Japanese; other languages' words are read by their own rules.
    unwritten = not (KANA.search(text) or HAN.search(text))  # not in Japanese's letters
    too_short = _too_short_to_judge(words) or unwritten
    model = () if too_short else scores.model_crisis()
    reading = combine_crisis(crisis, model)
    # Unsure only where nothing is certain (a raised flag already gets the crisis answer)
    # and where there are words to be unsure about: 「ない」 answering a question is not
    # a hint of danger, whatever the model's score for two characters. A message giving
    # a number is about getting in touch: the model's doubt alone asks nothing there.
    gives_a_number = words != text
    unsure = () if reading.flags or too_short or gives_a_number else scores.model_unsure()
    called = calls_for_help(text)
    if called and not reading.flags:
        unsure = tuple(dict.fromkeys((*unsure, *HELP_CALLED_FLAGS)))
    if not reading.flags and fears_violence(text):
        unsure = tuple(dict.fromkeys((*unsure, "violence")))  # 「暴れて怖いです」: asked
    if not reading.flags and child_alone_with_nobody(text):
        unsure = tuple(dict.fromkeys((*unsure, "child_danger")))  # 「いえに ひとり。だれも いない」
    # Another language's words near a danger (the Japanese model cannot read them).
    worried = () if reading.flags else worried_in_languages(text)
    if worried:
        unsure = tuple(flag for flag in CRISIS_FLAGS if flag in worried or flag in unsure)
    crisis_scores = {f"crisis:{flag}": float(p) for flag, p in scores.crisis.items()}
    if not scores.heads:
        return Understanding(
            text=text,
            crisis=reading.flags,
            crisis_sources=reading.sources,
            crisis_unsure=unsure,
            act="unknown",
            engine=engine,
        )
    heads = {n: p for n, p in scores.heads.items() if not (called and n == "stop")}
    head = max(heads, key=lambda name: heads[name])
    if unwritten and head in ACTS and heads[head] < UNWRITTEN_ACT_MIN:
        head = "unknown"  # 「mou ikiteitakunai」「Tenho uma pergunta」 read as thanks, unsure
    if head in ACTS:
        return Understanding(
            text=text,
            act=head,
            confidence=round(float(scores.heads[head]), 4),
            engine=engine,
            scores={**scores.heads, **crisis_scores},
            crisis=reading.flags,
            crisis_sources=reading.sources,
            crisis_unsure=unsure,
        )
    category_heads = {name: p for name, p in scores.heads.items() if name in CATEGORY_IDS}
    primary = max(category_heads, key=lambda name: category_heads[name])
    chosen = [
        category
        for category, probability in sorted(
            scores.categories.items(), key=lambda item: item[1], reverse=True
        )
        if probability >= threshold and category != primary
    ]
    return Understanding(
        text=text,
        categories=(primary, *chosen),
        primary=primary,
        confidence=round(float(category_heads[primary]), 4),
        engine=engine,
        scores={
            **{f"category:{k}": float(v) for k, v in scores.categories.items()},
            **crisis_scores,
        },
        crisis=reading.flags,
        crisis_sources=reading.sources,
        crisis_unsure=unsure,
    )


# What a call for help asks about: a danger to life, from oneself or from someone else.
HELP_CALLED_FLAGS: tuple[str, ...] = ("suicide", "violence")
# Below this, an act the model reads in a text with no kana or kanji is a guess: unknown.
UNWRITTEN_ACT_MIN: float = 0.5

# Fewer letters than this (punctuation and spaces aside) never put a message in the band.
BAND_MIN_LETTERS = 6


def _too_short_to_judge(text: str) -> bool:
    letters = [c for c in text if c.isalnum()]
    return len(letters) < BAND_MIN_LETTERS

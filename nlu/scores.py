"""From model scores to an `Understanding`: one decoder for every engine.

An engine gives two score tables: `heads` (the probability that the message's act, or
its primary category, is this name) and `categories` (the probability that each
category is among the troubles). The decoder picks the head; a trouble message keeps
every category whose probability reaches the threshold, with the primary first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from nlu.categories import ACTS, CATEGORY_IDS
from nlu.types import Engine, Understanding

DEFAULT_CATEGORY_THRESHOLD = 0.3


@dataclass(frozen=True, slots=True)
class Scores:
    heads: Mapping[str, float]
    categories: Mapping[str, float] = field(default_factory=dict)


def decode(
    text: str,
    scores: Scores,
    crisis: tuple[str, ...],
    engine: Engine,
    threshold: float = DEFAULT_CATEGORY_THRESHOLD,
) -> Understanding:
    """The understanding that `scores` stand for; `crisis` comes from the rules."""
    if not scores.heads:
        return Understanding(text=text, crisis=crisis, act="unknown", engine=engine)
    head = max(scores.heads, key=lambda name: scores.heads[name])
    if head in ACTS:
        return Understanding(
            text=text,
            crisis=crisis,
            act=head,
            confidence=round(float(scores.heads[head]), 4),
            engine=engine,
            scores=dict(scores.heads),
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
        crisis=crisis,
        confidence=round(float(category_heads[primary]), 4),
        engine=engine,
        scores={**{f"category:{k}": float(v) for k, v in scores.categories.items()}},
    )

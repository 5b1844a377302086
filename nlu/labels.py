"""The bridge between Rasa intent names and the labels of the guide.

A trouble intent is a category id, or several joined by ``+`` with the primary first
(``care+debt+income``). A conversation act is its own intent (``greet`` … ``unknown``).
"""

from __future__ import annotations

from dataclasses import dataclass

from nlu.categories import ACTS, CATEGORY_IDS

INTENT_SPLIT = "+"


@dataclass(frozen=True, slots=True)
class Label:
    """What one training example means: the categories with their primary, or an act."""

    categories: tuple[str, ...] = ()
    primary: str | None = None
    act: str | None = None


class UnknownIntentError(ValueError):
    """An intent name that is neither an act nor a ``+``-joined list of category ids."""


def label_of_intent(intent: str) -> Label:
    """Decode an intent name; raises `UnknownIntentError` for names outside the vocabulary."""
    if intent in ACTS:
        return Label(act=intent)
    parts = intent.split(INTENT_SPLIT)
    unknown = [part for part in parts if part not in CATEGORY_IDS]
    if unknown or len(set(parts)) != len(parts):
        raise UnknownIntentError(f"not a category or act intent: {intent!r}")
    return Label(categories=tuple(parts), primary=parts[0])


def intent_of_label(label: Label) -> str:
    """The canonical intent name: the act, or the primary then the others alphabetically."""
    if label.act is not None:
        return label.act
    if label.primary is None:
        return "unknown"
    others = sorted(set(label.categories) - {label.primary})
    return INTENT_SPLIT.join([label.primary, *others])

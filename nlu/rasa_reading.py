"""Turns a Rasa ``/model/parse`` answer into the decoder's score tables.

The project's classifier (`nlu/rasa_components/multi_label.py`) answers the heads (act or
primary category) in ``intent_ranking`` and each category's own probability in
``categories``; both are read as they are. Its crisis heads answer ``crisis_scores``: each
flag's probability (``confidence``) and the threshold chosen for it by cross-validation
when the model was trained (``threshold``), and where its middle band starts
(``ask_from``: from there up to the threshold the bot asks instead of alarming).

A plain Rasa classifier (DIET) only ranks whole intents: there each ranked intent
(``care+debt+income`` or an act) lends its confidence to its head (the first part) and to
every category it names, so a combination never seen as a whole still shows up through
the intents that share its parts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from nlu.labels import UnknownIntentError, label_of_intent
from nlu.scores import Scores


def _named_confidences(entries: Iterable[Mapping[str, Any]]) -> Iterable[tuple[str, float]]:
    for entry in entries:
        name = entry.get("name")
        if name:
            yield str(name), float(entry.get("confidence") or 0.0)


def _ranking(payload: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    ranking = payload.get("intent_ranking") or []
    if not ranking and payload.get("intent"):
        ranking = [payload["intent"]]
    return list(ranking)


def _crisis_bounds(entries: Iterable[Mapping[str, Any]], key: str) -> dict[str, float]:
    return {
        str(entry["name"]): float(entry[key])
        for entry in entries
        if entry.get("name") and entry.get(key) is not None
    }


def _scores_from_multi_label(payload: Mapping[str, Any]) -> Scores:
    crisis = payload.get("crisis_scores") or []
    return Scores(
        heads=dict(_named_confidences(_ranking(payload))),
        categories=dict(_named_confidences(payload["categories"])),
        crisis=dict(_named_confidences(crisis)),
        crisis_thresholds=_crisis_bounds(crisis, "threshold"),
        crisis_ask_floors=_crisis_bounds(crisis, "ask_from"),
    )


def _scores_from_intents(payload: Mapping[str, Any]) -> Scores:
    heads: dict[str, float] = defaultdict(float)
    categories: dict[str, float] = defaultdict(float)
    for name, confidence in _named_confidences(_ranking(payload)):
        try:
            label = label_of_intent(name)
        except UnknownIntentError:
            continue
        heads[label.act or str(label.primary)] += confidence
        for category in label.categories:
            categories[category] += confidence
    return Scores(heads=dict(heads), categories=dict(categories))


def scores_from_parse(payload: Mapping[str, Any]) -> Scores:
    if isinstance(payload.get("categories"), list):
        return _scores_from_multi_label(payload)
    return _scores_from_intents(payload)

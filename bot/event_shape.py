"""Whether a webhook event is shaped as LINE sends them, before it is recorded.

LINE's events always have a short `type`, an ASCII `webhookEventId`, and a `source`
naming a user, group or room by an ASCII id. An event that has not (a forged or broken
body that still carries a valid signature) is set aside at the door: recording it would
fail on every redelivery, or leave a turn that can never be answered."""

from __future__ import annotations

import re
from typing import Any

EVENT_TYPE = re.compile(r"[A-Za-z]{1,40}")
SOURCE_TYPES = frozenset({"user", "group", "room"})
LINE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
ID_FIELDS = ("userId", "groupId", "roomId")


def shape_problem(raw: Any) -> str | None:
    """None for a well-formed event; else what is wrong with it, in words that quote
    nothing from the event (they go to the log)."""
    if not isinstance(raw, dict):
        return "not an object"
    kind = raw.get("type")
    if not isinstance(kind, str) or not EVENT_TYPE.fullmatch(kind):
        return "no usable type"
    event_id = raw.get("webhookEventId")
    if event_id is not None and not (isinstance(event_id, str) and LINE_ID.fullmatch(event_id)):
        return "webhookEventId is not a LINE id"
    source = raw.get("source")
    if source is None:
        return None  # LINE sends a few kinds of event without a source
    if not isinstance(source, dict) or source.get("type") not in SOURCE_TYPES:
        return "source is not a user, group or room"
    for field in ID_FIELDS:
        value = source.get(field)
        if value is not None and not (isinstance(value, str) and LINE_ID.fullmatch(value)):
            return f"source {field} is not a LINE id"
    return None

"""A signed webhook body → the events to record: each either taken (shaped as LINE sends
them) or set aside with a reason, in the order LINE sent them.

Only a body with no events to read at all is refused as a whole (`UnusableBody`): not
JSON, not an object with an `events` list, more events than LINE ever sends at once.
Everything odd inside one event stays with that event:

- nesting deeper than `MAX_DEPTH` is cut from the bytes before the parser recurses
  (`bot.json_nesting`), and the event that held it is set aside;
- a lone surrogate (`"\\ud800"`, half of a UTF-16 pair: no text can hold it, no database
  can store it) is replaced by U+FFFD wherever it appears, keys included, and the event
  goes on with the rest of what was written;
- a wrong type, a malformed id, a text longer than LINE allows: set aside
  (`bot.event_shape`)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from bot.event_shape import shape_problem, usable_event_id, usable_kind, usable_source
from bot.inbound import source_key
from bot.json_nesting import flatten_deep, too_deep

# LINE's events nest 6 levels deep; a body may hold 32.
MAX_DEPTH = 32
# LINE sends a handful of events per body; a body with more was not sent by LINE.
MAX_EVENTS = 500
# A JSON escape of a surrogate code point (a valid pair is checked like a lone one).
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
NO_SOURCE = "unknown:-"


class UnusableBody(ValueError):
    """A body with no events to read (the reason quotes nothing from it)."""


@dataclass(frozen=True)
class Taken:
    raw: dict[str, Any]


@dataclass(frozen=True)
class SetAside:
    """An event recorded for staff to see and never answered. `identity` de-duplicates
    LINE's redeliveries of it; `source_key` files it under its sender when it names one."""

    identity: str
    source_key: str
    kind: str
    reason: str
    payload: dict[str, Any]


def read_webhook_body(body: bytes) -> list[Taken | SetAside]:
    flattened = flatten_deep(body, MAX_DEPTH) if too_deep(body, MAX_DEPTH) else None
    try:
        payload = json.loads(flattened.body if flattened else body)
    except (ValueError, RecursionError):
        raise UnusableBody("body is not JSON") from None
    if SURROGATE_ESCAPE.search(body):
        payload = without_lone_surrogates(payload)
    events = payload.get("events") if isinstance(payload, dict) else None
    if not isinstance(events, list):
        raise UnusableBody("no events list")
    if len(events) > MAX_EVENTS:
        raise UnusableBody(f"more than {MAX_EVENTS} events")
    deep = flattened.deep_events if flattened else frozenset()
    return [
        _set_aside(raw, "nested too deep") if index in deep else _checked(raw)
        for index, raw in enumerate(events)
    ]


def without_lone_surrogates(value: Any) -> Any:
    """`value` with every lone surrogate in its strings and keys replaced by U+FFFD
    (recursion is bounded: the body's depth was checked first)."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub(REPLACEMENT, value)
    if isinstance(value, list):
        return [without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {
            LONE_SURROGATE.sub(REPLACEMENT, key): without_lone_surrogates(item)
            for key, item in value.items()
        }
    return value


def _checked(raw: Any) -> Taken | SetAside:
    problem = shape_problem(raw)
    return Taken(raw) if problem is None else _set_aside(raw, problem)


def _set_aside(raw: Any, reason: str) -> SetAside:
    event = raw if isinstance(raw, dict) else {"value": raw}
    identity = usable_event_id(event)
    if identity is None:
        canonical = json.dumps(raw, sort_keys=True, ensure_ascii=True).encode("ascii")
        identity = "sha256:" + hashlib.sha256(canonical).hexdigest()[:56]
    return SetAside(
        identity=identity,
        source_key=source_key(event) if usable_source(event) else NO_SOURCE,
        kind=usable_kind(event),
        reason=reason,
        payload=event,
    )

"""What a fuzzer sends: webhook bodies from random bytes to LINE-shaped events with odd
fields, console forms and query strings with odd values."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlencode

from hypothesis import strategies as st

from api.emulator.events import EventFactory, new_event_id
from cases.casework.vocabulary import STATUSES

# Residents the LINE-shaped events come from (most of the time): real-looking ids, so the
# events reach the conversation handlers, not just the door.
RESIDENTS = tuple(f"U{n:032x}" for n in range(0xF0F0, 0xF0F0 + 24))
ACTIONS = ("menu", "intake", "consent", "withdraw", "nav", "human", "emergency", "data")
EVENT_TYPES = (
    "message",
    "postback",
    "follow",
    "unfollow",
    "join",
    "leave",
    "memberJoined",
    "memberLeft",
    "beacon",
    "accountLink",
    "unsend",
    "videoPlayComplete",
)
MESSAGE_TYPES = ("text", "sticker", "image", "video", "audio", "file", "location", "imagemap")
WORDS = (
    "こんにちは",
    "家賃が払えません",
    "死にたい",
    "はい",
    "いいえ",
    "相談したい",
    "090-1234-5678",
)

# Odd text: any code point (NUL, lone surrogates excluded: JSON cannot carry them), often
# long, sometimes a real resident's phrase.
text = st.text(max_size=60) | st.text(min_size=200, max_size=2500) | st.sampled_from(WORDS)
short_text = st.text(max_size=12)
scalars = st.none() | st.booleans() | st.integers() | st.floats() | text
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(short_text, inner, max_size=4),
    max_leaves=12,
)


def encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


# ------------------------------------------------------------------ the webhook


def mostly(usual: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """`usual` four times in five, `odd` otherwise."""
    return st.one_of(usual, usual, usual, usual, odd)


sources = mostly(
    st.fixed_dictionaries({"type": st.just("user"), "userId": st.sampled_from(RESIDENTS)}),
    st.fixed_dictionaries(
        {"type": st.sampled_from(("user", "group", "room")) | short_text},
        optional={
            "userId": st.sampled_from(RESIDENTS) | text | json_values,
            "groupId": text | json_values,
            "roomId": text | json_values,
        },
    )
    | json_values,
)
messages = (
    st.fixed_dictionaries(
        {"id": short_text, "type": st.just("text"), "text": text},
        optional={"quoteToken": short_text, "emojis": json_values, "mention": json_values},
    )
    | st.fixed_dictionaries(
        {"id": short_text | json_values, "type": st.sampled_from(MESSAGE_TYPES) | short_text},
        optional={
            "packageId": short_text,
            "stickerId": short_text | json_values,
            "latitude": st.floats(),
            "longitude": json_values,
            "title": text,
            "contentProvider": json_values,
        },
    )
    | json_values
)
postback_data = text | st.builds(
    urlencode,
    st.dictionaries(
        st.sampled_from(("a", "v", "k", "i", "to", "step")) | short_text,
        st.sampled_from(ACTIONS) | short_text,
        max_size=4,
    ),
)
postbacks = (
    st.fixed_dictionaries(
        {"data": postback_data},
        optional={
            "params": st.dictionaries(
                st.sampled_from(("date", "time", "datetime", "newRichMenuAliasId", "status"))
                | short_text,
                short_text | json_values,
                max_size=3,
            )
        },
    )
    | json_values
)
odd_events = st.fixed_dictionaries(
    {
        "type": mostly(st.sampled_from(("message", "postback", "follow")), short_text),
        "webhookEventId": mostly(st.builds(new_event_id), json_values),
        "source": sources,
        "message": messages,
        "postback": postbacks,
    },
    optional={
        "replyToken": short_text | json_values,
        "timestamp": st.integers() | st.floats() | short_text,
        "mode": st.sampled_from(("active", "standby")) | short_text,
        "deliveryContext": json_values,
    },
)
params = st.dictionaries(
    st.sampled_from(("date", "time", "datetime")), st.dates().map(str) | short_text, max_size=2
)
# What LINE sends as a postback's data: at most 300 characters (a button's `data`).
line_postback_data = postback_data.filter(lambda data: len(data) <= 300)
factory = EventFactory()  # no emulator: reply tokens LINE never issued, so replies fall
# back to pushes, as after a restart
well_formed_events = st.one_of(
    st.builds(factory.text, st.sampled_from(RESIDENTS), text),
    st.builds(factory.text, st.sampled_from(RESIDENTS), text),
    st.builds(factory.postback, st.sampled_from(RESIDENTS), line_postback_data, params=params),
    st.builds(factory.postback, st.sampled_from(RESIDENTS), line_postback_data, params=params),
    st.builds(factory.follow, st.sampled_from(RESIDENTS)),
    st.builds(factory.sticker, st.sampled_from(RESIDENTS), short_text, short_text),
    st.builds(factory.image, st.sampled_from(RESIDENTS)),
    st.builds(factory.location, st.sampled_from(RESIDENTS), text, text, st.floats(), st.floats()),
    st.builds(factory.unfollow, st.sampled_from(RESIDENTS)),
)
# Well-formed events with odd content (what a resident could type or tap), and events
# with odd shapes (what a broken or forged body could carry).
line_events = mostly(well_formed_events, odd_events)
line_bodies = st.fixed_dictionaries(
    {"destination": short_text, "events": st.lists(line_events, min_size=1, max_size=2)}
).map(encode)
json_bodies = (
    json_values.map(encode)
    | st.fixed_dictionaries({"events": json_values}).map(encode)
    | st.fixed_dictionaries({"events": st.lists(json_values, max_size=4)}).map(encode)
)
raw_bodies = st.binary(max_size=600)


# ------------------------------------------------------------------ the console

ids = st.integers() | st.integers(min_value=-5, max_value=50)
form_values = text | st.sampled_from(("", "0", "-1", "1e309", "NaN", "9" * 40))
query_values = form_values | st.integers().map(str)
CASE_LIST_FILTERS = ("status", "category", "ward", "urgency", "complex", "page")
case_list_queries = st.dictionaries(
    st.sampled_from(CASE_LIST_FILTERS) | short_text, query_values, max_size=6
)
action_forms = {
    "status": st.fixed_dictionaries(
        {}, optional={"to": st.sampled_from(STATUSES) | form_values, "reason": form_values}
    ),
    "notes": st.fixed_dictionaries({}, optional={"text": form_values}),
    "agencies": st.fixed_dictionaries(
        {},
        optional={
            "agency_id": st.sampled_from(("okayama-houkatsu-kita-chuo", "nowhere")) | form_values
        },
    ),
    "support-meetings": st.fixed_dictionaries(
        {},
        optional={
            "reason": form_values,
            "meeting_date": st.dates().map(str) | st.datetimes().map(str) | form_values,
            "agency_id": st.sampled_from(("okayama-houkatsu-kita-chuo", "nowhere")) | form_values,
        },
    ),
    "consents/person": st.fixed_dictionaries(
        {},
        optional={
            "grantor": st.sampled_from(("self", "representative", "family")) | form_values,
            "channel": st.sampled_from(("phone", "in_person", "line")) | form_values,
            "answer": st.sampled_from(("yes", "no")) | form_values,
            "decided_at": st.datetimes().map(lambda d: d.isoformat()) | form_values,
            "grantor_name": form_values,
            "note": form_values,
            "agency_id": st.sampled_from(("okayama-houkatsu-kita-chuo", "nowhere")) | form_values,
        },
    ),
    "protections": st.fixed_dictionaries(
        {},
        optional={
            "reason": form_values,
            "agency_id": st.sampled_from(("okayama-houkatsu-kita-chuo", "nowhere")) | form_values,
        },
    ),
    "take-over": st.just({}),
    "reply": st.fixed_dictionaries({}, optional={"text": form_values}),
    "hand-back": st.just({}),
}
url_segments = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="/?#"), max_size=30
)


# ------------------------------------------------------------------ hostile shapes

# Values no LINE event holds, for any field: lone surrogates (the JSON escape `\ud800`),
# nesting deeper than Python recurses (a placeholder that `encode_hostile` turns into
# that many nested arrays in the bytes), strings past LINE's limits, wrong types.
DEEP_MARK = "\x00deep\x00"
lone_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
with_surrogates = st.builds(lambda a, s, b: a + s + b, short_text, lone_surrogates, short_text)
deep_values = st.integers(min_value=33, max_value=20_000).map(lambda n: f"{DEEP_MARK}{n}")
huge_text = st.integers(min_value=10_001, max_value=150_000).map(lambda n: "a" * n)
hostile_values = st.one_of(
    json_values,
    with_surrogates,
    deep_values,
    huge_text,
    st.dictionaries(with_surrogates, json_values, min_size=1, max_size=3),
    st.lists(st.none() | st.booleans() | st.floats(), min_size=1, max_size=3),
)
# Where in an event a hostile value goes: every field tsunagu reads, and a new key.
EVENT_PATHS: tuple[tuple[str, ...], ...] = (
    ("type",),
    ("webhookEventId",),
    ("source",),
    ("source", "type"),
    ("source", "userId"),
    ("source", "groupId"),
    ("timestamp",),
    ("replyToken",),
    ("mode",),
    ("message",),
    ("message", "type"),
    ("message", "id"),
    ("message", "text"),
    ("postback",),
    ("postback", "data"),
    ("postback", "params"),
    ("deliveryContext",),
    ("deliveryContext", "isRedelivery"),
)
hostile_paths = st.sampled_from(EVENT_PATHS) | st.tuples(with_surrogates)


def mutated(event: dict[str, Any], changes: list[tuple[tuple[str, ...], Any]]) -> dict[str, Any]:
    """`event` with each value at a path replaced (parents made objects where needed)."""
    event = json.loads(json.dumps(event))
    for path, value in changes:
        parent = event
        for key in path[:-1]:
            if not isinstance(parent.get(key), dict):
                parent[key] = {}
            parent = parent[key]
        parent[path[-1]] = value
    return event


hostile_events = st.builds(
    mutated,
    well_formed_events,
    st.lists(st.tuples(hostile_paths, hostile_values), min_size=1, max_size=3),
) | st.sampled_from(
    (
        {"type": "message", "source": {"type": {}}},
        {"type": "message", "source": {"type": []}},
        {"type": {}, "source": {"type": "user", "userId": RESIDENTS[0]}},
        [1, 2, 3],
        "message",
        None,
    )
)
# Events LINE could send, some with lone surrogates in what the resident wrote (cleaned
# and taken, never set aside).
good_events = well_formed_events | st.builds(
    factory.text, st.sampled_from(RESIDENTS), with_surrogates
)


def _deepened(match: re.Match[bytes]) -> bytes:
    levels = int(match.group(1))
    return b"[" * levels + b"]" * levels


DEEP_IN_JSON = re.compile(rb'"\\u0000deep\\u0000(\d+)"')


def encode_hostile(value: Any) -> bytes:
    """JSON as LINE frames it (surrogates as `\\ud800` escapes), deep marks made deep."""
    return DEEP_IN_JSON.sub(_deepened, json.dumps(value).encode("ascii"))


def _mixed_body(goods: list[Any], bads: list[Any], order: Any) -> tuple[bytes, list[str]]:
    events = goods + bads
    order.shuffle(events)
    body = encode_hostile({"destination": "U" + "0" * 32, "events": events})
    return body, [event["webhookEventId"] for event in goods]


# A body of good and hostile events in any order, and the ids of the good ones.
mixed_bodies = st.builds(
    _mixed_body,
    st.lists(good_events, max_size=3),
    st.lists(hostile_events, min_size=1, max_size=3),
    st.randoms(use_true_random=False),
)
# Whole bodies no LINE delivery looks like: nested past any limit at the top, an events
# list that never closes, surrogates in the frame, too many events, not objects at all.
hostile_frames = st.one_of(
    st.integers(min_value=33, max_value=20_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(min_value=33, max_value=20_000).map(lambda n: b'{"events":' + b"[" * n),
    st.integers(min_value=33, max_value=20_000).map(
        lambda n: b'{"events": [' + b'{"a":' * n + b"1" + b"}" * n + b"]}"
    ),
    st.builds(lambda v: encode_hostile({"events": v}), hostile_values),
    st.builds(lambda k, v: encode_hostile({k: v, "events": []}), with_surrogates, hostile_values),
    st.integers(min_value=501, max_value=3_000).map(
        lambda n: b'{"events": [' + b",".join([b"{}"] * n) + b"]}"
    ),
    hostile_values.map(encode_hostile),
)
# Request targets and headers of any length, for the request limits.
long_paths = st.integers(min_value=0, max_value=60_000).map(lambda n: "/console/" + "a" * n)
long_headers = st.integers(min_value=0, max_value=60_000).map(lambda n: {"x-filler": "b" * n})

"""What a fuzzer sends: webhook bodies from random bytes to LINE-shaped events with odd
fields, console forms and query strings with odd values."""

from __future__ import annotations

import json
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
factory = EventFactory()  # no emulator: reply tokens LINE never issued, so replies fall
# back to pushes, as after a restart
well_formed_events = st.one_of(
    st.builds(factory.text, st.sampled_from(RESIDENTS), text),
    st.builds(factory.text, st.sampled_from(RESIDENTS), text),
    st.builds(factory.postback, st.sampled_from(RESIDENTS), postback_data, params=params),
    st.builds(factory.postback, st.sampled_from(RESIDENTS), postback_data, params=params),
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

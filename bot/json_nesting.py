"""How deep a JSON text nests, read from its bytes before any parser recurses into it.

Python's `json` recurses once per level of nesting, and so does everything that walks
what it returns; a signed body of 5,000 nested arrays must not get that far. `too_deep`
answers from the bytes in C-speed steps (strings removed, brackets counted with a
running sum), and only a body that is too deep is walked token by token by
`flatten_deep`, which puts `null` where a value nested too deep was and says which of the
body's events held one — so an over-deep event is set aside and its neighbours kept."""

from __future__ import annotations

import json
import re
from array import array
from dataclasses import dataclass
from itertools import accumulate

# A JSON string (escapes included); unrolled so it cannot backtrack.
STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},:]', re.DOTALL)
NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# An opening bracket is a step of +1, a closing one of -1 (0xff as a signed byte).
STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")


def too_deep(body: bytes, limit: int) -> bool:
    """Whether arrays and objects in `body` nest more than `limit` levels deep."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    steps = STRING.sub(b"", body).translate(STEPS, NOT_BRACKETS)
    return max(accumulate(array("b", steps)), default=0) > limit


@dataclass(frozen=True)
class Flattened:
    body: bytes
    # Positions in the top-level "events" array of the events that held a value nested
    # too deep (now `null`).
    deep_events: frozenset[int]


def flatten_deep(body: bytes, limit: int) -> Flattened:
    """`body` with every array or object that opens deeper than `limit` replaced by `null`.
    A body that is not JSON stays not JSON (the parser then refuses it)."""
    pieces: list[bytes] = []
    kept_until = 0
    depth = 0
    cut_from: int | None = None
    last_string = b""
    key_of_value = b""
    in_events = False
    index = 0
    deep: set[int] = set()
    for token in TOKEN.finditer(body):
        mark = token.group()
        if mark[:1] == b'"':
            if depth == 1:
                last_string = mark
        elif mark == b":":
            if depth == 1:
                key_of_value = last_string
        elif mark == b",":
            if in_events and depth == 2:
                index += 1
        elif mark in (b"[", b"{"):
            depth += 1
            if depth == 2 and mark == b"[" and _is_events(key_of_value):
                in_events, index, deep = True, 0, set()  # the last "events" key counts
            if depth == limit + 1 and cut_from is None:
                cut_from = token.start()
        else:  # a closing bracket
            if depth == limit + 1 and cut_from is not None:
                pieces += [body[kept_until:cut_from], b"null"]
                kept_until, cut_from = token.end(), None
                if in_events:
                    deep.add(index)
            if depth == 2 and in_events:
                in_events = False
            depth -= 1
    pieces.append(body[kept_until:])
    return Flattened(b"".join(pieces), frozenset(deep))


def _is_events(key: bytes) -> bool:
    if key == b'"events"':
        return True
    if b"\\" not in key:
        return False
    try:
        return bool(json.loads(key) == "events")  # the key written with escapes
    except ValueError:
        return False

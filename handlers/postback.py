"""Postback payloads: short query strings such as `a=menu&v=search`."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode


def payload(action: str, **values: str) -> str:
    return urlencode({"a": action, **values})


def parse_payload(data: str) -> dict[str, str]:
    return dict(parse_qsl(data, keep_blank_values=True))

"""LINE's `x-line-signature`: base64 of HMAC-SHA256 of the raw body bytes, keyed by the
channel secret. Checked on the bytes as received: a body that is not valid UTF-8 is still
checked truly (and then refused for what it is, not as unsigned). The standard library
only: importing line-bot-sdk costs a second of CPU, which the ack path must not wait for."""

from __future__ import annotations

import base64
import hashlib
import hmac


def line_signature(body: bytes, channel_secret: str) -> str:
    digest = hmac.new(channel_secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def signed_by_line(body: bytes, signature: str, channel_secret: str) -> bool:
    """Whether `signature` is LINE's for `body` (compared in constant time)."""
    expected = line_signature(body, channel_secret).encode("ascii")
    return hmac.compare_digest(expected, signature.encode("utf-8"))

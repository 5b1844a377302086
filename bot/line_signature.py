"""LINE's `x-line-signature`: base64 of the body's HMAC-SHA256 under the channel secret.

The same computation as line-bot-sdk's `SignatureValidator` (the body read as UTF-8, with
undecodable bytes replaced, as the SDK takes it), without importing the SDK: its import
costs the webhook a second of CPU, which the ack path must not wait for."""

from __future__ import annotations

import base64
import hashlib
import hmac


def signature_of(body: bytes, channel_secret: str) -> str:
    digest = hmac.new(channel_secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def signature_matches(body: bytes, channel_secret: str, signature: str) -> bool:
    """Whether `signature` is LINE's for `body` (compared in constant time)."""
    as_read = body.decode("utf-8", "replace").encode("utf-8")
    expected = signature_of(as_read, channel_secret).encode("ascii")
    return hmac.compare_digest(expected, signature.encode("utf-8"))

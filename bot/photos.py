"""A photo a resident sent, fetched from LINE and checked before it is kept.

The type is read from the bytes (magic numbers), never from a header: JPEG, PNG, HEIC
(HEIF brands) and WebP are kept, anything else is refused; so is anything over
`MAX_PHOTO_BYTES` (no more of it is read). A photo LINE no longer has (404/410) is
"gone"; any other failure raises, so the turn fails and the worker tries it again —
nothing sent is lost."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from bot.line_api import LineApi, LineApiError

MAX_PHOTO_BYTES: Final = 10 * 1024 * 1024
GONE_STATUSES: Final = (404, 410)
HEIF_BRANDS: Final = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")

Verdict = Literal["kept", "too_large", "not_a_photo", "gone"]


@dataclass(frozen=True, slots=True)
class FetchedPhoto:
    verdict: Verdict
    media_type: str = ""
    body: bytes = b""


def photo_type(body: bytes) -> str | None:
    """The photo's media type from its first bytes; None when it is not a photo we keep."""
    if body.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if body.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "image/webp"
    if body[4:8] == b"ftyp" and body[8:12] in HEIF_BRANDS:
        return "image/heic"
    return None


def judge(body: bytes) -> FetchedPhoto:
    if len(body) > MAX_PHOTO_BYTES:
        return FetchedPhoto("too_large")
    media_type = photo_type(body)
    if media_type is None:
        return FetchedPhoto("not_a_photo")
    return FetchedPhoto("kept", media_type, body)


async def fetch_photo(line: LineApi, message_id: str) -> FetchedPhoto:
    try:
        body = await line.message_content(message_id, MAX_PHOTO_BYTES)
    except LineApiError as error:
        if error.status in GONE_STATUSES:
            return FetchedPhoto("gone")
        raise
    return FetchedPhoto("too_large") if body is None else judge(body)

"""How long a request's target (path and query) and its header fields may be, and an ASGI
guard that answers 414 URI Too Long / 431 Request Header Fields Too Large before any
route, middleware or log line sees them.

No address of the console, the webhook or the consent pages comes near 8 KiB, and a
browser's headers near 32 KiB. The server in front (`tsunagu.http_server`) holds the same
limits while it reads, so a megabyte-long request line is refused without being kept;
this guard holds them for any server the app runs under (and for tests calling the app in
process)."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

MAX_TARGET_BYTES = 8 * 1024
MAX_HEADER_BYTES = 32 * 1024
TOO_LONG = {
    414: b"URI Too Long: the address of this request is too long.\n",
    431: b"Request Header Fields Too Large: the headers of this request are too large.\n",
}


def target_bytes(scope: Scope) -> int:
    return len(scope.get("raw_path") or scope.get("path", "").encode()) + len(
        scope.get("query_string", b"")
    )


def header_bytes(scope: Scope) -> int:
    return sum(len(name) + len(value) for name, value in scope.get("headers", ()))


def refusal_for(scope: Scope) -> int | None:
    """414 or 431 for a request past the limits, else None."""
    if target_bytes(scope) > MAX_TARGET_BYTES:
        return 414
    if header_bytes(scope) > MAX_HEADER_BYTES:
        return 431
    return None


class RequestLimits:
    """The outermost middleware: a request past the limits is answered at once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        status = refusal_for(scope) if scope["type"] == "http" else None
        if status is None:
            await self.app(scope, receive, send)
            return
        body = TOO_LONG[status]
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

"""The HTTP server every `tsunagu` command runs the app under: uvicorn, with the request
limits of `api.request_limits` held while the request is read.

uvicorn's httptools parser keeps reading a request line or a header for as long as the
client sends it (a 1 MB header reached the app; a request line past 64 KiB got a bare
400 once the URL parser gave up), and h11 answers 400 past its own limit. Here a request
past the limits is answered 414 URI Too Long / 431 Request Header Fields Too Large as
soon as its head is read, and a head that never ends is cut off at `MAX_HEAD_BYTES`."""

from __future__ import annotations

from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from api.request_limits import MAX_HEADER_BYTES, MAX_TARGET_BYTES, TOO_LONG

# The most a request's head may take before the server stops reading it (the limits above
# with room for the request line's method and version, and for a read that carried the
# head's last bytes together with the body's first).
MAX_HEAD_BYTES = 512 * 1024
# How long a refused request's connection is kept to let the client read the answer.
LINGER_SECONDS = 5.0


class HeadTooLarge(Exception):
    """Raised inside the parser's callback to stop it; the status is kept on the protocol."""


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """httptools, with the request target and header fields limited while they are read."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refusal: int | None = None
        self.reading_head = True
        self.head_bytes = 0
        self.header_bytes = 0

    def data_received(self, data: bytes) -> None:
        if self.refusal is not None:
            return  # answered already; the rest of the request is not read
        if self.reading_head:
            self.head_bytes += len(data)
            if self.head_bytes > MAX_HEAD_BYTES:  # a header that never ends (a long target
                self._refuse(431)  # was refused as it came in)
                return
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.reading_head, self.head_bytes, self.header_bytes = True, 0, 0

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > MAX_TARGET_BYTES:
            self.refusal = 414
            raise HeadTooLarge

    def on_header(self, name: bytes, value: bytes) -> None:
        super().on_header(name, value)
        self.header_bytes += len(name) + len(value)
        if self.header_bytes > MAX_HEADER_BYTES:
            self.refusal = 431
            raise HeadTooLarge

    def on_headers_complete(self) -> None:
        self.reading_head = False
        super().on_headers_complete()

    def send_400_response(self, msg: str) -> None:
        """The parser stopped: at our limit (414/431), or on a malformed request (400)."""
        if self.refusal is None:
            super().send_400_response(msg)
        else:
            self._refuse(self.refusal)

    def _refuse(self, status: int) -> None:
        self.refusal = status
        body = TOO_LONG[status]
        reason = b"URI Too Long" if status == 414 else b"Request Header Fields Too Large"
        head = [b"HTTP/1.1 %d %s\r\n" % (status, reason)]
        head += [
            name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers
        ]
        head += [
            b"content-type: text/plain; charset=utf-8\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        # The client may still be sending the rest: closing now would reset the
        # connection before it reads the answer. Stop writing, read and drop what comes,
        # and close when the client does, or after LINGER_SECONDS.
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER_SECONDS, self.transport.close)


def server_config(app: Any, host: str, port: int, **options: Any) -> uvicorn.Config:
    """uvicorn's configuration for `app` with tsunagu's request limits (httptools, as
    uvicorn[standard] would choose; h11, if asked for, refuses a head past the limits
    with its own 400)."""
    options.setdefault("http", BoundedHttpToolsProtocol)
    options.setdefault("h11_max_incomplete_event_size", MAX_TARGET_BYTES + MAX_HEADER_BYTES)
    return uvicorn.Config(app, host=host, port=port, **options)

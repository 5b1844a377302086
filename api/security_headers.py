"""Headers every answer carries: no sniffing, no framing, no referrer (consent links carry
a one-time token in the path), and pages with personal data are never cached. The
console's pages also carry a content security policy: its own scripts and styles only."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ALWAYS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
NO_STORE = (b"cache-control", b"no-store")
PERSONAL_PAGES = ("/console", "/visit")
# The console loads its scripts and styles from its own files only: a name or a story that
# slipped past the templates' escaping could still run nothing.
CONSOLE = "/console"
CONSOLE_POLICY = (
    b"content-security-policy",
    b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
)


class SecurityHeaders:
    """ASGI middleware (no body buffering: the webhook still streams its request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        personal = path.startswith(PERSONAL_PAGES)
        console = path.startswith(CONSOLE)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = (
                    [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                    if personal
                    else list(message.get("headers", []))
                )
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in ALWAYS if k not in present]
                if personal:
                    headers.append(NO_STORE)
                if console and CONSOLE_POLICY[0] not in present:
                    headers.append(CONSOLE_POLICY)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)

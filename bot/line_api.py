"""The LINE Messaging API as the runtime needs it: reply, push, loading animation.

Uses line-bot-sdk v3's async client; `LINE_API_BASE_URL` points it at LINE or at the
emulator."""

from __future__ import annotations

import logging
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# The SDK is imported on first use, not with this module: its models take a second of CPU
# to build, which a server spends after it listens (`Services.warm_up`), not before.
if TYPE_CHECKING:
    from linebot.v3.messaging import ApiException, AsyncApiClient, AsyncMessagingApi

log = logging.getLogger(__name__)

# Without a limit the SDK waits five minutes for LINE: one hung call would hold a
# resident's turn, and everyone queued behind it, for that long.
DEFAULT_TIMEOUT_SECONDS = 10.0
# The "…" animation is a courtesy; it must never hold up an answer.
LOADING_TIMEOUT_SECONDS = 2.0


class LineApiError(Exception):
    """LINE answered with an error, or could not be reached."""

    def __init__(self, status: int | None, detail: str) -> None:
        super().__init__(f"LINE API error {status}: {detail}")
        self.status = status

    @property
    def retryable(self) -> bool:
        return self.status is None or self.status == 429 or self.status >= 500


class ReplyTokenRejected(LineApiError):
    """The reply token was used already or has expired."""


@dataclass(frozen=True)
class PushReceipt:
    """LINE took the push: now (200), or before, under the same retry key (409)."""

    accepted_before: bool
    request_id: str | None


def proxy_for(url: str) -> str | None:
    """The proxy the environment names for `url` (`HTTPS_PROXY`, `NO_PROXY`…), read once."""
    parts = urllib.parse.urlsplit(url)
    if parts.hostname is None or urllib.request.proxy_bypass(parts.hostname):
        return None
    return urllib.request.getproxies().get(parts.scheme)


def _read_environment_once(client: AsyncApiClient) -> None:
    """The SDK's aiohttp session trusts the environment, so aiohttp looks for a proxy and a
    netrc file in a thread on every call to LINE: two thread hops a call, a tenth of a
    worker's CPU. The same session without it; the proxy, read once, is the SDK's own
    setting (`proxy_for`)."""
    import aiohttp

    rest = client.rest_client
    connector = rest.pool_manager.connector
    rest.pool_manager.detach()  # the connector is kept for the new session
    rest.pool_manager = aiohttp.ClientSession(connector=connector, trust_env=False)


def data_base_url(base_url: str) -> str:
    """Where LINE serves what users sent (api-data.line.me); the emulator serves both."""
    return base_url.rstrip("/").replace("://api.line.me", "://api-data.line.me")


class LineApi:
    def __init__(
        self,
        base_url: str,
        access_token: str,
        timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
        courtesy_seconds: float = LOADING_TIMEOUT_SECONDS,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._access_token = access_token
        self._timeout = timeout_seconds
        # The calls a turn does not wait long for: the loading animation, the profile.
        self._courtesy = min(timeout_seconds, courtesy_seconds)
        self._client: AsyncApiClient | None = None
        self._messaging: AsyncMessagingApi | None = None

    @property
    def _api(self) -> AsyncMessagingApi:
        """The SDK client, made on first use: aiohttp needs the running event loop."""
        if self._messaging is None:
            from linebot.v3.messaging import AsyncApiClient, AsyncMessagingApi, Configuration

            configuration = Configuration(host=self._base_url, access_token=self._access_token)
            configuration.proxy = proxy_for(self._base_url)
            self._client = AsyncApiClient(configuration)
            _read_environment_once(self._client)
            self._messaging = AsyncMessagingApi(self._client)
        return self._messaging

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = self._messaging = None

    async def reply(self, reply_token: str, messages: list[dict[str, Any]]) -> str | None:
        """Reply with a one-use token; LINE's request id. `ReplyTokenRejected` when LINE
        refuses the token: used already, or expired — the refusal does not say which."""
        from linebot.v3.messaging import ApiException, ReplyMessageRequest

        request = ReplyMessageRequest.from_dict({"replyToken": reply_token, "messages": messages})
        with _as_line_error():
            try:
                answer = await self._api.reply_message_with_http_info(
                    request, _request_timeout=self._timeout
                )
            except ApiException as error:
                if error.status == 400 and "reply token" in str(error.body or "").lower():
                    raise ReplyTokenRejected(error.status, "reply token rejected") from error
                raise
        return _header(answer.headers, "x-line-request-id")

    async def push(self, to: str, messages: list[dict[str, Any]], retry_key: str) -> PushReceipt:
        """Push with an idempotency key. LINE answers 409 to a key it accepted before: that
        answer is the proof the earlier push went out, and names its request."""
        from linebot.v3.messaging import ApiException, PushMessageRequest

        request = PushMessageRequest.from_dict({"to": to, "messages": messages})
        with _as_line_error():
            try:
                answer = await self._api.push_message_with_http_info(
                    request, x_line_retry_key=retry_key, _request_timeout=self._timeout
                )
            except ApiException as error:
                if error.status != 409:
                    raise
                accepted = _header(error.headers, "x-line-accepted-request-id")
                return PushReceipt(accepted_before=True, request_id=accepted)
        return PushReceipt(
            accepted_before=False, request_id=_header(answer.headers, "x-line-request-id")
        )

    async def show_loading(self, user_id: str, seconds: int = 10) -> None:
        """LINE's "…" animation while slow work runs. Best effort: failures are ignored."""
        from linebot.v3.messaging import ShowLoadingAnimationRequest

        request = ShowLoadingAnimationRequest(chatId=user_id, loadingSeconds=seconds)
        try:
            await self._api.show_loading_animation(request, _request_timeout=self._courtesy)
        except Exception as error:
            log.info("loading animation not shown: %s", type(error).__name__)

    async def profile_language(self, user_id: str) -> str | None:
        """The language of the user's LINE app (`language` of their profile), or None
        when LINE does not say or cannot be reached: the door then speaks Japanese."""
        try:
            profile = await self._api.get_profile(user_id, _request_timeout=self._courtesy)
        except Exception as error:
            log.info("profile not read: %s", type(error).__name__)
            return None
        language = getattr(profile, "language", None)
        return str(language) if language else None

    # ---------------------------------------------------------------- rich menus

    async def message_content(self, message_id: str, limit: int) -> bytes | None:
        """What a user sent with message `message_id` (a photo, a file), as LINE keeps it;
        None when it is larger than `limit` bytes, told by its Content-Length or by the
        bytes read so far — more is never read. Streamed with httpx: the SDK reads the
        whole body into memory before it can be measured."""
        import httpx

        url = f"{data_base_url(self._base_url)}/v2/bot/message/{message_id}/content"
        headers = {"Authorization": f"Bearer {self._access_token}"}
        with _as_line_error():
            async with (
                httpx.AsyncClient(timeout=self._timeout) as client,
                client.stream("GET", url, headers=headers) as response,
            ):
                if response.status_code >= 300:
                    raise LineApiError(response.status_code, "message content refused")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    return None
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > limit:
                        return None
                return bytes(body)

    async def rich_menu_ids(self, name: str) -> list[str]:
        """The ids of the channel's rich menus called `name`."""
        with _as_line_error():
            listed = await self._api.get_rich_menu_list(_request_timeout=self._timeout)
        return [menu.rich_menu_id for menu in listed.richmenus if menu.name == name]

    async def create_rich_menu(self, body: dict[str, Any], image_png: bytes) -> str:
        """Create a rich menu and upload its image; returns its id."""
        from linebot.v3.messaging import AsyncMessagingApiBlob, RichMenuRequest

        api = self._api  # makes the client the blob API shares
        blob = AsyncMessagingApiBlob(self._client)
        with _as_line_error():
            created = await api.create_rich_menu(
                RichMenuRequest.from_dict(body), _request_timeout=self._timeout
            )
            await blob.set_rich_menu_image(
                created.rich_menu_id,
                image_png,
                _headers={"Content-Type": "image/png"},
                _request_timeout=self._timeout,
            )
        return str(created.rich_menu_id)

    async def set_default_rich_menu(self, menu_id: str) -> None:
        """Show the menu to every user without a menu of their own."""
        with _as_line_error():
            await self._api.set_default_rich_menu(menu_id, _request_timeout=self._timeout)

    async def delete_rich_menu(self, menu_id: str) -> None:
        with _as_line_error():
            await self._api.delete_rich_menu(menu_id, _request_timeout=self._timeout)

    async def link_rich_menu(self, user_id: str, menu_id: str) -> None:
        with _as_line_error():
            await self._api.link_rich_menu_id_to_user(
                user_id, menu_id, _request_timeout=self._timeout
            )

    async def unlink_rich_menu(self, user_id: str) -> None:
        with _as_line_error():
            await self._api.unlink_rich_menu_id_from_user(user_id, _request_timeout=self._timeout)


@contextmanager
def _as_line_error() -> Iterator[None]:
    """LINE's refusals and network failures (timeouts included) as `LineApiError`."""
    try:
        yield
    except LineApiError:
        raise
    except Exception as error:
        from linebot.v3.messaging import ApiException

        if isinstance(error, ApiException):
            raise LineApiError(error.status, _detail(error)) from error
        raise LineApiError(None, type(error).__name__) from error  # aiohttp, asyncio


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    """A response header, whatever case the HTTP layer gave its name."""
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return str(value)[:64]
    return None


def _detail(error: ApiException) -> str:
    return f"{error.reason}"[:120]

"""`LineEmulator`: the Messaging API endpoints the bot calls, held in memory.

Every call is recorded (operation, body, whether it is valid and why not, the status
answered) and checked against `messaging-api.yml` plus LINE's unwritten limits. Messages
accepted by reply or push land in the inbox of the user or group they went to."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from api.emulator.calls import Answer, Breach, Call, error
from api.emulator.faults import ERROR_BODIES, Faults
from api.emulator.limits import messages_breaches, rich_menu_breaches
from api.emulator.operations import OperationTable
from api.emulator.reply_tokens import DEFAULT_TTL_SECONDS, ReplyTokens
from api.emulator.richmenu_api import RICH_MENU_OPERATIONS
from api.emulator.richmenus import RichMenuError, RichMenus
from api.emulator.spec import SpecSchemas, messaging_api

RECORDED_HEADERS = ("content-type", "x-line-retry-key")
MESSAGE_OPERATIONS = ("replyMessage", "pushMessage", "validateReply", "validatePush")
RICH_MENU_BODY_OPERATIONS = ("createRichMenu", "validateRichMenuObject")
UNAUTHORIZED = (
    "Authentication failed. Confirm that the access token in the authorization header is valid."
)
DEMO_NAMES = ("山田 花子", "佐藤 一郎", "鈴木 和子", "高橋 健", "田中 節子", "伊藤 誠")


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


class LineEmulator:
    def __init__(
        self,
        access_token: str,
        *,
        reply_token_ttl: float = DEFAULT_TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        bot_name: str = "つなぐ相談窓口",
        spec: SpecSchemas | None = None,
    ) -> None:
        self.access_token = access_token
        self.bot_name = bot_name
        self.bot_user_id = "U" + hashlib.sha256(access_token.encode()).hexdigest()[:32]
        self.spec = spec or messaging_api()
        self.operations = OperationTable(self.spec)
        self.reply_tokens = ReplyTokens(reply_token_ttl, clock)
        self.faults = Faults(clock)
        self.richmenus = RichMenus()
        self._clock = clock
        self._lock = threading.Lock()
        self._seq = itertools.count(1)
        self.requests: list[dict[str, Any]] = []
        self.messages: list[dict[str, Any]] = []
        self._accepted_retry_keys: dict[str, tuple[str, list[dict[str, str]]]] = {}
        self._loading_until: dict[str, float] = {}
        self.profiles: dict[str, str] = {}
        # The language of each user's LINE app, as the profile says it (default Japanese).
        self.languages: dict[str, str] = {}
        # What residents "sent" (a photo, a file), served by getMessageContent.
        self.contents: dict[str, tuple[bytes, str]] = {}
        self.group_names: dict[str, str] = {}

    # ---- set-up and inspection, in process -------------------------------------------

    def next_seq(self) -> int:
        """A number later than every request and message recorded so far."""
        return next(self._seq)

    def issue_reply_token(self, chat_id: str) -> str:
        """A reply token for an event from `chat_id` (user, group or room id)."""
        return self.reply_tokens.issue(chat_id)

    def expire_reply_tokens(self) -> None:
        """Every reply token handed out so far is now too old."""
        self.reply_tokens.expire_all()

    def fail_next(self, operation: str, count: int = 1, status: int = 500) -> None:
        self.faults.fail_next(operation, count, status)

    def fail_for(self, operation: str, seconds: float, status: int = 500) -> None:
        self.faults.fail_for(operation, seconds, status)

    def delay(self, seconds: float, operation: str | None = None) -> None:
        self.faults.delay(seconds, operation)

    def hold_answers(self, seconds: float, operation: str) -> None:
        self.faults.hold_answers(seconds, operation)

    def set_profile(self, user_id: str, display_name: str) -> None:
        self.profiles[user_id] = display_name

    def set_language(self, user_id: str, language: str) -> None:
        self.languages[user_id] = language

    def display_name(self, user_id: str) -> str:
        if user_id in self.profiles:
            return self.profiles[user_id]
        digest = hashlib.sha256(user_id.encode()).digest()
        return DEMO_NAMES[digest[0] % len(DEMO_NAMES)]

    def requests_since(self, since: int = 0) -> list[dict[str, Any]]:
        with self._lock:
            return [r for r in self.requests if r["seq"] > since]

    def messages_for(self, chat_id: str, since: int = 0) -> list[dict[str, Any]]:
        """Messages delivered to a user or group, by reply or push, in order:
        `{"seq", "to", "via", "request_seq", "time", "message"}`."""
        with self._lock:
            return [m for m in self.messages if m["to"] == chat_id and m["seq"] > since]

    def loading_until(self, chat_id: str) -> float | None:
        """Epoch seconds until which LINE would show the "…" animation, if it shows."""
        until = self._loading_until.get(chat_id)
        return until if until is not None and until > time.time() else None

    def last_seq(self) -> int:
        with self._lock:
            seqs = [r["seq"] for r in self.requests[-1:]] + [m["seq"] for m in self.messages[-1:]]
        return max(seqs, default=0)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.messages.clear()
            self._accepted_retry_keys.clear()
            self._loading_until.clear()
        self.reply_tokens.clear()
        self.faults.clear()
        self.richmenus.clear()
        self.profiles.clear()
        self.languages.clear()
        self.group_names.clear()

    # ---- the API ------------------------------------------------------------------

    async def handle(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        raw: bytes,
        peer_port: int | None = None,
    ) -> Answer:
        """Answer one HTTP call to the Messaging API (`path` without the base URL);
        `peer_port` is the caller's TCP port, kept so a test can tell which process is
        waiting on a call."""
        matched = self.operations.match(method, path)
        operation, params = matched if matched else (None, {})
        record = self._record(method, path, operation, headers)
        record["peer_port"] = peer_port
        call = Call(record, params, None, raw, headers)
        delay = self.faults.delay_for(operation)
        if delay:
            await asyncio.sleep(delay)
        answer = self._answer(call)
        record["status"] = answer.status
        await self._hold(operation)
        return answer

    async def _hold(self, operation: str | None) -> None:
        """Keep the answer back while `hold_answers` asks, at most its seconds."""
        started = time.monotonic()
        while time.monotonic() - started < self.faults.held_for(operation):
            await asyncio.sleep(0.05)

    def _record(
        self, method: str, path: str, operation: str | None, headers: Mapping[str, str]
    ) -> dict[str, Any]:
        record: dict[str, Any] = {
            "seq": 0,
            "time": int(time.time() * 1000),
            "method": method.upper(),
            "path": path,
            "operation": operation,
            "headers": {h: headers[h] for h in RECORDED_HEADERS if h in headers},
            "body": None,
            "valid": True,
            "errors": [],
            "status": None,
        }
        with self._lock:
            record["seq"] = self.next_seq()
            self.requests.append(record)
        return record

    def _answer(self, call: Call) -> Answer:
        record = call.record
        operation = record["operation"]
        if call.headers.get("authorization") != f"Bearer {self.access_token}":
            return self._refuse(
                call,
                401,
                UNAUTHORIZED,
                [{"property": "Authorization", "message": "invalid access token"}],
            )
        if operation is None or not self._offers(operation):
            return self._refuse(
                call,
                404,
                "Not found",
                [{"property": "path", "message": "not an emulated endpoint"}],
            )
        parsed = self._parse_body(call)
        if parsed is not None:
            return parsed
        breaches = self._breaches(call)
        if breaches:
            noun = "error" if len(breaches) == 1 else "errors"
            return self._refuse(
                call, 400, f"The request body has {len(breaches)} {noun}", breaches, True
            )
        injected = self.faults.take_failure(operation)
        if injected is not None:
            return error(injected, ERROR_BODIES.get(injected, "Injected failure"))
        try:
            if operation in RICH_MENU_OPERATIONS:
                return RICH_MENU_OPERATIONS[operation](self.richmenus, call)
            return self._handlers[operation](self, call)
        except RichMenuError as refused:
            return error(refused.status, refused.message)

    def _offers(self, operation: str) -> bool:
        return operation in self._handlers or operation in RICH_MENU_OPERATIONS

    def _refuse(
        self,
        call: Call,
        status: int,
        message: str,
        errors: list[Breach],
        with_details: bool = False,
    ) -> Answer:
        call.record["valid"] = False
        call.record["errors"] = errors
        return error(status, message, errors if with_details else None)

    def _parse_body(self, call: Call) -> Answer | None:
        operation = call.record["operation"]
        content_type = call.headers.get("content-type", "")
        if self.spec.request_schema(operation) is None:
            if call.raw:
                call.record["body"] = {"contentType": content_type, "bytes": len(call.raw)}
            return None
        try:
            call.body = json.loads(call.raw or b"null")
        except ValueError:
            return self._refuse(
                call,
                400,
                "The request body could not be parsed as JSON",
                [{"property": "", "message": "not JSON"}],
            )
        call.record["body"] = call.body
        return None

    def _breaches(self, call: Call) -> list[Breach]:
        operation = call.record["operation"]
        found: list[Breach] = []
        schema = self.spec.request_schema(operation)
        if schema is not None:
            found += self.spec.errors(schema, call.body)
        if operation in MESSAGE_OPERATIONS:
            found += messages_breaches(call.body)
        if operation in RICH_MENU_BODY_OPERATIONS:
            found += rich_menu_breaches(call.body)
        retry_key = call.headers.get("x-line-retry-key")
        if retry_key is not None:
            if operation != "pushMessage":
                found.append(
                    {"property": "X-Line-Retry-Key", "message": "cannot be used with this endpoint"}
                )
            elif not _is_uuid(retry_key):
                found.append({"property": "X-Line-Retry-Key", "message": "must be a UUID"})
        return found

    # ---- operations -----------------------------------------------------------------

    def _deliver(self, chat_id: str, via: str, call: Call) -> list[dict[str, str]]:
        sent: list[dict[str, str]] = []
        with self._lock:
            for message in call.body["messages"]:
                seq = self.next_seq()
                self.messages.append(
                    {
                        "seq": seq,
                        "to": chat_id,
                        "via": via,
                        "request_seq": call.record["seq"],
                        "time": int(time.time() * 1000),
                        "message": message,
                    }
                )
                sent.append(
                    {
                        "id": str(460_000_000_000_000_000 + seq),
                        "quoteToken": secrets.token_urlsafe(24),
                    }
                )
            self._loading_until.pop(chat_id, None)
        return sent

    def _reply(self, call: Call) -> Answer:
        chat_id = self.reply_tokens.redeem(call.body["replyToken"])
        if chat_id is None:
            return error(400, "Invalid reply token")
        return Answer(200, {"sentMessages": self._deliver(chat_id, "reply", call)})

    def _push(self, call: Call) -> Answer:
        retry_key = call.headers.get("x-line-retry-key")
        if retry_key is not None and retry_key in self._accepted_retry_keys:
            request_id, sent = self._accepted_retry_keys[retry_key]
            return Answer(
                409,
                {"message": "The retry key is already accepted", "sentMessages": sent},
                {"x-line-accepted-request-id": request_id},
            )
        sent = self._deliver(call.body["to"], "push", call)
        request_id = str(uuid.uuid4())
        if retry_key is not None:
            self._accepted_retry_keys[retry_key] = (request_id, sent)
        return Answer(200, {"sentMessages": sent}, {"x-line-request-id": request_id})

    def _validate_only(self, call: Call) -> Answer:
        return Answer(200, {})

    def _loading(self, call: Call) -> Answer:
        seconds = call.body.get("loadingSeconds", 5)
        if seconds % 5:
            return self._refuse(
                call,
                400,
                "The request body has 1 error",
                [{"property": "loadingSeconds", "message": "must be a multiple of 5"}],
                True,
            )
        self._loading_until[call.body["chatId"]] = time.time() + seconds
        return Answer(202, {})

    def _profile(self, call: Call) -> Answer:
        user_id = call.params["userId"]
        language = self.languages.get(user_id, "ja")
        return Answer(
            200,
            {"userId": user_id, "displayName": self.display_name(user_id), "language": language},
        )

    def _group_member_profile(self, call: Call) -> Answer:
        user_id = call.params["userId"]
        return Answer(200, {"userId": user_id, "displayName": self.display_name(user_id)})

    def _group_summary(self, call: Call) -> Answer:
        group_id = call.params["groupId"]
        name = self.group_names.get(group_id, "相談支援チーム")
        return Answer(200, {"groupId": group_id, "groupName": name})

    def _bot_info(self, call: Call) -> Answer:
        return Answer(
            200,
            {
                "userId": self.bot_user_id,
                "basicId": "@tsunagu",
                "displayName": self.bot_name,
                "chatMode": "chat",
                "markAsReadMode": "auto",
            },
        )

    def put_content(self, message_id: str, body: bytes, content_type: str = "image/jpeg") -> None:
        """Keep what a user sent with message `message_id`, for the bot to fetch."""
        self.contents[message_id] = (body, content_type)

    def _content(self, call: Call) -> Answer:
        found = self.contents.get(call.params.get("messageId", ""))
        if found is None:
            return error(404, "Not found")
        body, content_type = found
        return Answer(200, body, content_type=content_type)

    _handlers: ClassVar[dict[str, Callable[[LineEmulator, Call], Answer]]] = {
        "getMessageContent": _content,
        "replyMessage": _reply,
        "pushMessage": _push,
        "validateReply": _validate_only,
        "validatePush": _validate_only,
        "showLoadingAnimation": _loading,
        "getProfile": _profile,
        "getGroupMemberProfile": _group_member_profile,
        "getGroupSummary": _group_summary,
        "getBotInfo": _bot_info,
    }

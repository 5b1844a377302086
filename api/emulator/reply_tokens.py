"""Reply tokens as LINE hands them out: one per event, good once, for about a minute."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_TTL_SECONDS = 60.0


@dataclass
class _Token:
    chat_id: str
    issued_at: float


class ReplyTokens:
    def __init__(
        self, ttl_seconds: float = DEFAULT_TTL_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._tokens: dict[str, _Token] = {}
        self._lock = threading.Lock()
        self.force_expired = False

    def issue(self, chat_id: str) -> str:
        """A fresh token for a reply into `chat_id` (a user, group or room id)."""
        token = secrets.token_hex(16)
        with self._lock:
            self._tokens[token] = _Token(chat_id, self._clock())
        return token

    def backdate(self, token: str, seconds: float) -> None:
        """The token was handed out `seconds` earlier than it was (its event is older)."""
        with self._lock:
            if token in self._tokens:
                self._tokens[token].issued_at -= seconds

    def redeem(self, token: str) -> str | None:
        """The chat the token replies into, once; None when unknown, used or expired."""
        with self._lock:
            found = self._tokens.pop(token, None)
        if found is None or self.force_expired:
            return None
        if self._clock() - found.issued_at > self.ttl_seconds:
            return None
        return found.chat_id

    def expire_all(self) -> None:
        """Every token issued so far is now too old."""
        with self._lock:
            for token in self._tokens.values():
                token.issued_at = float("-inf")

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()
        self.force_expired = False

"""What the simulated residents sent, so a reloaded page shows both sides of the chat.

Entries take their numbers from the emulator's sequence, so they interleave with the
bot's messages in the order things happened."""

from __future__ import annotations

import threading
import time
from typing import Any

from api.emulator import LineEmulator


class SentLog:
    def __init__(self, emulator: LineEmulator) -> None:
        self._emulator = emulator
        self._entries: dict[str, list[dict[str, Any]]] = {}
        self._lock = threading.Lock()

    def add(self, user_id: str, kind: str, text: str | None) -> dict[str, Any]:
        entry = {
            "seq": self._emulator.next_seq(),
            "time": int(time.time() * 1000),
            "kind": kind,
            "text": text,
        }
        with self._lock:
            self._entries.setdefault(user_id, []).append(entry)
        return entry

    def for_user(self, user_id: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._entries.get(user_id, []))

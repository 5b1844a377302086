"""Waiting for a child process to say it is ready, instead of guessing how long it takes."""

from __future__ import annotations

import queue
import subprocess
import threading
import time


class ProcessOutput:
    """Reads a process's merged output line by line in the background (so its pipe never
    fills) and lets a test wait for the line that says the process is ready."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        if process.stdout is None:
            raise ValueError("start the process with stdout=PIPE (and stderr=STDOUT)")
        self._process = process
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, args=(process.stdout,), daemon=True).start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def wait_for(self, text: str, timeout: float) -> str:
        """The first line containing `text`; fails with the output so far if the process
        ends first or `timeout` seconds pass."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(self._failure(f"no {text!r} within {timeout:.0f} s"))
            try:
                line = self._lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                code = self._process.wait()
                raise AssertionError(self._failure(f"exited with {code} before {text!r}"))
            self.seen.append(line)
            if text in line:
                return line

    def _failure(self, what: str) -> str:
        return f"{what}; its output:\n" + "\n".join(self.seen[-40:])

"""What the log scrubber costs as a text grows: `scrub` on the whole text (no cut, so the
patterns themselves are measured) and a log record carrying the text as an argument (what
an access log line with a long URL costs, the cut included). Several shapes each: a long
word, digits, a dotted run, Japanese, an `@` chain, e-mail-like runs and a long URL path.
Prints the best of a few runs in milliseconds, and µs per 1,000 characters: flat means
linear time.

    uv run python bench/scrubber.py
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tsunagu.logs import scrub, scrub_record

SIZES = (1_000, 10_000, 20_000, 40_000, 100_000, 400_000, 1_000_000)
SHAPES: dict[str, Callable[[int], str]] = {
    "word": lambda n: "a" * n,
    "digits": lambda n: "0" * n,
    "dots": lambda n: "a." * (n // 2),
    "japanese": lambda n: "あ" * n,
    "at-chain": lambda n: "a@" * (n // 2),
    "mail-like": lambda n: "a.b@c.d " * (n // 8),
    "url-path": lambda n: "GET /console/" + "a" * n + " HTTP/1.1",
}


def best_ms(run: Callable[..., object], repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def record_with(text: str) -> logging.LogRecord:
    return logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s" %d', ("1.2.3.4", text, 404), None
    )


def main() -> None:
    print(f"{'shape':<10} {'chars':>9} {'scrub ms':>9} {'µs/1k':>7} {'record ms':>10}")
    for name, make in SHAPES.items():
        for size in SIZES:
            text = make(size)
            whole = best_ms(lambda text=text: scrub(text, limit=len(text)))
            logged = best_ms(lambda text=text: scrub_record(record_with(text)))
            per_k = whole * 1000 / (len(text) / 1000)
            print(f"{name:<10} {len(text):>9,} {whole:>9.2f} {per_k:>7.1f} {logged:>10.3f}")


if __name__ == "__main__":
    main()

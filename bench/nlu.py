"""NLU figures: parse latency p50/p99 and throughput of the Rasa engine (as the bot reads
with it, blended with the in-process classifier, and alone) and of the in-process fallback
classifier, and the resident memory of each.

The messages are the texts of `spec/examples.jsonl`, cycled. Rasa is the server at
`NLU_URL`, or one started from the trained model for the run (the memory of a
local server is read from /proc).

Run: uv run python bench/nlu.py [--rounds 600] [--concurrency 8]"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

# Run as a script, this file would stand in for the `nlu` package it measures.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from nlu.engines import rasa_url  # noqa: E402
from nlu.fallback import FallbackClassifier  # noqa: E402
from nlu.rasa_client import RasaClient  # noqa: E402
from nlu.rasa_interpreter import RasaInterpreter, scored_by  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "spec" / "examples.jsonl"


def texts() -> list[str]:
    with EXAMPLES.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def rss_mib(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def summary(name: str, samples_ms: Sequence[float], seconds: float, calls: int) -> str:
    ordered = sorted(samples_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"{name}: p50 {statistics.median(ordered):.2f} ms, p99 {p99:.2f} ms, "
        f"throughput {calls / seconds:.0f} msg/s ({calls} messages)"
    )


async def timed(call: Callable[[str], Awaitable[object]], text: str, into: list[float]) -> None:
    start = time.perf_counter()
    await call(text)
    into.append((time.perf_counter() - start) * 1000)


async def bench_rasa(
    url: str, messages: Sequence[str], concurrency: int, in_process: FallbackClassifier
) -> None:
    """Rasa as the bot reads with it (blended with the in-process classifier), then alone."""

    client = RasaClient(url, timeout=30.0)
    blended = RasaInterpreter(client, in_process=scored_by(in_process))
    try:
        for name, interpreter in (
            ("rasa with the in-process classifier", blended),
            ("rasa alone", RasaInterpreter(client)),
        ):
            await bench_interpreter(name, interpreter, messages, concurrency)
    finally:
        await client.aclose()


async def bench_interpreter(
    name: str, interpreter: RasaInterpreter, messages: Sequence[str], concurrency: int
) -> None:
    await interpreter.understand(messages[0])  # warm-up
    one_by_one: list[float] = []
    started = time.perf_counter()
    for text in messages:
        await timed(interpreter.understand, text, one_by_one)
    elapsed = time.perf_counter() - started
    print(summary(f"{name}, one at a time", one_by_one, elapsed, len(messages)))
    together: list[float] = []
    started = time.perf_counter()
    for first in range(0, len(messages), concurrency):
        batch = messages[first : first + concurrency]
        await asyncio.gather(*(timed(interpreter.understand, t, together) for t in batch))
    elapsed = time.perf_counter() - started
    print(summary(f"{name}, {concurrency} at a time", together, elapsed, len(messages)))


def bench_fallback(messages: Sequence[str]) -> FallbackClassifier:
    before = rss_mib()
    started = time.perf_counter()
    classifier = FallbackClassifier.from_directory()
    ready = time.perf_counter() - started
    classifier.understand_now(messages[0])
    print(
        f"fallback: ready in {ready:.2f} s, +{rss_mib() - before:.0f} MiB resident"
        f" ({rss_mib():.0f} MiB for the whole process)"
    )
    samples: list[float] = []
    started = time.perf_counter()
    for text in messages:
        begin = time.perf_counter()
        classifier.understand_now(text)
        samples.append((time.perf_counter() - begin) * 1000)
    print(summary("fallback", samples, time.perf_counter() - started, len(messages)))
    return classifier


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=600, help="messages per engine")
    parser.add_argument("--concurrency", type=int, default=8)
    options = parser.parse_args()
    base = texts()
    messages = [base[i % len(base)] for i in range(options.rounds)]

    classifier = bench_fallback(messages)
    given = os.environ.get("NLU_URL")
    with rasa_url(given) as url:
        asyncio.run(bench_rasa(url, messages, options.concurrency, classifier))
        pid = next(
            (p.name for p in Path("/proc").iterdir() if p.name.isdigit() and _is_rasa(p, url)),
            None,
        )
        if pid:
            print(f"rasa server: {rss_mib(pid):.0f} MiB resident (pid {pid})")
        else:
            print("rasa server: not a local process; memory not read")


def _is_rasa(proc: Path, url: str) -> bool:
    try:
        command = (proc / "cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    port = url.rsplit(":", 1)[-1].encode()
    return any(part.endswith(b"rasa") for part in command) and port in command


if __name__ == "__main__":
    main()

"""Seconds from starting `tsunagu serve` to its first /health answer.

Starts the server as an operator would (SQLite in a temporary directory, the fallback
classifier from the cache `make install` fills), polls /health every 50 ms, and prints
the wall time and the CPU the server spent until then, which is what the wall time is on
a quiet machine. Repeats `--runs` times; the load average is printed beside, since on a
shared machine the wall time follows it.

    uv run python bench/serve_start.py --runs 3
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_start(timeout: float) -> tuple[float, float]:
    port = free_port()
    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite+aiosqlite:///{scratch}/bench.db",
            "LINE_CHANNEL_SECRET": "bench",
            "LINE_CHANNEL_ACCESS_TOKEN": "bench",
            "TSUNAGU_LOG_LEVEL": "WARNING",
        }
        command = [sys.executable, "-m", "tsunagu", "serve", "--port", str(port)]
        started = time.monotonic()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while time.monotonic() - started < timeout:
                try:
                    httpx.get(f"http://127.0.0.1:{port}/health", timeout=1.0)
                except httpx.HTTPError:
                    time.sleep(0.05)
                    continue
                return time.monotonic() - started, cpu_seconds(process.pid)
            raise SystemExit(f"no /health answer within {timeout:.0f} s")
        finally:
            process.terminate()
            process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=300.0)
    arguments = parser.parse_args()
    for run in range(1, arguments.runs + 1):
        load = os.getloadavg()[0]
        wall, cpu = one_start(arguments.timeout)
        print(f"run {run}: /health after {wall:.1f} s wall, {cpu:.1f} s CPU (load {load:.1f})")


if __name__ == "__main__":
    main()

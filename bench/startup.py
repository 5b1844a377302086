"""How soon a fresh `tsunagu serve` (or `tsunagu demo`) answers, and what it spent.

Starts the command as an operator would (production shape: the api alone, no embedded
worker; SQLite in a temporary directory unless `--database-url`/`--redis-url` say
otherwise) on a free port, and prints, per run:

- seconds to the first TCP accept and to the first `/health` answer;
- the CPU seconds of the process (and its children) and its RSS at that answer;
- what `/health` said of the NLU then, and the seconds (and CPU) until the fallback
  classifier, loaded after the start, stopped "warming".

With `--demo` it runs `tsunagu demo --no-rasa` instead and also prints the seconds to its
URL banner and the lines printed before it. The load average is printed beside each run:
on a shared machine the wall time follows it, the CPU seconds much less.

    uv run python bench/startup.py --runs 3
    uv run python bench/startup.py --runs 3 \\
        --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test \\
        --redis-url redis://127.0.0.1:6379/2
    uv run python bench/startup.py --demo --runs 1
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

BANNER_LINE = "/simulator"
POLL_SECONDS = 0.01


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _stat_fields(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def process_tree(pid: int) -> list[int]:
    """`pid` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int(_stat_fields(int(entry.name))[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending.extend(children.get(current, []))
    return tree


def cpu_seconds(pid: int) -> float:
    """User and system CPU of the process tree so far."""
    ticks = 0
    for member in process_tree(pid):
        try:
            fields = _stat_fields(member)
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def rss_megabytes(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Output:
    """The command's output, read in a thread; when the banner's URL line came."""

    started: float
    lines: list[str] = field(default_factory=list)
    banner_after: float | None = None
    lines_before_banner: int | None = None

    def read(self, stream: object) -> None:
        for raw in stream:  # type: ignore[attr-defined]
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if self.banner_after is None and BANNER_LINE in line:
                self.banner_after = time.monotonic() - self.started
                self.lines_before_banner = len(self.lines)
            self.lines.append(line)


@dataclass
class Start:
    accept: float
    health: float
    cpu: float
    rss: float
    nlu: str
    warm: float | None = None
    warm_cpu: float | None = None
    banner: float | None = None
    lines_before_banner: int | None = None


def wait_for_accept(port: int, started: float, timeout: float) -> float:
    while time.monotonic() - started < timeout:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return time.monotonic() - started
        except OSError:
            time.sleep(POLL_SECONDS)
    raise SystemExit(f"nothing listened within {timeout:.0f} s")


def nlu_here(body: dict[str, object]) -> str:
    components = body.get("components")
    if isinstance(components, dict):
        return str(components.get("nlu", {}).get("here", "?"))
    return "?"


def one_start(arguments: argparse.Namespace, scratch: str) -> Start:
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": arguments.database_url or f"sqlite+aiosqlite:///{scratch}/bench.db",
        "LINE_CHANNEL_SECRET": "bench",
        "LINE_CHANNEL_ACCESS_TOKEN": "bench",
        "TSUNAGU_LOG_LEVEL": "WARNING",
        # Every answer is fresh: a cached /health would hide the classifier's arrival.
        "TSUNAGU_HEALTH_CACHE_SECONDS": "0",
    }
    env.pop("REDIS_URL", None)
    env.pop("NLU_URL", None)
    if arguments.redis_url:
        env["REDIS_URL"] = arguments.redis_url
    if arguments.demo:
        command = ["demo", "--port", str(port), "--no-rasa"]
    else:
        env["TSUNAGU_EMBEDDED_WORKER"] = "false"  # production shape: the api alone
        command = ["serve", "--port", str(port)]
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "tsunagu", *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    output = Output(started)
    threading.Thread(target=output.read, args=(process.stdout,), daemon=True).start()
    try:
        return measure(process, port, started, output, arguments.timeout)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def measure(
    process: subprocess.Popen[bytes], port: int, started: float, output: Output, timeout: float
) -> Start:
    accept = wait_for_accept(port, started, timeout)
    url = f"http://127.0.0.1:{port}/health"
    start: Start | None = None
    with httpx.Client(timeout=5.0) as client:
        while time.monotonic() - started < timeout:
            try:
                body = client.get(url).json()
            except httpx.HTTPError:
                time.sleep(POLL_SECONDS)
                continue
            now, cpu = time.monotonic() - started, cpu_seconds(process.pid)
            if start is None:
                start = Start(accept, now, cpu, rss_megabytes(process.pid), nlu_here(body))
            if nlu_here(body) != "warming":
                start.warm, start.warm_cpu = now, cpu
                break
            time.sleep(0.05)
        while output.banner_after is None and time.monotonic() - started < timeout:
            if "--demo" not in sys.argv:
                break
            time.sleep(POLL_SECONDS)
    if start is None:
        raise SystemExit(f"no /health answer within {timeout:.0f} s")
    start.banner, start.lines_before_banner = output.banner_after, output.lines_before_banner
    return start


def describe(run: int, start: Start, load: float) -> str:
    line = (
        f"run {run}: accept {start.accept:.2f} s, /health {start.health:.2f} s "
        f"({start.cpu:.2f} s CPU, {start.rss:.0f} MB RSS, nlu {start.nlu})"
    )
    if start.warm is not None:
        line += f"; classifier ready {start.warm:.2f} s ({start.warm_cpu:.2f} s CPU)"
    if start.banner is not None:
        line += f"; banner {start.banner:.2f} s after {start.lines_before_banner} lines"
    return line + f" (load {load:.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--demo", action="store_true", help="time `tsunagu demo --no-rasa`")
    parser.add_argument("--database-url", help="an existing database (default: new SQLite)")
    parser.add_argument("--redis-url", help="Redis for the queue (default: in-process)")
    arguments = parser.parse_args()
    for run in range(1, arguments.runs + 1):
        load = os.getloadavg()[0]
        with tempfile.TemporaryDirectory() as scratch:
            print(describe(run, one_start(arguments, scratch), load), flush=True)


if __name__ == "__main__":
    main()

"""Turn latency of the whole production-shaped stack under simulated residents.

Starts Rasa (`rasa run --enable-api`, the trained model), one `tsunagu serve` (no
embedded worker), `--workers` `tsunagu worker` processes, PostgreSQL (a fresh database,
dropped afterwards) and Redis, with the LINE emulator served from this process. Then
`--residents` residents talk for `--seconds`: each follows the bot, then writes free text
three turns in ten and taps one of the buttons of the bot's last message otherwise, and
waits for the answer before the next turn (with a short pause, as people do).

Prints, per kind of turn and overall, the latency from sending the event to LINE taking
the first reply message (p50/p99), the sustained turns/s, the peak RSS of each process,
and, in the same run, the raw latency of Rasa's `/model/parse` on the same texts; the CPU
each part spent per turn (api and workers together, Rasa, the PostgreSQL server); and with
`--profile DIR`, the workers' CPU by phase of a turn (py-spy samples, `bench/cpu_phases.py`)
and a flame graph of the first worker in DIR.

    uv run --frozen python bench/turns.py --residents 20 --seconds 60 --workers 2
    uv run --frozen python bench/turns.py --residents 200 --seconds 60 --profile docs/images
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api.emulator import LineEmulator
from api.emulator.events import EventFactory, sign
from bench import cpu_phases
from nlu.model_store import current_model
from nlu.server import RasaServer
from tests.databases import create_database, drop_database
from tests.faults.services import TsunaguProcesses, emulator_app, served, wait_until
from tests.harness import free_port

SECRET = "bench-channel-secret"
TOKEN = "bench-access-token"
FREE_TEXT_SHARE = 0.3
FLAME_GRAPH = "turn-flame.svg"
# What residents write (made up for the benchmark; not the NLU dev set).
FREE_TEXTS = (
    "家賃を三か月滞納していて、来月には出ていくように言われています",
    "母の介護で仕事を辞めました。これからの生活が不安です",
    "借金の返済が苦しくて、毎月の支払いができません",
    "子どもが学校に行けなくなって半年になります",
    "夫の暴力がこわくて家に帰りたくないです",
    "仕事をクビになって、貯金ももうすぐなくなります",
    "近所に一人暮らしのお年寄りがいて心配です",
    "病気で働けず、医療費が払えません",
    "どこに相談したらいいかわかりません",
    "生活保護について教えてほしいです",
    "こんにちは",
    "ありがとうございます",
)


@dataclass
class Turns:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    unanswered: int = 0

    def all(self) -> list[float]:
        return [ms for values in self.latencies.values() for ms in values]


def quantiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return (values[0], values[0]) if values else (float("nan"), float("nan"))
    return statistics.median(values), statistics.quantiles(values, n=100)[98]


def rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children, in MB (from /proc)."""
    total = 0
    pids = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                pids.append(int(entry.name))
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def buttons(message: dict[str, Any]) -> list[str]:
    items = (message.get("quickReply") or {}).get("items") or []
    return [
        str(item["action"]["data"])
        for item in items
        if (item.get("action") or {}).get("type") == "postback" and item["action"].get("data")
    ]


class Resident:
    def __init__(self, index: int, emulator: LineEmulator, webhook: str, rng: random.Random):
        self.user_id = f"U{uuid.uuid4().hex}"
        self.emulator = emulator
        self.factory = EventFactory(emulator)
        self.webhook = webhook
        self.rng = rng
        self.seen = 0

    async def turn(self, http: httpx.AsyncClient, kind: str, event: dict[str, Any]) -> float | None:
        """Send one event; the ms until LINE took the first message answering it."""
        body = self.factory.body([event])
        headers = {"x-line-signature": sign(body, SECRET), "content-type": "application/json"}
        sent_ms = time.time() * 1000
        try:
            response = await http.post(self.webhook, content=body, headers=headers)
        except (httpx.ReadError, httpx.RemoteProtocolError):
            # A kept-alive connection closed by the server as it was reused: LINE sends
            # again, and the same webhookEventId is taken once.
            response = await http.post(self.webhook, content=body, headers=headers)
        response.raise_for_status()
        deadline = time.monotonic() + 30
        counted = -1
        while time.monotonic() < deadline:
            # Reading the emulator's messages costs the benchmark's own CPU: only when
            # there are new ones.
            if len(self.emulator.messages) == counted:
                await asyncio.sleep(0.005)
                continue
            counted = len(self.emulator.messages)
            delivered = self.emulator.messages_for(self.user_id)
            if len(delivered) > self.seen:
                first = delivered[self.seen]
                self.seen = len(delivered)
                await asyncio.sleep(0.3)  # the rest of a multi-message answer
                self.seen = len(self.emulator.messages_for(self.user_id))
                return max(0.0, float(first["time"]) - sent_ms)
            await asyncio.sleep(0.005)
        return None

    def next_event(self) -> tuple[str, dict[str, Any]]:
        delivered = self.emulator.messages_for(self.user_id)
        choices = buttons(delivered[-1]["message"]) if delivered else []
        if choices and self.rng.random() >= FREE_TEXT_SHARE:
            return "button", self.factory.postback(self.user_id, self.rng.choice(choices))
        return "free text", self.factory.text(self.user_id, self.rng.choice(FREE_TEXTS))

    async def talk(self, until: float, turns: Turns) -> None:
        async with httpx.AsyncClient(timeout=30) as http:
            latency = await self.turn(http, "follow", self.factory.follow(self.user_id))
            self._count(turns, "follow", latency)
            while time.monotonic() < until:
                await asyncio.sleep(self.rng.uniform(0.2, 1.0))
                kind, event = self.next_event()
                self._count(turns, kind, await self.turn(http, kind, event))

    @staticmethod
    def _count(turns: Turns, kind: str, latency: float | None) -> None:
        if latency is None:
            turns.unanswered += 1
        else:
            turns.latencies[kind].append(latency)


async def raw_parse_latency(rasa_url: str, count: int, rng: random.Random) -> list[float]:
    latencies = []
    async with httpx.AsyncClient(timeout=30) as http:
        for _ in range(count):
            started = time.perf_counter()
            response = await http.post(
                f"{rasa_url}/model/parse", json={"text": rng.choice(FREE_TEXTS)}
            )
            response.raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


async def run(args: argparse.Namespace, rasa: RasaServer) -> None:
    rng = random.Random(args.seed)
    database_url = await create_database(args.database_url, "tsunagu_bench")
    name = str(make_url(database_url).database)  # also the run's Redis key prefix
    emulator = LineEmulator(access_token=TOKEN)
    emulator_port = free_port()
    logdir = Path(tempfile.mkdtemp(prefix="tsunagu-bench-"))
    processes = TsunaguProcesses(
        {
            "TSUNAGU_ENV": "test",
            "LINE_CHANNEL_SECRET": SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
            "LINE_API_BASE_URL": f"http://127.0.0.1:{emulator_port}/emulator",
            "DATABASE_URL": database_url,
            "REDIS_URL": args.redis_url,
            "TSUNAGU_REDIS_PREFIX": name,
            "NLU_URL": rasa.url,
            "TSUNAGU_WORKERS": str(args.tasks),
            "TSUNAGU_LOG_LEVEL": "WARNING",
        },
        logdir,
    )
    processes.environment["PUBLIC_BASE_URL"] = processes.api_url
    peaks: dict[str, float] = defaultdict(float)
    try:
        async with served(emulator_app(emulator), emulator_port):
            await processes.start_api()
            workers = [processes.start_worker() for _ in range(args.workers)]
            await wait_until(
                lambda: serving(args.redis_url, name, workers), 120, "the workers to serve"
            )
            await asyncio.sleep(args.warmup)
            watched = {"rasa": rasa.pid, "api": processes.api.pid if processes.api else None}
            watched |= {f"worker {n + 1}": w.pid for n, w in enumerate(workers)}

            async def sample() -> None:
                while True:
                    for label, pid in watched.items():
                        if pid:
                            peaks[label] = max(peaks[label], rss_mb(pid))
                    await asyncio.sleep(1)

            sampler = asyncio.create_task(sample())
            spent = CpuSpent(watched)
            spies = profile(args, workers)
            turns = Turns()
            residents = [
                Resident(n, emulator, f"{processes.api_url}/line/webhook", rng)
                for n in range(args.residents)
            ]
            began = time.monotonic()
            until = began + args.seconds
            await asyncio.gather(*(r.talk(until, turns) for r in residents))
            elapsed = time.monotonic() - began
            cpu = spent.since()
            for spy in spies:
                spy.wait(timeout=60)
            parse = await raw_parse_latency(rasa.url, args.parses, rng)
            sampler.cancel()
    finally:
        await processes.stop_all()
        await drop_database(args.database_url, database_url)
        await cleanup_redis(args.redis_url, name)

    report(args, turns, elapsed, parse, peaks)
    report_cpu(args, len(turns.all()), cpu)


class CpuSpent:
    """CPU seconds (user + system) of the watched processes and their children, and of
    the PostgreSQL server's processes, from when it is made."""

    def __init__(self, watched: dict[str, int | None]) -> None:
        self.watched = {label: pid for label, pid in watched.items() if pid}
        self.start = self._now()

    def _now(self) -> dict[str, float]:
        now: dict[str, float] = {}
        for label, pid in self.watched.items():
            now[label] = _cpu_of(pid, children=True)
        now["PostgreSQL server"] = sum(
            _cpu_of(p.pid) for p in psutil.process_iter(["name"]) if p.info["name"] == "postgres"
        )
        return now

    def since(self) -> dict[str, float]:
        now = self._now()
        return {label: now[label] - self.start.get(label, 0.0) for label in now}


def _cpu_of(pid: int, *, children: bool = False) -> float:
    try:
        process = psutil.Process(pid)
        times = process.cpu_times()
        total = float(times.user + times.system)
        if children:
            for child in process.children(recursive=True):
                child_times = child.cpu_times()
                total += child_times.user + child_times.system
        return total
    except psutil.Error:
        return 0.0


def profile(args: argparse.Namespace, workers: list[Any]) -> list[subprocess.Popen[bytes]]:
    """With `--profile`: py-spy on each worker for the run (raw stacks for the phases), and
    a flame graph of the first."""
    if args.profile is None:
        return []
    args.profile.mkdir(parents=True, exist_ok=True)
    args.stacks = Path(tempfile.mkdtemp(prefix="tsunagu-stacks-"))
    spies = []
    for n, worker in enumerate(workers, start=1):
        raw = args.stacks / f"worker-{n}.txt"
        spies.append(cpu_phases.start(worker.pid, args.seconds, raw, flame=False))
        if n == 1:  # the workers do the same: one flame graph
            svg = args.profile / FLAME_GRAPH
            spies.append(cpu_phases.start(worker.pid, args.seconds, svg, flame=True))
    return spies


def report_cpu(args: argparse.Namespace, count: int, cpu: dict[str, float]) -> None:
    if not count:
        return
    ours = sum(seconds for label, seconds in cpu.items() if label.startswith(("api", "worker")))
    print(
        f"CPU per turn: api + workers {ours * 1000 / count:.1f} ms, Rasa "
        f"{cpu.get('rasa', 0.0) * 1000 / count:.1f} ms, PostgreSQL server "
        f"{cpu['PostgreSQL server'] * 1000 / count:.1f} ms (all its processes)"
    )
    if args.profile is None:
        return
    if (args.profile / FLAME_GRAPH).exists():
        cpu_phases.tidy(args.profile / FLAME_GRAPH)
    raws = sorted(args.stacks.glob("worker-*.txt"))
    counted = cpu_phases.phases(raws)
    samples = sum(counted.values())
    if not samples:
        print("no py-spy samples (is ptrace allowed?)")
        return
    workers = sum(seconds for label, seconds in cpu.items() if label.startswith("worker"))
    flame = args.profile / FLAME_GRAPH
    print(f"workers' CPU per turn by phase ({samples} samples; flame graph: {flame}):")
    for phase, n in counted.most_common():
        share = n / samples
        print(f"  {phase:<34}{share * 100:>5.1f} %{share * workers * 1000 / count:>8.2f} ms")
    print(f"  (the sampled stacks: {args.stacks})")


async def serving(redis_url: str, prefix: str, workers: list[Any]) -> bool:
    """Whether every worker has told Redis it is taking events."""
    from redis.asyncio import Redis

    if any(w.poll() is not None for w in workers):
        raise SystemExit("a worker exited while starting")
    client = Redis.from_url(redis_url)
    try:
        alive = [k async for k in client.scan_iter(match=f"{prefix}:alive:*")]
    finally:
        await client.aclose()
    return len(alive) >= len(workers)


async def cleanup_redis(url: str, prefix: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    try:
        keys = [k async for k in client.scan_iter(match=f"{prefix}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


def report(
    args: argparse.Namespace,
    turns: Turns,
    elapsed: float,
    parse: list[float],
    peaks: dict[str, float],
) -> None:
    everything = turns.all()
    print(
        f"{args.residents} residents for {args.seconds:.0f} s; api + {args.workers} worker(s) "
        f"x {args.tasks} tasks + Rasa; PostgreSQL + Redis; {os.cpu_count()} CPU(s)"
    )
    print(f"{'turn':<22}{'count':>7}{'p50 ms':>10}{'p99 ms':>10}")
    for kind in ("follow", "button", "free text"):
        values = turns.latencies.get(kind, [])
        p50, p99 = quantiles(values)
        print(f"{kind:<22}{len(values):>7}{p50:>10.1f}{p99:>10.1f}")
    p50, p99 = quantiles(everything)
    print(f"{'all turns':<22}{len(everything):>7}{p50:>10.1f}{p99:>10.1f}")
    p50, p99 = quantiles(parse)
    print(f"{'raw Rasa /model/parse':<22}{len(parse):>7}{p50:>10.1f}{p99:>10.1f}")
    print(f"sustained: {len(everything) / elapsed:.1f} turns/s; unanswered: {turns.unanswered}")
    print("peak RSS: " + ", ".join(f"{label} {mb:.0f} MB" for label, mb in peaks.items()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--residents", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2, help="tsunagu worker processes")
    parser.add_argument("--tasks", type=int, default=4, help="concurrent turns per worker")
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--parses", type=int, default=200, help="raw Rasa parses to time")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="sample the workers with py-spy: CPU by phase, and a flame graph into this folder",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "TEST_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
        ),
        help="an existing database to connect to; the benchmark creates its own beside it",
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    )
    args = parser.parse_args()
    model = current_model()
    if model is None:
        raise SystemExit("no Rasa model for the current data: run `uv run tsunagu nlu train`")
    with RasaServer(model, free_port()) as rasa:
        asyncio.run(run(args, rasa))


if __name__ == "__main__":
    main()

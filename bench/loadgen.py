"""An open-loop HTTP/1.1 load generator for the benchmarks, built so that it is not the limit.

- Every request is built before the clock starts (bodies signed, bytes ready): sending one
  is a socket write.
- Requests leave on a fixed schedule, whatever the server does (open loop): a request whose
  time has come goes out on an idle keep-alive connection, or on a new one. A slow server
  cannot slow the generator into sending less and flattering itself.
- Latency is measured from each request's scheduled time, not from when it was sent, so
  time a request spent waiting inside the generator counts against the figure, never for it.
- It runs on uvloop in processes of its own (`--generators`), each sending its share.

`drive(...)` returns the latencies and the counts; `bench/webhook_ack.py` uses it.
"""

from __future__ import annotations

import asyncio
import collections
import multiprocessing
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import cast

# How long the generator waits for one answer before counting the request failed.
ANSWER_TIMEOUT_SECONDS = 30.0
# A bound on connections per generator process (each keeps at most one request in flight,
# as LINE does): past it a request waits for one to come free, and that wait is measured.
MAX_CONNECTIONS = 2048
# Time for the generator processes to start (spawned) before the first request is due.
START_DELAY_SECONDS = 3.0


@dataclass
class Result:
    """What one run measured: latencies in ms (from each request's scheduled time)."""

    planned: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    statuses: collections.Counter[int] = field(default_factory=collections.Counter)
    failures: int = 0  # connection errors and timeouts (no HTTP status)
    connections: int = 0
    late_sends: int = 0  # requests sent more than 10 ms after their time (generator behind)

    @property
    def answered(self) -> int:
        return len(self.latencies_ms)

    @property
    def ok(self) -> int:
        return sum(n for status, n in self.statuses.items() if 200 <= status < 300)

    def quantile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def over(self, milliseconds: float) -> int:
        return sum(1 for latency in self.latencies_ms if latency > milliseconds)

    def merge(self, other: Result) -> Result:
        merged = Result(self.planned + other.planned, max(self.seconds, other.seconds))
        merged.latencies_ms = self.latencies_ms + other.latencies_ms
        merged.statuses = self.statuses + other.statuses
        merged.failures = self.failures + other.failures
        merged.connections = self.connections + other.connections
        merged.late_sends = self.late_sends + other.late_sends
        return merged

    def line(self, name: str) -> str:
        rate = self.answered / self.seconds if self.seconds else 0.0
        not_ok = self.answered - self.ok + self.failures
        return (
            f"{name:<22}{self.quantile(0.5):>9.1f}{self.quantile(0.99):>10.1f}"
            f"{max(self.latencies_ms, default=float('nan')):>10.1f}{rate:>10.0f}"
            f"{not_ok:>8d}{self.over(2000):>9d}{self.late_sends:>7d}{self.connections:>7d}"
        )


HEADER = (
    f"{'route':<22}{'p50 ms':>9}{'p99 ms':>10}{'max ms':>10}{'answers/s':>10}"
    f"{'not 2xx':>8}{'over 2 s':>9}{'late':>7}{'conns':>7}"
)


def http_request(path: str, host: str, body: bytes, headers: dict[str, str]) -> bytes:
    """The bytes of one HTTP/1.1 POST, ready to write."""
    lines = [f"POST {path} HTTP/1.1", f"host: {host}", f"content-length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Connection(asyncio.Protocol):
    """One keep-alive connection with at most one request in flight."""

    def __init__(self, idle: collections.deque[_Connection], result: Result) -> None:
        self.idle = idle
        self.result = result
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.scheduled = 0.0
        self.waiting: asyncio.TimerHandle | None = None
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def send(self, request: bytes, scheduled: float) -> None:
        assert self.transport is not None
        self.scheduled = scheduled
        self.buffer.clear()
        loop = asyncio.get_running_loop()
        self.waiting = loop.call_later(ANSWER_TIMEOUT_SECONDS, self._timed_out)
        self.transport.write(request)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
        length = 0
        keep = True
        for header in head[1:]:
            name, _, value = header.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
            elif name.strip().lower() == "connection" and value.strip().lower() == "close":
                keep = False
        if len(self.buffer) < end + 4 + length:
            return
        self.result.latencies_ms.append((time.perf_counter() - self.scheduled) * 1000)
        self.result.statuses[int(head[0].split()[1])] += 1
        self._done()
        if keep:
            self.idle.append(self)
        else:
            self._close()

    def _timed_out(self) -> None:
        self.result.failures += 1
        self.waiting = None
        self._close()

    def _done(self) -> None:
        if self.waiting is not None:
            self.waiting.cancel()
            self.waiting = None
        self.buffer.clear()

    def _close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.waiting is not None:  # the server hung up on a request in flight
            self.result.failures += 1
            self._done()
        self.closed = True


async def _send_all(
    host: str, port: int, requests: list[bytes], rate: float, start_at: float
) -> Result:
    loop = asyncio.get_running_loop()
    result = Result(planned=len(requests), seconds=len(requests) / rate if rate else 0.0)
    idle: collections.deque[_Connection] = collections.deque()
    opened: list[_Connection] = []
    pending: collections.deque[tuple[bytes, float]] = collections.deque()
    outstanding: set[asyncio.Task[None]] = set()

    async def open_and_send() -> None:
        try:
            _, connection = await loop.create_connection(
                lambda: _Connection(idle, result), host, port
            )
        except OSError:
            result.failures += 1
            if pending:
                pending.popleft()
            return
        opened.append(connection)
        result.connections += 1
        idle.append(connection)
        dispatch()

    def dispatch() -> None:
        while pending:
            while idle and idle[0].closed:
                idle.popleft()
            if not idle:
                return
            request, scheduled = pending.popleft()
            connection = idle.popleft()
            if time.perf_counter() - scheduled > 0.010:
                result.late_sends += 1
            connection.send(request, scheduled)

    # Connections a steady stream keeps open (about 50 ms of requests), opened before the
    # clock starts, as a sender that has been running would have them.
    for _ in range(min(MAX_CONNECTIONS, int(rate * 0.05) + 4)):
        await open_and_send()
    began = time.perf_counter() + (start_at - time.time())
    interval = 1.0 / rate
    next_index = 0
    while next_index < len(requests):
        now = time.perf_counter()
        while next_index < len(requests) and began + next_index * interval <= now:
            pending.append((requests[next_index], began + next_index * interval))
            next_index += 1
        # Answers put connections back on `idle` between these wake-ups.
        dispatch()
        shortfall = len(pending) - len(idle)
        live = sum(1 for connection in opened if not connection.closed)
        for _ in range(max(0, min(shortfall, MAX_CONNECTIONS - live - len(outstanding)))):
            task = asyncio.create_task(open_and_send())
            outstanding.add(task)
            task.add_done_callback(outstanding.discard)
        if next_index < len(requests):
            await asyncio.sleep(max(0.0, began + next_index * interval - time.perf_counter()))
    # Everything scheduled: wait for the answers (or their time-outs).
    deadline = time.perf_counter() + ANSWER_TIMEOUT_SECONDS + 1
    while time.perf_counter() < deadline:
        dispatch()
        in_flight = sum(1 for c in opened if c.waiting is not None)
        if not pending and not in_flight and not outstanding:
            break
        await asyncio.sleep(0.01)
    result.failures += len(pending)
    for connection in opened:
        if not connection.closed and connection.transport is not None:
            connection.transport.close()
    return result


def _generator(
    host: str, port: int, requests: list[bytes], rate: float, start_at: float, out: Connection
) -> None:
    import uvloop

    result = uvloop.run(_send_all(host, port, requests, rate, start_at))
    out.send(result)


def drive(host: str, port: int, requests: list[bytes], rate: float, generators: int = 2) -> Result:
    """Send `requests` at `rate` per second in total, from `generators` processes (each
    takes every n-th request, on a schedule 1/rate behind the one before, all starting at
    the same moment once every process is up), and gather what they measured."""
    spawn = multiprocessing.get_context("spawn")
    start_at = time.time() + START_DELAY_SECONDS
    shares = [requests[i::generators] for i in range(generators)]
    pipes = [spawn.Pipe(duplex=False) for _ in shares]
    processes = [
        spawn.Process(
            target=_generator,
            args=(host, port, share, rate / generators, start_at + i / rate, sender),
            daemon=True,
        )
        for i, (share, (_, sender)) in enumerate(zip(shares, pipes, strict=True))
    ]
    for process in processes:
        process.start()
    results: list[Result] = [receiver.recv() for receiver, _ in pipes]
    for process in processes:
        process.join(10)
    total = results[0]
    for more in results[1:]:
        total = total.merge(more)
    total.planned = len(requests)
    return total

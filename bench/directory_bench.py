"""Directory figures: cold load per city, validate-all, suggest() latency, HSDS round trip.

Run: uv run python bench/directory_bench.py"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from directory.calendar_jp import JST
from directory.hsds.export import export_hsds
from directory.hsds.reader import read_hsds
from directory.loader import load_directory, pack_names, validate_packs
from directory.router import suggest
from nlu.categories import CATEGORY_IDS

ROUNDS = 2000


def timed_ms(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> None:
    for name in pack_names():
        load_directory.cache_clear()
        print(f"load {name}: {timed_ms(lambda n=name: load_directory(n)):.1f} ms (cold)")
    print(f"validate all packs: {timed_ms(validate_packs):.1f} ms")

    directory = load_directory("okayama")
    districts = [d.name for d in directory.municipality.welfare_districts] + [None]
    start = datetime(2026, 11, 23, 0, 0, tzinfo=JST)
    samples = []
    for i in range(ROUNDS):
        categories = [CATEGORY_IDS[i % 12], CATEGORY_IDS[(i * 5 + 3) % 12]]
        at = start + timedelta(minutes=37 * i)
        district = districts[i % len(districts)]
        begin = time.perf_counter()
        suggest(directory, categories, categories[0], 20 + i % 70, district, at)
        samples.append((time.perf_counter() - begin) * 1000)
    samples.sort()
    print(
        f"suggest okayama, {ROUNDS} calls, 2 categories: "
        f"p50 {statistics.median(samples):.2f} ms, p95 {samples[int(ROUNDS * 0.95)]:.2f} ms, "
        f"max {samples[-1]:.2f} ms"
    )
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        print(f"hsds export okayama: {timed_ms(lambda: export_hsds(directory.pack, out)):.1f} ms")
        print(f"hsds import okayama: {timed_ms(lambda: read_hsds(out)):.1f} ms")


if __name__ == "__main__":
    main()

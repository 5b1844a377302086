"""Write a city pack back to YAML in the layout of the data folder."""

from __future__ import annotations

from pathlib import Path

import yaml

from directory.models import CityPack

HEADER = "# 相談機関ディレクトリ（tsunagu directory import で作成）。スキーマは data/README.md。\n"


def write_pack(pack: CityPack, path: Path) -> None:
    data = pack.model_dump(mode="json", exclude_defaults=False)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(HEADER + text, encoding="utf-8")

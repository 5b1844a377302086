"""HSDS 3.0 export → import keeps every agency."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directory.cli import app
from directory.hsds.tables import TABLES
from directory.loader import load_directory
from directory.models import CityPack
from directory.yaml_source import read_model

runner = CliRunner()
KEPT = (
    "id", "name", "alias", "kind", "role", "parent_id", "categories", "fallback_for",
    "phone", "extension", "phone_alt", "fax", "address", "postal_code", "hours",
    "takes_direct_citizen_contact", "url",
)  # fmt: skip


@pytest.mark.parametrize("municipality", ["okayama", "fujisawa", "iga"])
def test_export_then_import_keeps_every_agency(municipality: str, tmp_path: Path) -> None:
    out = tmp_path / "hsds"
    exported = runner.invoke(
        app, ["export", "--format", "hsds", str(out), "--municipality", municipality]
    )
    assert exported.exit_code == 0, exported.output
    back_file = tmp_path / "back.yaml"
    imported = runner.invoke(app, ["import", "--format", "hsds", str(out), str(back_file)])
    assert imported.exit_code == 0, imported.output

    original = load_directory(municipality).pack
    back = read_model(back_file, CityPack)
    assert [a.id for a in back.agencies] == [a.id for a in original.agencies]
    for before, after in zip(original.agencies, back.agencies, strict=True):
        for field in KEPT:
            assert getattr(after, field) == getattr(before, field), (before.id, field)
        area_before, area_after = before.service_area, after.service_area
        assert (area_after.whole_city, area_after.wards, area_after.welfare_districts) == (
            area_before.whole_city,
            area_before.wards,
            area_before.welfare_districts,
        )
    assert back.municipality.welfare_districts == original.municipality.welfare_districts


def test_tables_use_hsds_columns_and_categories_as_taxonomy(tmp_path: Path) -> None:
    runner.invoke(app, ["export", "--format", "hsds", str(tmp_path), "--municipality", "okayama"])
    for table, columns in TABLES.items():
        with (tmp_path / f"{table}.csv").open(encoding="utf-8") as handle:
            assert next(csv.reader(handle)) == list(columns)
    with (tmp_path / "taxonomy_terms.csv").open(encoding="utf-8") as handle:
        codes = {row["code"] for row in csv.DictReader(handle)}
    assert {"care", "income", "abuse"} <= codes
    with (tmp_path / "schedules.csv").open(encoding="utf-8") as handle:
        first = next(csv.DictReader(handle))
    assert first["byday"] == "MO,TU,WE,TH,FR" and first["opens_at"] == "08:30+09:00"


def test_only_hsds_is_offered(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", str(tmp_path)])
    assert result.exit_code == 2

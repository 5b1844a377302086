"""`tsunagu directory validate`: the shipped packs pass; a broken copy is explained."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from directory.cli import app
from directory.loader import load_directory, pack_names, validate_packs
from directory.problems import DirectoryError
from tests.directory.conftest import replace_once

runner = CliRunner()


def run_validate(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["validate", *args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def test_every_shipped_pack_is_valid() -> None:
    assert set(pack_names()) == {"okayama", "fujisawa", "iga"}
    code, output = run_validate()
    assert code == 0, output
    assert "okayama" in output and "fujisawa" in output and "iga" in output


@pytest.mark.parametrize(("name", "count"), [("okayama", 52), ("fujisawa", 18), ("iga", 11)])
def test_each_pack_loads_with_its_agencies(name: str, count: int) -> None:
    assert len(load_directory(name).agencies) == count


def test_wrong_category_id_names_file_path_and_value(data_copy: Path) -> None:
    replace_once(data_copy / "iga.yaml", "  - medical\n", "  - medicine\n")
    code, output = run_validate("--municipality", "iga", "--data-dir", str(data_copy))
    assert code == 1
    assert "iga.yaml: agencies[0].categories[0] (iga-houkatsu)" in output
    assert "'medicine'" in output


def test_bad_time_is_reported_with_its_path(data_copy: Path) -> None:
    replace_once(data_copy / "okayama.yaml", "open: '08:30'", "open: '8:30'")
    problems = validate_packs(["okayama"], data_copy)
    assert [str(p) for p in problems] == [
        "okayama.yaml: agencies[0].hours.weekly[0].open (okayama-chiiki-care-sogo-suishin-center)"
        ": 時刻は HH:MM（00:00〜24:00）で書いてください: '8:30'"
    ]


def test_duplicate_id_across_files_is_reported(data_copy: Path) -> None:
    replace_once(data_copy / "iga.yaml", "- id: iga-nest", "- id: okayama-houkatsu")
    code, output = run_validate("--data-dir", str(data_copy))
    assert code == 1
    assert "id が重複しています" in output
    assert "okayama-houkatsu" in output


def test_broken_reference_and_unknown_district(data_copy: Path) -> None:
    replace_once(data_copy / "okayama.yaml", "parent_id: okayama-houkatsu", "parent_id: nowhere")
    replace_once(
        data_copy / "okayama.yaml", "id: minami-minami\n    name: 南区南", "id: x\n    name: 南区東"
    )
    messages = [str(p) for p in validate_packs(["okayama"], data_copy)]
    assert any("parent_id の機関 'nowhere' がありません" in m for m in messages)
    assert any("福祉区 '南区南' がありません" in m for m in messages)


def test_unknown_key_is_a_typo_not_silently_ignored(data_copy: Path) -> None:
    replace_once(data_copy / "fujisawa.yaml", "  takes_direct_citizen_contact:", "  takes_direct:")
    messages = [str(p) for p in validate_packs(["fujisawa"], data_copy)]
    assert any("takes_direct" in m and "スキーマにありません" in m for m in messages)


def test_load_refuses_a_broken_pack_and_lists_the_problems(data_copy: Path) -> None:
    replace_once(data_copy / "iga.yaml", "  - medical\n", "  - medicine\n")
    with pytest.raises(DirectoryError) as raised:
        load_directory("iga", data_copy)
    assert "iga.yaml" in str(raised.value)


def test_unknown_municipality_is_explained() -> None:
    code, output = run_validate("--municipality", "osaka")
    assert code == 1
    assert "この自治体のデータはありません" in output


def test_validate_counts_agencies_a_resident_cannot_call_directly(data_copy: Path) -> None:
    code, before = run_validate("--municipality", "iga", "--data-dir", str(data_copy))
    assert code == 0, before
    assert "iga: 住民向け 11 機関のうち 2 機関に直通の電話がありません" in before
    assert "iga-seikatsu-shien-ka" in before
    pack_file = data_copy / "iga.yaml"
    pack = yaml.safe_load(pack_file.read_text(encoding="utf-8"))
    office = next(a for a in pack["agencies"] if a["id"] == "iga-seikatsu-shien-ka")
    office["phone"] = "0595-22-9999"
    pack_file.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    code, after = run_validate("--municipality", "iga", "--data-dir", str(data_copy))
    assert code == 0, after
    assert "iga: 住民向け 11 機関のうち 1 機関に直通の電話がありません" in after
    assert "iga-seikatsu-shien-ka" not in after

"""The crisis answer's numbers: order per flag, 110/119 first, region-limited lines."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from directory.hotlines import all_hotlines, crisis_hotlines


def ids(entries: list[Any]) -> list[str]:
    return [entry.id for entry in entries]


def test_suicide_follows_the_directory_order_in_okayama() -> None:
    got = ids(crisis_hotlines(["suicide"], "岡山県", "okayama"))
    assert got == [
        "fire-ambulance-119",
        "inochi-no-denwa-freedial",
        "okayama-inochi-no-denwa",
        "kokoro-tonitsu-dial",
        "yorisoi-hotline",
    ]


def test_two_flags_merge_without_repeats_and_emergency_numbers_lead() -> None:
    got = ids(crisis_hotlines(["suicide", "violence"], "岡山県", "okayama"))
    assert got[:2] == ["fire-ambulance-119", "police-110"]
    assert len(got) == len(set(got))
    assert got.count("yorisoi-hotline") == 1
    # after the emergency numbers, suicide's lines keep their order before violence's
    assert got.index("inochi-no-denwa-freedial") < got.index("dv-soudan-plus")


def test_okayama_only_lines_are_dropped_outside_their_area() -> None:
    fujisawa = ids(crisis_hotlines(["suicide", "medical_emergency"], "神奈川県", "fujisawa"))
    assert "okayama-inochi-no-denwa" not in fujisawa
    assert "kyukyu-7119-okayama" not in fujisawa
    assert fujisawa[0] == "fire-ambulance-119"


def test_7119_needs_a_municipality_inside_its_area() -> None:
    assert "kyukyu-7119-okayama" in ids(crisis_hotlines(["medical_emergency"], "岡山県", "岡山市"))
    # 倉敷市 is in 岡山県 but outside the #7119 area; the prefecture line stays
    kurashiki = ids(crisis_hotlines(["medical_emergency", "suicide"], "岡山県", "倉敷市"))
    assert "kyukyu-7119-okayama" not in kurashiki
    assert "okayama-inochi-no-denwa" in kurashiki
    # without a known place, no number that might not connect
    assert "okayama-inochi-no-denwa" not in ids(crisis_hotlines(["suicide"], None))


def test_child_danger_starts_with_110_then_189() -> None:
    got = crisis_hotlines(["child_danger"], "三重県", "iga")
    assert [e.number for e in got[:2]] == ["110", "189"]
    assert got[1].tel_uri == "tel:189"


def test_entries_carry_hours_for_the_answer() -> None:
    entry = crisis_hotlines(["suicide"], "岡山県", "okayama")[1]
    assert entry.is_24h is False
    assert entry.hours_text is not None and "16時" in entry.hours_text


def test_hash_numbers_are_encoded_for_tap_to_call() -> None:
    dv = next(e for e in crisis_hotlines(["violence"], "三重県") if e.number == "#8008")
    assert dv.tel_uri == "tel:%238008"


def test_all_hotlines_for_the_menu_put_emergency_first_and_respect_area() -> None:
    menu = all_hotlines("神奈川県", "fujisawa")
    assert {e.number for e in menu[:2]} == {"110", "119"}
    assert all(e.display_priority <= n.display_priority for e, n in pairwise(menu))
    assert "okayama-inochi-no-denwa" not in ids(menu)
    assert "okayama-inochi-no-denwa" in ids(all_hotlines("岡山県", "okayama"))


def test_unknown_flag_gives_nothing_rather_than_failing() -> None:
    assert crisis_hotlines(["not-a-flag"], "岡山県") == []


def test_a_directory_that_cannot_be_read_still_gives_the_numbers(tmp_path: Path) -> None:
    """A broken edit of hotlines.yaml (or a file replaced under a running server) must not
    leave a crisis unanswered: the built-in numbers are given, 110/119 first."""
    broken = tmp_path / "hotlines.yaml"
    broken.write_text("hotlines:\n- id: x\n  name: [not, a, name]\n", encoding="utf-8")
    missing = tmp_path / "gone.yaml"
    for path in (broken, missing):
        lines = crisis_hotlines(("suicide",), "岡山県", "okayama", path=path)
        assert [line.number for line in lines][:2] == ["110", "119"]
        assert "0120-279-338" in [line.number for line in lines]
        everything = all_hotlines("岡山県", "okayama", language="vi", path=path)
        assert any("vi" in line.languages for line in everything)


@pytest.mark.parametrize("language", [None, "en", "vi", "zh-Hans", "ko", "pt", "fil", "es"])
def test_each_number_is_given_once_as_the_line_that_speaks_the_language(
    language: str | None,
) -> None:
    """よりそいホットライン is one number with a foreign-language line behind 「2」: shown
    once, and to a resident who reads another language as the line that speaks it (a
    tester saw it twice, once as 「this line speaks Japanese」)."""
    for entries in (
        crisis_hotlines(["suicide", "violence"], "岡山県", "okayama", language=language),
        all_hotlines("岡山県", "okayama", language=language),
    ):
        numbers = [entry.number for entry in entries]
        assert len(numbers) == len(set(numbers)), numbers
        if language is not None:
            yorisoi = next(e for e in entries if e.number == "0120-279-338")
            assert language in yorisoi.languages

"""The typed つなぐシート (`handlers/sheet.py`) and its stored JSON schema say the same thing:
the same fields, the same choices, the same limits; a record goes in and comes out as it
was; the hand-off reads only the confirmed sheet."""

from __future__ import annotations

from datetime import date
from typing import Any, get_args

import pytest
from pydantic import BaseModel, ValidationError

from cases.sheets import blank_sheet, schema_errors, sheet_schema
from handlers.sheet import (
    CONFIRMED_KEY,
    SHEET_PATHS,
    Category,
    ConfirmedSheet,
    CrisisFlag,
    Sheet,
)
from nlu.categories import CATEGORY_IDS, CRISIS_FLAGS

TODAY = date(2026, 12, 6)


def full_record() -> dict[str, Any]:
    record = blank_sheet("bot", "family", TODAY)
    record["consulter"] = {
        "relation": "family",
        "name": "山田一郎",
        "relation_detail": "長男",
        "phone": "+819012345678",
    }
    record["person"] = {
        "kana": "やまだ はる",
        "name": "山田ハル",
        "gender": "female",
        "birth_date": "1941-05-03",
        "birth_date_text": "昭和16年5月3日",
        "age": 85,
        "postal_code": "700-0914",
        "address": "岡山市北区鹿田町一丁目1-1",
        "ward": "北区",
        "outside_municipality": False,
        "phone_home": "なし",
        "phone_mobile": None,
    }
    record["anonymous"] = False
    record["story"] = "母の物忘れがひどく、家賃も滞っています。"
    record["troubles"] = {"categories": ["care", "debt"], "primary": "care", "other_detail": None}
    record["household"] = {
        "size": 2,
        "members": [
            {"name": "山田ハル", "age": 85, "relation": "本人", "note": None},
            {"name": None, "age": 58, "relation": "長男", "note": "仕事で日中いない"},
        ],
    }
    record["living_situation"] = "年金のみ"
    record["current_supporters"] = [{"agency": "地域包括支援センター", "support": "見守り"}]
    record["crisis_flags"] = ["medical_emergency"]
    record["skipped"] = ["kana"]
    record["completed_at"] = "2026-12-06T10:00:00+09:00"
    return record


def model_fields(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def test_the_typed_sheet_has_the_schemas_fields_section_by_section() -> None:
    schema = sheet_schema()
    assert model_fields(Sheet) == set(schema["properties"])
    required = {n for n, f in Sheet.model_fields.items() if f.is_required()}
    assert required == set(schema["required"]) - {"troubles"} | {"troubles"}
    for section in ("received_by", "consulter", "person", "troubles", "household"):
        annotation = Sheet.model_fields[section].annotation
        model = next(a for a in (annotation, *get_args(annotation)) if isinstance(a, type))
        assert model_fields(model) == set(schema["properties"][section]["properties"]), section
    assert set(get_args(Category)) == set(schema["$defs"]["category"]["enum"]) == set(CATEGORY_IDS)
    flags = schema["properties"]["crisis_flags"]["items"]["enum"]
    assert set(get_args(CrisisFlag)) == set(flags) == set(CRISIS_FLAGS)


def test_a_record_comes_back_as_it_was_given() -> None:
    for record in (blank_sheet("bot", "self", TODAY), full_record()):
        assert schema_errors(record) == []
        assert Sheet.of(record).record() == record
    # An answer taken back stays null; one never given stays absent.
    sheet = Sheet.of(blank_sheet("bot", "self", TODAY))
    taken_back = sheet.with_value("person.ward", "北区").without("person.ward")
    assert taken_back.record()["person"] == {"ward": None}
    assert "story" not in taken_back.record()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("person.age", 131),
        ("person.postal_code", "7000914"),
        ("person.phone_mobile", "090-1234-5678"),
        ("person.gender", "unknown"),
        ("troubles.categories", ["care", "money"]),
        ("crisis_flags", ["danger"]),
        ("household.size", 0),
        ("consulter.relation", "friend"),
        ("person.birth_date", "2026-13-45"),
        ("troubles.categories", ["care", "care"]),
        ("household", None),
    ],
)
def test_a_value_the_schema_refuses_is_refused_when_it_is_answered(path: str, value: Any) -> None:
    record = full_record()
    head, _, field = path.partition(".")
    if field:
        record[head] = {**record[head], field: value}
    else:
        record[head] = value
    assert schema_errors(record) != []
    with pytest.raises(ValidationError):
        Sheet.of(record)


def test_a_field_the_schema_does_not_know_is_refused() -> None:
    record = {**full_record(), "person": {**full_record()["person"], "nickname": "ハルちゃん"}}
    assert schema_errors(record) != []
    with pytest.raises(ValidationError):
        Sheet.of(record)


def test_every_path_a_step_may_name_is_a_field_of_the_sheet() -> None:
    sheet = Sheet.of(full_record())
    record = sheet.record()
    for path in SHEET_PATHS:
        head, _, field = path.partition(".")
        assert head in Sheet.model_fields, path
        expected = record.get(head) if not field else record[head].get(field)
        assert sheet.value(path) == expected, path  # type: ignore[arg-type]


def test_the_confirmed_sheet_puts_the_main_trouble_first_and_keeps_later_crises() -> None:
    sheet = Sheet.of(
        {**full_record(), "troubles": {"categories": ["debt", "care"], "primary": "care"}}
    )
    confirmed = sheet.confirmed("ref-1", ["violence", "not-a-flag"], ["alone_no_one"])
    assert confirmed.categories == ("care", "debt") and confirmed.primary == "care"
    assert (confirmed.ward, confirmed.relation, confirmed.age) == ("北区", "family", 85)
    assert confirmed.grantor == "family" and confirmed.urgency == "crisis"
    assert confirmed.crisis_flags == ("violence",) and confirmed.is_complex
    # Kept in the conversation; a crisis raised during the hand-off joins it.
    data = {**confirmed.to_session(), "crisis_flags": ["suicide"]}
    assert set(data) == {CONFIRMED_KEY, "crisis_flags"}
    again = ConfirmedSheet.from_session(data)
    assert again.crisis_flags == ("violence", "suicide")
    assert again.categories == confirmed.categories and again.sheet_ref == "ref-1"


def test_a_hand_off_under_way_in_the_earlier_layout_goes_on() -> None:
    earlier = {"sheet_ref": "r", "categories": ["debt"], "primary": "care", "consulter": "neighbor"}
    confirmed = ConfirmedSheet.from_session(earlier)
    assert confirmed.categories == ("care", "debt") and confirmed.grantor == "other"
    assert ConfirmedSheet.from_session({}).categories == ()

"""Photos residents send (a 督促状, a letter from the city), through the webhook on SQLite
and PostgreSQL: fetched from LINE's content API, checked by their bytes, kept sealed with
the case, acknowledged in plain Japanese, and shown in the console only to staff who may
open the case. A refused file gets a kind answer; a failed fetch is tried again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text

from bot.photos import MAX_PHOTO_BYTES, judge
from cases.models import Case, CasePhoto, Resident
from cases.staff import add_staff
from tests.harness import Stack, quick_reply_data, quick_reply_labels, running_stack, texts

USER = "U" + "9c" * 16
PASSWORD = "correct horse battery"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(64)
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00" + bytes(64)
PDF = b"%PDF-1.7\n" + bytes(64)


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    async with running_stack(database_url) as running:
        yield running


async def send_photo(stack: Stack, body: bytes, content_type: str = "image/jpeg") -> dict[str, Any]:
    event = stack.events.image(USER, photo=body, content_type=content_type)
    assert (await stack.post_events([event])).status_code == 200
    return event


async def start_consultation(stack: Stack) -> str:
    """Follow and open the sheet; the first question's text."""
    await stack.follow(USER)
    welcome = (await stack.replies(USER))[-1]
    await stack.tap(USER, quick_reply_data(welcome, "相談する"))
    return texts(await stack.replies(USER))


async def stored_photos(stack: Stack) -> list[CasePhoto]:
    async with stack.services.session_factory() as db:
        return list(await db.scalars(select(CasePhoto).order_by(CasePhoto.id)))


async def open_case_for_resident(stack: Stack) -> int:
    """The resident's sheet handed off (as the hand-off leaves it: an open case)."""
    async with stack.services.session_factory() as db:
        resident_id = await db.scalar(select(Resident.id).where(Resident.line_user_id == USER))
        case = Case(resident_id=resident_id, origin="handoff", status="new", categories=["debt"])
        db.add(case)
        await db.commit()
        return case.id


async def signed_in(stack: Stack, login: str, role: str, agency: str | None) -> httpx.AsyncClient:
    async with stack.services.session_factory() as db:
        await add_staff(db, login, PASSWORD, role, agency)
        await db.commit()
    client = httpx.AsyncClient(base_url=str(stack.http.base_url))
    page = await client.get("/console/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    answer = await client.post(
        "/console/login", data={"login": login, "password": PASSWORD, "csrf_token": token}
    )
    assert answer.status_code == 303, answer.text
    return client


async def test_a_photo_during_the_sheet_is_kept_sealed_and_shown_to_staff(stack: Stack) -> None:
    question = await start_consultation(stack)
    await send_photo(stack, JPEG)
    answer = texts(await stack.replies(USER))
    await stack.settle()
    assert "写真を受け取りました" in answer
    assert question.splitlines()[-1] in answer  # the open question again, nothing lost

    [photo] = await stored_photos(stack)
    assert photo.media_type == "image/jpeg" and photo.size == len(JPEG)
    assert photo.case_id is None  # no case yet: it is the resident's, shown on their case
    async with stack.services.session_factory() as db:
        raw = await db.scalar(text("SELECT body FROM case_photos"))
    assert str(raw).startswith("enc1:")

    case_id = await open_case_for_resident(stack)
    await send_photo(stack, PNG, "image/png")
    assert "写真を受け取りました" in texts(await stack.replies(USER))
    await stack.settle()
    later = (await stored_photos(stack))[-1]
    assert later.case_id == case_id and later.media_type == "image/png"

    admin = await signed_in(stack, "photo-admin", "admin", None)
    page = await admin.get(f"/console/cases/{case_id}")
    assert "ご相談者から届いた写真" in page.text
    for kept, body in ((photo, JPEG), (later, PNG)):
        assert f"/console/cases/{case_id}/photos/{kept.id}" in page.text
        shown = await admin.get(f"/console/cases/{case_id}/photos/{kept.id}")
        assert shown.status_code == 200 and shown.content == body
        assert shown.headers["content-type"] == kept.media_type
        assert shown.headers["cache-control"] == "no-store"
    await admin.aclose()
    outsider = await signed_in(stack, "photo-agency", "agency", "okayama-hellowork")
    refused = await outsider.get(f"/console/cases/{case_id}/photos/{photo.id}")
    await outsider.aclose()
    assert refused.status_code == 403 and refused.content != JPEG


async def test_a_photo_after_the_hand_off_is_added_to_the_case_under_its_number(
    stack: Stack,
) -> None:
    await stack.follow(USER)
    await stack.replies(USER)
    case_id = await open_case_for_resident(stack)
    await send_photo(stack, JPEG)
    answer = texts(await stack.replies(USER))
    await stack.settle()
    async with stack.services.session_factory() as db:
        case = await db.get(Case, case_id)
        assert case is not None
        number = case.number
    assert "写真を受け取りました" in answer and f"受付番号 {number} に追加しました" in answer
    assert "困っていること" not in answer  # no new consultation is opened by the photo
    [photo] = await stored_photos(stack)
    assert photo.case_id == case_id
    await send_photo(stack, b"GIF89a" + bytes(16), "image/gif")
    refused = await stack.replies(USER)
    assert "この形式のファイルは受け取れません" in texts(refused)
    assert f"受付番号 {number} のご相談" in texts(refused)  # the case, not a new consultation
    assert "新しい相談をする" in quick_reply_labels(refused[-1])


@pytest.mark.parametrize(
    ("body", "content_type", "said"),
    [
        (PDF, "image/jpeg", "この形式のファイルは受け取れません"),  # the header lies
        (b"\xff\xd8\xff" + bytes(MAX_PHOTO_BYTES), "image/jpeg", "写真が大きすぎて"),
    ],
)
async def test_a_refused_file_gets_a_kind_answer_and_is_not_kept(
    stack: Stack, body: bytes, content_type: str, said: str
) -> None:
    await stack.follow(USER)
    await stack.replies(USER)
    await send_photo(stack, body, content_type)
    answer = texts(await stack.replies(USER))
    await stack.settle()
    assert said in answer and "送っていただけますか" in answer
    assert await stored_photos(stack) == []


async def test_a_failed_fetch_is_tried_again_and_the_photo_kept(stack: Stack) -> None:
    await stack.follow(USER)
    await stack.replies(USER)
    stack.emulator.faults.fail_next("getMessageContent", count=2, status=500)
    await send_photo(stack, JPEG)
    answer = texts(await stack.replies(USER, timeout=30))
    await stack.settle(timeout=30)
    assert "写真を受け取りました" in answer
    [photo] = await stored_photos(stack)
    assert photo.size == len(JPEG)
    fetches = [r for r in stack.emulator.requests if r["operation"] == "getMessageContent"]
    assert [r["status"] for r in fetches] == [500, 500, 200]


@pytest.mark.parametrize(
    ("body", "kind"),
    [(JPEG, "image/jpeg"), (PNG, "image/png"), (WEBP, "image/webp"), (HEIC, "image/heic")],
)
def test_photos_are_told_by_their_bytes(body: bytes, kind: str) -> None:
    assert judge(body).media_type == kind and judge(body).verdict == "kept"


def test_other_bytes_and_oversized_photos_are_refused() -> None:
    assert judge(PDF).verdict == "not_a_photo"
    assert judge(b"GIF89a" + bytes(16)).verdict == "not_a_photo"
    assert judge(JPEG[:3] + bytes(MAX_PHOTO_BYTES)).verdict == "too_large"
    assert judge(JPEG[:3] + bytes(MAX_PHOTO_BYTES - 3)).verdict == "kept"


async def test_the_simulators_photo_button_sends_a_photo_that_is_kept(stack: Stack) -> None:
    await stack.follow(USER)
    await stack.replies(USER)
    sent = await stack.http.post("/simulator/send", json={"user_id": USER, "kind": "image"})
    assert sent.status_code == 200 and sent.json()["webhook_status"] == 200
    assert "写真を受け取りました" in texts(await stack.replies(USER))
    await stack.settle()
    [photo] = await stored_photos(stack)
    assert photo.media_type == "image/png"


async def test_erasing_the_residents_data_removes_their_photos(stack: Stack) -> None:
    from cases.retention import erase_resident

    await start_consultation(stack)
    await send_photo(stack, JPEG)
    await stack.replies(USER)
    await stack.settle()
    await open_case_for_resident(stack)
    await send_photo(stack, PNG, "image/png")
    await stack.replies(USER)
    await stack.settle()
    assert len(await stored_photos(stack)) == 2
    async with stack.services.session_factory() as db:
        resident_id = await db.scalar(select(Resident.id).where(Resident.line_user_id == USER))
        assert resident_id is not None
        erasure = await erase_resident(db, resident_id)
        await db.commit()
    assert await stored_photos(stack) == []
    assert erasure.request.removed["case_photos"] == 2

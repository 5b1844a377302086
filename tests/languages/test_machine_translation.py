"""Staff see what a resident wrote in their own language, and — only when the city
configured a translation service — a Japanese rendering beside it, marked 「機械翻訳」;
they can send their reply machine-translated, with their Japanese under it. Without a
service, nothing is sent anywhere."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from api.console.transcript_view import TRANSLATION_MISSING
from bot.notify.routing import AlertRouting, queue_staff_alert
from cases.conversations import add_transcript
from cases.models import Case, OutboxMessage, Resident
from handlers import catalog
from tests.console.conftest import RESIDENT, console_on, form_token, handed_off_case, sign_in
from tests.harness import free_port
from tests.timing import budget
from tsunagu.languages import load_catalogue
from tsunagu.translation import LibreTranslate, NoTranslation

WRITTEN = "Chồng tôi mất việc, chúng tôi không trả được tiền nhà."
RENDERED = "夫が失業し、家賃が払えません。"
STAFF_WROTE = "月曜日の10時にお電話します。"
STAFF_RENDERED = "Chúng tôi sẽ gọi cho bạn lúc 10 giờ sáng thứ Hai."


@dataclass
class TranslationService:
    """A stand-in for the city's service, speaking the LibreTranslate API."""

    url: str
    asked: list[dict[str, Any]] = field(default_factory=list)
    down: bool = False
    hangs: bool = False
    drops_marks: bool = False  # a service that loses 「[1]」 in its rendering


@pytest.fixture
async def service() -> AsyncIterator[TranslationService]:
    port = free_port()
    running = TranslationService(f"http://127.0.0.1:{port}/translate")

    async def translate(request: Request) -> JSONResponse:
        body = await request.json()
        running.asked.append(body)
        if running.hangs:
            await asyncio.sleep(60)
        if running.down:
            return JSONResponse({"error": "overloaded"}, status_code=503)
        said = RENDERED if body["target"] == "ja" else STAFF_RENDERED
        marks = re.findall(r"\[\d+\]", body["q"])
        if marks and not running.drops_marks:
            said = f"{said} ({' '.join(marks)})"  # as a service keeps them
        return JSONResponse({"translatedText": said})

    app = Starlette(routes=[Route("/translate", translate, methods=["POST"])])
    server = uvicorn.Server(uvicorn.Config(app, "127.0.0.1", port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    try:
        yield running
    finally:
        server.should_exit = True
        server.force_exit = True
        await asyncio.wait_for(task, timeout=10)


async def case_in(console: Any, language: str, written: Sequence[str] = ()) -> int:
    """A handed-off case of RESIDENT, who speaks `language` and wrote `written`."""
    case_id = await handed_off_case(console.factory)
    async with console.factory() as db:
        resident = await db.scalar(select(Resident).where(Resident.line_user_id == RESIDENT))
        assert resident is not None
        resident.language = language
        for text in written:
            add_transcript(db, resident.id, None, "in", "resident", "text", text)
        await db.commit()
    return case_id


async def staff_replies(console: Any) -> list[str]:
    """What staff sent, each under the line saying a person of the city wrote it."""
    async with console.factory() as db:
        rows = await db.scalars(select(OutboxMessage).where(OutboxMessage.kind == "staff_reply"))
        sent = [[m["text"] for m in row.payload["messages"]] for row in rows]
    assert all(texts[0] == catalog.STAFF_WROTE for texts in sent), sent
    return [text for texts in sent for text in texts[1:]]


async def case_page(database_url: str, language: str, **settings: Any) -> str:
    async with console_on(database_url, **settings) as console:
        case_id = await case_in(console, language, [WRITTEN])
        async with console.client() as client:
            await sign_in(client, "coordinator")
            page = await client.get(f"/console/cases/{case_id}")
            assert page.status_code == 200
            live = await client.get(f"/console/cases/{case_id}/transcript")
            assert live.status_code == 200
            return page.text + live.text


async def test_a_configured_service_renders_their_words_in_japanese(
    sqlite_url: str, service: TranslationService
) -> None:
    shown = await case_page(sqlite_url, "vi", TSUNAGU_TRANSLATE_URL=service.url)
    assert WRITTEN in shown  # the original, always
    assert "機械翻訳" in shown and RENDERED in shown
    assert service.asked and service.asked[0]["source"] == "vi"
    assert service.asked[0]["target"] == "ja" and service.asked[0]["q"] == WRITTEN


async def test_without_a_service_nothing_is_sent(
    sqlite_url: str, service: TranslationService
) -> None:
    shown = await case_page(sqlite_url, "vi")
    assert WRITTEN in shown
    assert "機械翻訳" not in shown and RENDERED not in shown
    assert service.asked == []


async def test_japanese_is_never_sent_to_the_service(
    sqlite_url: str, service: TranslationService
) -> None:
    shown = await case_page(sqlite_url, "ja-easy", TSUNAGU_TRANSLATE_URL=service.url)
    assert "機械翻訳" not in shown and service.asked == []


async def test_the_port_speaks_the_libretranslate_api() -> None:
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"translatedText": RENDERED})

    port = LibreTranslate(
        "https://mt.example/translate", "k", transport=httpx.MockTransport(answer)
    )
    assert await port.to_japanese(WRITTEN, "pt") == RENDERED
    assert sent == [
        {"q": WRITTEN, "source": "pt", "target": "ja", "format": "text", "api_key": "k"}
    ]
    failing = LibreTranslate(
        "https://mt.example/translate",
        transport=httpx.MockTransport(lambda request: httpx.Response(503)),
    )
    assert await failing.to_japanese(WRITTEN, "pt") is None
    assert await NoTranslation().to_japanese(WRITTEN, "vi") is None


async def test_staff_send_a_reply_translated_with_their_japanese_under_it(
    sqlite_url: str, service: TranslationService
) -> None:
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "vi")
        async with console.client() as client:
            await sign_in(client, "coordinator")
            page = await client.get(f"/console/cases/{case_id}")
            assert 'name="translate"' in page.text and "Tiếng Việtに機械翻訳して送る" in page.text
            sent = await client.post(
                f"/console/cases/{case_id}/reply",
                data={"text": STAFF_WROTE, "translate": "1", "csrf_token": form_token(page.text)},
            )
            assert sent.status_code == 303
        (reply,) = await staff_replies(console)
    assert reply.startswith(STAFF_RENDERED) and reply.endswith(STAFF_WROTE)
    notice = load_catalogue().text(catalog.STAFF_MACHINE_TRANSLATED, "vi")
    assert notice != catalog.STAFF_MACHINE_TRANSLATED and notice in reply
    assert service.asked[-1] == {"q": STAFF_WROTE, "source": "ja", "target": "vi", "format": "text"}


async def test_a_translation_that_fails_sends_nothing_and_keeps_what_staff_wrote(
    sqlite_url: str, service: TranslationService
) -> None:
    service.down = True
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "pt")
        async with console.client() as client:
            await sign_in(client, "coordinator")
            page = await client.get(f"/console/cases/{case_id}")
            refused = await client.post(
                f"/console/cases/{case_id}/reply",
                data={"text": STAFF_WROTE, "translate": "1", "csrf_token": form_token(page.text)},
            )
        assert refused.status_code == 400
        assert "翻訳サービスから返事がありませんでした" in refused.text
        assert f">{STAFF_WROTE}</textarea>" in refused.text
        assert await staff_replies(console) == []


@pytest.mark.parametrize(("language", "configured"), [("vi", False), ("ja-easy", True)])
async def test_no_translated_reply_is_offered_without_a_service_or_to_japanese(
    sqlite_url: str, service: TranslationService, language: str, configured: bool
) -> None:
    settings = {"TSUNAGU_TRANSLATE_URL": service.url} if configured else {}
    async with console_on(sqlite_url, **settings) as console:
        case_id = await case_in(console, language)
        async with console.client() as client:
            await sign_in(client, "coordinator")
            page = await client.get(f"/console/cases/{case_id}")
            assert 'name="translate"' not in page.text
            forced = await client.post(
                f"/console/cases/{case_id}/reply",
                data={"text": STAFF_WROTE, "translate": "1", "csrf_token": form_token(page.text)},
            )
            assert forced.status_code == 400
        assert await staff_replies(console) == []
    assert service.asked == []


async def transcript_page(console: Any, case_id: int) -> tuple[str, float]:
    async with console.client() as client:
        await sign_in(client, "coordinator")
        started = time.monotonic()
        page = await client.get(f"/console/cases/{case_id}")
        assert page.status_code == 200
        return page.text, time.monotonic() - started


async def test_only_words_in_another_language_are_sent_each_once_from_its_own_language(
    sqlite_url: str, service: TranslationService
) -> None:
    answers = ("グエン ティ ラン", "080-1111-2222", "700-0914", "1990/4/12", "北区鹿田町1-2-3")
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        written = (WRITTEN, *answers, "I want to die, please help me now")
        case_id = await case_in(console, "vi", written)
        shown, _ = await transcript_page(console, case_id)
        assert shown.count(RENDERED) == 2
        sent = [(asked["q"], asked["source"]) for asked in service.asked]
        assert sorted(sent) == sorted(
            [(WRITTEN, "vi"), ("I want to die, please help me now", "en")]
        )
        again, _ = await transcript_page(console, case_id)
        assert again.count(RENDERED) == 2
        assert len(service.asked) == 2, "a page opened again asked the service again"


async def test_answers_to_the_questions_for_a_name_an_address_or_a_phone_are_never_sent(
    sqlite_url: str, service: TranslationService
) -> None:
    """In Latin letters too: 「Nguyễn Văn An」 for the name, an address line, 「Số di động của
    tôi là 090-1234-5678」 for the phone."""
    personal = {
        "name": "Nguyễn Văn An",
        "address_rest": "2-5-1, nhà Sakura phòng 203",
        "phone": "Số di động của tôi là 090-1234-5678",
        "member_name:1": "Trần Thị Bình",
    }
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "vi", [WRITTEN])
        async with console.factory() as db:
            resident = await db.scalar(select(Resident).where(Resident.line_user_id == RESIDENT))
            assert resident is not None
            for step, text in personal.items():
                content = {"answered": step}
                add_transcript(db, resident.id, None, "in", "resident", "text", text, content)
            await db.commit()
        shown, _ = await transcript_page(console, case_id)
        assert [asked["q"] for asked in service.asked] == [WRITTEN]
        assert all(text in shown for text in personal.values())  # shown as written


async def test_personal_data_in_later_messages_is_hidden_before_it_is_sent(
    sqlite_url: str, service: TranslationService
) -> None:
    """A fourth tester's: the name given at its question, said again in a later message,
    and a phone number or an e-mail in a story went to the service as they were."""
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "vi", [WRITTEN])
        async with console.factory() as db:
            resident = await db.scalar(select(Resident).where(Resident.line_user_id == RESIDENT))
            assert resident is not None
            add_transcript(db, resident.id, None, "in", "resident", "text", "Nguyễn Văn An",
                           {"answered": "name"})  # fmt: skip
            later = (
                "Tôi là Nguyễn Văn An, gọi cho tôi số 090-1234-5678 hoặc an.nguyen@example.com,"
                " thẻ lưu trú AB12345678"
            )
            add_transcript(db, resident.id, None, "in", "resident", "text", later)
            await db.commit()
        shown, _ = await transcript_page(console, case_id)
        sent = " ".join(asked["q"] for asked in service.asked)
        for personal in ("Nguyễn", "Văn", "090-1234-5678", "example.com", "12345678"):
            assert personal not in sent
        assert "gọi cho tôi số" in sent  # the rest of the message is still rendered
        assert later in shown  # staff see what they wrote, as written


async def test_the_service_address_alone_reaches_its_translate_endpoint(
    sqlite_url: str, service: TranslationService
) -> None:
    """A fourth tester's: TSUNAGU_TRANSLATE_URL had to be the full /translate endpoint."""
    address = service.url.removesuffix("/translate")
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=address) as console:
        case_id = await case_in(console, "vi", [WRITTEN])
        shown, _ = await transcript_page(console, case_id)
        assert RENDERED in shown


async def test_a_hung_service_does_not_hold_the_case_page(
    sqlite_url: str, service: TranslationService
) -> None:
    service.hangs = True
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "vi", [f"{WRITTEN} ({n})" for n in range(12)])
        shown, took = await transcript_page(console, case_id)
    assert WRITTEN in shown and RENDERED not in shown
    assert shown.count(TRANSLATION_MISSING) == 12, "staff were not told the rendering is missing"
    assert took < budget(10), f"the case page took {took:.1f} s with the service hung"


@pytest.mark.parametrize("language", ["vi", "ja"])
async def test_the_inbox_shows_which_language_a_resident_speaks(
    database_url: str, language: str
) -> None:
    """Staff see before opening a case that its resident talks with the bot in Tiếng Việt
    (and nothing for Japanese)."""
    async with console_on(database_url) as console:
        await case_in(console, language)
        async with console.client() as client:
            await sign_in(client, "coordinator")
            inbox = await client.get("/console/cases")
            live = await client.get("/console/cases/live")
    for page in (inbox.text, live.text):
        assert ('class="badge language"' in page and "Tiếng Việt" in page) is (language == "vi")


@pytest.mark.parametrize("language", ["vi", "ja"])
async def test_the_alerts_show_which_language_a_resident_speaks(
    database_url: str, language: str
) -> None:
    """A third tester's: the alerts list said nothing of it, so staff called in Japanese."""
    async with console_on(database_url) as console:
        case_id = await case_in(console, language)
        async with console.factory() as db:
            case = await db.get(Case, case_id)
            assert case is not None
            queue_staff_alert(db, AlertRouting((), "https://city.example"), "handoff", case)
            await db.commit()
        async with console.client() as client:
            await sign_in(client, "coordinator")
            board = await client.get("/console/alerts")
    assert f"ケース{case.number}" in board.text
    shown = 'class="badge language"' in board.text and "Tiếng Việt" in board.text
    assert shown is (language == "vi")


STAFF_NAMED = "グエンさん、明日10時に090-1234-5678からお電話します。お母さんにもよろしく。"


@pytest.mark.parametrize("drops_marks", [False, True])
async def test_names_and_numbers_in_a_staff_reply_never_reach_the_service(
    sqlite_url: str, service: TranslationService, drops_marks: bool
) -> None:
    """A fifth tester's: staff's reply went to the service with the resident's name and a
    phone number. Marks go in their place and come back in the rendering; a rendering that
    lost one is not sent."""
    service.drops_marks = drops_marks
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "vi")
        async with console.client() as client:
            await sign_in(client, "coordinator")
            page = await client.get(f"/console/cases/{case_id}")
            sent = await client.post(
                f"/console/cases/{case_id}/reply",
                data={"text": STAFF_NAMED, "translate": "1", "csrf_token": form_token(page.text)},
            )
        replies = await staff_replies(console)
    asked = service.asked[-1]["q"]
    assert "グエン" not in asked and "090-1234-5678" not in asked
    assert "お母さん" in asked  # a family word with its title is no name
    if drops_marks:
        assert sent.status_code == 400 and replies == []
    else:
        assert sent.status_code == 303
        (reply,) = replies
        rendering = reply.split("\n\n")[0]
        assert "グエン" in rendering and "090-1234-5678" in rendering


async def test_a_name_without_spaces_and_a_part_of_an_address_are_hidden_later(
    sqlite_url: str, service: TranslationService
) -> None:
    """A fifth tester's: a Chinese or Korean name (no spaces around it in a sentence), a
    given name said alone, and a part of an address went to the service."""
    given = {"name": "我叫王小明", "address_rest": "2-5-1, nhà Sakura phòng 203"}
    later = ["小明的妈妈生病了，我很担心", "Nhà Sakura bị dột, tôi không ngủ được"]
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "zh-Hans")
        async with console.factory() as db:
            resident = await db.scalar(select(Resident).where(Resident.line_user_id == RESIDENT))
            assert resident is not None
            for step, text in given.items():
                content = {"answered": step}
                add_transcript(db, resident.id, None, "in", "resident", "text", text, content)
            for text in later:
                add_transcript(db, resident.id, None, "in", "resident", "text", text)
            await db.commit()
        await transcript_page(console, case_id)
    sent = " ".join(asked["q"] for asked in service.asked)
    for personal in ("小明", "王", "Sakura"):
        assert personal not in sent
    assert "妈妈生病了" in sent and "bị dột" in sent


async def test_names_and_an_address_in_a_story_are_hidden_with_no_sheet(
    sqlite_url: str, service: TranslationService
) -> None:
    """A ninth tester's: with no sheet (a crisis case), a third person's name, the
    writer's own and a street address in a story went to the service."""
    stories = [
        "My husband David Miller hits me every night. I live at 3-2-1 Omotecho, Kita-ku.",
        "Tôi là Phạm Thị Hoa, chồng tôi tên là Trần Minh Khoa, tôi sợ lắm",
    ]
    async with console_on(sqlite_url, TSUNAGU_TRANSLATE_URL=service.url) as console:
        case_id = await case_in(console, "en", stories)
        await transcript_page(console, case_id)
    sent = " ".join(asked["q"] for asked in service.asked)
    for personal in ("David", "Miller", "3-2-1", "Omotecho", "Kita-ku", "Hoa", "Khoa", "Trần"):
        assert personal not in sent, sent
    assert "hits me every night" in sent and "tôi sợ lắm" in sent

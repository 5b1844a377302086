"""The つなぐシート as a PDF: Japanese text that pdftotext can read back (the paper's
labels and the person's answers), downloaded from the case page and audited."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from cases.models import AuditEvent
from tests.console.conftest import Console, handed_off_case, sign_in

LABELS = (
    "つなぐシート", "受付日", "受付機関", "■基本情報", "ふりがな", "氏名", "生年月日",
    "住所", "電話", "■お困りごとの内容", "介護のこと", "支出・滞納・借金", "■世帯構成",
    "世帯の生活状況", "既に支援に入っている機関", "■紹介先", "同意します",
)  # fmt: skip
ANSWERS = (
    "やまだ はなこ", "山田花子", "昭和30年5月3日", "〒700-0914", "鹿田町一丁目1-1",
    "090-1234-5678", "山田ハル", "要介護3", "母と二人暮らし", "居宅介護支援事業所",
    "寄り添いサポートセンター", "同意あり",
)  # fmt: skip


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


async def test_the_sheet_pdf_reads_back_in_japanese_with_labels_and_answers(
    console: Console, tmp_path: Path
) -> None:
    case_id = await handed_off_case(console.factory)
    async with console.client() as client:
        await sign_in(client, "care")
        page = await client.get(f"/console/cases/{case_id}")
        assert f'href="/console/cases/{case_id}/sheet.pdf"' in page.text
        response = await client.get(f"/console/cases/{case_id}/sheet.pdf")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert f"tsunagu-sheet-{case_id:06d}.pdf" in response.headers["content-disposition"]
    text = pdf_text(response.content, tmp_path)
    flat = "".join(text.split())
    missing = [w for w in (*LABELS, *ANSWERS) if "".join(w.split()) not in flat]
    assert missing == []
    assert "◎" in text and "○" in text  # the main trouble and the others are marked
    async with console.factory() as db:
        exported = list(
            await db.scalars(select(AuditEvent).where(AuditEvent.action == "case.pdf_exported"))
        )
    assert [(e.actor, e.case_id) for e in exported] == [("staff:3", case_id)]


def test_a_sheet_shared_by_a_support_meeting_does_not_print_a_consent() -> None:
    """The paper's 「…同意します」 stands above the box only where the person consented;
    a sharing decided by a 支援会議 says so instead."""
    from datetime import UTC, datetime

    from api.console.sheet_view import CONSENT_SENTENCE, MEETING_SENTENCE, sheet_layout
    from cases.models import SupportMeetingBasis

    meeting = SupportMeetingBasis(
        reason="8050世帯の支援方針",
        agencies=[{"id": "a", "name": "地域包括支援センター"}],
        recorded_at=datetime(2026, 11, 20, tzinfo=UTC),
        meeting_date=None,
        revoked_at=None,
    )
    shared_by_meeting = sheet_layout(None, meetings=[meeting])
    assert shared_by_meeting.consent_sentence == MEETING_SENTENCE
    assert "同意します" not in shared_by_meeting.consent_sentence
    assert any("地域包括支援センター" in line for line in shared_by_meeting.consent_lines)
    assert sheet_layout(None).consent_sentence == CONSENT_SENTENCE


def test_words_in_other_languages_are_printed_not_lost(tmp_path: Path) -> None:
    """An independent tester's: a Vietnamese name, a Korean or Chinese story came out as
    empty boxes. Each run of letters is set in a font that has them."""
    from dataclasses import replace

    from api.console.sheet_pdf import render_sheet_pdf
    from api.console.sheet_view import sheet_layout

    name = "Nguyễn Thị Lan"
    story = "Tôi mất việc tháng trước. 저는 일을 잃었습니다. 我丢了工作，我妈妈有痴呆症。"
    address = "北区 鹿田町1-1 Phòng 203"
    sheet = replace(sheet_layout(None), name=name, story=story, address=address)
    flat = "".join(pdf_text(render_sheet_pdf(sheet, "000001", "vi"), tmp_path).split())
    for words in (name, story, address):
        assert "".join(words.split()) in flat, words
    # The agency that calls learns the resident's language (a third tester's finding).
    assert "ことば：TiếngViệt（通訳が必要な場合があります）" in flat
    japanese = "".join(pdf_text(render_sheet_pdf(sheet, "000001", "ja"), tmp_path).split())
    assert "ことば：" not in japanese


def test_a_story_as_long_as_line_allows_is_printed_whole_over_pages(tmp_path: Path) -> None:
    """The seventeenth tester's: a story of 3,000 characters made the PDF a 500 (a table
    row taller than a page). Long words run on over the pages, none lost."""
    from dataclasses import replace

    from api.console.sheet_pdf import render_sheet_pdf
    from api.console.sheet_view import sheet_layout

    told = "母の介護と借金のことで毎日悩んでいます。"
    sentences = [f"{n}番目の文です。{told}" for n in range(1, 181)]
    story = "".join(sentences)  # about 5,000 characters, one paragraph
    living = "\n".join(sentences[:60])
    sheet = replace(sheet_layout(None), story=story, living_situation=living)
    flat = "".join(pdf_text(render_sheet_pdf(sheet, "000001"), tmp_path).split())
    for sentence in (sentences[0], sentences[90], sentences[-1], sentences[59]):
        assert sentence in flat, sentence

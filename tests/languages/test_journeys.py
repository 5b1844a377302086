"""A resident in each language the bot offers, through the real webhook, on both
databases: follow → language chosen → their story in their own words → the sheet by
buttons → consent → hand-off; every bot message in their language (no sentence of the
Japanese catalogue left untranslated), and a crisis in their language answered with
hotlines in the same turn."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from cases.models import Consent, Resident, TranscriptEntry
from handlers import catalog
from handlers.handoff import checkin, consent_text, wording
from handlers.i18n import EASY, Catalogue, date_in
from handlers.intake import catalog as intake
from handlers.languages import CHOSEN, PICK
from handlers.locale_keys import source_messages
from tests.harness import Stack
from tests.intake.conversation import Resident as Talker
from tests.timing import budget

FOREIGN_LINE = "tel:0120279338"  # よりそいホットライン's foreign-language line


@dataclass(frozen=True)
class Person:
    language: str
    name: str  # the button that chooses it
    phone: str  # what LINE's profile says
    story: str  # their trouble, in their words
    crisis: str  # words of crisis in their language


PEOPLE = (
    Person(
        "vi",
        "Tiếng Việt",
        "vi",
        "Chồng tôi mất việc, chúng tôi không trả được tiền nhà và mẹ chồng cần chăm sóc.",
        "Tôi muốn chết",
    ),
    Person(
        "pt",
        "Português",
        "pt-BR",
        "Meu marido perdeu o emprego e não conseguimos pagar o aluguel.",
        "Eu quero morrer",
    ),
    Person(
        "en",
        "English",
        "en",
        "My husband lost his job and we cannot pay the rent this month.",
        "I want to die",
    ),
    Person(
        "es",
        "Español",
        "es",
        "Perdí mi trabajo y no puedo pagar el alquiler. Además cuido sola a mi madre.",
        "Quiero morir",
    ),
    Person(
        "fil",
        "Filipino",
        "fil",
        "Nawalan ng trabaho ang asawa ko at hindi na namin mabayaran ang upa ngayong buwan.",
        "Gusto ko nang mamatay",
    ),
    Person(
        "ko",
        "한국어",
        "ko",
        "남편이 일자리를 잃어서 이번 달 월세를 낼 수 없어요. 시어머니 간병도 해야 해요.",
        "죽고 싶어요",
    ),
    Person(
        "zh-Hans",
        "中文(简体)",
        "zh-Hans",
        "我上个月被公司解雇了，房租已经两个月没交了，还要照顾生病的妈妈。",
        "我想死",
    ),
    Person(
        EASY, "やさしい日本語", "ja", "しごとが なくて、いえの おかねが はらえません。", "しにたい"
    ),
)


def strings_in(message: Any) -> list[str]:
    """Every text a resident reads in a LINE message: texts, labels, alt texts."""
    found: list[str] = []
    if isinstance(message, dict):
        for key, value in message.items():
            if key in ("text", "label", "altText", "displayText", "title") and isinstance(
                value, str
            ):
                found.append(value)
            elif isinstance(value, dict | list):
                found.extend(strings_in(value))
    elif isinstance(message, list):
        for item in message:
            found.extend(strings_in(item))
    return found


def untranslated(messages: list[dict[str, Any]], words: Catalogue, language: str) -> list[str]:
    """Sentences of the Japanese catalogue that reached the resident as they are."""
    known = words.messages[language]
    japanese_only = {key for key in source_messages() if known.get(key) != key}
    left: list[str] = []
    several_lines = [key for key in japanese_only if "\n" in key]
    for said in strings_in(messages):
        for line in [said, *said.split("\n")]:
            if line in japanese_only:
                left.append(line)
        left.extend(key for key in several_lines if key in said)
    return left


def shows(talker: Talker, needle: str) -> bool:
    """The bot's last messages show `needle` (in a text, a label, an alt text)."""
    return any(needle in said for said in strings_in(talker.last))


def say(words: Catalogue, language: str, japanese: str) -> str:
    return words.text(japanese, language)


async def choose_language(talker: Talker, person: Person, words: Catalogue) -> None:
    """At the door when the phone is not in Japanese; else from 「ことば」."""
    talker.stack.emulator.set_language(talker.user, person.phone)
    await talker.follow()
    if person.phone == "ja":
        assert shows(talker, catalog.WELCOME) and not shows(talker, PICK)
        await talker.say("ことば")
    else:
        # Greeted in their phone's language, and asked which language they want.
        assert shows(talker, say(words, person.language, catalog.WELCOME))
    assert shows(talker, PICK)
    assert {"日本語", "English", "Tiếng Việt", "Português", "やさしい日本語"} <= set(
        talker.buttons()
    )
    await talker.tap(person.name)
    assert shows(talker, say(words, person.language, CHOSEN.format(name=person.name)))


async def up_to_the_household(
    talker: Talker, person: Person, words: Catalogue, address: str | None = None
) -> None:
    """The story typed in their language, then every question by its buttons (or the
    `address` typed, with its 区) up to the household's size, which is asked."""

    def t(label: str) -> str:
        return say(words, person.language, label)

    await talker.tap(t(catalog.MENU_CONSULT))
    assert shows(talker, t(intake.ASK["story"]))
    await talker.say(person.story)
    if person.language != EASY:
        # A story the NLU cannot read: whether it is a danger now is asked first, once —
        # with no sign of danger in it, without the hotlines (a yes brings them).
        assert shows(talker, t(catalog.CRISIS_CHECK_QUESTION)) and not talker.asked("tel:")
        assert shows(talker, t(catalog.CRISIS_CHECK_FIRST))
        await talker.tap(t(catalog.CRISIS_CHECK_NO))
        assert shows(talker, t(catalog.CRISIS_CHECK_NOT_NOW))
    # Not read by the NLU (or read: then confirmed): the troubles are asked with buttons.
    if t(intake.SOMETHING_ELSE) in talker.buttons() and t(intake.DONE) not in talker.buttons():
        await talker.tap(t(intake.SOMETHING_ELSE))
    assert shows(talker, t(intake.DONE))
    for label in ("収入・仕事", "住まい"):
        if t(label) in talker.buttons():  # not chosen yet (a chosen one shows ○)
            await talker.tap(t(label))
    await talker.tap(t(intake.DONE))
    if shows(talker, t(intake.ASK["primary"])):
        await talker.tap(t("収入・仕事"))
    await talker.tap(t("自分のこと"))
    await talker.tap(t(intake.ANONYMOUS))
    await talker.tap(t("女性"))
    await talker.tap(t(intake.PICK_DATE), date="1985-05-03")
    await talker.tap(t(intake.DONT_KNOW))  # 〒
    if address is None:
        await talker.tap(t(intake.NO_ANSWER))  # address
        await talker.tap("北区")  # a place keeps its Japanese name
    else:
        await talker.say(address)
    assert shows(talker, t(intake.ASK["household_size"]))


async def chose(stack: Stack, code: str, words: Catalogue) -> tuple[Person, Talker]:
    """A new resident of the language `code` (one of PEOPLE), who has chosen it."""
    person = next(person for person in PEOPLE if person.language == code)
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    return person, talker


async def fill_the_sheet(
    talker: Talker, person: Person, words: Catalogue, typed: Mapping[str, str] | None = None
) -> None:
    """Every question answered by its buttons — or, for the household, the living
    situation and the agencies already involved, by the words `typed` holds under
    "household", "living" and "supporters" — up to the summary."""
    typed = typed or {}

    async def answer(question: str, button: str) -> None:
        if question in typed:
            await talker.say(typed[question])
        else:
            await talker.tap(say(words, person.language, button))

    await up_to_the_household(talker, person, words)
    await answer("household", "ひとり暮らし")
    await answer("living", intake.NOTHING)
    await answer("supporters", intake.NO_THERE_ARENT)
    assert shows(talker, say(words, person.language, intake.ASK["summary"]))


@pytest.mark.parametrize("person", PEOPLE, ids=[p.language for p in PEOPLE])
async def test_a_journey_in_each_language(stack: Stack, person: Person, words: Catalogue) -> None:
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    chosen_at = len(stack.delivered(talker.user)) - len(talker.last)
    await fill_the_sheet(talker, person, words)

    def t(label: str) -> str:
        return say(words, person.language, label)

    # The summary card's words where LINE does not draw it (a notification) are theirs too.
    [summary] = [m["altText"] for m in talker.last if m["type"] == "flex"]
    assert summary.startswith(t(intake.SUMMARY_ALT))
    translated = [label for label in intake.LABEL.values() if t(label) != label]
    assert not [label for label in translated if f"\n{label}：" in summary]
    assert sum(f"\n{t(label)}" in summary for label in translated) >= 5
    # Its values too: the date of birth as their language writes a date, the age, the
    # household, the troubles; nothing in Japanese but the place's name.
    born = re.escape(date_in(date(1985, 5, 3), person.language))
    age = re.escape(t(intake.AGE)).replace(re.escape("{n}"), r"\d\d")
    assert re.search(f"{born} / {age}$", summary, re.MULTILINE), summary
    assert re.search(f"{re.escape(t('ひとり暮らし'))}$", summary, re.MULTILINE), summary
    assert "◎" + t("収入・仕事") in summary
    if person.language not in (EASY, "zh-Hans"):
        # The only Japanese left is the place's name (and the story, had it been Japanese).
        japanese = re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]+", summary.split("\n", 2)[2])
        assert set(japanese) <= {"北区"}, summary

    await talker.tap(t(intake.SEND))
    assert shows(talker, t(consent_text.TITLE)) and shows(talker, t(consent_text.PURPOSE))
    await talker.tap(t(consent_text.AGREE_LABEL))
    assert shows(talker, t(wording.SENT))
    number_line = t(wording.CASE_NUMBER).split("{number}")[0]
    assert shows(talker, number_line)
    # The follow-up question answered by typing its button's words in their language.
    await talker.say(t(checkin.ASK_YES))
    assert shows(talker, t(checkin.CHOSE_YES).split("{days}")[-1].strip(" .。"))

    everything = stack.delivered(talker.user)[chosen_at:]
    assert untranslated(everything, words, person.language) == []

    async with stack.services.session_factory() as db:
        resident = await db.scalar(select(Resident).where(Resident.line_user_id == talker.user))
        assert resident is not None and resident.language == person.language
        consent = await db.scalar(select(Consent).where(Consent.resident_id == resident.id))
        assert consent is not None and consent.status == "active"
        assert consent.language == person.language
        assert consent.text_version.endswith("+" + person.language)
        # Each message keeps which question it answered (a translation service is never
        # sent the answer to a question for a name, an address or a phone).
        entries = await db.scalars(
            select(TranscriptEntry).where(TranscriptEntry.resident_id == resident.id)
        )
        [story] = [entry for entry in entries if entry.text == person.story]
        assert story.content.get("answered") == "story"

    # The words the consent told them to send, typed in their language, withdraw it.
    await talker.say(withdrawal_words(words, person.language))
    assert shows(talker, t(wording.WITHDRAW_ASK).split("\n")[0])  # asked once more first
    await talker.tap(t(wording.WITHDRAW_YES))
    assert shows(talker, t(wording.WITHDRAW_RECEIVED).split("。")[0].split(".")[0])
    async with stack.services.session_factory() as db:
        consent = await db.scalar(select(Consent).where(Consent.resident_id == resident.id))
        assert consent is not None and consent.status == "inactive"
        assert consent.withdrawn_at is not None
    # The result follows as a push (the outbox), in their language too.
    result = await pushed_after(stack, talker, t(wording.WITHDRAW_DONE))
    assert untranslated(result, words, person.language) == []


@pytest.mark.parametrize("language", ["vi", "pt"])
async def test_a_button_typed_in_their_words_means_the_button_shown(
    stack: Stack, words: Catalogue, language: str
) -> None:
    """「Không」 and 「Não」 mean both ない and いいえ in the catalogue: typed at a question
    whose buttons are ある / ない, they are read as that question's ない."""
    [person] = [p for p in PEOPLE if p.language == language]
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    no = say(words, language, intake.NO_THERE_ARENT)
    assert no == say(words, language, "いいえ")  # the same words, two meanings
    await fill_the_sheet(talker, person, words, {"supporters": no.lower()})
    [summary] = [m["altText"] for m in talker.last if m["type"] == "flex"]
    assert f"{say(words, language, intake.LABEL['supporters'])}: {no}" in summary


async def pushed_after(stack: Stack, talker: Talker, needle: str) -> list[dict[str, Any]]:
    """The messages from the one that shows `needle` on, once the outbox delivered it."""
    deadline = time.monotonic() + budget(10.0)
    while time.monotonic() < deadline:
        delivered = stack.delivered(talker.user)
        for index, message in enumerate(delivered):
            if any(needle in said for said in strings_in(message)):
                return delivered[index:]
        await asyncio.sleep(0.05)
    raise AssertionError(f"nothing pushed showed {needle!r}")


def withdrawal_words(words: Catalogue, language: str) -> str:
    """What the consent tells a resident to send to withdraw it, in their language."""
    told = say(words, language, consent_text.LINE_WITHDRAWAL)
    quoted = re.findall(r"[「“\"«]([^」”\"»]+)[」”\"»]", told)
    assert len(quoted) == 1, told
    return str(quoted[0])


@pytest.mark.parametrize("person", PEOPLE, ids=[p.language for p in PEOPLE])
async def test_crisis_in_each_language(stack: Stack, person: Person, words: Catalogue) -> None:
    talker = Talker(stack, "U" + uuid.uuid4().hex)
    await choose_language(talker, person, words)
    await talker.say(person.crisis)
    lead = say(words, person.language, catalog.CRISIS_LEAD["suicide"]).split(".")[0]
    assert shows(talker, lead.split("。")[0])
    assert talker.asked("tel:119")
    if person.language != EASY:
        assert talker.asked(FOREIGN_LINE)
    assert untranslated(talker.last, words, person.language) == []

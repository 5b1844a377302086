"""The crisis middle band through the webhook: words the crisis model is unsure of get the
hotlines at once and one question (「いま、危ない状況ですか？」). 「はい」 → the crisis answer
and a staff alert; 「いいえ」 → the conversation goes on at the question it was on.
On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from cases.models import StaffAlert
from handlers import catalog
from nlu.crisis import calls_for_help, child_alone_with_nobody, fears_violence
from nlu.engines import understand_all
from nlu.scores import Scores, decode
from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident, start, text_of

# Written for this test (no training, dev or held-out text): a danger that may be now.
UNSURE = "もう何もかも嫌になった"
STORY = "母の介護で仕事を辞めて、家賃が払えなくなりそうです"


def test_the_message_is_in_the_middle_band() -> None:
    (understanding,) = understand_all([UNSURE], "fallback", None)
    assert understanding.crisis_decision == "unsure", understanding.scores


@pytest.mark.parametrize(
    "opening", ["北区の84歳の女性。ひとり暮らし。", "東区の男性(81)、奥さんと二人で暮らしている"]
)
def test_the_opening_of_a_visit_note_is_no_hint_of_danger(opening: str) -> None:
    """The fifteenth tester: who, how old and with whom, as a 民生委員's note begins, was
    in the medical band and brought the danger question to a calm visit."""
    (understanding,) = understand_all([opening], "fallback", None)
    assert understanding.crisis_decision == "none", understanding.scores


def test_a_short_answer_is_never_in_the_band() -> None:
    """「ない」 answering 「ほかに困っていることは」 is no hint of danger, whatever the
    model's score for two characters; the same score on words is a question."""
    in_band = Scores(
        heads={"mental": 1.0},
        crisis={"child_danger": 0.5},
        crisis_thresholds={"child_danger": 0.9},
        crisis_ask_floors={"child_danger": 0.3},
    )
    assert decode("ない", in_band, (), "fallback").crisis_unsure == ()
    assert decode(UNSURE, in_band, (), "fallback").crisis_unsure == ("child_danger",)


async def _crisis_alerts(stack: Stack) -> list[tuple[str, list[str]]]:
    async with stack.services.session_factory() as db:
        alerts = (await db.scalars(select(StaffAlert))).all()
    return [(alert.kind, list(alert.flags or [])) for alert in alerts if alert.kind == "crisis"]


def _same_question(asked: str, before: str) -> bool:
    """The same question again: the words typed at it may have added a trouble to those
    offered (they go on the story), so what is asked is compared, not the list."""
    return asked.split("でお困りなんですね。")[-1] == before.split("でお困りなんですね。")[-1]


def _question(messages: list[dict[str, Any]]) -> str:
    """The text of the last message the bot sent (the open question)."""
    last = messages[-1]
    return str(last.get("text") or last.get("altText") or json.dumps(last, ensure_ascii=False))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


async def test_unsure_words_in_the_sheet_ask_and_go_on_or_alert(database_url: str) -> None:
    async with running_stack(database_url) as stack:
        resident = Resident(stack, "U" + uuid.uuid4().hex)
        await start(resident)
        await resident.say(STORY)
        question = _question(resident.last)

        await resident.say(UNSURE)
        assert "tel:" in resident.said()
        assert resident.asked(catalog.CRISIS_CHECK_QUESTION)
        assert await _crisis_alerts(stack) == []

        await resident.tap(catalog.CRISIS_CHECK_NO)
        assert resident.asked(catalog.CRISIS_CHECK_NOT_NOW)
        assert _same_question(_question(resident.last), question)
        assert await _crisis_alerts(stack) == []

        await resident.say(UNSURE)
        assert resident.asked(catalog.CRISIS_CHECK_QUESTION)
        await resident.tap(catalog.CRISIS_CHECK_YES)
        assert resident.asked(catalog.CRISIS_STAFF_TOLD)
        assert "tel:" in resident.said()
        alerts = await _crisis_alerts(stack)
        assert len(alerts) == 1 and alerts[0][1], alerts
        assert _same_question(_question(resident.last), question)


async def test_a_yes_tapped_later_on_an_earlier_question_is_a_crisis_all_the_same(
    database_url: str,
) -> None:
    """The fourteenth tester's: 「いいえ、だいじょうぶ」, two answers to the sheet, then
    「はい、いまあぶない」 tapped on the same old question got 「読み取れませんでした」, no
    numbers and no alert."""
    async with running_stack(database_url) as stack:
        resident = Resident(stack, "U" + uuid.uuid4().hex)
        await start(resident)
        await resident.say(STORY)
        await resident.say(UNSURE)
        assert resident.asked(catalog.CRISIS_CHECK_QUESTION)
        old_yes = resident.action(catalog.CRISIS_CHECK_YES)["data"]
        await resident.tap(catalog.CRISIS_CHECK_NO)
        await resident.say("それだけです")
        assert await _crisis_alerts(stack) == []

        await stack.tap(resident.user, old_yes)
        await stack.settle()
        told = text_of(stack.delivered(resident.user)[resident.seen :])
        assert catalog.CRISIS_STAFF_TOLD in told and "tel:" in told
        assert len(await _crisis_alerts(stack)) == 1


async def test_a_bubble_sent_before_the_danger_question_is_taken_and_the_question_stays(
    database_url: str,
) -> None:
    """The fifteenth tester's: a note in two bubbles, the first in the band — the second
    was met with 「大事なことなので、もう一度おたずねします」 and lost from the note. Sent
    before the danger question was asked, it is taken as the rest of what was written, and
    the question stays open; no alert until the person answers."""
    async with running_stack(database_url) as stack:
        resident = Resident(stack, "U" + uuid.uuid4().hex)
        await start(resident)
        await resident.say(STORY)
        second = "それと、家賃も3か月ためてしまっています"
        events = [stack.events.text(resident.user, said) for said in (UNSURE, second)]
        assert (await stack.post_events(events)).status_code == 200
        await stack.settle()
        told = text_of(stack.delivered(resident.user)[resident.seen :])
        assert catalog.CRISIS_CHECK_QUESTION in told and "読み取れません" not in told
        story = (await resident.sheet()).data["story"]
        assert second in story
        assert await _crisis_alerts(stack) == []


@pytest.mark.parametrize(
    "words",
    [
        "もう限界です。助けてください",
        "助けて",
        "助けてください",
        "もうやめたい",
        "もうやめたいです…",
    ],
)
def test_a_call_for_help_is_asked_about_never_read_as_stop(words: str) -> None:
    """「助けてください」, and 「もうやめたい」 alone, had been read as a wish to stop
    (「ここで止めておきます」): no hotline, no question."""
    (understanding,) = understand_all([words], "fallback", None)
    assert understanding.act != "stop"
    assert understanding.crisis or understanding.crisis_unsure


def test_a_call_for_help_taken_back_or_asked_of_a_procedure_is_none() -> None:
    assert calls_for_help("誰か助けて！")
    for words in (
        "さっきの「たすけて」はまごのいたずらです。ごめんなさい",
        "この手続き、助けてもらえますか",
        "助けてくれた民生委員さんにお礼を言いたいです",
        "限界集落に住んでいます",
        "もう相談やめたいです",
        "もう仕事やめたい",
    ):
        assert not calls_for_help(words), words


async def test_a_call_for_help_first_gets_the_hotlines_and_the_question(
    database_url: str,
) -> None:
    async with running_stack(database_url) as stack:
        resident = Resident(stack, "U" + uuid.uuid4().hex)
        await resident.follow()
        await resident.say("もう限界です。助けてください")
        assert "tel:" in resident.said()
        assert resident.asked(catalog.CRISIS_CHECK_QUESTION)
        assert not resident.asked(catalog.STOPPED)


@pytest.mark.parametrize(
    ("said", "feared"),
    [
        ("夫はお酒を飲むと暴れて怖いです", True),
        ("父が怒鳴るのでこわくて家に帰れない", True),
        ("怖い夢を見て眠れません", False),
        ("夫が暴れたのは昔のことで、今は落ち着いています", False),
    ],
)
def test_fear_of_someone_violent_is_asked_about(said: str, feared: bool) -> None:
    """A seventh tester's: 「夫はお酒を飲むと暴れて怖いです」 got no question in Japanese,
    while the same fear in other languages alerted staff."""
    assert fears_violence(said) is feared
    (understanding,) = understand_all([said], "fallback", None)
    if feared:
        assert understanding.crisis or "violence" in understanding.crisis_unsure


# A tenth tester's: a child alone with nobody there, no age and no night said, in kana and
# typed in Latin letters, got no question; a fear of violence in Latin letters neither.
ASKED_ABOUT = [
    "こどもが いえに ひとり。だれも いない",
    "kodomo ga hitori de ie ni iru, dare mo inai",
    "otto ga sake wo nomu to abarete kowai",
    # Read by the model as the kana it stands for.
    "kodomo ga hitori de ie ni iru",
]


@pytest.mark.parametrize("said", ASKED_ABOUT)
async def test_a_child_alone_with_nobody_or_a_fear_typed_in_letters_is_asked_about(
    database_url: str, said: str
) -> None:
    async with running_stack(database_url) as stack:
        resident = Resident(stack, "U" + uuid.uuid4().hex)
        await resident.follow()
        await resident.say(said)
        # Never silence: the question, or (when the model is sure) the crisis answer itself.
        assert "tel:" in resident.said(), resident.said()
        assert resident.asked(catalog.CRISIS_CHECK_QUESTION) or resident.asked(
            catalog.CRISIS_STAFF_TOLD
        ), resident.said()


@pytest.mark.parametrize(
    "calm", ["子どもが独立して一人暮らし。家には誰もいない", "otto wa yasashii hito desu"]
)
def test_a_grown_child_living_alone_or_a_kind_husband_is_not_asked_about(calm: str) -> None:
    assert not child_alone_with_nobody(calm) and not fears_violence(calm)
    (understanding,) = understand_all([calm], "fallback", None)
    assert not understanding.crisis
    assert not {"child_danger", "violence"} & set(understanding.crisis_unsure)

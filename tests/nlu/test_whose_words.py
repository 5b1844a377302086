"""What the models read, and whose life the crisis answer speaks of.

- A phone number is one mark to the models: 「新しい携帯は080-1111-3333です」 had brought
  the 119 card and the safety question (the model read 「119」 in its digits).
- 「主人と一緒に死のうかと思う」 is answered for both lives; 「本人が『もう死にたい』と
  言っています」 from a relative or a 民生委員 is not told 「あなたの命はとても大切です」."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers import catalog
from handlers.context import TurnContext
from handlers.crisis import crisis_reply
from nlu.crisis import detect_crisis, names_self, spoken_of_another, takes_others_along
from nlu.engines import understand_all
from nlu.interpreters import build_interpreter
from nlu.server import RasaServer
from nlu.text_normal import NUMBER_MARK, without_long_numbers
from tests.harness import running_stack
from tests.intake.conversation import Resident

JST = ZoneInfo("Asia/Tokyo")
NEW_NUMBER = "新しい携帯は080-1111-3333です"
NUMBERS_WITH_ONES_AND_NINES = (
    NEW_NUMBER,
    "新しい番号は０９０－１１１９－１１９１です",
    "携帯 09011191119",
    # An independent tester's, after the first fix: 「電話」 itself had scored as a call
    # to 119, and half-width ｰ, 〜 and _ were not read as separators.
    "電話 080-1111-3333",
    "電話 090-1111-3333 です",
    "電話してください 090-2222-3333",
    "090ｰ1119ｰ1191",
    "新しい番号は090ｰ1119ｰ1191です",
    "090〜1119〜1191",
    "〒７０１ｰ１１９０",
)


def test_long_numbers_are_one_mark_and_short_ones_stay() -> None:
    assert without_long_numbers(NEW_NUMBER) == f"新しい携帯は{NUMBER_MARK}です"
    assert without_long_numbers("〒７００－０９１３") == f"〒{NUMBER_MARK}"
    assert without_long_numbers("０８６（２３４）５６７８") == NUMBER_MARK
    for kept in ("110番", "１１９", "2024年", "3か月で12万円"):
        assert without_long_numbers(kept) == kept


@pytest.mark.parametrize("words", NUMBERS_WITH_ONES_AND_NINES)
def test_a_phone_number_is_no_danger_to_the_fallback(words: str) -> None:
    (understanding,) = understand_all([words], "fallback", None)
    assert understanding.crisis == () and understanding.crisis_unsure == (), understanding


@pytest.mark.rasa
async def test_a_phone_number_is_no_danger_to_rasa(running_rasa: RasaServer) -> None:
    interpreter = build_interpreter(running_rasa.url, 10.0)
    try:
        for words in NUMBERS_WITH_ONES_AND_NINES:
            understanding = await interpreter.understand(words)
            assert understanding.engine == "rasa"
            assert understanding.crisis == () and understanding.crisis_unsure == (), words
    finally:
        await interpreter.aclose()  # type: ignore[attr-defined]


TAKING_OTHERS_ALONG = (
    "主人と一緒に死のうかと思う",
    "いっそ母を道連れに",
    "母を道連れにしてしまいそう",
    "心中しか考えられん",
    "もう主人を殺して私も死のうと思う",
    "母ちゃん連れて死ぬしかないわ",
)


@pytest.mark.parametrize("words", TAKING_OTHERS_ALONG)
def test_a_wish_to_die_taking_another_along_is_a_crisis_for_both(words: str) -> None:
    assert "suicide" in detect_crisis(words)
    assert takes_others_along(words)


def test_whose_life_is_read_from_the_words() -> None:
    for words in (
        "死ぬまで一緒にいたい",
        "心中お察しします",
        "もう死にたい",
        "別れた彼氏から「一緒に死のう」ってLINE来た",  # another's words, quoted
    ):
        assert not takes_others_along(words), words
    for words in (
        "本人が『もう死にたい』と言っています",
        "母が死にたいって言うんです",
        "友だちが死にたいと言っている",
        "息子が首を吊ろうとしている",
        "うちの子（中2）が死にたいと言っている",
        "嫁が死にたいって言う",
    ):
        assert spoken_of_another(words), words
    for words in (
        "もう死にたい",
        "母は元気ですが、私はもう死にたい",  # the writer's own
        "主人が死んで三年。もう生きとってもしゃあない",  # a death told
        "声が『はやく飛べ』って言ってくる",  # a voice the writer hears
        "夫に『死ね』と言われた。もう消えたい",
        # An independent tester's: the writer's own wish beside another's words, and a
        # death that has happened (no one to call with).
        "『死にたい』って言ったら怒られた。でも本当に死にたい",
        "夫が『お前が死ねばいい』と言う。本当に死にたい",
        "主人は『死にたいなんて言うな』と言うけど、死にたい",
        "息子が首を吊って亡くなりました",
    ):
        assert not spoken_of_another(words), words
    assert names_self("正直、民生委員の仕事がつらくて私ももう死にたいです")
    assert not names_self("私の母が死にたいと言っています")


@pytest.mark.parametrize(
    "words",
    [
        "母が「私なんか死んだほうがいい」と言っています",
        "父が『俺はもう死にたい』って毎日言う",
        "娘が「うちなんか消えたい」とLINEしてきた",
    ],
)
def test_the_first_person_inside_anothers_quoted_words_is_theirs(words: str) -> None:
    assert "suicide" in detect_crisis(words)
    assert not names_self(words) and spoken_of_another(words)


def test_the_writer_quoting_their_own_words_still_speaks_of_themselves() -> None:
    assert names_self("私が「もう死にたい」と言ったら母が泣いた")
    assert not spoken_of_another("私が「もう死にたい」と言ったら母が泣いた")


@pytest.mark.parametrize("words", ["死にたか", "死にたかー", "しにたかぁ", "死にたかと"])
def test_a_wish_to_die_in_kyushu_words_is_a_crisis(words: str) -> None:
    assert "suicide" in detect_crisis(words)
    assert detect_crisis("死にたかったけど、今は平気です") == ()


async def test_the_crisis_answer_speaks_of_the_life_at_stake(database_url: str) -> None:
    async with running_stack(database_url) as stack:
        for words, lead in (
            ("もう死にたい", catalog.CRISIS_LEAD["suicide"]),
            ("主人と一緒に死のうかと思う", catalog.CRISIS_LEAD_TAKING_OTHERS),
            ("本人が『もう死にたい』と言っています", catalog.CRISIS_LEAD_FOR_ANOTHER),
        ):
            person = Resident(stack, "U" + uuid.uuid4().hex)
            await person.follow()
            await person.say(words)
            assert "tel:" in person.said(), words
            assert person.asked(lead), (words, person.said())
            assert person.asked(catalog.CRISIS_STAFF_TOLD), words
        # A tester's finding: 「娘が死にたいと言っていて、私も死にたい」 said nothing of
        # the daughter. Both lives are spoken of now.
        both = Resident(stack, "U" + uuid.uuid4().hex)
        await both.follow()
        await both.say("娘が死にたいと言っていて、私も死にたい")
        assert both.asked(catalog.CRISIS_LEAD["suicide"]), both.said()
        assert both.asked(catalog.CRISIS_LEAD_FOR_ANOTHER), both.said()
        insulted = Resident(stack, "U" + uuid.uuid4().hex)
        await insulted.follow()
        await insulted.say("夫が『お前が死ねばいい』と言う。本当に死にたい")
        assert not insulted.asked(catalog.CRISIS_LEAD_FOR_ANOTHER), insulted.said()
        person = Resident(stack, "U" + uuid.uuid4().hex)
        await person.follow()
        await person.say(NEW_NUMBER)
        assert "tel:" not in person.said()
        assert not person.asked(catalog.CRISIS_CHECK_QUESTION)


@pytest.mark.parametrize(
    "words",
    [
        "母の介護がつらくて、首を絞めてしまいそう",
        "介護で限界。親を手にかけてしまいそう",
        "母を殺してしまいそう",
        "認知症の父の首を絞めそうになった",
    ],
)
def test_a_carer_about_to_harm_is_a_crisis_at_once(words: str) -> None:
    """An independent tester's: these opened the sheet, or only asked the question."""
    assert "violence" in detect_crisis(words)


def test_harm_to_a_child_stays_child_danger_and_idioms_stay_calm() -> None:
    assert detect_crisis("子どもの首を絞めそうになった") == ("child_danger",)
    for words in ("息を殺して待った", "笑い死にしそう", "ネクタイを締めそう"):
        assert detect_crisis(words) == (), words


@pytest.mark.parametrize(
    "words",
    [
        "もう主人を殺して私も死のうと思う",
        "主人を楽にしてあげたい。私もいっしょに",
        "夫を楽にしてやりたい。わしも後を追う",
    ],
)
def test_taking_another_life_along_is_a_danger_to_that_life_too(words: str) -> None:
    """An independent tester's finding: 「もう主人を殺して私も死のうと思う」 listed no 110,
    and 「主人を楽にしてあげたい。私もいっしょに」 raised nothing."""
    assert set(detect_crisis(words)) >= {"suicide", "violence"}
    assert takes_others_along(words)


def test_caring_words_and_a_refusal_to_take_along_stay_as_they_are() -> None:
    assert detect_crisis("母を楽にしてあげたい。私も一緒に頑張ります") == ()
    assert detect_crisis("痛がる母を楽にしてあげたい") == ()
    # 「…するくらいなら、私一人で」: the wife is not to be taken along
    assert detect_crisis("妻を道連れにするくらいなら、私一人で。もう限界です") == ("suicide",)


def test_a_child_named_beside_a_wish_to_die_brings_189_among_the_lines_shown() -> None:
    """A tester's finding: 「この子を連れて死にたい」 showed six lines, none of them 189:
    the many suicide lines came first. Each flag's lines are now taken in turn."""
    from directory.hotlines import crisis_hotlines
    from handlers.crisis import MAX_HOTLINES

    flags = detect_crisis("この子を連れて死にたい")
    assert "child_danger" in flags
    shown = [e.number for e in crisis_hotlines(flags, "岡山県", "okayama")][:MAX_HOTLINES]
    assert "189" in shown and "0120-783-556" in shown  # the child's line and a suicide line


async def test_a_killing_along_is_answered_with_110_and_the_words_for_both_lives(
    database_url: str,
) -> None:
    async with running_stack(database_url) as stack:
        person = Resident(stack, "U" + uuid.uuid4().hex)
        await person.follow()
        await person.say("もう主人を殺して私も死のうと思う")
        assert "tel:110" in person.said()
        assert person.asked(catalog.CRISIS_LEAD_TAKING_OTHERS)
        assert not person.asked(catalog.CRISIS_LEAD["violence"])  # not 「まず身の安全を」


@pytest.mark.parametrize(
    "words", ["母を手にかけてしまいそうで怖い", "認知症の父の首を絞めそうになった"]
)
async def test_a_carer_who_fears_harming_gets_words_for_them_not_the_dv_lines(
    database_url: str, words: str
) -> None:
    """The thirteenth tester's: a carer who fears hurting her mother got 「まず身の安全を」
    and the lines for those harmed (DV). She now hears words for someone at the limit,
    with 110 and a line that hears any worry; staff are told as before."""
    async with running_stack(database_url) as stack:
        person = Resident(stack, "U" + uuid.uuid4().hex)
        await person.follow()
        await person.say(words)
        assert person.asked(catalog.CRISIS_LEAD_MAY_HARM)
        assert not person.asked(catalog.CRISIS_LEAD["violence"])
        assert "tel:110" in person.said() and "tel:0120279338" in person.said()
        assert "DV" not in person.said()
        assert person.asked(catalog.CRISIS_STAFF_TOLD)


def test_a_threat_to_die_or_to_kill_said_now_is_a_crisis_and_a_saying_is_not() -> None:
    """An independent tester's finding: 「兄が『死んでやる』と叫んで包丁を持っている」 got
    the DV card without the suicide lines; 「死んでやる」 alone and 「『殺すぞ』と言われた」
    raised nothing."""
    assert detect_crisis("兄が『死んでやる』と叫んで包丁を持っている") == ("suicide", "violence")
    assert detect_crisis("もう死んでやる") == ("suicide",)
    assert detect_crisis("夫に『殺すぞ』と言われた") == ("violence",)
    habit = "父は何かあると『死んでやる』が決まり文句で、本気ではないと思います"
    assert detect_crisis(habit) == ()
    assert detect_crisis("隣の人がテレビの試合に向かって「殺すぞ」って叫んでる") == ()


@pytest.mark.parametrize(
    ("words", "another"),
    [
        ("夫が怒ると物を投げてくるので、ちょっと怖いです", False),
        ("夫が殴ってきた。今トイレに隠れています", False),
        ("母が父に殴られていて怖い", True),
    ],
)
def test_violence_toward_the_writer_is_told_to_staff_as_the_writers_danger(
    words: str, another: bool
) -> None:
    """The fifteenth tester's: 「夫が怒ると物を投げてくるので、ちょっと怖いです」 was told to
    staff as a danger to someone other than the writer (「夫が」 read as whom it is about)."""
    from datetime import datetime

    from handlers.context import TurnContext
    from handlers.crisis import crisis_reply

    ctx = TurnContext(now=datetime(2026, 12, 7, 10, 0), municipality="okayama")
    _reply, alert = crisis_reply(("violence",), ctx, said=words)
    assert alert.danger_to_another is another


def test_anothers_life_in_danger_now_gets_110_and_119_as_buttons() -> None:
    """The sixteenth tester: 「いま母がベランダで飛び降りるって言ってる」 was told
    「すぐに119番か110番へ」 with no 110 among the buttons."""
    from datetime import datetime

    from handlers.context import TurnContext
    from handlers.crisis import crisis_reply
    from handlers.messages import Hotlines

    ctx = TurnContext(now=datetime(2026, 12, 7, 10, 0), municipality="okayama")
    said = "ちょっとまって、いま母がベランダで飛び降りるって言ってる"
    reply, _alert = crisis_reply(detect_crisis(said), ctx, said=said)
    [card] = [m for m in reply.messages if isinstance(m, Hotlines)]
    numbers = [line.number for line in card.hotlines]
    assert card.lead.startswith(catalog.CRISIS_LEAD_FOR_ANOTHER.split("。")[0])
    assert numbers[:2] == ["119", "110"] and "0120-783-556" in numbers
    own, _ = crisis_reply(("suicide",), ctx, said="もう死にたい")
    [own_card] = [m for m in own.messages if isinstance(m, Hotlines)]
    assert "110" not in [line.number for line in own_card.hotlines]  # the writer's own wish


# The seventeenth tester's: the alert's 「危険があるのは…」 said the wrong life.
WHOSE_DANGER = (
    # (words, flags, danger to another, to the writer too)
    ("お父さんがお酒のんでけってくる。いえにかえりたくない", ("child_danger",), False, False),
    ("彼氏がまた今夜も暴れそうで怖い", ("violence",), False, False),
    ("娘が死にたいと言って部屋から出てこない", ("suicide",), True, False),
    (
        "上の階から子どもの泣き叫ぶ声とたたく音がずっとする",
        ("violence", "child_danger"),
        True,
        False,
    ),
    ("息子が死にたいと言うとる。わしももう死にたい", ("suicide",), True, True),
)


@pytest.mark.parametrize(("words", "flags", "another", "writer_too"), WHOSE_DANGER)
def test_the_alert_says_whose_life_is_in_danger(
    words: str, flags: tuple[str, ...], another: bool, writer_too: bool
) -> None:
    ctx = TurnContext(now=datetime(2026, 11, 24, 10, tzinfo=JST), municipality="okayama")
    _, alert = crisis_reply(flags, ctx, said=words)
    assert (alert.danger_to_another, alert.danger_to_writer_too) == (another, writer_too)

"""How each step of the つなぐシート takes an answer: small readers that turn what the
person gave (typed text, a tapped button, a picked date) into sheet fields.

A reader returns `Taken` (answered: go on), `Stay` (changed, ask the same step again:
the category toggles) or `Unread` (we could not read it: ask again kindly)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final, Literal, get_args

from typing_extensions import TypeIs

from handlers.intake import catalog as say
from handlers.intake import kinship, parsing
from handlers.intake.choosing import core, named_option
from handlers.intake.places import ward_in_address_letters, ward_in_kana, ward_in_letters
from handlers.intake.state import IntakeState
from handlers.sheet import SheetPath
from nlu.categories import CATEGORY_IDS, CATEGORY_SHORT
from nlu.extract import counts, dates, phones, phrasing, postal_codes
from nlu.extract import places as post_office

MAX_SHORT_TEXT = 60
MAX_LONG_TEXT = 5000  # LINE's own limit for one text message: any story sent in one is kept
MAX_MEMBERS = 10  # household members asked about in turn (a larger household: the first)
MAX_HOUSEHOLD = 30  # the sheet schema's household.size maximum
OTHER = "other"  # the category 「その他」, described in a few words
EASY = "easy"  # the questions in やさしい日本語 (asked for with 「かんたんなことば」)


@dataclass(frozen=True, slots=True)
class Given:
    """What the person gave for the current step: typed text, a button value or a date."""

    text: str | None = None
    value: str | None = None
    date: str | None = None
    categories: tuple[str, ...] = ()  # what the NLU read in the text
    primary: str | None = None  # the trouble the NLU read as the main one


@dataclass(frozen=True, slots=True)
class Situation:
    """What a step may look at: the draft, the day, the city, and whether the writer's
    relation to the person is fixed (a 民生委員 on a visit) rather than asked."""

    state: IntakeState
    today: date
    city: str
    wards: tuple[str, ...] = ()
    fixed_consulter: str | None = None


@dataclass(frozen=True, slots=True)
class Taken:
    """An answer taken. A reader never marks steps itself: `settles` names the other
    steps this answer also answers, `reopens` those it makes to be asked again (a group
    step with its round: `member_age:1`). The flow marks them, and only as far as the
    step declares (`Step.settles`, `Step.resets`)."""

    state: IntakeState
    notes: tuple[str, ...] = ()
    place: post_office.PostalPlace | None = None
    settles: tuple[str, ...] = ()
    reopens: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Stay:
    state: IntakeState


@dataclass(frozen=True, slots=True)
class Unread:
    reason: str = "default"


Result = Taken | Stay | Unread
Reader = Callable[[Given, Situation, int], Result]
Options = tuple[tuple[str, str], ...]


def _typed(given: Given) -> str:
    return (given.text or "").strip()


# A sentence typed where a name was asked (「toi vua uong het ca lo thuoc ngu」): not kept as
# the name (the transcript keeps it), and the question asked again.
NOT_A_NAME = "not_a_name"


def _a_sentence(given: Given) -> bool:
    return given.value is None and parsing.reads_as_a_sentence(_typed(given))


def match_option(given: Given, options: Options) -> str | None:
    """A button's value, or typed text that names one of the options."""
    if given.value is not None or match_button(given, options) is not None:
        return match_button(given, options)
    named = named_option(_typed(given), options, say.TYPED_NAMES, say.TYPED_ANSWERS)
    return named or _answered_in_letters(_typed(given), options)


def _answered_in_letters(typed: str, options: Options) -> str | None:
    """The option a whole answer names in another language (「myself」「woman」「저요」),
    with the words around it left out (「I am a woman」「for my mother」「babae po」「엄마요」)."""
    said = parsing.typed_in_letters(typed)
    bare = {said, *(around.sub("", said) for around in _AROUND_AN_ANSWER)}
    named = {
        value for value, _ in options if bare & say.ANSWERS_IN_LANGUAGES.get(value, frozenset())
    }
    return named.pop() if len(named) == 1 else None


_AROUND_AN_ANSWER: Final = (
    re.compile(r"^(i am an?|i'm an?|i am|i'm|it's for|its for|it is for|for|about) "),
    re.compile(r" (po|naman po|lang po|ho)$"),
    re.compile(r"(이에요|예요|입니다|이요|요)$"),
)


def match_button(given: Given, options: Options) -> str | None:
    """A button's value, or typed text that is exactly a button's label."""
    values = {value for value, _ in options}
    if given.value is not None:
        return given.value if given.value in values else None
    typed = parsing.normalise(_typed(given))
    for value, label in options:
        if typed in (parsing.normalise(label), value):
            return value
    return None


# ---------------------------------------------------------------- generic readers


def choose(path: SheetPath, options: Options) -> Reader:
    def read(given: Given, sit: Situation, index: int) -> Result:
        value = match_option(given, options)
        return Unread("choice") if value is None else Taken(sit.state.set(path, value))

    return read


def _detail(given: Given) -> str:
    """A few typed words (a name, a relation, an agency): 「長女です」 is kept as 「長女」."""
    return phrasing.without_polite_ending(parsing.without_leading_thought(_typed(given)))


def free_text(path: SheetPath, limit: int = MAX_LONG_TEXT, detail: bool = False) -> Reader:
    """Words kept as typed; a `detail` (a few words, not a story) without its polite
    ending."""

    def read(given: Given, sit: Situation, index: int) -> Result:
        text = _detail(given) if detail else _typed(given)
        if not parsing.is_meaningful(text):
            return Unread("symbols")
        if len(text) > limit:
            return Unread("too_long")
        return Taken(sit.state.set(path, text))

    return read


def parsed(
    parse: Callable[[str], Any],
    write: Callable[[IntakeState, Any], IntakeState],
    name: bool = False,
) -> Reader:
    """`name`: the answer is a name or its reading, and a sentence is none."""

    def read(given: Given, sit: Situation, index: int) -> Result:
        if name and _a_sentence(given):
            return Unread(NOT_A_NAME)
        if len(_typed(given)) > MAX_SHORT_TEXT:
            return Unread("too_long")
        value = parse(_typed(given))
        return Unread() if value is None else Taken(write(sit.state, value))

    return read


# ---------------------------------------------------------------- お困りごと


CATEGORIES_DONE = "done"


def category_options(sit: Situation, index: int) -> Options:
    chosen = sit.state.categories
    marked = tuple((c, ("○" if c in chosen else "") + CATEGORY_SHORT[c]) for c in CATEGORY_IDS)
    return ((CATEGORIES_DONE, say.DONE), *marked)


def _with_troubles(
    state: IntakeState, categories: tuple[str, ...], primary: str | None
) -> IntakeState:
    kept = primary if primary in categories else None
    troubles = {**state.section("troubles"), "categories": list(categories), "primary": kept}
    if OTHER not in categories:  # its detail goes with it
        troubles.pop("other_detail", None)
    return state.set("troubles", troubles)


def read_story(given: Given, sit: Situation, index: int) -> Result:
    if given.value == EASY:
        return Stay(replace(sit.state, extra={**sit.state.extra, EASY: True}))
    if given.value == "buttons":
        return Taken(replace(sit.state, proposed=()))
    text = _typed(given)
    if not parsing.is_meaningful(text):
        return Unread("symbols")
    if len(text) > MAX_LONG_TEXT:
        return Unread("too_long")
    if "categories" in sit.state.answered:  # a story retold: the chosen troubles stay
        return Taken(sit.state.set("story", text))
    proposed = tuple(c for c in CATEGORY_IDS if c in given.categories)
    return Taken(replace(sit.state.set("story", text), proposed=proposed))


def read_troubles_confirm(given: Given, sit: Situation, index: int) -> Result:
    proposed = sit.state.proposed
    said = core(_typed(given)) if given.text is not None else None
    if given.value == "more" or said in say.MORE_TROUBLES_WORDS:
        state = _with_troubles(sit.state, proposed, None)
        return Taken(state, reopens=("categories", "primary"))
    choice = match_option(given, tuple((c, CATEGORY_SHORT[c]) for c in proposed))
    only_that = given.value == "yes" or said in say.ONLY_THAT_WORDS
    if choice is None and only_that and len(proposed) == 1:
        choice = proposed[0]
    if choice is None and given.text is not None:
        told_more = _told_more(sit.state, _typed(given), given.categories)
        if told_more is not None:
            return Stay(told_more)
        choice = _main_one_said(given, proposed)
    if choice is None:
        return Unread("choice")
    return Taken(_with_troubles(sit.state, proposed, choice), settles=("categories", "primary"))


def _told_more(state: IntakeState, text: str, categories: tuple[str, ...]) -> IntakeState | None:
    """「あと借金もあります」 typed where the troubles are confirmed: the story goes on
    with it, and the troubles it names join those offered. None when it names none new."""
    if not any(c not in state.proposed for c in categories) or _whose_only(text):
        return None
    return story_told_on(state, text, categories)


# 「自分のことです」「母のことです」: whose trouble it is, not one more trouble (the
# seventeenth tester's: こころ and 介護 were added for them).
_WHOSE: Final = re.compile(
    r"^(自分|じぶん|私|わたし|あたし|僕|ぼく|俺|おれ|わし|本人|母|はは|父|ちち|夫|妻|主人|家内|息子|娘|祖母|祖父"
    r"|兄|姉|弟|妹|家族|親|子ども|子供|孫|おかん|おとん|母親|父親|お母さん|お父さん|ばあちゃん|じいちゃん)"
    r"(さん)?(の)?(こと|話|はなし)?(です|だ|じゃ|や|やで|だよ|よ|ね)?[。!！、\s]*$"
)


def _whose_only(text: str) -> bool:
    return _WHOSE.match(text.strip()) is not None


def told_on(state: IntakeState, path: SheetPath, text: str) -> IntakeState | None:
    """More words for an answer in the person's own words (how they live, the other
    trouble): added to it. None for words too long or with nothing to read."""
    if not parsing.is_meaningful(text):
        return None
    before = state.get(path)
    kept = before if isinstance(before, str) and before and before != say.NONE_VALUE else ""
    told = f"{kept}\n{text}" if kept else text
    if len(told) > MAX_LONG_TEXT:
        return None
    return state.set(path, told)


def story_told_on(state: IntakeState, text: str, categories: tuple[str, ...]) -> IntakeState | None:
    """More of the story, told after it (「大家さんに出て行けと言われました」 sent right
    after it): added to it, and — while the troubles are not chosen yet — the troubles
    it names join those offered. None for words too long or with nothing to read."""
    if len(text) > MAX_LONG_TEXT or not parsing.is_meaningful(text):
        return None
    story = state.get("story")
    told = f"{story}\n{text}" if isinstance(story, str) and story else text
    state = state.set("story", told[:MAX_LONG_TEXT])
    if "categories" in state.answered:
        return state
    offered = tuple(c for c in CATEGORY_IDS if c in state.proposed or c in categories)
    return replace(state, proposed=offered)


def read_category_toggle(given: Given, sit: Situation, index: int) -> Result:
    chosen = sit.state.categories
    if given.value == CATEGORIES_DONE or parsing.normalise(_typed(given)) == say.DONE:
        if not chosen:
            return Unread("no_category")
        if len(chosen) == 1:
            return Taken(_with_troubles(sit.state, chosen, chosen[0]), settles=("primary",))
        if sit.state.primary not in chosen:
            return Taken(sit.state, reopens=("primary",))
        return Taken(sit.state)
    options = tuple((c, CATEGORY_SHORT[c]) for c in CATEGORY_IDS)
    picked = match_option(given, options)
    if picked is None and given.text is not None:
        said = _categories_said(given.text, options)
        if said is not None:  # 「介護と滞納です。虐待ではありません」
            named, denied = said
            kept = tuple(c for c in CATEGORY_IDS if (c in chosen or c in named) and c not in denied)
            return Stay(_with_troubles(sit.state, kept, sit.state.primary))
    if picked is None:
        return Unread("choice")
    toggled = tuple(c for c in chosen if c != picked) if picked in chosen else (*chosen, picked)
    ordered = tuple(c for c in CATEGORY_IDS if c in toggled)
    return Stay(_with_troubles(sit.state, ordered, sit.state.primary))


_NOT_THIS: Final = re.compile(r"(?:では|じゃ|でも)(?:ない|ありません|なか|ねえ|ねぇ|のうて)\S*$")
_PARTS: Final = re.compile(r"[。、,.!！\s]+|(?<=\S)(?:と|や|も)(?=\S)")


def _categories_said(text: str, options: Options) -> tuple[set[str], set[str]] | None:
    """Troubles named in words where they are chosen: those said, and those said not to
    be (「…ではありません」). None when the words name none."""
    named: set[str] = set()
    denied: set[str] = set()
    for sentence in re.split(r"[。.!！\n]+", text):
        negated = _NOT_THIS.search(sentence.strip()) is not None
        bare = _NOT_THIS.sub("", sentence.strip())
        for part in (p for p in _PARTS.split(bare) if p and p.strip()):
            found = match_option(Given(text=part), options)
            if found is not None:
                (denied if negated else named).add(found)
    return (named, denied) if named or denied else None


def primary_options(sit: Situation, index: int) -> Options:
    return tuple((c, CATEGORY_SHORT[c]) for c in sit.state.categories)


# The words say which trouble is the main one (「いちばん」「何より」「特に」).
_SAID_MAIN = re.compile(r"(いちばん|一番|いっちゃん|いっとう|なにより|何より|とくに|特に)")


# The words name more than one of the troubles offered (「家賃のことがいちばん」 is both
# 支出・借金 and 住まい): which one is main is asked with the buttons, not guessed.
SEVERAL_SAID_MAIN = "several_main"


def _main_one_said(given: Given, offered: tuple[str, ...]) -> str | None:
    """「給料がのうなったのがいちばんこまっとる」 where the main trouble is asked: the one
    the words make main, when they say it is the main one, it was offered, and the words
    name no other trouble offered."""
    if given.text is None or not _SAID_MAIN.search(given.text):
        return None
    named = [c for c in given.categories if c in offered]
    if len(named) > 1:
        # The model reads several; the words may still name one (「給料が…いちばん」).
        options = tuple((c, CATEGORY_SHORT[c]) for c in offered)
        said = named_option(given.text, options, say.TYPED_NAMES, {})
        return said if said in named else SEVERAL_SAID_MAIN
    return given.primary if given.primary in offered else None


def read_primary(given: Given, sit: Situation, index: int) -> Result:
    choice = match_option(given, primary_options(sit, index))
    choice = choice or _main_one_said(given, sit.state.categories)
    if choice == SEVERAL_SAID_MAIN:
        return Unread(SEVERAL_SAID_MAIN)
    if choice is None:
        return Unread("choice")
    return Taken(_with_troubles(sit.state, sit.state.categories, choice))


# ---------------------------------------------------------------- 相談者


# 「言いたくない」「匿名で」「名前は言わんとくわ」: no name, said in words.
NAME_DECLINED = re.compile(
    r"(?:名前を言わずに|匿名|とくめい|名無し|ななし|"
    r"(?:言|い)(?:いたく|わんと|わないで|えない|いたくない|わない)|"
    r"(?:教え|おしえ)(?:たくない|られない|ません)|(?:書|か)き?たくない|"
    r"(?:伏せ|ふせ)(?:て|たい))"
)


def _declines_name(typed: str) -> bool:
    said = parsing.normalise(typed)
    return said == say.ANONYMOUS or bool(NAME_DECLINED.search(said))


def says_dont_know(typed: str) -> bool:
    """「わからない」「答えたくない」, or the same in another language (「I don't know」
    「Không biết」「몰라요」): no answer to give."""
    words = phrasing.without_polite_ending(parsing.normalise(typed)).strip("。、.!！")
    if words in say.SKIP_WORDS:  # 「わからないです」 as 「わからない」
        return True
    return parsing.typed_in_letters(typed) in say.SKIP_WORDS_IN_LANGUAGES


def read_name(given: Given, sit: Situation, index: int) -> Result:
    # 「わかりません」「no sé」 for a name: no name given, as 「名前を言わずに相談」.
    anonymous = _declines_name(_typed(given)) or says_dont_know(_typed(given))
    if given.value == "anonymous" or anonymous:
        state = sit.state.set("anonymous", True).set_many(
            "person", {"name": None, "kana": None, "phone_home": None, "phone_mobile": None}
        )
        notes = () if sit.state.anonymous_explained else (say.ANONYMOUS_EXPLAINED,)
        # A name given later brings the ふりがな and phone questions back.
        state = replace(state, anonymous_explained=True)
        return Taken(state, notes, reopens=("kana", "phone"))
    if _a_sentence(given):
        return Unread(NOT_A_NAME)
    if len(_typed(given)) > MAX_SHORT_TEXT:
        return Unread("too_long")
    name = parsing.parse_name(_typed(given))
    if name is None:
        return Unread("symbols")
    state = sit.state.set("anonymous", False).set_many("person", {"name": name})
    reading = parsing.kana_alone(name)
    if reading is not None:  # 「やまだ はなこ」 is its own reading: not asked for it
        return Taken(write_kana(state, reading), settles=("kana",))
    renamed = sit.state.section("person").get("name") not in (None, name)
    return Taken(state, reopens=("kana",) if renamed else ())  # a new name, a new reading


_WRITER = r"(?:私|わたし|あたし|わたくし|自分|じぶん|僕|ぼく|俺|おれ|うち|わし)"
# 「あ、それは私の名前でした」「さっきのは自分の名前です」「私の名前を書いてしまいました」: the
# name given for the person was the writer's own. Said of an earlier answer, never a bare
# 「私の名前は…」, which only tells the writer's name.
WRITERS_OWN_NAME: Final = re.compile(
    r"(?:それ|さっき|さきほど|先ほど|今の|いまの|前の|上の?)の?(?:は|って|も)?\s*"
    + _WRITER
    + r"の(?:お?名前|なまえ)|"
    + _WRITER
    + r"の(?:お?名前|なまえ)(?:でした|だった|やった|じゃった|を(?:書|か|入|い)れ|を(?:書|か)い)"
)
# 「父は」「本人の名前は」「母の名前が」 before the person's name, in that message.
_PERSONS_NAME_LEAD: Final = re.compile(
    r"^(?:(?:" + "|".join(sorted(kinship.KIN_WORDS, key=len, reverse=True)) + r"|本人)"
    r"(?:の(?:お?名前|なまえ))?|お?名前|なまえ)(?:は|が|:)\s*"
)


def read_name_put_right(given: Given, sit: Situation) -> Taken | None:
    """「あ、それは私の名前でした。父は佐藤正男です」, at any later question of a sheet
    written for another: the name given was the writer's. It becomes theirs (unless
    they gave one), and the person's name is the one now said — or asked again when
    none is. None when the message is no such correction."""
    person = sit.state.section("person").get("name")
    if sit.state.relation == "self" or not person or given.value is not None:
        return None
    parts = [p.strip() for p in re.split(r"[。.!！\n、,]+", _typed(given)) if p.strip()]
    said_mine = [i for i, part in enumerate(parts) if WRITERS_OWN_NAME.search(part)]
    if not said_mine:
        return None
    state = sit.state
    notes: tuple[str, ...] = ()
    if not state.section("consulter").get("name"):
        state, notes = write_consulter_name(state, person), (say.WRITERS_NAME_KEPT,)
    named = (parsing.parse_name(_PERSONS_NAME_LEAD.sub("", p)) for p in parts[said_mine[0] + 1 :])
    name = next((n for n in named if n is not None and n != person), None)
    state = state.set_many("person", {"name": name, "kana": None})
    if name is None:  # the flow asks for the person's name next
        return Taken(state, notes, settles=("consulter_name",), reopens=("kana",))
    notes = (say.NAME_PUT_RIGHT, *notes)
    reading = parsing.kana_alone(name)
    if reading is not None:
        return Taken(write_kana(state, reading), notes, settles=("kana", "consulter_name"))
    return Taken(state, notes, settles=("consulter_name",), reopens=("kana",))


# 「名前まちがえました、岡山トメ子です」「なまえが ちごうとる 岡山トメじゃ」「いや、名前は岡山
# トメ子です」: the person's name put right at a later question or on the summary card.
_NAME_WORD: Final = r"(?:お?名前|なまえ|氏名)"
NAME_SAID_WRONG: Final = re.compile(
    _NAME_WORD + r"(?:は|が|を|も|の|、|\s)*(?:漢字)?(?:は|が)?\s*"
    r"(?:(?:まちが|間違|まちご|ちが|違|ちご|ちげ)[ぁ-ん]*|訂正(?:します|です)?|正しくは)[、,。.!！\s]*"
)
_NAME_PUT_RIGHT_LEAD: Final = re.compile(
    r"^(?:正しくは|本当は|ほんとは)?[、\s]*" + _NAME_WORD + r"(?:は|が|:)"
)


def _like(name: str | None, given: str) -> bool:
    """Whether `name` is the name given, put right: the same family name, or the same
    first letters (「たかはし ふみこ」 for 「たかはし ふみ」, 「岡山トメ子」 for 「岡山 トメ」)."""
    if not name:
        return False
    first, other = name.split()[:1], given.split()[:1]
    if first and other and len(name.split()) > 1 and first == other:
        return True
    bare, bare_given = name.replace(" ", ""), given.replace(" ", "")
    return len(bare_given) >= 2 and bare.startswith(bare_given[:2]) and bare != bare_given


def read_name_corrected(given: Given, sit: Situation, correction: str | None) -> Taken | None:
    """The person's name put right while another question is open: said wrong in so many
    words (`NAME_SAID_WRONG`), or 「名前は…」 — or a name like the one given — after
    「いや、」「ちがう」 (`correction`, what follows it). The new reading is asked again
    unless the name is its own. None when the message is no such correction, names no
    name, or names the one already given."""
    person = sit.state.section("person").get("name")
    if not person or given.value is not None or given.text is None:
        return None
    said = NAME_SAID_WRONG.search(given.text)
    if said is not None:
        rest = given.text[said.end() :]
    elif correction is not None and _NAME_PUT_RIGHT_LEAD.match(correction.strip()):
        rest = correction
    elif correction is not None and _like(parsing.parse_name(correction), str(person)):
        rest = correction  # 「あ、ちがう　たかはし ふみこ です」 after 「たかはし ふみ」
    else:
        return None
    name = parsing.parse_name(_PERSONS_NAME_LEAD.sub("", rest.strip(" 、。,.")))
    if name is None or name == person:
        return None
    state = sit.state.set_many("person", {"name": name, "kana": None})
    reading = parsing.kana_alone(name)
    if reading is not None:
        return Taken(write_kana(state, reading), (say.NAME_PUT_RIGHT,), settles=("kana",))
    return Taken(state, (say.NAME_PUT_RIGHT,), reopens=("kana",))


def _write_birth(state: IntakeState, birth: dates.Birth, written: str | None) -> IntakeState:
    """The date and the age; the words as written only when they say more than the age
    (「昭和30年」), so an age alone is not shown twice (「82歳（82歳）」)."""
    if written is not None and dates.is_age_alone(written):
        written = None
    return state.set_many(
        "person",
        {
            "birth_date": birth.birth_date.isoformat() if birth.birth_date else None,
            "birth_date_text": written,
            "age": birth.age,
        },
    )


_YEAR_ALONE: Final = re.compile(
    r"(?:明治|大正|昭和|平成|令和|[MTSHRmtshr])?\s*[0-9０-９〇一二三四五六七八九十元]+\s*年(?!.*(月|がつ))"
)


def read_birth_put_right(given: Given, sit: Situation) -> Result:
    """A birth date put right by its year alone (「いや、昭和17年でした」 after 「昭和18年
    3月5日」): the month and day given before are kept with the new year."""
    result = read_birth(given, sit, 0)
    before = sit.state.section("person").get("birth_date")
    year = _YEAR_ALONE.search(given.text or "")
    if not isinstance(result, Taken) or not isinstance(before, str) or year is None:
        return result
    if result.state.section("person").get("birth_date"):
        return result
    day = date.fromisoformat(before)
    dated = Given(text=f"{year.group(0)}{day.month}月{day.day}日")
    kept = read_birth(dated, sit, 0)
    return kept if isinstance(kept, Taken) else result


def read_birth(given: Given, sit: Situation, index: int) -> Result:
    if given.date is not None:
        birth = dates.parse_picked_date(given.date, sit.today)
        written = None
    else:
        written = _typed(given)
        birth = dates.parse_birth(written, sit.today) if len(written) <= MAX_SHORT_TEXT else None
    return Unread("birth") if birth is None else Taken(_write_birth(sit.state, birth, written))


def _written_address(text: str) -> bool:
    """Words of an address (「岡山市北区大供1-1-1」「2-5-1 Shikata, Kita-ku」), not a
    mistyped number (「12-34」)."""
    if len(re.findall(r"[^\x00-\x7f]", text)) >= 2:
        return True
    return bool(_LETTERS_OF_A_PLACE.search(text) and _WHERE_IN_LETTERS.search(text))


_LETTERS_OF_A_PLACE: Final = re.compile(r"[A-Za-z]{3,}")
_WHERE_IN_LETTERS: Final = re.compile(r"\d|(ku|cho|machi|shi)\b|\b(ward|city)\b", re.IGNORECASE)


def _ward_named(text: str, place: post_office.PostalPlace | None, sit: Situation) -> str | None:
    """The city's 区 an address names: read with its place, or (no place read) named
    anywhere in it."""
    if place is None:
        named = next((w for w in sit.wards if w in text), None)
        return named or ward_in_address_letters(text, sit.wards) or ward_in_kana(text, sit.wards)
    if not place.inside(sit.city):
        return None
    return place.ward_in(sit.city) or ward_in_kana(text, sit.wards)  # 「岡山市ミナミク…」


def _typed_address(text: str, sit: Situation) -> Taken:
    """An address typed by hand, kept as written, with what it tells: its 区 of the city,
    or that it is outside the city (another 市町村 or 都道府県: told as for a 〒 outside).
    A 区 it gives is answered, so the 区 question is not asked."""
    place = post_office.address_place(text, sit.city)
    outside = None if place is None else not place.inside(sit.city)
    ward = _ward_named(text, place, sit)
    if ward is None and place is None:  # a 区 told before (a visit note's) stands
        ward = sit.state.section("person").get("ward")
    written = {"postal_code": None, "address": text, "ward": ward, "outside_municipality": outside}
    state = sit.state.set_many("person", written)
    if ward:
        return Taken(state, place=place, settles=("address", "ward"))
    return Taken(state, place=place, settles=("address",), reopens=("ward",))


def read_address(limit: int) -> Reader:
    """The address typed by hand: its 区 and whether it is in the city go with it."""

    def read(given: Given, sit: Situation, index: int) -> Result:
        text = _detail(given)
        if not parsing.is_meaningful(text):
            return Unread("symbols")
        if len(text) > limit:
            return Unread("too_long")
        if _only_a_phone_number(text):
            return Unread()
        return _typed_address(text, sit)

    return read


def _with_postal_place(
    state: IntakeState, place: post_office.PostalPlace, written: str, city: str
) -> Taken:
    """The 〒's place, and what was written after the 〒 (the 番地: the street is not
    asked again); the 区 and the street are asked again otherwise."""
    inside = place.inside(city)
    street = postal_codes.address_after(place, written) if _written_address(written) else ""
    values = {
        "postal_code": place.postal_code,
        "address": f"{place.address}　{street}" if street else place.address,
        "outside_municipality": not inside,
        "ward": place.ward_in(city) if inside else None,
    }
    state = state.set_many("person", values)
    settles = ("address_rest",) if street else ()
    return Taken(state, place=place, settles=settles, reopens=("address_rest", "ward"))


def read_postal(given: Given, sit: Situation, index: int) -> Result:
    text = _typed(given)
    found = postal_codes.find_postal_code(text)
    if found is None:  # an address written where the 〒 was asked is kept as the address
        if len(text) > MAX_SHORT_TEXT * 2 or not _written_address(text):
            return Unread("postal")
        return _typed_address(_detail(given), sit)
    code, written = found
    place = post_office.lookup_postal(code)
    if place is None:
        return Unread("postal_unknown")
    return _with_postal_place(sit.state, place, written, sit.city)


def _only_a_phone_number(text: str) -> bool:
    """「090-1234-5678」 where the street was asked: a number no 番地 has (ten digits or
    more, a phone number's), not 「1-2-3」 or 「2丁目5-1 203号」."""
    digits = sum(ch.isdigit() for ch in parsing.normalise(text))
    return digits >= 10 and phones.parse_phone(text) is not None


def read_address_rest(given: Given, sit: Situation, index: int) -> Result:
    text = parsing.without_leading_thought(_typed(given))
    if not parsing.is_meaningful(text):
        return Unread("symbols")
    if _only_a_phone_number(text):
        return Unread()
    if len(text) > MAX_SHORT_TEXT * 2:
        return Unread("too_long")
    base = str(sit.state.get("person.address") or "")
    prefix = base.split("　")[0]
    return Taken(sit.state.set_many("person", {"address": f"{prefix}　{text}"}))


def ward_options(sit: Situation, index: int) -> Options:
    return tuple((w, w) for w in sit.wards)


def read_ward(given: Given, sit: Situation, index: int) -> Result:
    """A 区 of the city; a typed place in another city (「大阪市北区です」) is not the
    city's own 北区: it is kept as written and told as an address outside the city."""
    if given.value is None and _written_address(typed := _typed(given)):
        place = post_office.address_place(typed, sit.city)
        if place is not None and not place.inside(sit.city):
            written = {"ward": None, "outside_municipality": True}
            return Taken(sit.state.set_many("person", written), place=place)
    ward = match_option(given, ward_options(sit, index))
    if ward is None and given.text:
        ward = ward_in_letters(given.text, sit.wards)  # 「Minami-ku」, 「kita」
    return Unread("choice") if ward is None else Taken(sit.state.set_many("person", {"ward": ward}))


def write_phones(state: IntakeState, phones: tuple[phones.Phone, ...]) -> IntakeState:
    """Each number goes to 携帯 or 自宅 by its kind (two of one kind: the second takes the
    other place, so none is lost); a new answer replaces the old ones."""
    slots: dict[str, str | None] = {"phone_mobile": None, "phone_home": None}
    for phone in sorted(phones, key=lambda p: not p.mobile):
        wanted = "phone_mobile" if phone.mobile else "phone_home"
        free = wanted if slots[wanted] is None else next(k for k, v in slots.items() if v is None)
        slots[free] = phone.e164
    return state.set_many("person", slots)


# 「私の携帯にお願いします」「こちらに連絡ください」: a relative or neighbour gives their own
# number where the person's was asked. 「私の母の携帯は…」 is the person's.
_FIRST_PERSON = r"(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分|じぶん|わし|儂|わい)"
WRITERS_OWN_NUMBER = re.compile(
    rf"{_FIRST_PERSON}の?(?:携帯|けいたい|ケータイ|スマホ|電話|でんわ|番号|ばんごう|連絡先)"
    rf"|(?:{_FIRST_PERSON}|こちら|こっち)(?:に|へ|まで)"
)


def read_phone(given: Given, sit: Situation, index: int) -> Result:
    """The person's numbers; but one that a relative or neighbour says is their own, or
    gave already as theirs, goes to them, as the answer to 「あなたの連絡先」 — never
    kept as the person's."""
    text = _typed(given)
    if len(text) > MAX_SHORT_TEXT:
        return Unread("too_long")
    numbers = phones.parse_phones(text)
    if numbers is None:
        return Unread()
    asked_of_a_helper = sit.state.relation != "self" and sit.fixed_consulter is None
    writers_own = WRITERS_OWN_NUMBER.search(parsing.normalise(text)) is not None
    writers_own = writers_own or numbers[0].e164 == sit.state.get("consulter.phone")
    if asked_of_a_helper and writers_own and len(numbers) == 1:
        return Taken(write_consulter_phone(sit.state, numbers[0]), settles=("consulter_phone",))
    if asked_of_a_helper and len(numbers) > 1:
        shared = _numbers_shared(text)
        if shared is not None:  # 「母の家は086-…、私の携帯は080-…です」
            persons, writers = shared
            state = write_consulter_phone(sit.state, writers)
            return Taken(write_phones(state, tuple(persons)), settles=("consulter_phone",))
    written = write_phones(sit.state, numbers)
    if _ALSO_A_NUMBER.search(parsing.normalise(text)):
        # 「けいたいもあった 090-…」: a number besides the one given, not instead of it
        before = sit.state.section("person")
        after = written.section("person")
        kept = {slot: after.get(slot) or before.get(slot) for slot in PHONE_SLOTS}
        written = written.set_many("person", kept)
    return Taken(written)


def _numbers_shared(text: str) -> tuple[list[phones.Phone], phones.Phone] | None:
    """The person's numbers and the writer's own, when the words say which is whose, a
    clause each (「母の家は…、私の携帯は…」); None when they do not."""
    persons: list[phones.Phone] = []
    writers: list[phones.Phone] = []
    for clause in re.split(r"[、。,\n]+", parsing.normalise(text)):
        found = phones.parse_phones(clause)
        if found:
            (writers if WRITERS_OWN_NUMBER.search(clause) else persons).extend(found)
    return (persons, writers[0]) if persons and writers else None


PHONE_SLOTS: Final = ("phone_mobile", "phone_home")
_ALSO_A_NUMBER: Final = re.compile(
    r"(?:携帯|けいたい|ケータイ|スマホ|自宅|家|いえ|うち|固定|電話|でんわ)(?:の)?(?:番号|ばんごう)?も"
)


def write_consulter_name(state: IntakeState, name: str) -> IntakeState:
    return state.set_many("consulter", {"name": name})


def write_consulter_phone(state: IntakeState, phone: phones.Phone) -> IntakeState:
    return state.set_many("consulter", {"phone": phone.e164})


def read_consulter(given: Given, sit: Situation, index: int) -> Result:
    value = match_option(given, say.CONSULTER_CHOICES)
    if value is None:
        return Unread("choice")
    writer: dict[str, Any] = {"relation": value}
    if value == "self":  # nobody else is writing: what was said about the writer goes
        writer.update(relation_detail=None, name=None, phone=None)
    state = sit.state.set_many("consulter", writer)
    return Taken(state, reopens=("consulter_detail", "consulter_name", "consulter_phone"))


# ---------------------------------------------------------------- 世帯


def _sized(members: list[dict[str, Any]], size: int) -> list[dict[str, Any]]:
    others = members[1:][: max(size - 1, 0)]
    blank = {"name": None, "age": None, "relation": None, "note": None}
    return [{**blank, "relation": "本人"}, *others, *([blank] * (size - 1 - len(others)))]


def read_household_size(given: Given, sit: Situation, index: int) -> Result:
    value = match_option(given, say.SIZE_CHOICES)
    if value == "more":
        return Unread("size_more")  # the number itself is typed next
    # A number typed is read as a number first (「十一人」 names no button 「1」).
    typed = _typed(given)
    counted = (
        None
        if given.value
        else counts.parse_count(typed, MAX_HOUSEHOLD) or counts.count_in_words(typed, MAX_HOUSEHOLD)
    )
    size = counted or (int(value) if value else None)
    if size is None:
        return Unread("household_size")
    members = _sized(sit.state.members(), size)
    return Taken(sit.state.set("household", {"size": size, "members": members}))


def member_count(state: IntakeState) -> int:
    size = state.section("household").get("size")
    return min(int(size), MAX_MEMBERS) - 1 if isinstance(size, int) else 0


def _set_member(state: IntakeState, index: int, values: dict[str, Any]) -> IntakeState:
    members = state.members()
    if index >= len(members):
        return state
    members[index] = {**members[index], **values}
    return state.set("household", {**state.section("household"), "members": members})


def member_reader(field: str, parse: Callable[[str], Any] | None = None) -> Reader:
    def read(given: Given, sit: Situation, index: int) -> Result:
        if field == "name" and _a_sentence(given):
            return Unread(NOT_A_NAME)
        text = _detail(given)
        if len(text) > MAX_SHORT_TEXT * 3:
            return Unread("too_long")
        if not parsing.is_meaningful(text):
            return Unread("symbols")
        value = parse(text) if parse else text
        if value is None:
            return Unread(f"member_{field}")
        return Taken(_set_member(sit.state, index, {field: value}))

    return read


RELATION_CHECK = "relation_check"  # a relation said from the writer's side, to confirm
RELATION_AS_SAID = "__as_said"


def relation_check(state: IntakeState, index: int) -> dict[str, Any] | None:
    """The writer-side answer waiting for its confirmation in round `index`, if any."""
    check = state.extra.get(RELATION_CHECK)
    return check if isinstance(check, dict) and check.get("index") == index else None


def _without_check(state: IntakeState) -> IntakeState:
    return replace(state, extra={k: v for k, v in state.extra.items() if k != RELATION_CHECK})


def relation_options(sit: Situation, index: int) -> Options:
    """The relation buttons; while a writer-side answer waits, what it gives comes first."""
    check = relation_check(sit.state, index)
    if check is None or not check.get("proposed"):
        return say.RELATION_CHOICES
    return ((RELATION_AS_SAID, str(check["proposed"])), *say.RELATION_CHOICES)


def person_title(state: IntakeState) -> str:
    """How the writer's own family names the person: 「お母さま」, else 「ご本人」."""
    detail = state.section("consulter").get("relation_detail")
    return kinship.person_title(detail, state.get("person.gender"))


def read_member_relation(given: Given, sit: Situation, index: int) -> Result:
    """A tapped relation, or the typed word (「母」 says more than 「父・母」). Said from the
    writer's side (「私の弟」), it is turned round and asked once more with buttons."""
    check = relation_check(sit.state, index)
    state = _without_check(sit.state)
    if check is not None and given.value == RELATION_AS_SAID and check.get("proposed"):
        return Taken(_set_member(state, index, {"relation": check["proposed"]}))
    tapped = match_button(given, say.RELATION_CHOICES)
    if tapped is not None:
        return Taken(_set_member(state, index, {"relation": tapped}))
    text = core(phrasing.latest_said(parsing.normalise(_typed(given))))
    text = _WRITER_SAID_FIRST.sub("", text) or text  # 「わしじゃ、長男」: the writer, 長男
    if len(text) > MAX_SHORT_TEXT:
        return Unread("too_long")
    if not parsing.is_meaningful(text):
        return Unread("symbols")
    said = _typed(given)
    if parsing.reads_as_a_sentence(text) or parsing.is_filler(said) or parsing.says_none(said):
        # 「母は一人では歩けなくなってきました」「いいえ」 are no relation (it would be read
        # back in the next questions): asked again with its buttons.
        return Unread("choice")
    with_age = _RELATION_WITH_AGE.fullmatch(text)
    age = None
    if with_age is not None:  # 「娘 2歳」: the relation, and the age the next question asks
        text, age = with_age[1].strip(), dates.parse_age(with_age[2])
    detail = state.section("consulter").get("relation_detail")
    writer_side = kinship.from_writer_side(text, detail) if state.relation != "self" else None
    if writer_side is not None:
        waiting = {"index": index, "said": writer_side.said, "proposed": writer_side.proposed}
        return Stay(replace(state, extra={**state.extra, RELATION_CHECK: waiting}))
    if age is not None:
        kept = _set_member(state, index, {"relation": text, "age": age})
        return Taken(kept, settles=(f"member_age:{index}",))
    return Taken(_set_member(state, index, {"relation": text}))


# 「わしじゃ、長男」「私です、長女」: the writer says it is them, then their relation.
_WRITER_SAID_FIRST: Final = re.compile(
    r"^(わし|儂|私|わたし|あたし|自分|じぶん|俺|おれ|僕|ぼく)(じゃ|です|や|だ|よ)?[、,\s]+"
)
# A relation typed with the member's age: 「娘 2歳」「長男（45）」「母、80さい」.
_RELATION_WITH_AGE: Final = re.compile(
    r"(\D+?)[\s、,・（(]*((?:\d{1,3})\s*(?:歳|才|さい)?(?:くらい|ぐらい)?)[)）]?"
)


MEMBER_FIELDS: Options = (
    ("relation", "続柄"),
    ("name", "お名前"),
    ("age", "年齢"),
    ("note", "伝えておきたいこと"),
)


def read_member_fix(given: Given, sit: Situation, index: int) -> Result:
    """Which answer about one household member to change: that one is asked again, and
    the others are kept."""
    field = match_option(given, MEMBER_FIELDS)
    if field is None:
        return Unread("choice")
    return Taken(sit.state, reopens=(f"member_{field}:{index}",))


# An answer of one round of a repeated step: of the household member, or of the agency,
# the round is about.
RoundPath = Literal[
    "member.name",
    "member.age",
    "member.relation",
    "member.note",
    "supporter.agency",
    "supporter.support",
]
ROUND_PATHS: Final[tuple[str, ...]] = get_args(RoundPath)
AnswerPath = SheetPath | RoundPath


def of_round(path: AnswerPath) -> TypeIs[RoundPath]:
    return path in ROUND_PATHS


def fill(state: IntakeState, paths: tuple[AnswerPath, ...], index: int, value: Any) -> IntakeState:
    """Each of `paths` answered with `value` (「なし」); see `forget` for the paths."""
    for path in paths:
        if not of_round(path):
            state = state.set(path, value)
            continue
        group, _, field = path.partition(".")
        if group == "member":
            state = _set_member(state, index, {field: value})
            continue
        supporters = state.supporters()
        if index < len(supporters):
            supporters[index] = {**supporters[index], field: value}
            state = state.set("current_supporters", supporters)
    return state


RELATION_WORDS = dict(say.RELATION_CHOICES)


def forget(state: IntakeState, paths: tuple[AnswerPath, ...], index: int) -> IntakeState:
    """Take back what a skipped step had answered: `member.age` is the member of this
    round, `supporter.support` the agency of this round, anything else a sheet path."""
    for path in paths:
        if path == "current_supporters":
            extra = {**state.extra, "supporters": None}
            state = replace(state.forget(path), extra=extra, more=())
        elif of_round(path) or "." in path:
            state = fill(state, (path,), index, None)
        else:
            state = state.forget(path)
    return state


def member_relation(state: IntakeState, index: int) -> str:
    """How the questions name a household member: 「夫・妻」, 「子ども」, or 「2人目の方」."""
    members = state.members()
    relation = members[index].get("relation") if index < len(members) else None
    if not relation or relation == "その他":
        return f"{index + 1}人目の方"
    return RELATION_WORDS.get(str(relation), str(relation))


# ---------------------------------------------------------------- 支援機関


def read_supporters(given: Given, sit: Situation, index: int) -> Result:
    value = match_option(given, say.YES_NO_CHOICES)
    if value is None:
        return _supporter_told(given, sit) or Unread("choice")
    state = replace(sit.state, extra={**sit.state.extra, "supporters": value})
    if value == "no":
        state = replace(state, more=()).set("current_supporters", [])
    return Taken(state)


# Those who already help, named in an answer to 「すでに相談している機関はありますか」
# (「ケアマネさんがきよる」「包括の人が来てくれとる」): yes, and who.
_SUPPORTER_NAMED: Final = re.compile(
    r"(ケアマネ(ージャー)?|地域包括(支援センター)?|包括|ヘルパー|社協|社会福祉協議会|民生委員|保健師"
    r"|訪問看護|デイサービス|デイケア|ケースワーカー|相談支援(専門員)?|法テラス|ハローワーク"
    r"|スクールカウンセラー|児童相談所|福祉事務所|主治医|かかりつけ(の)?(医|先生))"
)
# 「ケアマネはおらん」「ヘルパーは来ていない」: named as not there.
_NOT_THERE: Final = re.compile(
    r"(ない|ません|おらん|おらへん|いねえ|こん|来ん|へん|まだ)[。!！よわねな]*$"
)


def _supporter_told(given: Given, sit: Situation) -> Taken | None:
    text = _typed(given)
    named = _SUPPORTER_NAMED.search(text)
    if named is None or _NOT_THERE.search(text) or len(text) > MAX_SHORT_TEXT * 2:
        return None
    supporter = {"agency": named[0], "support": text}
    state = replace(sit.state, extra={**sit.state.extra, "supporters": "yes"})
    return Taken(
        state.set("current_supporters", [supporter]),
        settles=("supporter_agency:0", "supporter_support:0"),
    )


def supporter_count(state: IntakeState) -> int:
    if state.extra.get("supporters") != "yes":
        return 0
    return 1 + len(state.more)


def read_supporter_agency(given: Given, sit: Situation, index: int) -> Result:
    text = _detail(given)
    if not parsing.is_meaningful(text):
        return Unread("symbols")
    if len(text) > MAX_SHORT_TEXT * 2:
        return Unread("too_long")
    supporters = sit.state.supporters()
    told = _AGENCY_IN_A_SENTENCE.match(text) if parsing.reads_as_a_sentence(text) else None
    said = {"agency": told[1], "support": text} if told else {"agency": text}
    entry = {**(supporters[index] if index < len(supporters) else {}), **said}
    supporters = [*supporters[:index], entry, *supporters[index + 1 :]]
    # 「法テラスに一回電話しました」: the agency, and what it did (not asked again)
    settles = (f"supporter_support:{index}",) if told else ()
    return Taken(sit.state.set("current_supporters", supporters), settles=settles)


# The agency named at the start of a sentence that tells what was done with it.
_AGENCY_IN_A_SENTENCE: Final = re.compile(
    r"(\S{2,20}?)(?:さん)?(?:に|へ|で|と|から|には|では|とは)(?:は|も)?[、\s]*\S*?"
    r"(?:相談|電話|行っ|いっ|通っ|かよっ|お世話|連絡|話し|はなし|来て|きて|見て|みて|入っ|申し込)"
)


def read_supporter_support(given: Given, sit: Situation, index: int) -> Result:
    text = _typed(given)
    if not parsing.is_meaningful(text):
        return Unread("symbols")
    supporters = sit.state.supporters()
    if index >= len(supporters):
        return Taken(sit.state)
    supporters[index] = {**supporters[index], "support": text[:MAX_LONG_TEXT]}
    return Taken(sit.state.set("current_supporters", supporters))


def read_supporter_more(given: Given, sit: Situation, index: int) -> Result:
    value = match_option(given, say.YES_NO_CHOICES)
    if value is None:
        return Unread("choice")
    more = tuple(i for i in sit.state.more if i < index)
    return Taken(replace(sit.state, more=(*more, index) if value == "yes" else more))


def supporter_name(state: IntakeState, index: int) -> str:
    supporters = state.supporters()
    return str(supporters[index].get("agency")) if index < len(supporters) else "その機関"


def write_kana(state: IntakeState, kana: str) -> IntakeState:
    return state.set_many("person", {"kana": kana})

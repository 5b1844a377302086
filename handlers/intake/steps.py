"""The つなぐシート as a table of steps, in the order they are asked.

Each step says what it asks (its key in `handlers/intake/catalog.py`), the buttons it
offers, how it reads an answer (`handlers/intake/answers.py`), when it is asked at all,
and whether it may be skipped. Steps of a `group` repeat (one round per household member,
per supporting agency). What comes next is always the first step of the table that applies
and is not answered yet, so 「戻る」 and 「変更」 from the summary return to where the
person was.

`IntakeProfile` makes the table reusable: the 民生委員 visit mode fixes who is writing,
who received the sheet, and words the questions for someone speaking for the person."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from handlers.intake import answers as a
from handlers.intake import catalog as say
from handlers.intake import parsing
from handlers.intake.state import IntakeState
from handlers.sheet import ReceiverKind, Relation
from handlers.typed_yes_no import typed_yes_or_no
from nlu.extract import dates, phones

Condition = Callable[[a.Situation], bool]
OptionSource = a.Options | Callable[[a.Situation, int], a.Options]
Params = Callable[[a.Situation, int], dict[str, Any]]


def always(sit: a.Situation) -> bool:
    return True


def on_request(sit: a.Situation) -> bool:
    """A step asked only when the summary's 「変更」 goes to it."""
    return False


@dataclass(frozen=True, slots=True)
class Group:
    """Steps asked once per round: `rounds` gives how many, `first` the first index."""

    name: str
    rounds: Callable[[IntakeState], int]
    first: int = 0


@dataclass(frozen=True, slots=True)
class Step:
    key: str
    read: a.Reader
    choices: OptionSource = ()
    when: Condition = always
    optional: bool = True
    skip_label: str = say.NO_ANSWER
    picker: bool = False  # offer LINE's date picker
    group: Group | None = None
    params: Params | None = None
    summary: str | None = None  # the summary row whose 「変更」 comes back here
    forgets: tuple[a.AnswerPath, ...] = ()  # what a skip takes back (see answers.forget)
    # Answered in the person's own words (their story): words that also call for the
    # crisis answer are kept as the answer, not asked for again.
    own_words: bool = False
    # The choices on a card of buttons (more than fit beside the bar's other buttons);
    # the options named in `quick` stay in the quick-reply bar.
    grid: bool = False
    quick: tuple[str, ...] = ()
    # 「ない」「電話はない」 is an answer here: each path of `forgets` is kept as なし
    # (not the same as skipping the question).
    none_answer: bool = False
    # The question asks whether there is anything (「…ありますか？」): a no typed in any
    # language (「いいえ」「아니요」「Nada」) is 「ない」 too.
    no_is_none: bool = False
    # The other steps this step's answer may also answer (`settles`) or send back to be
    # asked again (`resets`): its reader names them on `Taken`; no reader marks a step.
    settles: tuple[str, ...] = ()
    resets: tuple[str, ...] = ()

    def none_said(self, given: a.Given) -> bool:
        """「ない」 said where it is an answer."""
        if not self.none_answer or given.text is None:
            return False
        if self.no_is_none and typed_yes_or_no(given.text) == "no":
            return True
        return parsing.says_none(given.text)

    def options(self, sit: a.Situation, index: int) -> a.Options:
        return self.choices(sit, index) if callable(self.choices) else self.choices


@dataclass(frozen=True, slots=True)
class IntakeProfile:
    """Who fills the sheet and how the questions are worded.

    `consulter` fixes who is writing (None: the conversation asks); `received_by` is the
    sheet's 受付者 kind; `wording` replaces questions by key (e.g. `catalog.HELPER_ASK`)."""

    flow_name: str = "intake"
    received_by: ReceiverKind = "bot"
    received_by_name: str | None = None
    consulter: Relation | None = None
    wording: Mapping[str, str] = field(default_factory=dict)
    then: str = "handoff"


RESIDENT = IntakeProfile()


# ---------------------------------------------------------------- conditions


def _proposed(sit: a.Situation) -> bool:
    return bool(sit.state.proposed)


def _several_troubles(sit: a.Situation) -> bool:
    return len(sit.state.categories) >= 2


def _other_untold(sit: a.Situation) -> bool:
    """「その他」 chosen by button with no story told: a few words say what it is."""
    return a.OTHER in sit.state.categories and not sit.state.get("story")


def _asks_consulter(sit: a.Situation) -> bool:
    return sit.fixed_consulter is None


def _for_someone_else(sit: a.Situation) -> bool:
    return sit.state.relation != "self"


def _asks_relation(sit: a.Situation) -> bool:
    return _for_someone_else(sit) and sit.fixed_consulter is None


def _named(sit: a.Situation) -> bool:
    return not sit.state.anonymous


def _helper_named(sit: a.Situation) -> bool:
    return _asks_relation(sit) and _named(sit)


def _postal_found(sit: a.Situation) -> bool:
    return bool(sit.state.get("person.postal_code"))


def _no_postal(sit: a.Situation) -> bool:
    return not _postal_found(sit)


def _ward_unknown(sit: a.Situation) -> bool:
    person = sit.state.section("person")
    return bool(sit.wards) and not person.get("ward") and not person.get("outside_municipality")


# ---------------------------------------------------------------- wording parameters


def _proposal_labels(sit: a.Situation, index: int) -> dict[str, Any]:
    from nlu.categories import CATEGORY_SHORT

    return {"labels": "、".join(f"{CATEGORY_SHORT[c]}のこと" for c in sit.state.proposed)}


def _proposal_options(sit: a.Situation, index: int) -> a.Options:
    from nlu.categories import CATEGORY_SHORT

    if len(sit.state.proposed) == 1:
        return (("yes", "それだけです"), ("more", say.SOMETHING_ELSE))
    return (*((c, CATEGORY_SHORT[c]) for c in sit.state.proposed), ("more", say.SOMETHING_ELSE))


def _address(sit: a.Situation, index: int) -> dict[str, Any]:
    return {"address": sit.state.get("person.address") or ""}


def _member(sit: a.Situation, index: int) -> dict[str, Any]:
    check = a.relation_check(sit.state, index) or {}
    return {
        "n": index + 1,
        "relation": a.member_relation(sit.state, index),
        "person": a.person_title(sit.state),
        "said": check.get("said", ""),
    }


def _story_options(sit: a.Situation, index: int) -> a.Options:
    """「ボタンで選ぶ」, and 「かんたんなことば」 until the questions are in やさしい日本語."""
    by_buttons = ("buttons", say.BY_BUTTONS)
    return (by_buttons,) if sit.state.extra.get(a.EASY) else (by_buttons, (a.EASY, say.EASY))


def _agency(sit: a.Situation, index: int) -> dict[str, Any]:
    return {"agency": a.supporter_name(sit.state, index)}


POSTAL_FIELDS: tuple[a.AnswerPath, ...] = (
    "person.postal_code",
    "person.address",
    "person.ward",
    "person.outside_municipality",
)
MEMBERS = Group("member", a.member_count, first=1)
SUPPORTERS = Group("supporter", a.supporter_count)

# ---------------------------------------------------------------- the table

TABLE: tuple[Step, ...] = (
    Step(
        "story",
        a.read_story,
        _story_options,
        optional=False,
        summary="story",
        own_words=True,
    ),
    Step(
        "troubles_confirm",
        a.read_troubles_confirm,
        _proposal_options,
        when=_proposed,
        optional=False,
        params=_proposal_labels,
        summary="categories",
        settles=("categories", "primary"),
        resets=("categories", "primary"),
    ),
    Step(
        "categories",
        a.read_category_toggle,
        a.category_options,
        optional=False,
        summary="categories",
        grid=True,
        quick=(a.CATEGORIES_DONE,),
        settles=("primary",),
        resets=("primary",),
    ),
    Step(
        "primary",
        a.read_primary,
        a.primary_options,
        when=_several_troubles,
        optional=False,
        summary="categories",
    ),
    Step(
        "other_detail",
        a.free_text("troubles.other_detail", a.MAX_SHORT_TEXT * 2, detail=True),
        when=_other_untold,
        summary="categories",
        forgets=("troubles.other_detail",),
        own_words=True,
    ),
    Step(
        "consulter",
        a.read_consulter,
        say.CONSULTER_CHOICES,
        when=_asks_consulter,
        optional=False,
        summary="consulter",
        resets=("consulter_detail", "consulter_name", "consulter_phone"),
    ),
    Step(
        "consulter_detail",
        a.free_text("consulter.relation_detail", a.MAX_SHORT_TEXT, detail=True),
        when=_asks_relation,
        forgets=("consulter.relation_detail",),
        summary="consulter",
    ),
    Step(
        "name",
        a.read_name,
        (("anonymous", say.ANONYMOUS),),
        optional=False,
        summary="name",
        settles=("kana", "consulter_name"),
        resets=("kana", "phone"),
    ),
    Step(
        "kana",
        a.parsed(parsing.parse_kana, a.write_kana, name=True),
        when=_named,
        forgets=("person.kana",),
        summary="name",
    ),
    Step(
        "gender",
        a.choose("person.gender", say.GENDER_CHOICES),
        say.GENDER_CHOICES,
        optional=False,
        summary="gender",
    ),
    Step(
        "birth",
        a.read_birth,
        picker=True,
        summary="birth",
        forgets=("person.birth_date", "person.birth_date_text", "person.age"),
    ),
    Step(
        "postal",
        a.read_postal,
        skip_label=say.DONT_KNOW,
        summary="address",
        forgets=POSTAL_FIELDS,
        settles=("address", "address_rest", "ward"),
        resets=("address_rest", "ward"),
    ),
    Step(
        "address_rest",
        a.read_address_rest,
        when=_postal_found,
        params=_address,
        summary="address",
    ),
    Step(
        "address",
        a.read_address(200),
        when=_no_postal,
        summary="address",
        forgets=("person.address",),
        settles=("address", "ward"),
        resets=("ward",),
    ),
    Step(
        "ward",
        a.read_ward,
        a.ward_options,
        when=_ward_unknown,
        skip_label=say.DONT_KNOW,
        forgets=("person.ward",),
        summary="address",
    ),
    Step(
        "phone",
        a.read_phone,
        when=_named,
        summary="phone",
        none_answer=True,
        settles=("consulter_phone",),
        forgets=("person.phone_home", "person.phone_mobile"),
    ),
    Step(
        "consulter_name",
        a.parsed(parsing.parse_name, a.write_consulter_name, name=True),
        when=_helper_named,
        summary="consulter",
        forgets=("consulter.name",),
    ),
    Step(
        "consulter_phone",
        a.parsed(phones.parse_phone, a.write_consulter_phone),
        when=_helper_named,
        summary="consulter",
        forgets=("consulter.phone",),
        none_answer=True,
    ),
    Step(
        "household_size",
        a.read_household_size,
        say.SIZE_CHOICES,
        skip_label=say.DONT_KNOW,
        summary="household",
        forgets=("household",),
    ),
    Step(
        "member_relation",
        a.read_member_relation,
        a.relation_options,
        group=MEMBERS,
        params=_member,
        summary="members",
        forgets=("member.relation",),
        settles=("member_age",),
    ),
    Step(
        "member_name",
        a.member_reader("name", parsing.parse_name),
        group=MEMBERS,
        params=_member,
        summary="members",
        forgets=("member.name",),
    ),
    Step(
        "member_age",
        a.member_reader("age", dates.parse_age),
        group=MEMBERS,
        params=_member,
        summary="members",
        skip_label=say.DONT_KNOW,
        forgets=("member.age",),
    ),
    Step(
        "member_note",
        a.member_reader("note"),
        group=MEMBERS,
        params=_member,
        summary="members",
        skip_label=say.NOTHING,
        forgets=("member.note",),
        none_answer=True,
        no_is_none=True,
    ),
    Step(
        "member_fix",
        a.read_member_fix,
        a.MEMBER_FIELDS,
        when=on_request,
        group=MEMBERS,
        params=_member,
        optional=False,
        resets=("member_relation", "member_name", "member_age", "member_note"),
    ),
    Step(
        "living",
        a.free_text("living_situation"),
        skip_label=say.NOTHING,
        summary="living",
        forgets=("living_situation",),
        none_answer=True,
        no_is_none=True,
        own_words=True,
    ),
    Step(
        "supporters",
        a.read_supporters,
        say.YES_NO_CHOICES,
        skip_label=say.DONT_KNOW,
        summary="supporters",
        forgets=("current_supporters",),
        # 「ケアマネさんがきよる」: yes, and who, and what they do.
        settles=("supporter_agency", "supporter_support"),
    ),
    Step(
        "supporter_agency",
        a.read_supporter_agency,
        group=SUPPORTERS,
        optional=False,
        summary="supporters",
        settles=("supporter_support",),
    ),
    Step(
        "supporter_support",
        a.read_supporter_support,
        group=SUPPORTERS,
        params=_agency,
        skip_label=say.DONT_KNOW,
        summary="supporters",
        forgets=("supporter.support",),
    ),
    Step(
        "supporter_more",
        a.read_supporter_more,
        say.YES_NO_CHOICES,
        group=SUPPORTERS,
        optional=False,
        summary="supporters",
    ),
)

BY_KEY: dict[str, Step] = {step.key: step for step in TABLE}
# Earlier answers a person may put right while another question is open (「いや、83歳
# です」): each is read only from words no other question takes.
# Each with the questions that take the same kind of answer: there, 「いや、50歳です」 answers
# the open question (a household member's age), it corrects nothing.
CORRECTABLE: dict[str, frozenset[str]] = {
    "birth": frozenset({"birth", "member_age"}),
    "phone": frozenset({"phone", "consulter_phone"}),
    "postal": frozenset({"postal", "address", "address_rest"}),
}
SUMMARY = "summary"
RESUME = "resume"
FIRST = TABLE[0].key


# Questions answered by a name, a reading, a date, a number or a place: there, words the
# crisis model is unsure of (「くらしき いちろう」) are an answer, not a sign of danger, and
# the middle band does not ask (a flagged crisis is still answered).
NAMES_AND_NUMBERS: frozenset[str] = frozenset(
    {
        "name",
        "kana",
        "birth",
        "postal",
        "address_rest",
        "address",
        "ward",
        "phone",
        "consulter_name",
        "consulter_phone",
        "household_size",
        "member_name",
        "member_age",
    }
)


# Of those, the questions of a place: an address is a long answer, never a sentence.
PLACES: frozenset[str] = frozenset({"postal", "address_rest", "address", "ward"})


def answers_a_name_or_number(step: str | None) -> bool:
    """Whether a message answering `step` is a name, a reading, a date, a number or a
    place: personal data, never sent to a translation service."""
    return step is not None and split_key(step)[0] in NAMES_AND_NUMBERS


def answers_a_name(step: str | None) -> bool:
    """Whether a message answering `step` is a person's name or its reading: each of its
    words is theirs (a later 「Tôi là Nguyễn Văn An」 names them too)."""
    return step is not None and split_key(step)[0] in NAMES


NAMES: frozenset[str] = frozenset({"name", "kana", "consulter_name", "member_name"})


def split_key(key: str) -> tuple[str, int]:
    """`member_age:2` → ("member_age", 2)."""
    name, _, index = key.partition(":")
    return name, int(index) if index else 0


def step_key(step: Step, index: int) -> str:
    return f"{step.key}:{index}" if step.group else step.key


class UndeclaredMark(ValueError):
    """A reader settled or reopened a step its own step does not declare."""


def answered(key: str, result: a.Taken) -> IntakeState:
    """The draft after step `key` took an answer: the steps it reopens unmarked, then it
    and the steps it settles marked — only those its step declares."""
    step = BY_KEY[split_key(key)[0]]
    for wanted, allowed in ((result.settles, step.settles), (result.reopens, step.resets)):
        undeclared = [k for k in wanted if split_key(k)[0] not in allowed]
        if undeclared:
            raise UndeclaredMark(f"{step.key} marks {undeclared} it does not declare")
    return result.state.unmark(*result.reopens).mark(key, *result.settles)


def plan(sit: a.Situation) -> list[str]:
    """Every step key that applies now, in order, with groups expanded into rounds."""
    keys: list[str] = []
    position = 0
    while position < len(TABLE):
        step = TABLE[position]
        if step.group is None:
            if step.when(sit):
                keys.append(step.key)
            position += 1
            continue
        members = [s for s in TABLE[position:] if s.group is step.group]
        rounds = step.group.rounds(sit.state)
        for index in range(step.group.first, step.group.first + rounds):
            keys.extend(step_key(s, index) for s in members if s.when(sit))
        position += len(members)
    return keys


def _order(key: str) -> tuple[int, int, int]:
    """Where a step key comes in the conversation: groups are asked round by round."""
    name, index = split_key(key)
    step = BY_KEY[name]
    position = TABLE.index(step)
    if step.group is None:
        return (position, 0, 0)
    start = next(i for i, s in enumerate(TABLE) if s.group is step.group)
    return (start, index, position)


def followers(answered: tuple[str, ...], key: str) -> list[str]:
    """The answered steps after `key` on the same summary row: asked again when `key` is
    answered from the summary's 「変更」 (a new name brings its ふりがな, a new number
    of troubles the ◎, the household each of its members)."""
    row = BY_KEY[split_key(key)[0]].summary
    if row is None:
        return []
    return [
        k for k in answered if BY_KEY[split_key(k)[0]].summary == row and _order(k) > _order(key)
    ]


def next_key(sit: a.Situation) -> str:
    """The first step that applies and is not answered yet; the summary when none is left."""
    answered = set(sit.state.answered)
    return next((key for key in plan(sit) if key not in answered), SUMMARY)


def read_answer(step: Step, given: a.Given, sit: a.Situation, index: int) -> a.Result:
    """The step's reader, after 「ない」 (kept as なし) where that is an answer."""
    if step.none_said(given):
        return a.Taken(a.fill(sit.state, step.forgets, index, say.NONE_VALUE))
    return step.read(given, sit, index)


def ask_text(step: Step, sit: a.Situation, index: int, profile: IntakeProfile, easy: bool) -> str:
    template = profile.wording.get(step.key)
    if template is None and sit.state.relation != "self":
        template = say.HELPER_ASK.get(step.key)
    if template is None and easy:
        template = say.ASK_EASY.get(step.key)
    if template is None:
        template = say.ASK[step.key]
    if step.key == "troubles_confirm" and len(sit.state.proposed) == 1:
        template = say.ASK["troubles_confirm_one"]
    if step.key == "member_relation" and a.relation_check(sit.state, index) is not None:
        template = say.ASK["member_relation_check"]
    if step.key == "living" and sit.state.section("household").get("size") == 1:
        template = say.ASK["living_alone"]  # no family to tell of
    params = step.params(sit, index) if step.params else {}
    return template.format(**params)

"""What the message catalogue holds: every Japanese sentence and button label a resident
meets on the main path (welcome, menu, the つなぐシート, consent, hand-off, crisis, the
re-asks), collected from the wording modules where they are written.

`scripts/catalogue.py` writes them as the template `handlers/locales/tsunagu.pot` and
merges it into each language's `.po`; `tests/languages` checks that every key is
translated in every language offered."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Final

from directory.hotlines import load_hotline_file
from directory.opening import UNKNOWN_HOURS_TEXT
from handlers import cards, catalog, data_rights, languages, search
from handlers.handoff import checkin, consent_text, wording
from handlers.intake import answers
from handlers.intake import catalog as intake
from nlu import categories

# Sentences written where they are used, and the shapes of sentences put together from
# parts (each part is a key of its own): `{name}` stands for a value.
INLINE: Final[tuple[tuple[str, str], ...]] = (
    ("相談先に、この内容を共有してよいですか。", "handlers/handoff/flow.py"),
    ("共有してよいですか", "handlers/handoff/flow.py"),
    ("24時間", "handlers/crisis.py"),
    ("いまは受付時間外です", "handlers/crisis.py"),
    ("毎日 {open}〜{close}", "handlers/crisis.py"),
    ("平日 {open}〜{close}", "handlers/crisis.py"),
    ("受付時間は日によって変わります", "handlers/crisis.py"),
    ("あなたの言葉で話せます", "handlers/crisis.py"),
    ("音声案内のあと「{key}」を押してください", "handlers/crisis.py"),
    ("日本語で話します", "handlers/crisis.py"),
    ("こんにちは。", "handlers/idle.py"),
    ("それだけです", "handlers/intake/steps.py"),
    ("{category}のこと", "handlers/intake/steps.py"),
    ("○{category}", "handlers/intake/answers.py"),
    ("◎{category}", "handlers/intake/summary.py"),
    ("{label}を変更", "handlers/intake/summary.py"),
    ("{label}（{n}人目）", "handlers/intake/summary.py"),
    ("{n}人目の方", "handlers/intake/answers.py"),
    ("受付中", "handlers/cards.py"),
    ("時間外", "handlers/cards.py"),
    ("受付時間を確認中", "handlers/cards.py"),
    ("相談先のご案内", "handlers/cards.py"),
    ("・{name}", "handlers/handoff/consent_text.py"),
    ("{month}月{day}日({weekday}) {hour}時{minute}分", "handlers/handoff/next_steps.py"),
    ("{month}月{day}日({weekday}) {hour}時", "handlers/handoff/next_steps.py"),
    *((day, "handlers/handoff/next_steps.py:WEEKDAY_JA") for day in "月火水木金土日"),
    # Words of the cards LINE shows (agency cards, hotlines, the sheet), put in by `bot/`.
    ("緊急の連絡先", "bot/render.py"),
    ("電話する {number}", "bot/render.py"),
    ("（なし）", "bot/render.py"),
    ("市役所の窓口でおたずねください", "bot/flex_agency.py"),
    ("受付時間はお問い合わせください", "bot/flex_agency.py"),
    ("地図を見る", "bot/flex_agency.py"),
    ("くわしく", "bot/flex_agency.py"),
    ("相談窓口", "bot/flex_agency.py"),
    ("ご相談の内容に合う窓口です", "bot/flex_agency.py"),
    ("相談できること", "bot/flex_agency.py"),
    ("お困りごとの相談", "bot/flex_agency.py"),
    ("受付時間", "bot/flex_agency.py"),
    ("場所", "bot/flex_agency.py"),
    ("相談窓口のご案内", "bot/flex_agency.py"),
    # Whether an agency takes calls now, and whose number a card shows (`directory/`).
    ("受付中（{time}まで）", "directory/opening.py"),
    ("いまは受付時間外です。", "directory/opening.py"),
    ("次は{when}から", "directory/opening.py"),
    ("次の受付日は確認中です", "directory/opening.py"),
    ("祝日の受付は確認できていません。", "directory/opening.py"),
    ("年末年始の受付は確認できていません。", "directory/opening.py"),
    (UNKNOWN_HOURS_TEXT, "directory/opening.py"),
    (cards.UNKNOWN_HOURS_VISIT, "handlers/cards.py"),
    ("きょう {clock}", "directory/opening.py:when_text"),
    ("あす({weekday}) {clock}", "directory/opening.py:when_text"),
    ("{month}月{day}日({weekday}) {clock}", "directory/opening.py:when_text"),
    ("『{japanese}の相談』とお伝えください", "directory/contact.py"),
    # The numbers every crisis answer gives, named in the resident's language (the other
    # lines keep their Japanese names: the desk that answers speaks Japanese).
    ("警察（110番）", "directory/data/hotlines.yaml"),
    ("消防・救急（119番）", "directory/data/hotlines.yaml"),
    ("児童相談所虐待対応ダイヤル「189（いちはやく）」", "directory/data/hotlines.yaml"),
    ("{agency}の番号です。", "directory/contact.py"),
    ("{city}役所の代表番号です。", "directory/contact.py"),
    ("{window}の窓口でおたずねください", "directory/contact.py"),
    # The residents' rich menu in their language (`bot/richmenu.py`; its other labels are
    # the main menu's).
    ("続きから", "bot/richmenu.py"),
    ("お困りごとを話す", "bot/richmenu.py"),
    ("すぐ電話できる番号", "bot/richmenu.py"),
    ("前の相談の続き", "bot/richmenu.py"),
    ("メニュー", "bot/richmenu.py"),
    # The buttons of 「同意・データのこと」.
    *((choice.label, "handlers/data_rights.py") for choice in data_rights.BUTTONS),
)
# The wording modules, and the names in each that hold sentences (not typed words).
MODULES: Final[tuple[tuple[ModuleType, tuple[str, ...]], ...]] = (
    (
        catalog,
        (
            "WELCOME",
            "WELCOME_BACK",
            "MENU_PROMPT",
            "MENU_CONSULT",
            "MENU_SEARCH",
            "MENU_HUMAN",
            "MENU_EMERGENCY",
            "MENU_NEW_CONSULTATION",
            "CRISIS_LEAD",
            "CRISIS_LEAD_TAKING_OTHERS",
            "CRISIS_LEAD_MAY_HARM",
            "CRISIS_LEAD_FOR_ANOTHER",
            "CRISIS_STAFF_TOLD",
            "CRISIS_CHECK_LEAD",
            "CRISIS_CHECK_QUESTION",
            "CRISIS_CHECK_YES",
            "CRISIS_CHECK_NO",
            "CRISIS_CHECK_NOT_NOW",
            "CRISIS_CHECK_FIRST",
            "CRISIS_CHECK_AGAIN",
            "CRISIS_CHECK_UNANSWERED",
            "EMERGENCY_LEAD",
            "HUMAN_REQUESTED",
            "LATE_MESSAGE",
            "RESTART_CONFIRM",
            "RESTART_YES",
            "RESTART_NO",
            "FAREWELL_AFTER_CRISIS",
            "STAFF_JOINED",
            "STAFF_WROTE",
            "STAFF_MACHINE_TRANSLATED",
            "STAFF_LEFT",
            "NOT_UNDERSTOOD",
            "MEDIA_RECEIVED",
            "PHOTO_ANSWERS",
            "THANKS_REPLY",
            "STOPPED",
            "HOURS_REPLY",
            "HELP_REPLY",
        ),
    ),
    (
        intake,
        (
            "BY_BUTTONS",
            "DONE",
            "SOMETHING_ELSE",
            "NO_ANSWER",
            "DONT_KNOW",
            "NOTHING",
            "SKIP",
            "ANONYMOUS",
            "PICK_DATE",
            "BACK",
            "RESTART",
            "PAUSE",
            "GO_ON",
            "EASY",
            "NONE_VALUE",
            "CONTINUE",
            "FROM_START",
            "SEND",
            "CHANGE",
            "YES_THERE_ARE",
            "NO_THERE_ARENT",
            "ASK",
            "ASK_EASY",
            "HELPER_ASK",
            "CONSULTER_CHOICES",
            "GENDER_CHOICES",
            "SIZE_CHOICES",
            "RELATION_CHOICES",
            "SUMMARY_TITLE",
            "SUMMARY_ALT",
            "LABEL",
            "NOT_GIVEN",
            "ANONYMOUS_VALUE",
            "AGE",
            "PEOPLE",
            "OTHER_DETAIL",
            "ANONYMOUS_EXPLAINED",
            "NAV_HINT",
            "STORY_TAKEN",
            "STORY_ADDED",
            "COURTESY_BACK",
            "SAVED_AND_PAUSED",
            "RESTARTED",
            "TAKE_YOUR_TIME",
            "NOTHING_BEFORE",
            "CORRECTED",
            "ANSWER_PUT_RIGHT",
            "NAME_PUT_RIGHT",
            "CORRECTION_HOW",
            "WRITERS_NAME_KEPT",
            "THANK_YOU_STORY",
            "OUTSIDE_CITY",
            "OUTSIDE_CITY_CONTACTS",
            "POSTAL_NOT_FOUND",
            "CATEGORIES_NONE",
            "CATEGORIES_CHOSEN",
            "SENT_TO_HANDOFF",
            "AGAIN",
            "MEDIA",
            "SIZE_MORE",
            "TOO_LONG",
            "ONLY_SYMBOLS",
            "NOT_A_NAME",
            "STUCK",
        ),
    ),
    (
        search,
        (
            "UNKNOWN_AREA",
            "ASK_FIELD",
            "NEARBY",
            "ASK_AREA",
            "FIELD_AGAIN",
            "AREA_AGAIN",
            "OUTSIDE",
            "RESULTS_LEAD",
            "PLACE_RESULTS_LEAD",
            "NO_RESULTS",
            "COMPLEX_NOTE",
        ),
    ),
    (
        wording,
        (
            "SUGGESTIONS_LEAD",
            "NO_SUGGESTIONS",
            "ASK_AGAIN",
            "SENT",
            "SENT_FOR_SOMEONE_ELSE",
            "DECLINED",
            "DECLINED_NO_CONTACTS",
            "NEXT_CRISIS",
            "NEXT_OPEN",
            "NEXT_CLOSED",
            "NEXT_UNKNOWN",
            "CHANGE_MIND",
            "CASE_NUMBER",
            "ADDED",
            "WHEN_OPEN",
            "WHEN_CLOSED",
            "WHEN_UNKNOWN",
            "WHEN_STAFF_JUST_WROTE",
            "CASE_OPEN",
            "WITHDRAW_ASK",
            "WITHDRAW_YES",
            "WITHDRAW_NO",
            "WITHDRAW_KEPT",
            "CRISIS_GOES_ON",
            "WITHDRAW_RECEIVED",
            "WITHDRAW_DONE",
            "THANKED",
            "PERSONS_CONSENT_STANDS",
            "NOTHING_TO_WITHDRAW",
            "SHARED_LIST_LEAD",
            "SHARED_LIST_EMPTY",
            "SHARED_LIST_BASIS",
            "SHARED_LIST_WAITING",
            "SHARED_LIST_LINE",
            "DATA_CASE_LINE",
            "PLACES_LEAD",
            "PLACES_NOT_SHARED",
        ),
    ),
    (
        consent_text,
        (
            "NOT_THE_PERSON",
            "PURPOSE",
            "AGREE_LABEL",
            "DECLINE_LABEL",
            "LINE_WITHDRAWAL",
            "LINE_PARTS",
        ),
    ),
    (
        checkin,
        (
            "ASK",
            "ASK_YES",
            "ASK_NO",
            "CHOSE_YES",
            "CHOSE_NO",
            "CASE_GONE",
            "CHECK_IN",
            "CHECK_IN_ALT",
            "ANSWERS",
            "THANKS",
        ),
    ),
    (
        data_rights,
        ("MENU_LABEL", "LEAD", "CONFIRM", "ERASED", "ERASURE_HELD", "KEPT", "SHARING_COMING"),
    ),
    (answers, ("MEMBER_FIELDS",)),
    (categories, ("CATEGORY_LABELS", "CATEGORY_SHORT")),
    (languages, ("CHOSEN",)),
)


def _strings(value: object) -> Iterator[str]:
    """The sentences in a constant: a string, or the strings of a dict's values, a
    tuple's items, a (value, label) pair's label."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, tuple):
        if len(value) == 2 and all(isinstance(v, str) for v in value):
            yield value[1]  # (value, label): the label is shown
        else:
            for item in value:
                yield from _strings(item)


def source_messages() -> dict[str, str]:
    """Every key, in order, with where it is written."""
    found: dict[str, str] = {}
    for module, names in MODULES:
        where = module.__name__.replace(".", "/") + ".py"
        for name in names:
            for text in _strings(getattr(module, name)):
                found.setdefault(text, f"{where}:{name}")
    for text, where in INLINE:
        found.setdefault(text, where)
    for line in load_hotline_file().hotlines:
        # The hours of a line that answers in other languages, shown under its number.
        if line.languages and line.hours.text and not line.hours.is_24h:
            found.setdefault(line.hours.text, f"directory/data/hotlines.yaml:{line.id}")
    return found

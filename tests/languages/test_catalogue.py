"""The message catalogue: every key the bot says is translated in every language offered,
the files translators edit (.po) and the ones the bot reads (.mo) say the same, and a
reply is put into the resident's language sentence by sentence."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.limits import MAX_ACTION_LABEL
from handlers import catalog, data_rights
from handlers.context import TurnContext
from handlers.handoff import checkin, consent_text, wording
from handlers.i18n import EASY, LANGUAGES, SOURCE, Catalogue, language_of
from handlers.intake import catalog as intake
from handlers.languages import in_source_words
from handlers.locale_keys import source_messages
from handlers.menu import MAIN_MENU
from handlers.messages import Buttons, Choice, Reply, SheetSummary, Text, TextIn, Value
from handlers.session import Session
from nlu.categories import CATEGORY_SHORT
from tsunagu.languages import LOCALES, load_catalogue, po_path, read_mo

# The languages this version offers: each must be complete.
COMPLETE = ("ja-easy", "en", "vi", "pt", "zh-Hans", "ko", "fil", "es")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.mark.parametrize("code", COMPLETE)
def test_every_key_is_translated(catalogue: Catalogue, code: str) -> None:
    assert catalogue.missing(code) == []
    assert catalogue.complete(code)


def test_only_complete_languages_are_offered(catalogue: Catalogue) -> None:
    offered = [language.code for language in catalogue.offered]
    assert offered[0] == SOURCE
    assert set(COMPLETE) <= set(offered)
    for code in offered:
        assert catalogue.complete(code)
    # A language with one key left in Japanese is not offered.
    known = dict(catalogue.messages["vi"])
    known.pop(next(iter(source_messages())))
    partial = Catalogue({"vi": known}, catalogue.keys)
    assert "vi" not in [language.code for language in partial.offered]


@pytest.mark.parametrize("code", COMPLETE)
def test_translations_keep_the_placeholders(catalogue: Catalogue, code: str) -> None:
    for key in source_messages():
        said = catalogue.messages[code][key]
        assert set(_PLACEHOLDER.findall(said)) == set(_PLACEHOLDER.findall(key)), (key, said)


BUTTONS = (
    *(choice.label for choice in MAIN_MENU),
    catalog.MENU_NEW_CONSULTATION,
    catalog.CRISIS_CHECK_YES,
    catalog.CRISIS_CHECK_NO,
    catalog.RESTART_YES,
    catalog.RESTART_NO,
    consent_text.AGREE_LABEL,
    consent_text.DECLINE_LABEL,
    *(getattr(intake, name) for name in ("BY_BUTTONS", "DONE", "SOMETHING_ELSE", "NO_ANSWER")),
    *(getattr(intake, name) for name in ("DONT_KNOW", "NOTHING", "SKIP", "ANONYMOUS")),
    *(getattr(intake, name) for name in ("PICK_DATE", "BACK", "RESTART", "PAUSE", "GO_ON")),
    *(getattr(intake, name) for name in ("EASY", "CONTINUE", "FROM_START", "SEND", "CHANGE")),
    *(label for _, label in intake.CONSULTER_CHOICES + intake.GENDER_CHOICES),
    *(label for _, label in intake.SIZE_CHOICES + intake.RELATION_CHOICES),
    *CATEGORY_SHORT.values(),
    checkin.ASK_YES,
    checkin.ASK_NO,
    *checkin.ANSWERS.values(),
    *(choice.label for choice in data_rights.BUTTONS),
)


@pytest.mark.parametrize("code", COMPLETE)
def test_button_labels_fit_on_a_button(catalogue: Catalogue, code: str) -> None:
    """LINE cuts a label past 20 characters: a translated one stays whole."""
    for label in BUTTONS:
        said = catalogue.messages[code][label]
        assert len(said) <= MAX_ACTION_LABEL, (label, said)


@pytest.mark.parametrize("code", COMPLETE)
def test_the_compiled_catalogue_is_the_po_file(code: str) -> None:
    with po_path(code).open("rb") as source:
        po = read_po(source)
    compiled = io.BytesIO()
    write_mo(compiled, po, use_fuzzy=False)
    assert read_mo(compiled.getvalue()) == read_mo(po_path(code).with_suffix(".mo").read_bytes())


def test_the_template_holds_every_key() -> None:
    with (LOCALES / "tsunagu.pot").open("rb") as source:
        template = read_po(source)
    assert {message.id for message in template if message.id} == set(source_messages())


def test_the_wording_modules_are_the_keys() -> None:
    keys = source_messages()
    for said in (catalog.WELCOME, catalog.MENU_PROMPT, intake.ASK["story"], wording.SENT):
        assert said in keys
    assert all(choice.label in keys for choice in MAIN_MENU)


def test_a_reply_is_said_in_the_language(catalogue: Catalogue) -> None:
    reply = Reply(
        (
            Text(wording.CASE_NUMBER.format(number="B-0042")),
            Buttons(
                "相談先に、この内容を共有してよいですか。", (Choice("同意しない", "a=consent"),)
            ),
        ),
        quick_replies=MAIN_MENU,
    )
    said = catalogue.reply(reply, "en")
    first, second = said.messages
    assert isinstance(first, Text) and first.text.startswith("Your reference number is B-0042.")
    assert isinstance(second, Buttons) and second.buttons[0].label == "Do not agree"
    button = second.buttons[0]
    assert isinstance(button, Choice) and button.data == "a=consent"  # it does the same
    assert [c.label for c in said.quick_replies][:2] == ["Talk to us", "Find a help desk"]
    assert catalogue.reply(reply, SOURCE) == reply


def test_sentences_put_together_are_each_translated(catalogue: Catalogue) -> None:
    said = catalogue.text("こんにちは。" + catalog.HELP_REPLY, "pt")
    assert said.startswith("Olá. Escreva com suas palavras")
    labels = "介護のこと、健康のこと"
    asked = intake.ASK["troubles_confirm"].format(labels=labels)
    assert catalogue.text(asked, "en").startswith("You are troubled about Nursing care, Health.")


@pytest.mark.parametrize("code", COMPLETE)
def test_the_places_to_belong_are_offered_in_the_language(catalogue: Catalogue, code: str) -> None:
    """An independent tester's: the offer after the consent was Japanese in every language
    (the places' own names and descriptions are the directory's, in Japanese)."""
    place = wording.PLACE_LINE.format(name="もも太郎体操", kind="通いの場", description="体操")
    offer = "\n".join((wording.PLACES_LEAD, place, wording.PLACES_NOT_SHARED))
    said = catalogue.text(offer, code).split("\n")
    assert said[0] == catalogue.text(wording.PLACES_LEAD, code) != wording.PLACES_LEAD
    assert said[-1] == catalogue.text(wording.PLACES_NOT_SHARED, code)
    assert said[-1] != wording.PLACES_NOT_SHARED and "もも太郎体操" in said[1]


def test_what_is_not_in_the_catalogue_stays_as_written(catalogue: Catalogue) -> None:
    for text in ("岡山市北区中央福祉事務所", "山田一人", "My rent is late"):
        assert catalogue.text(text, "vi") == text


def test_language_tags_from_line() -> None:
    assert language_of("pt-BR") == "pt"
    assert language_of("zh-CN") == "zh-Hans"
    assert language_of("vi") == "vi"
    assert language_of("zh-TW") is None
    assert language_of("de") is None
    assert language_of(None) is None
    assert {language.code for language in LANGUAGES} >= {SOURCE, EASY, *COMPLETE}


@pytest.mark.parametrize("code", [code for code in COMPLETE if code != EASY])
def test_a_consent_asked_of_a_relative_is_said_whole_in_their_language(
    catalogue: Catalogue, code: str
) -> None:
    """The block that tells a relative their yes waits for the person's own is one key of
    two lines: it is found as a whole, not left in Japanese."""
    asked = consent_text.consent_text(["地域包括支援センター"], True, not_the_person=True)
    said = catalogue.text(asked.text, code)
    assert "■ご本人の同意" not in said
    assert catalogue.text(consent_text.NOT_THE_PERSON, code) in said


@pytest.mark.parametrize("code", [code for code in COMPLETE if code != EASY])
def test_commands_typed_in_the_language_are_read_as_the_japanese_words(
    catalogue: Catalogue, code: str
) -> None:
    """What the bot tells a resident to send (withdraw consent, pause, back…) works when
    they type it in their language, as the consent and the hints quote it."""
    told = catalogue.text(consent_text.LINE_WITHDRAWAL, code)
    quoted = re.findall(r"[「“\"«]([^」”\"»]+)[」”\"»]", told)
    assert len(quoted) == 1, told
    assert catalogue.source_of(quoted[0], code) == "同意を取り消す"
    assert catalogue.source_of(f" {quoted[0].upper()}。", code) == "同意を取り消す"
    assert catalogue.source_of(catalogue.text(intake.BACK, code), code) == intake.BACK


def test_words_that_are_no_command_stay_as_typed(catalogue: Catalogue) -> None:
    assert catalogue.source_of("My husband lost his job last month", "en") is None
    assert catalogue.source_of("同意を取り消す", SOURCE) is None
    assert catalogue.source_of("Withdraw consent", EASY) is None


def test_words_of_several_meanings_mean_the_button_shown(catalogue: Catalogue) -> None:
    """「No」 is ない and いいえ: alone it means neither, beside the buttons of a question it
    means the one shown."""
    assert catalogue.source_of("No", "en") is None
    assert catalogue.source_of("No", "en", ("ある", "ない", "戻る")) == "ない"
    assert catalogue.source_of("no", "en", ("はい", "いいえ")) == "いいえ"
    assert catalogue.source_of("No", "en", ("ある", "ない", "はい", "いいえ")) is None


@pytest.mark.parametrize(("code", "typed"), [("vi", "Không"), ("pt", "Não"), ("en", "no")])
def test_a_no_that_no_button_settles_means_nothing(
    catalogue: Catalogue, code: str, typed: str
) -> None:
    """A third tester's: 「Không」 typed for a household member's note was kept as the note.
    Where no button settles it, a word meaning both ない and いいえ is 「ない」, which a
    question that takes 「nothing」 reads so; at a yes/no question it is いいえ."""
    ctx = TurnContext(now=datetime(2026, 12, 7, 12, tzinfo=UTC), municipality="okayama",
                      language=code, catalogue=catalogue)  # fmt: skip
    at_a_note = Session(flow="intake", step="member_note:1", offered=("特にない", "戻る"))
    read = in_source_words(TextIn(typed), ctx, at_a_note)
    assert isinstance(read, TextIn) and read.text == "ない"
    at_yes_or_no = Session(offered=("はい", "いいえ"))
    read = in_source_words(TextIn(typed), ctx, at_yes_or_no)
    assert isinstance(read, TextIn) and read.text == "いいえ"
    assert in_source_words(TextIn("Minh"), ctx, at_a_note) == TextIn("Minh")


@pytest.mark.parametrize(("code", "typed"), [("vi", "Có"), ("en", "Yes"), ("pt", "Sim")])
def test_a_yes_that_no_button_settles_means_yes(
    catalogue: Catalogue, code: str, typed: str
) -> None:
    """「Có」 is ある and はい: at the consent, whose buttons are neither, it is 「はい」."""
    ctx = TurnContext(now=datetime(2026, 12, 7, 12, tzinfo=UTC), municipality="okayama",
                      language=code, catalogue=catalogue)  # fmt: skip
    at_consent = Session(
        flow="handoff", step="consent", offered=("同意して相談をつなぐ", "同意しない")
    )
    read = in_source_words(TextIn(typed), ctx, at_consent)
    assert isinstance(read, TextIn) and read.text == "はい"


def test_marks_that_turn_text_around_are_not_echoed_in_the_summary(catalogue: Catalogue) -> None:
    """A third tester's: 「…rent \u202egnp.exe\u202c」, cut short in a notification, left
    the turning mark open."""
    story = "I cannot pay my rent \u202egnp.exe\u202c please help"
    summary = SheetSummary("つなぐシート", (("ご相談の内容", Value.written(story), None),), "確認")
    for shown in (summary, catalogue.reply(Reply((summary,)), "en").messages[0]):
        assert isinstance(shown, SheetSummary)
        assert "\u202e" not in shown.in_words and "gnp.exe" in shown.in_words

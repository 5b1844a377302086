"""「相談窓口を探す」: pick a field (or type words such as 「認知症」「家賃」), then a
福祉区 / 区 (or 「わからない」), and see the agencies as cards.

Steps: `field` → `area` (only in cities with 区) → results, back to the main menu."""

from __future__ import annotations

from collections.abc import Sequence

from directory.keywords import search_words
from directory.loader import Directory, load_directory
from directory.places import resolve_place
from directory.router import suggest
from handlers.cards import agency_cards
from handlers.context import Outcome, TurnContext
from handlers.menu import MAIN_MENU
from handlers.messages import Choice, Inbound, Outbound, PostbackIn, Reply, Text, TextIn
from handlers.postback import parse_payload, payload
from handlers.session import Session
from nlu.categories import CATEGORY_IDS, CATEGORY_SHORT
from nlu.types import Understanding

NAME = "search"
UNKNOWN_AREA = "わからない"
MAX_MISSES = 2

ASK_FIELD = (
    "どんなことの相談先を探しますか。\n"
    "ボタンを選ぶか、「認知症」「家賃」のように言葉で書いてください。"
)
ASK_AREA = "お住まいの地域を選んでください。わからないときは「わからない」で大丈夫です。"
FIELD_AGAIN = "ごめんなさい、どの分野か読み取れませんでした。近いものをボタンから選んでください。"
AREA_AGAIN = "地域が読み取れませんでした。ボタンから選んでください。"
RESULTS_LEAD = "こちらが相談先です。「受付中」の窓口は、いま電話がつながります。"
NO_RESULTS = (
    "ごめんなさい、合う窓口が見つかりませんでした。"
    "「担当者と話したい」と書いていただければ、市の担当者がご案内します。"
)
COMPLEX_NOTE = (
    "いくつかの窓口にまたがるご相談は、「相談する」から市の担当者におつなぎすると、"
    "窓口どうしで連携してお手伝いします。"
)

FIELD_CHOICES: tuple[Choice, ...] = tuple(
    Choice(CATEGORY_SHORT[c], payload(NAME, c=c)) for c in CATEGORY_IDS
)


def area_names(directory: Directory) -> tuple[str, ...]:
    """福祉区 where the city has them, else 区; empty for cities without 区."""
    municipality = directory.municipality
    if municipality.welfare_districts:
        return tuple(d.name for d in municipality.welfare_districts)
    return tuple(w.name for w in municipality.wards)


def area_choices(directory: Directory) -> tuple[Choice, ...]:
    areas = tuple(Choice(name, payload(NAME, d=name)) for name in area_names(directory))
    return (*areas, Choice(UNKNOWN_AREA, payload(NAME, d="")))


def ask_field(session: Session) -> Outcome:
    reply = Reply((Text(ASK_FIELD),), quick_replies=FIELD_CHOICES)
    return Outcome(session.at(NAME, "field", data={}), reply)


def results(
    categories: Sequence[str], district: str | None, session: Session, ctx: TurnContext
) -> Outcome:
    """The cards for the fields and area; the conversation returns to the main menu."""
    directory = load_directory(ctx.municipality)
    found = suggest(directory, categories, categories[0], None, district, ctx.now)
    done = session.at("idle", None, data={})
    if not found.agencies:
        return Outcome(done, Reply((Text(NO_RESULTS),), quick_replies=MAIN_MENU))
    messages: list[Outbound] = [Text(RESULTS_LEAD), agency_cards(found, ctx.municipality)]
    if found.complex_case:
        messages.append(Text(COMPLEX_NOTE))
    return Outcome(done, Reply(tuple(messages), quick_replies=MAIN_MENU))


def after_field(categories: Sequence[str], session: Session, ctx: TurnContext) -> Outcome:
    directory = load_directory(ctx.municipality)
    if not area_names(directory):
        return results(categories, None, session, ctx)
    reply = Reply((Text(ASK_AREA),), quick_replies=area_choices(directory))
    return Outcome(session.at(NAME, "area", data={"categories": list(categories)}), reply)


def fields_from(
    message: Inbound, understanding: Understanding | None, ctx: TurnContext
) -> list[str]:
    if isinstance(message, PostbackIn):
        chosen = parse_payload(message.data).get("c")
        return [chosen] if chosen in CATEGORY_IDS else []
    if not isinstance(message, TextIn):
        return []
    words = search_words(load_directory(ctx.municipality), message.text).categories
    understood = understanding.categories if understanding is not None else ()
    return list(dict.fromkeys((*words, *understood)))


def area_from(message: Inbound, directory: Directory) -> str | None:
    """The 福祉区 / 区 named, "" for 「わからない」, None when not understood."""
    if isinstance(message, PostbackIn):
        values = parse_payload(message.data)
        return values.get("d") if "d" in values else None
    if not isinstance(message, TextIn):
        return None
    text = message.text.strip()
    if text in (UNKNOWN_AREA, "分からない", "わかりません", "不明"):
        return ""
    place = resolve_place(directory.municipality, text)
    return place.label


class SearchFlow:
    name = NAME

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        return ask_field(session)

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        if session.step == "area":
            directory = load_directory(ctx.municipality)
            reply = Reply((Text(ASK_AREA),), quick_replies=area_choices(directory))
            return Outcome(session, reply)
        return Outcome(session, Reply((Text(ASK_FIELD),), quick_replies=FIELD_CHOICES))

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        if session.step == "area":
            return self._area(session, message, ctx)
        fields = fields_from(message, understanding, ctx)
        if fields:
            return after_field(fields, session, ctx)
        return self._again(session, FIELD_AGAIN, FIELD_CHOICES)

    def _area(self, session: Session, message: Inbound, ctx: TurnContext) -> Outcome:
        directory = load_directory(ctx.municipality)
        categories = [c for c in session.data.get("categories", ()) if c in CATEGORY_IDS]
        if not categories:
            return ask_field(session)
        area = area_from(message, directory)
        if area is None:
            return self._again(session, AREA_AGAIN, area_choices(directory))
        return results(categories, area or None, session, ctx)

    def _again(self, session: Session, text: str, choices: tuple[Choice, ...]) -> Outcome:
        missed = session.missed()
        if missed.misses > MAX_MISSES:
            return Outcome(
                session.at("idle", None, data={}),
                Reply((Text(NO_RESULTS),), quick_replies=MAIN_MENU),
            )
        return Outcome(missed, Reply((Text(text),), quick_replies=choices))

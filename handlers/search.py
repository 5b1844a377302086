"""「相談窓口を探す」: pick a field (or type words such as 「認知症」「家賃」), then say
where you live as you would say it — a 区 (北区), a 町 (「北区の鹿田町です」), a 〒
(700-0914) or 「近く」 with LINE's location — and see the agencies as cards. The 福祉区
is found from the city's area table (`directory/areas.py`); nobody is asked for one.

Steps: `field` → `area` (only in cities with 区) → results, back to the main menu."""

from __future__ import annotations

from collections.abc import Sequence

from directory.areas import area_table, place_for_postal, place_for_words, place_near
from directory.keywords import search_words
from directory.loader import Directory, load_directory
from directory.places import Place, resolve_place
from directory.router import suggest
from handlers.cards import agency_cards
from handlers.context import Outcome, TurnContext
from handlers.menu import MAIN_MENU
from handlers.messages import (
    Choice,
    Inbound,
    LocationChoice,
    MediaIn,
    Outbound,
    PostbackIn,
    QuickReply,
    Reply,
    Text,
    TextIn,
)
from handlers.postback import payload
from handlers.session import Session
from nlu.categories import CATEGORY_IDS, CATEGORY_SHORT
from nlu.extract.places import address_place, lookup_postal
from nlu.extract.postal_codes import find_postal_code
from nlu.extract.text import normalise
from nlu.types import Understanding

NAME = "search"
UNKNOWN_AREA = "わからない"
MAX_MISSES = 2

ASK_FIELD = (
    "どんなことの相談先を探しますか。\n"
    "ボタンを選ぶか、「認知症」「家賃」のように言葉で書いてください。"
)
NEARBY = "近く"
ASK_AREA = (
    "お住まいの区か町の名前、郵便番号を書いてください（例:「北区の鹿田町」「700-0914」）。\n"
    "「近く」を押すと、いまいる場所から探します。わからないときは「わからない」で大丈夫です。"
)
FIELD_AGAIN = "ごめんなさい、どの分野か読み取れませんでした。近いものをボタンから選んでください。"
AREA_AGAIN = (
    "場所が読み取れませんでした。区をボタンから選ぶか、町の名前か郵便番号を書いてください。"
)
OUTSIDE = "市の外の場所のようです。お住まいの区をボタンから選んでください。"
RESULTS_LEAD = "こちらが相談先です。「受付中」の窓口は、いま電話がつながります。"
PLACE_RESULTS_LEAD = "{place}の方の相談先です。「受付中」の窓口は、いま電話がつながります。"
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


# The search keeps what it has asked under its own key: the rest of the conversation (a
# draft sheet to resume, crisis flags, a 民生委員's visits) stays as it was.
SEARCH_KEY = "search"


def _without_search(session: Session) -> dict[str, object]:
    return {k: v for k, v in session.data.items() if k != SEARCH_KEY}


def area_names(directory: Directory) -> tuple[str, ...]:
    """The city's 区 (residents know their 区, not its 福祉区); empty without 区."""
    return tuple(w.name for w in directory.municipality.wards)


def area_choices(directory: Directory) -> tuple[QuickReply, ...]:
    areas = tuple(Choice(name, payload(NAME, d=name)) for name in area_names(directory))
    return (*areas, LocationChoice(NEARBY), Choice(UNKNOWN_AREA, payload(NAME, d="")))


def ask_field(session: Session) -> Outcome:
    reply = Reply((Text(ASK_FIELD),), quick_replies=FIELD_CHOICES)
    return Outcome(session.at(NAME, "field", data=_without_search(session)), reply)


def results(
    categories: Sequence[str], district: str | None, session: Session, ctx: TurnContext
) -> Outcome:
    """The cards for the fields and area; the conversation returns to the main menu."""
    directory = load_directory(ctx.municipality)
    found = suggest(directory, categories, categories[0], None, district, ctx.now)
    done = session.at("idle", None, data=_without_search(session))
    if not found.agencies:
        return Outcome(done, Reply((Text(NO_RESULTS),), quick_replies=MAIN_MENU))
    lead = RESULTS_LEAD
    if found.place.label:
        lead = PLACE_RESULTS_LEAD.format(place=found.place.label)
    messages: list[Outbound] = [Text(lead), agency_cards(found, ctx.municipality)]
    if found.complex_case:
        messages.append(Text(COMPLEX_NOTE))
    return Outcome(done, Reply(tuple(messages), quick_replies=MAIN_MENU))


def after_field(categories: Sequence[str], session: Session, ctx: TurnContext) -> Outcome:
    directory = load_directory(ctx.municipality)
    if not area_names(directory):
        return results(categories, None, session, ctx)
    reply = Reply((Text(ASK_AREA),), quick_replies=area_choices(directory))
    asked = {**_without_search(session), SEARCH_KEY: {"categories": list(categories)}}
    return Outcome(session.at(NAME, "area", data=asked), reply)


def fields_from(
    message: Inbound, understanding: Understanding | None, ctx: TurnContext
) -> list[str]:
    if isinstance(message, PostbackIn):
        chosen = message.tap.get("c")
        return [chosen] if chosen in CATEGORY_IDS else []
    if not isinstance(message, TextIn):
        return []
    words = search_words(load_directory(ctx.municipality), message.text).categories
    understood = understanding.categories if understanding is not None else ()
    return list(dict.fromkeys((*words, *understood)))


def outside_the_city(text: str, directory: Directory) -> bool:
    """Whether the words name a place in another city: a 〒 there, or an address that
    begins with another 都道府県 or 市区町村 (「大阪市北区」 is not the city's 北区)."""
    city = directory.municipality.name
    written = normalise(text).removeprefix("日本").lstrip("、, ")
    postal = find_postal_code(written)
    if postal is not None:
        found = lookup_postal(postal[0])
        if found is not None:
            return not found.inside(city)
        written = postal[1]
    place = address_place(written.lstrip("〒 "), city)
    return place is not None and not place.inside(city)


def place_in_words(text: str, directory: Directory) -> Place | None:
    """A 〒 (half or full width) or a 区 / 福祉区 / 町 named in the text; None if none,
    or if the place is in another city."""
    if outside_the_city(text, directory):
        return None
    table = area_table(directory.pack_id)
    postal = find_postal_code(text)
    if postal is not None:
        found = place_for_postal(table, postal[0])
        if found is not None:
            return found
    named = resolve_place(directory.municipality, text)
    if named.known:
        return named
    return place_for_words(table, directory.municipality, text)


def place_of_location(message: MediaIn, directory: Directory) -> Place | None:
    """A LINE location: the address LINE's map gave it, else the nearest area by data."""
    if message.address:
        found = place_in_words(message.address, directory)
        if found is not None or directory.municipality.name not in message.address:
            return found
    if message.latitude is None or message.longitude is None:
        return None
    table = area_table(directory.pack_id)
    return place_near(table, directory.municipality, message.latitude, message.longitude)


def area_from(message: Inbound, directory: Directory) -> str | None:
    """The 福祉区 / 区 found, "" for 「わからない」, None when not understood."""
    if isinstance(message, PostbackIn):
        return message.tap.get("d")
    if isinstance(message, MediaIn) and message.kind == "location":
        place = place_of_location(message, directory)
        return place.label if place is not None else None
    if not isinstance(message, TextIn):
        return None
    text = message.text.strip()
    if text in (UNKNOWN_AREA, "分からない", "わかりません", "不明"):
        return ""
    place = place_in_words(text, directory)
    return place.label if place is not None else None


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
        kept = session.data.get(SEARCH_KEY)
        chosen = kept.get("categories", ()) if isinstance(kept, dict) else ()
        categories = [c for c in chosen if c in CATEGORY_IDS]
        if not categories:
            return ask_field(session)
        area = area_from(message, directory)
        if area is None:
            located = isinstance(message, MediaIn) and message.kind == "location"
            typed = message.text if isinstance(message, TextIn) else ""
            elsewhere = located or outside_the_city(typed, directory)
            return self._again(
                session, OUTSIDE if elsewhere else AREA_AGAIN, area_choices(directory)
            )
        return results(categories, area or None, session, ctx)

    def _again(self, session: Session, text: str, choices: tuple[QuickReply, ...]) -> Outcome:
        missed = session.missed()
        if missed.misses > MAX_MISSES:
            return Outcome(
                session.at("idle", None, data=_without_search(session)),
                Reply((Text(NO_RESULTS),), quick_replies=MAIN_MENU),
            )
        return Outcome(missed, Reply((Text(text),), quick_replies=choices))

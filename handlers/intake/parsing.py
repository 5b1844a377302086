"""Reading typed answers of the つなぐシート in every natural form: NFKC plus a targeted
dash map (`nlu/extract/text.py`), 和暦 by japanera, phone numbers by phonenumbers (JP);
the places a 〒 or an address names come from the post office's list through
`nlu/extract/places.py`. Polite endings (「です」「と申します」) are not part of an answer.

Each parser returns the parsed value, or None when the text is not an answer of that kind."""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date

import jaconv
import phonenumbers
from japanera import EraDate

from nlu.extract.places import PostalPlace
from nlu.extract.text import normalise as normalise

ERA_HEADS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
MAX_AGE = 130
MAX_NAME = 40
ERA_DATE = re.compile(
    r"^(明治|大正|昭和|平成|令和)(元|\d{1,2})(?:年の?|[.\-/])"  # 「昭和18年の3月3日」
    r"(?:(\d{1,2})(?:月の?|[.\-/])(?:(\d{1,2})日?)?)?"
)
ERA_HEAD = re.compile(r"^([MTSHR])(?=元|\d)", re.IGNORECASE)  # S30.5.3, S30年5月3日
WESTERN_DATE = re.compile(r"^(\d{4})[./\-年](\d{1,2})[./\-月](\d{1,2})日?$")
WESTERN_YEAR = re.compile(r"^(\d{4})年$")
BORN = re.compile(r"(?:生まれ|うまれ|生)$")
AGE = re.compile(r"^(?:満)?(\d{1,3})(?:歳|才|さい)?(?:くらい|ぐらい|位)?$")
AGE_INSIDE = re.compile(r"(?<!\d)(\d{1,3})(?:歳|才|さい)")
ERA_DATE_INSIDE = re.compile(
    r"(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年の?(?:\d{1,2}月の?(?:\d{1,2}日)?)?"
)
WESTERN_DATE_INSIDE = re.compile(r"(?<!\d)\d{4}[./\-年]\d{1,2}[./\-月]\d{1,2}日?")
WESTERN_YEAR_INSIDE = re.compile(r"(?<!\d)(?:19|20)\d{2}年")
# 「3」「3人家族」「夫婦2人」「母と2人暮らし」「母と私の弟の2人くらし」「妻と二人で住んで
# います」「妻と子ども2人の4人家族」 (「子ども2人」 is not the whole household: after other
# words, only with と, or with 家族 or 暮らし or 住んで said).
COUNT = re.compile(
    r"^(?:(?:(?:夫婦|親子|家族|うち|全部|全員|みんな)(?:は|で)?|\D{1,8}と)?"
    r"(\d{1,2})(?:人|名)?(?:家族|世帯|暮らし|くらし|ぐらし)?"
    r"|\D{1,16}[との](\d{1,2})(?:人|名)(?:暮らし|くらし|ぐらし)"
    r"|.{0,20}?(?<!\d)(\d{1,2})(?:人|名)(?:家族|世帯|で(?:住|す|暮|く|生)\S{0,10}))$"
)
COUNT_WORDS = {"ひとり": "1人", "ふたり": "2人"}  # the two counts not said with a numeral
KANJI_NUMERAL = re.compile(r"[〇一二三四五六七八九十百千]+")
POSTAL = re.compile(r"^(?:〒)?\s*(\d{3})-?(\d{4})$")
# Three and four digits standing alone (a phone number's 234-5678 is not a 〒).
POSTAL_INSIDE = re.compile(r"(?<![\d-])(?<![\d-] )(\d{3}) ?-? ?(\d{4})(?! ?[\d-])")
# What may stand before a 〒 and say only that it is one: 「郵便番号は」「〒は」「住所は〒」.
POSTAL_LABEL = re.compile(
    r"^(?:(?:郵便番号|ゆうびんばんごう|ゆうびん番号|住所|じゅうしょ)\s*(?:は|:)?)?"
    r"\s*〒?\s*(?:は|:)?\s*$"
)
POLITE_ENDING = re.compile(
    r"\s*(?:でございます|と申します|ともうします|といいます|と言います|です)[\s。.!！?？]*$"
)
# 岡山弁・関西弁 endings after a name (only there: in other answers they are words kept).
DIALECT_ENDING = re.compile(r"(?<=\S)(?:じゃ|やで|だよ)[\s。.!！]*$")
# A greeting after the answer: 「…と申します。よろしくお願いします」.
GREETING_AFTER = re.compile(
    r"[\s。、.!！]+(?:どうぞ)?(?:よろしく|宜しく)(?:お願い|おねがい)?(?:します|いたします|致します)?"
    r"[\s。.!！]*$"
)
KANA = re.compile(r"^[ぁ-ゖー・\s]+$")
# A name in Latin letters, accents allowed: 「Wang Li」「José da Silva」「O'Brien」.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
LATIN_NAME = re.compile(rf"^[{_LATIN}][{_LATIN} .'-]*$")
EMOJI_OR_SYMBOLS = re.compile(r"^[\W_]+$")


def _digits_only(text: str) -> str:
    return re.sub(r"[\s\-()]", "", text)


def without_polite_ending(text: str) -> str:
    """「山田 ハナです。」 → 「山田 ハナ」, 「長女です」 → 「長女」: a whole ending at the very
    end only (never inside a name), and never the whole answer."""
    stripped = POLITE_ENDING.sub("", GREETING_AFTER.sub("", text))
    return stripped if stripped.strip() else text


def kanji_number(numeral: str) -> int:
    """「三十」 → 30, 「十二」 → 12, 「一九五五」 and 「千九百五十五」 → 1955 (each numeral's
    value from unicodedata)."""
    total = current = 0
    for char in numeral:
        value = int(unicodedata.numeric(char))
        if value >= 10:  # 十 百 千 multiply what stands before them (nothing: one)
            total += (current or 1) * value
            current = 0
        else:
            current = current * 10 + value
    return total + current


def with_arabic_numerals(text: str) -> str:
    """「昭和三十年五月三日」 → 「昭和30年5月3日」, 「二人」 → 「2人」."""
    return KANJI_NUMERAL.sub(lambda found: str(kanji_number(found[0])), text)


# ---------------------------------------------------------------- how people say a value

# A correction: what comes after it is the answer (「70歳、いや72歳」「やっぱり母のこと」).
# 「いや」「いえ」 only when a pause follows (「いえなが」 is a name).
CORRECTION = re.compile(
    r"(?:やっぱり|やっぱ|やはり|じゃなくて|ではなくて|じゃなく|ではなく|訂正して|訂正|"
    r"まちがえました|間違えました|(?<=[、。,.\s])(?:いや|いえ)|^(?:いや|いえ)(?=[、。,.\s]))[、。,.\s]*"
)
# Words that soften a value (たしか, だいたい, 〜くらい) and say nothing about it.
HEDGE = re.compile(
    r"たしか|確か|多分|たぶん|だいたい|大体|おおよそ|およそ|約|ほぼ|"
    r"(?<=[\d歳才人])\s*(?:くらい|ぐらい|位|ほど|前後)|"
    r"(?:だったと|だと|かと)?思います$|(?:だったと|だと)?思う$|(?:だった)?かな$|かも$"
)


def latest_said(text: str) -> str:
    """What the person settled on: the words after their last correction
    (「山田、いや山本です」 → 「山本です」); the whole text when none follows."""
    parts = CORRECTION.split(text)
    last = parts[-1].strip(" 、。,.")
    return last if last else text


def without_hedges(text: str) -> str:
    """「たしか48」 → 「48」, 「80歳くらいだと思います」 → 「80歳」."""
    previous = None
    while previous != text:
        previous, text = text, HEDGE.sub("", without_polite_ending(text)).strip(" 、。,.")
    return text or previous


def _numbers_said(text: str) -> str:
    """A short answer about a number, compact: NFKC, the last correction only, no hedge,
    no spaces, no polite ending, numerals in digits."""
    value = with_arabic_numerals(latest_said(normalise(text)).replace(" ", ""))
    return without_hedges(without_polite_ending(value))


def _lone_number(value: str) -> int | None:
    """The one number a sentence holds (「母は48」), None when there are none or several."""
    numbers = re.findall(r"\d+", value)
    if re.search(r"[年月日]", value):  # 「昭和50年」 is no age
        return None
    return int(numbers[0]) if len(numbers) == 1 and len(numbers[0]) <= 3 else None


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
    """「昭和30年5月3日」「S30.5.3」「S30年5月3日」「昭和三十年五月三日」「1955/5/3」
    「1955年5月3日生まれ」「70歳」 → Birth; 「昭和30年」「1955年」 alone give the age."""
    value = ERA_HEAD.sub(lambda head: ERA_HEADS[head[1].upper()], _numbers_said(text))
    return _birth_of(BORN.sub("", value), today) or _birth_inside(value, today)


def _birth_inside(value: str, today: date) -> Birth | None:
    """A date or an age standing in a sentence: 「母は昭和21年生まれの80歳です」 → the
    date; 「たぶん80歳です」 → 80; 「母は48」 → 48."""
    for pattern in (ERA_DATE_INSIDE, WESTERN_DATE_INSIDE, WESTERN_YEAR_INSIDE):
        if found := pattern.search(value):
            return _birth_of(found[0], today)
    age = _age_inside(value)
    return Birth(age) if age is not None else None


def _age_inside(value: str) -> int | None:
    found = AGE_INSIDE.findall(value)
    age = int(found[-1]) if found else _lone_number(value)
    return age if age is not None and 0 <= age <= MAX_AGE else None


def age_in_story(story: str) -> int | None:
    """The one age a story names (「80歳の母が…」), None when it names none or several."""
    ages = set(AGE_INSIDE.findall(with_arabic_numerals(normalise(story))))
    age = int(ages.pop()) if len(ages) == 1 else None
    return age if age is not None and age <= MAX_AGE else None


def _birth_of(value: str, today: date) -> Birth | None:
    """The whole `value` as a date, a year or an age."""
    born: date | None = None
    if match := ERA_DATE.match(value):
        era, year, month, day = match.groups()
        if month is None or day is None:
            return _year_only(era, year, today)
        born = _era_date(era, year, int(month), int(day))
    elif match := WESTERN_DATE.match(value):
        try:
            born = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    elif match := WESTERN_YEAR.match(value):
        return _born_in(int(match[1]), today)
    elif match := AGE.match(value):
        age = int(match[1])
        return Birth(age) if 0 <= age <= MAX_AGE else None
    if born is None or born > today or age_on(born, today) > MAX_AGE:
        return None
    return Birth(age_on(born, today), born)


def _year_only(era: str, year: str, today: date) -> Birth | None:
    """「昭和30年」 alone: the age in years, without a day."""
    born = _era_date(era, year, 12, 31) or _era_date(era, year, 1, 1)
    return None if born is None else _born_in(born.year, today)


def _born_in(year: int, today: date) -> Birth | None:
    """Born in `year`, the day unknown: the age reached this year."""
    age = today.year - year
    return Birth(age) if 0 <= age <= MAX_AGE else None


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


def is_age_alone(text: str) -> bool:
    """An answer that gives an age and no date or year of birth: 「82歳」「たしか82」."""
    value = _numbers_said(text)
    dated = any(p.search(value) for p in (ERA_DATE_INSIDE, WESTERN_YEAR_INSIDE))
    return not dated and parse_age(text) is not None


def parse_age(text: str) -> int | None:
    """「48」「４８歳」「八十二歳」「たしか48」「48くらい」「いや、50です」「弟は50歳です」
    → the age in years."""
    value = _numbers_said(text)
    match = AGE.match(value)
    if match is None:
        return _age_inside(value)
    age = int(match[1])
    return age if age <= MAX_AGE else None


def parse_count(text: str, largest: int = 30) -> int | None:
    """「3」「3人」「３人家族」「二人」「ふたり」「夫婦2人」 → the number of people."""
    value = _numbers_said(text)
    for word, numeral in COUNT_WORDS.items():
        value = value.replace(word, numeral)
    match = COUNT.match(value)
    if match is None:
        return None
    count = int(match[1] or match[2] or match[3])
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


def _phone(number: phonenumbers.PhoneNumber) -> Phone | None:
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(e164, phonenumbers.number_type(number) in MOBILE_TYPES)


def _whole_phone(value: str) -> Phone | None:
    """The whole (normalised) text as one number, whatever stands between its digits."""
    digits = _digits_only(value)
    if not re.fullmatch(r"\+?\d{9,15}", digits):
        return None
    try:
        return _phone(phonenumbers.parse(digits, "JP"))
    except phonenumbers.NumberParseException:
        return None


def _phones_inside(value: str) -> tuple[Phone, ...]:
    """The numbers standing in a sentence (「携帯は090-1234-5678です」), found by
    phonenumbers' matcher; none when other digits are left over (「…、12345」 was meant
    as a number too, and is not one)."""
    found = list(phonenumbers.PhoneNumberMatcher(value, "JP"))
    rest = value
    for match in reversed(found):
        rest = rest[: match.start] + " " + rest[match.end :]
    if re.search(r"\d", rest):
        return ()
    return tuple(phone for match in found if (phone := _phone(match.number)) is not None)


def parse_phone(text: str) -> Phone | None:
    """「090-1234-5678」「０９０１２３４５６７８」「086(234)5678」「080.1234.5678」
    「携帯は090-1234-5678です」 → Phone (JP rules)."""
    value = without_polite_ending(normalise(text))
    inside = _phones_inside(value)
    return inside[0] if len(inside) == 1 else _whole_phone(value)


PHONE_SEPARATORS = re.compile(r"[,/\n・と]|\s{2,}|(?<=\d)\s+(?=[0+])")
PHONE_LABELS = re.compile(r"(自宅|家|固定|携帯|けいたい|ケータイ|スマホ)(電話)?[:：は]?")


def parse_phones(text: str) -> tuple[Phone, ...] | None:
    """One number, or two (自宅 and 携帯) in one answer: 「086-234-5678、090-1234-5678」
    「自宅 0862345678 携帯 09011112222」「携帯は090-1234-5678です」. None unless every
    number written is one."""
    inside = _phones_inside(normalise(text))
    if 1 <= len(inside) <= 2:
        return inside
    value = PHONE_LABELS.sub(" ", normalise(text)).strip()
    whole = _whole_phone(value)
    if whole is not None:
        return (whole,)
    parts = [p for p in PHONE_SEPARATORS.split(value) if p.strip()]
    phones = [_whole_phone(p) for p in parts]
    if len(phones) != 2 or any(p is None for p in phones):
        return None
    return tuple(p for p in phones if p is not None)


def format_phone(e164: str | None) -> str:
    return Phone(e164, False).national if e164 else ""


# ---------------------------------------------------------------- postal code


def parse_postal_code(text: str) -> str | None:
    """「700-0914」「7000914」「〒７００ー０９１４」 → 700-0914 (shape only)."""
    match = POSTAL.match(normalise(text).replace(" ", ""))
    return f"{match[1]}-{match[2]}" if match else None


def find_postal_code(text: str) -> tuple[str, str] | None:
    """A 〒 inside the answer and what else was written: 「郵便番号700-0914」 →
    (700-0914, ""), 「〒700-0914 岡山市北区鹿田町」 → (700-0914, 「岡山市北区鹿田町」).
    Digits of a phone number (086-234-5678) are not a 〒."""
    value = normalise(text)
    found = POSTAL_INSIDE.search(value)
    if found is None:
        return None
    before = value[: found.start()]
    before = "" if POSTAL_LABEL.match(before) else before.strip()
    after = POLITE_ENDING.sub("", value[found.end() :]).strip(" 。、,.")
    rest = " ".join(part for part in (before, after) if part)
    return f"{found[1]}-{found[2]}", rest


def address_after(place: PostalPlace, written: str) -> str:
    """What `written` (the address typed with a 〒) adds to the 〒's place: the part of
    the place it repeats (「岡山市北区鹿田町」) is left out, so 「岡山市北区鹿田町2-5-1」 gives
    「2-5-1」."""
    written = written.replace(" ", "")
    known = place.address
    repeated = next((known[i:] for i in range(len(known) - 1) if written.startswith(known[i:])), "")
    return written[len(repeated) :]


# ---------------------------------------------------------------- names and free text


def to_hiragana(text: str) -> str:
    return str(jaconv.kata2hira(text))


def parse_kana(text: str) -> str | None:
    """ふりがな: hiragana (katakana is turned into hiragana); 「です」 after it is left out.
    A name read in Latin letters (「Wang Li」「Nguyen Van An」) is taken as written: that
    is how a foreign resident reads their own name."""
    said = without_polite_ending(normalise(text))
    value = to_hiragana(unicodedata.normalize("NFKC", said.replace("ｰ", "ー"))).replace("-", "ー")
    if KANA.match(value) and len(value) <= MAX_NAME * 2:
        return value
    latin = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", said)).strip()
    return latin if LATIN_NAME.match(latin) and len(latin) <= MAX_NAME * 2 else None


def is_meaningful(text: str) -> bool:
    """Not empty, not only emoji or punctuation."""
    value = normalise(text)
    return bool(value) and not EMOJI_OR_SYMBOLS.match(value)


# Titles people put after a name (a relative's, or their own out of habit).
HONORIFIC = re.compile(r"\s*(?:さん|様|さま|サマ|ちゃん|くん|君|殿|氏)$")
NAME_LEAD = re.compile(r"^(?:(?:私|わたし|僕|ぼく|本人)の)?(?:お?名前|なまえ|氏名)(?:は|:)\s*")


def without_honorific(name: str) -> str:
    """「高橋 一郎さん」 → 「高橋 一郎」, 「ゆいちゃん」 → 「ゆい」: the title at the end only,
    never the whole name."""
    stripped = HONORIFIC.sub("", name)
    return stripped if stripped.strip() else name


def parse_name(text: str) -> str | None:
    """「山田　花子」 → 「山田 花子」; 「山田 ハナです」「山田ハナと申します」「名前は山田です」
    「高橋 一郎さん」「山田、いや山本です」 → the name alone."""
    value = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    value = without_polite_ending(latest_said(value))
    value = DIALECT_ENDING.sub("", value)  # 「名前は倉敷一郎じゃ」
    value = without_honorific(NAME_LEAD.sub("", value)).strip(" 、。,.")
    if not is_meaningful(value) or len(value) > MAX_NAME or re.search(r"\d", value):
        return None
    return value


# 「ない」 as the answer (no phone, nothing to add), said in the ways people say it.
NONE_SAID = re.compile(
    r"^(?:(?:自宅の|家の|うちの|固定|携帯|けいたい|ケータイ|スマホ)?(?:電話|でんわ)?(?:番号)?(?:は|も))?"
    r"(?:特に|とくに|何も|なにも|今は|いまは)?(?:持って|もって)?"
    r"(?:ない|無い|なし|無し|ありません|いません|ないです|ないよ|ないんです|おらん|ねえ)$"
)


def says_none(text: str) -> bool:
    """「ない」「なし」「電話はない」「持ってない」「特にありません」 → True."""
    value = without_polite_ending(normalise(text)).replace(" ", "").strip("。、,.!！")
    return bool(NONE_SAID.match(value))

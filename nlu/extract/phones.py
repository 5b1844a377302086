"""Phone numbers as people type them (全角, brackets, dots, a label, two in one answer),
read by phonenumbers with Japan's rules into E.164."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from nlu.extract.phrasing import without_polite_ending
from nlu.extract.text import normalise

# A number typed with the letter O (or 〇) for zero (「O9O-1234-5678」「０８６－２３４－５６７〇」):
# a run of digits, O's and separators with six digits at least.
_NUMBER_WITH_OS = re.compile(r"(?<![A-Za-z])[\dOo〇][\dOo〇\-\s().]{8,}[\dOo〇]")
_ZEROS = str.maketrans("Oo〇", "000")


def _zeros_for_os(text: str) -> str:
    """「O9O-1234-5678」 → 「090-1234-5678」; a word with an O in it stays as it is."""

    def zeros(match: re.Match[str]) -> str:
        run = match.group()
        return run.translate(_ZEROS) if len(re.findall(r"\d", run)) >= 6 else run

    return _NUMBER_WITH_OS.sub(zeros, text)


def _read(text: str) -> str:
    return _zeros_for_os(normalise(text))


def _digits_only(text: str) -> str:
    return re.sub(r"[\s\-()]", "", text)


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
    value = without_polite_ending(_read(text))
    inside = _phones_inside(value)
    return inside[0] if len(inside) == 1 else _whole_phone(value)


def phone_in_words(text: str) -> Phone | None:
    """The one number a message in the person's own words gives, whatever other digits
    stand beside it (「家賃も３か月たまっとる。携帯は 080-2222-9999 です」), as a
    proposal for staff to check; None for none or several. An answer to the phone
    question is read strictly (`parse_phone`)."""
    value = without_polite_ending(_read(text))
    found = {
        phone
        for match in phonenumbers.PhoneNumberMatcher(value, "JP")
        if (phone := _phone(match.number)) is not None
    }
    if len(found) == 1:
        return found.pop()
    return None if found else _whole_phone(value)  # 「０９０１２３４５６７８」 and the like


PHONE_SEPARATORS = re.compile(r"[,/\n・と]|\s{2,}|(?<=\d)\s+(?=[0+])")


PHONE_LABELS = re.compile(r"(自宅|家|固定|携帯|けいたい|ケータイ|スマホ)(電話)?[:：は]?")


def parse_phones(text: str) -> tuple[Phone, ...] | None:
    """One number, or two (自宅 and 携帯) in one answer: 「086-234-5678、090-1234-5678」
    「自宅 0862345678 携帯 09011112222」「携帯は090-1234-5678です」. None unless every
    number written is one."""
    inside = _phones_inside(_read(text))
    if 1 <= len(inside) <= 2:
        return inside
    value = PHONE_LABELS.sub(" ", _read(text)).strip()
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

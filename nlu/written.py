"""The language a message is plainly written in, when it is one of the other languages
the bot speaks (English, Tiếng Việt, Português, 中文, 한국어, Filipino, Español).

A resident whose phone is set to Japanese may still write 「I can't pay my rent」: the bot
answers in the language they wrote in and offers the choice of language. The reading is
Lingua's (`lingua-language-detector`, its models restricted to these languages and
Japanese); a text too short to tell (「Hello」, a name in Latin letters) or with kana in it
is no sign, and neither is a reading Lingua is not sure of. Its models load at the first
message that needs them (about 0.5 s, in a thread beside the event loop).

A crisis written in another language is answered in it even when the text is short: the
crisis rules say which language's words they found (`nlu.crisis_languages`)."""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING, Final

from nlu.crisis import detect_in_japanese
from nlu.crisis_languages import (
    HAN,
    HANGUL,
    KANA,
    japanese_writes,
    languages_of_cues,
    languages_of_worry,
)
from nlu.romaji import all_romaji
from nlu.text_normal import visible, without_accents

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The bot's codes (`handlers/i18n.py`) by Lingua's names.
_CODES: Final = {
    "ENGLISH": "en",
    "VIETNAMESE": "vi",
    "PORTUGUESE": "pt",
    "CHINESE": "zh-Hans",
    "KOREAN": "ko",
    "TAGALOG": "fil",
    "SPANISH": "es",
    "JAPANESE": "ja",
}
# Fewer letters than this is a word or a name, not a sentence that tells a language.
MIN_LETTERS: Final = 12
# Lingua's confidence (0–1, over the eight languages) a reading needs.
MIN_CONFIDENCE: Final = 0.6
# A sentence in Latin letters and no Japanese: the likeliest of the languages from this.
GUESS_CONFIDENCE: Final = 0.3
# To change a language already kept: a sentence this long, read this surely.
SURE_LETTERS: Final = 20
SURE_CONFIDENCE: Final = 0.85
_LATIN = re.compile(r"[A-Za-z]")
# Latin letters, digits, marks and spaces only: no kana, no Chinese character, no Hangul.
_LATIN_ONLY = re.compile(r"[\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\s]+")
_ADDRESSES = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_WORDS = re.compile(r"[^\W\d_]{2,}")
# A sentence, not a name: at least this many words of two letters or more.
MIN_WORDS: Final = 3
# Words only Japanese in Latin letters has (「watashi wa」「kane ga nai」「…desu」): of a
# sentence of kana syllables, they tell Japanese from Spanish (「no se, tengo miedo」).
_ROMAJI_JAPANESE = re.compile(
    r"wa|ga|wo|desu|masu|watashi|boku|ore|anata|kare|kanojo|sore|kore|dare|doko|nani|nan|ne|yo"
    r"|mo|san|sama|chan|kun|onegai|hai|iie|arigatou?|sumimasen|gomen(nasai)?|tasukete|kane|okane"
    r"|\w+(masu|mashita|masen|deshita|desu|shite|tte|nai|tai|kudasai)",
    re.IGNORECASE,
)
# Words of kana syllables that Spanish, Portuguese and Filipino write and Japanese in Latin
# letters does not (「no se, tengo miedo」「eu tenho medo」「tulungan mo ako」).
_NOT_JAPANESE: Final = frozenset(
    {
        "tengo", "tiene", "quiero", "estoy", "yo", "mi", "me", "que", "por", "para", "una",
        "uno", "eso", "pero", "como", "cuando", "donde", "miedo", "ayuda", "casa", "dinero",
        "tenho", "quero", "estou", "eu", "minha", "meu", "medo", "ajuda", "nao", "sem",
        "ako", "ko", "mo", "siya", "sila", "kami", "tayo", "mga", "sa", "hindi", "wala",
        "po", "opo", "lang", "naman", "kasi", "tulong", "gusto", "pera", "bahay", "anak",
    }
)  # fmt: skip
# Words of Chinese that Japanese does not write: pronouns and sentence particles.
_CHINESE_WORDS = re.compile(r"[我你她们吗呢吧么没这那]|什么|怎么")
_LETTERS = re.compile(r"[^\W\d_]")
# Vietnamese typed without its accents (「toi khong co tien tra tien nha」), as many phones
# and keyboards leave it: Lingua reads it as Portuguese or Filipino as often as not.
# Syllables common in Vietnamese and no word of the bot's other Latin-letter languages.
# fmt: off
_VIETNAMESE_SYLLABLES: Final = frozenset({
    "toi", "khong", "duoc", "nhung", "cua", "nguoi", "chong", "giup", "tien", "thang",
    "viec", "benh", "phai", "muon", "xin", "chao", "biet", "nhieu", "chung", "minh", "thue",
    "truong", "chua", "roi", "dang", "trong", "nhat", "tieng", "viet", "ngay", "khoe",
    "buon", "chet", "giet", "danh", "nuoc", "dien", "thuoc", "uong", "nghe", "thay", "phong",
    "luong", "nhan", "giay", "lam", "rat", "khi", "neu", "nen", "voi", "mot", "hai", "vo",
    "bi", "cham", "soc", "giu", "duong", "chi", "anh", "em", "ong", "con", "dau", "lanh",
    "bao", "gio", "sao", "dieu", "tuoi", "nha", "nay", "dem", "het", "ngu", "vua", "gap",
    "nguy", "hiem", "hom", "sang", "chau", "cho", "gi", "thi", "nhu", "cung", "lai", "sau",
    "moi", "cac", "khoc", "lon", "dua", "xom", "duoi", "nua", "noi", "mat", "cuu", "om",
    "ban", "oi", "nho", "can", "co", "tren", "cau", "nhin", "cach", "xuong", "vao", "tuong",
    "tay", "nghi", "mien", "phi", "gan", "cong", "nang", "dinh", "doi", "dc", "quen", "lop",
    "hoc", "giat", "luc", "khoang", "luat", "kham", "suc", "nop", "cuoi", "cai", "lich",
    "phan", "loai", "rac", "nhua", "tuan", "phoi", "quay", "tuc", "vay",
})
# fmt: on
# Of a sentence's words, at least this many (and this share) such syllables.
VIETNAMESE_HITS: Final = 2
VIETNAMESE_SHARE: Final = 0.5
_lock = threading.Lock()


@functools.cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _CODES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words one of Portuguese and Spanish writes and the other never does: a short message the
# detector leans the wrong way on (「quero me suicidar」 read as Spanish) is settled by them.
_ONLY_IN: Final[dict[str, frozenset[str]]] = {
    "pt": _words(
        "quero não nao eu você voce meu minha estou tenho sou muito obrigado obrigada "
        "ajuda preciso também tambem vou ele ela isso"
    ),
    "es": _words(
        "quiero yo estoy tengo soy muy gracias ayuda necesito también tambien voy él ella eso mi"
    ),
}


def _portuguese_or_spanish(text: str, likelier: str) -> str:
    """Between pt and es, the one whose own words the text has (and the other's not);
    else `likelier`."""
    words = {word.lower() for word in _WORDS.findall(text)}
    pt, es = (
        bool(words & (_ONLY_IN["pt"] - _ONLY_IN["es"])),
        bool(words & (_ONLY_IN["es"] - _ONLY_IN["pt"])),
    )
    if pt != es:
        return "pt" if pt else "es"
    return likelier


def _unaccented_vietnamese(words: list[str]) -> bool:
    """Mostly Vietnamese syllables in plain Latin letters (none longer than Vietnamese
    writes one)."""
    lowered = [word.lower() for word in words]
    if any(len(word) > 7 or not word.isascii() for word in lowered):
        return False
    hits = sum(1 for word in lowered if word in _VIETNAMESE_SYLLABLES)
    return hits >= VIETNAMESE_HITS and hits >= VIETNAMESE_SHARE * len(lowered)


def _romaji(words: list[str]) -> bool:
    """Japanese in Latin letters: every word of kana syllables, and none that only Spanish,
    Portuguese or Filipino writes — unless one of them is Japanese's own."""
    if not all_romaji(words):
        return False
    if any(_ROMAJI_JAPANESE.fullmatch(word) for word in words):
        return True
    return not any(word.lower() in _NOT_JAPANESE for word in words)


def _short_vietnamese(words: list[str]) -> bool:
    """Two words or more, each a syllable of Vietnamese (「Cứu tôi」 read as 「cuu toi」)."""
    lowered = [without_accents(word) for word in words]
    return len(lowered) >= 2 and all(word in _VIETNAMESE_SYLLABLES for word in lowered)


def _plainly_chinese(text: str) -> bool:
    """A word only Chinese uses, or a character Japanese does not write (帮, 语, 钱)."""
    if _CHINESE_WORDS.search(text):
        return True
    return not all(japanese_writes(char) for char in HAN.findall(text))


def _reading(text: str) -> dict[str, float]:
    with _lock:
        values = _detector().compute_language_confidence_values(text)
    return {_CODES[value.language.name]: value.value for value in values}


def written_language(text: str, *, sure: bool = False) -> str | None:
    """The code of the language `text` is plainly written in, if not Japanese; else None.
    `sure`: only a whole sentence read with high confidence, or words of crisis — to
    change a language already kept (「No entiendo portugués, hablo español」)."""
    text = _ADDRESSES.sub(" ", visible(text))  # an e-mail or a URL is no language
    cued = languages_of_cues(text)
    if not cued and KANA.search(text):
        return None
    if not cued and not sure:
        # Words near a danger, however short (「kms」「my 4yo is alone rn」「socorro」): the
        # question is asked in their language. They change no language already kept.
        cued = languages_of_worry(text)
    if not cued and HANGUL.search(text):
        return "ko"  # Hangul is Korean, however short (「도와주세요」)
    han = HAN.findall(text)
    if han and not _LATIN.search(text) and not cued:
        # Kanji alone is Japanese as often as Chinese (「母親認知症、要介護三」): Chinese
        # only when it is plainly so — a character Japanese does not write (帮, 们, 没) or
        # a word only Chinese uses (我, 你, 吗).
        return "zh-Hans" if _plainly_chinese(text) else None
    if cued == {"zh-Hans"} and detect_in_japanese(text) and not _plainly_chinese(text):
        return None  # 「自殺願望」: Japanese reads it too, and the phone speaks Japanese
    if len(cued) == 1:
        # Words of crisis in one language: that language, at once (no model to load
        # before the hotlines go out).
        return next(iter(cued))
    letters = len(_LETTERS.findall(text))
    if not cued and not sure and _short_vietnamese(_WORDS.findall(text)):
        return "vi"  # 「giup toi voi」「cuu toi」「xin chao」: every word a Vietnamese syllable
    if not cued and letters < (SURE_LETTERS if sure else MIN_LETTERS):
        return None
    words = _WORDS.findall(text)
    if not cued and len(words) < MIN_WORDS:
        return None  # 「Yamada Hanako」, a user name: words, not a sentence
    if not cued and _romaji(words):
        return None  # Japanese written in Latin letters
    if not cued and _unaccented_vietnamese(words):
        return "vi"
    reading = _reading(text)
    if cued:
        # Words of crisis in several languages that share them (「morir」): the likeliest.
        likeliest = max(sorted(cued), key=lambda code: reading.get(code, 0.0))
        if {"pt", "es"} <= cued:
            return _portuguese_or_spanish(text, likeliest)
        return likeliest
    best = max(reading, key=lambda code: reading[code])
    if best in ("pt", "es"):
        best = _portuguese_or_spanish(text, best)
    if best == "ja" or reading[best] < (SURE_CONFIDENCE if sure else GUESS_CONFIDENCE):
        return None
    if reading[best] < MIN_CONFIDENCE and (
        sure
        or not _LATIN_ONLY.fullmatch(text)
        or any(_ROMAJI_JAPANESE.fullmatch(word) for word in words)
    ):
        return None
    # A sentence in Latin letters that is not Japanese: the likeliest language, even when
    # unsure — Japanese is the one answer sure to be wrong, and the choice comes with it.
    return best

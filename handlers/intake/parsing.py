"""Reading the typed answers of the つなぐシート that are about words, not values: a name
(titles, a correction, a polite or dialect ending left out), ふりがな (katakana into
hiragana by jaconv), 「ない」 as an answer, and whether an answer says anything at all.
Dates, ages, counts, phone numbers and 〒 are read by `nlu/extract/`.

Each parser returns the parsed value, or None when the text is not an answer of that kind."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import jaconv

from nlu.extract.phrasing import latest_said, without_polite_ending
from nlu.extract.text import normalise as normalise
from nlu.text_normal import without_accents

MAX_NAME = 40


# 岡山弁・関西弁 endings after a name (only there: in other answers they are words kept).
DIALECT_ENDING = re.compile(r"(?<=\S)\s*(?:じゃ|やで|だよ)[\s。.!！]*$")


KANA = re.compile(r"^[ぁ-ゖー・\s]+$")


# A name in Latin letters, accents allowed: 「Wang Li」「José da Silva」「O'Brien」.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"


LATIN_NAME = re.compile(rf"^[{_LATIN}][{_LATIN} .'-]*$")


EMOJI_OR_SYMBOLS = re.compile(r"^[\W_]+$")


def to_hiragana(text: str) -> str:
    return str(jaconv.kata2hira(text))


def parse_kana(text: str) -> str | None:
    """ふりがな: hiragana (katakana is turned into hiragana); 「です」 after it is left out.
    A name read in Latin letters (「Wang Li」「Nguyen Van An」) is taken as written: that
    is how a foreign resident reads their own name. A sentence is none."""
    if reads_as_a_sentence(text):
        return None
    said = without_polite_ending(normalise(text))
    value = to_hiragana(unicodedata.normalize("NFKC", said.replace("ｰ", "ー"))).replace("-", "ー")
    if KANA.match(value) and len(value) <= MAX_NAME * 2:
        return value
    latin = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", said)).strip()
    return latin if LATIN_NAME.match(latin) and len(latin) <= MAX_NAME * 2 else None


def kana_alone(name: str) -> str | None:
    """A name written in kana alone, as its reading in hiragana (「ヤマダ ハナコ」 →
    「やまだ はなこ」); None for a name with any other letter."""
    reading = to_hiragana(unicodedata.normalize("NFKC", name))
    return reading if KANA.match(reading) and re.search(r"[ぁ-ゖ]", reading) else None


def is_meaningful(text: str) -> bool:
    """Not empty, not only emoji or punctuation."""
    value = normalise(text)
    return bool(value) and not EMOJI_OR_SYMBOLS.match(value)


# Titles people put after a name (a relative's, or their own out of habit).
HONORIFIC = re.compile(r"\s*(?:さん|様|さま|サマ|ちゃん|くん|君|殿|氏)$")


# 「名前は」「私の名前は」「母の名前は」「本人の氏名：」 before a name.
NAME_LEAD = re.compile(r"^(?:[^\s、。]{1,8}の)?(?:お?名前|なまえ|氏名)(?:は|:)\s*")


def without_honorific(name: str) -> str:
    """「高橋 一郎さん」 → 「高橋 一郎」, 「ゆいちゃん」 → 「ゆい」: the title at the end only,
    never the whole name."""
    stripped = HONORIFIC.sub("", name)
    return stripped if stripped.strip() else name


# The words before a name in the other languages the bot speaks: 「My name is Maria
# Santos」「Tôi tên là An」「Me llamo Ana」「Ako si Jose」「我叫王丽」「제 이름은 김민수입니다」.
NAME_LEAD_IN_LANGUAGES = re.compile(
    r"^(?:(?:hi|hello|hola|ol[aá]|xin ch[aà]o|ch[aà]o)[,!.\s]+)?"
    r"(?:my name is|my name's|my names|name is|i am|i'm|this is|"
    r"t[oô]i t[eê]n l[aà]|t[eê]n t[oô]i l[aà]|t[oô]i l[aà]|em t[eê]n l[aà]|m[iì]nh t[eê]n l[aà]|"
    r"(?:o )?meu nome [eé]|me chamo|eu sou|me llamo|mi nombre es|soy|"
    r"ako si|ang pangalan ko ay|pangalan ko ay|ang pangalan ko|"
    r"我叫|我的名字是|我的名字叫|我是|"
    r"제 이름은|내 이름은|저는)\s*(?=\S)",
    re.IGNORECASE,
)
# The polite 「…です」 of Korean after a name (「김민수입니다」); 「po」 of Filipino.
NAME_END_IN_LANGUAGES = re.compile(r"(?:\s*(?:입니다|이에요|예요)|\s+po)[.!]?$", re.IGNORECASE)
# Words a sentence has and a name does not (pronouns, verbs, a no), in the languages the
# bot speaks — none of them also a name (「An」「Ko」「Ang」「Dang」 are).
# fmt: off
SENTENCE_WORDS: frozenset[str] = frozenset({
    "i", "me", "my", "he", "she", "him", "her", "we", "they", "you", "is", "am", "are", "was",
    "will", "not", "don't", "can't", "cannot", "help",
    "tôi", "toi", "của", "cua", "không", "khong", "muốn", "muon", "vừa", "vua", "đã", "bị",
    "eu", "ele", "ela", "meu", "minha", "não", "nao", "estou", "está", "vai",
    "yo", "él", "ella", "estoy",
    "ako", "siya", "niya", "hindi", "ikaw", "kami", "sila",
    # Verbs of a sentence (「ya no aguanto más」「i feel like disappearing」).
    "ya", "aguanto", "aguento", "puedo", "posso", "quiero", "quero", "tengo", "tenho", "feel",
    "want", "gusto",
})
# A name's own small words (「Maria da Graça dos Santos」「José de la Cruz」「Van der Berg」).
NAME_PARTICLES: frozenset[str] = frozenset({
    "da", "de", "do", "das", "dos", "del", "della", "la", "las", "los", "van", "von", "der",
    "den", "dela", "delos", "bin", "binti", "y", "e",
})
# fmt: on
# More words than a name has: a sentence.
SENTENCE_MIN_WORDS = 5
# More letters than a name in Japanese, Chinese or Korean has (katakana alone is a
# foreign name written out: 「マリア・ダ・グラッサ・ドス・サントス」).
SENTENCE_MIN_LETTERS = 13
# Chinese characters or Hangul without a space, longer than a name (「他今晚九点要来杀我」).
SENTENCE_MIN_RUN = 8
_CHINESE_OR_KOREAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[\uac00-\ud7a3]+")
# A Japanese clause: a word in kanji and its case particle, and a predicate at the end.
_JAPANESE_CLAUSE = re.compile(r"[\u3400-\u9fff](が|を|に|へ)")
_JAPANESE_PREDICATE = re.compile(r"(ない|ません|ます|した|った|いる|てる|れる|たい|んだ)$")
# A Japanese sentence that ends in how the writer is, longer than a name (「もう限界かも
# しれない」「夫はお酒を飲むと暴れて怖いです」).
_FEELING_MIN = 6
_JAPANESE_FEELING = re.compile(
    r"[ぁ-ゖ一-龯](ない|なかった|れない|しれない|たい|たくない|ません|ました|ます|でした|った"
    r"|んだ|無理|むり|限界|げんかい|つらい|辛い|しんどい|こわい|怖い|いや|嫌)$"
)
_PARTICLE_END = re.compile(r"[ぁ-ゖ一-龯](が|を|に|は|で|へ|て|と|も)$")
_KATAKANA_NAME = re.compile(r"^[ァ-ヺー・･\s]+$")
_NAME_WORD = re.compile(rf"[{_LATIN}']+")
# Kana, Chinese characters and Hangul.
_WIDE_LETTER = re.compile(r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]")


def in_own_words(text: str) -> str:
    """The name without the words around it in another language: 「My name is Maria
    Santos」 → 「Maria Santos」, 「김민수입니다」 → 「김민수」."""
    value = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    stripped = NAME_END_IN_LANGUAGES.sub("", NAME_LEAD_IN_LANGUAGES.sub("", value)).strip()
    return stripped or value


# Words said while thinking, or a yes or a no: no name (「うーん」「たぶん」「maybe」).
FILLERS: frozenset[str] = frozenset({
    "うーん", "うん", "ううん", "えーと", "ええと", "えっと", "あの", "あのー", "さあ", "さぁ",
    "まあ", "たぶん", "多分", "はい", "いいえ", "いや", "なに", "何", "え", "えー", "へ", "ん",
    "hmm", "hm", "um", "umm", "uh", "maybe", "yes", "no", "ok", "okay", "what", "why",
})  # fmt: skip


# Words said while thinking, or to ask for a moment: no answer yet, and no miss either.
THINKING: frozenset[str] = frozenset({
    "うーん", "うーむ", "んー", "えーと", "ええと", "えっと", "えーっと", "あの", "あのー",
    "えー", "ええ〜", "ちょっと待って", "ちょっとまって", "ちょっと待ってね", "ちょっとまってね",
    "待って", "まって", "待ってね", "少々お待ちください", "少々お待ちを", "ちょっとお待ちください",
    "考えます", "かんがえます", "考え中", "調べます", "しらべます", "確認します", "見てきます",
    "ちょっと待ってください", "ちょっとまってください", "まってください", "待ってください",
})  # fmt: skip


def is_thinking(text: str) -> bool:
    """「えっと」「ちょっと待って」「確認します」: no answer yet, only a moment asked for."""
    said = unicodedata.normalize("NFKC", text).strip(" 　。、.,!！?？…~〜・")
    return said in THINKING or said.rstrip("ーっ…") in THINKING


_LEADING_THOUGHT: Final = re.compile(
    r"^(?:えっと|えーと|ええと|えーっと|あのー?|うーん|んー|えー|そうですね|そうやな|そうじゃな)"
    r"[ー〜~…、,。.\s]+"
)


def without_leading_thought(text: str) -> str:
    """「えっと、大供1-1-1です」 → 「大供1-1-1です」: the words said while thinking, before
    the answer, are not kept in it."""
    return _LEADING_THOUGHT.sub("", text.strip()) or text.strip()


def is_filler(text: str) -> bool:
    """「うーん」「たぶん」「maybe」「はい」: a word said while thinking, or a yes or a no."""
    said = unicodedata.normalize("NFKC", text).strip(" 　。、.,!！?？…~〜").lower()
    return said in FILLERS or said.rstrip("ーっ") in FILLERS


def reads_as_a_sentence(text: str) -> bool:
    """Whether an answer to a question for a name, a reading or a number is a sentence
    instead (「toi vua uong het ca lo thuoc ngu」「he'll come tonight and finish me off」
    「ちちが きゅうに しゃべれなく なった」): more words than a name has, or a sentence's
    mark inside, or a pronoun or verb of a sentence among three words or more."""
    value = in_own_words(without_polite_ending(text)).rstrip(" 。.!！?？、,")
    if re.search(r"[。！？!?]", value):
        return True
    words = [word.strip("'").lower() for word in _NAME_WORD.findall(value)]
    named = [word for word in words if word and word not in NAME_PARTICLES]
    if len(named) >= SENTENCE_MIN_WORDS:
        return True
    spoken = {part for word in words for part in word.split("'")} & SENTENCE_WORDS
    lowered = any(word[:1].islower() for word in _NAME_WORD.findall(value))
    if (len(words) >= 2 and spoken - {"i"}) or (len(words) >= 4 and spoken and lowered):
        return True  # 「help me」「i feel like disappearing」; not 「I Gusti Ngurah Rai」
    runs = _CHINESE_OR_KOREAN_RUN.findall(value)
    hangul_words = [run for run in runs if "\uac00" <= run[0] <= "\ud7a3"]
    if any(len(run) >= SENTENCE_MIN_RUN for run in runs) or len(hangul_words) >= 3:
        return True  # 「他今晚九点要来杀我」「그 사람이 오늘 밤에 와요」
    if _JAPANESE_CLAUSE.search(value) and _JAPANESE_PREDICATE.search(value):
        return True  # 「夫が家に入れてくれない」
    if len(_WIDE_LETTER.findall(value)) >= _FEELING_MIN and _JAPANESE_FEELING.search(value):
        return True  # 「もう限界かもしれない」「毎日つらくて、もう無理です」
    chunks = value.split()
    if len(chunks) >= 3 and sum(bool(_PARTICLE_END.search(c)) for c in chunks) >= 2:
        return True  # 「おっとが いえに いれて くれない」
    wide = len(_WIDE_LETTER.findall(value))
    return wide >= SENTENCE_MIN_LETTERS and not _KATAKANA_NAME.match(value)


def parse_name(text: str) -> str | None:
    """「山田　花子」 → 「山田 花子」; 「山田 ハナです」「山田ハナと申します」「名前は山田です」
    「高橋 一郎さん」「山田、いや山本です」「My name is Maria Santos」 → the name alone; a
    sentence instead of a name (`reads_as_a_sentence`) → None."""
    if reads_as_a_sentence(text) or is_filler(text):
        return None
    value = in_own_words(text)
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


# The same in the bot's other languages (lower case, no accents, no end marks).
NONE_SAID_IN_LANGUAGES: Final = frozenset(
    {
        "nothing", "nothing really", "nothing much", "not really", "none", "no nothing",
        "nothing in particular", "nothing special", "nothing to add", "nope nothing",
        "khong co", "khong co gi", "khong co gi dac biet", "khong co gi a", "khong",
        "nada", "nada especial", "nada en particular", "no nada", "nada mas", "ninguno",
        "nada de especial", "nada em especial", "nao nada", "nenhum", "nenhuma",
        "wala", "wala naman", "wala po", "wala naman po", "wala na", "wala pa",
        "없어요", "없습니다", "없음", "딱히 없어요", "특별히 없어요", "별로 없어요", "없어",
        "没有", "没什么", "没有什么", "没有了", "无", "没有特别的",
    }
)  # fmt: skip


def says_none(text: str) -> bool:
    """「ない」「なし」「電話はない」「持ってない」「特にありません」 → True, and the same
    in the bot's other languages (「nothing really」「wala naman po」「딱히 없어요」)."""
    value = without_polite_ending(normalise(text)).replace(" ", "").strip("。、,.!！")
    if NONE_SAID.match(value):
        return True
    return typed_in_letters(text) in NONE_SAID_IN_LANGUAGES


def typed_in_letters(text: str) -> str:
    """Typed words as the lists of other languages' words hold them: lower case, no
    accents (「Không biết」 as 「khong biet」), one space between words, no end mark."""
    folded = without_accents(text).replace("’", "'").strip(" 。、.!！?？~")
    return " ".join(folded.split())

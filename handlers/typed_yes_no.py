"""A 「はい」 or 「いいえ」 typed instead of tapped, in any language the bot speaks: 「Yes
please」「ok」「Sure」「Có ạ」「Sim, obrigado」「Sí, claro」「Opo」「是的」「네 좋아요」 are yes;
「No thanks」「Không cần」「Não, obrigada」「아니요」「不用了」 are no.

A message is read as one only when every word of it belongs to the answer (a yes word,
or a word of politeness around it): 「Yes, my son hit me」 says more than yes, and is
read as the message it is. Words are read lower-cased, full-width as half, and without
accents (「Không」 and 「khong」 alike); Chinese and Korean, written without spaces
between such words, are read as whole phrases."""

from __future__ import annotations

import re
from typing import Final, Literal

from nlu.text_normal import without_accents

# 「ok」「fine」 say yes to an offer and no to 「いま、危ない状況ですか？」: the caller
# reads `well` as the question needs.
YesOrNo = Literal["yes", "no", "well"]

# Words that say yes (Latin letters without accents).
_YES: Final = frozenset(
    {
        # English
        "yes", "yeah", "yep", "yup", "sure", "agree", "definitely", "absolutely",
        # Tiếng Việt
        "co", "vang", "da", "u", "uh", "duoc", "dong",  # 「đồng ý」
        # Português / Español
        "sim", "si", "claro", "pode", "vale", "bueno", "certo",
        # Filipino
        "oo", "opo", "sige", "oho", "g",
    }
)  # fmt: skip
# Words that say all is well, or agree: 「ok」「I'm fine」「Estou bem」「Tôi ổn」.
_WELL: Final = frozenset({"ok", "okay", "k", "fine", "alright", "safe", "good", "bem", "bien"})
_WELL_PHRASES: Final = frozenset(
    {"toion", "onroi", "vanon", "minhon", "emon", "onma", "okpo", "okaylang", "oklang",
     "khongsao", "khongsaodau", "toikhongsao", "emkhongsao", "minhkhongsao", "khongsaoca",
     "还好", "挺好的", "我很好"}
)  # fmt: skip
# Words that say no.
_NO: Final = frozenset(
    {
        "no", "nope", "nah", "n",
        "khong", "ko", "k0", "thoi",  # 「thôi」: no more, thanks
        "nao", "nada",
        "hindi", "huwag", "ayoko", "wag", "wala",
    }
)  # fmt: skip
# Words that may stand beside either (「Yes please」「No thank you」「Có ạ」「Não, obrigada」).
_AROUND: Final = frozenset(
    {
        # English
        "please", "thanks", "thank", "you", "of", "course", "i", "do", "that", "would", "be",
        "great", "need", "it", "s", "its", "go", "ahead", "is", "ty", "pls", "m", "am",
        "plz", "sounds", "want", "to", "all", "right", "now", "im",
        # Tiếng Việt
        "a", "cam", "on", "nhe", "roi", "can", "vay", "chi", "em", "anh", "toi", "minh",
        # Português / Español
        "por", "favor", "obrigado", "obrigada", "gracias", "muito", "muchas", "senor",
        "senora", "esta", "estou", "estoy", "tudo", "todo", "de", "acuerdo", "preciso",
        "necesito", "gostaria", "quiero", "quero", "e", "eu", "yo", "obg",
        # Filipino
        "po", "salamat", "na", "lang", "ba", "naman", "kailangan", "ako", "kami", "kayo",
        # 「nope we are fine」「no, estamos bien」「nao, ta tudo bem」
        "we", "are", "estamos", "ta", "tamo", "todos", "ok", "re", "both", "everyone",
        # 「không sao, mẹ ổn rồi」
        "sao", "dau", "me", "bo",
    }
)  # fmt: skip
# Whole phrases in letters written without spaces between words.
_YES_PHRASES: Final = frozenset(
    {
        "はい", "うん", "ええ", "はいお願いします", "お願いします",
        "是", "是的", "好", "好的", "可以", "对", "对的", "嗯", "要", "需要", "行", "好啊",
        "好的谢谢", "是的谢谢", "可以谢谢", "好的麻烦了", "麻烦了",
        "네", "예", "응", "어", "좋아요", "좋습니다", "그래요", "네좋아요", "네감사합니다",
        "예좋아요", "부탁해요", "부탁합니다", "네부탁합니다", "네부탁해요", "그렇습니다", "맞아요",
    }
)  # fmt: skip
_NO_PHRASES: Final = frozenset(
    {
        "いいえ", "いえ", "いや", "ううん", "いいえけっこうです", "けっこうです", "結構です",
        "不", "不是", "不用", "不用了", "不要", "不需要", "没有", "不用谢谢", "不了", "不必",
        "不用了谢谢", "不要了",
        "아니요", "아니오", "아뇨", "아니", "아니에요", "괜찮아요", "괜찮습니다", "됐어요",
        "괜찮아", "저는괜찮아요", "没事", "没事了", "我没事", "不用担心",
        "아니요괜찮아요", "아니요감사합니다", "필요없어요", "없어요", "없습니다",
    }
)  # fmt: skip
# Said to 「いま、危ない状況ですか？」: a danger now, in the words of any language.
# Fear and a call for help count (「khong biet, em so lam」「no sé, tengo miedo」「tulungan
# nyo po ako」), and so does a danger to someone else (「no, yo estoy bien, es ella」).
_FEAR: Final = (
    r"\b(scared|afraid|frightened|terrified|medo|miedo|takot|natatakot|"
    r"(em|toi|minh|con|chau) (dang )?so|so (lam|qua))\b|害怕|怕|무서|こわい|怖い"
)
_DANGER: Final = re.compile(
    r"\b(help|not (ok|okay|fine|safe|alright)|unsafe|danger|emergency|it'?s (her|him|them)|"
    r"outside (the|my|our) (door|house|room|apartment|window)|at (the|my|our) door|banging|"
    r"breaking in|coming (for|after) (me|us)|has a (knife|gun)|"
    r"not me|ajuda|ajudem?|socorro|perigo|nao estou bem|e (ela|ele)|nao sou eu|"
    r"ayuda|ayudame|ayudenme|peligro|no estoy bien|auxilio|es (ella|el)|no soy yo|"
    r"tulong|tulungan|saklolo|delikado|hindi (ako )?(ok|okay|ligtas)|"
    r"cuu|giup|nguy hiem|khong (on|an toan))\b"
    rf"|{_FEAR}|救命|帮帮|帮我|危险|不安全|是她|是他|不是我|도와|위험|살려|たすけ"
)
_AFRAID: Final = re.compile(_FEAR)
# Thanks beside a yes or a no, written without spaces: 「是的，谢谢」「아니요, 감사합니다」.
_THANKS: Final = frozenset(
    {
        "谢谢",
        "谢谢你",
        "多谢",
        "感谢",
        "麻烦你了",
        "감사합니다",
        "고맙습니다",
        "감사해요",
        "고마워요",
    }
)
_MARKS = re.compile(r"[\s.,!?。、！？~〜ー…・\"'「」()（）:;]+")
_WORD = re.compile(r"[a-z0-9]+")


def typed_yes_or_no(text: str) -> YesOrNo | None:
    """「yes」, 「no」 or 「well」 when the whole message says one and nothing else
    (「No, I'm fine」 is no); else None."""
    # 「I'm not scared」「no tengo miedo」 say all is well.
    folded = _NOT_SO.sub(" fine ", without_accents(text).lower())
    whole = _MARKS.sub("", folded)
    if not whole:
        return None
    if (meant := _phrase_meaning(whole)) is not None:
        return meant
    if not whole.isascii():
        # Chinese and Korean: each part between marks (「不是，我没事」).
        parts = [part for part in _MARKS.split(folded) if part and part not in _THANKS]
        meanings = {_phrase_meaning(part) for part in parts}
        return None if None in meanings else _agreed(meanings)
    words = _WORD.findall(folded)
    if not all(word in _YES or word in _NO or word in _WELL or word in _AROUND for word in words):
        return None
    said_yes = any(word in _YES for word in words)
    said_no = any(word in _NO for word in words)
    if said_yes and said_no:
        return None
    if said_yes or said_no:
        return "yes" if said_yes else "no"
    return "well" if any(word in _WELL for word in words) else None


def _phrase_meaning(part: str) -> YesOrNo | None:
    return next((meaning for phrases, meaning in _PHRASES if part in phrases), None)


def _agreed(meanings: set[YesOrNo | None]) -> YesOrNo | None:
    """One meaning; a no with 「all is well」 is a no (「아니요, 괜찮아요」)."""
    if meanings == {"no", "well"}:
        return "no"
    return next(iter(meanings)) if len(meanings) == 1 else None


# A fear or a danger said not to be there: 「I'm not scared」「no tengo miedo」「không sợ」
# 「我不怕」「no danger now」「没有危险」.
# 「no one is in danger」「nadie está en peligro」「không ai gặp nguy hiểm」.
_NOBODY_IN_DANGER: Final = (
    r"\b(no ?one|nobody|no body|nadie|ninguem|walang tao|khong ai)( (is|s|esta|ang|dang|gap))?"
    r"( (in|en|em|nasa))? (danger|peligro|perigo|panganib|nguy hiem|hurt|scared)\b"
)
_NOT_SO: Final = re.compile(
    r"\b(not|no|nao|sin|sem|hindi|khong|walang)( (tengo|tenho|hay|ha|am|in|really|so|ako|con"
    r"|dang|gap))? (scared|afraid|miedo|medo|takot|so|danger|peligro|perigo|panganib|nguy hiem)\b"
    rf"|{_NOBODY_IN_DANGER}|不(害)?怕|没有危险|不危险|안 ?무서|위험하지 ?않"
)


# 「no hay peligro」「not in danger」「没有危险」: said outright, whatever else is said.
_NO_DANGER: Final = re.compile(
    r"\b(no|not|not in|nao|sem|sin|walang|wala pong|wala po ng|khong)( (hay|ha|any|in|co|gap))?"
    rf" (danger|peligro|perigo|panganib|nguy hiem)\b|{_NOBODY_IN_DANGER}"
    r"|没有危险|不危险|위험하지 ?않|危なくない|あぶなくない"
)


def says_no_danger(text: str) -> bool:
    """「no estoy bien pero no hay peligro」: no danger now, said outright."""
    return bool(_NO_DANGER.search(without_accents(text).lower()))


def says_fear(text: str) -> bool:
    """「tengo miedo」「to com medo dele」「무서워요」: afraid — of a person, most often."""
    return bool(_AFRAID.search(_NOT_SO.sub(" ", without_accents(text).lower())))


def says_danger(text: str) -> bool:
    """「Help」「Not ok」「Socorro」「Cứu」「救命」「도와주세요」「tengo miedo」: a danger now."""
    return bool(_DANGER.search(_NOT_SO.sub(" ", without_accents(text).lower())))


_PHRASES: Final[tuple[tuple[frozenset[str], YesOrNo], ...]] = (
    (_YES_PHRASES, "yes"),
    (_NO_PHRASES, "no"),
    (_WELL_PHRASES, "well"),
)

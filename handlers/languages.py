"""「ことば / Language」: the language a resident chooses, offered at the door when LINE
says their phone is not in Japanese, and from a command in every state.

The choice is an effect (`ChooseLanguage`, kept on the resident); the turn's reply is
put into the language after the turn (`turn_language`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from handlers import catalog
from handlers.context import TurnContext
from handlers.effects import ChooseLanguage, Effect
from handlers.i18n import BY_CODE, EASY, LANGUAGES, SOURCE, language_of
from handlers.intake.parsing import says_none
from handlers.messages import (
    Buttons,
    Choice,
    ChoiceGrid,
    Confirm,
    Hotlines,
    Inbound,
    Outbound,
    PostbackIn,
    Reply,
    Text,
    TextIn,
)
from handlers.postback import payload
from handlers.session import Session
from nlu.text_normal import without_accents

ACTION: Final = "lang"
# Said the same in every language: the person may not read Japanese yet.
PICK: Final = "ことばを えらんで ください。\nPlease choose your language."
# Typed in any language, it opens the choice.
WORDS: Final = frozenset(
    {
        "ことば",
        "言葉",
        "言語",
        "げんご",
        "language",
        "languages",
        "ngônngữ",
        "idioma",
        "语言",
        "語言",
        "언어",
        "wika",
        "ことば/language",
        # Asking for another language (a tester's wordings; without spaces and accents).
        "changelanguage",
        "languageplease",
        "otherlanguage",
        "cambiaridioma",
        "cambiarelidioma",
        "mudaridioma",
        "mudarlingua",
        "lingua",
        "lengua",
        "idiomas",
        "ngonngu",
        "doingonngu",
        "palitanangwika",
        "切换语言",
        "更改语言",
        "언어변경",
        "언어바꾸기",
    }
)
# A language's own name (and its name in English), typed: that language is chosen.
NAMED: Final[dict[str, str]] = {
    **{language.name: language.code for language in LANGUAGES},
    "japanese": SOURCE,
    "easyjapanese": EASY,
    "english": "en",
    "vietnamese": "vi",
    "portuguese": "pt",
    "chinese": "zh-Hans",
    "中文": "zh-Hans",
    "korean": "ko",
    "tagalog": "fil",
    "spanish": "es",
    "espanol": "es",
}
CHOSEN: Final = "ことばを「{name}」にしました。"
# The quick reply that opens the choice, beside a question's own buttons.
PICK_LABEL: Final = "ことば / Language"
# LINE shows at most 13 quick replies.
_QUICK_REPLIES_MAX: Final = 13
# Kana or kanji: the text is (at least partly) Japanese.
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]")
_KANA = re.compile(r"[\u3040-\u30ff]")  # Chinese shares the kanji, never the kana
_LETTERS = re.compile(r"[^\W\d_]")
# Fewer letters than this is a greeting or a word, not a story.
_STORY_LETTERS = 12


def picker(ctx: TurnContext) -> Reply:
    """The languages offered (complete catalogues only), as buttons."""
    buttons = tuple(
        Choice(language.name, payload(ACTION, v=language.code))
        for language in ctx.catalogue.offered
    )
    return Reply((Text(PICK),), quick_replies=buttons)


def offered_at_the_door(ctx: TurnContext) -> bool:
    """LINE says the phone is not in Japanese, and nothing is chosen yet."""
    spoken = ctx.profile_language
    return bool(spoken) and not (spoken or "").lower().startswith("ja") and not ctx.chosen


def spotted(ctx: TurnContext) -> str | None:
    """The language a message was plainly written in (`TurnContext.written`, read while
    the resident has no language, or surely while theirs is not Japanese) when the bot
    speaks it: the turn is answered in it and kept as theirs, as their phone's language
    would be."""
    written = ctx.written
    if written is None or written in (SOURCE, EASY, ctx.language):
        return None
    offered = {language.code for language in ctx.catalogue.offered}
    return written if written in offered else None


def answered_in(code: str, reply: Reply, ctx: TurnContext) -> Reply:
    """`reply` said in the language spotted: 「…にしました」 first, and a way to choose
    another — one more quick reply beside the question's own, or the choice itself when
    there are none. (A crisis answer is the hotlines alone; under the hotlines and the
    danger question, only the one button that opens the choice.)"""
    said = Reply((Text(CHOSEN.format(name=BY_CODE[code].name)),)) + reply
    if not said.quick_replies and not any(_about_danger(message) for message in said.messages):
        return said + picker(ctx)
    if len(said.quick_replies) >= _QUICK_REPLIES_MAX:
        return said
    return Reply(said.messages, (*said.quick_replies, pick_button()))


def _about_danger(message: Outbound) -> bool:
    """The hotlines, or the question whether it is a danger now."""
    return isinstance(message, Hotlines) or (
        isinstance(message, Confirm) and message.text == catalog.CRISIS_CHECK_QUESTION
    )


def not_japanese(message: Inbound) -> bool:
    """Text with letters and neither kana nor kanji (「Hello」「Xin chào」「Olá」)."""
    if not isinstance(message, TextIn):
        return False
    return bool(_LETTERS.search(message.text)) and not _JAPANESE.search(message.text)


def pick_button() -> Choice:
    """「ことば / Language」 as a quick reply: the choice of language."""
    return Choice(PICK_LABEL, payload(ACTION, v="pick"))


def command(message: Inbound) -> str | None:
    """`pick` for 「ことば / Language」, a language code for a tapped language; else None."""
    if isinstance(message, PostbackIn):
        if not message.tap.is_(ACTION):
            return None
        return message.tap.value or "pick"
    if isinstance(message, TextIn):
        typed = _typed(message.text)
        if typed in _WORDS:
            return "pick"
        return _NAMED.get(typed) or _asked_for(message.text)
    return None


def _asked_for(text: str) -> str | None:
    """A language asked for in a short sentence: 「English please」「Do you speak
    Vietnamese?」「Tiếng Việt được không」「中文可以吗」「한국어로 해 주세요」 chooses it;
    「I want to change language」 opens the choice. Not 「My mother doesn't speak
    Japanese」 (a denial), nor a story that names a language."""
    folded = " ".join(without_accents(text).split())
    if _EASY_ASKED.search(_typed(text)):
        return EASY
    # 「…được không?」 asks (「may I?」): no denial.
    if len(folded) > _ASK_LETTERS or _NOT_ASKING.search(folded.replace("duoc khong", "")):
        return None
    named = [code for pattern, code in _NAMES_IN_A_SENTENCE if pattern.search(folded)]
    if len(named) == 1 and (_ASKING.search(folded) or len(folded.split()) <= 2):
        return named[0]
    if not named and _LANGUAGE_WORD.search(folded) and _ASKING.search(folded):
        return "pick"
    return None


# Plainer Japanese asked for, or the words said too hard (spaces and marks taken out):
# 「やさしい にほんご で おねがいします」「日本語がむずかしいです」「質問の意味がわかりません」
# 「もっとかんたんなことばで」 — the whole message. Not a plain 「わかりません」 (the answer
# 「I don't know」), nor 「母は日本語がわかりません」 or a story that names the words.
_EASY_ASKED: Final = re.compile(
    r"^(?:すみません|すいません|ごめんなさい|あの|えっと|ちょっと|もっと|わたしは|私は|ぼくは)*(?:(?:やさしい|易しい|優しい|かんたんな?|簡単な?)(?:日本語|にほんご|ことば|言葉)"
    r"|(?:日本語|にほんご|ことば|言葉|漢字|かんじ|しつもん|質問)(?:の(?:意味|いみ))?(?:が|は)?"
    r"(?:むずかしい|むずかしか|難しい|わかりません|わからない|わからん|よめない|読めない)"
    r"|(?:意味|いみ)が(?:わかりません|わからない|わからん))"
    r"(?:です|ので|から|で|に)?(?:お?ねがい|お?願い|して|書いて|かいて|ください|します|です|ほしい)*$"
)
# A request is short: longer, it is a story (「My son only speaks English at school…」).
_ASK_LETTERS: Final = 40
_NAMES_IN_A_SENTENCE: Final = tuple(
    (re.compile(pattern), code)
    for pattern, code in (
        (r"\b(english|ingles|eigo)\b|英语|영어", "en"),
        (r"\b(vietnamese|tieng viet|vietnamita)\b|越南语|베트남어", "vi"),
        (r"\b(portuguese|portugues)\b|葡萄牙语|포르투갈어", "pt"),
        (r"\b(spanish|espanol|castellano)\b|西班牙语|스페인어", "es"),
        (r"\b(tagalog|filipino|pilipino)\b|菲律宾语|타갈로그어", "fil"),
        (r"\b(korean|coreano|tieng han)\b|韩语|韩文|한국어|한국말", "ko"),
        (r"\b(chinese|chino|chines|tieng trung)\b|中文|汉语|普通话|중국어", "zh-Hans"),
        (r"\b(easy japanese|yasashii nihongo)\b|やさしい日本語|やさしいにほんご", EASY),
        (r"\b(japanese|japones|nihongo|tieng nhat)\b|日语|일본어|(?<!やさしい)日本語", SOURCE),
    )
)
_ASKING: Final = re.compile(
    r"\b(please|pls|plz|can|could|speak|talk|write|switch|change|use|want|prefer|only|"
    r"por favor|fala|falar|habla|hablar|quero|quiero|puede|pode|em|en|in|bang|duoc khong|"
    r"noi|xin|muon|po|sa|ba|gusto|pwede)\b"
    r"|可以|请|用|说|讲|吗|要|로|으로|해\s*주|할\s*수|해요|주세요|ください|で|お願い"
)
_NOT_ASKING: Final = re.compile(
    r"\b(not|don'?t|doesn'?t|can'?t|cannot|never|khong|nao|no|hindi|di)\b|못|不|没|ない|ません"
)
_LANGUAGE_WORD: Final = re.compile(
    r"\b(language|languages|idioma|lingua|lengua|ngon ngu|wika)\b|语言|언어|言語|ことば"
)


def _typed(text: str) -> str:
    """Lower case, full-width as half, no spaces or marks, Latin letters without accents:
    「Ｌａｎｇｕａｇｅ」 → 「language」, 「Tiếng Việt」 → 「tiengviet」 (kana keep theirs)."""
    return re.sub(r"[\s.,!?。、！？「」()（）]+", "", without_accents(text))


_NAMED: Final[dict[str, str]] = {_typed(name): code for name, code in NAMED.items()}
_WORDS: Final[frozenset[str]] = frozenset(_typed(word) for word in WORDS)


def choose(code: str, ctx: TurnContext) -> tuple[Reply, tuple[Effect, ...]]:
    """The language tapped: kept, and said in it. An unknown code asks again."""
    language = BY_CODE.get(code)
    if language is None or language not in ctx.catalogue.offered:
        return picker(ctx), ()
    said = Reply((Text(CHOSEN.format(name=language.name)),))
    return said, (ChooseLanguage(language.code),)


def turn_language(ctx: TurnContext, effects: Sequence[Effect]) -> str:
    """The language this turn's reply is said in: one chosen in the turn, else the
    resident's."""
    chosen = [effect.code for effect in effects if isinstance(effect, ChooseLanguage)]
    return chosen[-1] if chosen else ctx.language


def with_buttons_shown(session: Session, reply: Reply) -> Session:
    """`session` remembering the labels of the buttons `reply` shows."""
    labels: list[str] = [choice.label for choice in reply.quick_replies]
    for message in reply.messages:
        if isinstance(message, Buttons):
            labels.extend(button.label for button in message.buttons)
        elif isinstance(message, Confirm):
            labels.extend((message.yes.label, message.no.label))
        elif isinstance(message, ChoiceGrid):
            labels.extend(choice.label for choice in message.choices)
    return replace(session, offered=tuple(dict.fromkeys(labels)))


def door_language(chosen: str | None, profile: str | None, offered: Sequence[str]) -> str:
    """The resident's language: their choice, else their phone's when the bot speaks it,
    else Japanese."""
    if chosen is not None and chosen in offered:
        return chosen
    spoken = language_of(profile)
    if spoken is None or spoken not in offered or spoken == EASY:
        return SOURCE
    return spoken


def in_another_language(message: Inbound, ctx: TurnContext) -> bool:
    """A story written in the resident's own language (not Japanese), which the NLU cannot
    read: it is taken as written and the troubles are asked with buttons."""
    if not isinstance(message, TextIn) or ctx.language in (SOURCE, EASY):
        return False
    text = message.text
    japanese = _KANA if ctx.language.startswith("zh") else _JAPANESE
    return not japanese.search(text) and _weight(text) >= _STORY_LETTERS


def _weight(text: str) -> int:
    """Letters, a Chinese character or a Hangul syllable counted as a word of three:
    「我没有钱」 and 「돈이 없어요」 tell a trouble as 「I have no money」 does."""
    letters = _LETTERS.findall(text)
    return sum(_SYLLABLE_WEIGHT if _SYLLABLES.match(letter) else 1 for letter in letters)


_SYLLABLES: Final = re.compile(r"[\u3400-\u9fff\uac00-\ud7a3]")
_SYLLABLE_WEIGHT: Final = 3


def in_source_words(message: Inbound, ctx: TurnContext, session: Session) -> Inbound:
    """A command or a button's words typed in the resident's language (「Withdraw
    consent」「동의 취소」「Không」), as the Japanese words the conversation reads; anything
    else as it came."""
    if not isinstance(message, TextIn):
        return message
    source = ctx.catalogue.source_of(message.text, ctx.language, session.offered)
    if source is None:
        source = _none_meant(ctx.catalogue.meanings_of(message.text, ctx.language))
    return message if source is None else replace(message, text=source)


def _none_meant(meanings: frozenset[str]) -> str | None:
    """「Không」「No」 mean ない and いいえ: where no button settles which, 「ない」 (a
    question that takes 「nothing」 reads it so, one that does not asks again); 「Có」
    「Yes」 mean ある and はい: 「はい」 (a consent, a confirmation)."""
    nothing = sorted(meaning for meaning in meanings if says_none(meaning))
    if nothing and meanings <= {*nothing, "いいえ"}:
        return nothing[0]
    if "はい" in meanings and meanings <= {"はい", "ある"}:
        return "はい"
    return None

"""Every sentence of the つなぐシート conversation (plain, warm, short Japanese).

`ASK` holds each question; `ASK_EASY` the やさしい日本語 variant used when a question is
asked again after an answer we could not read; `HELPER_ASK` the wording for someone who
fills the sheet for another person (a 民生委員 on a visit, a family member)."""

from __future__ import annotations

import re
from typing import Final

# ---------------------------------------------------------------- buttons

BY_BUTTONS: Final = "ボタンで選ぶ"
DONE: Final = "これで決定"
SOMETHING_ELSE: Final = "ほかにもある・ちがう"
NO_ANSWER: Final = "答えたくない"
DONT_KNOW: Final = "わからない"
NOTHING: Final = "特になし"
SKIP: Final = "この質問をとばす"
ANONYMOUS: Final = "名前を言わずに相談"
PICK_DATE: Final = "カレンダーで選ぶ"
BACK: Final = "戻る"
RESTART: Final = "やり直す"
PAUSE: Final = "中断"
GO_ON: Final = "続ける"
EASY: Final = "かんたんなことば"
NONE_VALUE: Final = "なし"  # 「ない」 as an answer (no phone, nothing to add)
CONTINUE: Final = "前回の続きから"
FROM_START: Final = "最初から"
SEND: Final = "この内容で送る"
CHANGE: Final = "変更"
YES_THERE_ARE: Final = "ある"
NO_THERE_ARENT: Final = "ない"

BACK_WORDS: Final = ("戻る", "もどる", "前に戻る", "ひとつ前", "前の質問")
RESTART_WORDS: Final = ("やり直す", "やりなおす", "やり直し", "最初から", "はじめから")
PAUSE_WORDS: Final = (
    "中断",
    "中断する",
    "中断します",
    "あとで",
    "後で",
    "一旦やめる",
    "いったんやめる",
    "やめる",
    "やめます",
    "やめたい",
    "やめとく",
    "やめておきます",
    "あとにする",
    "あとにします",
    "後にする",
    "後にします",
    "またにする",
    "またにします",
    "また今度",
    "またこんど",
    "また今度にします",
    "今度にします",
    "もういいです",
    "もういい",
    "今日はここまで",
    "きょうはここまで",
    # The seventeenth tester's: 「ちょっと休憩」「あとで続きを書きます」 were read as answers.
    "休憩",
    "きゅうけい",
    "あとで続きを書きます",
    "あとで続きを書く",
    "続きはまたあとで",
    "続きはあとで",
    "また後で",
    "またあとで",
)
# Typed answers to 「ほかにもお困りのことはありますか？」 (one trouble read from the story).
ONLY_THAT_WORDS: Final = ("それだけ", "ない", "いいえ", "特にない", "以上")
MORE_TROUBLES_WORDS: Final = (
    "ある",
    "あります",
    "ほかにもある",
    "ほかにもあります",
    "まだある",
    "ちがう",
    "違う",
)
CONTINUE_WORDS: Final = ("前回の続きから", "続きから", "つづきから", "続き")
# The same in the other languages, lower case and without accents (「Không biết」 as
# 「khong biet」): an answer the resident does not know or would rather not give.
SKIP_WORDS_IN_LANGUAGES: Final = frozenset(
    {
        "i don't know", "i dont know", "don't know", "dont know", "idk", "not sure",
        "i'm not sure", "rather not say", "i'd rather not say", "prefer not to say", "skip",
        "khong biet", "toi khong biet", "em khong biet", "khong ro", "bo qua",
        "nao sei", "eu nao sei", "prefiro nao dizer", "pular",
        "no se", "no lo se", "yo no se", "prefiero no decir", "saltar",
        "hindi ko alam", "di ko alam", "ewan", "ewan ko", "laktawan",
        "몰라요", "몰라", "모르겠어요", "모르겠습니다", "잘 모르겠어요", "건너뛰기",
        "不知道", "我不知道", "不清楚", "跳过", "不想说",
    }
)  # fmt: skip
SKIP_WORDS: Final = (
    "答えたくない",
    "こたえたくない",
    "言いたくない",
    "わからない",
    "分からない",
    "わかりません",
    "分かりません",
    "わからん",
    "分からん",
    "わからへん",
    "わかりまへん",
    "知らない",
    "しらない",
    "知らん",
    "しらん",
    "不明",
    # 「聞いていない」 of a household member's name: not asked on the visit.
    "聞いていない",
    "聞いてない",
    "きいていない",
    "きいてない",
    "聞いとらん",
    "聞いてません",
    "確認していない",
    "確認してない",
    "スキップ",
    "とばす",
    "飛ばす",
    "この質問をとばす",
    "特になし",
    "とくになし",
    "なし",
    "ない",
    "ありません",
)

# ---------------------------------------------------------------- questions

ASK: Final[dict[str, str]] = {
    "story": (
        "どんなことでお困りですか？ご自由にお書きください。\n"
        "書くのがむずかしいときは「ボタンで選ぶ」を押してください。"
    ),
    "troubles_confirm": "{labels} でお困りなんですね。一番お困りなのはどれですか？",
    "troubles_confirm_one": "{labels} でお困りなんですね。ほかにもお困りのことはありますか？",
    "categories": (
        "あてはまるものを、いくつでも押してください。選んだものには「○」がつきます。"
        "選び終わったら「これで決定」を押してください。"
    ),
    "primary": "この中で、一番お困りなのはどれですか？",
    "other_detail": "「その他」のお困りごとは、どんなことですか？短くて大丈夫です。",
    "consulter": "ご相談は、どなたのことですか？",
    "consulter_detail": (
        "ご本人とのご関係を教えてください。（例：長女、となりに住む者、ケアマネジャー）"
    ),
    "consulter_name": "あなたのお名前を教えてください。（書かなくても大丈夫です）",
    "consulter_phone": "あなたの連絡先の電話番号を教えてください。",
    "name": "お名前を教えてください。\n名前を言わずに相談することもできます。",
    "kana": "お名前のふりがなを、ひらがなで教えてください。",
    "gender": "性別を教えてください。",
    "birth": (
        "生年月日を教えてください。\n"
        "「昭和30年5月3日」「1955/5/3」のように書くか、カレンダーから選べます。"
        "年齢だけ（例：70歳）でも大丈夫です。"
    ),
    "postal": "郵便番号を教えてください。（例：700-0914）",
    "address_rest": "{address} ですね。続きの番地や建物の名前を書いてください。",
    "address": "ご住所を書いてください。",
    "ward": "お住まいの区を選んでください。",
    "phone": (
        "連絡のつく電話番号を教えてください。（例：090-1234-5678）\n"
        "自宅と携帯の両方あれば、両方書いてください。"
    ),
    "household_size": "いっしょに住んでいるのは、ご本人を入れて何人ですか？",
    "member_relation": "{n}人目の方は、ご本人から見てどなたですか？",
    "member_relation_check": (
        "「{said}」は、あなたから見てですね。{person}から見て、どなたですか？"
        "下のボタンから選ぶか、ことばで書いてください。"
    ),
    "member_fix": "{relation}について、どれを直しますか？",
    "member_name": "{relation}のお名前を教えてください。（書かなくても大丈夫です）",
    "member_age": "{relation}の年齢を教えてください。（例：45歳）",
    "member_note": "{relation}について、伝えておきたいことはありますか？（病気、仕事、学校など）",
    "living": "ご家族のくらしの様子で、伝えておきたいことはありますか？",
    "living_alone": (
        "ふだんのくらしの様子で、伝えておきたいことはありますか？（食事、通院、買い物など）"
    ),
    "supporters": "すでに相談している機関や、来てもらっている支援はありますか？",
    "supporter_agency": "どちらの機関ですか？（例：地域包括支援センター、ケアマネジャー）",
    "supporter_support": "{agency}からは、どんな支援を受けていますか？",
    "supporter_more": "ほかにも、相談している機関はありますか？",
    "summary": "ここまでの内容です。直したいところは「変更」を押してください。",
    "resume": "前にお話しいただいた内容が残っています。続きからにしますか？",
}

ASK_EASY: Final[dict[str, str]] = {
    "story": "こまっている ことを かいて ください。ボタン でも えらべます。",
    "categories": "あてはまる ものを おして ください。さいごに「これで決定」を おして ください。",
    "primary": "いちばん こまっている ことは どれですか？",
    "consulter": "だれの ことの そうだん ですか？",
    "name": "なまえを おしえて ください。なまえを いわなくても そうだん できます。",
    "kana": "なまえの よみかたを ひらがなで おしえて ください。",
    "gender": "せいべつを えらんで ください。",
    "birth": "うまれた ひ（れい：昭和30年5月3日）か、としを（れい：70歳）おしえて ください。",
    "postal": "ゆうびん ばんごうを すうじ 7けたで おしえて ください。（れい：7000914）",
    "address": "すんで いる ところを かいて ください。",
    "phone": "でんわ ばんごうを すうじで おしえて ください。（れい：09012345678）",
    "household_size": "いっしょに すんで いる ひとは、あなたを いれて なんにん ですか？",
    "member_age": "その ひとの としを すうじで おしえて ください。（れい：45）",
    "supporters": "いま、そうだん して いる ところは ありますか？",
}

HELPER_ASK: Final[dict[str, str]] = {
    "name": "ご本人のお名前を教えてください。\n名前を言わずに相談することもできます。",
    "kana": "ご本人のお名前のふりがなを、ひらがなで教えてください。",
    "gender": "ご本人の性別を教えてください。",
    "birth": (
        "ご本人の生年月日を教えてください。\n"
        "「昭和30年5月3日」「1955/5/3」のように書くか、カレンダーから選べます。"
        "年齢だけ（例：70歳）でも大丈夫です。"
    ),
    "postal": "ご本人のお住まいの郵便番号を教えてください。（例：700-0914）",
    "address": "ご本人のご住所を書いてください。",
    "ward": "ご本人のお住まいの区を選んでください。",
    "phone": (
        "ご本人に連絡のつく電話番号を教えてください。自宅と携帯の両方あれば、両方書いてください。"
    ),
    "household_size": "ご本人といっしょに住んでいるのは、ご本人を入れて何人ですか？",
}

# ---------------------------------------------------------------- choices

CONSULTER_CHOICES: Final = (
    ("self", "自分のこと"),
    ("family", "家族・親族のこと"),
    ("neighbor", "近所・知人のこと"),
    ("agency", "関係機関として"),
    ("minsei_iin", "民生委員として"),
)
GENDER_CHOICES: Final = (
    ("male", "男性"),
    ("female", "女性"),
    ("other_or_unsaid", "その他・答えない"),
)
SIZE_CHOICES: Final = (
    ("1", "ひとり暮らし"),
    ("2", "2人"),
    ("3", "3人"),
    ("4", "4人"),
    ("5", "5人"),
    ("more", "6人以上"),
)
RELATION_CHOICES: Final = (
    ("配偶者", "夫・妻"),
    ("子", "子ども"),
    ("親", "父・母"),
    ("きょうだい", "きょうだい"),
    ("孫", "孫"),
    ("祖父母", "祖父母"),
    ("その他", "その他"),
)
YES_NO_CHOICES: Final = (("yes", YES_THERE_ARE), ("no", NO_THERE_ARENT))

# Words people type for a button (by the button's value). A name may stand inside a longer
# answer (「うちの母です」); an answer must be the whole reply (「ない」 is no answer inside
# 「わからない」). See `handlers/intake/choosing.py`.
TYPED_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "self": (
        "自分",
        "じぶん",
        "私",
        "わたし",
        "わたくし",
        "あたし",
        "本人",
        "ほんにん",
        "僕",
        "ぼく",
        "俺",
        "おれ",
        "わし",
    ),
    "family": (
        "家族",
        "かぞく",
        "親族",
        "母",
        "父",
        "夫",
        "妻",
        "主人",
        "旦那",
        "家内",
        "嫁",
        "息子",
        "むすこ",
        "娘",
        "むすめ",
        "子ども",
        "子供",
        "こども",
        "親",
        "兄",
        "弟",
        "姉",
        "妹",
        "祖母",
        "祖父",
        "孫",
        "まご",
        "おかあ",
        "おとう",
        "かあちゃん",
        "とうちゃん",
        "おばあちゃん",
        "おじいちゃん",
        "義母",
        "義父",
        "叔母",
        "叔父",
        "伯母",
        "伯父",
        "姪",
        "甥",
        "いとこ",
    ),
    "neighbor": (
        "近所",
        "きんじょ",
        "知人",
        "知り合い",
        "しりあい",
        "友人",
        "友達",
        "友だち",
        "ともだち",
        "隣",
        "となり",
    ),
    "agency": ("機関", "事業所", "ケアマネ", "包括", "職員"),
    "minsei_iin": ("民生委員", "みんせいいいん", "児童委員"),
    "male": ("男", "おとこ", "だんせい"),
    "female": ("女", "おんな", "じょせい"),
    "1": ("一人", "独り", "ひとり", "独居"),
    # The troubles by their readings and plain words (「けんこう」「かいご」「しごと」).
    "medical": ("びょうき", "いりょう", "病院", "びょういん"),
    "mental": ("こころ", "めんたる"),
    "care": ("かいご",),
    "disability": ("しょうがい",),
    "childcare": ("こそだて", "育児", "いくじ"),
    "income": ("しゅうにゅう", "しごと", "お金", "おかね", "給料", "きゅうりょう"),
    "debt": ("ししゅつ", "しゃっきん", "たいのう", "お金", "おかね"),
    "housing": ("すまい", "住居", "じゅうきょ"),
    "abuse": ("ぎゃくたい", "暴力", "ぼうりょく", "DV", "dv", "でぃーぶい", "虐待"),
    "rights": ("けんりようご", "こうけん"),
    "health": ("けんこう",),
    "other": ("そのた",),
}
# The same whole answers in the bot's other languages (lower case, no accents): who the
# consultation is about, and the gender — as people type them instead of the button.
ANSWERS_IN_LANGUAGES: Final[dict[str, frozenset[str]]] = {
    "self": frozenset({
        "me", "myself", "for me", "it's for me", "its for me", "about me", "i am", "mine",
        "cho toi", "toi", "ve toi", "chinh toi", "ban than toi", "em", "cho em",
        "我", "我自己", "自己", "是我", "저", "저요", "나", "제 일이에요", "제 얘기예요", "본인",
        "eu", "para mim", "sobre mim", "eu mesmo", "eu mesma", "yo", "para mi", "sobre mi",
        "yo mismo", "yo misma", "ako", "para sa akin", "sarili ko", "tungkol sa akin",
    }),
    "family": frozenset({
        "my mother", "my mom", "my mum", "my father", "my dad", "my husband", "my wife",
        "my son", "my daughter", "my parents", "my brother", "my sister", "my family",
        "me toi", "bo toi", "cha toi", "chong toi", "vo toi", "con toi", "gia dinh toi",
        "我妈妈", "我妈", "我爸爸", "我爸", "我丈夫", "我老公", "我妻子", "我老婆", "我儿子",
        "我女儿", "家人",
        "어머니", "엄마", "아버지", "아빠", "남편", "아내", "아들", "딸", "가족",
        "minha mae", "meu pai", "meu marido", "minha esposa", "meu filho", "minha filha",
        "mi madre", "mi mama", "mi padre", "mi papa", "mi esposo", "mi marido", "mi esposa",
        "mi hijo", "mi hija", "nanay ko", "tatay ko", "asawa ko", "anak ko", "pamilya ko",
    }),
    "female": frozenset({
        "woman", "f", "female", "lady", "girl", "여자", "여성", "여", "mulher", "mujer", "babae",
        "女", "女的", "女性", "nu", "phu nu", "con gai",
    }),
    "male": frozenset({
        "man", "m", "male", "guy", "boy", "남자", "남성", "남", "homem", "hombre", "lalaki",
        "男", "男的", "男性", "nam", "dan ong", "con trai",
    }),
}  # fmt: skip
TYPED_ANSWERS: Final[dict[str, tuple[str, ...]]] = {
    "yes": (
        "はい",
        "ある",
        "あります",
        "あり",
        "うん",
        "ええ",
        "いる",
        "います",
        "おる",
        "おります",
        "ほかにもある",
        "ほかにもあります",
        "まだある",
        "まだあります",
    ),
    "no": (
        "いいえ",
        "ない",
        "ありません",
        "なし",
        "いない",
        "いません",
        "おらん",
        "おらへん",
        "ううん",
        "いや",
        "特にない",
        "とくにない",
    ),
}

# ---------------------------------------------------------------- summary labels

SUMMARY_TITLE: Final = "つなぐシート（ご相談の内容）"
SUMMARY_ALT: Final = "ご相談の内容の確認です。"
LABEL: Final[dict[str, str]] = {
    "story": "ご相談の内容",
    "categories": "お困りごと（◎一番）",
    "consulter": "ご相談者",
    "name": "お名前",
    "kana": "ふりがな",
    "gender": "性別",
    "birth": "生年月日・年齢",
    "address": "ご住所",
    "ward": "区",
    "phone": "電話",
    "household_size": "世帯の人数",
    "members": "いっしょに住む方",
    "living": "くらしの様子",
    "supporters": "相談中の機関",
}
NOT_GIVEN: Final = "（未記入）"
ANONYMOUS_VALUE: Final = "名前を言わずに相談"
AGE: Final = "{n}歳"
PEOPLE: Final = "{n}人"
OTHER_DETAIL: Final = "（その他：{detail}）"

# ---------------------------------------------------------------- reactions

ANONYMOUS_EXPLAINED: Final = (
    "わかりました。名前を言わずに相談できます。\n"
    "ただ、お名前や電話番号がないと、相談先から連絡したり、"
    "お家へうかがったり、手続きを進めたりすることができません。"
    "あとから伝えたくなったら、最後の確認で「変更」を押してください。"
)
NAV_HINT: Final = "途中で「戻る」「やり直す」「中断」と書くこともできます。"
STORY_TAKEN: Final = (
    "書いてくださって、ありがとうございます。ご相談として受け取りました。\n"
    "合った相談先につなぐため、いくつか質問させてください。\n" + NAV_HINT
)
# A greeting or thanks sent as a bubble of its own while a question is open: a word back,
# then the question again (no miss).
COURTESY_BACK: Final[dict[str | None, str]] = {
    "greet": "はい、よろしくお願いします。",
    "thanks": "こちらこそ、ありがとうございます。",
}
# More of the story sent after it, where another question was open.
STORY_ADDED: Final = "お話に書き加えました。"
SAVED_AND_PAUSED: Final = (
    "ここまでの内容は保存しました。\n続けるときは「続ける」を押すか、「相談する」と書いてください。"
)
RESTARTED: Final = "はじめからお聞きしますね。"
# 「えっと」「ちょっと待って」 where a question is open: the question stays, nothing is missed.
TAKE_YOUR_TIME: Final = "ゆっくりで大丈夫です。"
NOTHING_BEFORE: Final = "これが最初の質問です。"
CORRECTED: Final[dict[str, str]] = {
    "birth": "年齢（生年月日）を直しました。",
    "phone": "電話番号を直しました。",
    "postal": "郵便番号と住所を直しました。",
}
# A bubble sent right after an answer, before the next question: that answer put right.
ANSWER_PUT_RIGHT: Final = "前のご質問の答えを直しました。"
# The name given for the person was the writer's own: kept as theirs.
NAME_PUT_RIGHT: Final = "お名前を直しました。"
WRITERS_NAME_KEPT: Final = "さきほどのお名前は、書いてくださった方のお名前として記録しました。"
# 「いや、」「違います、」「間違えました。」: what comes after puts an earlier answer right.
CORRECTION_LEAD: Final = re.compile(
    r"^(?:(?:あ|あっ|あー|あれ|すみません|すいません|ごめんなさい|ごめん)[、,。\s]*)?"
    r"(?:いや|いえ|いいえ|ちがう|違う|ちがいます|違います|ちゃう|"
    r"(?:まちがえ|間違え|まちごう)(?:ました|た)?|訂正(?:です|します)?)[、,。.!！\s]+"
)


# 「あ、すみません生年月日まちがえました 1997年7月15日です」: a mistake owned anywhere in
# the message; what comes after puts it right.
CORRECTION_SAID: Final = re.compile(
    r"(?:まちがえ|間違え|まちごう|まちがって|間違って|訂正)"
    r"(?:ました|てました|ていました|てた|た|とった|とりました|します|です)?[、,。.!！\s]*"
)
# Said so, and nothing after it could be read: where to put it right.
CORRECTION_HOW: Final = (
    "直したいところは、「戻る」で前の質問に戻るか、最後の確認画面の「変更」で直せます。"
)


def correction(typed: str) -> str | None:
    """What follows 「いや、」 at the start of a message, or a mistake owned anywhere in
    it (「…まちがえました 1997年7月15日です」); None when there is none."""
    said = typed.strip()
    lead = CORRECTION_LEAD.match(said) or CORRECTION_SAID.search(said)
    rest = said[lead.end() :] if lead else ""
    return rest or None


def owns_a_mistake(typed: str) -> bool:
    """「生年月日まちがえました」: a mistake owned, whatever follows."""
    return CORRECTION_SAID.search(typed) is not None


WELCOME_BACK: Final = "おかえりなさい。"
THANK_YOU_STORY: Final = "お話しくださって、ありがとうございます。"
OUTSIDE_CITY: Final = (
    "{address} は、{city}の外のようです。"
    "{city}の窓口がご案内できないこともありますが、このままご相談いただけます。"
    "お住まいの地域でも使える、全国・県の相談先もお知らせします。"
)
OUTSIDE_CITY_CONTACTS: Final = "全国・県の相談先です。"
POSTAL_NOT_FOUND: Final = (
    "ごめんなさい、その郵便番号が見つかりませんでした。"
    "もう一度、数字7けたで書いてください。わからないときは「わからない」で大丈夫です。"
)
CATEGORIES_NONE: Final = "まだ何も選ばれていません。あてはまるものを押してください。"
CATEGORIES_CHOSEN: Final = "いま選んでいるもの：{labels}"
SENT_TO_HANDOFF: Final = "ありがとうございます。シートを保存しました。"

PHONE_AGAIN: Final = (
    "ごめんなさい、電話番号が読み取れませんでした。"
    "「090-1234-5678」のように、市外局番から数字で書いてください。"
)
AGAIN: Final[dict[str, str]] = {
    "default": "ごめんなさい、うまく読み取れませんでした。",
    "birth": (
        "ごめんなさい、日付が読み取れませんでした。"
        "「昭和30年5月3日」「1955/5/3」「70歳」のように書いてください。"
    ),
    "phone": PHONE_AGAIN,
    "consulter_phone": PHONE_AGAIN,
    "postal": "ごめんなさい、郵便番号が読み取れませんでした。数字7けたで書いてください。",
    "kana": "ごめんなさい、ひらがなで書いていただけますか。",
    "member_age": "ごめんなさい、年齢が読み取れませんでした。数字で書いてください。",
    "household_size": "ごめんなさい、人数が読み取れませんでした。ボタンか数字で教えてください。",
    "choice": "ごめんなさい、うまく読み取れませんでした。下のボタンから選んでください。",
    "several_main": "どれも大事なことですね。いちばんのものを、下のボタンから一つ選んでください。",
    "summary": (
        "直すところは、カードの「変更」を押すか、「名前は〇〇です」のように書いてください。"
        "よければ「この内容で送る」を押してください。"
    ),
}
MEDIA: Final[dict[str, str]] = {
    "sticker": "スタンプありがとうございます。",
    "image": "写真ありがとうございます。ただ、写真の中身はこちらでは読み取れません。",
    "location": "位置情報ありがとうございます。ただ、ここでは住所として読み取れません。",
    "other": "送ってくださってありがとうございます。ただ、中身はこちらでは読み取れません。",
}
SIZE_MORE: Final = "大きなご家族ですね。何人か、数字で書いてください。（例：7）"
TOO_LONG: Final = "ありがとうございます。少し長いので、短くまとめて書いていただけますか。"
ONLY_SYMBOLS: Final = "ありがとうございます。この質問には、ことばで答えていただけますか。"
NOT_A_NAME: Final = (
    "書いてくださったことは、記録に残しました。この質問には、お名前だけを送ってください。"
)
STUCK: Final = "答えにくい質問でしたら、とばしても大丈夫です。担当者と直接話すこともできます。"

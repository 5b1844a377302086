"""The words of the crisis rules, as patterns over the normalised text.

The text is NFKC-folded, lower-cased, without spaces, katakana turned into hiragana
(see `nlu.text_normal`), so every pattern is written with kanji and hiragana only, and
each common word also in hiragana (死|し). Dialect endings (岡山弁 〜よる, 〜てぇ) are
written into the patterns that residents use them with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Cue:
    """A pattern that raises a flag; `unless` (same sentence) takes it back, `needs`
    (anywhere in the message) must also be there."""

    pattern: str
    unless: str | None = None
    needs: str | None = None


# Young children, for cues that only mean danger to a child.
CHILD: Final[str] = (
    r"((子|こ)(ども|供)|(赤|あか)ちゃん|(赤|あか)ん(坊|ぼう)|乳児|幼児|園児|小学生|中学生|小さい子|この子)"
)
# A child talking about their own parent.
CHILD_VOICE: Final[str] = (
    r"(小学生|中学生|高校生|(子|こ)(ども|供)|お(父|とう)さん|お(母|かあ)さん|まま|ぱぱ|親に|親が)"
)
_THINGS_FALLEN: Final[str] = (
    r"(木|き|自転車|じてんしゃ|ばいく|塀|へい|棚|たな|家具|看板|電柱|植木|墓石|屋根|柱|ぶろっく|本)(が|も)?(倒|たお)れ"
    r"|(倒|たお)れて(い)?(る|た)?(動|うご)かない(木|自転車|じてんしゃ|ばいく|棚|家具|看板|電柱)"
)
_ANIMALS: Final[str] = r"(猫|ねこ|犬|いぬ|ぺっと|鳥|とり|いんこ|うさぎ|ハムスター|はむすたー)"
_NOT_LIFE: Final[str] = r"(話|はなし|仕事|しごと|相談|会話|この件|勉強|作業|練習|掃除|片付け)"

# Thoughts of suicide or self-harm. Bare 死ぬ is no cue: 「死ぬほど疲れた」「死ぬかと思った」
# are idioms; a wish, a plan or an act is.
SUICIDE: Final[tuple[Cue, ...]] = (
    Cue(r"(死|し)(に|な)(たい|たく(て|な?る)|て(ぇ|え|ー))"),
    Cue(r"(死|し)にと(う|ー)(?!ない)"),
    Cue(r"(死|し)んで(しまい|しま|しもう?|も)?(たい|いい|楽に|らくに|お詫び|わび)"),
    Cue(r"(死|し)のう(と|か)"),
    Cue(r"(死|し)ぬ(しか|つもり|気でい|きでい|覚悟|方法|ほうほう)"),
    Cue(r"(今から|いまから|これから)(死|し)ぬ"),
    Cue(
        r"(自殺|じさつ)(したい|しよう|する(つもり|しか|かも)|を(考え|かんがえ|図|はか|した|しようと)|未遂|願望)"
    ),
    Cue(r"(消|き)え(たい|てしまいたい|てなくなりたい|ちゃいたい|てしまいそう)"),
    Cue(r"いなくなりたい"),
    Cue(
        r"(生|い)きて(いる|る|い)?(意味|いみ|価値|かち)(が|は|も)?(ない|無い|わからない|ありません|ねぇ)"
    ),
    Cue(r"(生|い)き(て|とっ|とる)(い)?(て)?(も|ても)(しょうがない|しかたない|仕方(が)?ない|意味)"),
    Cue(r"(生|い)きて(いたく|いく(のが|の)?(つら|辛|しんど)|いけない気がし)"),
    Cue(r"(生|い)きるの(が|に)(つら|辛|しんど|もう無理|もうむり|いや|嫌|疲れ|つかれ)"),
    Cue(r"(生|い)まれてこなければ"),
    Cue(r"(首|くび)を?(吊|つ)(ろ|る|っ)"),
    Cue(r"(首|くび)つり"),
    Cue(r"(ろーぷ|縄|なわ)を(買|か|用意|準備)"),
    Cue(r"りすとかっと|りすか"),
    Cue(r"(手首|てくび)を(切|き)"),
    Cue(r"(自傷|じしょう)"),
    Cue(r"(自分|じぶん)を(傷|きず)つけ"),
    Cue(r"(飛|と)び(降|お)り(たい|よう|る|自殺)"),
    Cue(r"(飛|と)び(込|こ)み(たい|そう)"),
    Cue(r"(練炭|れんたん)"),
    Cue(r"(薬|くすり)を(大量|たくさん|全部|ぜんぶ|まとめて|ため|溜め|貯め|集め)"),
    Cue(r"おーばーどーず|odし"),
    Cue(r"(遺書|いしょ)"),
    Cue(r"(命|いのち)を(絶|た)"),
    Cue(r"(今日|きょう|今夜|こんや)で(全部|ぜんぶ)?(終|お)わりに(し|す)"),
    Cue(
        r"(人生|全部|ぜんぶ|何もかも|なにもかも|もう)を?(終|お)わり(に|を)(したい|する)",
        unless=_NOT_LIFE,
    ),
    Cue(r"(もう|人生を?|全部|ぜんぶ)(終|お)わらせたい", unless=_NOT_LIFE),
    Cue(r"(この世|このよ)から(消|き)え"),
)

# Violence happening now or about to happen, to the writer or someone else.
VIOLENCE: Final[tuple[Cue, ...]] = (
    Cue(r"(殴|なぐ|叩|たた|蹴)られ(て(い|る|ま|よ|ん)|とる|よる|てる)"),
    Cue(r"(殴|なぐ|叩|たた|蹴)られ(そう|る(かも|!|。|$))"),
    Cue(r"(ぶた|どつか)れ(て|とる|よる)"),
    Cue(r"(殴|なぐ)って(い|る|ま|ん)"),
    Cue(r"(殴|なぐ)る(音|おと|声)"),
    Cue(r"(殴|なぐ)り(かか|掛か)"),
    Cue(r"(殺|ころ)され(る|そう|ちゃう|かけ)"),
    Cue(r"(殺|ころ)して(やる|やろうか)"),
    Cue(r"(殺|ころ)しに(行|い|来|く)"),
    Cue(r"(殺|ころ)す(ぞ|と(言|い)われ|って(言|い)われ)"),
    Cue(r"(刃物|はもの|包丁|ほうちょう|ないふ)を?(持|も)(って|った|ち出|ちだ)"),
    Cue(r"(刃物|はもの|包丁|ほうちょう|ないふ)を?(振|ふ)り(回|まわ)"),
    Cue(r"(刃物|はもの|包丁|ほうちょう|ないふ)を?(突|つ)きつけ"),
    Cue(r"(首|くび)を(絞|し)められ"),
    Cue(r"(逃|に)げて(き|来)(た|ました|ちゃった)", unless=_ANIMALS),
    Cue(r"(逃|に)げ(出|だ)してきた", unless=_ANIMALS),
    Cue(r"(暴|あば)れて(い|る|ま|よ|ん)"),
    Cue(r"(押|お)し(入|い)(って|られ)"),
    Cue(r"(待|ま)ち(伏|ぶ)せ(して(い|る)|されて(い|る))"),
    Cue(r"(どあ|玄関|げんかん|窓|まど)を(蹴|け|壊|こわ)"),
    Cue(r"(助|たす)けて.{0,6}(殴|なぐ|殺|ころ|暴|あば)"),
)

# A child in danger now.
CHILD_DANGER: Final[tuple[Cue, ...]] = (
    Cue(r"(子|こ)(ども|供)?が(家|いえ|うち)に(帰|かえ)れない"),
    Cue(r"(家|いえ|うち)に(帰|かえ)(れない|りたくない|れへん|れん)", needs=CHILD_VOICE),
    Cue(
        r"(親|おや|まま|ぱぱ|お(父|とう)さん|お(母|かあ)さん)に(叩|たた|殴|なぐ|蹴|ぶ)(か|ら|た)れ"
    ),
    Cue(r"(子|こ)(ども|供)?を(叩|たた|殴|なぐ|蹴)(いてしまう|ってしまう|いてしまい|ってしまい)"),
    Cue(r"(子|こ)(ども|供)?を(殴|なぐ|叩|たた|蹴)って(い|る)"),
    Cue(r"(叩|たた|殴|なぐ|蹴)(く|る)(の|ん)(が|を)(止|と|や)(まら|まん|めら|めれ)"),
    Cue(r"(子|こ)(ども|供)?に何を(する|してしまう)か(分|わ)から"),
    Cue(r"(息|いき)を?(して(い)?(ない|ません|へん)|しとらん|してへん)", needs=CHILD),
    Cue(r"(べらんだ|外|そと|家の外)に(出|だ)され"),
    Cue(r"(閉|と)じ(込|こ)められ", needs=CHILD),
    Cue(r"(放置|ほうち)され(て|た)", needs=CHILD),
    Cue(r"(車|くるま)に(置|お|残|のこ)(い|し|さ)", needs=CHILD),
    Cue(r"(お湯|おゆ|熱湯|ねっとう|たばこ)を(かけ|掛け|押し付け|おしつけ)られ", needs=CHILD),
    Cue(r"(揺|ゆ)さぶ(って|り)?(しまい|しま)?そう"),
    Cue(r"(投|な)げつけ(そう|たく)", needs=CHILD),
    Cue(r"(首|くび)を(絞|し)め(そう|たく|てしまいそう)", needs=CHILD),
    Cue(r"(ご飯|ごはん|食事|みるく)を(あげ|与え|食べさせ)て(い)?(ない|ません)", needs=CHILD),
    Cue(r"(誘拐|ゆうかい)"),
    Cue(r"(知らない|見知らぬ)(男|女|人).{0,4}(連|つ)れ(て|去)"),
    Cue(r"(ぐったり|動かない|うごかない)", needs=r"(赤|あか)ちゃん|(赤|あか)ん(坊|ぼう)|乳児"),
    Cue(r"(子|こ)(ども|供)?と(一緒|いっしょ)に(死|し)(の|に|ぬ)"),
    Cue(r"(道連れ|みちづれ)", needs=CHILD),
    Cue(r"(子|こ)(ども|供)?を(殺|ころ)し(そう|てしまいそう|たくなる)"),
)

# Someone needs an ambulance now.
MEDICAL_EMERGENCY: Final[tuple[Cue, ...]] = (
    Cue(
        r"(倒|たお)れて(い)?(て)?.{0,4}(動|うご)(かない|きません|かへん|かん)",
        unless=_THINGS_FALLEN,
    ),
    Cue(r"(倒|たお)れて(い|る)(る|ます|て)", unless=_THINGS_FALLEN),
    Cue(
        r"(倒|たお)れ(て|た|てもうて).{0,10}((返事|へんじ|反応|はんのう)が?(ない|ありません|しない)|(息|いき|呼吸)が(変|へん|おかし|弱))",
        unless=_THINGS_FALLEN,
    ),
    Cue(
        r"(意識|いしき)が(ない|無い|ありません|もうろう|朦朧|はっきりしない|戻らない|遠の|とおの|薄れ|うすれ)"
    ),
    Cue(r"(呼吸|こきゅう|息|いき)が(急に|きゅうに|すごく|とても|ひどく)?(苦|くる)し(?!くなる)"),
    Cue(r"(呼吸|こきゅう|息|いき)が(でき|出来)(ない|ません|ん|へん)"),
    Cue(r"(息|いき)(を|も)?(して(い)?(ない|ません|へん)|しとらん|しとらへん|してへん)"),
    Cue(r"(反応|はんのう)が(ない|無い|ありません)"),
    Cue(
        r"(呼|よ)びかけ(て)?(も|に).{0,4}((返事|へんじ|反応|答え|こたえ)(を|が)?(しない|ない|ありません)|(答|こた|応)えない)"
    ),
    Cue(
        r"(声|こえ)をかけ(て)?も.{0,4}(返事|へんじ|反応|答え)(が|を)?(ない|ありません|しない|しません)"
    ),
    Cue(r"(出血|血)が(止|と)まら"),
    Cue(r"(けいれん|痙攣)(して(い|る|ま)|が(止|と)まら)"),
    Cue(r"(胸|むね)が(急に|突然|いきなり).{0,3}(痛|苦)"),
    Cue(r"(胸|むね)を(押|お)さえ"),
    Cue(r"ろれつが(回|まわ)ら"),
    Cue(r"(喉|のど)に(詰|つ)ま"),
    Cue(r"(お風呂|風呂|ふろ|湯船|浴槽|川|海|ぷーる).{0,8}((沈|しず)んで|(溺|おぼ)れ)"),
    Cue(r"(落ち|おち|転ん|ころん|転倒).{0,6}(起|お)き(上|あ)がれ"),
    Cue(r"(白目|しろめ)を"),
    Cue(r"(泡|あわ)を(吹|ふ)"),
    Cue(r"ぐったりして(い)?(て)?.{0,4}(動か|話せ|しゃべれ|返事|反応|起き)"),
)

CUES: Final[dict[str, tuple[Cue, ...]]] = {
    "suicide": SUICIDE,
    "violence": VIOLENCE,
    "child_danger": CHILD_DANGER,
    "medical_emergency": MEDICAL_EMERGENCY,
}

# After a cue: the thought is denied (「死にたいとは思わない」「死にたいわけじゃない」).
NEGATION_AFTER: Final[str] = (
    r"^(とまでは|までは|とは|なんて|なんか|とか|と)?(全然|ぜんぜん|まったく|決して|けっして)?"
    r"(思わない|思いません|思ってない|思っていない|思っていません|おもわない|考えてない|考えていない"
    r"|わけ(では|じゃ)(ない|ありません)|ことはない|ことはありません|気持ちは(ない|ありません))"
)
# 「思わない日はない」 is a double negative: the thought is there every day.
DOUBLE_NEGATION: Final[str] = r"(日|ひ)(は|が)(ない|ありません)"

# After a cue: a fear that is not happening (「息をしていないんじゃないかと確認してしまう」).
HYPOTHETICAL_AFTER: Final[str] = (
    r"^(.{0,6}?(ん|の)(じゃ|では)ないか(と|って|な|心配|しんぱい)|か(と)?(心配|しんぱい|不安|確認|確か))"
)

# In the same sentence: the cue is the subject of a course, a talk or volunteering.
TOPIC_ONLY: Final[str] = (
    r"(研修|講座|講習|講演|せみなー|勉強会|げーときーぱー|予防|対策|啓発|ぼらんてぃあ|資格|どらま|映画|えいが|にゅーす|報道|報じ|番組|漫画|まんが|小説|げーむ|病気について)"
)

# Before a cue in the same sentence: the event is long past.
DISTANT_PAST: Final[str] = (
    r"(昔|むかし|以前|いぜん|かつて|若い(頃|ころ)|学生(の頃|のころ|時代)|(子ども|子供|こども)(の頃|のころ)"
    r"|(\d+|何|なん|数|すう|十)年(前|まえ)|去年|昨年|先月|先々月|先週|(\d+|何|数)(か|ヶ|ヵ|カ|ケ)月前|当時|この前|前回)"
)
# After a cue: it is told in the past tense.
PAST_TENSE_AFTER: Final[str] = r"(た|ました|ていた|てた|ことがあ|ことある|だった|でした)"
# Anywhere: it has come back (「最近またそう思う」), so the past does not excuse it.
RECURRENCE: Final[str] = (
    r"(最近|さいきん|このごろ|この頃|近頃|ちかごろ|今も|いまも|今でも|いまでも|今また|再び|ふたたび|ぶり返"
    r"|また(そう|死|し|消|き|同じ気持ち))"
)

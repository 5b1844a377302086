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
    r"((子|こ)(ども|供)|(赤|あか)ちゃん|(赤|あか)ん(坊|ぼう)|乳児|幼児|園児|小学生|中学生|小さい子|この子"
    r"|の子|(甥|おい|姪|めい)っ子|小学\d|小\d)"
)
# A child too young to be out alone, for a child who has not come home.
YOUNG_CHILD: Final[str] = (
    r"(小学|しょうがく|小\d|幼稚園|保育園|園児|幼児|(?<!\d)\d(歳|才|さい)|小さい|ちいさい|幼い|おさない)"
)
# The writer speaking of themselves (私なんか…).
SELF: Final[str] = r"(自分|じぶん|私|わたし|あたし|うち|俺|おれ|僕|ぼく|わし)"
# Words of dying, for a wish that means death only beside them (楽になりたい).
DEATH: Final[str] = (
    r"((死|し)(ね|のう|にたい)|(消|き)えたい|いなくなり|この世|このよ|あの世|あのよ|(生|い)きる(の|こと)"
    r"|(生|い)きて(い)?(る|く)の|(眠|ねむ)ったまま)"
)
# A child talking about their own parent.
CHILD_VOICE: Final[str] = (
    r"(小学生|中学生|高校生|(子|こ)(ども|供)|お(父|とう)さん|お(母|かあ)さん|まま|ぱぱ|親に|親が)"
)
_THINGS_FALLEN: Final[str] = (
    r"(木|き|自転車|じてんしゃ|ばいく|塀|へい|棚|たな|家具|看板|電柱|植木|墓石|屋根|柱|ぶろっく|本)(が|も)?(倒|たお)れ"
    r"|(倒|たお)れて(い)?(る|た)?(動|うご)かない(木|自転車|じてんしゃ|ばいく|棚|家具|看板|電柱)"
)
# No bare とり: it is in ひとり, やりとり, とりあえず.
_ANIMALS: Final[str] = r"(猫|ねこ|犬|いぬ|ぺっと|鳥|ことり|いんこ|うさぎ|はむすたー|金魚|きんぎょ)"
_PEOPLE: Final[str] = (
    r"(父|母|夫|妻|祖|じい|ばあ|家内|主人|旦那|だんな|息子|娘|(子|こ)(ども|供)|(赤|あか)ちゃん|人|兄|姉|弟|妹"
    r"|彼|私|わたし|自分|友|隣|となり|おとん|おかん|ちち|はは|おっと|つま)"
)
# A sentence about an animal and no person: a pet's emergency is not a resident's.
_ABOUT_A_PET: Final[str] = rf"^(?!.*{_PEOPLE}).*{_ANIMALS}"
_NOT_LIFE: Final[str] = r"(話|はなし|仕事|しごと|相談|会話|この件|勉強|作業|練習|掃除|片付け)"
# Planning for one's own death in old age (終活), not a wish to die.
_END_OF_LIFE_PLANS: Final[str] = (
    r"(終活|しゅうかつ|遺言|ゆいごん|相続|そうぞく|お墓|おはか|葬儀|そうぎ|延命|えんめい|自然に|しぜんに|尊厳|そんげん"
    r"|自宅で|家で|畳の上|最期|さいご)"
)
# 「○○の意識がない」 is an attitude, not consciousness.
_ATTITUDE: Final[str] = (
    r"(節約|健康|危機|問題|目的|当事者|仲間|罪|ぷろ|働く|はたらく|職業|金銭|お金|おかね|衛生|防犯|防災|人権|美|こすと"
    r"|環境|自覚|勉強|べんきょう|安全|時間|じかん)(の|に対する|への)?(意識|いしき)"
)
# The writer says all is well (「塾の日なので大丈夫」「連絡はあった」).
_REASSURED: Final[str] = r"(大丈夫|だいじょうぶ|連絡(が|は)?(あ|き|来)|心配(ない|いらない))"
# A habit or a fear, not something happening now (「…ことがある」「…時がある」).
_NOT_NOW: Final[str] = (
    r"(ことが(ある|あり|よく)|ことある|(時|とき|日|ひ|場合)(が|は|も)(ある|あり))"
)

# Any minor, a teenager included (中2, 高1, 14歳, 小学生): the guide's child_danger covers
# every minor who is missing or alone and unsafe, not only young children.
MINOR: Final[str] = (
    r"(中学|ちゅうがく|高校|こうこう|(中|高|小)(\d|一|二|三)(?!\d*(年|時|階|日))|小学|しょうがく|未成年|みせいねん"
    r"|(?<![\d.])(1[0-7]|[1-9])(歳|才|さい)|(?<!\d)[1-9]つ(くらい|ぐらい|位)?の|十[一二三四五六七](歳|才)"
    r"|幼稚園|保育園|園児|幼児|じゅう(いち|に|さん|よん|ご|ろく|なな)さい)"
)
_A_CHILD_OF_THE_FAMILY: Final[str] = (
    r"(娘|むすめ|息子|むすこ|(子|こ)(ども|供)|の子|弟|おとうと|妹|いもうと|孫|まご|男の子|女の子|うちの子)"
)
# A minor of the family or nearby, named in the message.
_MINOR_NAMED: Final[str] = rf"(?s)(?=.*{MINOR})(?=.*{_A_CHILD_OF_THE_FAMILY})"
# 死 as people type it to get past filters or by a slip of the kana-kanji key: タヒ (the
# kanji's two strokes as katakana), 氏 (し converted wrongly), 4 (し). Read as 死 only
# before a wish: 「氏にたい」「タヒにたい」「4にたい」, never 「氏に聞いた」「4に分ける」.
DEATH_SPELLED_ASIDE: Final[str] = r"(たひ|氏|4)(?=に(たい|たく|とう|たか|た(ぁ|あ)))"
# Places where a wish to be gone becomes a danger now (a bridge, a platform, a roof).
DANGER_PLACE: Final[str] = (
    r"(橋|屋上|おくじょう|崖|がけ|ほーむ|線路|せんろ|踏切|ふみきり|びるの|高い(所|ところ)|樹海|じゅかい"
    r"|(電車|でんしゃ|快速|かいそく|急行|きゅうこう|特急|とっきゅう)(で|に|が|の))"
)
# Present: happening as the message is written, or going on.
_GOING_ON: Final[str] = (
    r"(今(?!は|まで|後|度)|いま(?!は)|ずっと|続いて|つづいて|続いと|まだ|聞こえ(て|る|ます)|きこえ(て|る|ます)|してる|してます|しとる|しよる|よる(!|。|$)|てる(!|。|$))"
)
# Sounds of someone being hurt, heard by a neighbour.
_SCREAMS: Final[str] = (
    r"(悲鳴|ひめい|叫び声|さけび声|さけびごえ|叫ぶ声|さけぶ声|(?<!泣き)(?<!なき)(叫|さけ)んで|(やめて|助けて|たすけて)[!」』]*(って|と|という|いう)?(叫|さけ|声|こえ))"
)
_BLOWS: Final[str] = (
    r"((叩|たた|殴|なぐ|蹴|け|ぶつか)(る|く)(ような|みたいな)?(音|おと)|ばしばし|ばしっ|ばんって|ばーん|どんって|どんどん|どすん|がしゃーん|がっしゃーん)"
)
# Where a neighbour hears it from.
_NEXT_DOOR: Final[str] = (
    r"(隣|となり|上の階|下の階|うえの階|部屋|へや|近所|きんじょ|向かい|むかい|家|いえ|外|そと|べらんだ)"
)
# Not someone being hurt: fiction, joy, building work, or a fright that turned out nothing.
_NOT_HARM: Final[str] = (
    r"(壁|かべ|床|ゆか|どあ|机|つくえ)を?(叩|たた|殴|なぐ|蹴|け)(る|く)|(てれび|映画|えいが|げーむ|どらま|嬉し|うれし|喜|よろこ|はしゃ|遊ん|あそん|工事|こうじ|だけ(でし|だっ)た"
    r"|(今は|いまは)(静か|しずか|おさま|収ま)|毎晩|まいばん|毎夜|毎日|まいにち|いつも)"
)

# Being hit (殴られ, 叩かれ, 蹴られ, しばかれ, どつかれ, ぶたれ). No hiragana けられ: it is in
# 助けられ, 付けられ.
_HIT_PASSIVE: Final[str] = r"((殴|なぐ)られ|(叩|たた|しば|どつ)かれ|蹴られ|ぶたれ)"
# Now itself: 今 and いますぐ/いまも. (「今は」 is a contrast with the past, 今まで/今後/今度
# are other times; bare いま is in います.)
_NOW: Final[str] = r"今(?!は|まで|後|度)|いま(?=すぐ|も|、|,)"
_MOMENTS_AGO: Final[str] = r"さっき|先ほど|さきほど"
_LAST_NIGHT: Final[str] = r"ゆうべ|昨夜|昨晩"
# Words that put a past-tense 「殴られた」 into the present.
_JUST_NOW: Final[str] = (
    rf"({_NOW}|{_MOMENTS_AGO}|今朝|今夜|こんや|今日|{_LAST_NIGHT}|まだ"
    r"|助けて|たすけて|逃げ|にげ|怖|こわ(い|く|か))"
)

# A young child, for cues about what is done to one (叩いてしまった).
_YOUNG_ONE: Final[str] = r"((子|こ)(ども|供)?|(赤|あか)ちゃん|(赤|あか)ん(坊|ぼう)|この子|息子|娘)"
# Not a person fallen: a tree, a bicycle, or a pet.
_NOT_A_PERSON_FALLEN: Final[str] = rf"{_THINGS_FALLEN}|{_ABOUT_A_PET}"

# Thoughts of suicide or self-harm. Bare 死ぬ is no cue: 「死ぬほど疲れた」「死ぬかと思った」
# are idioms; a wish, a plan or an act is.
# 「死にたいくらい恥ずかしかった」: the wish as a measure of embarrassment, sleepiness,
# boredom, heat — not of pain (「死にたいくらいつらい」 stays a cue).
_WISH_AS_INTENSIFIER: Final[str] = (
    r"(死|し)にたい(くらい|ぐらい|ほど)(恥ずかし|はずかし|眠|ねむ|暇|ひま|退屈|たいくつ|暑|あつ|寒|さむ"
    r"|忙し|いそがし|緊張|きんちょう|後悔|こうかい|憧|あこが)"
)
# 「さっきの『しにたい』はネタで、まちがえました」: a message taken back as a mistake or a joke.
# What takes a message back (「…は冗談でした」), unless denied (「冗談じゃない」).
_TAKEN_BACK_WORDS: Final[str] = (
    r"(間違|まちが|ねた|冗談|じょうだん|誤送信|送り間違|いたずら|悪戯|言いすぎ|言い過ぎ|いいすぎ"
    r"|大げさ|おおげさ|嘘|うそ|ふざけ)"
    r"(?![^。]{0,4}(じゃ|では|でわ|ちゃう|ちゃいま|やな))"
)
_RETRACTED: Final[str] = r"(死|し)にたい[」』\"]?(は|って(いう)?の(は)?).{0,24}" + _TAKEN_BACK_WORDS
# A sentence in which a wish to die is not meant now: a message taken back (「さっきの
# 『死にたい』は孫がいたずらで打った」「…は言いすぎました」), or words explained as being
# about a trifle (「『消えたい』って言ってたけど、テストの話でした」). A habitual saying
# (「『死んだほうがまし』が口ぐせ」) stays a cue: the next sentence may be a bridge.
_TAKEN_BACK: Final[str] = (
    rf"({_MOMENTS_AGO}|前)の?[「『\"].{{1,12}}[」』\"](は|って(いう)?(の|やつ)(は)?).{{0,24}}"
    + _TAKEN_BACK_WORDS
)
_TRIFLE_TOLD: Final[str] = (
    r"(って|と)(言|い)って(た|いた|る)(けど|けれど|が).{0,20}の(話|はなし|こと)"
    r"(でした|だった|です|やった|じゃった)"
)
# 「先日『死にたい』と漏らしていた利用者さん、その後…気分も安定し」: a staff member's
# report that the danger has passed.
_RESOLVED_REPORT: Final[str] = (
    r"[」』](と|って)?(まで)?(いう|いった)?(発言|言葉|ことば|訴え)?(は|を|が)?"
    r"((漏ら|もら|話|はな|言|い|おっしゃ)(して|って|っておられ)(い|お)?(た|ました|られ))?"
    r".{0,60}(落ち着(い|き)|おちつ(い|き)|安定(し|して)|明るく(なっ|なり)|元気に(なっ|なり)|つながって"
    r"|決まって|回復(し|して))"
)
SUICIDE_NOT_NOW: Final[str] = rf"{_TAKEN_BACK}|{_TRIFLE_TOLD}|{_RESOLVED_REPORT}"
# A saying quoted as a habit (「…」が口癖, 「…」言うて笑いよる): its words are no cue when
# the writer says it is not meant (本気じゃない, 冗談, 昔から); other words still are.
HABIT_QUOTED: Final[str] = (
    r"(口癖|口ぐせ|くちぐせ)(が|は|で|の)?[「『][^」』]{1,40}[」』]"
    r"|[「『][^」』]{1,40}[」』].{0,12}(口癖|口ぐせ|くちぐせ|笑|わらい|w)"
)
# A medical event told as over: yesterday or before, and fine now (「昨日の話で今は大丈夫」),
# with nothing happening again now.
MEDICAL_OVER: Final[str] = (
    r"(?s)^(?=.*(昨日|きのう|先日|せんじつ|この前|このまえ|こないだ|先週|せんしゅう|先月|せんげつ))"
    r"(?=.*((もう|今は|いまは)(大丈夫|だいじょうぶ|元気|げんき)|(大丈夫|だいじょうぶ)(だ|や|じゃ)?そう))"
    rf"(?!.*(今朝|けさ|{_MOMENTS_AGO}|{_NOW}|また))"
)
HABIT_DISMISSED: Final[str] = (
    r"本気(じゃ|ちゃ|や)(な|あらへん|ない|なかろ)|本気で(は)?な|冗談|じょうだん|昔から|むかしから"
)
# 「最期は家で死にたい」: where to die at the end of an illness, not a wish to die.
_PLACE_TO_DIE: Final[str] = (
    r"(最期|さいご)(は|を|まで)?.{0,8}(家|自宅|うち|畳の上|病院|ほすぴす|施設)で(死|し)に"
)
_A_SMALL_CHILD: Final[str] = rf"{_YOUNG_ONE}|(?<!\d)\d(歳|才)|小さい子|ちいさいこ|園児|幼児"
_OUTSIDE_THE_RAILING: Final[str] = (
    r"(柵|さく|手すり|てすり|ふぇんす|欄干|らんかん)の(外|そと)(側|がわ)?(に|へ|で)"
)
# 「嫁に殺されるわ笑」「会社に殺される」: work or a joke, not a threat.
_KILLED_AS_HYPERBOLE: Final[str] = (
    r"(会社|かいしゃ|仕事|しごと|残業|ざんぎょう|職場|しょくば|ぷろじぇくと|締め切り|しめきり|部活|ぶかつ"
    r"|上司|じょうし|先輩|せんぱい|詐欺|さぎ|暑さ|あつさ|寒さ|さむさ)に(殺|ころ)され"
    r"|(殺|ころ)されるかと(思|おも)った|ごっこ|(真似|まね)"
    r"|(殺|ころ)され(る|そう)[〜ー~]*(わ|よ|って)?[〜ー~]*(笑|w|草|\(笑\)|😂|🤣)"
)


# A wish to die that takes someone else along (「主人と一緒に死のうかと思う」「母を道連れに
# してしまいそう」「主人を殺して私も死のうと思う」「この子を連れて死にたい」「心中しか考え
# られん」): `suicide`, and the answer speaks of both lives (`nlu.crisis.takes_others_along`).
# 「私もいっしょに。」「私も後を追う」: the writer going too, said as the message's end
# (not 「私も一緒に頑張る」).
_ME_TOO_AFTER: Final[str] = (
    r"(私|わたし|自分|じぶん|うち|俺|おれ|わし)も((一緒|いっしょ)に?(行|い)?く?(。|…|!|！|$)"
    r"|(後|あと)を(追|お))"
)
# The ways of saying another's life is taken along (both patterns below read them).
_KILL_THEN_ME: Final[str] = (
    r"(殺|ころ)して.{0,8}(私|わたし|あたし|自分|じぶん|うち|俺|おれ|僕|ぼく|わし)も(死|し)"
)
# 「主人を楽にしてあげたい。私もいっしょに」: another's life ended, then one's own.
_EASE_THEN_ME: Final[str] = r"(楽|らく)にして(あげ|やり)(たい|よう|ようか).{0,12}" + _ME_TOO_AFTER
_MURDER_SUICIDE: Final[str] = r"(無理|むり)(心中|しんじゅう)"
TAKING_OTHERS: Final[str] = (
    r"と(一緒|いっしょ)に(死|し)(のう|ぬ(?!まで)|にたい|んで|の(かな|か)|ねたら|ねれば)"
    rf"|{_EASE_THEN_ME}|(道連れ|みちづれ)に|{_MURDER_SUICIDE}|{_KILL_THEN_ME}"
    r"|(心中|しんじゅう)(する|しよう|したい|しか|を(考|かんが|図|はか))"
    r"|(連|つ)れて(死|し)(ぬ|に|の)|(連|つ)れて(あの世|あのよ)"
    r"|(二人|ふたり)で(死|し)(ぬ|に|の)"
)
# Taking another's life along with one's own (無理心中): a danger to that person too —
# violence (110) beside suicide. Not 「道連れにするくらいなら、私一人で」.
KILLING_ALONG: Final[str] = (
    rf"{_KILL_THEN_ME}|{_MURDER_SUICIDE}|{_EASE_THEN_ME}"
    r"|(道連れ|みちづれ)に(?!(する|して)?(くらい|ぐらい|位)なら|はしない|はせん|したくない)"
)
_TAKING_OTHERS_NOT: Final[str] = (
    r"(死|し)ぬまで(一緒|いっしょ)|(心中|しんじゅう)(お察し|おさっし|察|穏やか|おだやか)"
    r"|(前|まえ|昔|むかし|頃|ころ)の(話|はなし)"
)


SUICIDE: Final[tuple[Cue, ...]] = (
    Cue(TAKING_OTHERS, unless=_TAKING_OTHERS_NOT),
    # 「主人を楽にしてあげたい。私もいっしょに」: across the sentence's end.
    Cue(
        r"(楽|らく)にして(あげ|やり)(たい|よう|ようか)",
        needs=_ME_TOO_AFTER,
    ),
    # 「死にたか」 (九州): a wish, not 「死にたかった」 told of the past.
    Cue(r"(死|し)にたか(?!っ|ろ|つ)"),
    # 「このまま寝て朝起きんかったらええのに」: a wish not to wake up.
    Cue(
        r"(起|お)き(ん|な|ひん|へん)(かった)?(ら|ければ|けりゃ).{0,4}(ええ|いい|よい|良い|楽|らく)"
    ),
    # 「夫を看取ったら私も後を追うつもり」「凍えてもいいかな」「いっそ家ごと流れてくれたら」
    Cue(r"(後|あと)を(追|お)(う|い)(たい|つもり|ます|ます|よう|かな)"),
    Cue(r"(凍|こご)え(ても|て(死|し)んでも)(いい|ええ|かまわ|構わ)"),
    Cue(r"(いっそ|いっそのこと).{0,24}(たら|れば)(ええ|いい|よい|良い)のに"),
    # Someone standing outside a balcony's or a bridge's railing (「柵の外側に立っとる」).
    Cue(_OUTSIDE_THE_RAILING, unless=_A_SMALL_CHILD),  # a child there: `child_danger`
    # 「早ぐお迎え来ねぇがな」: a wish for death to come.
    Cue(r"(早|はよ|はや)(く|う|ぐ)?(お迎|おむか)え(が)?(来|く|こ|き)(て|ん|ね|な)"),
    # 「このまま消えても誰も気づかない」
    Cue(r"((消|き)えても|(い|居)なくなっても)(誰|だれ)も(気|き)(づ|付)か"),
    # 「もうええわ　いま　ふみきりのとこ」: giving up, said from a place of danger.
    Cue(
        rf"{DANGER_PLACE}の?(とこ|ところ|前|まえ|上|うえ)",
        needs=r"(もう(ええ|いい)(?!(年|とし|歳|加減|かげん|大人|おとな))|もう(無理|むり|(疲|つか)れ)"
        r"|(終|お)わり|楽に|らくに|さよなら)",
    ),
    Cue(
        r"(死|し)(に|な)(たい|たぃ|たく(て|な?る)|て(ぇ|え|ー))",
        unless=rf"{_WISH_AS_INTENSIFIER}|{_RETRACTED}|{_PLACE_TO_DIE}",
    ),
    Cue(r"(死|し)にと(う|ー)(?!ない)"),
    Cue(
        r"(死|し)んで(しまい|しま|しもう?|も)?(たい|いい|楽に|らくに|お詫び|わび)",
        # 「いつ死んでもいい、90まで生きたもん」と笑って: a long life, not a wish.
        unless=r"(笑|わら)いながら|(笑|わら)って(おられ|い|た)|まで(生|い)きた",
    ),
    Cue(r"(死|し)のう(と|か)"),
    Cue(r"(死|し)ぬ(しか|つもり|気でい|きでい|覚悟|方法|ほうほう)"),
    Cue(
        r"(死|し)(ぬ(準備|じゅんび|用意|よういは|場所|ばしょ)|に(場所|ばしょ))",
        unless=_END_OF_LIFE_PLANS,
    ),
    Cue(r"(死|し)に(方|かた)を(探|さが|調べ|しらべ)"),
    Cue(r"(今から|いまから|これから)(死|し)ぬ"),
    Cue(
        r"(自殺|じさつ)(したい|しよう|する(つもり|しか|かも)|を(考え|かんがえ|図|はか|した|しようと)|未遂|願望)"
    ),
    # A wish to be dead rather than alive: 死んだほうがまし, 死ねたら楽, 私なんか死んだらええ.
    Cue(r"(死|し)んだ(ほう|方)が(まし|楽|らく|いい|ええ|よい|良い)"),
    Cue(
        r"(死|し)ねたら(楽|らく|どんなに)|(死|し)ねたら(いい|ええ|よい|良い)のに",
        unless=_END_OF_LIFE_PLANS,
    ),
    Cue(r"(死|し)ね(る|ます)(かな|かしら|かのう|んかな|のかな)"),
    Cue(r"(死|し)んで(しまえ|しまえれ|しもうたら)(たら|れば|ば)?(楽|らく|いい|ええ|よい)"),
    Cue(
        rf"{SELF}(なんか|なんて|など|が|は|さえ)?(死|し)んだら.{{0,6}}(楽|らく|幸せ|しあわせ|解決|ええ|いい|よい|喜|よろこ)"
    ),
    Cue(r"(死|し)なせて(ほしい|欲しい|くれ|ください|下さい|もらい)", unless=_END_OF_LIFE_PLANS),
    Cue(
        r"(誰か|だれか|いっそ)(私|わたし|あたし|うち|自分|じぶん|俺|おれ|僕|ぼく)?を?(殺|ころ)して"
        r"(ほしい|欲しい|くれ|ください|下さい|よ|$|。|!)"
    ),
    # Stopping life, not wanting to wake up, not wanting to have been born.
    Cue(r"(生|い)きる(の|こと)(を)?(やめ|止め|辞め|あきらめ|諦め)(たい|たぃ|よう|る)"),
    Cue(
        r"(目|め)が?(覚|さ)め(なければ|なきゃ|なかったら|なけりゃ|んかったら|なくて)(いい|ええ|よい|良い|楽|らく)"
        r"|(目|め)が?(覚|さ)め(ませんように|ないでほしい|ないように)|(二度と|にどと)(目|め)が?(覚|さ)め"
        r"|(目覚|めざ)め(なければ|なきゃ|なかったら)(いい|ええ|よい|良い)|(目覚|めざ)めたくない"
    ),
    Cue(
        r"(永遠|えいえん)に(眠|ねむ)り(たい|につきたい)|(眠|ねむ)ったまま(で)?(いたい|死|し|起きない|目が)"
    ),
    Cue(
        r"(来|こ)(なければ|なきゃ|なかったら)(いい|ええ|よい|良い)のに",
        needs=r"(明日|あした|朝|あさ)(が|なんか|なんて)?(来|く)",
    ),
    Cue(r"(線路|せんろ|ほーむ|電車|でんしゃ|海|うみ|川|かわ).{0,6}(吸い込|すいこ)まれ(そう|る)"),
    Cue(
        r"(もう|二度と|にどと)(帰|かえ|戻|もど)(らない|らん|れない)|(探|さが)さないで",
        needs=r"(海(?!外)|うみ|樹海|じゅかい|崖|がけ|さよなら|さようなら|今までありがとう|いままでありがとう)",
    ),
    Cue(
        r"(刃物|はもの|包丁|ほうちょう|ないふ|はさみ|かみそり|かったー)を(自分|じぶん)(に|の(首|くび|喉|のど|手首|胸|むね))"
        r"((向|む)け|(当|あ)て)"
    ),
    Cue(
        r"(朝|あさ|明日|あした)(なんか|なんて|が)?(来|こ)(なければ|なきゃ|なかったら|ないで)(いい|ええ|よい|良い|ほしい)"
    ),
    Cue(
        r"(寝|ね|眠|ねむ)(たら|ったら|ったまま|て|る).{0,4}(もう|二度と|にどと)(起|お)き(たくない|なくていい|なければ)"
    ),
    Cue(
        r"(生|産|う)まれて(こなければ|こなきゃ|こなかったら|こんかったら|こなけりゃ|来なければ|来なかったら"
        r"|きたくなかった|来たくなかった)"
    ),
    Cue(r"(この世|このよ)(に|には)?(いたく|居たく|おりたく|おりとう|未練|みれん)"),
    Cue(r"(あの世|あのよ)(に|へ)(行|い)き(たい|てぇ|とう|てえ)|(あの世|あのよ)から(迎|むか)え"),
    Cue(
        r"(早く|はよう|はよ|はやく|もう)お(迎|むか)えが(来|き|こ)(て(ほしい|欲しい|くれ|もらいたい)|ない(かな|かのう)|ん(かな|かのう))",
        unless=r"(保育|ほいく|園|学校|がっこう|学童|がくどう|ばす|駅|えき|塾|じゅく|病院|送迎|そうげい|でいさーびす|施設)",
    ),
    # Being better gone: 自分なんかいないほうが, 私が消えたらみんな楽になる.
    Cue(
        rf"{SELF}(なんか|なんて|など|が|は|さえ|みたいなの)?((い|居|おら)(ない|ん|なくなった|なくなれ)|(消|き)えた)(ほう|方)が"
    ),
    Cue(
        rf"{SELF}(なんか|なんて|など|が|は|さえ)?((い|居)なくな(れば|ったら)|(消|き)え(れば|たら))"
        r".{0,6}(楽|らく|幸せ|しあわせ|解決|かいけつ|喜|よろこ|せいせい)"
    ),
    Cue(rf"{SELF}?の?(存在|そんざい)を?(消|け)(し|せ)(たい|たら)"),
    Cue(
        r"(消|き)え(たい|たぃ|てしまいたい|てまいたい|てなくなりたい|てなくなれたら|ちゃいたい|てしまいそう|られたら|れたら)"
    ),
    Cue(r"(いなく|居なく|おらん(よう)?に|おらんく)なり(たい|たぃ|てぇ|てえ|とう|てー)"),
    Cue(r"(楽|らく)に(なりたい|なれる|なれたら)", needs=DEATH),
    Cue(
        r"(生|い)きて(いる|る|い|く)?(意味|いみ|価値|かち|理由|りゆう|意義|目的)(が|は|も)?(ない|無い|わからない|わからん"
        r"|わかんない|ありません|ねぇ|見つからない|みつからない)"
    ),
    Cue(
        r"(生|い)き(て|とっ|とる)(い)?(た)?((って|て)?(も|ても)|って)(しょうがない|しかたない|仕方(が)?ない|意味"
        r"|しゃあない|しゃーない|しょーがない|むだ|無駄)"
    ),
    Cue(r"生き(とう|たく)(ない|ねぇ|ねえ|もない)"),
    Cue(r"(生|い)きて(いたく|いく(のが|の)?(つら|辛|しんど)|いけない気がし)"),
    Cue(r"(生|い)きるの(が|に|も)?(もう)?(つら|辛|しんど|もう無理|もうむり|いや|嫌|疲れ|つかれ)"),
    # Plans and acts.
    # 「死んでやる」: a threat to die, said now (by the writer, or quoted of another).
    # Not a saying the writer calls a habit or not meant (「昔からの決まり文句で、本気では
    # ない」「って毎日言われる」).
    Cue(
        r"(死|し)んで(やる|やろう|やるから)",
        needs=r"(?s)^(?!.*(決まり文句|きまりもんく|口癖|口ぐせ|くちぐせ|本気(じゃ|ちゃ|で(は)?)な"
        r"|冗談|じょうだん|毎日|まいにち|毎回|まいかい|いつも))",
        unless=r"(笑|わら|ねた)",
    ),
    Cue(r"(首|くび)を?(吊|つ)(ろ|る|っ)"),
    Cue(r"(首|くび)つり"),
    Cue(r"(首|くび)を?(くく|括)(ろ|る|っ|り)"),
    Cue(r"(ろーぷ|縄|なわ)を(買|か|用意|準備)"),
    Cue(r"(ろーぷ|縄|なわ)を(かけ|掛け)(る|られる)(場所|ところ|所)"),
    # 「リスカの跡を消したい」「跡が残っている」: a scar of long ago, not a cut now.
    Cue(
        r"りすとかっと|りすか",
        unless=r"(りすとかっと|りすか)の(跡|あと|痕|きず|傷)(を|が|は)?.{0,8}"
        r"(消|け(す|し)|きれい|綺麗|治療|ちりょう|隠|かく|残|のこ)",
    ),
    Cue(r"(手首|てくび)を(切|き)"),
    Cue(
        r"(手首|てくび)(切|き)(っ|る|り)|(腕を?|うでを)(切|き)(っ|る|り|ろう)",
        unless=r"(手術|しゅじゅつ|料理|りょうり|がらす|事故|じこ|包丁で)",
    ),
    Cue(r"(自傷|じしょう)"),
    Cue(r"(自分|じぶん)を(傷|きず)つけ"),
    Cue(
        r"(飛|と)び(降|お)り(たい|たく|よう|る|自殺|ます|ちゃ|て(死|し)(に|ぬ|の))",
        unless=r"(清水|きよみず)の(舞台|ぶたい)",
    ),
    Cue(r"(飛|と)び(込|こ)み(たい|そう)"),
    Cue(
        r"(電車|でんしゃ|線路|せんろ|ほーむ|踏切|ふみきり|川|かわ|海|うみ|とらっく)に(飛|と)び(込|こ)"
        r"(もう|む(しか|つもり)|みます)"
        r"|(電車|でんしゃ|線路|せんろ|ほーむ|踏切|ふみきり|とらっく)に(飛|と)び(込|こ)んだら"
    ),
    Cue(r"(海|うみ|川|かわ)に(入|はい)って(死|し|終|お|消|き)"),
    Cue(
        r"(橋|屋上|おくじょう|崖|がけ|ほーむ|線路|せんろ|踏切|ふみきり)(の上|のうえ|の端|のはし)?(に|まで)(い|来|き|おる)(る|ます|た|てる|てい)",
        needs=r"(もう無理|もうむり|さよなら|さようなら|最後|さいご|ごめんなさい|もう(疲|つか)れ)",
    ),
    Cue(
        r"(びる|ビル|屋上|おくじょう|橋|崖|がけ|まんしょん|窓|まど|べらんだ|高い(所|ところ))(から|の上から)(飛|と)"
        r"(ぼう|ぶ(しか|つもり)|びたい|んだら|べたら)"
    ),
    Cue(
        r"(海|うみ|川|かわ|崖|がけ|壁|かべ|電柱|でんちゅう|対向車|たいこうしゃ|とらっく|(車|くるま)で).{0,8}(突っ込|つっこ)"
        r"(もう|み(たい|そう)|む(しか|つもり))"
    ),
    Cue(r"(ひも|紐|ろーぷ|縄|なわ|べると|たおる|こーど)を(首|くび)に(かけ|掛け|巻|ま)"),
    Cue(
        r"(さよなら|さようなら)(します|しよう|する|だ|です|ね)|(今まで|いままで)(本当に|ほんとうに)?(ありがとう|お世話に)",
        needs=r"(限界|げんかい|もう無理|もうむり|(疲|つか)れ(た|ました)|(生|い)き(る|て)|(消|き)え|(死|し)(に|ぬ|の))",
    ),
    Cue(r"(練炭|れんたん)", unless=r"(こたつ|ごたつ|火鉢|ひばち|暖房|だんぼう|すとーぶ)"),
    Cue(
        r"(薬|くすり)を?(大量|たくさん|全部|ぜんぶ|まとめて|ため|溜め|貯め|集め|一気|いっき|一度に|いちどに"
        r"|いっぺんに|一遍に)",
        unless=r"(たくさん)(飲|の)んで(い|お)(る|ます|て)|一包化|いっぽうか|整理|せいり|管理|かんり",
    ),
    Cue(r"(薬|くすり)を(いっぱい)(飲|の)(んだ|んで(死|し|楽|らく|しま))"),
    Cue(r"おーばーどーず|odし"),
    # Hiragana いしょ only where it is the word: the view has no spaces, and 「いれたい
    # しょるい」「かいしょ？」「はいしょく」 hold it.
    Cue(r"遺書|いしょ(を|も|が)?((書|か)(い|き|く|こう)|(残|のこ)(し|す|そう)|(用意|ようい))"),
    Cue(r"(命|いのち)を(絶|た)"),
    Cue(r"(今日|きょう|今夜|こんや)で(全部|ぜんぶ)?(終|お)わりに(し|す)"),
    Cue(
        r"(人生|全部|ぜんぶ|何もかも|なにもかも|もう)を?(終|お)わり(に|を)(したい|する)",
        unless=_NOT_LIFE,
    ),
    Cue(r"(もう|人生を?|全部|ぜんぶ)(終|お)わらせたい", unless=_NOT_LIFE),
    Cue(r"(この世|このよ)から(消|き)え|(この世|このよ)から(いなくな|おらんようにな)"),
    # A wish said at a place of danger: 「駅のホームにいます。次の電車で楽になれるかな」.
    Cue(r"(楽|らく)に(なりたい|なれる|なれたら|なれそう|なりたく)", needs=DANGER_PLACE),
    Cue(
        r"((落|お)ち|(飛|と)ん|(飛|と)び(降|お)り|(飛|と)び(込|こ)ん)(だら|たら)|(飛|と)べば",
        needs=rf"(?s)(?=.*{DANGER_PLACE}|.*ここから)(?=.*(楽|らく|(終|お)わ|おしまい|かな|かのう))",
        unless=r"(危な|あぶな|心配|しんぱい|怖|こわ|ように|柵|さく|けが|怪我)",
    ),
    # Being a burden: 「迷惑かけるくらいなら」 (the guide's own example), 「消えた方がええ」.
    Cue(
        r"(迷惑|めいわく)(を)?(かけ|掛け)(る|続ける|つづける)(くらい|ぐらい|位)(なら|やったら|だったら|やったら)",
        unless=r"(自分で|じぶんで|施設|しせつ|入所|にゅうしょ|頼|たの|相談|そうだん|我慢|がまん|やめ|辞め|断)",
    ),
    Cue(r"(消|き)えた(ほう|方)が(ええ|いい|よい|まし|楽|らく)"),
    Cue(
        r"(おら|い|居)(ん|ない|なく)(ても|でも)(ええ|いい|よい|かまわ|構わ)",
        needs=rf"{SELF}(なんか|なんて|みたいな|みたいなもん|なんぞ)",
    ),
    Cue(
        r"(早く|はよう|はよ|はやく|もう)(お)?(迎|むか)えに(来|き)て(ほしい|欲しい|くれ|もらいたい)",
        unless=r"(保育|ほいく|園|学校|がっこう|学童|がくどう|ばす|駅|えき|塾|じゅく|病院|送迎|そうげい|でいさーびす|施設|車|くるま|(子|こ)(ども|供)|孫|まご|娘|息子)",
    ),
    # A farewell and then silence: 「『今までありがとう』ってLINEがきて、電話に出ません」.
    Cue(
        r"(今まで|いままで)(本当に|ほんとうに)?(ありがとう|お世話に)",
        needs=r"((電話|でんわ)に(出|で)(ない|ません|ん|へん)|(連絡|れんらく)が(つか|とれ|取れ)(ない|ません|ん|へん)|(既読|きどく)(に|が)?(ならない|つかない)|(つなが|繋が)(らない|りません|らん))",
    ),
    # Pills saved up, a knife stared at.
    Cue(r"(薬|くすり)を?(飲|の)まず(に)?.{0,8}(溜|た|貯|集)め"),
    Cue(
        r"(包丁|ほうちょう|刃物|はもの|ろーぷ|縄|なわ)を?(じっと|ずっと)(見|み)(つめ|て|とっ|とる|よる)",
        unless=r"(料理|りょうり|研|と)",
    ),
)

# Violence happening now or about to happen, to the writer or someone else.
VIOLENCE: Final[tuple[Cue, ...]] = (
    # A carer's 「さっき主人の腕ばつねってしもた」: harm done just now, not stopped.
    Cue(
        r"(叩|たた|殴|なぐ|つね|抓|蹴|け)(っ|い)て(しもた|しまった|しもうた|もうた|しまいました|しもうて)",
        # Just now, and no child in the message: a child hit is `child_danger` (the cues
        # for a young child read it).
        needs=rf"(?s)^(?!.*({_YOUNG_ONE}|孫|まご|歳の子))"
        rf".*({_MOMENTS_AGO}|(?!今日)({_NOW})|今朝|けさ|{_LAST_NIGHT})",
        unless=r"(虫|むし|蚊|か(を|が)|ぼーる|どあ|壁|かべ|机|つくえ)",
    ),
    # A carer's 「ゆうべ…母の肩をつかんで揺さぶってた」: harm done just now.
    # (A baby shaken is `child_danger`: the cues for a young child read it.)
    Cue(
        r"(揺さぶ|ゆさぶ)(って|っ)(た|て|しま|ちゃ)",
        needs=_JUST_NOW,
        unless=r"(赤|あか)ちゃん|(赤|あか)ん(坊|ぼう)|乳児|新生児|(生後|せいご)",
    ),
    # A carer at the point of harming the one they care for (「母を殺してしまいそう」「首を
    # 絞めてしまいそう」「親を手にかけてしまいそう」): someone else's life, now.
    Cue(
        r"((殺|ころ)し|(首|くび)を?(絞|し)め|(手|て)にかけ)(て(しまい|しま|しも|まい)(そう|かね)|そう(に|で|な|。|$))",
        # No child in the message: a child at risk is `child_danger` (its own cues).
        needs=r"(?s)^(?!.*((子|こ)(ども|供)|(赤|あか)ちゃん|(赤|あか)ん(坊|ぼう)|この子|歳の子|孫|まご|乳児|幼児|児童))",
        unless=r"(虫|むし|蚊|ごきぶり|息|いき|声|こえ|気配|けはい|笑|わら)",
    ),
    Cue(rf"{_HIT_PASSIVE}(て(い|る|ま|よ|ん)|とる|よる|てる)"),
    Cue(rf"{_HIT_PASSIVE}(そう|る(かも|!|。|$))"),
    # 「殴られたこともある」: it has happened, not that it happens now.
    Cue(
        rf"{_HIT_PASSIVE}(た|ました)(?!り|(こと|事)(も|が|は)?(ある|あり|あった))", needs=_JUST_NOW
    ),
    Cue(r"(ぶた|どつか|しばか)れ(て|とる|よる)"),
    Cue(r"(殴|なぐ)って(い|る|ま|ん)"),
    Cue(
        r"((殴|なぐ|蹴)って|(叩|たた)いて)(くる|きた|きます|きて|こられ)",
        unless=r"(ふざけ|遊び|あそび|じゃれ|(?<!\d)\d(歳|才)|(赤|あか)ちゃん|いやいや)",
    ),
    Cue(
        r"(投|な)げ(飛|と)ばされ|(突|つ)き(飛|と)ばされ",
        unless=r"(柔道|じゅうどう|練習|れんしゅう|試合|しあい|ぷろれす|相撲|すもう)",
    ),
    Cue(
        r"を((殴|なぐ|蹴|け)り(飛|と)ばし|(殴|なぐ|蹴|け)りつけ)",
        unless=r"(ぼーる|球|たま|缶|かん|石|いし|遊|あそ|さっかー|どあ|ドア)",
    ),
    Cue(
        r"(首|くび|喉|のど)を(押|お)さえ(つけ|付け)られ|(首|くび)を(つか|掴)まれ"
        r"|(首|くび)を?(つか|掴)(んで|ん)(き|く)"
    ),
    Cue(r"(髪|かみのけ|髪の毛)を(つか|掴|引っ張|ひっぱ)(まれ|られ)"),
    Cue(r"(首|くび)を(絞|し)め(て(い|る|ま)|とる|よる|ようと)"),
    Cue(
        r"(物|もの|家具|かぐ|窓|まど|壁|かべ|どあ|皿|さら)を(壊|こわ|割|わ)(して(い|る)|しとる|しよる|されて)",
        needs=r"(暴れ|あばれ|怒鳴|どな|怖|こわ|酔|よっ)",
    ),
    Cue(
        r"(追|お)いかけ(られ|て(く|き))",
        needs=r"(助けて|たすけて|怖|こわ|逃げ|にげ|殺|ころ|刃物|包丁)",
    ),
    Cue(r"(殴|なぐ)る(音|おと|声)"),
    Cue(r"(殴|なぐ)る(蹴|け)る"),
    Cue(r"(殴|なぐ)り(かか|掛か)"),
    Cue(r"(暴力|ぼうりょく)を(ふる|振る)(って(い)?(る|ます|て)|われ(て(い)?(る|ます|て)|る))"),
    Cue(
        r"(手|て)を(あげ|上げ)(られ|てく|てき)",
        needs=r"(夫|妻|旦那|だんな|彼|親|父|母|息子|兄|弟|怖|こわ)",
    ),
    Cue(r"(殺|ころ)され(る|そう|ちゃう|かけ)", unless=_KILLED_AS_HYPERBOLE),
    Cue(r"(殺|ころ)して(やる|やろうか)"),
    Cue(
        r"(殺|ころ)しに(行|い|来|く)",
        # A stranger's taunt in an online game (「ボイチャで『殺しに行く』」).
        unless=r"(ぼいちゃ|ぼいすちゃっと|げーむ|ふぉーとないと|えーぺっくす|おんらいん|煽り|あおり)",
    ),
    Cue(
        r"(殺|ころ)す(ぞ|からな|で)?[」』\"]?(ぞ|と|って)?[」』\"]?(と|って)?"
        r"((言|い)(われ|って(い|る|た|き))|(脅|おど)(さ|し)|(叫|さけ)"
        r"|(怒鳴|どな)|らいん|line|めーる|めっせ|(連絡|れんらく)が)",
        # shouted at a match on the television, or in a game
        unless=r"(てれび|さっかー|野球|やきゅう|試合|しあい|げーむ|ぼいちゃ|笑|わら)",
    ),
    Cue(r"(刃物|はもの|包丁|ほうちょう|ないふ)を?(持|も)(って|った|ち出|ちだ)"),
    Cue(
        r"(刃物|はもの|包丁|ほうちょう|ないふ|はさみ|鋏|金づち|かなづち|ばっと)を?(振|ふ)り(回|まわ|上げ|あげ)"
    ),
    Cue(r"(刃物|はもの|包丁|ほうちょう|ないふ)を?(突|つ)きつけ"),
    Cue(r"(刃物|はもの|包丁|ほうちょう|ないふ|はさみ|銃)を?(向|む)け(られ|て(き|く|い))"),
    Cue(r"(首|くび)を(絞|し)められ"),
    Cue(
        r"(物|もの|皿|さら|灰皿|はいざら|椅子|いす)を(投|な)げ(て(く|き)|つけ(られ|て(く|き)))",
        needs=r"(怒鳴|どな|暴れ|あばれ|怖|こわ|逃げ|にげ)",
    ),
    Cue(
        r"(に|で).{0,8}(閉|と)じ(込|こ)められ(て|た).{0,6}(出|で)(られ|れ)(ない|ません|ん)",
        unless=r"(えれべーたー|鍵が|かぎが)",
    ),
    Cue(r"(逃|に)げて(き|来)(た|ました|ちゃった)", unless=_ANIMALS),
    Cue(r"(逃|に)げ(出|だ)してきた", unless=_ANIMALS),
    Cue(r"(暴|あば)れ(て(い|る|ま|よ|ん)|とる|よる|だし|出し)"),
    Cue(r"(押|お)し(入|い)(って|られ)"),
    Cue(r"(待|ま)ち(伏|ぶ)せ(して(い|る)|されて(い|る))"),
    Cue(r"(待|ま)ち(伏|ぶ)せ(され|して)(た|ました)", needs=_JUST_NOW),
    Cue(r"(どあ|玄関|げんかん|窓|まど)を(蹴|け|壊|こわ)"),
    Cue(r"(助|たす)けて.{0,6}(殴|なぐ|殺|ころ|暴|あば)"),
    # Heard now by a neighbour: screams, blows with shouting or crying (the guide: overheard
    # is present danger).
    Cue(
        _SCREAMS,
        needs=rf"(?s)(?=.*{_GOING_ON})(?=.*{_NEXT_DOOR})",
        unless=_NOT_HARM,
    ),
    Cue(
        _BLOWS,
        needs=rf"(?s)(?=.*(怒鳴|どな|悲鳴|ひめい|叫|さけ|泣|な(いて|き声|きごえ|いと)|やめて))(?=.*{_GOING_ON})",
        unless=_NOT_HARM,
    ),
    Cue(
        r"(怒鳴|どな)(って|っと|り声|りごえ|る|りつけ)",
        needs=rf"(?s)(?=.*(泣|な)(いて|き声|きごえ|いと|きさけ))(?=.*{CHILD})(?=.*{_GOING_ON})(?=.*{_NEXT_DOOR})",
        # Every night is a worry for staff (abuse), not a danger heard now.
        unless=rf"{_NOT_HARM}|(毎晩|まいばん|毎夜|毎日|まいにち|よく|いつも)",
    ),
    Cue(r"(首|くび)(を)?(つか|掴)まれ(て|とる|よる)"),
    Cue(
        r"(手|て)を(あげ|上げ)(ようと|そう)",
        needs=r"(怒鳴|どな|暴|あば|殴|なぐ|怖|こわ|至急|しきゅう)",
    ),
    Cue(r"(殺|ころ)し(たる|たろか|たろうか|てまう|ちゃる)"),
    Cue(
        r"(鎌|斧|鉈|なた|木刀|ぼくとう|ばっと|金属ばっと)(を)?(持|も)(って|った|ち出|ちだ)",
        needs=r"(殺|ころ|脅|おど|暴れ|あばれ|怒鳴|どな|振り回|ふりまわ)",
    ),
)

# A child in danger now.
CHILD_DANGER: Final[tuple[Cue, ...]] = (
    # A small child outside a balcony's railing.
    Cue(_OUTSIDE_THE_RAILING, needs=_A_SMALL_CHILD),
    # Neglect seen at school: the same clothes for weeks, food taken home, getting thin.
    Cue(
        r"(同じ服|おなじふく|同じ服装)",
        needs=r"(?s)(?=.*(児童|生徒|小学|中学|園児|担任|登校|学校|保育園))"
        r"(?=.*(痩せ|やせ|給食|空腹|食べ(て|られ)(い)?ない|持ち帰))",
    ),
    # A teenager who has nowhere to sleep tonight (「家はまだ無理」「今日はどうなるかわかんない」).
    Cue(
        r"(家|いえ)(は|に)(まだ|もう)?(無理|むり|帰れ(ない|ん|へん))",
        needs=r"(?s)(?=.*(学校|がっこう|中学|高校|部活|先生))(?=.*((泊|と)め|(泊|と)ま|今夜|こんや|今日は(どう|どこ)))",
    ),
    Cue(r"(子|こ)(ども|供)?が(家|いえ|うち)に(帰|かえ)れない"),
    Cue(r"(家|いえ|うち)に(帰|かえ)(れない|りたくない|れへん|れん)", needs=CHILD_VOICE),
    Cue(
        r"(親|おや|まま|ぱぱ|お(父|とう)さん|お(母|かあ)さん)に(叩|たた|殴|なぐ|蹴|ぶ)(か|ら|た)れ"
    ),
    Cue(
        rf"{_YOUNG_ONE}(\([^)]{{0,8}}\))?を(叩|たた|殴|なぐ|蹴)(いて|って)(しまう|しまい|しまった|しもうた|もうた)"
    ),
    Cue(
        rf"{_YOUNG_ONE}を((殴|なぐ|蹴)(って(い|る)|っとる|っちょる)|(叩|たた)(いて(い|る)|いとる|いちょる))"
    ),
    Cue(r"(叩|たた|殴|なぐ|蹴)(く|る)(の|ん)(が|を)(止|と|や)(まら|まん|めら|めれ)"),
    Cue(r"(子|こ)(ども|供)?に何を(する|してしまう)か(分|わ)から"),
    Cue(r"(息|いき)を?(して(い)?(ない|ません|へん)|しとらん|してへん)", needs=CHILD),
    Cue(r"(べらんだ|外|そと|家の外)に(出|だ)され"),
    Cue(r"(締|し)め(出|だ)され|(外|そと)に(立|た)たされ", needs=CHILD, unless=r"(鍵|かぎ)"),
    Cue(
        r"(夜中|よなか|深夜|しんや|真夜中|夜遅く|よるおそく|(夜|よる)(\d{1,2}|十一|十二|十)時|(午前|ごぜん)[0-4]時)"
        r"(に|なのに|まで)?.{0,12}(外|そと|公園|こうえん|道|みち|駅|えき|こんびに)(の前|のまえ)?(に|で)(いる|おる|立|た|座|すわ|一人|ひとり|泣|な|うろ)",
        needs=CHILD,
    ),
    Cue(r"(閉|と)じ(込|こ)められ", needs=CHILD),
    Cue(r"(放置|ほうち)され(て|た)", needs=CHILD),
    Cue(r"(車|くるま)に(置|お|残|のこ)(い|し|さ)", needs=CHILD),
    Cue(r"(車|くるま)の(中|なか)に(置|お|残|のこ)(い|し|さ|き)|(置き去り|おきざり)", needs=CHILD),
    Cue(r"(お湯|おゆ|熱湯|ねっとう|たばこ)を(かけ|掛け|押し付け|おしつけ)られ", needs=CHILD),
    Cue(r"(揺|ゆ)さぶ(って|り)?(しまい|しま)?そう"),
    Cue(r"(投|な)げつけ(そう|たく)", needs=CHILD),
    Cue(r"(首|くび)を(絞|し)め(そう|たく|てしまいそう)", needs=CHILD),
    # Not fed: 食べさせてもらっていない, 与えられていない, 食べさせてもろうとらん.
    Cue(
        r"(ご飯|ごはん|食事|しょくじ|食べ物|たべもの|みるく)を?(食べさせ|たべさせ|与え|あたえ|あげ)て"
        r"((もらって|もろうて|もらえて)(い)?|もろう|もらえ)?(い)?(ない|ません|へん|とらん|とらへん)",
        needs=CHILD,
    ),
    Cue(
        r"(ご飯|ごはん|食事|しょくじ|食べ物|たべもの)を?(与え|あたえ)られて(い)?(ない|ません)",
        needs=CHILD,
    ),
    # Bruises from being hit.
    Cue(
        r"(叩|たた|殴|なぐ|蹴)(か|ら)れ.{0,12}(あざ|痣)|(あざ|痣).{0,20}(叩|たた|殴|なぐ|蹴)(か|ら)れ",
        needs=CHILD,
    ),
    Cue(r"(体|からだ|胸|むね|下着|したぎ)を(触|さわ)(られ|ってくる)", needs=CHILD),
    # Not come home: the child (a young one), or the parents who left the child alone.
    Cue(
        r"(娘|むすめ|息子|むすこ|(子|こ)(ども|供)|の子)(が|は|も).{0,12}(帰|かえ)って(こない|来ない|きません|こん|きてない"
        r"|来てない|こーへん|けえへん|けーへん)",
        needs=YOUNG_CHILD,
        unless=rf"{_ANIMALS}|(日|とき|時|場合)(は|が)|{_NOT_NOW}|{_REASSURED}",
    ),
    Cue(
        r"(親|おや|母親|父親|まま|ぱぱ|お(母|かあ)さん|お(父|とう)さん)(が|は|も).{0,8}(帰|かえ)って(き|来)?(て)?(い)?"
        r"(ない|ません|へん|こない)",
        needs=CHILD,
        unless=r"(仕事|しごと|夜勤|やきん|出張|しゅっちょう|単身赴任|入院|(日|とき|時)(は|が))",
    ),
    Cue(
        r"(お風呂|風呂|ふろ)に(入れ|いれ)て(もらえ|もらっ)(て)?(い)?(ない|へん|とらん)|(何日|なんにち)も(同じ|おなじ)(服|ふく)",
        needs=CHILD,
    ),
    Cue(rf"{_YOUNG_ONE}を.{{0,8}}((殴|なぐ|蹴)(って|っとっ)|(叩|たた)(いて|いとっ))(い)?(た|る)"),
    # A young child missing: 見当たらない, いなくなった, 迷子.
    Cue(
        r"(娘|むすめ|息子|むすこ|(子|こ)(ども|供)|の子)(\([^)]{0,8}\))?(が|の姿が)((見当|みあ)たら(ない|ん|へん)|(いなくな|おらんようにな)(った|りました))"
        r"|(迷子|まいご|行方不明|ゆくえふめい)",
        needs=YOUNG_CHILD,
        unless=_ANIMALS,
    ),
    Cue(
        r"(娘|むすめ|息子|むすこ|(子|こ)(ども|供)|の子)が(い|おら)(ない|ません|ん)(。|!|、|,|$)",
        needs=rf"(?s)(?=.*{YOUNG_CHILD})(?=.*(さっき|急に|きゅうに|探|さが|どこ|いつの間に))",
    ),
    Cue(r"(親|おや|母親|父親)の(姿|すがた)を(見|み)(ない|てない|かけない|ていない)", needs=CHILD),
    Cue(r"(誘拐|ゆうかい)"),
    Cue(r"(知らない|見知らぬ)(男|女|人).{0,4}(連|つ)れ(て|去)"),
    Cue(r"(ぐったり|動かない|うごかない)", needs=r"(赤|あか)ちゃん|(赤|あか)ん(坊|ぼう)|乳児"),
    Cue(r"(子|こ)(ども|供)?と(一緒|いっしょ)に(死|し)(の|に|ぬ)"),
    # 「この子を連れて死にたい」「この子と消えたい」
    Cue(
        r"(子|こ)(ども|供)?を(連|つ)れて(死|し|あの世|あのよ)|(子|こ)(ども|供)?と(一緒|いっしょ)?に?(消|き)えたい"
    ),
    Cue(r"(道連れ|みちづれ)", needs=CHILD),
    Cue(r"(子|こ)(ども|供)?を(殺|ころ)し(そう|てしまいそう|たくなる|てしまう|てしまい)"),
    # Any minor not coming home, unreachable or gone (「中2の娘が昨日の夜から帰ってきません」).
    Cue(
        r"(帰|かえ)(って(こ|き|来|け)(ない|ません|ん|へん|おへん|ーへん|えへん|てない|ていない|てません)|ら(ない|へん|ん|ず|なかった))",
        needs=_MINOR_NAMED,
        unless=rf"{_ANIMALS}|(日|とき|時|場合)(は|が)|{_NOT_NOW}|{_REASSURED}|(進学|就職|留学|寮|りょう|下宿|一人暮らし|ひとりぐらし|単身|部活|ぶかつ|遅く(なる|なります))",
    ),
    Cue(
        r"(家|いえ|うち)に(も)?(い|おら|居)(ない|ません|へん|ん)(みたい|らしい|よう)",
        needs=_MINOR_NAMED,
        unless=_REASSURED,
    ),
    Cue(
        r"(家出|いえで)(して|した|中|ちゅう|しとる|してる|しました)",
        needs=rf"(親|おや|まま|ぱぱ|お(父|とう|母|かあ)さん|{MINOR})",
        unless=r"(夫|妻|旦那|だんな|主人|嫁|昔|むかし|若い(頃|ころ))",
    ),
    # A young child alone outside at night or on a road.
    Cue(
        r"(一人|ひとり)(で|きり|ぼっち).{0,16}(外|そと|公園|こうえん|道|みち|道路|どうろ|駅|えき|こんびに|べんち)",
        needs=rf"(?s)(?=.*{CHILD})(?=.*(夜|よる|深夜|しんや|夜中|よなか|\d+時|(親|おや)(が|は|も)?.{{0,4}}(い|おら)|(車|くるま)))",
        # A household where it happens (a worry of neglect), not a child out there now.
        unless=rf"{_NOT_NOW}|(家|うち)が(ある|あります)|毎晩|まいばん|毎日|まいにち|いつも|よく",
    ),
    Cue(r"(家|いえ|うち)に(入|い)れて(もらえ|くれ)(ない|へん|ん|なかった)", needs=CHILD),
    # A small child crying for days with no adult coming and going.
    Cue(
        r"(泣き声|なきごえ|泣いて|ないて|泣く声)",
        needs=rf"(?s)(?=.*{CHILD})(?=.*(大人|おとな|親|おや)(の|が)?(出入り|でいり|姿|すがた|気配|けはい)?(が|も)?(ない|なく|見え|みえ))",
    ),
)

# Someone needs an ambulance now.
MEDICAL_EMERGENCY: Final[tuple[Cue, ...]] = (
    Cue(
        r"(倒|たお)れて(い)?(て)?.{0,4}(動|うご)(かない|きません|かへん|かん)",
        unless=_NOT_A_PERSON_FALLEN,
    ),
    Cue(r"(倒|たお)れ(て(い)?(る|ます|て)|とる|とって|よる|てん)", unless=_NOT_A_PERSON_FALLEN),
    Cue(
        r"(倒|たお)れ(て|た|てもうて|てしもうた|てしまって).{0,10}((返事|へんじ|反応|はんのう)が?(ない|ありません|しない)"
        r"|(息|いき|呼吸)が(変|へん|おかし|弱)|(起|お)きない|(目|め)を(覚|さ)まさない)",
        unless=_NOT_A_PERSON_FALLEN,
    ),
    Cue(
        r"(意識|いしき)(が|を)?(ない|無い|なく(し|な)|ありません|もうろう|朦朧|はっきりしない|戻らない|遠の|とおの"
        r"|薄れ|うすれ|おかし|変(だ|です|な|や)|へん(だ|です|な|や)|失|うしな|不明|ふめい)",
        unless=rf"{_ATTITUDE}|{_ABOUT_A_PET}",
    ),
    Cue(
        r"(呼吸|こきゅう|息|いき)が(急に|きゅうに|すごく|とても|ひどく)?(苦|くる)し(?!く?なる|ゅうなる)",
        unless=_ABOUT_A_PET,
    ),
    Cue(
        r"(呼吸|こきゅう|息|いき)が?(うまく|上手く|ちゃんと)?(でき|出来)(ない|ません|ん|へん|ひん)",
        unless=rf"(一息|ひといき|ほっと)|{_ABOUT_A_PET}",
    ),
    Cue(
        r"(呼吸|こきゅう|息|いき)(が|の)(変|へん|おかし|弱|浅|ぜーぜー|ひゅーひゅー)",
        unless=_ABOUT_A_PET,
    ),
    Cue(
        r"(息苦|いきぐる)し(い|そう|くて)",
        needs=r"((刺|さ)され|(喉|のど)|(胸|むね)|急に|きゅうに|(倒|たお)れ|意識|いしき|ぐったり)",
        unless=rf"{_NOT_NOW}|{_ABOUT_A_PET}",
    ),
    Cue(
        r"(急に|突然|いきなり|きゅうに|目の前で)(倒|たお)れ(た|ました|て)",
        unless=rf"(とき|時|場合)(の|に)|ないか|{_ABOUT_A_PET}",
    ),
    Cue(
        r"(頭|あたま)が(割|わ)れ(る|そう)",
        needs=r"((吐|は)(い|く|き)|急に|きゅうに|突然|意識|いしき|ろれつ|しびれ)",
    ),
    Cue(
        r"(頭|あたま|口|くち|耳|みみ)から(血|ち)が(出|で|流|なが|止)",
        unless=rf"{_NOT_NOW}|{_ABOUT_A_PET}",
    ),
    Cue(r"(大量|たいりょう)(に|の)(出血|しゅっけつ|血)", unless=rf"{_NOT_NOW}|{_ABOUT_A_PET}"),
    Cue(
        r"(頭|あたま)を(強く|つよく)?(打|う)(って|った).{0,10}(泣かない|なかない|動かない|うごかない|意識|いしき|(吐|は)(い|く)|ぐったり|反応)",
        unless=_ABOUT_A_PET,
    ),
    Cue(
        r"((お(母|かあ)|お(父|とう)|お(ばあ|祖母)|お(じい|祖父))(さん|ちゃん)が.{0,6}|(ゆす|揺す|揺さぶ|ゆさぶ|叩|たた)(って|いて)も.{0,4})"
        r"(起|お)き(ない|ません|ひん|へん|ん)",
        unless=r"(朝|(?<!か)あさ|いつも|毎朝|仕事|しごと|学校|休み|昼まで|寝坊|ねぼう|なかなか)",
    ),
    Cue(
        r"(熱中症|ねっちゅうしょう)(かも|みたい|で|に(なって|なった))",
        needs=r"((倒|たお)れ|ふらふら|意識|いしき|けいれん|ぐったり|(動|うご)け|返事|へんじ|話がおかし)",
    ),
    Cue(
        r"(息|いき)(を|も)?(して(い)?(ない|ません|へん)|しとらん|しとらへん|してへん)",
        unless=_ABOUT_A_PET,
    ),
    Cue(
        r"(反応|はんのう)が(ない|無い|ありません|にぶ|鈍|弱|よわ|うす|薄)",
        # Slowly, over weeks (「反応が薄くなってきた」), is a worry for care, not an emergency.
        unless=rf"{_ABOUT_A_PET}|なって(き|い)|最近|さいきん|だんだん|年のせい",
    ),
    Cue(
        r"(返事|へんじ)が?(ない|無い|ありません|せん)",
        needs=r"((倒|たお)れ|意識|いしき|ぐったり|(呼|よ)んでも|(呼|よ)びかけ)",
        unless=rf"{_NOT_NOW}|{_ABOUT_A_PET}",
    ),
    Cue(
        r"(呼|よ)びかけ(て)?(も|に).{0,4}((返事|へんじ|反応|答え|こたえ)(を|が)?(しない|ない|ありません)|(答|こた|応)えない)"
    ),
    Cue(
        r"(呼|よ)んで(も|みても).{0,4}((起|お)き(ない|ん|へん|ません)|(返事|へんじ|反応|はんのう)(を|が)?(しない|せん|せえへん|ない))",
        unless=r"(朝|あさ|学校|がっこう|寝坊|ねぼう|いつも|毎朝|まいあさ|夢中)",
    ),
    Cue(
        r"(声|こえ)をかけ(て)?も.{0,4}(返事|へんじ|反応|答え)(が|を)?(ない|ありません|しない|しません)"
    ),
    Cue(r"(出血|血)が?(止|と)ま(ら|ん)", unless=_ABOUT_A_PET),
    Cue(r"血を(吐|は)い(た|て)|(吐血|とけつ)(した|して)", unless=_ABOUT_A_PET),
    Cue(
        r"(けいれん|痙攣|ひきつけ|引きつけ)(して(い|る|ま)|しとる|しよる|しとって|を(起|お)こして|が(止|と)まら)",
        unless=_ABOUT_A_PET,
    ),
    Cue(r"(胸|むね)が(急に|突然|いきなり).{0,3}(痛|苦)", unless=_NOT_NOW),
    Cue(
        r"(急に|突然|いきなり|きゅうに)(胸|むね)が.{0,3}(痛|苦|いた|くる)|(胸|むね)が(痛|いた)(い|く|む).{0,8}(苦|くる)しんで",
        unless=_NOT_NOW,
    ),
    Cue(r"(胸|むね)を?(押|お)さえ(て|と|た)"),
    Cue(r"ろれつが(回|まわ)ら"),
    Cue(
        r"(急に|突然|いきなり|きゅうに).{0,12}((力|ちから)が(入|はい)らな|(言葉|ことば)が(出|で)(ない|なく|ん|へん)"
        r"|しゃべれな|話せな(い|く))",
        unless=_NOT_NOW,
    ),
    Cue(r"(喉|のど)に(詰|つ)ま"),
    Cue(r"(餅|もち|食べ物|たべもの|飴|あめ|ぱん|こんにゃく|肉|にく)を?(喉|のど)?に?(詰|つ)まらせ"),
    Cue(
        r"(電池|でんち|洗剤|せんざい|漂白剤|ひょうはくざい|たばこ|煙草|磁石|じしゃく|灯油|とうゆ)を?(飲|の)み(込|こ)ん(だ|で(しま|しも))"
        r"|誤飲(した|して|しま)"
    ),
    Cue(
        r"(薬|くすり)を?(大量|たくさん|全部|ぜんぶ|まとめて|一気|いっき|いっぱい|一度に|いちどに)に?(飲|の)ん(だ|で(しま|しも|もう))",
        unless=rf"(癖|くせ)|{_NOT_NOW}",
    ),
    Cue(r"(首|くび)を?(吊|つ)って(い|た|る)"),
    Cue(
        r"(冷|つめ)たくなって(い|る|た)",
        needs=r"((動|うご)か|(息|いき)(を|が|して)|(呼|よ)んで|返事|へんじ)",
    ),
    Cue(r"(お風呂|風呂|ふろ|湯船|浴槽|川|海|ぷーる).{0,8}((沈|しず)んで|(溺|おぼ)れ)"),
    Cue(
        r"(落ち|おち|転ん|ころん|転倒|てんとう|転落|てんらく).{0,6}((起|お)き(上|あ)がれ|(動|うご)(かない|きません|かへん|かん))",
        unless=_ABOUT_A_PET,
    ),
    Cue(r"(白目|しろめ)を"),
    Cue(r"(泡|あわ)を(吹|ふ)"),
    Cue(r"ぐったりして(い)?(て)?.{0,4}(動か|話せ|しゃべれ|返事|反応|起き)", unless=_ABOUT_A_PET),
    # A 民生委員's report: 「居間で倒れており」「救急要請済み」.
    Cue(r"(倒|たお)れて(おり|お(る|ります)|いて)", unless=_NOT_A_PERSON_FALLEN),
    Cue(
        r"(救急|きゅうきゅう)(車|しゃ)?を?(要請|ようせい|呼ん|よん|呼び|よび|手配)",
        unless=rf"(ほど|程度|べき|(ほう|方)が|か(な|どうか)|迷|まよ|(時|とき|場合)(の|に|は)|方法|ほうほう|{_NOT_NOW})",
    ),
    # Fallen and cannot get up (「ころんで　たてません」).
    Cue(
        r"(転|ころ)(ん|け)(で|だ|て).{0,12}(立|た)(て|ち(上|あ)が(れ|ら))(ない|ません|へん|ん)",
        unless=_NOT_NOW,
    ),
    # Someone with dementia gone at night or in the cold (「布団空っぽで玄関あいとった 裸足や」).
    Cue(
        r"(布団|ふとん|部屋|へや|べっど)(が|は)?(空|から)っぽ|(玄関|げんかん)(が|も)?(開|あ)い(て|と)"
        r"|(行方|ゆくえ)(不明|ふめい|が(わか|分か))|(見|み)つから(ない|ん|へん)",
        needs=r"(?s)(?=.*(認知症|にんちしょう))(?=.*(夜|よる|よなか|雨|あめ|雪|ゆき|裸足|はだし|寒|さむ))",
    ),
    # A 民生委員's note: mail piling up, the phone unanswered, nobody has seen her.
    Cue(
        r"(郵便受け|ゆうびんうけ|ぽすと|新聞|しんぶん)(が|も)?(満杯|まんぱい|いっぱい|たま|溜ま)",
        needs=r"((電話|でんわ)(が|に|も)?(不通|ふつう|つながら|出ない|でない|出ん)|(姿|すがた)(を|も)?(見|み)(て|か)|(応答|おうとう|返事|へんじ)(が|も)?な)",
    ),
    # Days without a sign of life, nobody able to look (round 7's settled rule).
    Cue(
        r"(\d|一|二|三|四|五|何|なん|数)日(間|も)?.{0,12}((出|で)て(こ|き)(ない|ません|ん|へん)"
        r"|(返事|へんじ|応答|おうとう)が(ない|ありません))",
        needs=r"(既読|きどく|(叩|たた)いても|のっく|(電話|でんわ)に(出|で)|(新聞|しんぶん)が(た|溜)ま)",
    ),
    # A stroke: slurred speech, one side that will not move, a drooping face.
    Cue(r"ろれつ(が)?(回|まわ)(ら|ん)"),
    Cue(
        r"(右|左|片|みぎ|ひだり)(手|て|足|あし|腕|うで|側|がわ|半身|方)(が|も)?(急に|きゅうに)?(動|うご)"
        r"((か|け)(ない|へん|ん|なく|ません)|きません)",
        unless=rf"{_NOT_NOW}|(昔|むかし|以前|いぜん|(前|まえ|年|ねん|月|頃|ころ)から(ずっと)?|障害|しょうがい|麻痺が残|まひが残|後遺症|こういしょう)",
    ),
    Cue(r"(顔|かお)(が|の)(半分|片方|かたほう|片側)?.{0,4}(ゆが|歪)ん"),
    # Hard to breathe, a heavy chest, lips gone purple (「息がえらそう」 in 岡山弁).
    Cue(r"(息|いき)(が|も)?(えら|しんど)(そう|い|がっ)", unless=_NOT_NOW),
    Cue(
        r"(唇|くちびる)(が|も)?(紫|むらさき|真っ青|まっさお)",
        needs=r"(息|いき|呼吸|こきゅう|意識|いしき|倒れ|たおれ|動か|うごか)",
        unless=_NOT_NOW,
    ),
    Cue(
        r"(息|いき|呼吸|こきゅう)が?(し|す)(にく|づら|ずら)(い|く)",
        unless=rf"{_NOT_NOW}|(ますく|マスク|花粉|かふん)",
    ),
    Cue(
        r"(胸|むね)が(苦|くる)し",
        needs=r"(息|いき|呼吸|こきゅう|一人|ひとり|冷や汗|ひやあせ|痛|いた)",
        unless=_NOT_NOW,
    ),
    # Blood in vomit; pain too strong to move, now.
    Cue(r"(吐|は)い(たら|た(もの|物)に?).{0,4}(血|ち)"),
    Cue(
        r"(痛|いた)(すぎ|くて|み)(て)?.{0,4}(動|うご)(け|かれ)(ない|へん|ん|ません)",
        needs=r"(今|いま|夜中|よなか|急に|きゅうに|さっき|突然|とつぜん)",
        unless=_NOT_NOW,
    ),
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
    r"(研修|講座|講習|講演|せみなー|勉強会|げーときーぱー|予防|対策|啓発|ぼらんてぃあ|資格|どらま|映画|えいが|にゅーす|報道|報じ|番組|漫画|まんが|小説|げーむ|病気について"
    r"|歌詞|かし(の|が)|の曲|熱唱|からおけ)"
)

# Before a cue in the same sentence: the event is long past.
DISTANT_PAST: Final[str] = (
    r"(昔|むかし|以前|いぜん|かつて|若い(頃|ころ)|学生(の頃|のころ|時代)|(子ども|子供|こども)(の頃|のころ)"
    r"|(\d+|何|なん|数|すう|十)年(前|まえ)|去年|昨年|先月|先々月|先週|(\d+|何|数)(か|ヶ|ヵ|カ|ケ)月前|当時|この前|前回|先日|せんじつ|こないだ|この間|このあいだ|あの(時|とき|頃|ころ)"
    r"|(小学|中学|高校)(校|生)?(の|生の)?(とき|時|頃|ころ|時代)|(小さい|ちいさい|幼い|おさない)(頃|ころ|とき)"
    r"|^(前|まえ)に)"
)
# After a cue: 「…をしたのは私が小さい頃で」 — the event, then when it was, long ago.
TOLD_AS_PAST_AFTER: Final[str] = (
    rf"^.{{0,8}}(た|だ)(の|こと)(は|が).{{0,12}}{DISTANT_PAST.replace('|^(前|まえ)に', '')}"
)
# After a cue: it is told in the past tense.
PAST_TENSE_AFTER: Final[str] = r"(た|ました|ていた|てた|ことがあ|ことある|だった|でした)"
# Near the thought, anywhere in the message: the thought has come back (「最近また死にたいと
# 思う」), so the past does not excuse it; 「最近物忘れが」 is not about the thought.
THOUGHT_RECURRENCE: Final[str] = (
    r"(最近|さいきん|このごろ|この頃|近頃|ちかごろ|今も|いまも|今でも|いまでも|今また|再び|ふたたび|ぶり返|また)"
    r".{0,12}(死|しに|しの|しぬ|消え|きえ|思|おも|考|かんが|気持ち|きもち|そう|同じ)"
)
# Anywhere: it has come back (「最近またそう思う」), so the past does not excuse it.
RECURRENCE: Final[str] = (
    r"(最近|さいきん|このごろ|この頃|近頃|ちかごろ|今も|いまも|今でも|いまでも|今また|再び|ふたたび|ぶり返"
    r"|また(そう|死|し|消|き|同じ気持ち))"
)

# A call for help (「助けて」「助けてください」「もう限界です」): never a wish to stop talking,
# and always worth asking whether it is a danger now (the hotlines come with the question).
CALL_FOR_HELP: Final[str] = (
    r"((助け|たすけ|タスケ)て(?!(もら|貰|くれた|くれる|くれて|あげ|いただ|頂|ほし|欲し))"
    r"|もう(限界|げんかい)|(限界|げんかい)(です|だ|や|じゃ|なんです)|sos\b)"
)

# Whose life: the crisis answer speaks to the writer, and changes its words when the
# danger is another's (these never lower a flag).
# Words of danger reported of another (「本人が『もう死にたい』と言っています」「母が死に
# たいって言うんです」「息子が首を吊ろうとしている」), with no word of the writer's own.
SPOKEN_OF_ANOTHER: Final[str] = (
    r"[「『][^」』]{1,60}[」』]\s*(と|って|っと)?\s*((言|い|ゆ)(?!わ|って(く|来|き))|話|はな|口|くち|書|漏ら|もら|つぶや|呟)"
    r"|(と|って)(言|い|ゆ)(って(?!(く|来|き))|う|い|よ|ま)|(と|って)(話|はな)(して|す|しま)|(と|って)(口|くち)に"
    r"|(本人|ほんにん|利用者|りようしゃ|母|はは|父|ちち|夫|おっと|妻|つま|主人|しゅじん|旦那|だんな|息子|むすこ"
    r"|娘|むすめ|祖母|祖父|兄|姉|弟|妹|友(だち|達|人)|ともだち|同僚|生徒|隣|となり|近所|きんじょ"
    r"|おばあ|おじい|お母|おかあ|お父|おとう|じいちゃん|ばあちゃん|じいさん|ばあさん|嫁|よめ|孫|まご"
    r"|彼女|かのじょ|彼氏|かれし|(の|な)(子|こ|方|かた|人|ひと))(さん|ちゃん|くん|さま|様)?(が|は|も)"
    # 「主人が死んで三年」: a death told, not a danger.
    r"(?!(死|し)んで|(亡|な)くな)"
)
# Words of a death that has happened (「息子が首を吊って亡くなりました」「夫が自ら命を絶ち
# ました」): the person told of cannot be called with; the writer is answered as themselves.
DEATH_TOLD: Final[str] = (
    r"(亡|な)くな(り|っ)|(命|いのち)を(絶|た)(ち|っ)|(他界|たかい)|(自殺|じさつ)(しました|した(。|$|の|ん))"
    r"|(死|し)んで(しまいました|しもうた|しまった)|(葬儀|そうぎ|葬式|そうしき|四十九日|遺品|いひん)"
)
# The writer speaking of themselves: 「私」「自分」 and the like, not as an owner (「私の母」
# 「うちの子」 speak of another).
FIRST_PERSON: Final[str] = (
    rf"{SELF}(?!の?(子|こ|娘|むすめ|息子|むすこ|母|はは|父|ちち|夫|おっと|妻|つま|主人|旦那|嫁|孫|家族"
    r"|親|兄|姉|弟|妹|祖|友|近所|隣|利用者)|ん(ち|とこ|家))"
)

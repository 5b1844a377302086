"""Held-out crisis wordings for the crisis rules: messages written the way residents,
relatives and 民生委員 write to the city's LINE account, with the flags each must raise,
and calm messages with a sensitive word that must raise none.

None of them is a written crisis case (`nlu/data/crisis_cases.yml`), a training example
or a dev-set message (`shared/spec/examples.jsonl`); `test_crisis_wordings.py` checks it.
Each has a short ASCII slug for a readable test id."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Wording:
    slug: str
    text: str
    flags: tuple[str, ...] = ()


S, V, C, M = "suicide", "violence", "child_danger", "medical_emergency"

SUICIDE: tuple[Wording, ...] = (
    Wording("not-wake-tomorrow", "明日の朝、目が覚めなければいいのに", (S,)),
    Wording("better-dead", "死んだほうがまし", (S,)),
    Wording("stop-living", "生きるのやめたい", (S,)),
    Wording("better-dead-okayama", "こんな思いするなら死んだ方がましじゃ", (S,)),
    Wording("stop-living-hiragana", "もういきるのやめたい", (S,)),
    Wording("never-wake", "このまま目が覚めなかったらいいのにって毎晩思う", (S,)),
    Wording("never-wake-again", "二度と目が覚めなければいい", (S,)),
    Wording("no-morning", "眠ったまま死ねたら楽なのに", (S,)),
    Wording("if-i-could-die", "死ねたらいいのに", (S,)),
    Wording("better-without-me", "自分なんかいないほうがみんな幸せだと思う", (S,)),
    Wording("family-better-without-me", "私がいなくなったほうが家族のためになる", (S,)),
    Wording("never-born", "産まれてこなきゃよかった", (S,)),
    Wording("never-born-okayama", "生まれてこんかったらよかったんじゃ", (S,)),
    Wording("want-ease-by-dying", "死んで楽になりたいって思ってしまう", (S,)),
    Wording("ease-gone", "もう疲れた。楽になりたい。この世からいなくなれば楽になれる", (S,)),
    Wording("hang-kukuru", "首をくくろうと思う", (S,)),
    # A time long past, then the message turns to now: the past excuses nothing.
    Wording("fine-once-now-gone", "去年までは楽しかったのに、今は消えたい", (S,)),
    Wording("well-once-lately-die", "若い頃は元気だったが、最近は死にたいと思う", (S,)),
    Wording("rope-tie", "ロープをかける場所を探してる", (S,)),
    Wording("train-jump", "線路に飛び込もうと思う", (S,)),
    Wording("roof-jump", "屋上から飛び降りようかな", (S,)),
    Wording("pills-together", "薬をまとめて飲もうと思ってる", (S,)),
    Wording("pills-at-once", "睡眠薬を一気に飲んだら死ねるかな", (S,)),
    Wording("charcoal-bought", "練炭と七輪を買ってきた", (S,)),
    Wording("will-written", "遺書を書き終えました。今までありがとう", (S,)),
    Wording("wrist-no-particle", "また手首切っちゃった", (S,)),
    Wording("death-place", "死に場所を探しています", (S,)),
    Wording("death-ready", "死ぬ準備はできてる", (S,)),
    Wording("no-wish-to-be-here", "この世にいたくない", (S,)),
    Wording("elderly-pickup", "早くお迎えが来てほしい。長生きしすぎた", (S,)),
    Wording("elderly-let-me-die", "もう死なせてほしい", (S,)),
    Wording("elderly-other-world", "はよう、あの世に行きたいわ", (S,)),
    Wording("kill-me", "誰か私を殺して", (S,)),
    Wording("erase-myself", "自分の存在を消したい", (S,)),
    Wording("vanish-kansai", "もう消えてまいたい", (S,)),
    Wording("go-away-okayama", "おらんようになりてぇ", (S,)),
    Wording("no-will-okayama", "もう生きとうない", (S,)),
    Wording("pointless-kansai", "生きてたってしゃあない", (S,)),
    Wording("tired-of-living-hiragana", "いきるのつかれた", (S,)),
    Wording("die-better-kansai", "うちなんか死んだらええねん", (S,)),
    Wording("hankaku", "ｼﾝﾀﾞﾎｳｶﾞﾏｼ", (S,)),
    Wording("zenkaku-mix", "もう　死んだほうがマシ　です", (S,)),
    Wording("small-kana-typo", "しにたぃ", (S,)),
    Wording("vanish-typo", "きえたぃ、、", (S,)),
    Wording("give-up-living", "生きることをあきらめたい", (S,)),
    Wording("end-it-sea", "海に入って終わりにしようと思う", (S,)),
    Wording("eternal-sleep", "永遠に眠りたい", (S,)),
    Wording("mother-said", "母が「死んだほうがましだ」と繰り返していて心配です", (S,)),
    Wording(
        "minsei-pills",
        "民生委員です。訪問先のおばあさんが薬をためていて、もう生きるのをやめたいと言います",
        (S,),
    ),
    Wording("daughter-cutting", "娘が腕を切っているのを見つけました", (S,)),
    Wording("self-harm-arm", "腕を切るのがやめられない", (S,)),
    Wording("bridge-now", "いま橋の上にいる。もう無理", (S,)),
    Wording("no-morning-wish", "朝なんか来なければいい", (S,)),
    Wording("never-get-up", "寝たらもう起きたくない", (S,)),
    Wording("if-i-died-kansai", "死んでしまえたら楽なのにな", (S,)),
    Wording("only-death-left", "死ぬしかないと思い詰めています", (S,)),
    Wording("no-reason-okayama", "生きてる理由がわからん", (S,)),
    Wording("farewell", "もう限界。さよならします。今までありがとう", (S,)),
    Wording("jump-building", "ビルから飛ぼうと思ってる", (S,)),
    Wording("crash-car-sea", "車で海に突っ込もうかと考えてしまう", (S,)),
    Wording("mother-wants-pills", "母が『もう死にたいけぇ薬くれ』と言う", (S,)),
    Wording(
        "grandma-wants-death",
        "おばあちゃんが、もう長生きしたくない、はよ死にたいと言っている",
        (S,),
    ),
    Wording("cord-on-neck", "ひもを首にかけてみた", (S,)),
    Wording("razor-arm", "カミソリで腕を切ってしまった", (S,)),
    Wording("end-life", "この先生きていく自信がない。人生を終わらせたい", (S,)),
    Wording("sleep-forever", "ずっと眠ったままでいたい。起きるのがつらい", (S,)),
    Wording("pulled-to-tracks", "線路を見てると吸い込まれそうになる", (S,)),
    Wording("searching-methods", "もう全部どうでもいい。死ぬ方法ばかり検索してる", (S,)),
    Wording("no-worth", "わたしなんか生きてる価値ないし", (S,)),
    Wording("dread-tomorrow", "明日が来るのが怖い。来なければいいのに", (S,)),
    Wording("vanish-kansai-wa", "いっそ消えてなくなりたいわ", (S,)),
    Wording("father-okayama", "うちの父が『もう死んだほうがええ』と毎日言うとります", (S,)),
    Wording("pills-date-set", "睡眠薬をためてある。使う日を決めた", (S,)),
    Wording("knife-at-self", "包丁を自分に向けてしまう", (S,)),
    Wording("urge-to-jump", "高いところに行くと飛び降りたくなる", (S,)),
    Wording("living-hard-okayama", "生きるのがもうしんどいけぇ", (S,)),
    Wording("to-the-sea", "今から海に行く。もう帰らない", (S,)),
    # Typed in Latin letters (a ninth tester's).
    Wording("romaji-wish", "mou shinitai", (S,)),
    Wording("romaji-not-living", "mou ikiteitakunai", (S,)),
    Wording("romaji-suicide", "jisatsu shitai", (S,)),
    # Round 12's misses, in other words: better off gone, of oneself, in dialect.
    Wording("better-gone-hiroshima", "わしもいなくなった方がええんじゃろうな", (S,)),
    # Round 13's misses, in other words: a rope seen on a visit, looking down from a height.
    Wording("rope-from-ceiling", "父の部屋を見たら天井から紐が下がっていた。何も言わない", (S,)),
    Wording("looking-down-balcony", "もう疲れた。ベランダから下を見てる", (S,)),
    # Gone from the world with a child, or 「いっそ」; a life paid out for a debt.
    Wording("gone-with-daughter", "娘を連れていなくなれたら、どんなに楽だろうと考えてしまう", (S,)),
    Wording(
        "insurance-pays-loan",
        "ローンが払えない。生命保険で全部払えるなら、それでいいかと思ってる",
        (S,),
    ),
    # Round 16's kinds, in other words.
    Wording("gone-nobody-sad-kansai", "うちがおらんくなっても誰も悲しまんやろ", (S,)),
    Wording(
        "take-me-to-late-husband", "仏壇に毎朝、早う父ちゃんのところへ連れて行ってと頼んどる", (S,)
    ),
    Wording("no-more-living-at-a-bridge", "もう生きたくない。いま大きな橋の上に立ってる", (S,)),
    # Round 17's kinds, in other words: a wish to join the dead (a child taken along), and
    # affairs put in order with what one owns handed over.
    Wording(
        "join-husband-with-son",
        "夫が亡くなって半年。息子を連れて夫のそばへ行けたらと思ってしまう",
        (S, C),
    ),
    Wording("join-wife", "妻に先立たれて、早く妻のところに行きたいと毎日思う", (S,)),
    Wording(
        "keys-handed-over",
        "隣のおじいさんが『もう思い残すことはない』と言って、家の鍵を預かってくれと持ってきた。"
        "奥さんが亡くなってから元気がなくて心配です",
        (S,),
    ),
    Wording("tohoku-no-point", "ばあさん死んでがら、いぎでる意味もねえ", (S,)),
    # The sixteenth tester: a death said as what one is about to do.
    Wording("dying-now-declared", "これから死にます", (S,)),
    Wording("dying-now-hiroshima", "もう死ぬけん", (S,)),
    Wording("may-as-well-die", "もう死んでもいいって思う日がある。誰も来ないし", (S,)),
    # Round 18's kinds, in other words: a means of death that keeps catching the eye.
    Wording(
        "rope-in-the-shed-eye", "店の借金でもう首が回らん。倉庫のロープに目が行ってしまう", (S,)
    ),
    # Round 19's kinds: whether insurance pays for a death by one's own hand.
    # The seventeenth tester's: living itself the weight, in 岡山弁 and 関西弁.
    Wording("living-heavy-okayama", "もう生きとるのがえらい", (S,)),
    Wording("living-tiring-kansai", "生きてんのしんどいねん", (S,)),
    Wording(
        "insurance-pays-suicide", "自殺でも保険金って払われますか？家族に残せるならそれでいい", (S,)
    ),
)

VIOLENCE: tuple[Wording, ...] = (
    Wording("hit-every-night", "夫に毎晩殴られる。今夜も帰ってくるのが怖い", (V,)),
    Wording("kicked-just-now", "さっき彼氏に蹴られた。まだ部屋にいる", (V,)),
    Wording("knife-pointed", "夫に包丁を向けられた", (V,)),
    Wording("romaji-hit", "tasukete. otto ni naguraremasu", (V,)),
    Wording("romaji-killed", "korosareru", (V,)),
    # An ex-partner waiting outside now (round 11's, after corpus t13–t14 moved the model).
    Wording("ex-waiting-outside", "元夫が家の前に車を止めてる。怖くて家に帰れない", (V,)),
    Wording("blade-pointed", "刃物を向けられています", (V,)),
    Wording("kill-line", "元彼から「殺す」ってLINEがきた", (V,)),
    Wording("kill-threat", "殺すと脅されています", (V,)),
    Wording("kill-shout", "「ぶっ殺す」って叫んでる、こわい", (V,)),
    Wording("kill-hiragana", "ころすっていわれた", (V,)),
    Wording("hand-raised", "夫がまた手をあげてきた。怖い", (V,)),
    Wording("throwing-things", "逃げたい。家に帰れない。夫が怒鳴って物を投げてくる", (V,)),
    Wording("confined", "夫に部屋に閉じ込められて出られない", (V,)),
    Wording("dv-now", "夫が暴力をふるっています、今", (V,)),
    Wording("dv-passive", "同居の息子から暴力をふるわれている", (V,)),
    Wording("hit-today", "彼氏にずっとDVされてて、今日も殴られた。もう逃げたい", (V,)),
    Wording("hit-when-home", "逃げたい。家に帰ったらまた殴られる", (V,)),
    Wording("hit-and-kicked", "殴る蹴るされて体中あざだらけ。今も家にいる", (V,)),
    Wording("okayama-kicked", "旦那に蹴られよるんじゃ、どうしたらええ", (V,)),
    Wording("kansai-hit", "おとんにしばかれてる、たすけて", (V,)),
    Wording("hiragana-hit", "いまなぐられてる", (V,)),
    Wording("strangled-hiragana", "あにに くびを しめられた たすけて", (V,)),
    Wording("son-threat", "息子に金を出せと脅されて、殴られそう", (V,)),
    Wording("halfwidth", "ｵｯﾄｶﾞﾎｳﾁｮｳｦﾓｯﾃｲﾏｽ", (V,)),
    Wording("killed-if-home", "家に帰ったら殺されるかもしれない", (V,)),
    Wording("elder-son-hits", "長男に毎日叩かれています。年寄りの一人じゃどうにもならん", (V,)),
    Wording(
        "neighbour-hitting", "隣の家で男の人が奥さんをずっと殴っているみたい、悲鳴が聞こえる", (V,)
    ),
    Wording("hits-when-drunk", "夫が酒を飲むと殴ってくる。今夜も怖い", (V,)),
    Wording("hair-dragged", "彼氏に髪をつかまれて引きずられた、さっき", (V,)),
    Wording("father-strangles", "父が母の首をしめてる", (V,)),
    Wording("barricaded-knife", "息子が包丁持って立てこもってる", (V,)),
    Wording("next-time-kill", "夫から『次は殺す』と言われた", (V,)),
    Wording("wife-smashing", "妻が暴れて物を壊している。警察呼ぶべき？", (V,)),
    Wording("scissors-raised", "彼がハサミを振り上げてきた", (V,)),
    Wording("chased-bike", "バイクで追いかけられてる、たすけて", (V,)),
    Wording("son-thrown", "息子が夫に投げ飛ばされた", (V,)),
    Wording("lunged-at", "夫がいきなり殴りかかってきた", (V,)),
    Wording("intruder-okayama", "元妻の新しい相手が家に乗り込んできて暴れとる", (V,)),
    Wording("father-kicks-mother", "父親が母親を蹴り飛ばしてる", (V,)),
    Wording("sister-knife", "姉が包丁をもって部屋から出てこない。殺すって言ってる", (V,)),
    Wording("stalker-near", "ストーカーに待ち伏せされた、今も近くにいる", (V,)),
    Wording("neck-pinned", "夫に首を押さえつけられた、さっき", (V,)),
    # Round 13's misses, in other words: a blow going on now, a blade swung in the street.
    Wording("raising-hand-now", "今、兄が父に手をあげてる。止められない", (V,)),
    Wording("blade-like-swung", "いまコンビニの前で男が包丁のようなものを振り回してる", (V,)),
    # Round 14's miss, in other words: held in a car, asking in vain to be let out.
    Wording("car-wont-stop", "元夫の車に乗せられて、降ろしてって言っても止まってくれない", (V,)),
    Wording(
        "pupil-stranger-car",
        "ネットで知り合った人の車。学校帰りで制服。おろしてって言うたのに無視されとる",
        (V, C),
    ),
    # Round 16's kinds, in other words.
    Wording("threat-tonight", "取り立て屋から、今夜うちに来る、ただでは済まさないって留守電", (V,)),
    # Round 17: someone hit now, in hiragana or by a carer in a home.
    Wording(
        "staff-hitting-resident", "いま施設で職員が利用者さんを叩いています。どうしたらいい", (V,)
    ),
    Wording("brother-hitting-mother", "いま あにが ははを たたいてる", (V,)),
    Wording(
        "blows-heard-tohoku",
        "むがいの家で いま おどごが 女の人ば ぶつ音して、女の人 泣いでら",
        (V,),
    ),
    # The sixteenth tester: hit or scalded, told as news with no time to it.
    Wording("hot-water-thrown", "夫にお湯をかけられた", (V,)),
    Wording("hit-by-brother", "弟に殴られた", (V,)),
    # Round 18's kinds: fled just now, said in 東北's voiced endings; small grandchildren.
    Wording("fled-voiced-tohoku", "おら、亭主がら逃げできたどご", (V,)),
    Wording(
        "fled-with-grandchildren",
        "嫁が孫ば連れで息子がら逃げできた。息子が追っかげで来てる。孫は2つだ",
        (V, C),
    ),
)

CHILD_DANGER: tuple[Wording, ...] = (
    Wording("girl-not-home", "娘が帰ってこない。まだ小学生なのに", (C,)),
    Wording("boy-not-home-dark", "小学2年の息子が暗くなっても帰ってこない", (C,)),
    Wording(
        "neighbour-unfed",
        "隣の子がご飯を食べさせてもらっていないみたい。ガリガリに痩せている",
        (C,),
    ),
    Wording(
        "not-given-food", "孫が食事を与えられていない。いつもお腹をすかせている小学生です", (C,)
    ),
    Wording("out-at-midnight", "近所の小さい子が夜中に一人で外にいる", (C,)),
    Wording("bruised", "子どもの体にあざがたくさんある、叩かれているみたい", (C,)),
    Wording("bruise-after", "小学生の子が親に殴られてあざができてる", (C,)),
    Wording("parents-gone", "3歳の子が家に一人。親が何日も帰ってきていない", (C,)),
    Wording(
        "alone-small", "小さい子が一人で家にいて、ずっと泣いてる。親は昨日から帰ってない", (C,)
    ),
    Wording("kicking-okayama", "夫が子どもを蹴っとる", (C,)),
    Wording("hit-baby", "赤ちゃんを叩いてしまった。泣き止まなくて", (C,)),
    Wording("left-in-car", "スーパーの駐車場で子どもが車の中に置き去りにされてる", (C,)),
    Wording("barefoot-outside", "真冬なのに隣の子が裸足で外に立たされている", (C,)),
    Wording("child-hit-hiragana", "こどもがたたかれてる", (C,)),
    Wording("nephew-hit", "甥っ子が母親の彼氏に殴られているのを見た。今もあの家にいる", (C,)),
    Wording("touched", "小学生の娘が、母の交際相手に体を触られていると言っている", (C,)),
    Wording("kill-child-fear", "このままだとこの子を殺してしまう", (C,)),
    Wording("boy-no-food-okayama", "隣の男の子、ご飯食べさせてもろうとらんみたいなんじゃ", (C,)),
    Wording("locked-out", "近所の子が家から締め出されて玄関の前で泣いてる", (C,)),
    Wording(
        "kid-to-school-bruise",
        "民生委員です。登校班の小学生の顔にあざがあり、母親の恋人に殴られたと言っています",
        (C,),
    ),
    Wording("no-bath", "隣の子がお風呂に入れてもらえてない、何日も同じ服", (C,)),
    Wording("park-11pm", "夜11時なのに小学生が一人で公園にいる", (C,)),
    Wording("missing-4yo", "4歳の子がいない。さっきまでいたのに", (C,)),
    Wording("missing-5yo", "娘（5歳）が見当たらない", (C,)),
    Wording("kicked-now", "母親が子どもを怒鳴りながら蹴っていた、今も続いてる", (C,)),
    Wording("baby-limp", "赤ちゃんがミルクを吐いてぐったりしてる", (C,)),
    Wording("belt", "子どもが夫にベルトで叩かれている", (C,)),
    Wording("parents-gone-2-days", "隣の赤ちゃんがずっと泣いてて、もう2日親の姿を見ない", (C,)),
    Wording("girl-convenience-store", "小学生の女の子が夜中にコンビニの前で一人で座ってる", (C,)),
    Wording("about-to-hit-6yo", "息子(6)を殴ってしまいそう、止めて", (C,)),
    # A young child alone now, in hiragana with spaces, as a resident who reads little
    # kanji writes it.
    Wording("alone-3yo-kana", "3さいの こが よる ひとりで いえに いる。おやが いない", (C,)),
    Wording(
        "alone-crying-kana",
        "となりの いえの 2さいの こが ひとりで ないています。おとなが いません",
        (C,),
    ),
    Wording("left-tonight-kana", "4さいの むすこを おいて でかけないと いけない。こんや", (C,)),
    Wording("alone-nursery-age", "保育園くらいの子が夜中に一人で留守番してるみたい", (C,)),
    Wording("alone-three-in-kana", "さんさいのこが こんや いえに ひとりで いる", (C,)),
    Wording("alone-tonight-kana", "こどもが こんや ひとりで いえに いる", (C,)),
    # An eighth tester's: no adult until morning, alone and lonely, tonight said first.
    Wording(
        "alone-till-morning-kana",
        "ごさいの むすめが ひとりで るすばん してる。おとなは あさまで いない",
        (C,),
    ),
    Wording(
        "parents-not-back-kana",
        "にさいの こが いえに ひとりで いる。おやは あさまで かえらない",
        (C,),
    ),
    Wording("all-alone-kana", "3さいの むすこが いえで ひとりぼっち", (C,)),
    Wording("tonight-first", "今夜、子どもが家にひとりでいます", (C,)),
    Wording("left-behind-kana", "よんさいの むすこを いえに おいてきた。こんや かえれない", (C,)),
    # A ninth round's: the child named in one sentence, alone in the next.
    Wording("asleep-alone-kana", "むすめ よんさい。ひとりで ねてる。おとなは いない", (C,)),
    Wording("asleep-alone-tonight", "娘は4歳。今夜ひとりで寝ている。大人はいない", (C,)),
    Wording("asleep-alone-night-shift", "4歳の娘が夜ひとりで寝ていて、私は夜勤でいません", (C,)),
    Wording("mother-away", "母が家にいないので4歳の子がひとりで留守番してる", (C,)),
    # No age said, nobody back until morning.
    Wording("nobody-tonight-kana", "こどもが ひとりで いえに いる。こんや だれも いない", (C,)),
    Wording("not-back-kana", "こども ひとりで おるすばん。こんや かえれない", (C,)),
    Wording(
        "night-shift-kana",
        "うちの子 ひとりで るすばん させてる。わたし夜勤で あさまで かえれない",
        (C,),
    ),
    Wording("not-back-till-morning", "子供が家で一人。私は朝まで帰れない", (C,)),
    # Typed in Latin letters, on a phone without a Japanese keyboard.
    Wording("romaji-alone-tonight", "kodomo ga hitori de ie ni iru. konya dare mo inai", (C,)),
    # A minor gone off in a stranger's car.
    Wording(
        "stranger-car-pupil",
        "高1の妹が知らない男の人の車に乗って行ってしまった、電話に出ない",
        (C,),
    ),
    Wording(
        "stranger-car-kansai",
        "うちの子（13）が知らんおじさんの車に乗せられたって塾の子が言うてる",
        (C,),
    ),
    Wording("grandchild-hit-now-kyushu", "兄嫁が孫を殴りよる、孫は2歳たい、止めきらん", (C,)),
    # Round 17: a child hungry with no parent home; a child gone from sight at the river.
    Wording(
        "hungry-parent-away",
        "隣の小2の子が、ママが昨日から帰ってこない、おなかすいたって言ってうちに来た",
        (C,),
    ),
    Wording(
        "gone-in-the-river", "川で遊んでた小学生の男の子が急に見えなくなった、流されたかも", (C, M)
    ),
)

MEDICAL: tuple[Wording, ...] = (
    Wording("not-breathing", "父が息をしてない", (M,)),
    Wording("collapsed-unconscious", "母が倒れて意識がない", (M,)),
    Wording("wont-wake", "夫が急に倒れて、呼んでも起きない", (M,)),
    Wording("kansai-not-breathing", "おばあちゃんが息してへん", (M,)),
    Wording("bleeding-okayama", "血がとまらん、どうしよう", (M,)),
    Wording("overdose-mother", "母が薬を大量に飲んだみたい", (M,)),
    Wording("overdose-self", "睡眠薬をいっぱい飲んだ", (M,)),
    Wording("cold-still", "おじいちゃんが動かない。冷たくなってる", (M,)),
    Wording("fell-not-moving", "妻が階段から落ちて動かない", (M,)),
    Wording("swallowed-battery", "子どもがボタン電池を飲み込んだ", (M,)),
    Wording("collapsed-okayama", "母がトイレで倒れとる", (M,)),
    Wording("collapsed-teru", "父が風呂場で倒れてる", (M,)),
    Wording("chest-pain", "父が急に胸が痛いって苦しんでる", (M,)),
    Wording("dementia-out-at-night", "認知症の父が夜中に玄関を開けて出ていった", (M,)),
    Wording("stroke-signs", "夫が急に右手に力が入らなくなって、言葉が出ない", (M,)),
    Wording("heatstroke-confused", "熱中症かな、母の意識がおかしい", (M,)),
    Wording("unconscious-okayama", "じいちゃんが風呂で意識なくしとる", (M,)),
    Wording("vomit-blood", "父が血を吐いた。たくさん", (M,)),
    Wording("baby-seizure", "赤ちゃんがけいれんしとる", (M,)),
    Wording("no-answer-okayama", "救急車呼んだほうがええ？父が呼んでも返事せん", (M,)),
    Wording("found-hanging", "夫が首を吊っていた。まだ温かい", (M,)),
    Wording("hit-by-car", "車にはねられて倒れてる人がいる", (M,)),
    Wording("choke-mochi", "餅がのどにつまって息できん", (M,)),
    Wording("elderly-collapsed", "家内が台所で倒れてしもうた。返事がない", (M,)),
    Wording("hiragana-unconscious", "ははが いしきない", (M,)),
    Wording("breath-weird", "祖母の息がおかしい。ゼーゼーしていて顔色が紫", (M,)),
    Wording("shallow-breath", "祖父の顔色が真っ青で呼吸が浅い", (M,)),
    Wording("sudden-collapse", "母が急に倒れた！", (M,)),
    Wording("thunderclap-headache", "夫が頭が割れるように痛いと言って吐いている", (M,)),
    Wording("no-answer-toilet", "父がトイレから出てこない、呼んでも返事がない", (M,)),
    Wording("head-bleeding", "母が階段から落ちて頭から血が出てる", (M,)),
    Wording("child-mum-wont-wake", "おかあさんがおきない", (M,)),
    Wording("bee-sting", "ハチに刺されて息苦しい", (M,)),
    Wording("heavy-bleeding", "大量に出血している", (M,)),
    Wording(
        "heatstroke-confused-neighbour",
        "隣のおじいさん、熱中症で倒れそう。ふらふらで話がおかしい",
        (M,),
    ),
    Wording("baby-head-injury", "赤ちゃんが頭を打って泣かない", (M,)),
    Wording("toddler-drowned", "2歳の子がお風呂で沈んでた", (M,)),
    Wording("snoring-unrousable", "祖母がいびきをかいて呼んでも起きません", (M,)),
    Wording("chest-still", "父が胸を押さえたまま動かない", (M,)),
    Wording("purple-lips", "夫の唇が紫で息がヒューヒューしてる", (M,)),
    Wording("cut-bleeding-okayama", "母が包丁で手を深く切って血が止まらん", (M,)),
    Wording("head-vomit", "転んで頭を打った父が吐いている", (M,)),
    Wording("mochi-choke", "おじいちゃんが餅をつまらせた", (M,)),
    # Round 13's misses, in other words: a stroke, low blood sugar, described not named.
    Wording("mouth-droops", "父の口が急にゆがんで、うまくしゃべれない", (M,)),
    Wording("cannot-hold-chopsticks", "祖母が急に箸が持てなくなった。さっきまで普通だった", (M,)),
    Wording("cold-sweat-shaking", "インスリン打ってる母が冷や汗かいて震えてる", (M,)),
    # Breathless now and alone, in kana and with spaces; "can not breathe" in English.
    Wording("breathless-alone-kana", "むね いたくて いき くるしい いま ひとり です", (M,)),
    Wording("cannot-breathe-en", "help my dad cannot breathe and his lips are blue", (M,)),
    Wording("breath-too-seen-okayama", "ばあちゃん朝から布団で動けんで、息も苦しそうなんよ", (M,)),
    Wording("swept-by-a-wave", "海水浴場で友達が波にのまれて姿が見えない！", (M,)),
    Wording("pills-too-many", "さっき頭痛薬を飲みすぎてしまいました", (M,)),
    # Round 19's kinds: a fit that will not stop, in kana.
    Wording("fit-wont-stop-kana", "いもうとの ほっさが ぜんぜん とまらん", (M,)),
)

CRISES: tuple[Wording, ...] = SUICIDE + VIOLENCE + CHILD_DANGER + MEDICAL


def _calm(slug: str, text: str) -> Wording:
    return Wording(slug, text)


CALM: tuple[Wording, ...] = (
    # Latin letters of kana syllables that are no crisis.
    _calm("romaji-name", "Yamada Hanako"),
    _calm("romaji-thanks", "arigatou gozaimasu"),
    _calm("romaji-busy", "shigoto ga isogashikute taihen desu"),
    # Round 12's false alarms, in other words: years since, a joke, taken for something
    # else, a blunder laughed at, a message taken back, long past, a seizure over.
    _calm("years-since", "兄が自殺してもう8年たちます。今日は遺族年金の相談です"),
    _calm("joke-taken-back", "上司に「ぶっ殺す」って言っちゃったけど冗談で、もう仲直りした"),
    _calm("blunder-laughed", "テストの点ひどすぎて消えたいw"),
    _calm("fled-long-ago", "20年前に元夫から逃げてきたけど今は平和です"),
    _calm("seizure-over", "弟がけいれんで病院に運ばれたけど、もう治って元気です"),
    _calm("someone-else-gone", "あいつはいなくなった方がいい"),
    _calm("ex-waited-long-ago", "元カレが昔よく家の前で待ってて怖かった"),
    # Round 13's false alarms, in other words: killed as a figure of speech, a scare that
    # was nothing, long past, a dream, the writer alone whenever night comes.
    _calm("killed-level", "部長に殺されるくらい怒られたけど、もう平気"),
    _calm("scare-was-nothing", "「泥棒に殺されかけた」って母から電話、猫が暴れただけだった笑"),
    _calm("fled-story-long-ago", "夫から逃げてきたのは10年も前のことです。今日は年金の相談です"),
    _calm("dream-of-the-dead", "亡くなった母の夢を見て、あの世から迎えに来たのかと思ったw"),
    _calm("alone-at-night-cry", "保育園の子が二人いて、夜一人になると泣けてくる"),
    _calm("raised-hand-class", "今、授業で先生に手をあげてるところ"),
    # Round 14's false alarms, in other words: a thing thrown whenever money comes up (a
    # habit, for the guide abuse), a visit note of a wish now past, quoted words said to
    # be a joke, a thought no longer had, affairs put in order, hardship as a figure.
    _calm(
        "throws-whenever-asked",
        "夫に家計のことを話すと怒鳴って皿を投げてくるので、何も言えません",
    ),
    _calm(
        "visit-note-past-wish",
        "訪問。○○さん、先週『死にたい』と話していだ件、今日は笑顔が見られ、食欲もあり",
    ),
    _calm("quoted-joke", "母が『もう死にたいわ』って冗談で言うて笑ってた"),
    _calm("thought-gone", "前は死にたいって毎日思ってた。最近はそう思わなくなりました"),
    _calm("ready-for-death", "もう年やから、いつ死んでもいいように身の回りを片付けたい"),
    _calm("hanging-figure", "首をつるような思いで店を守ってきたけど、やっと借金を返し終えた"),
    # A parent alone, a child who can stay alone, a child looked after.
    _calm("parent-alone-at-bedtime", "3歳の子と二人暮らし。夜は一人で寝かしつけが大変"),
    _calm("can-stay-alone", "5歳の息子は一人で留守番できるようになりました"),
    _calm("sleeps-alone", "3歳の子がひとりで寝てくれるようになった"),
    _calm("sleeps-in-own-room", "5歳の娘は夜ひとりで寝ています"),
    _calm("asleep-father-home", "3歳の娘がひとりで寝てる。私はいないけど夫がいます"),
    _calm(
        "high-schooler-fine",
        "息子は高校生なので一人で留守番してます。今夜は夜勤で帰れませんが大丈夫です",
    ),
    _calm("daughter-moved-out", "娘がひとり暮らしを始めた。今夜は帰れないと連絡があった"),
    _calm("left-with-grandma", "2歳の息子を置いて夜の仕事に行っています。母に見てもらっています"),
    _calm("school-child-afternoons", "小2の息子が学校から帰ったら一人で留守番してる"),
    # Idioms and jokes.
    _calm("idiom-sleepy", "死ぬほど眠たい"),
    _calm("idiom-murderous-busy", "殺人的な忙しさで窓口に行けません"),
    _calm("idiom-work-to-death", "死ぬ気で働いて借金を返したい"),
    _calm("idiom-laugh", "笑い死にしそうなくらい面白かった"),
    _calm("idiom-hungry", "お腹が空いて死にそう"),
    _calm("idiom-neck-long", "首を長くして返事を待っています"),
    _calm("idiom-neck-debt", "借金で首が回らんのんじゃ"),
    _calm("idiom-fired", "会社で首を切られた。次の仕事を探したい"),
    _calm("idiom-chest-tight", "胸が締めつけられるような話でした"),
    _calm("idiom-kill-time", "暇つぶしに何かボランティアをしたい"),
    _calm("idiom-dead-tired", "へとへとで死んだように眠った"),
    _calm("idiom-breath-away", "息をのむほどきれいな景色"),
    _calm("idiom-bloody", "血のにじむような努力をしてきた"),
    _calm("idiom-kill-voice", "声を殺して泣いた夜もあったけど、今は落ち着いています"),
    _calm("idiom-jump-in", "新しい仕事に飛び込もうと思っています"),
    _calm("idiom-vanish-stain", "壁のシミを消したい"),
    _calm("idiom-ease-back", "腰が痛くて楽になりたい"),
    _calm("idiom-ease-debt", "借金を整理して楽になりたい"),
    _calm("idiom-wake-often", "夜中に何度も目が覚める"),
    _calm("idiom-wake-late", "朝、目が覚めなくて遅刻してしまう"),
    _calm("idiom-alarm", "アラームで目が覚めなければ困るので、大きい時計がほしい"),
    _calm("idiom-stop-job", "今の仕事をやめたい"),
    _calm("idiom-stop-drinking", "お酒をやめたいけどやめられない"),
    _calm("idiom-awareness-none", "夫は節約の意識がない"),
    _calm("idiom-work-awareness", "息子は働く意識がないみたい"),
    _calm("idiom-not-going", "学校にいきたくないと息子が言う"),
    _calm("idiom-pickup-daycare", "保育園のお迎えが間に合わない日がある"),
    # Denials.
    _calm("deny-violence", "夫に暴力はふるわれていません。お金を渡してくれないのが困っています"),
    _calm("deny-hit", "殴られたことはないです。ただ怒鳴られるのがつらい"),
    _calm("deny-hit-child", "子どもを叩いたりはしていません。しつけのことで相談したい"),
    _calm("deny-die", "死んだほうがましとまでは思わないけど、毎日しんどい"),
    _calm("deny-vanish", "消えたいわけではないです。話を聞いてほしい"),
    # Past events, now resolved.
    _calm("past-collapse", "父が倒れたのは3年前で、今はデイサービスに通っている"),
    _calm("past-dv", "以前は夫に殴られていましたが、今は離れて安全に暮らしています"),
    _calm("past-childhood", "子どもの頃に叩かれて育った。自分の子には優しくしたい"),
    _calm("past-attempt", "若い頃に薬をたくさん飲んだことがある。今は落ち着いています"),
    _calm("past-survived", "生きるか死ぬかの手術を乗り越えて、今は元気です"),
    _calm("past-bleeding", "子どもが転んで膝から血が出たけど、もう止まりました"),
    _calm("past-ambulance", "先週、母が救急車で運ばれましたが、もう退院しました"),
    _calm("past-bereaved", "母が亡くなって一年、手続きがまだ残っている"),
    _calm("past-dead-father", "死んだ父の家を片付けたい"),
    # News, TV, fiction, courses.
    _calm("news-abuse", "テレビで児童虐待のニュースを見て心配になった"),
    _calm("film-killing", "映画で人が殺されるシーンが怖かった"),
    _calm("novel-hanging", "推理小説で首を吊る場面があって眠れなくなった"),
    _calm("course-suicide", "自殺対策の研修を受けた民生委員です。地域の集まりで話したい"),
    _calm("course-cpr", "救命講習で心臓マッサージを習いたい"),
    _calm("course-dv", "DV防止の講座はいつありますか"),
    _calm("drama-dv", "ドラマで夫が妻を殴るシーンがあってつらくなった"),
    _calm("game-kill", "ゲームで敵を倒すのが好きな息子"),
    # Pets.
    _calm("pet-cat-breath", "飼っている猫が息をしていない"),
    _calm("pet-dog-collapsed", "うちの犬が倒れて動かない"),
    _calm("pet-goldfish", "金魚が死んでしまった"),
    _calm("pet-dog-escaped", "犬が逃げてきた。飼い主を探したい"),
    _calm("pet-cat-bleeding", "猫の足の血が止まらない。動物病院を教えて"),
    # Everyday life with a sensitive word.
    _calm("knife-sharpen", "包丁を研いでくれるお店はありますか"),
    _calm("knife-cut-finger", "料理中に包丁で指を切ったけど、絆創膏で大丈夫そう"),
    _calm("kotatsu-charcoal", "冬は練炭こたつを使っています。一酸化炭素が心配"),
    _calm("will-legal", "遺言書の書き方を知りたい"),
    _calm("end-of-life-prep", "終活について相談したい。お墓のこと"),
    _calm("sleeping-pills", "睡眠薬を処方してもらっているけど、飲み忘れが多い"),
    _calm("nosebleed-question", "鼻血が出やすい体質です。病院は何科ですか"),
    _calm("short-breath", "階段で息が切れやすくなった"),
    _calm("husband-away", "夫が単身赴任で帰ってこない。子育てが大変"),
    _calm(
        "after-school-alone",
        "小学生の息子が学校から帰ったら一人で留守番しています。学童を探しています",
    ),
    _calm("child-late-club", "中学生の娘が部活で遅く帰ってくる"),
    _calm("child-bruise-fall", "子どもが転んであざができた"),
    _calm("child-fever", "子どもが熱を出して保育園を休んだ"),
    _calm("baby-crying", "赤ちゃんが夜泣きして私が眠れない"),
    _calm("child-no-breakfast", "子どもが朝ごはんを食べない"),
    _calm("fell-tree", "台風で庭の木が倒れとる。片付けを頼みたい"),
    _calm("fell-bike", "自転車が倒れて動かないように止めたい"),
    _calm("dementia-hit-past", "認知症の母に昔叩かれたことがあるが、今は施設で穏やかです"),
    _calm("rope-laundry", "物干しロープを張る場所がない"),
    _calm("erase-debt", "借金を消したい。自己破産について知りたい"),
    _calm("door-broken", "玄関のドアが壊れて閉まらない。大家さんに連絡したい"),
    _calm("hands-cold", "手足が冷たくなって眠れない"),
    _calm("collapse-fear", "一人暮らしの父が倒れたらと思うと心配"),
    _calm("idiom-before-i-die", "死ぬまでに一度は旅行に行きたい"),
    _calm("idiom-love-to-death", "死ぬほど好きなアイドルのライブ"),
    _calm("erasable-pen", "消えるボールペンをなくした"),
    _calm("purpose-in-life", "生きがいを見つけたい"),
    _calm("collapse-worry", "夫が倒れないか心配で、見守りサービスを探しています"),
    _calm("idiom-sad-news", "胸が痛むニュースが多い"),
    _calm("idiom-mindful", "意識してご飯を食べるようにしている"),
    _calm("neck-strain", "首を痛めて整骨院に通っている"),
    _calm("child-wont-sleep", "子どもがなかなか寝てくれない"),
    _calm("son-at-university", "息子が大学で一人暮らしを始めて家に帰ってこない"),
    _calm("no-life-support", "祖母は延命治療を望んでいません"),
    _calm("estate-clearing", "遺品整理を頼みたい"),
    _calm("funeral-cost", "葬儀の費用が払えない"),
    _calm("insurance-beneficiary", "保険の受取人を変えたい"),
    _calm("blood-pressure-pills", "血圧が高くて薬を飲んでいる"),
    _calm("blood-test", "血液検査の結果が悪かった"),
    _calm("how-to-call-ambulance", "救急車の呼び方を知りたい"),
    _calm("aed-course", "AEDの講習会に参加したい"),
    _calm("pet-dog-hit-by-car", "犬が車にひかれて動かない"),
    _calm("pet-cat-seizure", "猫がけいれんしている"),
    _calm("dog-barking", "隣の犬が吠えてうるさい"),
    _calm("deny-violence-verbal", "夫の暴言がひどい。暴力はないです"),
    _calm("worry-after-me", "私がいなくなったら障害のある息子はどうなるのか心配"),
    _calm("worry-after-death", "私が死んだ後の息子の生活が心配"),
    _calm("tired-but-trying", "もう疲れたけど、がんばります"),
    _calm("rest-after", "全部終わったらゆっくりしたい"),
    _calm("cold-room", "息が白くなるほど寒い部屋"),
    _calm("cant-get-up", "朝起きられなくて困っている"),
    _calm("wakeful-nights", "夜になると目が冴えて眠れない"),
    _calm("ease-by-care-insurance", "楽になりたいので介護保険を使いたい"),
    _calm("station-barrier", "飛び降り防止の柵がある駅"),
    _calm("deny-hit-after-fight", "昨日は夫とけんかしたけど、殴られてはいません"),
    _calm("child-dresses-alone", "3歳の子が一人で着替えられるようになった"),
    _calm("son-late-cram-school", "小学生の息子がまだ帰ってこないけど、塾の日なので大丈夫"),
    _calm("daughter-night-crying", "娘が夜泣きで寝てくれない"),
    _calm("ask-pickup", "お迎えに来てもらえますか"),
    _calm("carer-touching", "ヘルパーさんに体を触られるのが嫌だと母が言う"),
    _calm("company-failing", "会社が倒れそうで給料が出ない"),
    _calm("alone-at-home", "夫が単身赴任で家に一人。心細い"),
    _calm("child-alone-worry", "子どもが家で一人で留守番できるか心配"),
    _calm("idiom-all-out", "死ぬ気でがんばります"),
    _calm("idiom-desperate-work", "死に物狂いで働いてきた"),
    _calm("dying-bulb", "消えかけの電球を替えたい"),
    _calm("life-better", "生きるのが楽しくなってきた"),
    _calm("natural-death-wish", "父は延命を望まず、自然に逝きたいと言っている"),
    _calm("scribbled-note", "殴り書きのメモで失礼します"),
    _calm("idiom-angry-boss", "ぶっ飛ばしたいくらい腹が立つ上司"),
    _calm("collapsed-recovered", "息子が部活で倒れたが、もう回復した"),
    _calm("heatstroke-course", "熱中症対策の講習に行きたい"),
    _calm("slow-answers", "祖母は物忘れがひどく、呼んでも返事が遅い"),
    _calm("teen-silent", "娘が反抗期で口をきいてくれない"),
    _calm("child-fell-crying", "子どもが転んで泣いている"),
    _calm("baby-rolling", "赤ちゃんが寝返りを始めた"),
    _calm("pet-dog-recovered", "犬が息をしていなかったけど、もう大丈夫でした"),
    _calm("neighbours-quarrel", "隣の夫婦げんかの声がうるさい"),
    _calm("no-hands-on-people", "夫が怒ると物に当たる。人に手は出さない"),
    _calm("knife-sharpening-class", "包丁の研ぎ方教室に通いたい"),
    _calm("fear-of-blood", "血が苦手で採血が怖い"),
    _calm("collapse-fear-day-service", "母がデイサービスで倒れたらどうしようと不安"),
    _calm("baby-neck-control", "子どもの首がすわらない"),
    _calm("door-to-door-sales", "飛び込み営業がしつこい"),
    _calm("sea-mood", "海に行きたい気分"),
    _calm("neck-lump", "首にしこりがある"),
    _calm("husband-oversleeps", "夫は朝、呼んでも起きない"),
    _calm("last-work-day", "今日で仕事は全部終わりです"),
    _calm("grandchild-moved-away", "孫が帰ってこないのは、就職して東京に出たから"),
    _calm("son-rides-train", "小学生の息子が一人で電車に乗れるようになった"),
    _calm("wake-at-night", "夜中に目が覚めて眠れない"),
    _calm("one-dose-packaging", "薬をまとめて一包化してほしい"),
    _calm("mild-stomach-ache", "救急車を呼んだほうがいいか迷う程度の腹痛"),
    _calm("deathbed-at-home", "最期は自宅で死ねたらいいと母が言っています"),
    _calm("end-of-life-prep-death", "死ぬ準備として終活を始めたい"),
    _calm("no-life-prolonging", "延命治療はせずに自然に死なせてほしいと父が言っています"),
    _calm("many-pills-elderly", "高齢の母は薬をたくさん飲んでいるので飲み合わせが心配"),
    _calm("son-oversleeps", "息子は毎朝呼んでも起きない"),
    _calm("no-breath-rest", "忙しくて一息できない"),
    _calm("locked-out-key", "鍵をなくして家から締め出された"),
    _calm("lift-stuck", "エレベーターに閉じ込められて出られないことがあった"),
    _calm("toddler-hits-playing", "2歳の息子がふざけて叩いてくる"),
    _calm("football", "息子がボールを蹴り飛ばして窓を割った"),
    _calm("judo", "柔道の練習で投げ飛ばされた"),
    _calm("mail-no-reply", "市役所にメールしたけど返事がない"),
    # Short answers to the sheet's questions.
    _calm("answer-child", "こども"),
    _calm("answer-children-3", "子ども3人"),
    _calm("answer-mother", "母"),
    _calm("answer-age", "80歳"),
    _calm("answer-alone", "一人暮らし"),
    _calm("answer-alone-hiragana", "ひとりぐらし"),
    _calm("answer-couple", "夫と二人"),
    _calm("answer-daughter", "小学生の娘が一人"),
    _calm("answer-son", "高校生の息子"),
    _calm("answer-wife", "妻"),
    _calm("answer-grandchild", "孫"),
    _calm("answer-mother-85", "同居の母（85）"),
    _calm("answer-seventies", "70代"),
    _calm("answer-pension", "年金生活です"),
    _calm("answer-yes-mother", "はい、母のことです"),
    _calm("answer-none", "特にないです"),
    _calm("answer-baby", "赤ちゃんがいます"),
    _calm("stranger-car-taught", "知らない人の車に乗ったらだめだよと小学生の息子に毎日言っている"),
    _calm(
        "stranger-car-childhood",
        "中学の頃に知らない人の車に乗ってしまって怒られたことがある、今は笑い話",
    ),
    _calm(
        "breathless-past-fine", "昔はぜんそくで息くるしい夜もあったけど、いまはひとりでも元気です"
    ),
    _calm(
        "wish-denied-kansai", "死にたいとかは思わへんけど、ほんまにしんどい。お金のこと相談したい"
    ),
    _calm(
        "threat-at-a-cat", "じいちゃんが「殺したるぞ」て怒鳴っとる思たら、畑を荒らす猫に言うとった"
    ),
    _calm(
        "attempt-long-ago-settled",
        "十代のころ死のうとしたことがあります。今は落ち着いていて、仕事探しの相談です",
    ),
    _calm(
        "attempt-history-report", "ご本人は自殺未遂の既往あり、現在は安定。今回は住まい探しのご相談"
    ),
    _calm("insurance-after-fire", "火事のあと、火災保険の保険金で借金の一部を返しました"),
    _calm(
        "insurance-after-death",
        "父が亡くなって、保険金でローンを返済しました。相続の手続きを知りたい",
    ),
    # Round 16's calm kinds, in other words: a dream, a book, a joke laughed off, a fever
    # gone, prevention, an ending note, a habit not meant, a past now behind.
    Wording(
        "threat-in-a-dream", "母が夜中に『助けて殺される』と叫んだけど、悪い夢を見ただけでした"
    ),
    Wording("threat-in-a-drama", "ドラマで『このままじゃ殺される』ってセリフがあって怖かった"),
    Wording("threat-laughed-off", "先輩に『次遅刻したら殺すぞ』って言われたｗ いつものノリです"),
    Wording(
        "ambulance-almost", "夜中に息子が吐いて救急車呼びそうになったけど、朝はけろっとしてます"
    ),
    Wording("heatstroke-poster", "熱中症で倒れる人を防ぐためのチラシを町内会で配りたい"),
    Wording("ending-note", "遺書みたいなものを書こうかと。変な意味じゃなくて終活です"),
    Wording("habit-not-meant", "父の口ぐせが『早く死にたい』なんですが、本気って感じじゃないです"),
    Wording(
        "past-wish-now-ok", "若い頃は死にたいとか思ったこともあったけど、今はなんとかやってます"
    ),
    Wording("school-not-place", "もう学校いきたくない。今駅のホームで電車待ってる"),
    Wording("child-to-grandpa-house", "孫がじいちゃんの家に連れて行ってとせがむ"),
    Wording("breath-too-after-running", "坂を走ったら息も苦しくなったけど、すぐ治まった"),
    # Round 17's calm kinds, in other words.
    Wording("hat-swept-away", "海で帽子が流されて見えなくなった"),
    Wording("what-to-do-if-fallen", "倒れている人を見つけた時どう対応するか、町内会で知りたい"),
    Wording("savings-dwindling", "物価が上がって、貯金がどんどんなくなっていく"),
    Wording("youth-wish-dialect", "若ぇ時は死のうと思ったこともあったども、今は元気だ"),
    Wording("middle-school-wish", "中2のとき消えたいと思ってたけど、今は社会人で楽しくやってます"),
    Wording("shoulder-pat", "母の肩をたたいてあげています"),
    Wording("husband-in-hospital", "主人のところへ行きたいけど、入院先が遠くて車がない"),
    Wording("passbook-guardianship", "父の通帳を預かってほしいと社協に相談したい。物忘れが心配"),
    # The sixteenth tester's kinds, calm: someone's words reported, a figure of speech, a
    # warning, a past now safe.
    Wording(
        "hit-words-reported", "母がヘルパーさんに叩かれたと言っているけど、認知症で本当かわからない"
    ),
    Wording("dying-of-heat", "この暑さでもう死ぬわw"),
    Wording("pills-warning", "薬を飲みすぎないように、お薬カレンダーを使いたい"),
    Wording("hit-past-safe", "元夫に殴られた。今はもう離婚して落ち着いています"),
    # Round 18's calm kinds: an illness that struck a parent at an age; a teen's cutting
    # told as over.
    Wording("father-stroke-at-sixty", "うちの母も60で心筋梗塞で倒れてるので、検診は受けておきたい"),
    Wording("cutting-in-twenties-over", "20代の頃リスカしてました。今は平気で、傷あとの相談です"),
    Wording("rope-for-the-boat", "漁に出る前、船のロープに目がいくのは習慣です"),
    # Round 19's calm kinds: wishes and fits told as over, a blunder, a life gone by, a
    # parent alone with the children, a drill's scenario, a death behind the question.
    Wording(
        "follow-husband-over",
        "夫を亡くしてしばらくは後を追いたいと思うとったけど、今はなんとか元気でやっとります",
    ),
    Wording("vanish-embarrassed", "発表で噛んで、消えてしまいたいくらい恥ずかしかった笑"),
    Wording(
        "fit-yesterday-fine", "昨日息子がひきつけを起こして救急車を呼びました。今はけろっとしてます"
    ),
    Wording(
        "former-job-wish", "前の会社では毎朝死にたいと思ってたけど、今は転職して落ち着いてます"
    ),
    Wording(
        "attempt-recovered",
        "去年自殺を図りましたが、今は治療で回復しています。家族会を探しています",
    ),
    Wording(
        "raising-alone-night-shift",
        "妻が出ていって、子ども二人(小2と4歳)を一人で育てとる。夜勤は辞めた。親はもうおらん",
    ),
    Wording("drill-scenario", "避難訓練で『包丁を持った男が侵入』を想定した練習をしました"),
    Wording("bereaved-insurance", "夫が自殺しました。生命保険は自殺でもおりますか"),
)

# Crisis wordings the rules cannot catch without false alarms: the model or a person
# has to read them (`nlu/README.md` says why).
STILL_MISSED: tuple[Wording, ...] = (
    Wording("nursery-absent-no-answer", "保育園に来ない子がいて、家に行ったら誰も出ない", (C,)),
)

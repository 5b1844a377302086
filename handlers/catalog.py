"""The bot's own sentences outside any one flow (plain, warm, short Japanese): the welcome,
the main menu, the crisis answer, staff joining and leaving the chat.

Each flow keeps its wording beside it (`handlers/intake/catalog.py`,
`handlers/handoff/wording.py`, `handlers/visit/wording.py`…); `handlers/locale_keys.py`
collects every sentence a resident meets for the translators' catalogue."""

from __future__ import annotations

from typing import Final

WELCOME: Final = (
    "友だち追加ありがとうございます。\n"
    "こちらは市の「つなぐ」相談窓口です。\n"
    "くらしのこと、家族のこと、お金のこと、どんなことでもご相談ください。"
    "いっしょに、合った相談先をさがします。"
)
WELCOME_BACK: Final = "またご連絡ありがとうございます。"
MENU_PROMPT: Final = "下のボタンから選んでください。文字で書いていただいても大丈夫です。"

MENU_CONSULT: Final = "相談する"
MENU_SEARCH: Final = "相談窓口を探す"
MENU_HUMAN: Final = "担当者と話したい"
MENU_EMERGENCY: Final = "緊急のとき"
MENU_NEW_CONSULTATION: Final = "新しい相談をする"

CRISIS_LEAD: Final = {
    "suicide": (
        "とてもつらいお気持ちを書いてくださって、ありがとうございます。"
        "あなたの命はとても大切です。今すぐ話を聞いてくれる窓口があります。"
    ),
    "violence": "危険なときは、まず身の安全を守ってください。すぐに110番へ。",
    "child_danger": "お子さんが危ないときは、すぐに連絡してください。",
    "medical_emergency": "命に関わるときは、すぐに119番へ電話してください。",
}
# The violence lead when the writer fears they may harm someone in their care
# (「母を手にかけてしまいそうで怖い」): not 「身の安全を」, said to those in danger.
CRISIS_LEAD_MAY_HARM: Final = (
    "そこまで追いつめられているのですね。書いてくださって、ありがとうございます。"
    "手が出てしまいそうなときは、相手の安全を確かめて、いったんその場を離れてください。"
    "危ないときは110番へ。今すぐ話を聞いてくれる窓口もあります。"
)
# The suicide lead when the wish takes someone else along (「主人と一緒に死のうかと思う」).
CRISIS_LEAD_TAKING_OTHERS: Final = (
    "とてもつらいお気持ちを書いてくださって、ありがとうございます。"
    "あなたの命も、そばにいる方の命も、とても大切です。今すぐ話を聞いてくれる窓口があります。"
)
# The suicide lead when the words are another's, told by a relative, a neighbour or a
# 民生委員 (「本人が『もう死にたい』と言っています」). It still fits a writer who speaks of
# themselves: the words are read, not sure.
CRISIS_LEAD_FOR_ANOTHER: Final = (
    "知らせてくださって、ありがとうございます。いま命が危ないときは、すぐに119番か110番へ。"
    "できれば、その方を一人にしないでください。"
    "今すぐ相談できる窓口です。その方と一緒にでも、あなたからでも電話できます。"
)
CRISIS_STAFF_TOLD: Final = (
    "市の担当者にも、すぐにお知らせしました。このままここに書いていただいても大丈夫です。"
)
# The middle band: words that may be a danger now. The hotlines at once, and one question.
CRISIS_CHECK_LEAD: Final = "念のため、いますぐ話せる窓口です。ボタンを押すと電話がかかります。"
CRISIS_CHECK_QUESTION: Final = "いま、危ない状況ですか？"
CRISIS_CHECK_YES: Final = "はい、いまあぶない"
CRISIS_CHECK_NO: Final = "いいえ、だいじょうぶ"
CRISIS_CHECK_NOT_NOW: Final = "わかりました。教えてくださって、ありがとうございます。"
CRISIS_CHECK_FIRST: Final = "お話をありがとうございます。はじめに、ひとつだけ確認させてください。"
CRISIS_CHECK_AGAIN: Final = (
    "ありがとうございます。大事なことなので、もう一度おたずねします。下のボタンで教えてください。"
)
CRISIS_CHECK_UNANSWERED: Final = (
    "念のため、市の担当者にお知らせしました。"
    "危ないときは、下の窓口か110番・119番に電話してください。"
)
EMERGENCY_LEAD: Final = "緊急のときの連絡先です。ボタンを押すと電話がかかります。"
# 「はい」 / 「いいえ」 typed to 「いま、危ない状況ですか？」: a whole yes, or words of danger
# anywhere; a no anywhere (「いいえ、大丈夫です」).
CRISIS_CHECK_YES_WORDS: Final = ("はい", "うん", "ええ", "そう", "そうです", "はい、そうです")
CRISIS_CHECK_DANGER_WORDS: Final = (
    "危ない",
    "あぶない",
    "危険",
    "助けて",
    "たすけて",
    "大丈夫じゃない",
    "だいじょうぶじゃない",
    "平気じゃない",
)
# 「No」「Không」 typed in another language, where no button settles which 「no」 it is,
# come as 「ない」 (`handlers.languages.in_source_words`): to a yes-or-no question, a no.
NONE_TYPED: Final = ("ない", "なし")
CRISIS_CHECK_NO_WORDS: Final = (
    "いいえ",
    "大丈夫",
    "だいじょうぶ",
    "だいじょぶ",
    "平気",
    "違う",
    "ちがう",
    "危なくない",
    "あぶなくない",
)

HUMAN_REQUESTED: Final = (
    "担当者におつなぎします。市の担当者に知らせましたので、"
    "このトークでお返事します。少しお待ちください。"
)
# A message whose turn failed and was tried again only after the next ones: it is kept
# for staff but not applied to a question asked since.
LATE_MESSAGE: Final = (
    "少し前に送っていただいたメッセージを、すぐに受け取ることができませんでした。"
    "お手数ですが、いまの質問にもう一度お答えいただけますか。"
)
RESTART_CONFIRM: Final = "最初からやり直すと、ここまでのお答えは消えます。やり直しますか？"
RESTART_YES: Final = "やり直す"
RESTART_NO: Final = "続ける"
# Under a reply staff sent machine-translated, above their Japanese (`bot/staff_chat.py`).
STAFF_MACHINE_TRANSLATED: Final = (
    "（上は、市の職員が日本語で書いた返信を機械で翻訳したものです。下が日本語の原文です）"
)
# Above the hotlines again, when 「さようなら」 comes a little while after a crisis answer.
FAREWELL_AFTER_CRISIS: Final = (
    "「さようなら」と書いてくださって、心配しています。"
    "いまの気持ちを、下の番号で話してみてください。"
)
STAFF_JOINED: Final = "市の担当者が入りました。ここからは担当者がお返事します。"
# Above each reply staff write in the console: a person, not the bot, wrote what follows.
STAFF_WROTE: Final = "市の担当者からのお返事です。"
STAFF_LEFT: Final = "担当者との会話を終わります。また何かあれば、いつでも書いてください。"

NOT_UNDERSTOOD: Final = (
    "ごめんなさい、うまく読み取れませんでした。下のボタンから選んでいただけますか。"
)
MEDIA_RECEIVED: Final = (
    "送ってくださってありがとうございます。ただ、写真やスタンプの中身はこちらでは読み取れません。"
)
# A photo (a 督促状, a letter from the city), by what became of it (`bot/photos.py`).
PHOTO_ANSWERS: Final[dict[str, str]] = {
    "kept": "写真を受け取りました。市の担当者がご相談といっしょに見られるよう、大切に保管します。",
    "too_large": (
        "ごめんなさい、写真が大きすぎて受け取れませんでした（10MBまで）。"
        "小さくして、もう一度送っていただけますか。"
    ),
    "not_a_photo": (
        "ごめんなさい、この形式のファイルは受け取れません。"
        "写真（JPEG・PNG・HEIC・WebP）で送っていただけますか。"
    ),
    "gone": (
        "ごめんなさい、写真を受け取れませんでした。お手数ですが、もう一度送っていただけますか。"
    ),
}
THANKS_REPLY: Final = "こちらこそ、ありがとうございます。"
STOPPED: Final = "わかりました。ここで止めておきます。いつでも続きからお話しできます。"
HOURS_REPLY: Final = (
    "このLINEはいつでも書き込めます。市の担当者のお返事は、平日の昼間になります。"
    "急ぐときは、緊急の連絡先もご覧ください。"
)
HELP_REPLY: Final = (
    "困っていることを、ご自分のことばで書いてください。ボタンを押すだけでも進められます。"
)

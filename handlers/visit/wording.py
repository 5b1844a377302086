"""What visit mode says: to a 民生委員 registering, on a visit, and about their visits."""

from __future__ import annotations

from typing import Final

# ---------------------------------------------------------------- commands (typed or tapped)

REGISTER_WORD: Final = "民生委員登録"
START_WORDS: Final = ("訪問相談を始める", "訪問相談をはじめる", "訪問相談")
LIST_WORDS: Final = ("訪問記録", "訪問の記録")
SWITCH_WORDS: Final = ("続きの訪問", "訪問の続き", "ほかの訪問")

# ---------------------------------------------------------------- registration

REGISTERED: Final = (
    "{name}さん、民生委員として登録しました（担当地区：{district}）。\n"
    "メニューが民生委員用に変わりました。訪問先でご相談を受けたら"
    "「訪問相談を始める」を押してください。"
)
ALREADY_REGISTERED: Final = "すでに民生委員として登録されています。メニューからお使いください。"
CODE_USED: Final = (
    "このコードはすでに使われています。\n"
    "お手数ですが、市の担当者に新しいコードをお願いしてください。"
)
CODE_REVOKED: Final = (
    "このコードは取り消されています。\nお手数ですが、市の担当者にお問い合わせください。"
)
CODE_UNKNOWN: Final = (
    "コードが見つかりませんでした。\n"
    "市から届いたコードをもう一度確かめて、「民生委員登録 ABCD-2345」のように送ってください。"
)
CODE_TOO_MANY: Final = (
    "コードの確認が続けて合いませんでした。1時間ほどたってから、もう一度送ってください。\n"
    "わからないときは、市の担当者にお問い合わせください。"
)
CODE_MISSING: Final = (
    "「民生委員登録」のあとに、市から届いたコードを続けて送ってください。\n"
    "（例：民生委員登録 ABCD-2345）"
)
NOT_REGISTERED: Final = (
    "訪問相談は、登録された民生委員の方がお使いいただけます。\n"
    "市から届いたコードで「民生委員登録 ABCD-2345」のように送ると登録できます。"
)

# ---------------------------------------------------------------- the visit

NOTE_ASK: Final = (
    "訪問相談を始めます。\n"
    "ご本人の様子やお困りごとを、訪問メモのようにまとめて書いてください。"
    "年齢、お住まいの区、だれと暮らしているかも書いていただくと、読み取ってシートに入れます。\n"
    "（例：北区の85歳の女性。一人暮らしで、最近もの忘れが増え、家賃の支払いが遅れている）"
)
BY_QUESTIONS: Final = "一つずつ質問に答える"
HINTS_LEAD: Final = "メモから、次のように読み取りました。シートに入れてよいですか？"
HINTS_YES: Final = "入れる"
HINTS_NO: Final = "入れない"
HINT_NAME: Final = "お名前：{name}"
HINT_AGE: Final = "年齢：{age}歳"
HINT_WARD: Final = "お住まい：{ward}"
HINT_GENDER: Final = "性別：{gender}"
HINT_ALONE: Final = "世帯：一人暮らし"
HINT_SIZE: Final = "世帯：{size}人で暮らしている"
HINT_RELATIONS: Final = "いっしょに暮らす人：{relations}"
# No label: the turn that parks one visit starts the next, and is filed under that one's
# case, which its agency may read — another resident's name must not be in it.
PARKED: Final = "前の訪問は下書きに残しました。「続きの訪問」からいつでも戻れます。"
NO_LABEL: Final = "名前のない訪問"
SWITCH_ASK: Final = "どの訪問の続きをしますか？"
PAUSED: Final = "この訪問は下書きに残しました。続けるときは「続きの訪問」を押してください。"
PAUSED_BEFORE_THE_NOTE: Final = (
    "訪問相談を中断しました。「訪問相談を始める」から、いつでも始められます。"
)
NOTHING_OPEN: Final = "続きのある訪問はありません。「訪問相談を始める」から始めてください。"

# ---------------------------------------------------------------- the resident's consent

HOW_ASK: Final = (
    "ご本人に、上の内容を相談先に共有してよいか確かめてください。\nどの方法で同意をいただきますか？"
)
BY_PAGE: Final = "画面で本人に確認"
BY_VOICE: Final = "口頭で同意を確認しました"
NOT_GIVEN: Final = "同意が得られなかった"
HOW_AGAIN: Final = "下のボタンから、同意の確かめ方を選んでください。"
PAGE_LEAD: Final = (
    "ご本人に、この画面を見ていただいてください（30分間有効、1回だけ使えます）。\n"
    "文字を大きくしたり、ふりがなを付けたりできます。ご本人が署名するか"
    "「同意します」を押すと、市の担当につながります。"
)
PAGE_BUTTON: Final = "同意の画面を開く"
PAGE_ALT: Final = "ご本人の同意の画面"
VISIT_SENT: Final = (
    "ご本人の同意を記録し、市の担当につなぎました（受付番号 {number}）。\n"
    "進み具合は「訪問記録」で確かめられます。ありがとうございました。"
)
VISIT_DECLINED: Final = (
    "同意が得られなかったことを記録しました。どこにも共有していません。\n"
    "ご本人の気持ちが変わったら、また「訪問記録」から同意をいただけます。"
)
VISIT_GONE: Final = (
    "この訪問はもう受付済みか、見つかりませんでした。「訪問記録」で確かめてください。"
)
PAGE_DONE_PUSH: Final = (
    "ご本人が画面で同意されました。市の担当につなぎました（受付番号 {number}）。\n"
    "進み具合は「訪問記録」で確かめられます。"
)
PAGE_DECLINED_PUSH: Final = "ご本人は画面で「同意しない」を選ばれました。どこにも共有していません。"

RESIDENTS_DATA: Final = (
    "訪問でお預かりした同意やシートは、ご本人の大切な記録です。"
    "ここから取り消したり消したりはできません。\n"
    "ご本人が同意を取り消したい、記録を消してほしいとおっしゃったときは、"
    "市の担当者にお伝えください。担当者が手続きをします。"
)

# ---------------------------------------------------------------- my visits

VISITS_NONE: Final = "まだ訪問相談の記録はありません。"
VISITS_LEAD: Final = "あなたがつないだ訪問相談です（状況のみお知らせします）。"
VISIT_ROW: Final = "・{day} 受付番号 {number}：{status}"
AWAITING_LEAD: Final = "ご本人の同意を待っている訪問：{count}件"
AWAITING_ROW: Final = "同意待ち（{day}）"
REISSUE: Final = "画面をもう一度"

# Statuses as a 民生委員 reads them: where the case stands, nothing of what is in it.
CASE_STATUS_FOR_HELPER: Final[dict[str, str]] = {
    "new": "市に届きました",
    "accepted": "担当が受け付けました",
    "in_progress": "支援を進めています",
    "monitoring": "見守りを続けています",
    "closed": "対応を終えました",
}

# ---------------------------------------------------------------- words about someone, at the menu

FOLLOWUP_ASK: Final = (
    "どなたのことか、教えてください。\n"
    "前につないだ方のことなら、その訪問を選ぶと、その方の記録に加えて市の担当者に伝えます。"
)
FOLLOWUP_ASK_NO_VISITS: Final = "訪問先の方のことですか、ご自分のことですか？"
FOLLOWUP_VISIT: Final = "{day}の訪問 {number}"
FOLLOWUP_NEW: Final = "新しい訪問として"
FOLLOWUP_OWN: Final = "自分のこと"
FOLLOWUP_FILED: Final = (
    "受付番号 {number} の方の記録に加えて、市の担当者に伝えました。ありがとうございます。"
)
FOLLOWUP_GONE: Final = "このボタンは使えなくなりました。下のメニューから選んでください。"

"""What the bot says around consent and hand-off (plain, warm, short Japanese)."""

from __future__ import annotations

from typing import Final

SUGGESTIONS_LEAD: Final = "ありがとうございました。お話の内容から、次の相談先が合いそうです。"
NO_SUGGESTIONS: Final = (
    "お話の内容に合う相談先を、市の担当者がいっしょに探します。"
    "まずは市の相談窓口（相談支援包括化推進員など）に共有してよいか、お聞かせください。"
)
ASK_AGAIN: Final = "下のボタンから選んでください。"
SENT: Final = "相談をつなぎました。同意をいただき、ありがとうございます。"
# A relative (or anyone but the person) agreed: the city has the case, agencies wait.
SENT_FOR_SOMEONE_ELSE: Final = (
    "市の担当者に相談をつなぎました。ありがとうございます。\n"
    "ご本人のことなので、相談機関にお伝えする前に、ご本人の同意を担当者が確かめます。"
)
DECLINED: Final = (
    "わかりました。あなたの相談内容は、どこにも共有しません。"
    "ご自身で連絡されるときは、こちらの連絡先をお使いください。"
)
DECLINED_NO_CONTACTS: Final = (
    "わかりました。あなたの相談内容は、どこにも共有しません。"
    "市役所の代表電話でも、相談先をご案内しています。"
)
# Asked before anything is withdrawn (a LINE confirm template: at most 240 characters).
WITHDRAW_ASK: Final = (
    "同意を取り消しますか？\n取り消すと、これから先のご相談の内容は、相談機関に新しく"
    "共有しません。命や体の安全にかかわることは、同意とは別に市が対応を続けます。"
)
WITHDRAW_YES: Final = "取り消す"
WITHDRAW_NO: Final = "取り消さない"
WITHDRAW_KEPT: Final = "同意はそのままです。取り消してはいません。"
# After a withdrawal, when a case of the person's is open for a danger to life or body.
CRISIS_GOES_ON: Final = "命や体の安全にかかわるご相談は、同意とは別に、市の担当者が対応を続けます。"
WITHDRAW_RECEIVED: Final = (
    "同意の取り消しを受け付けました。結果と、これまでに共有した先を続けてお送りします。"
)
WITHDRAW_DONE: Final = "同意を取り消しました。市の担当者にも知らせました。"
# A word of thanks after the hand-off (nothing asked): kept on the case, no promise of an
# answer.
THANKED: Final = (
    "こちらこそ、ありがとうございます。受付番号 {number} のご相談は、担当者が続けて対応します。"
)
# A relative withdrew, but the person's own consent, taken by staff, still stands.
PERSONS_CONSENT_STANDS: Final = (
    "ただし、ご本人が担当者に伝えた同意は続いています。その相談先には、これからも"
    "ご本人の相談として内容が届きます。ご本人が取り消すときは、市の担当者にお伝えください。"
)
NEXT_CRISIS: Final = (
    "急いだほうがよい内容のため、担当者にすぐ知らせました。"
    "危ないときは、ためらわずに110番・119番へ電話してください。"
)
NEXT_OPEN: Final = "いまは窓口の受付時間内です。担当者が内容を確認して、このトークでお返事します。"
NEXT_CLOSED: Final = (
    "いまは窓口の受付時間外です。{when}以降に、担当者がこのトークでお返事します。"
    "急ぐときは「緊急のとき」を押してください。"
)
NEXT_UNKNOWN: Final = "市の担当者が、平日の昼間にこのトークでお返事します。"
CHANGE_MIND: Final = "気持ちが変わったら、「同意を取り消す」と送ってください。"

SHARED_LIST_LEAD: Final = "これまでに、あなたの相談内容を共有した先です。"
SHARED_LIST_EMPTY: Final = "これまでに、あなたの相談内容をどこかに共有したことはありません。"
# Why each was shared, as the console and the sheet's PDF say it (provision basis → words).
SHARED_LIST_BASIS: Final[dict[str, str]] = {
    "consent": "（ご本人の同意による共有）",
    "representative": "（法定代理人の同意による共有）",
    "support_meeting": "（支援会議での共有）",
    "protection": "（命や体を守るための共有。ご本人の同意はありません）",
    "relative_agreement": "（ご本人の同意は確認できていません）",
}
# One provision in the list: the agency, the day, the basis (`SHARED_LIST_BASIS`).
SHARED_LIST_LINE: Final = "・{name}（{month}月{day}日）{basis}"
SHARED_LIST_WAITING: Final = "ご本人の同意が確かめられるまで、相談機関には共有していません。"
NOTHING_TO_WITHDRAW: Final = "いま有効な同意はありませんでした。"

# After the hand-off: the case is the conversation.
CASE_NUMBER: Final = (
    "受付番号は {number} です。\n"
    "このあとも、このトークに書いていただければ、このご相談に追加して担当者に届けます。"
)
ADDED: Final = "受付番号 {number} に追加しました。{when}"
WHEN_OPEN: Final = "担当者が確認して、このトークでお返事します（受付 {hours}）。"
WHEN_CLOSED: Final = (
    "いまは受付時間外です。{when}以降に、担当者がこのトークでお返事します（受付 {hours}）。"
)
WHEN_UNKNOWN: Final = "市の担当者が、平日の昼間にこのトークでお返事します。"
# Staff wrote to the person a little while ago: no hours, they may well still be there.
WHEN_STAFF_JUST_WROTE: Final = "さきほどお返事した担当者に届けます。"
CASE_OPEN: Final = (
    "受付番号 {number} のご相談は、担当者が受け付けています。"
    "このトークに書いていただければ、そのご相談に追加します。\n"
    "別のことで新しく相談するときは、「新しい相談をする」を押してください。"
)
DATA_CASE_LINE: Final = "いまのご相談の受付番号：{number}"

# 参加支援: an offer, not a referral — nothing is shared with the place.
PLACES_LEAD: Final = "よかったら、こんな場所もあります。相談とは別に、気が向いたときにどうぞ。"
PLACE_LINE: Final = "・{name}（{kind}）\n　{description}"
PLACE_ASK: Final = "\n　問い合わせ：{ask}"
PLACES_NOT_SHARED: Final = "この場所には、あなたのことは何も伝えていません。"

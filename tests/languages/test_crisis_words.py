"""Crisis words in each language the bot speaks are caught by rules, before any model,
and everyday words are not."""

from __future__ import annotations

import pytest

from nlu.crisis import detect_crisis

SAID: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("I took all my pills", "suicide"),
        ("I overdosed on my medicine", "suicide"),
        ("I cut my wrists again", "suicide"),
        ("I have a rope ready. Goodbye everyone.", "suicide"),
        ("i want 2 die", "suicide"),
        ("Iwanttodie", "suicide"),
        ("I want\u200b to die", "suicide"),
        ("I\u200fwant\u200fto\u200fdie", "suicide"),
        ("I wаnt to diе", "suicide"),  # Cyrillic а and е
        ("He is not eating and I hit my son", "child_danger"),
        ("I want to die", "suicide"),
        ("Sometimes I think about killing myself.", "suicide"),
        ("I don't want to live anymore", "suicide"),
        ("I'm thinking of ending my life", "suicide"),
        ("My husband hits me every night", "violence"),
        ("He threatened to kill me", "violence"),
        ("My partner beats our son", "child_danger"),
        ("My mother collapsed and is not breathing", "medical_emergency"),
        ("My father is unconscious", "medical_emergency"),
        # An independent tester's wordings.
        ("I cut myself again", "suicide"),
        ("I am cutting myself", "suicide"),
        ("There is no reason for me to live", "suicide"),
        ("I'm going to jump off a bridge", "suicide"),
    ],
    "vi": [
        ("Uống hết thuốc rồi", "suicide"),
        ("Tôi muốn chết", "suicide"),
        ("toi muon chet", "suicide"),
        ("Tôi đã nghĩ đến tự tử", "suicide"),
        ("Tôi không muốn sống nữa", "suicide"),
        ("Chồng tôi đánh tôi", "violence"),
        ("Anh ấy dọa giết tôi", "violence"),
        ("Bố nó đánh con mỗi ngày", "child_danger"),
        ("Mẹ tôi bất tỉnh", "medical_emergency"),
        ("Ông ấy khó thở lắm", "medical_emergency"),
        ("Mẹ tôi bị ngã và không thở", "medical_emergency"),
        ("Mẹ tôi không thở", "medical_emergency"),
        ("me toi bi nga va khong tho", "medical_emergency"),
        ("Con tôi không thở", "child_danger"),
    ],
    "pt": [
        ("Tomei todos os meus remédios", "suicide"),
        ("Eu quero morrer", "suicide"),
        ("Às vezes penso em suicídio", "suicide"),
        ("Não quero mais viver", "suicide"),
        ("Vou me matar", "suicide"),
        ("Meu marido me bate", "violence"),
        ("Ele ameaçou me matar", "violence"),
        ("Ele bate no meu filho", "child_danger"),
        ("Minha mãe desmaiou e não respira", "medical_emergency"),
        ("Acho que é um infarto", "medical_emergency"),
        ("Meu bebê não está respirando", "child_danger"),
        ("Meu pai não está respirando", "medical_emergency"),
    ],
    "es": [
        ("Me quiero suicidar", "suicide"),
        ("Me tomé todas las pastillas", "suicide"),
        ("Quiero morirme", "suicide"),
        ("Ya no quiero seguir viviendo", "suicide"),
        ("A veces pienso en suicidarme", "suicide"),
        ("Mi hijo dice que se quiere matar", "suicide"),
        ("Mi esposo me pega todas las noches", "violence"),
        ("Mi pareja me amenazó con matarme", "violence"),
        ("Mi hija dice que su marido la golpea", "violence"),
        ("Mi marido le pega a mi hijo", "child_danger"),
        ("Mi mamá se desmayó y no respira", "medical_emergency"),
        ("Creo que mi papá está teniendo un infarto", "medical_emergency"),
    ],
    "fil": [
        ("Gusto ko nang mamatay.", "suicide"),
        ("Nilaslas ko ang pulso ko", "suicide"),
        ("Hiniwa ko ang pulso ko", "suicide"),
        ("gusto ko na lang mamatay, pagod na pagod na ako", "suicide"),
        ("Ayoko nang mabuhay.", "suicide"),
        ("Sabi ng anak ko, papatayin daw niya ang sarili niya.", "suicide"),
        ("Binubugbog ako ng asawa ko gabi-gabi.", "violence"),
        ("Pinagbantaan niya akong papatayin kapag umalis ako.", "violence"),
        ("Sinasaktan ng kinakasama ko ang anak namin.", "child_danger"),
        ("Hindi makahinga ang nanay ko, tulungan po ninyo kami!", "medical_emergency"),
        ("Nawalan ng malay ang tatay ko sa banyo.", "medical_emergency"),
        ("Inatake sa puso si lolo, ano po ang gagawin ko?", "medical_emergency"),
        ("Gusto ko na lang mawala", "suicide"),
        ("pagod na ako. sana mawala na lang ako", "suicide"),
    ],
    "ko": [
        ("약을 다 먹었어요", "suicide"),
        ("죽\u200b고\u200b싶\u200b어", "suicide"),
        ("요즘 너무 힘들어서 죽고 싶어요", "suicide"),
        ("그냥 죽고싶다", "suicide"),
        ("빚 때문에 더 이상 살 이유가 없어요", "suicide"),
        ("엄마가 자꾸 자살하겠다고 해요", "suicide"),
        ("남편이 술만 마시면 저를 때려요", "violence"),
        ("남편한테 매일 맞고 있어요", "violence"),
        ("전 남자친구가 저를 죽이겠다고 협박했어요", "violence"),
        ("남편이 아이를 자꾸 때려요", "child_danger"),
        ("아기가 숨을 안 쉬어요", "child_danger"),
        ("아버지가 쓰러지셨는데 불러도 대답이 없어요", "medical_emergency"),
    ],
    "zh-Hans": [
        ("我不想活了。ありがとう", "suicide"),  # a Japanese word beside it
        ("我想死。たすけて", "suicide"),
        ("丈夫打我、こわい", "violence"),
        ("我真的好想死", "suicide"),
        ("活不下去了，想自杀", "suicide"),
        ("我妈妈说她不想活了", "suicide"),
        ("我真的想自殺，撐不下去了", "suicide"),
        ("老公喝了酒就打我", "violence"),
        ("丈夫威胁要杀了我", "violence"),
        ("我女儿被她男朋友打了", "violence"),
        ("他经常打我的孩子", "child_danger"),
        ("我爸爸突然倒在地上，叫他也没有反应", "medical_emergency"),
        ("宝宝没有呼吸了，怎么办", "medical_emergency"),
    ],
}
EVERYDAY: list[str] = [
    "Gusto kong mawala ang sakit ng likod ko",
    "gusto ko na lang mawala ang utang namin",
    "I don't want to die, I just need help with rent",
    "My rent is late and I lost my job",
    "Tôi không muốn chết, tôi chỉ cần giúp đỡ",
    "Tôi mất việc và không trả được tiền nhà",
    "Não quero morrer, só preciso de ajuda",
    "Perdi o emprego e não consigo pagar o aluguel",
    "Este calor me está matando",
    "Me morí de risa con tu mensaje",
    "No quiero morir, solo necesito ayuda con el alquiler",
    "¡Me quiero morir de la vergüenza, me equivoqué de fecha!",
    "Se me pegó la gripe de mi hijo",
    "Mi esposo nunca me ha pegado, pero se gasta todo el dinero",
    "Las deudas me están matando",
    "No quiero vivir con mi suegra",
    "Mi hija tenía asma de pequeña, pero ya respira bien",
    "Perdí mi trabajo y no puedo pagar el alquiler",
    "Hindi ako magpapakamatay, pero hirap na hirap na kami sa pera.",
    "Ayokong mamatay, kailangan ko lang po ng tulong sa upa.",
    "Mamamatay na ako sa init dito, walang aircon sa apartment.",
    "Namatay ako sa kakatawa sa kuwento ng apo ko.",
    "Hindi na niya ako sinasaktan mula nang maghiwalay kami.",
    "Na-stroke ang tatay ko noong 2020, kaya kailangan niya ng kaigo.",
    "Pinapatay ko ang aircon sa gabi para makatipid sa kuryente.",
    "Nawalan ako ng trabaho at hindi ko na mabayaran ang upa.",
    "Inaalagaan ko ang nanay kong may dementia, pagod na pagod na ako.",
    "Nagpapakamatay ako sa trabaho para lang mabayaran ang utang.",
    "더워 죽겠어요",
    "너무 웃겨서 죽는 줄 알았어요",
    "죽고 싶은 건 아니에요. 월세 낼 방법을 알고 싶어요",
    "배고파 죽겠네요",
    "아버지가 작년에 한 번 쓰러진 적이 있는데 지금은 괜찮으세요",
    "남편은 저를 때리지는 않아요. 다만 생활비를 안 줘요",
    "어머니가 병원에서 독감 주사를 맞았어요",
    "저에게 맞는 일자리를 찾고 싶어요",
    "커피를 많이 마셔서 밤에 잠을 못 자요",
    "아이가 놀다가 넘어져서 무릎에 피가 조금 났어요",
    "今天热死了",
    "笑死我了，这个视频太好笑了",
    "我不想死，可是生活真的太难了",
    "好久不见，想死你了！",
    "去年我爸爸中风过，现在已经恢复了",
    "下午请打我手机",
    "孩子今天去打预防针了",
    "我老公从来没打过我，只是不给生活费",
    "累死了，今天加班到十点",
    "最近一直咳嗽，但是没有呼吸困难",
    "I'm not suicidal, I just cannot sleep",
    "家賃が払えなくて困っています",
    "3年前に自殺未遂をしましたが、今は落ち着いて通院しています",  # Japanese, in the past
]


@pytest.mark.parametrize(
    ("language", "text", "flag"),
    [(language, text, flag) for language, said in SAID.items() for text, flag in said],
)
def test_crisis_words_raise_their_flag(language: str, text: str, flag: str) -> None:
    assert flag in detect_crisis(text), (language, text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_and_denials_raise_nothing(text: str) -> None:
    assert detect_crisis(text) == ()


def test_japanese_rules_are_as_before() -> None:
    assert detect_crisis("死にたい") == ("suicide",)
    assert detect_crisis("死にたいとは思わない") == ()

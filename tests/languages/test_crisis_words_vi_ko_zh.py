"""Crisis words in Tiếng Việt, 한국어 and 中文: the wordings people use when the danger is
now — an indirect wish to die, a threat with a time or a place, a child missing or
swallowing something, the signs of a stroke — raise an alarm (or, where the words only
come near a danger, the question of the middle band); everyday troubles and figures of
speech raise no alarm, and a danger told as long past and over raises nothing.

Written for this test, as people type on a phone (no accents, 「ko」「ck」, romaji)."""

from __future__ import annotations

import pytest

from nlu.crisis import detect_crisis
from nlu.crisis_languages import worried_in_languages

ALARMED: dict[str, list[tuple[str, str]]] = {
    "vi": [
        ("Em mệt lắm rồi, không có em chắc cả nhà sẽ nhẹ nhõm hơn", "suicide"),
        ("uoc gi toi nay ngu mot giac roi ko bao gio tinh day nua", "suicide"),
        ("song de lam gi nua khi ai cung ghet minh", "suicide"),
        ("Mình chỉ là gánh nặng cho bố mẹ thôi", "suicide"),
        ("lai rach tay r, ko dung duoc", "suicide"),
        ("Nhảy từ tầng mấy thì chắc chắn chết vậy?", "suicide"),
        ("Em đang đứng trên cầu, nhìn xuống nước, lần cuối nhắn cho chị", "suicide"),
        ("Em gái tôi nhắn tin tạm biệt lúc 2 giờ sáng, giờ gọi không bắt máy", "suicide"),
        ("Anh rể tôi nói cả nhà sẽ sống tốt hơn nếu không có anh ấy", "suicide"),
        ("Em sang Nhật 3 năm, nợ môi giới nhiều. Chắc em đi luôn cho xong", "suicide"),
        ("Chị ơi em đang đứng ở đường ray gần ga, em xin lỗi", "suicide"),
        ("tôi uống 20 viên thuốc ngủ rồi", "suicide"),
        ("Em đã cho hết đồ, gửi con mèo cho bạn, chắc không cần nữa", "suicide"),
        ("Em không còn muốn sống trên đời này nữa", "suicide"),
        ("Ck toi de lai thu noi xin loi me con toi, gio khong biet o dau", "suicide"),
        ("Mọi người sẽ sống tốt hơn khi không còn em", "suicide"),
        ("Hắn nói tối nay sẽ đến xử em, em sợ lắm", "violence"),
        ("Bọn cho vay nặng lãi bảo nếu mai ko trả tiền thì sẽ bẻ gãy chân tôi", "violence"),
        ("Có người lạ cứ bám theo em từ ga về tới nhà", "violence"),
        ("Có ai đó đang vặn tay nắm cửa phòng em", "violence"),
        ("O cong ty bi quan ly xo nga, ong ta noi mai se con te hon", "violence"),
        ("Tối nay em vừa bỏ chạy khỏi nhà với hai đứa nhỏ, ck em say rượu", "violence"),
        ("Nghe tiếng hàng xóm kêu cứu và đồ vỡ loảng xoảng, phải làm sao", "violence"),
        ("Bọn xã hội đen đang chờ em ngoài ktx", "violence"),
        ("Chồng em đang cầm dao đuổi em", "violence"),
        ("Em sợ lắm, chồng say rượu đang đánh mẹ em", "violence"),
        ("Em bị bạn trai đánh, giờ anh ta đang đứng dưới nhà chờ em", "violence"),
        ("Bé nhà tôi đang ở nhà một mình với gã đó", "child_danger"),
        ("Con gái 7 tuổi kể là chú hàng xóm sờ vào vùng kín của bé", "child_danger"),
        ("Con trai tôi 6 tuổi đi chơi đến giờ vẫn chưa về, trời tối rồi", "child_danger"),
        ("Tôi lỡ lắc em bé mạnh quá, giờ bé cứ lừ đừ", "child_danger"),
        ("Bé 2 tuổi nuốt phải pin cúc áo rồi", "child_danger"),
        ("Thằng cu uống nhầm nước tẩy bồn cầu", "child_danger"),
        ("Mẹ nó bỏ đi 3 ngày rồi, con bé ở nhà một mình không ai cho ăn", "child_danger"),
        ("Có lúc tôi sợ mình sẽ bóp cổ con mất", "child_danger"),
        ("Con trai em bị nhốt ngoài ban công từ chiều", "child_danger"),
        ("Con gái tôi 5 tuổi bị người lạ bắt đi", "child_danger"),
        ("Bố tôi tự nhiên méo miệng, nói ngọng, tay trái không nhấc lên được", "medical_emergency"),
        ("Ông đau ngực dữ dội, vã mồ hôi lạnh", "medical_emergency"),
        ("Mẹ bị tiểu đường, giờ lơ mơ, đổ mồ hôi đầm đìa", "medical_emergency"),
        ("Gọi mãi bà không tỉnh, chỉ ú ớ", "medical_emergency"),
        ("Bé sốt cao 3 ngày, giờ lay không phản ứng", "medical_emergency"),
        ("Ông tôi bị ngã cầu thang, không tự đứng dậy được", "medical_emergency"),
        ("Chồng bị dao cắt vào tay, máu chảy không cầm được", "medical_emergency"),
        ("Em trai em đang sùi bọt mép", "medical_emergency"),
        ("Ông uống thuốc trừ sâu rồi", "medical_emergency"),
        ("Bé bị hóc kẹo, mặt tím tái", "medical_emergency"),
        ("Em bé 6 tháng tuổi thở rất khó, môi tím", "medical_emergency"),
        ("Mẹ tôi ngã đập đầu, giờ không tỉnh", "medical_emergency"),
    ],
    "ko": [
        ("나 하나 없으면 다들 훨씬 편할 거야", "suicide"),
        ("자고 일어나지 않았으면 좋겠어요. 그냥 영원히", "suicide"),
        ("살아서 뭐 해요 이제", "suicide"),
        ("가족들한테 저는 짐만 돼요", "suicide"),
        ("어제 또 팔 그었어 ㅠ", "suicide"),
        ("몇 층에서 떨어지면 확실히 죽어요?", "suicide"),
        ("안 아프게 죽는 법 좀 알려주세요", "suicide"),
        ("지금 한강 다리 위에 와 있어요. 마지막으로 엄마 목소리 듣고 싶었어요", "suicide"),
        ("다들 안녕. 그동안 고마웠어 진짜 마지막이야", "suicide"),
        ("동생이 새벽에 '미안해 잘 지내'라는 마지막 문자를 보내고 연락이 안 돼요", "suicide"),
        ("남편이 번개탄을 사 왔어요", "suicide"),
        ("아빠가 자기가 없으면 가족들이 편할 거라고 했어요", "suicide"),
        ("내일이 안 왔으면 좋겠다", "suicide"),
        ("요즘 계속 죽을 생각만 해요", "suicide"),
        ("제가 죽으면 보험금으로 가족들이 살 수 있을 거예요", "suicide"),
        ("친구가 카톡으로 그동안 고마웠다고 하고 전화를 안 받아요", "suicide"),
        ("베란다 난간에 서 있어요", "suicide"),
        ("엄마 미안해 먼저 갈게", "suicide"),
        ("오늘 밤에 찾아와서 죽여 버리겠대요", "violence"),
        ("사채업자가 내일까지 안 갚으면 다리를 부러뜨리겠대요", "violence"),
        ("전남친이 기숙사 앞에서 기다리고 있어요", "violence"),
        ("누가 지금 도어락 비밀번호를 누르고 있어요", "violence"),
        ("모르는 남자가 역에서부터 계속 따라와요", "violence"),
        ("공장에서 반장한테 밀쳐졌어요. 내일은 더 할 거래요", "violence"),
        ("남편 피해서 애들 데리고 집에서 도망쳐 나왔어요", "violence"),
        ("옆집에서 여자 비명이랑 뭐가 깨지는 소리가 계속 나요", "violence"),
        ("아빠가 술 마시고 엄마를 때리고 있어요", "violence"),
        ("남자친구가 저를 방에 가두고 못 나가게 해요", "violence"),
        ("빚쟁이들이 찾아와서 문을 부수고 있어요", "violence"),
        ("딸이 지금 그 남자랑 둘이 집에 있어요", "child_danger"),
        ("딸이 삼촌이 몸을 만졌다고 말했어요", "child_danger"),
        ("아들이 밤 늦게까지 집에 안 들어와요", "child_danger"),
        ("아기를 너무 세게 흔들었어요 축 처져 있어요", "child_danger"),
        ("애가 단추형 건전지를 삼켰어요", "child_danger"),
        ("애가 며칠째 혼자 집에 있는데 엄마가 안 와요", "child_danger"),
        ("제가 애한테 손이 올라갈 것 같아요", "child_danger"),
        ("아이를 잃어버렸어요 공원에서", "child_danger"),
        ("아이가 베란다에서 떨어졌어요", "child_danger"),
        ("아버지 입이 한쪽으로 돌아갔어요", "medical_emergency"),
        ("엄마가 갑자기 말이 어눌해요", "medical_emergency"),
        ("한쪽 팔에 힘이 하나도 없대요", "medical_emergency"),
        ("가슴이 쥐어짜듯 아프고 식은땀이 나요", "medical_emergency"),
        ("당뇨 있는 할머니가 땀을 흘리면서 횡설수설해요", "medical_emergency"),
        ("흔들어도 안 일어나요 신음 소리만 내요", "medical_emergency"),
        ("며칠째 고열이었는데 지금은 축 늘어져서 반응이 없어요", "medical_emergency"),
        ("할아버지가 넘어져서 못 일어나세요", "medical_emergency"),
        ("할머니가 떡이 목에 걸렸어요", "medical_emergency"),
        ("농약을 마셨대요", "medical_emergency"),
        ("엄마가 계단에서 굴러서 움직이지 않아요", "medical_emergency"),
        ("엄마가 심장이 멈춘 것 같아요", "medical_emergency"),
    ],
    "zh-Hans": [
        ("没有我，爸妈应该会过得更轻松吧", "suicide"),
        ("我就是个累赘，只会拖累家里", "suicide"),
        ("真希望今晚睡着了就再也不要醒来", "suicide"),
        ("活着到底有什么意思啊", "suicide"),
        ("又划了手臂，停不下来", "suicide"),
        ("从几楼跳下去才会死？", "suicide"),
        ("怎样才能死得不痛", "suicide"),
        ("我现在在天台上，往下看好高，这是最后一次跟你说话", "suicide"),
        ("我表哥昨晚发了一段告别的话，现在电话打不通", "suicide"),
        ("我爸说他不在了家里会更好", "suicide"),
        ("遗书已经写好了，放在桌上", "suicide"),
        ("我把药都攒起来了，今晚全吃了", "suicide"),
        ("我妹妹给我发了一句“照顾好爸妈”，然后就关机了", "suicide"),
        ("我站在楼顶边上，不想下去了", "suicide"),
        ("帮我照顾好我的猫，我以后不需要了", "suicide"),
        ("他说今晚过来弄死我", "violence"),
        ("高利贷的人说明天不还钱就打断我的腿", "violence"),
        ("那帮人在宿舍楼下堵我", "violence"),
        ("有人在拧我家的门把手", "violence"),
        ("在工厂被班长推倒在地上，他说明天更狠", "violence"),
        ("我带着孩子连夜逃出来了，不敢回去", "violence"),
        ("隔壁一直传来女人的惨叫声，还有砸东西的声音", "violence"),
        ("我躲在卫生间里，他在外面踹门", "violence"),
        ("老公拿着刀在追我", "violence"),
        ("他把我锁在房间里不让出去", "violence"),
        ("有个陌生男人一直在我家门口转来转去", "violence"),
        ("女儿现在和继父单独在家", "child_danger"),
        ("女儿说叔叔摸她下面", "child_danger"),
        ("儿子到现在还没回家，电话也联系不上", "child_danger"),
        ("我刚才用力摇了宝宝，他一直哭不停", "child_danger"),
        ("宝宝把纽扣电池吞了", "child_danger"),
        ("小孩误喝了洗衣液", "child_danger"),
        ("孩子一个人在家已经好几天了", "child_danger"),
        ("孩子被关在阳台上，外面很冷", "child_danger"),
        ("女儿今天被一个男的带走了，联系不上", "child_danger"),
        ("宝宝从床上摔下来不哭了", "child_danger"),
        ("我爸突然嘴歪了，说话也不清楚", "medical_emergency"),
        ("奶奶半边身体没力气", "medical_emergency"),
        ("胸口剧痛，一直出冷汗", "medical_emergency"),
        ("外公有糖尿病，现在迷迷糊糊的，一直出汗", "medical_emergency"),
        ("怎么叫都不醒，只会哼哼", "medical_emergency"),
        ("发了三天高烧，现在叫他也没反应", "medical_emergency"),
        ("奶奶摔倒了爬不起来", "medical_emergency"),
        ("血止不住，怎么办", "medical_emergency"),
        ("老公喝了农药", "medical_emergency"),
        ("老人吃年糕卡在喉咙里了", "medical_emergency"),
        ("妈妈晕过去了", "medical_emergency"),
        ("老人倒在厕所里，叫也不应", "medical_emergency"),
        ("我妈突然说不出话，右手不能动", "medical_emergency"),
        ("爷爷吐了很多血", "medical_emergency"),
    ],
}
# Words near a danger that settle nothing: the bot asks.
ASKED: dict[str, list[tuple[str, str]]] = {
    "vi": [
        ("Tôi thấy mình vô dụng, chắc không ai cần", "suicide"),
        ("Mình đã cho hết đồ đạc cho bạn bè rồi", "suicide"),
        ("Bọn tín dụng đen gọi điện liên tục", "violence"),
    ],
    "ko": [("요즘 다 포기하고 싶어요", "suicide")],
    "zh-Hans": [
        ("最近真的好累，撑不住了", "suicide"),
        ("高利贷天天打电话催收", "violence"),
    ],
}
CALM: dict[str, list[str]] = {
    "vi": [
        "Em bị cắt lương, tiền nhà tháng sau chưa biết lấy đâu ra",
        "Hôm nay nóng muốn chết luôn á",
        "Mệt muốn chết vì làm thêm ca đêm",
        "Xem clip này cười muốn chết",
        "Sếp mà biết chắc giết tôi mất",
        "Cứ từ từ, em sẽ từ từ trả nợ cho công ty tài chính",
        "Bố tôi bị đột quỵ, giờ cần người chăm sóc tại nhà, xin tư vấn kaigo",
        "Da em bị dị ứng, ngứa quá",
        "Tôi bị mất xe đạp ở ga",
        "Tôi muốn tìm tài liệu về bảo hiểm y tế",
        "Tôi không muốn sống với mẹ chồng nữa, muốn thuê nhà riêng",
        "Hàng xóm ở danchi hát karaoke ồn ào mỗi đêm",
        "Hóa đơn bệnh viện đắt quá, có được hỗ trợ không",
        "Visa của tôi sắp hết hạn, cần gia hạn",
        "Mình đang làm arubaito ở konbini, lương thấp quá",
        "Cái đầm em mua bị rách",
        "Tôi ra khỏi ga rồi, xin lỗi tôi đến muộn",
        "Đánh chết tôi cũng không ký hợp đồng đó",
        "Xin lỗi anh, tôi không liên lạc được với chủ nhà",
        "Mẹ tôi bị đau tim mãn tính, cần giấy tờ xin trợ cấp",
        "Mắt em bị co giật mấy hôm nay do thiếu ngủ",
        "Tôi muốn tham gia hội thảo phòng chống tự tử ở phường",
        "Đây là lần cuối tôi gọi cho công ty này, họ không bao giờ trả lời",
        "Tôi về nước nên cho lại đồ đạc, không cần nữa",
        "Tôi bị sốt cao, đau họng, có cần đi viện không",
    ],
    "ko": [
        "더워 죽겠어요",
        "너무 웃겨서 죽는 줄",
        "지각하면 부장님이 날 죽일 거예요",
        "이 집 떡볶이 죽여주는 맛집이래요",
        "월세가 밀려서 걱정이에요",
        "어머니 요양 문제로 상담하고 싶어요",
        "비자 연장 서류를 알고 싶어요",
        "감기 때문에 기침이 나요",
        "병원비가 너무 많이 나왔어요",
        "건강검진 결과를 받았어요",
        "윗집 층간소음이 너무 심해요",
        "퇴사하게 되어서 마지막 인사드립니다",
        "승강장에서 기다리고 있어요 미안 조금 늦어요",
        "아이가 장난감을 잃어버렸어요",
        "공황 발작이 왔을 때 상담받을 수 있는 곳 있어요?",
        "택배가 문 앞에 있어요",
        "아기를 흔들어 재웠어요",
        "이 제도는 없어지는 게 맞아요",
        "한강에서 마지막으로 자전거 탔어요",
        "딸이 학교에서 돌아오지 않아서 전화했더니 친구 집이래요",
        "아버지가 작년에 뇌경색이 와서 재활 중이에요",
    ],
    "zh-Hans": [
        "今天热死了，空调坏了",
        "迟到的话，老板会杀了我",
        "考试考砸了，我妈会打死我的",
        "想死你了，好久不见",
        "房租这个月交不起了",
        "我妈需要介护，想咨询一下",
        "签证快到期了怎么办",
        "感冒了，一直咳嗽",
        "医院的账单太贵了",
        "去体检了，结果还行",
        "楼上太吵了，每天晚上砸东西",
        "我在站台等你，对不起迟到了",
        "对不起，我联系不上房东",
        "手机怎么死机了",
        "眼皮一直抽搐，是不是没睡好",
        "不小心划伤了手指",
        "打死我也不签这个合同",
        "我想参加预防自杀的培训",
        "那个人在门口等快递",
        "如果我死了，孩子的监护权归谁",
        "去年我爸中风了，现在需要人照顾",
    ],
}
# Told as long past and over: no alarm, no question.
OVER: dict[str, list[str]] = {
    "vi": [
        "5 năm trước em từng tự tử hụt, bây giờ em ổn rồi và muốn làm tình nguyện viên",
        "Năm ngoái chồng đánh tôi, bây giờ chúng tôi đã ly hôn, tôi sống yên ổn",
        "Trước đây em từng muốn chết, giờ em đi làm bình thường và muốn giúp người khác",
        "Hồi còn ở Việt Nam bố tôi bị ngất xỉu một lần, bây giờ ông khỏe rồi",
        "Hai năm trước mẹ tôi bị đột quỵ, giờ đã hồi phục và đi lại được",
        "Ba năm trước tôi từng cắt tay, bây giờ tôi ổn định, đang làm tình nguyện ở nhà thờ",
    ],
    "ko": [
        "5년 전에 자살 시도를 했었지만 지금은 괜찮고 봉사 활동을 하고 싶어요",
        "친구의 전남편이 몇 년 전에 친구를 때렸는데 지금은 이혼해서 잘 지내요",
        "작년에 아버지가 쓰러지셨는데 지금은 회복하셨어요",
        "어릴 때 아빠한테 맞았지만 지금은 괜찮아요",
        "대학 때 죽고 싶었던 적이 있었는데 상담 받고 극복했어요",
    ],
    "zh-Hans": [
        "五年前我试过自杀，现在已经好了，想当志愿者",
        "朋友的前夫以前经常打她，现在已经离婚了，过得很好",
        "去年我爸爸中风了，现在已经康复了",
        "小时候被爸爸打过，现在没事了",
        "以前老公打我，现在已经分开了，我和孩子过得很好",
    ],
}


def _cases(
    said: dict[str, list[tuple[str, str]]],
) -> list[tuple[str, str, str]]:
    return [(language, text, flag) for language, pairs in said.items() for text, flag in pairs]


@pytest.mark.parametrize(("language", "text", "flag"), _cases(ALARMED))
def test_a_danger_now_raises_the_alarm(language: str, text: str, flag: str) -> None:
    assert flag in detect_crisis(text), (language, text)


@pytest.mark.parametrize(("language", "text", "flag"), _cases(ASKED))
def test_words_near_a_danger_are_asked_about(language: str, text: str, flag: str) -> None:
    assert detect_crisis(text) == (), (language, text)
    assert flag in worried_in_languages(text), (language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in CALM.items() for text in texts],
)
def test_everyday_troubles_and_figures_of_speech_raise_no_alarm(language: str, text: str) -> None:
    assert detect_crisis(text) == (), (language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in OVER.items() for text in texts],
)
def test_a_danger_long_past_and_over_raises_nothing(language: str, text: str) -> None:
    assert detect_crisis(text) == (), (language, text)
    assert worried_in_languages(text) == frozenset(), (language, text)


@pytest.mark.parametrize(
    "text",
    [
        "Năm ngoái tôi muốn chết, bây giờ tôi lại muốn chết",
        "작년에 자살 시도를 했는데 요즘 또 죽고 싶어요",
        "去年我想过自杀，现在又想死了",
    ],
)
def test_a_past_danger_that_has_come_back_is_an_alarm(text: str) -> None:
    assert "suicide" in detect_crisis(text)

"""Crisis words in Tiếng Việt (vi): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it.

Without accents some words are two: 「tự tử」 and 「từ từ」 (slowly) are both 「tu tu」, so
「tu tu」 is a cue only after words that go with suicide (「muốn」「định」「nghĩ đến」…) and
never before a verb (「từ từ trả nợ」). 「tôi」 (I) and 「tối」 (evening) are both 「toi」.
People write 「ko」「k」「hong」 for 「không」, 「e」 for 「em」, 「ck」「vk」 for husband
and wife."""

from __future__ import annotations

from typing import Final

from nlu.crisis_cues.shapes import all_of

# 「không」 as people type it.
_NO: Final = r"(khong|ko|k|kh|khg|hong|hok|hem|chang)"
# The writer (「tôi」「em」「mình」「tao」「tui」, 「con」 to a parent).
_ME: Final = r"(toi|em|e|minh|mk|mik|tao|tui|con)"
# A child: 「con tôi」「bé」「em bé」「cháu」「thằng cu」 (not 「bạn bè」, 「bể bơi」).
_CHILD: Final = (
    r"\b(con (toi|em|minh|tui|trai|gai|nho|be|cua (toi|em|minh))|em be|dua (be|tre|nho|con)|"
    r"con \d+ tuoi|tre (con|em|nho|so sinh)|chau (toi|em|minh|trai|gai|nho|be)|thang (cu|be|nho)|"
    r"con be|"
    r"con trai|con gai|(?<!ban )(?<!nho )\bbe\b(?! (boi|ca|phot|nuoc|tam|gay|khoa))"
    r"( (trai|gai|nha|con|\d+ tuoi))?)"
)
# Hurting someone: 「giết」「chém」「đâm chết」…, with whom.
_VICTIM: Final = (
    r"(toi|em|minh|tao|tui|may|me con (toi|em)|ca nha( toi| em)?|chung (toi|em)|vo con|"
    r"con toi)"
)
# A noise from next door that tells of violence.
_NEXT_DOOR: Final = (
    r"(hang xom|nha ben|phong ben|can ben|nha ke ben|ben canh|tang tren|tang duoi|"
    r"phong tren|phong duoi|nha doi dien)"
)
_CRIES: Final = (
    r"(keu cuu|cuu voi|cuu toi|cuu em|van xin|xin tha|dung danh|tieng danh|danh nhau|"
    r"danh dap|dap pha|do vo|khoc thet|gao thet|thet len|tieng dam|tieng tat|la het tham thiet)"
)
# A place to fall from, and words of an ending: 「đang đứng trên cầu… lần cuối」.
_HIGH_PLACE: Final = (
    r"(tren|o|ngoai|canh|sat|dau|mep|giua) (cau(?! (thang|hoi|ca|long|truc|van))|cay cau|"
    r"san thuong|mai nha|noc nha|san ga|ga tau|duong ray|duong tau|lan can|vach da|bo song|"
    r"bo bien|tang thuong|tang cao|ban cong|toa nha|tang \d+)"
)
_ENDING: Final = (
    r"(lan cuoi|tam biet|vinh biet|ket thuc (tat ca|cuoc doi|moi thu|het|o day)|"
    r"nhay (xuong|khoi|tu|qua)|roi xuong|nhin xuong|cao qua|mai mai|tha thu cho|"
    r"dung tim (toi|em)|khong ve (nua|dau)|muon chet|chet (o day|cho xong|di|luon)|"
    r"khong muon (xuong|ve|song)( nua)?|khong (xuong|ve) nua)"
)
# A goodbye sent, and no answer since: 「nhắn tạm biệt rồi không liên lạc được」.
_GOODBYE: Final = (
    r"(nhan|gui|noi|viet|de lai|post|dang)( tin)?( nhan)?( loi)?( la| rang)?\W{0,3}"
    r"(tam biet|vinh biet|tu biet|loi cuoi|kiep sau|tha thu cho (toi|em|con))"
)
_UNREACHABLE: Final = (
    rf"({_NO} (lien lac|goi|bat may|nghe may|tra loi|rep|doc tin|lien he)( duoc| dc)?|"
    r"mat lien lac|tat may|thue bao)"
)
# Things a child may swallow, and poisons.
_SWALLOW: Final = (
    r"(nuot|uong|an|ngam|liem)( phai| nham| mat| vao| het)?( (chai|lo|goi|hop|vien|ngum|it|"
    r"ca chai|nua chai))?"
)
_POISON: Final = (
    r"(thuoc tay|nuoc tay|javel|gia ven|chat tay|bot giat|nuoc giat|vien giat|nuoc rua chen|"
    r"nuoc lau nha|thuoc chuot|thuoc tru sau|thuoc diet (co|chuot|con trung)|xang|dau hoa|"
    r"hoa chat|thuoc doc|axit|nuoc thong cong)"
)
_SMALL_THING: Final = (
    r"(pin( cuc| nut| dong xu| tron| cuc ao)?|nam cham|dong xu|thuoc (cua|ngu|huyet ap|"
    r"tieu duong)( cua)? (me|bo|ba|ong|nguoi lon)|ca vi thuoc|ca lo thuoc|nhieu thuoc|"
    r"thuoc cua nguoi lon|thuoc ngu)"
)
# 「giết tôi」 that is a figure of speech: 「sếp giết tôi mất」「… nếu tôi đi trễ」.
_JOKING_AFTER: Final = (
    r"(?! mat\b)(?![^.!?\n]{0,30}\b(tre|di tre|di muon|den muon|ve muon|quen|diem (kem|thap)|"
    r"thi rot|truot|lam hong|lam vo|lam mat|lam sai|lam be)\b)"
)
_NOT_A_BOSS: Final = r"(?<!sep )(?<!sep se )(?<!boss )(?<!boss se )(?<!sep no )"
# 「muốn chết」 after a feeling is a figure of speech (「mệt muốn chết」「nóng muốn chết」).
_NOT_A_FEELING: Final = (
    r"(?<!met )(?<!nong )(?<!lanh )(?<!doi )(?<!so )(?<!nho )(?<!them )(?<!cuoi )(?<!dau )"
    r"(?<!ngu )(?<!chan )(?<!ngai )(?<!xau ho )(?<!ngua )(?<!ban )(?<!khat )(?<!tuc )"
    r"(?<!buon )(?<!ghen )(?<!qua )(?<!thich )"
)

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\buong (het|ca vi|nhieu|qua nhieu) thuoc\b",
        r"\bqua lieu\b",
        r"\bcat (co )?tay\b",
        rf"{_NOT_A_FEELING}\b(muon|mun|mong duoc|uoc duoc|chi muon) chet\b"
        r"(?! (di duoc|duoc|mat|luon (a|ak|day|do)))",
        # 「tự tử」, not 「từ từ」 (「từ từ trả」「cứ từ từ」)
        r"\b(muon|mun|dinh|toan|tinh|nghi (den|toi)( viec)?|y dinh|y nghi|doa|doi|co gang|"
        r"da (tung )?|tung|lan|chuyen|dinh lam|se)\s*tu tu\b"
        r"(?! (tra|lam|noi|giai thich|tim|an|uong|hoc|thoi|da|nao|roi|di|hoi phuc|quen|tinh|"
        r"xem|doc|nghi|cho|len|xuong|ra|vao|tap|sua|khoe|on|bot|tang|giam|thich|hieu)\b)",
        r"\btu tu (bang|bat thanh|hut|that bai|khong thanh|lan (thu|nua))\b",
        r"\b(neu|khi|lo) (toi|em|minh|tao|con) tu tu\b(?! (tra|lam|noi|giai thich|tim|an|uong|hoc|"
        r"thoi|da|nao|roi|di|quen|tinh|xem|doc|nghi|cho|tap|sua|khoe|on)\b)",
        r"\b(viet|de lai|gui)( xong| san| roi)? (di thu|thu tuyet menh|thu tu biet)\b",
        r"\btu sat\b",
        r"\bket thuc (cuoc (doi|song)|doi minh|mang song)\b(?! (o|tai|du hoc|hon nhan|chung))",
        # 「không muốn sống nữa」, not 「không muốn sống với mẹ chồng」
        rf"\b({_NO}|het) (con |thiet |muon )*(muon|thiet) song\b"
        r"(?! (o|voi|cung|chung|tai|gan|trong|bang|nho|nhu the nay o)\b)"
        r"(?! tren (?!(doi|the gian|coi doi)))",
        r"\bchet( di| quach| luon)? cho (xong|roi|nhe no|nhe nguoi|xong chuyen)\b",
        r"\b(di|ra di|bien mat)( luon| mai| han)? cho (xong|roi|nhe no|xong chuyen|khoi)\b"
        r"(?! (viec|thu tuc|giay to|ho so))",
        r"\b(khong|ko|k) ai (phai )?(kho|met|buon|lo|kho so) vi (toi|em|minh|tao|con) nua\b",
        r"\b(la|day la) lan cuoi( (toi|em|minh|tao|con))? (nhan|noi chuyen|goi|viet|lam phien)"
        r"( tin)?( cho| voi)? (chi|anh|em|moi nguoi|ca nha|me|bo|ba|ban|cac ban|vo|chong|con)\b"
        r"|\btin nhan cuoi cung (cua )?(toi|em|minh|tao|con)\b",
        r"\buong\b[^.!?\n]{0,6}\b(\d{2,}|muoi|hai muoi|ba muoi|ca chuc|mot nam) (vien|vi|lo)\b",
        r"\bde lai (thu|la thu|giay|tin nhan|loi nhan)\b[^\n]{0,60}\b(khong biet (o dau|di dau)|"
        r"bien mat|mat tich|bo di|khong lien lac|tat may|khong tra loi)\b",
        r"\b(dang|toi|em|minh|da)\b[^.!?\n]{0,10}\b(dung|ngoi|treo|leo|nam)( len| ra)? (o |tren |"
        r"ngoai |giua )?(duong ray|duong tau|lan can|mep (cau|san thuong|mai nha|toa nha)|"
        r"noc (nha|toa nha)|vach da|thanh cau)\b",
        r"\bkhong con (ly do|gi|dong luc) (de )?song\b",
        r"\bchan song\b(?! (a|ha|ak|ah|roi a|hay sao|sao))",
        # 「em biến mất thì tốt cho mọi người hơn」「sống thế này thì chết còn hơn」
        r"\b(bien mat|chet|chet di|ra di|khong con tren doi)( di)?( thi| la)?[^.!?\n]{0,25}"
        r"\b(tot (cho [a-z ]{1,20} )?hon|nhe nhom hon|do kho|thanh than hon|hanh phuc hon)\b",
        r"\bsong\b[^.!?\n]{0,25}\bchet (con )?(hon|suong hon|suong)\b",
        r"\b(uoc|uoc gi|gia nhu|phai chi)\b[^.!?\n]{0,15}\b(chua( tung)?( duoc)?|dung|khong) "
        r"(sinh ra|de ra|ra doi|co mat tren doi)\b",
        r"\bnghi (den|toi|ve) (cai chet|chuyen chet|viec chet|chet)\b",
        # saying how and when: 「nói sẽ nhảy cầu tối nay」「gom thuốc ngủ, tối nay uống hết」
        r"\b(se|sap|dinh|muon|doi|toan)( di)? (nhay (cau|song|lau|tau|xuong|tu)|treo co|"
        r"uong thuoc (ngu|tru sau|chuot)|dot than|lao (xuong|vao) (tau|xe))\b",
        r"\b(gom|tich|de danh|chuan bi|mua)( san| du| nhieu| het| lai| duoc)?( ca| nhieu| mot)?"
        r"( vi| lo| hop)? thuoc( ngu| an than)?\b[^.!?\n]{0,40}\b(uong (het|mot lan|ca|luon|"
        r"mot luc)|toi nay|dem nay|ket thuc|chet)\b",
        # giving things away, not for moving home
        r"^(?![^\n]*\b(ve nuoc|chuyen nha|don nha|ve que|ve vn|ve viet nam|thanh ly)\b)"
        r"[^\n]*?\b(cho|tang|gui|de lai)( het| lai)? (do|do dac|con meo|con cho|meo|cho|tien|xe)"
        rf"\b[^\n]{{0,40}}\b{_NO} (con )?can (nua|den nua|dung nua)\b",
        rf"\b(gui|nhan)( tin| tin nhan)?( cho)? (ca nha|moi nguoi|gia dinh|bo me|vo con|tat ca)\b"
        rf"[^.!?\n]{{0,20}}\b(xin loi|cam on)\b[^\n]{{0,60}}\b{_UNREACHABLE}",
        r"\b(muon|mun) bien mat (mai mai|vinh vien|khoi (the gian|cuoc doi|the gioi|doi))\b",
        # 「mọi người sẽ tốt hơn nếu không có tôi」「không có em thì cả nhà đỡ khổ」
        r"\b(tot hon|nhe nhom hon|nhe no hon|do kho|sung suong hon|hanh phuc hon|thanh than hon|"
        rf"do met|do ganh)[^.!?\n]{{0,15}}\b(neu|khi|ma) ({_NO} (co|con)|thieu|vang|mat|bot)( di)? "
        rf"{_ME}\b",
        rf"\b({_NO} co|thieu|vang|bot)( di)? {_ME} (thi|,)?[^.!?\n]{{0,25}}\b(tot hon|nhe nhom|"
        r"nhe no|do kho|sung suong hon|hanh phuc hon|thanh than|do ganh|khoe hon)\b",
        r"\b(neu|khi|de) (toi|em|minh|tao|con|anh ay|ong ay|no) (chet|chet di|bien mat|"
        r"khong con|ra di)\b[^.!?\n]{0,30}\b(tot hon|nhe nhom|do kho|thanh than|hanh phuc hon|"
        r"sung suong|khoi ganh)",
        r"\b(noi|bao|nhan|viet|ns)\b[^.!?\n]{0,40}\b(tot hon|nhe nhom hon|do kho|thanh than hon)"
        rf"[^.!?\n]{{0,15}}\b(neu|khi) ({_NO} co|thieu|vang)( di)? (anh ay|ong ay|no|chi ay|"
        r"ba ay|co ay|han)\b",
        # 「muốn ngủ một giấc rồi không bao giờ tỉnh lại」
        rf"\bngu\b[^.!?\n]{{0,25}}\b({_NO}|dung) (bao gio|bh|bao h) (tinh|day|thuc)",
        rf"\b(muon|mun|uoc|mong)\b[^.!?\n]{{0,20}}\bngu\b[^.!?\n]{{0,25}}\b({_NO}|dung) "
        r"(tinh|day|thuc)( day| lai)? (nua|luon|mai mai)\b",
        r"\bngu (mot giac )?(mai mai|vinh vien|di luon)\b",
        rf"\b{_NO} (muon|mun) (tinh|thuc) (day|lai) nua\b",
        # 「sống để làm gì」「sống còn ý nghĩa gì nữa」
        r"\bsong( tren (doi|the gian|coi doi)( nay)?| them| tiep| nua)? (de|lam) (lam )?"
        r"(gi|j|chi)\b",
        r"\bsong (con|co) (y nghia|nghia ly) (gi|j)\b|\bsong khong bang chet\b",
        # 「em chỉ là gánh nặng cho mọi người」
        r"\b(toi|em|minh|tao|tui|con)( chi| da| dang| cung)? (la|thanh|tro thanh|lam)"
        r"( mot)? ganh nang\b",
        # self-harm, said in passing: 「lại rạch tay rồi」「tự làm đau bản thân」
        r"\brach( lai| nua| them)? (tay|co tay|canh tay|dui|bap tay|chan|nguoi|da)\b",
        r"\b(tu )?(lam hai|lam dau|hanh ha|lam ton thuong) (ban than|chinh minh)\b"
        r"|\btu (rach|cat) (tay|minh)\b",
        # asking how: 「cách chết không đau」「tầng mấy nhảy xuống thì chết」
        r"\b(cach|lam sao|lam the nao|lam ntn)( de)? (chet|tu tu|tu sat|ket lieu ban than)\b"
        r"(?! (roi|vay|the|ha|a)\b)",
        r"\b(chet|ra di|tu tu) (sao cho |the nao cho |cho )?(khong|ko|k|it|nhanh)( bi| that)? "
        r"(dau|dau don|kho|nhat)\b",
        r"\b(tang|lau) (may|bao nhieu|nao|bn)\b[^.!?\n]{0,30}\b(chet|nhay|roi xuong)\b"
        r"|\b(nhay|roi) (tu |xuong tu )?(tang|lau) (may|bao nhieu|nao|bn)\b",
        r"\b(bao nhieu|may|bn) (vien|lieu|vi|hop|lo)\b[^.!?\n]{0,30}\b(chet|tu tu|ngu mai|"
        r"khong tinh|di luon|ra di|khong (day|tinh))\b",
        # on a bridge, a roof, a platform, with words of an ending
        rf"\b{_HIGH_PLACE}\b[^\n]{{0,80}}\b{_ENDING}\b|\b{_ENDING}\b[^\n]{{0,80}}\b{_HIGH_PLACE}\b",
        # farewells: 「vĩnh biệt」「thư tuyệt mệnh」「hẹn kiếp sau」
        r"\bvinh biet (moi nguoi|ca nha|tat ca|the gioi|cuoc doi|nhe|nha|cac ban)\b"
        r"|\bvinh biet\W*$|\b(thu|tin nhan|loi nhan|loi) (tuyet menh|tu biet)\b"
        r"|\bhen (gap lai )?(kiep sau|kiep khac)\b",
        r"\btam biet (moi nguoi|ca nha|tat ca|the gioi|cuoc doi)\b[^\n]{0,60}\b(mai mai|"
        r"lan cuoi|kiep sau|vinh vien|tha thu cho)\b",
        r"\b(mai mai|lan cuoi|kiep sau|vinh vien)\b[^\n]{0,40}\btam biet\b",
        rf"\b{_GOODBYE}\b[^\n]{{0,100}}\b{_UNREACHABLE}|\b{_UNREACHABLE}[^\n]{{0,100}}"
        rf"\b{_GOODBYE}\b",
        r"\btreo co\b",
        r"\b(mua|chuan bi|co|san)( san| xong| roi| duoc)? (day thung|soi day|cuon day|day)\b"
        r"[^.!?\n]{0,40}\b(treo|chet|ket thuc|tu tu)\b",
        r"\b(dot|chuan bi|mua) than\b[^.!?\n]{0,30}\b(phong kin|dong kin|trong phong|trong xe|"
        r"chet)\b",
    ),
    "violence": (
        # 「đánh tôi」; 「đá em」 only with a kick (「da em」 is also 「my skin」)
        r"\b(danh|bop co) (toi|em|minh)\b|\b(dam|da) (toi|em|minh) (nga|vao|bay|mot cai|"
        r"lien tuc|hoai)\b|\bbi (dam|da) (vao|nga|lien tuc)\b",
        r"\bbi (chong |vo |ck |vk )?danh\b",
        r"\bbi (\w+ ){1,3}danh\b(?! (gia|bai|thue|dau|may|rang|cap|roi|thuc|lua|so|tieng|giac|"
        r"bong|mat|vo|dong|trong|co|bac)\b)",
        r"\bdang (danh|lam hai|bop co) (toi|em|minh)\b",
        r"\bbao luc gia dinh\b",
        r"\bdoa (se )?giet\b",
        rf"{_NOT_A_BOSS}\b(se|muon|dinh|doi|sap) (giet|chem|dam chet|danh chet) {_VICTIM}\b"
        f"{_JOKING_AFTER}",
        rf"{_NOT_A_BOSS}\b(giet|chem|dam chet|danh chet|bop co|siet co|tat axit) {_VICTIM}\b"
        f"{_JOKING_AFTER}"
        r"(?! cung (khong|ko|k|chang))",
        r"\b(be|danh|dap) gay (chan|tay|co|xuong)\b|\bchat (tay|chan|ngon tay)\b",
        # a weapon out: 「chồng đang cầm dao đuổi em」
        r"\b(cam|vung|cam theo|rut) (dao|sung|gay|bua|keo|riu|mac|ma tau)\b[^.!?\n]{0,20}\b(duoi|"
        r"chem|dam|doa|xong vao|lao vao|danh|giet|chi vao|ke vao)\b",
        # hitting anyone, now: 「chồng say rượu đang đánh mẹ em」
        r"\b(dang|van dang|lai dang) (danh|dam|dap|bop co|chem|tat|xo|hanh hung)\b"
        r"(?! (bai|gia|may|rang|thue|dau|co|bong|con|be|tre|dan|vong|nhau choi|cau)\b)",
        r"\b(nguoi la|dan ong la|nguoi dan ong la|ke la|thang la|ga la|ai do)\b[^.!?\n]{0,20}"
        r"\b(dung|ngoi|rinh|lang vang|lap lo|cho|doi|go cua)\b[^.!?\n]{0,15}\b(truoc|ngoai|o) "
        r"(cua|cong|phong|nha)\b",
        # a threat: 「nó dọa tối nay sẽ đến xử tôi」「bọn cho vay bảo sẽ cho ăn dao」
        r"\b(doa|de doa|noi|bao|nhan|nhan tin|thach|tuyen bo|hua|hen|canh cao|ns)\b"
        r"[^.!?\n]{0,40}\b(xu|thit|lam thit|xu dep|chem|tat axit|dot nha|pha nha|"
        rf"cho (an dao|biet tay|nam vien)|tra thu) ({_VICTIM}|nha (toi|em|minh))\b",
        r"\b(toi nay|dem nay|ngay mai|sang mai|chieu nay|lat nua|ti nua|ngay bay gio)\b"
        r"[^.!?\n]{0,20}\b(den|toi|qua|ve|tim)( nha| phong)?\b[^.!?\n]{0,15}\b(xu|giet|chem|"
        rf"danh|tinh so|ket thuc chuyen nay|cho biet tay|lam thit|tra thu) ({_VICTIM}|"
        r"chuyen nay|cho xong)\b",
        # waiting outside, following, at the door
        r"\b(bon|chung no|bon no|tui no|xa hoi den|giang ho|doi no|thang do|ke do|ga do|han|"
        r"ong ta|anh ta|chong cu|ck cu|nguoi yeu cu|ny cu|bon cho vay|tin dung den)\b"
        r"[^.!?\n]{0,20}\b(cho|doi|rinh|phuc|chan|canh)( san)?( toi| em| minh| tao)?\b"
        r"[^.!?\n]{0,10}\b(ngoai|truoc|duoi|o) (ktx|ky tuc xa|cong|cua|nha|phong|cong ty|"
        r"xuong|nha may|nha tro|can ho|truong)\b",
        r"\b(bon|chung no|bon no|tui no|xa hoi den|giang ho|thang do|ke do|ga do|han|ong ta|anh ta|"
        r"chong cu|ck cu|nguoi yeu cu|ny cu)\b[^.!?\n]{0,20}\b(ngoai|truoc|duoi) (ktx|ky tuc xa|"
        r"cong|cua|nha|phong|can ho)\b[^.!?\n]{0,10}\b(cho|doi|rinh|canh) (toi|em|minh|tao)\b",
        r"\b(co nguoi|co ai|ai do|nguoi la|mot (nguoi|thang|ga|ong)( la)?|thang do|ke la|"
        r"chong cu|nguoi yeu cu|ny cu|bon)\b[^.!?\n]{0,25}\b(bam theo|di theo|theo sau|"
        r"theo duoi|rinh|theo doi)( sau)? (toi|em|minh|tao|tui)\b",
        r"\b(anh ta|han|ong ta|no)\b[^.!?\n]{0,15}\b(bam theo|theo duoi|rinh)( sau)? "
        r"(toi|em|minh|tao|tui)\b",
        r"\b(dang|co nguoi|ai do|anh ta|han|no|ong ta|thang do|ke la|nguoi la)\b[^.!?\n]{0,20}"
        r"\b((van|xoay|giat|lac)( tay)? nam cua|(cay|be|pha) (khoa|o khoa)|(pha|dap|dap pha) cua|"
        r"co gang (mo|pha|vao))\b",
        # at work, or anywhere: 「bị xô ngã」「bị bóp cổ」
        r"\bbi (\w+ ){0,3}(xo|day) (nga|xuong|vao)\b|\b(xo|day) (toi|em|minh) nga\b"
        r"|\bbi (bop|siet|boi|chan) co\b|\bbi (tat|dam|dap|nem)"
        r"( vao)? (mat|dau|bung|nguoi)\b",
        # fled tonight: 「vừa bỏ chạy khỏi nhà」「đang trốn trong nhà vệ sinh」
        r"\b(vua|moi|da|phai|dang|toi nay|dem nay)\b[^.!?\n]{0,10}\b(bo chay|chay tron|tron|"
        r"chay|thoat|bo)( ra)? (khoi|ra khoi) (nha|can ho|phong)\b",
        r"\b(dang|phai) (tron|nap|an nap|khoa cua)\b[^.!?\n]{0,30}\b(anh ta|han|chong|ck|no|"
        r"ong ta|bon no|so qua)\b",
        # heard next door
        rf"\b{_NEXT_DOOR}\b[^\n]{{0,60}}\b{_CRIES}\b|\b{_CRIES}\b[^\n]{{0,60}}\b{_NEXT_DOOR}\b",
        r"\b(xam hai|hiep dam|cuong hiep) (tinh duc )?(toi|em|minh)\b|\bbi (hiep dam|cuong hiep|"
        r"xam hai tinh duc)\b",
    ),
    "child_danger": (
        # A young child alone now, into the night (「be 3 tuoi o nha mot minh toi nay」).
        all_of(
            r"\b[0-6] tuoi\b|\b(em be|con nho|dua nho|tre so sinh)\b",
            # the child alone, not a parent alone with the child (「toi o nha mot minh voi con
            # nho」)
            r"\b(be|con|chau|no|em be|dua nho|dua be)\b[^.!?\n]{0,25}\bmot minh\b(?! voi)|"
            r"(?<!toi )(?<!em )\bo nha mot minh\b(?! voi)|"
            r"(?<!toi )(?<!em )\bmot minh o nha\b(?! voi)|\bkhong co (ai|nguoi lon)\b",
            r"\b(toi nay|dem|ca toi|khong co nguoi lon)\b",
        ),
        r"\b(danh|bao hanh|nguoc dai) (con|be|tre|dua tre)\b|\b(dam|da) (con|be) (nga|vao|"
        r"bay|lien tuc)\b",
        r"\bcon (toi |em )?bi (danh|bao hanh|nguoc dai)\b",
        r"\bbao hanh tre em\b",
        # 「Có người đang làm hại con gái tôi」: someone harming a child now
        r"\bdang (danh|lam hai|lam dau|bao hanh|nguoc dai) (con|be|tre|dua tre)\b",
        r"\b(con|be|dua tre|con gai|con trai)( toi| em| minh)? (dang )?(gap )?nguy hiem\b",
        r"\b(con|be|em be|dua be)( toi| em| minh)? (khong|ngung|tat) tho\b",
        # alone with the one who hurts: 「bé đang ở nhà một mình với hắn」
        rf"{_CHILD}[^.!?\n]{{0,25}}\b(dang )?(o|bi bo|bi de)( lai)?( nha)?( mot minh)? "
        r"(voi|cung) (han|ong ta|ga|gã|thang do|ke do|thang cha|nguoi la|(bo|cha) duong "
        r"(dang )?(say|hay danh))\b",
        # told by a child: 「con gái kể chú sờ vào người」
        rf"{_CHILD}[^\n]{{0,60}}\b(xam hai|xam pham|sam so|so soang|so mo|so (vao|len) (nguoi|"
        r"vung kin|cho kin|nguc|mong|do)|dong cham (vung kin|co the|nguoi)|hiep dam|cuong hiep|"
        r"au dam|quay roi|bat (coi|cho xem)|coi (do|quan|ao)|vung kin|cho kin)\b",
        rf"\b(xam hai|sam so|hiep dam|au dam|quay roi tinh duc)\b[^\n]{{0,60}}{_CHILD}|\bau dam\b",
        # missing: 「con trai tôi mất tích」「không thấy bé đâu」「đến giờ vẫn chưa về」
        rf"{_CHILD}[^.!?\n]{{0,20}}\b(mat tich|bien mat|bi lac|lac mat|bi bat coc|bi bat di|"
        r"bi (\w+ ){1,3}(bat coc|bat di|dua di|dem di)|"
        rf"bi dua di|{_NO} thay dau|tim {_NO} thay|chua ve (nha|den gio|toi gio|ca dem|tu)|"
        rf"{_NO} ve nha|van chua ve|den gio (van )?chua ve|bo nha di|{_NO} lien lac duoc)\b",
        rf"\b{_NO} (thay|tim thay|tim duoc) {_CHILD}( toi| em| minh)? (dau|o dau)\b",
        rf"{_CHILD}[^.!?\n]{{0,20}}\b(di lac|lac mat)\b|{_CHILD}[^.!?\n]{{0,40}}\btim (mai|khap|"
        rf"ca buoi|het)\b[^.!?\n]{{0,20}}\b{_NO} thay\b",
        rf"{_CHILD}[^.!?\n]{{0,30}}\b(bi )?(bo doi|nhin doi|{_NO} (duoc )?(cho )?an)\b"
        r"[^.!?\n]{0,20}\b(may|\d+|hai|ba|nhieu|ca|suot) (ngay|hom|dem)\b",
        # shaken, swallowed, locked out, left for days
        r"\b(lac|rung lac|xoc)( manh| du doi| qua manh| lien tuc) (em be|be|con|tre|dua be)\b"
        r"|\b(rung lac|lac) (em be|be|con)( toi| minh| em)? (manh|du doi|qua manh)\b",
        rf"{_CHILD}[^.!?\n]{{0,15}}\bbi (rung lac|lac manh|lac du doi|lac qua manh)\b",
        rf"{_CHILD}[^.!?\n]{{0,30}}\b{_SWALLOW} ?({_POISON}|{_SMALL_THING})\b",
        rf"{_CHILD}[^.!?\n]{{0,30}}\b(bi )?(nhot|khoa|duoi|bo) (o |ra )?(ngoai|ben ngoai|"
        r"ngoai cua|ngoai ban cong|trong (tu|nha ve sinh|kho|phong|xe))\b",
        rf"{_CHILD}[^.!?\n]{{0,30}}\bmot minh\b[^.!?\n]{{0,25}}\b(may|\d+|hai|ba|nhieu|ca) "
        r"(ngay|dem|hom)\b",
        r"\b(may|\d+|hai|ba|nhieu) (ngay|hom)( nay| roi)?[^.!?\n]{0,25}"
        rf"{_CHILD}[^.!?\n]{{0,20}}\bmot minh\b",
        # a parent afraid of their own hands
        r"\b(so|lo|suyt|sap|muon|dinh|co the|kiem che khong noi|khong kiem che (duoc|noi))\b"
        r"[^.!?\n]{0,20}\b(lam hai|lam dau|bop co|nem|quang|giet|tat|bop|bom) "
        r"(con|be|dua nho|thang be|con be|chau)\b",
        r"\b(tre con|con nit|dua tre|dua be|em be)\b[^\n]{0,40}\b(khoc thet|gao khoc|thet len|"
        r"keu cuu|van xin)\b[^\n]{0,60}\b(tieng danh|danh|dap|tat)\b|\b(tieng danh|danh|dap|tat)"
        r"\b[^\n]{0,60}\b(tre con|con nit|dua tre|dua be|em be)\b[^\n]{0,40}\b(khoc thet|gao khoc|"
        r"thet len|keu cuu|van xin)\b",
        rf"{_CHILD}[^.!?\n]{{0,25}}\b(tim tai|tim ngat|(moi|nguoi|mat) (bi )?tim (tai|ngat|di|"
        r"lai))\b(?! (lieu|khoan|san|chinh|tro|xe|nang))",
    ),
    "medical_emergency": (
        r"\b(khong|ko|k|ngung|tat) tho\b",
        r"(?<!\bhoi )(?<!\bhoi bi )\bkho tho\b(?! (khi|luc|vi) (ngu|nam|nghet mui|so mui|leo))",
        r"\bbat tinh\b",
        r"\bngat xiu\b",
        # a stroke or a heart attack now (not 「bố bị đột quỵ, cần người chăm sóc」)
        r"\b(dang|vua|vua moi|hinh nhu|co le|chac la|chac|nghi la|co ve|co dau hieu|nhu bi|"
        r"len con|bi len con)( bi)? (dot quy|tai bien|dau tim|nhoi mau co tim|ngung tim)\b",
        r"\b(dot quy|tai bien|dau tim|nhoi mau co tim)\b[^.!?\n]{0,10}\b(roi|cap cuu|lam sao|"
        r"phai lam gi|giup)\b",
        r"\bngung tim\b|\btim (ngung dap|khong dap)\b|\b(khong|ko|k) (con )?mach\b",
        r"\bchay mau (nhieu|khong ngung|qua nhieu|rat nhieu|khong cam|lenh lang)\b",
        r"\bmau (chay|ra) (nhieu|khong ngung|khong cam|lenh lang|ong ong|xoi xa)\b"
        r"|\bmat (nhieu|qua nhieu|rat nhieu) mau\b|\b(khong|ko|k) cam (duoc )?mau\b",
        r"\b(non|oi|ho|noi) ra mau\b|\bra mau (nhieu|qua nhieu|rat nhieu|khong ngung|lenh lang)\b"
        r"|\bra mau\b[^.!?\n]{0,30}\b(mang thai|co bau|dang bau|thai \d+)",
        r"\btho (rat |qua |that |hoi |cung )?kho( khan| nhoc)?\b(?! (tinh|tim|kiem|chiu|ban|xin))"
        r"|\bmoi (bi )?tim\b"
        r"(?! (viec|nha|kiem|hieu|duoc|cach|thay|nguoi))",
        r"\bco giat\b(?<!\bmat co giat)(?<!\bmat bi co giat)(?<!\bmat em bi co giat)"
        r"(?<!\bmat toi bi co giat)(?! (mi|mat|bap)\b)|\blen con (dong kinh|co giat)\b"
        r"|\bsui bot mep\b",
        # stroke signs: 「miệng méo」「một bên tay yếu」「tự nhiên nói ngọng」
        r"\bmieng( bi)? (meo|lech|xe)( xech| mot ben| sang mot ben)?\b|\bmat bi (meo|lech|xe"
        r"|sup)\b|\b(meo|lech|xe) (mot|nua) ben (mat|mieng)\b|\bmeo (mieng|xech)\b",
        r"\b(mot|nua) ben (nguoi|mat|tay|chan|than)\b[^.!?\n]{0,15}\b(yeu|te|liet|"
        r"khong cu dong|khong nhac|khong dieu khien)",
        r"\b(dot nhien|tu nhien|bong nhien|tu dung|vua|sang nay|toi nay)\b[^.!?\n]{0,20}"
        r"\b(noi (ngong|khong ro|lap bap|lui nhui|dot)|tay (khong|ko|k) nhac (len )?(duoc|noi)|"
        r"liet)\b",
        r"\bliet nua nguoi\b",
        r"\b(dang|dot nhien|tu nhien|bong nhien)( bi)? (dau|tuc|that|nhoi) nguc"
        r"( du doi| nhieu| lam| qua)?\b",
        # chest pain with breath or a cold sweat
        r"\b(dau|tuc|that|nhoi) nguc\b[^\n]{0,60}\b(mo hoi|kho tho|ngop tho|khong tho|"
        r"lan (ra|xuong) (tay|vai|ham)|te tay)",
        r"\b(mo hoi lanh|va mo hoi|kho tho|ngop tho)\b[^\n]{0,60}\b(dau|tuc|that|nhoi) nguc\b",
        # confused and sweating, not waking, only sounds
        r"\b(lo mo|lu lan|me man|mo mang|noi nham|noi lung tung|khong nhan ra (ai|toi|nguoi))\b"
        r"[^\n]{0,50}\b(mo hoi|tieu duong|duong huyet)\b",
        r"\b(mo hoi|tieu duong|duong huyet)\b[^\n]{0,50}\b(lo mo|lu lan|me man|noi nham|"
        r"noi lung tung)\b",
        r"\b(goi|lay|danh thuc|keu|vo|bop)( mai| hoai| may| manh)?( ma| the nao)?( cung)? "
        rf"({_NO}|van {_NO}|chang) (day|tinh|phan ung|mo mat|nhuc nhich)\b",
        r"\b(chi|cu) (u o|ren ri|phat ra tieng)\b|\bu o\b[^.!?\n]{0,20}\b(khong noi|khong tra loi)",
        r"\bsot cao\b[^\n]{0,60}\b(li bi|lo mo|khong tinh|me sang|khong phan ung|co giat)\b",
        # fell and cannot get up, not moving
        r"\b(nga|bi te|te nga|te xuong|truot nga)\b[^.!?\n]{0,30}\b(khong|ko|k|chang)"
        r"( the| tu)? (dung|ngoi)? ?(day|len|dung day|ngoi day)( duoc| dc| noi)\b",
        r"\b(nam|nga|nguoi|bo|me|ong|ba|chong|vo|ban)\b[^.!?\n]{0,30}\b(khong|ko|k|chang) "
        r"(con )?(cu dong|nhuc nhich)\b|\bnam (im|bat dong) (khong|ko) (cu dong|nhuc nhich)\b",
        # swallowed a poison, choking, turning blue
        rf"\b(nuot|uong)( phai| nham| het)? ?{_POISON}\b",
        r"\b(bi hoc|mac nghen|bi nghen|nghen) (keo|xuong ga|do an|thuc an|com|banh|hot|dong xu|"
        r"vien thuoc|thit|nho|do choi|mochi)\b|\bnghen (tho|khong tho)\b",
        r"\b(bi hoc|nghen)\b[^.!?\n]{0,20}\b(khong tho|tim tai|xanh (mat|moi))\b",
        r"\btim tai\b(?! (lieu|khoan|san|chinh|tro|xe|nang|lai))|\btim ngat\b"
        r"|\b(moi|mat) (bi )?tim (di|lai|ngat)\b",
        r"\b(goi|keu|bao)( xe)? (cap cuu|kyukyusha|119)\b|\bgoi 119\b",
        r"\b(nga|bi te|te nga|bat tinh|guc)\b[^\n]{0,40}\b(nam im|bat dong|khong (tra loi|"
        r"phan ung|tinh|day|mo mat))\b|\bbat dong\b(?! san)",
        r"\bbi dien giat\b|\b(duoi nuoc|chet duoi|bi duoi)\b|\bngo doc (khi|gas|khoi)\b"
        r"|\bbi bong (nang|nuoc soi|toan than)\b",
    ),
}
# A denial right before a cue: 「không muốn chết」「chưa bao giờ nghĩ đến tự tử」.
NOT_BEFORE: Final[str] = (
    r"\b(khong|ko|k|kh|khg|hong|hok|chang|dau co|chua bao gio|chua tung|khong he|ko he|"
    r"khong phai|ko phai|k phai)\s*$"
)
# 「Năm ngoái bố tôi đã bị đột quỵ…」「5 năm trước tôi từng tự tử, giờ tôi ổn rồi」: a
# danger told as long past (last year, years ago, as a child), over now or not said to be
# back — not when it is again, still, tonight (「lại」「vẫn」「đang」).
_PAST: Final = (
    r"(nam ngoai|nam truoc|nam kia|(\d+|mot|hai|ba|bon|nam|sau|may|vai|nhieu|muoi) "
    r"(nam|thang) (truoc|ve truoc)|thang truoc|hoi nho|hoi be|luc nho|ngay xua|"
    r"ngay truoc|truoc day|hoi truoc|(hoi|thoi|khi) (con )?(nho|"
    r"hoc|di hoc|sinh vien|o (vn|viet nam|que)|con be))"
)
_FINE: Final = (
    r"(on( roi| ca| dinh| lai)?|da on|khoe (lai|roi|manh)|binh thuong|khong sao|(da )?ly (hon|di)|"
    r"da khoi|"
    r"hoi phuc|vui ve|hanh phuc|het roi|qua roi|(khong|ko|k) con (muon|nghi|bi|danh)|"
    r"tinh nguyen|giup (do )?(nguoi khac|moi nguoi)|vuot qua|(can|nho) (nguoi )?cham soc|kaigo|"
    r"phuc hoi chuc nang|tap vat ly tri lieu)"
)
_AGAIN: Final = (
    r"((?<!tro )\blai (muon|nghi|bi|bat dau|danh|doa|tim|den|thay|co y)|\bvan (con )?(muon|"
    r"nghi|bi|danh|doa|theo|so)|\bdang (bi|muon|danh|doa|nghi|o tren|dung)|\b(hom nay|"
    r"toi nay|dem nay|ngay bay gio|vua moi|tai phat|gan day))"
)
OVER: Final[str] = (
    rf"^(?=.*\b{_PAST}\b)(?!.*{_AGAIN}\b)"
    rf"(?:(?=.*\b{_FINE}\b)|(?!.*\b(bay gio|bh|bjo|hien gio|hien nay|gio)\b))"
)
# The middle band (see `nlu.crisis_cues.en.WORRY`): wide, a miss here is silence. Not the
# bare words that have a second meaning without accents (「té」 and 「y tế」, 「học」).
WORRY: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(chet|tu sat|khong muon song|song khong noi|het chiu noi|khong chiu noi|bien mat|"
        r"bo cuoc|ket thuc tat ca|thuoc ngu|nhay (cau|lau|xuong|song|tau|khoi)|treo co|cat tay|"
        r"vo nghia|tam biet moi nguoi)\b",
        r"\btu tu\b(?! (tra|lam|noi|giai thich|tim|an|uong|hoc|thoi|da|nao|roi|di|hoi phuc|"
        r"quen|tinh|xem|doc|nghi|cho|len|xuong|ra|vao|tap|sua|khoe|on|bot|tang|giam))"
        r"(?<!\bcu tu tu)(?<!binh tinh tu tu)",
        rf"\b({_NO} (chiu|lam|song|tiep tuc|co) (noi|duoc) nua|het (suc|hy vong|muon)|"
        r"met moi (qua|lam|roi)|chan (doi|song)|buong (xuoi|bo|tay)|tuyet vong|bat luc|"
        r"ganh nang|vo dung|thua thai|(khong|ko|k) ai (can|quan tam|thuong)|co don|"
        r"(khong|ko|k) con (y nghia|hy vong)|song (de|lam) (lam )?gi|ra di|mai mai|vinh biet|"
        r"tam biet|loi cuoi|tin nhan cuoi|xin loi (tat ca|moi nguoi|ca nha)|tha thu cho|"
        r"nho (ai|ban|anh|chi) nuoi|(cho|tang) het (do|do dac)|day thung|dot than|san thuong|"
        r"tang thuong|duong ray|lan can|rach (tay|co tay|da|dui|chan|nguoi)|dao lam|"
        r"lam dau ban than|tu lam hai|khong muon (tinh|thuc) day|ngu mai|tram cam|"
        r"qua lieu)\b",
    ),
    "violence": (
        r"\b(danh (toi|em|minh|con|vo|me|ba|chi|anh)|bi danh|bop co|doa|giet|cam dao|con dao|"
        r"bao luc|bao hanh|hanh ha|bo tron|tron (khoi|ra|di|trong)|canh sat|cong an|la het|"
        r"dap pha)\b",
        r"\bso (anh ta|chong|no|ong ay)\b|\bnhot (toi|em)\b",
        r"\bdam (toi|minh|chet|bang|dao|vao|nguoi|nhau)\b|\bbi dam\b"
        r"|\b(cam|co|mang) sung\b|\bsung (ngan|luc|dan)\b",
        r"\b(chem|xu (toi|em|may|tao|dep)|tra thu|de doa|uy hiep|tin dung den|xa hoi den|"
        r"giang ho|vay nang lai|cho vay nang lai|doi no thue|bam theo|theo doi|theo duoi|rinh|"
        r"di theo (toi|em)|go cua|dap cua|pha cua|tay nam cua|(dung|rinh|doi) (truoc|ngoai) cua|"
        r"xo nga|"
        r"day nga|tat vao mat|dam vao|chui (boi|mang)|so qua|so hai|hoang so|cuu (voi|toi|em)|"
        r"keu cuu|dang tron|an nap|khong dam ve|chay khoi nha|bo nha|tieng (la|het|dap|vo|khoc)|"
        r"khoc thet|danh nhau|do vo|xam hai|hiep dam|sam so|keisatsu|(goi|bao) 110|"
        r"mai (se )?(con )?te hon)\b",
    ),
    "child_danger": (
        rf"{_CHILD}[^.!?\n]{{0,50}}\b(mat tich|bi lac|chua ve|khong ve|mot minh|bi thuong|"
        r"bi danh|bi bong|khong tho|kho tho|nguy hiem|bao hanh|bi nhot|bi khoa|bien mat|"
        r"khong thay|bi bat(?! nat)|bo doi|bi bo|nuot|uong nham|an nham|lac manh|rung lac|sam so|"
        r"dong cham|xam hai|bi te|bi nga|sot cao|tim tai|co giat|bo di|khoc thet|bi duoi|"
        r"bo lai)\b",
        rf"\b(danh|lam hai|lam dau|bop co|nem|quang|tat) {_CHILD}",
        r"\b(nguoc dai|bao hanh|xam hai|au dam) (tre|tre em|con)\b",
    ),
    "medical_emergency": (
        r"\b(cap cuu|xe cuu thuong|kho tho|khong tho|ngung tho|bat tinh|xiu|nga xuong|te nga|"
        r"chay mau|mat mau|dau nguc|dot quy|co giat|khong cu dong|khong tinh|ngung tim|qua lieu)\b",
        r"\bngat\b(?! (dien|nuoc|ket noi|mang|cuoc goi|loi|ga))",
        r"\b(tuc nguc|that nguc|mo hoi lanh|va mo hoi|meo mieng|mieng meo|noi ngong|"
        r"yeu mot ben|te mot ben|liet(?! ke)|lo mo|li bi|me man|sot cao|u o|goi khong (day|tinh)|"
        r"bi nga|bi te|bi hoc|nghen|tim tai(?! (lieu|khoan|san|chinh|tro|xe|nang))|ngo doc|"
        r"trung doc|nuot phai|uong nham|thuoc tru sau|"
        r"nuoc tay|dong kinh|(khong|ko|k) phan ung|ha duong huyet|tai bien|dau tim|nhoi mau|"
        r"(khong|ko|k) (dung|ngoi) day|(khong|ko|k) nhuc nhich|kyukyusha|(goi|bao) 119|"
        r"ngop tho|tho doc)\b",
    ),
}

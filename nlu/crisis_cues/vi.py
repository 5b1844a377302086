"""Crisis words in Tiếng Việt (vi): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it."""

from __future__ import annotations

from typing import Final

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\buong (het|ca vi|nhieu|qua nhieu) thuoc\b",
        r"\bqua lieu\b",
        r"\bcat (co )?tay\b",
        r"\bmuon chet\b",
        r"\btu tu\b",
        r"\btu sat\b",
        r"\bket thuc cuoc (doi|song)\b",
        r"\bkhong muon song\b",
        r"\bchet (di|quach) cho xong\b",
        r"\bkhong con ly do (de )?song\b",
    ),
    "violence": (
        r"\b(danh|dam|da|bop co) (toi|em|minh)\b",
        r"\bbi (chong |vo )?danh\b",
        r"\bdang (danh|lam hai|bop co) (toi|em|minh)\b",
        r"\bbao luc gia dinh\b",
        r"\bdoa (se )?giet\b",
        r"\b(se|muon) giet (toi|em|chung toi)\b",
    ),
    "child_danger": (
        r"\b(danh|dam|da|bao hanh|nguoc dai) (con|be|tre|dua tre)\b",
        r"\bcon (toi |em )?bi (danh|bao hanh|nguoc dai)\b",
        r"\bbao hanh tre em\b",
        # 「Có người đang làm hại con gái tôi」: someone harming a child now
        r"\bdang (danh|lam hai|lam dau|bao hanh|nguoc dai) (con|be|tre|dua tre)\b",
        r"\b(con|be|dua tre|con gai|con trai)( toi| em| minh)? (dang )?(gap )?nguy hiem\b",
        r"\b(con|be|em be|dua be)( toi| em| minh)? (khong|ngung|tat) tho\b",
    ),
    "medical_emergency": (
        r"\b(khong|ngung|tat) tho\b",
        r"\bkho tho\b",
        r"\bbat tinh\b",
        r"\bngat xiu\b",
        r"\bdot quy\b",
        r"\bdau tim\b",
        r"\bchay mau (nhieu|khong ngung)\b",
        r"\bco giat\b",
    ),
}
NOT_BEFORE: Final[str] = r"\bkhong\s*$"
# 「Năm ngoái bố tôi đã bị đột quỵ…」: a danger told as long past (last year, years ago,
# as a child), with nothing of now, still or again in the sentence.
OVER: Final[str] = (
    r"^(?=.*\b(nam ngoai|nam truoc|(\d+|hai|ba|may) nam truoc|thang truoc|hoi nho|ngay xua)\b)"
    r"(?!.*\b(bay gio|hien gio|hien nay|van|lai|hom nay|dang|ngay bay gio)\b)"
)

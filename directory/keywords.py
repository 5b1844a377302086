"""The 「相談窓口を探す」 word search: words a resident types → categories and agencies."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from directory.loader import Directory

# Everyday words per category (from spec/categories.md, plus common variants).
CATEGORY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "medical": (
        "病院",
        "入院",
        "退院",
        "通院",
        "治療",
        "手術",
        "がん",
        "難病",
        "往診",
        "かかりつけ",
        "病気",
        "医療",
        "けが",
        "ケガ",
    ),
    "mental": (
        "うつ",
        "鬱",
        "眠れない",
        "不眠",
        "不安",
        "依存",
        "幻聴",
        "ひきこもり",
        "引きこもり",
        "落ち込",
        "こころ",
        "心の",
        "メンタル",
        "ギャンブル",
        "アルコール",
    ),
    "care": (
        "介護",
        "認知症",
        "物忘れ",
        "もの忘れ",
        "寝たきり",
        "デイサービス",
        "ヘルパー",
        "ケアマネ",
        "施設",
        "老老",
        "要介護",
    ),
    "disability": (
        "障害",
        "障がい",
        "手帳",
        "車いす",
        "車椅子",
        "発達",
        "自閉",
        "ADHD",
        "知的",
        "療育",
        "就労継続",
    ),
    "childcare": (
        "子ども",
        "子供",
        "こども",
        "育児",
        "子育て",
        "妊娠",
        "出産",
        "保育",
        "不登校",
        "夜泣き",
        "ひとり親",
        "赤ちゃん",
    ),
    "income": (
        "仕事",
        "失業",
        "無職",
        "収入",
        "給料",
        "年金",
        "生活保護",
        "働けない",
        "就職",
        "クビ",
        "お金がない",
    ),
    "debt": (
        "借金",
        "滞納",
        "督促",
        "ローン",
        "カード",
        "払えない",
        "家計",
        "消費者金融",
        "自己破産",
        "返済",
    ),
    "housing": (
        "住まい",
        "住む所",
        "住むところ",
        "家賃",
        "アパート",
        "立ち退き",
        "追い出",
        "ごみ屋敷",
        "ゴミ屋敷",
        "引っ越",
        "ホームレス",
        "住宅",
    ),
    "abuse": ("暴力", "殴られ", "DV", "虐待", "怒鳴られ", "放置", "ネグレクト", "逃げたい"),
    "rights": (
        "後見",
        "お金の管理",
        "財産",
        "詐欺",
        "悪質",
        "契約",
        "身寄り",
        "保証人",
        "消費生活",
    ),
    "health": (
        "健康",
        "健診",
        "検診",
        "予防接種",
        "体力",
        "運動",
        "食事",
        "体重",
        "血圧",
        "フレイル",
    ),
    "other": (
        "孤独",
        "近所",
        "出所",
        "外国",
        "災害",
        "ボランティア",
        "居場所",
        "さみしい",
        "寂しい",
    ),
}

MIN_NAME_QUERY = 2


@dataclass(frozen=True, slots=True)
class WordSearch:
    categories: tuple[str, ...]
    agency_ids: tuple[str, ...]


def normalize(text: str) -> str:
    """Full-width letters/digits to half-width, spaces removed (「ＤＶ」→「DV」)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def categories_in(text: str) -> tuple[str, ...]:
    """Categories whose words appear, in order of first appearance in the text."""
    query = normalize(text).upper()
    hits: list[tuple[int, str]] = []
    for category, words in CATEGORY_WORDS.items():
        positions = [query.find(normalize(w).upper()) for w in words]
        found = [p for p in positions if p >= 0]
        if found:
            hits.append((min(found), category))
    return tuple(category for _, category in sorted(hits))


def agencies_named(directory: Directory, text: str) -> tuple[str, ...]:
    """Agencies whose name or alias contains the typed words (e.g. 「消費生活」)."""
    query = normalize(text)
    if len(query) < MIN_NAME_QUERY:
        return ()
    found = []
    for agency in directory.agencies:
        if agency.takes_direct_citizen_contact is False:
            continue
        haystack = normalize(agency.name + (agency.alias or ""))
        if query in haystack:
            found.append(agency.id)
    return tuple(found)


def search_words(directory: Directory, text: str) -> WordSearch:
    return WordSearch(categories_in(text), agencies_named(directory, text))

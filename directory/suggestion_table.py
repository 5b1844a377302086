"""A `Suggestion` as a short table for people reading a terminal."""

from __future__ import annotations

from directory.router import Suggestion


def _badge(open_now: bool | None) -> str:
    return {True: "受付中", False: "時間外", None: "不明"}[open_now]


def suggestion_table(suggestion: Suggestion) -> str:
    place = suggestion.place.label or "（地域の指定なし）"
    lines = [f"地域: {place}  分野: {', '.join(suggestion.categories)}"]
    for rank, door in enumerate(suggestion.agencies, start=1):
        lines.append(f"{rank}. {door.name}  [{_badge(door.opening.open_now)}]")
        lines.append(f"   {door.reason}")
        lines.append(f"   電話: {door.phone or '未確認'}  {door.opening.text}")
        if door.phone_note:
            lines.append(f"   （{door.phone_note}）")
    if suggestion.complex_case:
        reasons = "、".join(suggestion.complex_reasons)
        lines.append(f"複合課題: {reasons}（調整: {suggestion.coordinator or '未設定'}）")
    if not suggestion.agencies:
        lines.append("合う窓口が見つかりませんでした")
    return "\n".join(lines)

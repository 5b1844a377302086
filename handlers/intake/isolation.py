"""Whether the sheet shows a person isolated, for the offer of a place to belong
(参加支援, `directory/belonging.py`): ひきこもり, 「話し相手がいない」, or living alone
(一人暮らし) with no one to talk to or rely on. Read from the person's own words (the
story, how they live, a member's note) and the household and supporters answers."""

from __future__ import annotations

from typing import Final

from handlers.intake.state import IntakeState

HIKIKOMORI_WORDS: Final = ("ひきこもり", "引きこもり", "引き籠", "ひきこもって", "引きこもって")
NO_ONE_WORDS: Final = (
    "話し相手がいない",
    "話し相手が居ない",
    "話し相手もいない",
    "話す相手がいない",
    "話す人がいない",
    "相談できる人がいない",
    "相談相手がいない",
    "誰とも話さない",
    "誰とも話していない",
    "だれとも話さない",
    "頼れる人がいない",
    "ひとりぼっち",
    "孤独",
)
ALONE_WORDS: Final = (
    "一人暮らし",
    "ひとり暮らし",
    "独り暮らし",
    "一人で暮らして",
    "ひとりで暮らして",
)


def _words(state: IntakeState) -> str:
    notes = [str(m.get("note") or "") for m in state.members()]
    return "\n".join(
        [str(state.get("story") or ""), str(state.get("living_situation") or ""), *notes]
    )


def isolation_signs(state: IntakeState) -> tuple[str, ...]:
    """`hikikomori`, `no_one_to_talk`, `alone_no_one` — those the sheet shows."""
    words = _words(state)
    signs: list[str] = []
    if any(w in words for w in HIKIKOMORI_WORDS):
        signs.append("hikikomori")
    no_one = any(w in words for w in NO_ONE_WORDS)
    if no_one:
        signs.append("no_one_to_talk")
    alone = state.section("household").get("size") == 1 or any(w in words for w in ALONE_WORDS)
    if alone and (no_one or state.extra.get("supporters") == "no"):
        signs.append("alone_no_one")
    return tuple(signs)

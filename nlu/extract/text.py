"""How a typed answer is folded before it is read: NFKC (全角 to half width), the dashes
and separators people type unified, spaces trimmed."""

from __future__ import annotations

import re
import unicodedata

# Dashes and long-vowel marks people type between digits (NFKC leaves most of them).
DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−ーｰ－─━〜~"), "-")
# Letters people type for "x" in a masked number, and the slash/dot variants of dates.
SEPARATORS = {ord("／"): "/", ord("．"): ".", ord("、"): ",", ord("，"): ","}


def normalise(text: str) -> str:
    """NFKC (全角 digits and letters to half width), dashes unified, spaces trimmed."""
    folded = unicodedata.normalize("NFKC", text).translate(DASHES).translate(SEPARATORS)
    return re.sub(r"\s+", " ", folded).strip()

"""A staff action the rules refuse, with the reason in the words the console shows
(「メモを書いてください」). Raised by casework; the console shows `str(refusal)` as it is."""

from __future__ import annotations


class Refused(ValueError):
    """The action is refused; the message is for staff, in Japanese."""

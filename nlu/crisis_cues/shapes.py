"""Shapes of crisis words shared by the languages' lists."""

from __future__ import annotations


def all_of(*parts: str) -> str:
    """A pattern that stands where every one of `parts` stands somewhere in the message, in
    any order (a young child, alone, tonight): it matches at the message's start."""
    return r"(?s)^" + "".join(rf"(?=.*(?:{part}))" for part in parts)

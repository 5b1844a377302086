"""Consent and hand-off: the suggestions, the consent question, the case sent to staff,
and 「同意を取り消す」 at any time."""

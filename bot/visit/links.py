"""Links to the one-time consent page: `<public base URL>/visit/consent/<nonce>.<HMAC>`."""

from __future__ import annotations

from dataclasses import dataclass

from cases.visit_consent import signed

CONSENT_PATH = "/visit/consent"


@dataclass(frozen=True, slots=True)
class ConsentLinks:
    public_base_url: str
    key: bytes

    def url(self, nonce: str) -> str:
        return f"{self.public_base_url.rstrip('/')}{CONSENT_PATH}/{signed(nonce, self.key)}"

"""The server's signing key (consent-page links): `TSUNAGU_SECRET_KEY`, required in
production. Elsewhere, when it is unset, a key is derived from the local data key
(`tsunagu/data_keys.py`), so links keep working across restarts of the demo."""

from __future__ import annotations

import hashlib
import hmac

from tsunagu.data_keys import data_keyring
from tsunagu.settings import Settings

PURPOSE = b"tsunagu consent-page links"


def signing_key(settings: Settings) -> bytes:
    if settings.TSUNAGU_SECRET_KEY or settings.production:
        return settings.TSUNAGU_SECRET_KEY.encode()
    first = data_keyring(settings).keys[0]
    return hmac.new(first.secret, PURPOSE, hashlib.sha256).digest()

"""The keys that encrypt personal data at rest, from the settings.

Production takes them from `TSUNAGU_DATA_KEYS` only (the settings refuse to start
without). Elsewhere, when it is unset, a key is generated once into `var/data-keys`
(mode 600) and read from there on every start, so the demo's database stays readable
across restarts."""

from __future__ import annotations

import os
from pathlib import Path

from cases.encryption import Keyring, install_keyring, new_key, parse_keyring
from tsunagu.settings import VAR_DIR, Settings

LOCAL_KEY_FILE = VAR_DIR / "data-keys"


def data_keyring(settings: Settings, key_file: Path = LOCAL_KEY_FILE) -> Keyring:
    if settings.TSUNAGU_DATA_KEYS or settings.production:
        return parse_keyring(settings.TSUNAGU_DATA_KEYS)
    return local_keyring(key_file)


def local_keyring(key_file: Path) -> Keyring:
    """The keyring kept in `key_file`, created with one fresh key the first time."""
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it a moment ago
            pass
        else:
            with os.fdopen(descriptor, "w") as handle:
                handle.write(new_key("local1").spec() + "\n")
    return parse_keyring(key_file.read_text())


def install_data_keys(settings: Settings) -> Keyring:
    """Install the keyring the encrypted columns use; returns it."""
    keyring = data_keyring(settings)
    install_keyring(keyring)
    return keyring

"""Personal data encrypted at rest: AES-256-GCM with keys given by the operator.

A keyring is an ordered list of named keys (`TSUNAGU_DATA_KEYS="k2:<base64>,k1:<base64>"`):
the first encrypts, every one decrypts, so a new key can be put first and the old ones
re-encrypted away (`tsunagu keys rotate`). Each value is stored as a text envelope

    enc1:<key id>:<base64url(12-byte nonce ‖ ciphertext ‖ tag)>

whose header (version and key id) is authenticated with the data. The column types
`EncryptedText` and `EncryptedJSON` do this on every write and read; the composition root
installs the keyring once at start-up (`install_keyring`)."""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

ENVELOPE_VERSION = "enc1"
NONCE_BYTES = 12
KEY_BYTES = 32
KEY_ID_PATTERN = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")


class KeyringError(ValueError):
    """The keys are missing, malformed, or none of them opens a stored value."""


@dataclass(frozen=True, slots=True)
class DataKey:
    id: str
    secret: bytes

    def __post_init__(self) -> None:
        if not KEY_ID_PATTERN.match(self.id):
            raise KeyringError(f"key id {self.id!r}: use 1–32 letters, digits, '_', '.', '-'")
        if len(self.secret) != KEY_BYTES:
            raise KeyringError(f"key {self.id!r} must be {KEY_BYTES} bytes (AES-256)")

    def spec(self) -> str:
        return f"{self.id}:{base64.b64encode(self.secret).decode()}"


def new_key(key_id: str) -> DataKey:
    return DataKey(key_id, os.urandom(KEY_BYTES))


class Keyring:
    """Encrypts with the first key; decrypts with whichever key the envelope names."""

    def __init__(self, keys: Iterable[DataKey]) -> None:
        self.keys = tuple(keys)
        if not self.keys:
            raise KeyringError("a keyring needs at least one key")
        ids = [key.id for key in self.keys]
        if len(set(ids)) != len(ids):
            raise KeyringError("key ids must be unique")
        self._ciphers = {key.id: AESGCM(key.secret) for key in self.keys}

    @property
    def current_id(self) -> str:
        return self.keys[0].id

    def spec(self) -> str:
        return ",".join(key.spec() for key in self.keys)

    def encrypt(self, plaintext: bytes) -> str:
        header = f"{ENVELOPE_VERSION}:{self.current_id}"
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._ciphers[self.current_id].encrypt(nonce, plaintext, header.encode())
        return f"{header}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def decrypt(self, envelope: str) -> bytes:
        version, key_id, body = _split(envelope)
        cipher = self._ciphers.get(key_id)
        if cipher is None:
            raise KeyringError(f"no key {key_id!r} in the keyring (was it removed too early?)")
        try:
            raw = base64.urlsafe_b64decode(body)
            return cipher.decrypt(
                raw[:NONCE_BYTES], raw[NONCE_BYTES:], f"{version}:{key_id}".encode()
            )
        except (InvalidTag, binascii.Error, ValueError) as error:
            raise KeyringError(f"a value sealed with key {key_id!r} does not open") from error

    def encrypt_text(self, text: str) -> str:
        return self.encrypt(text.encode("utf-8"))

    def decrypt_text(self, envelope: str) -> str:
        return self.decrypt(envelope).decode("utf-8")

    def needs_rotation(self, envelope: str) -> bool:
        """True when the value is not sealed with the current key (or not sealed at all)."""
        return key_id_of(envelope) != self.current_id


def is_envelope(value: str) -> bool:
    return value.startswith(ENVELOPE_VERSION + ":")


def key_id_of(value: str) -> str | None:
    """The id of the key that sealed `value`, or None for a plaintext value."""
    if not is_envelope(value):
        return None
    return _split(value)[1]


def _split(envelope: str) -> tuple[str, str, str]:
    parts = envelope.split(":", 2)
    if len(parts) != 3 or parts[0] != ENVELOPE_VERSION:
        raise KeyringError("not an encrypted value (enc1:<key id>:<data>)")
    return parts[0], parts[1], parts[2]


def parse_keyring(spec: str) -> Keyring:
    """`id:base64key[,id:base64key…]`, first one current. Whitespace and newlines between
    entries are allowed, so a key file may hold one key per line."""
    keys: list[DataKey] = []
    for entry in re.split(r"[,\s]+", spec.strip()):
        if not entry:
            continue
        key_id, sep, encoded = entry.partition(":")
        if not sep:
            raise KeyringError(f"key entry {key_id[:8]!r}…: expected id:base64key")
        try:
            secret = base64.b64decode(encoded, validate=True)
        except binascii.Error as error:
            raise KeyringError(f"key {key_id!r} is not valid base64") from error
        keys.append(DataKey(key_id, secret))
    return Keyring(keys)


# ------------------------------------------------------------------ the installed keyring

_installed: Keyring | None = None


def install_keyring(keyring: Keyring) -> None:
    """Set the keyring the column types use (the composition root calls this at start-up)."""
    global _installed
    _installed = keyring


def installed_keyring() -> Keyring:
    if _installed is None:
        raise KeyringError(
            "no data keys installed: set TSUNAGU_DATA_KEYS (see README, 設定) — "
            "tsunagu installs them at start-up"
        )
    return _installed


# ------------------------------------------------------------------ column types


class EncryptedText(TypeDecorator[str]):
    """A text column stored as an AES-GCM envelope."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return installed_keyring().encrypt_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return installed_keyring().decrypt_text(value)


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON document stored as an AES-GCM envelope (never queried by its content)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        document = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return installed_keyring().encrypt_text(document)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(installed_keyring().decrypt_text(value))

"""The keyring: what is sealed does not show, does not open without its key, survives a
rotation, and the keys come from the environment (a clear error in production)."""

from __future__ import annotations

import base64
import stat
from pathlib import Path
from typing import Any

import pytest

from cases.encryption import Keyring, KeyringError, key_id_of, new_key, parse_keyring
from tests.data_protection import fake_people as fake
from tsunagu.data_keys import data_keyring, local_keyring
from tsunagu.settings import MissingSecretError, Settings


def test_a_sealed_value_hides_the_text_and_opens_again() -> None:
    keyring = Keyring([new_key("k1")])
    sealed = keyring.encrypt_text(fake.STORY)
    assert fake.STORY not in sealed and key_id_of(sealed) == "k1"
    assert keyring.encrypt_text(fake.STORY) != sealed  # a fresh nonce every time
    assert keyring.decrypt_text(sealed) == fake.STORY


def test_a_changed_byte_or_a_changed_key_id_does_not_open() -> None:
    keyring = Keyring([new_key("k1"), new_key("k2")])
    sealed = keyring.encrypt_text(fake.NAME)
    head, body = sealed.rsplit(":", 1)
    raw = bytearray(base64.urlsafe_b64decode(body))
    raw[-1] ^= 1
    with pytest.raises(KeyringError):
        keyring.decrypt_text(f"{head}:{base64.urlsafe_b64encode(bytes(raw)).decode()}")
    with pytest.raises(KeyringError):  # the header is authenticated with the data
        keyring.decrypt_text(sealed.replace("enc1:k1:", "enc1:k2:"))
    with pytest.raises(KeyringError):
        Keyring([new_key("k1")]).decrypt_text(sealed)  # same name, another key


def test_after_rotation_the_new_key_seals_and_the_old_still_opens() -> None:
    old = new_key("2026-01")
    before = Keyring([old]).encrypt_text(fake.PHONE)
    rotated = parse_keyring(f"{new_key('2026-11').spec()}, {old.spec()}")
    assert rotated.current_id == "2026-11"
    assert rotated.decrypt_text(before) == fake.PHONE
    assert rotated.needs_rotation(before)
    assert key_id_of(rotated.encrypt_text(fake.PHONE)) == "2026-11"


@pytest.mark.parametrize(
    "spec",
    ["", "k1", "k1:not-base64!", "k1:" + base64.b64encode(b"short").decode(), "a b:c"],
)
def test_malformed_keys_are_refused(spec: str) -> None:
    with pytest.raises(KeyringError):
        parse_keyring(spec)


def test_production_without_data_keys_is_a_clear_startup_error() -> None:
    secrets: dict[str, Any] = {
        "LINE_CHANNEL_SECRET": "s" * 32,
        "LINE_CHANNEL_ACCESS_TOKEN": "t",
        "TSUNAGU_SECRET_KEY": "k" * 32,
    }
    with pytest.raises(MissingSecretError, match="TSUNAGU_DATA_KEYS"):
        Settings(_env_file=None, TSUNAGU_ENV="production", TSUNAGU_DATA_KEYS="", **secrets)  # type: ignore[call-arg]
    with pytest.raises(MissingSecretError, match="TSUNAGU_DATA_KEYS"):
        Settings(_env_file=None, TSUNAGU_ENV="production", TSUNAGU_DATA_KEYS="k1:abc", **secrets)  # type: ignore[call-arg]
    good = new_key("k1").spec()
    settings = Settings(_env_file=None, TSUNAGU_ENV="production", TSUNAGU_DATA_KEYS=good, **secrets)  # type: ignore[call-arg]
    assert data_keyring(settings).current_id == "k1"


def test_the_demo_key_is_made_once_private_and_kept(tmp_path: Path) -> None:
    key_file = tmp_path / "var" / "data-keys"
    first = local_keyring(key_file)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    again = local_keyring(key_file)
    assert again.decrypt_text(first.encrypt_text(fake.NAME)) == fake.NAME

"""Rotating the refresh-token key: every stored token moves to the new key and still decrypts."""

from __future__ import annotations

import uuid

import pytest
from google.cloud import firestore

from infra.token_cipher import TokenCipher, format_keyring
from infra.token_rotation import reencrypt_refresh_tokens

pytestmark = pytest.mark.emulator
OLD = ("kold", TokenCipher.new_key())
NEW = ("knew", TokenCipher.new_key())


def test_every_token_is_reencrypted_under_the_first_key(firestore_emulator, monkeypatch):
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", firestore_emulator.host)
    client = firestore.Client(project=f"rotation-{uuid.uuid4().hex[:8]}")
    old = TokenCipher(format_keyring([OLD]))
    for n in range(5):
        client.collection("users").document(f"u{n}").set(
            {"email": f"u{n}@example.com", "refresh_token": old.encrypt(f"r{n}", f"u{n}")}
        )
    client.collection("users").document("no-token").set({"email": "x@example.com", "refresh_token": None})
    ring = TokenCipher(format_keyring([NEW, OLD]))

    report = reencrypt_refresh_tokens(client, ring)

    assert (report.reencrypted, report.current, report.done) == (5, 1, True)
    only_new = TokenCipher(format_keyring([NEW]))
    for n in range(5):
        stored = client.collection("users").document(f"u{n}").get().to_dict()
        assert only_new.decrypt(stored["refresh_token"], f"u{n}") == f"r{n}"
        assert stored["email"] == f"u{n}@example.com"
    assert reencrypt_refresh_tokens(client, ring).reencrypted == 0

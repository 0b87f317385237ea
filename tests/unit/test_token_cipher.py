"""Refresh tokens under a key ring: each names its key, several keys decrypt, the first encrypts."""

from __future__ import annotations

import pytest

from infra import token_cipher
from infra.token_cipher import TokenCipher, format_keyring, parse_keyring

OLD = ("kold", TokenCipher.new_key())
NEW = ("knew", TokenCipher.new_key())


def test_a_token_names_the_key_that_sealed_it_and_round_trips():
    cipher = TokenCipher(format_keyring([OLD]))
    token = cipher.encrypt("refresh-1", "u1")
    assert token.startswith("v2:kold:") and "refresh-1" not in token
    assert cipher.decrypt(token, "u1") == "refresh-1"


def test_a_token_does_not_decrypt_for_another_user():
    cipher = TokenCipher(format_keyring([OLD]))
    with pytest.raises(ValueError):
        cipher.decrypt(cipher.encrypt("refresh-1", "u1"), "u2")


def test_a_ring_with_a_new_key_still_reads_tokens_sealed_with_the_old_one():
    before = TokenCipher(format_keyring([OLD])).encrypt("refresh-1", "u1")
    after_promotion = TokenCipher(format_keyring([NEW, OLD]))
    assert after_promotion.decrypt(before, "u1") == "refresh-1"
    assert after_promotion.encrypt("refresh-2", "u1").startswith("v2:knew:")


def test_a_key_added_but_not_promoted_decrypts_and_does_not_encrypt():
    ring = TokenCipher(format_keyring([OLD, NEW]))
    assert ring.encrypt("refresh-1", "u1").startswith("v2:kold:")
    sealed_by_promoted_instance = TokenCipher(format_keyring([NEW, OLD])).encrypt("refresh-2", "u1")
    assert ring.decrypt(sealed_by_promoted_instance, "u1") == "refresh-2"


def test_reencrypting_moves_a_token_to_the_first_key():
    before = TokenCipher(format_keyring([OLD])).encrypt("refresh-1", "u1")
    ring = TokenCipher(format_keyring([NEW, OLD]))
    assert not ring.is_current(before)
    after = ring.reencrypt(before, "u1")
    assert ring.is_current(after)
    assert TokenCipher(format_keyring([NEW])).decrypt(after, "u1") == "refresh-1"


def test_a_retired_key_is_named_in_the_error():
    before = TokenCipher(format_keyring([OLD])).encrypt("refresh-1", "u1")
    with pytest.raises(ValueError, match="kold"):
        TokenCipher(format_keyring([NEW])).decrypt(before, "u1")


def test_a_bare_key_and_its_v1_tokens_still_work():
    """Deployments from before key ids: a bare key is the ring's key 0; v1 tokens try every key."""
    import base64
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    bare = TokenCipher.new_key()
    nonce = os.urandom(12)
    key = base64.urlsafe_b64decode(bare)
    legacy = (
        "v1:" + base64.urlsafe_b64encode(nonce + AESGCM(key).encrypt(nonce, b"refresh-1", b"u1")).decode()
    )
    assert TokenCipher(bare).decrypt(legacy, "u1") == "refresh-1"
    assert TokenCipher(f"{NEW[0]}:{NEW[1]},{bare}").decrypt(legacy, "u1") == "refresh-1"
    assert TokenCipher(bare).encrypt("x", "u1").startswith("v2:0:")


@pytest.mark.parametrize(
    "ring",
    ["", "k1:short", f"k1:{OLD[1]},k1:{NEW[1]}", f"bad id:{OLD[1]}"],
)
def test_a_malformed_ring_is_refused(ring):
    with pytest.raises(ValueError):
        parse_keyring(ring)


def test_the_rotation_commands_add_promote_and_retire(monkeypatch, capsys):
    import io

    token_cipher.main(["new-keyring"])
    first = capsys.readouterr().out
    assert len(parse_keyring(first)) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(first))
    token_cipher.main(["add-key"])
    added = capsys.readouterr().out
    ids = [key_id for key_id, _ in parse_keyring(added)]
    assert ids[0] == parse_keyring(first)[0][0] and len(ids) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO(added))
    token_cipher.main(["promote"])
    promoted = capsys.readouterr().out
    assert [key_id for key_id, _ in parse_keyring(promoted)] == [ids[1], ids[0]]
    monkeypatch.setattr("sys.stdin", io.StringIO(promoted))
    token_cipher.main(["retire"])
    assert [key_id for key_id, _ in parse_keyring(capsys.readouterr().out)] == [ids[1]]

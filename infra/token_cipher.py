"""Refresh tokens at rest: AES-256-GCM, the user id bound in as associated data, under a key ring.

A token copied into another user's document does not decrypt; the keys live in Secret Manager.
TOKEN_ENCRYPTION_KEY holds a key ring, `id:key` entries separated by commas: the first key encrypts,
every key decrypts, and each token names the key that sealed it (`v2:<id>:<sealed>`), so a key can
be rotated without making stored tokens unreadable (docs/OPERATIONS.md, "Rotating secrets"). A bare
key (the format before key ids) is a ring of one key with the id `0`; `v1:` tokens it sealed carry
no id and are tried with every key.

    python -m infra.token_cipher new-keyring         a ring of one new key
    python -m infra.token_cipher add-key < RING      RING with a new key appended (decrypts only)
    python -m infra.token_cipher promote < RING      RING with its last key first (now it encrypts)
    python -m infra.token_cipher retire < RING       RING with only its first key
"""

from __future__ import annotations

import base64
import os
import re
import secrets
import sys

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_LEGACY = "v1"
_VERSION = "v2"
_LEGACY_KEY_ID = "0"
_KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def _decode_key(key_b64: str) -> bytes:
    key = base64.urlsafe_b64decode(key_b64 + "=" * (-len(key_b64) % 4))
    if len(key) != 32:
        raise ValueError("each TOKEN_ENCRYPTION_KEY key must be 32 bytes, base64-encoded")
    return key


def parse_keyring(text: str) -> list[tuple[str, str]]:
    """[(key id, base64 key)] of a key ring, the encrypting key first."""
    entries = [entry for entry in re.split(r"[,\s]+", text.strip()) if entry]
    if not entries:
        raise ValueError("TOKEN_ENCRYPTION_KEY is empty")
    ring: list[tuple[str, str]] = []
    for entry in entries:
        key_id, _, key = entry.rpartition(":")
        key_id = key_id or _LEGACY_KEY_ID
        if not _KEY_ID.match(key_id):
            raise ValueError(f"invalid key id {key_id!r} in TOKEN_ENCRYPTION_KEY")
        if key_id in (existing for existing, _ in ring):
            raise ValueError(f"key id {key_id!r} appears twice in TOKEN_ENCRYPTION_KEY")
        _decode_key(key)
        ring.append((key_id, key))
    return ring


def format_keyring(ring: list[tuple[str, str]]) -> str:
    return ",".join(f"{key_id}:{key}" for key_id, key in ring)


def new_key_entry() -> tuple[str, str]:
    return f"k{secrets.token_hex(4)}", TokenCipher.new_key()


class TokenCipher:
    def __init__(self, keyring: str) -> None:
        ring = parse_keyring(keyring)
        self.key_id = ring[0][0]
        self._keys = {key_id: AESGCM(_decode_key(key)) for key_id, key in ring}

    @staticmethod
    def new_key() -> str:
        return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode()

    def encrypt(self, plaintext: str, user_id: str) -> str:
        nonce = os.urandom(12)
        sealed = self._keys[self.key_id].encrypt(nonce, plaintext.encode(), user_id.encode())
        return f"{_VERSION}:{self.key_id}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def decrypt(self, token: str, user_id: str) -> str:
        version, _, rest = token.partition(":")
        if version == _VERSION:
            key_id, _, payload = rest.partition(":")
            if key_id not in self._keys:
                raise ValueError(
                    f"refresh token sealed with key {key_id!r}, which the key ring no longer has"
                )
            candidates = [self._keys[key_id]]
        elif version == _LEGACY:
            payload, candidates = rest, list(self._keys.values())
        else:
            raise ValueError(f"unknown token format {version!r}")
        blob = base64.urlsafe_b64decode(payload)
        for aead in candidates:
            try:
                return aead.decrypt(blob[:12], blob[12:], user_id.encode()).decode()
            except InvalidTag:
                continue
        raise ValueError("refresh token does not decrypt for this user")

    def is_current(self, token: str) -> bool:
        """True when `token` is sealed with the key that encrypts now."""
        return token.startswith(f"{_VERSION}:{self.key_id}:")

    def reencrypt(self, token: str, user_id: str) -> str:
        """`token` sealed again with the key that encrypts now."""
        return self.encrypt(self.decrypt(token, user_id), user_id)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    if command == "new-keyring":
        ring = [new_key_entry()]
    elif command in ("add-key", "promote", "retire"):
        ring = parse_keyring(sys.stdin.read())
        if command == "add-key":
            ring.append(new_key_entry())
        elif command == "promote":
            ring.insert(0, ring.pop())
        else:
            ring = ring[:1]
    else:
        raise SystemExit(__doc__)
    sys.stdout.write(format_keyring(ring))


if __name__ == "__main__":
    main()

"""Refresh tokens at rest: AES-256-GCM, the user id bound in as associated data.

A token copied into another user's document does not decrypt; the key lives in Secret Manager.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = "v1"


class TokenCipher:
    def __init__(self, key_b64: str) -> None:
        key = base64.urlsafe_b64decode(key_b64 + "=" * (-len(key_b64) % 4))
        if len(key) != 32:
            raise ValueError("TOKEN_ENCRYPTION_KEY must be 32 bytes, base64-encoded")
        self._aead = AESGCM(key)

    @staticmethod
    def new_key() -> str:
        return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode()

    def encrypt(self, plaintext: str, user_id: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), user_id.encode())
        return f"{_VERSION}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def decrypt(self, token: str, user_id: str) -> str:
        version, _, payload = token.partition(":")
        if version != _VERSION:
            raise ValueError(f"unknown token format {version!r}")
        blob = base64.urlsafe_b64decode(payload)
        try:
            return self._aead.decrypt(blob[:12], blob[12:], user_id.encode()).decode()
        except InvalidTag as error:
            raise ValueError("refresh token does not decrypt for this user") from error

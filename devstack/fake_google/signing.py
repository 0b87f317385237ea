"""The RS256 key the fake signs id tokens with, and the JWKS that publishes it."""

from __future__ import annotations

import base64
import hashlib

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def _b64url_uint(value: int) -> str:
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


class TokenSigner:
    """A fresh 2048-bit RSA key per server; `kid` names it in token headers and the JWKS."""

    def __init__(self) -> None:
        self._private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        public_der = self._private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.kid = hashlib.sha256(public_der).hexdigest()[:40]

    def sign(self, claims: dict) -> str:
        """A compact RS256 JWT over `claims` with this key's kid in the header."""
        return jwt.encode(claims, self._private_key, algorithm="RS256", headers={"kid": self.kid})

    def jwks(self) -> dict:
        """The key set as Google serves it at /oauth2/v3/certs."""
        numbers = self._private_key.public_key().public_numbers()
        key = {
            "kty": "RSA",
            "alg": "RS256",
            "use": "sig",
            "kid": self.kid,
            "n": _b64url_uint(numbers.n),
            "e": _b64url_uint(numbers.e),
        }
        return {"keys": [key]}
